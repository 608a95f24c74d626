#!/usr/bin/env bash
# Ten-fold cross-validation of the NER tagger on NER-UK 2.0: for each fold 0-9, trains on the
# other nine tenths and scores the held-out tenth; then sums the counts over all folds into
# one micro F1 per type. Steadier than the 39-document dev split (fold 9) for comparing
# changes. Usage: scripts/cross-validate-ner.sh [extra `train ner` options]
# (after swift build -c release; about 20 s per fold on one core).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpora/ner-uk-2.0/train
if [ ! -d "$corpus" ]; then
  echo "cross-validate-ner: $corpus not found (../shared is absent); skipped."
  exit 0
fi
bin=${LITOPYS_BIN:-.build/release/litopys}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for fold in 0 1 2 3 4 5 6 7 8 9; do
  "$bin" train ner --corpus "$corpus" --split train --fold "$fold" --output "$work/$fold.model" "$@" > /dev/null
  "$bin" eval ner "$corpus" --split dev --fold "$fold" --model "$work/$fold.model" > "$work/$fold.txt"
  grep '^micro' "$work/$fold.txt" | sed "s/^/fold $fold: /"
done
python3 - "$work" <<'PY'
import re, sys, glob, collections
gold, pred, ok = collections.Counter(), collections.Counter(), collections.Counter()
for path in glob.glob(sys.argv[1] + "/*.txt"):
    for line in open(path):
        m = re.match(r"(\w+)\s+P=.*gold=(\d+)\s+predicted=(\d+)\s+correct=(\d+)", line)
        if m and m.group(1) != "micro":
            t = m.group(1)
            gold[t] += int(m.group(2)); pred[t] += int(m.group(3)); ok[t] += int(m.group(4))
def f1(g, p, c):
    return 2 * c / (g + p) if g + p else 0.0
for t in sorted(gold, key=lambda t: -gold[t]):
    print(f"{t:8} F1={f1(gold[t], pred[t], ok[t]):.4f}  gold={gold[t]}")
G, P, C = sum(gold.values()), sum(pred.values()), sum(ok.values())
print(f"micro    F1={f1(G, P, C):.4f}  gold={G} predicted={P} correct={C}  (ten folds, 391 documents)")
PY
