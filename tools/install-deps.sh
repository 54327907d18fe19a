#!/usr/bin/env bash
# Installs the Debian 12 packages this project needs. The one place the package list lives:
# the README's commands and .ci/run both call it.
#
#   tools/install-deps.sh run     what building and launching the wizard needs
#   tools/install-deps.sh test    that, plus the real servers and tools the test suite uses
#   tools/install-deps.sh ci      that, plus what CI-only checks use (sanitizers, fuzzing, packaging)
#
# Only this step needs root: it uses sudo when not run as root, and does nothing when all is installed.
set -euo pipefail

run_pkgs=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins qt6-svg-dev libgl-dev libx11-dev
  qt6-networkauth-dev qtkeychain-qt6-dev libsecret-1-0 libssl-dev
  fonts-noto-cjk libqrencode-dev libzxcvbn-dev
)
test_pkgs=(
  catch2
  dovecot-core dovecot-imapd dovecot-submissiond
  gnome-keyring dbus
  openssl gnutls-bin iproute2 dnsmasq-base
  xvfb xauth imagemagick
  desktop-file-utils appstream dpkg-dev file man-db
  libplist-utils poppler-utils zbar-tools
  python3 curl
)
ci_pkgs=(
  procps
  clang libclang-rt-14-dev
  x11-utils libglib2.0-bin lintian
  nsis binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev
)

mode=${1:-run}
case "$mode" in
  run) pkgs=("${run_pkgs[@]}") ;;
  test) pkgs=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
  ci) pkgs=("${run_pkgs[@]}" "${test_pkgs[@]}" "${ci_pkgs[@]}") ;;
  list) printf '%s\n' "${run_pkgs[@]}" "${test_pkgs[@]}" "${ci_pkgs[@]}"; exit 0 ;;
  *) echo "usage: $0 run|test|ci|list" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# Dovecot is installed as a test tool only: the tests start their own throwaway instance. Keep Debian from
# starting a system-wide mail server while it installs (policy-rc.d exit 101 = "do not start services"),
# unless the machine already has a policy of its own.
policy=/usr/sbin/policy-rc.d
own_policy=0
if printf '%s\n' "${missing[@]}" | grep -q '^dovecot' && [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod +x "$policy"
  own_policy=1
fi
cleanup() { [ "$own_policy" -eq 1 ] && $sudo rm -f "$policy"; return 0; }
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
