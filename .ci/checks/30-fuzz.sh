#!/usr/bin/env bash
# CI-only: builds the libFuzzer targets of the IMAP and SMTP parsers (the `fuzz` preset: clang, ASan+UBSan) and runs
# each for a bounded time from the seed corpus in tests/fuzz/corpus/ (copied: the repository is not written to).
# A crash, a sanitizer report or an abort() of a consistency check fails the run and leaves the reproducer in the log.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${IPW_FUZZ_SECONDS:-60}

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_imap_response fuzz_smtp_reply -j2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for pair in imap_response:imap smtp_reply:smtp; do
  target=${pair%%:*}
  corpus=${pair##*:}
  cp -r "tests/fuzz/corpus/$corpus" "$work/$corpus"
  echo "--- fuzz_$target for ${seconds}s"
  (cd "$work" && "$OLDPWD/build/fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=4096 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$work/$corpus")
done
