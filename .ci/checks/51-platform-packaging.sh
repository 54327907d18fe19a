#!/usr/bin/env bash
# CI only: the Windows and macOS packaging cannot be built here, but what can be checked on Linux is:
#  - Windows: packaging/CPackConfig.cmake configures with WIN32, its install script runs (windeployqt faked and
#    recorded), CPack's NSIS generator writes the installer script and makensis builds an installer from it, with the
#    Start-menu shortcut; both generated .rc files compile with MinGW's windres, Japanese strings intact.
#  - macOS: it configures with APPLE, the install script puts the CLI into the bundle and calls macdeployqt and an
#    ad hoc codesign (both faked and recorded); the Info.plist template, filled in, is a valid plist with the en and ja
#    localizations; the InfoPlist.strings files parse.
# A stand-in project (tests/packaging/platform-mock) provides dummy executables and fake Qt paths. Nothing here runs
# windeployqt, macdeployqt, or anything on Windows or macOS: docs/packaging.md says what is untried.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
for tool in makensis x86_64-w64-mingw32-windres x86_64-w64-mingw32-objdump python3 cmake ninja; do
  command -v "$tool" >/dev/null || { echo "missing $tool (tools/install-deps.sh ci)" >&2; exit 1; }
done
work=$(mktemp -d /tmp/ipw-platform-packaging.XXXXXX)
trap 'rm -rf "$work"' EXIT
fake=$work/fake
mkdir -p "$fake/qt/bin" "$fake/qt/translations" "$fake/openssl/include" "$fake/openssl/bin" "$fake/keychain/bin"
for t in windeployqt macdeployqt codesign; do
  printf '#!/bin/sh\necho "%s $*" >> "%s/calls.log"\n' "$t" "$work" >"$fake/qt/bin/$t"
  chmod +x "$fake/qt/bin/$t"
done
touch "$fake/qt/translations/qtbase_ja.qm" "$fake/openssl/bin/libssl-3-x64.dll" "$fake/openssl/bin/libcrypto-3-x64.dll"
export PATH="$fake/qt/bin:$PATH"
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok:   $*"; }

configure() {  # configure <windows|macos>
  cmake -S "$root/tests/packaging/platform-mock" -B "$work/$1" -G Ninja -DMOCK="$1" \
    -DIPW_REAL_SOURCE="$root" -DFAKE_ROOT="$fake" >"$work/$1.configure.log" 2>&1 ||
    { cat "$work/$1.configure.log"; fail "configure with $1 settings"; }
  cmake --build "$work/$1" >/dev/null
  ok "packaging/ configures for $1"
}

