#!/usr/bin/env bash
# Builds the .deb with CPack into a temporary directory and checks what it holds:
#   tests/packaging/check-deb.sh <build dir>
# Run by CTest (label `packaging`). It uses the finished build (cpack's install step finds nothing left to build),
# writes only inside its own temporary directory, and takes ~15 s, mostly dpkg-shlibdeps and strip.
set -euo pipefail
build=$(cd "$1" && pwd)
id=io.github.imap_password_wizard

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (tools/install-deps.sh test installs it)"; exit 1; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ipw-deb-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }

cpack -G DEB -B "$tmp/out" --config "$build/CPackConfig.cmake" >"$tmp/cpack.log" 2>&1 || {
  cat "$tmp/cpack.log"; echo "FAIL: cpack"; exit 1; }
debs=("$tmp"/out/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then echo "FAIL: expected one .deb, got: ${debs[*]}"; exit 1; fi
deb=${debs[0]}
echo "package: $(basename "$deb")"

# --- contents ----------------------------------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$tmp/files"
expect_file() {
  if grep -qxF "$1" "$tmp/files"; then pass "holds $1"; else fail "does not hold $1"; fi
}
expect_file /usr/bin/imap-password-wizard
expect_file /usr/bin/imap-password-check
expect_file /usr/share/applications/$id.desktop
expect_file /usr/share/metainfo/$id.metainfo.xml
expect_file /usr/share/man/man1/imap-password-check.1.gz
expect_file /usr/share/man/man1/imap-password-wizard.1.gz
expect_file /usr/share/doc/imap-password-wizard/copyright
expect_file /usr/share/doc/imap-password-wizard/changelog.gz
expect_file /usr/share/icons/hicolor/scalable/apps/$id.svg
for n in 16 22 24 32 48 64 128 256 512; do
  expect_file /usr/share/icons/hicolor/${n}x${n}/apps/$id.png
done
if grep -vE '^/usr/(bin|share)/' "$tmp/files" | grep -v '/$' | grep -q .; then
  fail "files outside /usr/bin and /usr/share: $(grep -vE '^/usr/(bin|share)/' "$tmp/files" | grep -v '/$' | tr '\n' ' ')"
fi

# --- control fields ------------------------------------------------------------------------------------------------
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
has_dep() { tr ',' '\n' <<<"$1" | sed 's/^ *//; s/ .*//' | grep -qxF "$2"; }
for pkg in libsecret-1-0 qt6-translations-l10n libqt6widgets6 libqt6network6 libzxcvbn0; do
  if has_dep "$depends" "$pkg"; then pass "Depends on $pkg"; else fail "Depends lacks $pkg"; fi
done
if grep -q 'fonts-noto-cjk' <<<"$recommends"; then pass "Recommends a Japanese font"; else fail "no Japanese font in Recommends"; fi
version=$(dpkg-deb -f "$deb" Version)

# --- the installed files themselves --------------------------------------------------------------------------------
dpkg-deb -x "$deb" "$tmp/root"
if desktop-file-validate "$tmp/root/usr/share/applications/$id.desktop"; then pass "desktop-file-validate"
else fail "desktop-file-validate"; fi
if appstreamcli validate --no-net --pedantic "$tmp/root/usr/share/metainfo/$id.metainfo.xml" >"$tmp/as.log" 2>&1
then pass "appstreamcli validate --no-net"; else cat "$tmp/as.log"; fail "appstreamcli validate"; fi
icon=$(sed -n 's/^Icon=//p' "$tmp/root/usr/share/applications/$id.desktop")
exec_cmd=$(sed -n 's/^Exec=//p' "$tmp/root/usr/share/applications/$id.desktop")
check() {  # check DESCRIPTION COMMAND...: pass or fail by the command's status
  local what=$1; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
check "desktop Icon= is $id (got '$icon')" [ "$icon" = "$id" ]
check "desktop Exec=$exec_cmd names a binary in the package's /usr/bin" [ -x "$tmp/root/usr/bin/${exec_cmd%% *}" ]
check "metainfo's launchable is $id.desktop" \
  grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$tmp/root/usr/share/metainfo/$id.metainfo.xml"
newest=$(grep -o '<release version="[^"]*"' "$tmp/root/usr/share/metainfo/$id.metainfo.xml" | head -1 | cut -d'"' -f2)
check "metainfo's newest release ($newest) is the package's version ($version)" [ "$newest" = "$version" ]
changelog_top=$(zcat "$tmp/root/usr/share/doc/imap-password-wizard/changelog.gz" | head -1)
check "changelog's newest entry is $version ($changelog_top)" grep -q "^imap-password-wizard ($version)" <<<"$changelog_top"
if zcat "$tmp/root/usr/share/man/man1/imap-password-check.1.gz" | grep -qF 'password\-stdin'; then
  pass "man page is gzipped roff"; else fail "man page does not look like the roff source"; fi
if LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$tmp/root/usr/share/man/man1/imap-password-check.1.gz" \
     >"$tmp/man.txt" 2>"$tmp/man.err" && [ ! -s "$tmp/man.err" ]; then pass "man page renders without warnings"
else cat "$tmp/man.err"; fail "man page renders with warnings"; fi
undocumented=0
for flag in --imap --imap-security --smtp --smtp-security --no-smtp --no-imap --user --smtp-user --password-stdin --ca-file \
            --trust-cert --timeout --allow-plaintext --json --transcript --lang --provider --email --provider-file \
            --list-providers --show-settings --save --list-saved --use-saved --forget --oauth-client-secret-file \
            --export --output --help-topic --explain --no-discovery --ispdb-url --accept-discovered; do
  grep -q -- "^ *$flag\b" "$tmp/man.txt" || { fail "man page does not document $flag"; undocumented=1; }
done
[ "$undocumented" -eq 0 ] && pass "man page documents every flag of issues 3, 4, 5, 13 and 14"
if grep -q -- "--trust-cert host:port=sha256" "$tmp/man.txt"; then pass "man page documents --trust-cert HOST:PORT=SHA256"
else fail "man page does not document --trust-cert HOST:PORT=SHA256"; fi

# --- translations: ours are compiled into the binaries, Qt's come from qt6-translations-l10n -----------------------
# The packaged CLI, run from the extracted package in a Japanese locale, must answer in Japanese.
ja_help=$(LANG=ja_JP.UTF-8 LANGUAGE='' LC_ALL='' "$tmp/root/usr/bin/imap-password-check" --help 2>&1 || true)
if grep -q 'ログイン' <<<"$ja_help"; then pass "packaged CLI speaks Japanese"; else
  echo "$ja_help"; fail "packaged CLI --help under LANG=ja_JP.UTF-8 is not Japanese"; fi
en_help=$(LANG=en_US.UTF-8 LANGUAGE='' LC_ALL='' "$tmp/root/usr/bin/imap-password-check" --help 2>&1 || true)
if grep -q 'IMAP/SMTP login' <<<"$en_help"; then pass "packaged CLI speaks English"; else
  echo "$en_help"; fail "packaged CLI --help under LANG=en_US.UTF-8 is not English"; fi
check "qtbase_ja.qm is where qt6-translations-l10n puts it (/usr/share/qt6/translations)" \
  [ -f /usr/share/qt6/translations/qtbase_ja.qm ]

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
