#!/usr/bin/env bash
# Regenerates docs/screenshots/<page>-<lang>.png: every page of the wizard in Japanese and English (and the first page
# of the printable settings sheet), taken from the
# real app under a private X server (Xvfb :38 unless DISPLAY_NUMBER says otherwise), against the test Dovecot and
# a private Secret Service (tests/wizard/WizardScreenshots.cpp). Then one screenshot per page in three variants:
# <page>-<lang>-dark.png (the dark palette, as IPW_PALETTE=dark), <page>-<lang>-200.png (QT_SCALE_FACTOR=2) and
# <page>-<lang>-dark-200.png. PNGs are stripped of metadata and written as 256-colour palette PNGs.
#
#     tools/make-screenshots.sh            # both languages, into docs/screenshots
#     tools/make-screenshots.sh out ja     # Japanese only, into out/
#     IPW_SCREENSHOTS_ONLY=help tools/make-screenshots.sh   # the help window only (help-glossary, help-checklist)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build/default}
out=${1:-$root/docs/screenshots}
shift || true
display=":${DISPLAY_NUMBER:-38}"

cmake --build "$build" --target wizard_screenshots imap-password-check -j2
# Large enough for the 200 % window (1720x1400 pixels).
Xvfb "$display" -screen 0 2560x1600x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  [ -e "/tmp/.X11-unix/X${display#:}" ] && break
  sleep 0.1
done
# A fixed font setup and scale, so that screenshots do not depend on the desktop that ran the script.
shots() {  # scale factor, options for wizard_screenshots
  local scale=$1
  shift
  env DISPLAY="$display" QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="$scale" QT_AUTO_SCREEN_SCALE_FACTOR=0 \
    "$build/tests/wizard/wizard_screenshots" "$@"
}
shots 1 "$out" "$@"
shots 1 --dark "$out" "$@"
shots 2 --suffix=-200 "$out" "$@"
shots 2 --dark --suffix=-200 "$out" "$@"

[ "${IPW_SCREENSHOTS_ONLY:-}" = help ] && exit 0
# The printable settings sheet's first page (imap-password-check --export pdf, rendered by poppler's pdftoppm):
# settings-sheet-pdf-<lang>.png, for a docomo address with an example IMAP ID.
langs=("$@")
[ ${#langs[@]} -eq 0 ] && langs=(ja en)
sheet=$(mktemp -d)
for lang in "${langs[@]}"; do
  "$build/app/cli/imap-password-check" --lang "$lang" --email hanako@docomo.ne.jp --user hanako-imap-id \
    --export pdf --output "$sheet/sheet-$lang.pdf" 2>/dev/null
  pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$sheet/sheet-$lang.pdf" "$out/settings-sheet-pdf-$lang"
  echo "$out/settings-sheet-pdf-$lang.png"
done
rm -rf "$sheet"
# The discovery page (issue 15) needs the DNS and web servers of a private network namespace: its GUI test takes
# discovery-<lang><suffix>.png there (tests/discovery/WizardDiscoveryTest.cpp), offscreen, where the kernel lets this
# user make the namespace (always as root).
cmake --build "$build" --target test_wizard_discovery -j2
for variant in "1 light " "1 dark -dark" "2 light -200" "2 dark -dark-200"; do
  read -r scale palette suffix <<<"$variant"
  if ! env IPW_DISCOVERY_SCREENSHOTS="$out" IPW_SCREENSHOT_SUFFIX="${suffix:-}" IPW_PALETTE="$palette"     QT_SCALE_FACTOR="$scale" IPW_TEST_DATA="$root/tests/data" IPW_SOURCE_DIR="$root" QT_QPA_PLATFORM=offscreen     "$build/tests/discovery/test_wizard_discovery" "wizard discovery: an unknown domain*" >/dev/null 2>&1; then
    echo "the discovery page was not taken (no network namespace here?): $build/tests/discovery/test_wizard_discovery" >&2
    break
  fi
  echo "$out/discovery-{ja,en}${suffix:-}.png"
done
# Smaller files (a third of the size, no visible change for these flat UI pictures): no metadata, a palette of
# 256 colours (optipng is not installed everywhere; ImageMagick is).
for png in "$out"/*.png; do
  convert "$png" -strip "PNG8:$png"
done
