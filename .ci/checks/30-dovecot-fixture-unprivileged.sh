#!/usr/bin/env bash
# The Dovecot fixture as an ordinary user. CI runs as root, where Dovecot drops to its own users; the README's test
# command runs as whoever typed it, where Dovecot runs everything as that user. This runs the fixture's smoke tests
# the second way, as a throwaway system user, from a copy of the test binary (the checkout may not be readable by
# other users).
set -euo pipefail
cd "$(dirname "$0")/../.."
# The smoke tests, and the OAuth instance's (passdb oauth2 asking the in-process authorization server).
bins=(build/default/tests/smoke/test_smoke_dovecot build/default/tests/oauth/test_dovecot_oauth)
for bin in "${bins[@]}"; do
  [ -x "$bin" ] || { echo "$bin is not built (the README's test command builds it)" >&2; exit 1; }
done

user=ipw-ci-unprivileged
id "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
work=$(mktemp -d /tmp/ipw-ci-unprivileged-XXXXXX)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
cp "${bins[@]}" "$work/"
chmod 755 "$work"
chown "$user": "$work"

# HOME and TMPDIR of its own; PATH without /usr/sbin, as an ordinary user's on Debian (the fixture finds dovecot).
for bin in "${bins[@]}"; do
  runuser -u "$user" -- env -i HOME="$work" TMPDIR=/tmp PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 \
    "$work/$(basename "$bin")" '[dovecot]' --order rand --reporter compact
done

# Zombies (stat Z) are dead: Dovecot's children are reparented to init when their master is killed, and init reaps
# them within a second or so.
left=$(ps -u "$user" -o pid=,stat=,args= | awk '$2 !~ /^Z/' || true)
if [ -n "$left" ]; then
  echo "processes left running by $user:"; echo "$left"; exit 1
fi
