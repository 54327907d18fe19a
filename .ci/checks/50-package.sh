#!/usr/bin/env bash
# CI only (root, CI=true): builds the Debian package, installs it with apt, starts the installed wizard from its
# desktop entry under Xvfb in a Japanese locale, checks that its window appears with the Japanese title, takes a
# screenshot for the log, then stops it, purges the package and checks that nothing of it is left.
# Leaves no process running and no package installed, also when a step fails (trap).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
build=$root/build/default
artifacts=${CI_ARTIFACTS_DIR:-$root/build/ci-artifacts}
pkg=imap-password-wizard
app_id=io.github.imap_password_wizard
title_ja='IMAPパスワード設定ウィザード'

[ "$(id -u)" -eq 0 ] || { echo "50-package.sh installs a package: run it as root (CI)" >&2; exit 1; }
step() { printf -- '--- %s\n' "$*"; }

xvfb_pid=""
app_pid=""
work=$(mktemp -d /tmp/ipw-package-check.XXXXXX)
cleanup() {
  local rc=$?
  set +e
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"; sleep 1; kill -9 "$app_pid" 2>/dev/null
  fi
  # An app whose window never showed (app_pid unknown) loses its X connection with Xvfb below and exits with it.
  if [ -n "$xvfb_pid" ] && kill -0 "$xvfb_pid" 2>/dev/null; then
    kill "$xvfb_pid"; wait "$xvfb_pid" 2>/dev/null
  fi
  if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'installed'; then
    echo "cleanup: purging $pkg after a failure"
    DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq "$pkg" >/dev/null
  fi
  rm -rf "$work"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# wait_for SECONDS COMMAND...: polls every 0.2 s until the command succeeds.
wait_for() {
  local deadline=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.2
  done
}

step "build the .deb"
if [ ! -f "$build/CPackConfig.cmake" ]; then
  cmake --preset default
fi
cmake --build --preset default
rm -f "$build"/${pkg}_*.deb
(cd "$build" && timeout 300 cpack -G DEB)
deb=$(ls "$build"/${pkg}_*.deb)
dpkg-deb -I "$deb" | sed -n '/Package:/,$p'

step "lintian"
# Debian's own package checks; --pedantic is clean today, errors and warnings fail the run.
timeout 300 lintian --info --fail-on error,warning "$deb"

step "install it with apt"
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'installed'; then
  echo "$pkg is already installed on this machine; CI expects a clean one" >&2
  exit 1
fi
DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -qq --no-install-recommends "$deb"
dpkg -L "$pkg" >"$work/installed"
while read -r f; do [ -f "$f" ] && echo "$f"; done <"$work/installed" >"$work/files"
echo "$(wc -l <"$work/files") files installed"
desktop=/usr/share/applications/$app_id.desktop
test -f "$desktop"
desktop-file-validate "$desktop"
test -x /usr/bin/imap-password-wizard
test -x /usr/bin/imap-password-check

step "start Xvfb"
display=""
for n in $(seq 90 140); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=$n; break; fi
done
[ -n "$display" ] || { echo "no free X display number" >&2; exit 1; }
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp </dev/null >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display"
wait_for 15 xwininfo -root || { cat "$work/xvfb.log"; echo "Xvfb did not start" >&2; exit 1; }
echo "Xvfb on $DISPLAY (pid $xvfb_pid)"

step "launch from the desktop entry, LANG=ja_JP.UTF-8"
# gio launch starts it the way GNOME does (GLib reads Exec= and spawns it); without gio, run Exec= ourselves.
# Qt takes the UI language from LANG/LANGUAGE (QLocale::system().uiLanguages()); no generated glibc locale needed.
launch_env=(env LANG=ja_JP.UTF-8 LANGUAGE= LC_ALL= LC_MESSAGES= QT_QPA_PLATFORM=xcb DISPLAY="$DISPLAY"
            XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home")
mkdir -m 700 "$work/runtime" "$work/home"
if command -v gio >/dev/null; then
  echo "+ gio launch $desktop"
  "${launch_env[@]}" gio launch "$desktop" </dev/null >"$work/app.log" 2>&1
else
  exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -1 | sed 's/ %[fFuUdDnNickvm]//g')
  echo "+ $exec_line (Exec= of $desktop)"
  # shellcheck disable=SC2086  # Exec= is a command line
  "${launch_env[@]}" $exec_line </dev/null >"$work/app.log" 2>&1 &
fi

step "wait for the window titled 「$title_ja」"
find_window() { xwininfo -root -tree | grep -F "\"$title_ja\"" | awk '{print $1}' | head -1; }
has_window() { [ -n "$(find_window)" ]; }
if ! wait_for 30 has_window; then
  echo "no window with the Japanese title; windows on $DISPLAY:" >&2
  xwininfo -root -tree >&2 || true
  cat "$work/app.log" >&2
  exit 1
fi
wid=$(find_window)
xwininfo -root -tree | grep -F "\"$title_ja\""
app_pid=$(xprop -id "$wid" _NET_WM_PID | awk '{print $NF}')
[[ "$app_pid" =~ ^[0-9]+$ ]] || { echo "window $wid has no _NET_WM_PID" >&2; exit 1; }
echo "window $wid, pid $app_pid: $(tr '\0' ' ' </proc/"$app_pid"/cmdline)"
[ "$(readlink -f /proc/"$app_pid"/exe)" = /usr/bin/imap-password-wizard ] ||
  { echo "the window does not belong to the installed /usr/bin/imap-password-wizard" >&2; exit 1; }
xprop -id "$wid" WM_CLASS
icon_bytes=$(xprop -id "$wid" _NET_WM_ICON | wc -c)
[ "$icon_bytes" -gt 1000 ] || { echo "the window has no icon (_NET_WM_ICON)" >&2; exit 1; }
echo "window icon set (_NET_WM_ICON, $icon_bytes bytes of xprop output)"

sleep 1  # let it paint
mkdir -p "$artifacts"
import -window root "$artifacts/package-wizard-ja.png"
echo "screenshot: $artifacts/package-wizard-ja.png"

step "stop it"
kill "$app_pid"
if ! wait_for 10 bash -c "! kill -0 $app_pid"; then kill -9 "$app_pid"; fi
app_pid=""
if grep -v -E '^QStandardPaths: ' "$work/app.log" | grep -q .; then
  echo "the app said:"; sed 's/^/  /' "$work/app.log"
fi

step "remove --purge"
DEBIAN_FRONTEND=noninteractive timeout 300 apt-get remove --purge -y -qq "$pkg"
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'installed\|config-files'; then
  echo "$pkg is still known to dpkg: $(dpkg-query -W -f='${Status}' "$pkg")" >&2; exit 1
fi
if dpkg -L "$pkg" 2>/dev/null | grep -q .; then
  echo "dpkg -L $pkg still lists files" >&2; exit 1
fi
left=0
while read -r f; do
  if [ -e "$f" ]; then echo "left behind: $f" >&2; left=1; fi
done <"$work/files"
[ "$left" -eq 0 ] || exit 1
echo "purged: none of its $(wc -l <"$work/files") files is left"

step "stop Xvfb"
kill "$xvfb_pid"; wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""
echo "package check passed"
