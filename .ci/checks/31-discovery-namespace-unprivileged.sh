#!/usr/bin/env bash
# The discovery tests as an ordinary user. They enter a private user, network and mount namespace of their own
# (tests/discovery/NamespaceMain.cpp); as root that always works, as an ordinary user only where the kernel allows
# unprivileged user namespaces. With CI set, a test that cannot make its namespace fails instead of skipping, so
# this proves the tests run (not skip) unprivileged. The CLI tests need the build tree's binary, which this copy
# may not reach: they are left to the README's test command (as root).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=build/default/tests/discovery/test_discovery
[ -x "$bin" ] || { echo "$bin is not built (the README's test command builds it)" >&2; exit 1; }

user=ipw-ci-unprivileged
id "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
work=$(mktemp -d /tmp/ipw-ci-discovery-XXXXXX)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
cp "$bin" "$work/"
chmod 755 "$work"
chown "$user": "$work"

# PATH without /usr/sbin, as an ordinary user's on Debian (the fixture finds dnsmasq there itself).
runuser -u "$user" -- env -i HOME="$work" TMPDIR="$work" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 CI=true \
  IPW_NO_DISCOVERY=1 "$work/test_discovery" '~[cli]' --order rand --reporter compact
