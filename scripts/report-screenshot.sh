#!/usr/bin/env bash
# Renders `crmfile report --format html` of the demo store in headless Chromium and
# saves a PNG, to look at the page as a person would. Needs Debian's chromium package
# (apt-get install chromium; fonts-noto-cjk for Chinese names).
# Usage: scripts/report-screenshot.sh [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-report.png}
html=$(mktemp --suffix=.html -p /dev/shm)
profile=$(mktemp -d)
trap 'rm -rf "$html" "$profile"' EXIT
chmod 600 fixtures/demo/identity.txt
cargo run -q --release -- --store fixtures/demo --identity fixtures/demo/identity.txt \
    report --today 2026-11-22 --format html >"$html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --window-size=1300,1800 --screenshot="$out" "file://$html" 2>/dev/null
echo "wrote $out"
