#!/usr/bin/env bash
# The time to a verdict at 0, 25 and 50 ms one-way delay: this project's CLI vs Python imaplib+smtplib vs curl,
# median of 5 (README, "Benchmarks"). A benchmark, not a test: it asserts nothing about the figures.
#
#   bench/verdict.sh [--reps N] [--delays 0,25,50]      (after the README's test build: build/default)
#
# IPW_BUILD_DIR chooses another build directory.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${IPW_BUILD_DIR:-$root/build/default}
cmake --build "$build" --target bench_dovecot imap-password-check >/dev/null
exec python3 "$root/bench/verdict.py" "$build" "$@"