echo "--- Windows"
configure windows
(cd "$work/windows" && cpack -G NSIS >"$work/nsis.log" 2>&1) || { cat "$work/nsis.log"; fail "cpack -G NSIS"; }
installer=$(ls "$work"/windows/imap-password-wizard-*.exe)
ok "makensis built $(basename "$installer") ($(stat -c %s "$installer") bytes)"
nsi=$(ls "$work"/windows/_CPack_Packages/*/NSIS/project.nsi)
# shellcheck disable=SC2016  # NSIS variables, matched literally
grep -qF 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\IMAP Password Wizard.lnk" "$INSTDIR\bin\imap-password-wizard.exe"' \
  "$nsi" || fail "no Start-menu shortcut to bin\\imap-password-wizard.exe in project.nsi"
ok "Start-menu shortcut \"IMAP Password Wizard\" -> bin\\imap-password-wizard.exe"
grep -q 'MUI_ICON ".*io.github.imap_password_wizard.ico"' "$nsi" || fail "installer icon not set"
grep -q 'MUI_PAGE_LICENSE ".*LICENSE.txt"' "$nsi" || fail "no license page"
ok "installer icon and license page"
grep -q '^windeployqt .*--dir .*/bin .*/bin/imap-password-wizard.exe .*/bin/imap-password-check.exe' "$work/calls.log" ||
  { cat "$work/calls.log"; fail "windeployqt was not called on both executables in the staged bin/"; }
ok "install step calls windeployqt on both executables"
stage=$(dirname "$nsi")/imap-password-wizard-0.1.0-$(sed -n 's/^set(CPACK_SYSTEM_NAME "\(.*\)")/\1/p' \
  "$work/windows/CPackConfig.cmake")
for f in bin/imap-password-wizard.exe bin/imap-password-check.exe bin/translations/qtbase_ja.qm \
         bin/libssl-3-x64.dll bin/libcrypto-3-x64.dll; do
  [ -f "$stage/$f" ] || { find "$stage" -type f; fail "staged installer tree lacks $f"; }
done
ok "staged tree holds the executables, qtbase_ja.qm and the OpenSSL DLLs"
for exe in imap-password-wizard imap-password-check; do
  x86_64-w64-mingw32-windres --preprocessor=cpp --preprocessor-arg=-I/usr/x86_64-w64-mingw32/include \
    --preprocessor-arg=-D_WIN32 --preprocessor-arg=-D_WIN64 --preprocessor-arg=-DRC_INVOKED \
    -i "$work/windows/packaging/$exe.rc" -o "$work/$exe.res" -O res || fail "windres $exe.rc"
  x86_64-w64-mingw32-windres -i "$work/$exe.res" -O rc >"$work/$exe.decompiled.rc"
  grep -q 'FILEVERSION 0, 1, 0, 0' "$work/$exe.decompiled.rc" || fail "$exe.rc: no FILEVERSION 0,1,0,0"
  grep -q 'RT_GROUP_ICON' "$work/$exe.decompiled.rc" || fail "$exe.rc: no icon"
  # ProductName in the Japanese block, UTF-8 read as such: "IMAPパスワード設定ウィザード".
  grep -qF 'L"IMAP\x30d1\x30b9\x30ef\x30fc\x30c9\x8a2d\x5b9a\x30a6\x30a3\x30b6\x30fc\x30c9"' \
    "$work/$exe.decompiled.rc" || fail "$exe.rc: Japanese product name garbled"
done
ok "both .rc files compile (version 0.1.0.0, icon, Japanese strings intact)"

echo "--- macOS"
: >"$work/calls.log"
configure macos
DESTDIR="$work/dmg-root" cmake --install "$work/macos" --prefix / >"$work/mac-install.log" 2>&1 ||
  { cat "$work/mac-install.log"; fail "install with macOS settings"; }
bundle="$work/dmg-root/IMAP Password Wizard.app"
[ -f "$bundle/Contents/MacOS/imap-password-check" ] || fail "CLI not inside the bundle"
[ -f "$bundle/Contents/translations/qtbase_ja.qm" ] || fail "qtbase_ja.qm not in Contents/translations"
[ ! -e "$work/dmg-root/bin" ] || fail "a loose bin/ is left next to the bundle"
ok "CLI inside the bundle, qtbase_ja.qm in Contents/translations, no loose bin/"
grep -q "^macdeployqt $bundle .*-executable=$bundle/Contents/MacOS/imap-password-check" "$work/calls.log" ||
  { cat "$work/calls.log"; fail "macdeployqt not called on the bundle with the CLI"; }
grep -q "^codesign --force --deep --sign - $bundle" "$work/calls.log" || fail "no ad hoc codesign after macdeployqt"
ok "install step calls macdeployqt (with the CLI) and then an ad hoc codesign"
grep -q 'set(CPACK_GENERATOR "DragNDrop")' "$work/macos/CPackConfig.cmake" || fail "generator is not DragNDrop"
python3 - "$root/packaging/macos" <<'PY' || fail "Info.plist / InfoPlist.strings"
import plistlib, re, sys, pathlib
d = pathlib.Path(sys.argv[1])
values = {"MACOSX_BUNDLE_EXECUTABLE_NAME": "IMAP Password Wizard",
          "MACOSX_BUNDLE_GUI_IDENTIFIER": "io.github.imap_password_wizard",
          "MACOSX_BUNDLE_BUNDLE_NAME": "IMAP Password Wizard",
          "MACOSX_BUNDLE_ICON_FILE": "io.github.imap_password_wizard.icns",
          "MACOSX_BUNDLE_SHORT_VERSION_STRING": "0.1.0", "MACOSX_BUNDLE_BUNDLE_VERSION": "0.1.0",
          "MACOSX_BUNDLE_COPYRIGHT": "Apache License 2.0"}
text = (d / "Info.plist.in").read_text(encoding="utf-8")
left = set(re.findall(r"\$\{(\w+)\}", text)) - set(values)
assert not left, f"Info.plist.in uses variables CMake does not set: {left}"
plist = plistlib.loads(re.sub(r"\$\{(\w+)\}", lambda m: values[m.group(1)], text).encode())
assert plist["CFBundleLocalizations"] == ["en", "ja"], plist["CFBundleLocalizations"]
# Finder localizes the name only when the bundle folder ("IMAP Password Wizard.app") matches CFBundleDisplayName.
assert plist["CFBundleDisplayName"] == "IMAP Password Wizard", plist["CFBundleDisplayName"]
assert plist["CFBundleIconFile"].endswith(".icns") and plist["CFBundleExecutable"] == "IMAP Password Wizard"
for lang, name in (("en", "IMAP Password Wizard"), ("ja", "IMAPパスワード設定ウィザード")):
    strings = (d / f"{lang}.lproj" / "InfoPlist.strings").read_text(encoding="utf-8")
    pairs = dict(re.findall(r'^"(\w+)"\s*=\s*"([^"]*)";\s*$', strings, re.M))
    assert pairs.get("CFBundleDisplayName") == name, (lang, pairs)
print("ok:   Info.plist is a valid plist with CFBundleLocalizations en, ja; InfoPlist.strings in en and ja")
PY
echo "platform packaging check passed"
