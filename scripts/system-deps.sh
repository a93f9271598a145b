#!/bin/sh
# System libraries the PDF reports need: WeasyPrint draws text with Pango, subsets fonts with
# HarfBuzz, and a PDF needs at least one font. Idempotent: does nothing when they are present.
# Installs them with apt-get when run as root on Debian or Ubuntu; otherwise says what to install and carries on (the
# rest of the bot works without them; making a PDF then fails with a clear error).
set -eu

PACKAGES="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core"

present() {
    for library in libpango-1.0.so.0 libpangoft2-1.0.so.0 libharfbuzz-subset.so.0; do
        ldconfig -p 2>/dev/null | grep -q "$library" || return 1
    done
    command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]
}

if present; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "PDF reports need Pango and a font; install them, e.g.: apt-get install $PACKAGES" >&2
    exit 0
fi
apt-get update
# shellcheck disable=SC2086  # the package list is meant to split into words
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $PACKAGES
