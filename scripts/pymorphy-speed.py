#!/usr/bin/env python3
"""pymorphy3's analysis+lemma throughput in CPU seconds (one core), for comparing with
`litopys eval morph --speed FILE`, which also reports thread CPU time.

usage: pymorphy-speed.py TEXT_FILE   (run with the anchors venv python)
"""
import sys
import time

import pymorphy3
import tokenize_uk


def main(path):
    words = tokenize_uk.tokenize_words(open(path, encoding="utf-8").read())
    morph = pymorphy3.MorphAnalyzer(lang="uk")
    start = time.process_time()
    for w in words:
        morph.parse(w)[0].normal_form
    seconds = time.process_time() - start
    print(f"pymorphy3 parse+lemma: {len(words)} tokens, {seconds:.2f} CPU s, {len(words) / seconds:.0f} tokens/s")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
