#!/usr/bin/env bash
# Installs what the browser tests need from the machine's package manager, once:
# Debian's Chromium (driven by playwright-core; no browser is ever downloaded by npm) and fonts
# with full Vietnamese coverage, plus colour emoji (titles may contain them; without the font the
# screenshots show empty boxes). Does nothing when they are already there.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# Captured first: with pipefail, `fc-list | grep -q` fails when grep exits early (SIGPIPE).
fonts="$(fc-list 2>/dev/null || true)"
grep -qi 'Noto Sans' <<<"$fonts" || need+=(fonts-noto-core)
grep -qi 'Noto Color Emoji' <<<"$fonts" || need+=(fonts-noto-color-emoji)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
	echo "Missing system packages: ${need[*]}. Install them (Debian: sudo apt-get install ${need[*]}) and run the tests again." >&2
	exit 1
fi
echo "Installing ${need[*]} from apt…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
