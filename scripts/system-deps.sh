#!/bin/sh
# System packages the bot and its tests need, installed with apt-get when missing and run as
# root on Debian or Ubuntu; otherwise it says what to install and carries on. Idempotent.
# - PDF reports: fpdf2 (pure Python) draws them in DejaVu Sans, from the system's fonts (the
#   rest of the bot works without it; a PDF then fails clearly, naming the package).
# - The published outcome pages are tested in a real headless browser: Debian's chromium and
#   chromium-driver (the tests that need them are skipped when they are absent).
set -eu

PACKAGES="fonts-dejavu-core"
BROWSER_PACKAGES="chromium chromium-driver"

present() {
    [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] &&
        [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]
}

browser_present() {
    [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]
}

missing=""
present || missing="$PACKAGES"
browser_present || missing="$missing $BROWSER_PACKAGES"
if [ -z "$missing" ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing system packages; install them, e.g.: apt-get install$missing" >&2
    exit 0
fi
apt-get update
# shellcheck disable=SC2086  # the package list is meant to split into words
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
