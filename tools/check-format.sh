#!/usr/bin/env bash
# Checks (or with --fix, applies) .clang-format on the project's C++ files. Exit 1 lists the unformatted files.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -co --exclude-standard -- 'app/*.cpp' 'app/*.h' 'core/*.cpp' 'core/*.h' \
  'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h')
[ ${#files[@]} -eq 0 ] && exit 0
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  printf 'Not formatted (run tools/check-format.sh --fix):\n'; printf '  %s\n' "${bad[@]}"
  exit 1
fi
