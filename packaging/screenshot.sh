#!/usr/bin/env bash
# Photographs the main window on a fresh demo database under a private Xvfb, to look at what a
# worker sees:  bash packaging/screenshot.sh OUT.png [FAMILY_ID]
# Needs a built tree (bash packaging/waymark.sh build) and the packages xvfb and imagemagick.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:?usage: packaging/screenshot.sh OUT.png [FAMILY_ID]}")
family=${2:-7}
for tool in Xvfb import; do
    command -v "$tool" >/dev/null || { echo "screenshot: needs $tool (apt-get install xvfb imagemagick)" >&2; exit 1; }
done
work=$(mktemp -d)
display=:$((100 + RANDOM % 800))
cleanup() { kill "${app:-}" "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
# Fictional accounts: the demo file's administrator, then a demo team manager (every demo account
# gets the administrator's password) to sign the window in.
export WAYMARK_USER=screenshot.admin WAYMARK_PASSWORD="screenshot passphrase"
build/bin/waymark-cli demo-data --database "$work/demo.db" --families 2000 --seed 1 >/dev/null
export WAYMARK_USER=helen.rowbotham
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
sleep 0.5
# A private HOME so that remembered window positions and the last user name do not leak in.
HOME=$work DISPLAY=$display QT_QPA_PLATFORM=xcb build/bin/waymark --database "$work/demo.db" --family "$family" & app=$!
sleep 4
kill -0 "$app" || { echo "screenshot: waymark exited early" >&2; exit 1; }
DISPLAY=$display import -window root "$out"
echo "saved $out"
