#!/usr/bin/env python3
"""Agreement of `litopys morph` with pymorphy3 on dictionary words.

usage: compare-pymorphy.py LITOPYS_BINARY [CORPUS_DIR] [N]
  LITOPYS_BINARY  e.g. .build/release/litopys
  CORPUS_DIR      BrUK folder (default ../shared/corpora/bruk-disambig)
  N               number of distinct words (default 100000)
Run with the anchors venv python (bash ../shared/bench/setup-anchors.sh prints it).

For each of the N most frequent distinct word tokens of the corpus (then UD dev, if more are
needed), both tools list the dictionary readings as a set of (lemma, tag); a word agrees when
the sets are equal. Only words that pymorphy3's dictionary knows are counted ("dictionary
words"); the others are reported separately.
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys

import pymorphy3


def corpus_words(corpus, n):
    counts = collections.Counter()
    for path in sorted(glob.glob(os.path.join(corpus, "*.xml"))):
        with open(path, encoding="utf-8") as f:
            for m in re.finditer(r'<token value="([^"]*)"', f.read()):
                w = m.group(1).replace("&apos;", "'").replace("&quot;", '"').replace("&amp;", "&")
                if any(c.isalpha() for c in w):
                    counts[w] += 1
    ud = os.path.join(corpus, "..", "ud-uk-iu", "uk_iu-ud-dev.conllu")
    if os.path.exists(ud):
        with open(ud, encoding="utf-8") as f:
            for line in f:
                cols = line.split("\t")
                if len(cols) > 2 and cols[0].isdigit() and any(c.isalpha() for c in cols[1]):
                    counts[cols[1]] += 0  # present, but ranked after corpus words
    return [w for w, _ in counts.most_common(n)]


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    binary = sys.argv[1]
    corpus = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpora/bruk-disambig"
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 100000
    words = corpus_words(corpus, n)
    morph = pymorphy3.MorphAnalyzer(lang="uk")
    d = morph.dictionary
    py = {}
    for w in words:
        items = d.words.similar_items(w.lower(), morph.char_substitutes)
        py[w] = {(d.build_normal_form(p, i, fixed), str(d.build_tag_info(p, i))) for fixed, parses in items for p, i in parses}
    out = subprocess.run([binary, "morph", "--json", "--stdin"], input="\n".join(words) + "\n",
                         capture_output=True, text=True, check=True).stdout
    sw = {}
    for line in out.splitlines():
        obj = json.loads(line)
        sw[obj["word"]] = {(p["lemma"], p["tag"]) for p in obj["parses"] if p["source"] == "dictionary"}
    known = [w for w in words if py[w]]
    agree = sum(1 for w in known if sw.get(w) == py[w])
    unknown_agree = sum(1 for w in words if not py[w] and not sw.get(w))
    print(f"distinct words: {len(words)}; in pymorphy3's dictionary: {len(known)}")
    print(f"same (lemma, tag) set: {agree}/{len(known)} = {agree / max(1, len(known)):.5f}")
    print(f"not in dictionary for both: {unknown_agree}/{len(words) - len(known)}")
    shown = 0
    for w in known:
        if sw.get(w) != py[w] and shown < 10:
            print(f"  {w}: only pymorphy3 {sorted(py[w] - sw.get(w, set()))[:3]} only litopys {sorted(sw.get(w, set()) - py[w])[:3]}")
            shown += 1


if __name__ == "__main__":
    main()
