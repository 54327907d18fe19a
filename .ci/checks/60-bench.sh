#!/usr/bin/env bash
# bench/ runs from the README's test build (issue 17): once, with one repetition, to prove it runs. No thresholds:
# figures from a shared CI machine say nothing, and a benchmark is never a timed test.
set -euo pipefail
cd "$(dirname "$0")/../.."
bench/verdict.sh --reps 1 --delays 0,25
bench/startup.sh --reps 1
