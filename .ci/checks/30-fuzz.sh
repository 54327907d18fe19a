#!/usr/bin/env bash
# CI-only: builds the libFuzzer targets (the `fuzz` preset: clang, ASan+UBSan) of the IMAP and SMTP parsers and of
# the provider file parsers (ours and clientConfig), of the OAuth SASL error challenge, the OAuth redirect and the
# token response, and runs each for a bounded time from its seed corpus (copied: the repository is not written to).
# The three OAuth parsers are small: they get IPW_FUZZ_OAUTH_SECONDS each (default 30 s).
# A crash, a sanitizer report or an abort() of a consistency check fails the run and leaves the reproducer in the log.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${IPW_FUZZ_SECONDS:-60}
oauth_seconds=${IPW_FUZZ_OAUTH_SECONDS:-30}

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_imap_response fuzz_smtp_reply fuzz_provider_file fuzz_client_config \
  fuzz_oauth_challenge fuzz_oauth_redirect fuzz_token_response -j2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/providers" "$work/clientconfig"
cp resources/providers/*.json "$work/providers/"
cp tests/data/ispdb/*.xml "$work/clientconfig/"
cp -r tests/fuzz/corpus/imap tests/fuzz/corpus/smtp tests/fuzz/corpus/oauth tests/fuzz/corpus/oauth_redirect \
  tests/fuzz/corpus/token_response "$work/"
for pair in imap_response:imap smtp_reply:smtp provider_file:providers client_config:clientconfig \
  oauth_challenge:oauth oauth_redirect:oauth_redirect token_response:token_response; do
  target=${pair%%:*}
  corpus=${pair##*:}
  limit=$seconds
  case "$target" in oauth_* | token_response) limit=$oauth_seconds ;; esac
  echo "--- fuzz_$target for ${limit}s"
  (cd "$work" && "$OLDPWD/build/fuzz/tests/fuzz/fuzz_$target" -max_total_time="$limit" -max_len=4096 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$work/$corpus")
done
