#!/usr/bin/env bash
# Renders the application icon from its SVG source into every file the packages need, and writes them next to it:
#   resources/icons/hicolor/<N>x<N>/apps/<id>.png   Linux (freedesktop hicolor theme), N = 16 … 512
#   resources/icons/hicolor/scalable/apps/<id>.svg  Linux, scalable
#   resources/icons/<id>.ico                        Windows (exe resource, installer)
#   resources/icons/<id>.icns                       macOS (app bundle)
# The generated files are committed, so building needs none of these tools; run this after editing the SVG.
# 16 px is drawn separately (<id>-16.svg, whole-pixel edges) because scaling the big drawing blurs the padlock.
#
# Needs (Debian 12): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"

id=io.github.imap_password_wizard
missing=()
command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
command -v icotool >/dev/null || missing+=(icoutils)
command -v png2icns >/dev/null || missing+=(icnsutils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "make-icons.sh needs: apt-get install ${missing[*]}" >&2
  exit 2
fi

render() {  # render SIZE OUT
  local src=$id.svg
  [ "$1" -eq 16 ] && src=$id-16.svg
  rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$src" --output "$2"
}

for n in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "hicolor/${n}x${n}/apps"
  render "$n" "hicolor/${n}x${n}/apps/$id.png"
done
mkdir -p hicolor/scalable/apps
cp "$id.svg" "hicolor/scalable/apps/$id.svg"

# Windows: the classic sizes as bitmaps, 256 as an embedded PNG (--raw) as Vista and later expect.
icotool --create --output "$id.ico" \
  hicolor/{16x16,24x24,32x32,48x48,64x64}/apps/$id.png --raw=hicolor/256x256/apps/$id.png

# macOS: png2icns picks the icon type from each PNG's size.
png2icns "$id.icns" hicolor/{16x16,32x32,48x48,128x128,256x256,512x512}/apps/$id.png >/dev/null

echo "icons written to $(pwd)"
