#!/bin/sh
# System packages the bot and its tests need, installed with apt-get when missing and run as
# root on Debian or Ubuntu; otherwise it says what to install and carries on. Idempotent.
# - PDF reports: WeasyPrint draws text with Pango, subsets fonts with HarfBuzz, and a PDF needs
#   at least one font (the rest of the bot works without them; a PDF then fails clearly).
# - The published outcome pages are tested in a real headless browser: Debian's chromium and
#   chromium-driver (the tests that need them are skipped when they are absent).
set -eu

PACKAGES="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core"
BROWSER_PACKAGES="chromium chromium-driver"

present() {
    for library in libpango-1.0.so.0 libpangoft2-1.0.so.0 libharfbuzz-subset.so.0; do
        ldconfig -p 2>/dev/null | grep -q "$library" || return 1
    done
    command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]
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
