#!/usr/bin/env bash
# The wizard's first page (time to first paint, peak RSS) vs a bare QWizard with one page of Japanese text, median
# of 5, on one Xvfb display (offscreen when xvfb-run is missing). A benchmark, not a test (README, "Benchmarks").
#
#   bench/startup.sh [--reps N]      (after the README's test build: build/default; IPW_BUILD_DIR for another)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${IPW_BUILD_DIR:-$root/build/default}
cmake --build "$build" --target bench_bare_wizard imap-password-wizard >/dev/null
if command -v xvfb-run >/dev/null; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" python3 "$root/bench/startup.py" "$build" "$@"
fi
exec python3 "$root/bench/startup.py" "$build" "$@"
