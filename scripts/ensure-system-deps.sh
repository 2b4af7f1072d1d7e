#!/usr/bin/env bash
# Installs what the browser tests need from the machine's package manager, once:
# Debian's Chromium (driven by playwright-core; no browser is ever downloaded by npm) and fonts
# with full Vietnamese coverage. Does nothing when they are already there.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans' || need+=(fonts-noto-core)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
	echo "Missing system packages: ${need[*]}. Install them (Debian: sudo apt-get install ${need[*]}) and run the tests again." >&2
	exit 1
fi
echo "Installing ${need[*]} from apt…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
