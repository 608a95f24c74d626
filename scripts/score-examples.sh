#!/usr/bin/env bash
# Scores Litopys on the example articles with gold files (examples/*.expected.json) using
# ../shared/bench/score_facts.py. Each article is analysed with the publication date its gold
# file gives. Usage: scripts/score-examples.sh [--verbose]   (after swift build -c release)
set -euo pipefail
cd "$(dirname "$0")/.."
scorer=../shared/bench/score_facts.py
if [ ! -f "$scorer" ]; then
  echo "score-examples: $scorer not found (../shared is absent); skipped."
  exit 0
fi
bin=${LITOPYS_BIN:-.build/release/litopys}
out=$(mktemp)
for gold in examples/*.expected.json; do
  text=${gold%.expected.json}.txt
  published=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("published") or "")' "$gold")
  "$bin" analyze --json ${published:+--published "$published"} "$text" >> "$out"
done
python3 "$scorer" --dir examples "$out" "$@"
rm -f "$out"
