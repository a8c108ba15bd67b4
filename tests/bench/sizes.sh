#!/usr/bin/env bash
# Prints the size of what a first visit downloads, raw and gzip -9, by kind, with the total; with BUDGET_KB, fails
# when the gzip total is over it.
#   tests/bench/sizes.sh DIST [BUDGET_KB]
set -euo pipefail
dist=${1:?usage: sizes.sh DIST [BUDGET_KB]}
budget=${2:-}
kb() { awk -v b="$1" 'BEGIN { printf "%8.1f", b / 1024 }'; }
printf '%-6s %10s %10s  %s\n' kind "raw KB" "gzip KB" files
total_raw=0 total_gz=0
for kind in wasm js css html; do
  raw=0 gz=0 files=""
  # The copies of index.html made for each view are the same page: count the root one only.
  for f in $(find "$dist" -maxdepth 1 -type f -name "*.$kind" | sort); do
    raw=$((raw + $(wc -c < "$f")))
    gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
    files="$files $(basename "$f")"
  done
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz))
  printf '%-6s %s %s  %s\n' "$kind" "$(kb $raw)" "$(kb $gz)" "${files# }"
done
# The bundled font, preloaded by index.html (already compressed: woff2).
raw=0 gz=0
for f in "$dist"/public/fonts/*.woff2; do
  raw=$((raw + $(wc -c < "$f"))) gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
done
total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz))
printf '%-6s %s %s  %s\n' font "$(kb $raw)" "$(kb $gz)" "public/fonts/*.woff2"
printf '%-6s %s %s\n' total "$(kb $total_raw)" "$(kb $total_gz)"
if [ -n "$budget" ] && [ "$total_gz" -gt $((budget * 1024)) ]; then
  echo "first load is $(kb $total_gz) KB gzip, over the budget of $budget KB" >&2
  exit 1
fi
