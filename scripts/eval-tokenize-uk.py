#!/usr/bin/env python3
"""Sentence and token boundary F1 of tokenize-uk on a CoNLL-U file, measured exactly as
`litopys eval segmentation` measures Litopys (same rebuilt text, same gold offsets).

usage: $(bash ../shared/bench/setup-anchors.sh) scripts/eval-tokenize-uk.py [CONLLU]
"""
import sys

import tokenize_uk


def rebuild(path):
    """The text from `# text` lines (paragraphs on their own lines), gold sentence and token spans."""
    text, sentences, tokens = "", [], []
    new_par, cursor, skip_until = True, 0, 0
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# newpar") or line.startswith("# newdoc"):
            new_par = True
        elif line.startswith("# text = "):
            if text:
                text += "\n" if new_par else " "
            new_par = False
            start = len(text)
            text += line[9:]
            sentences.append((start, len(text)))
            cursor, skip_until = start, 0
        elif "\t" in line:
            cols = line.split("\t")
            tid, form = cols[0], cols[1]
            if "-" in tid:
                skip_until = int(tid.split("-")[1])
            elif "." in tid or int(tid) <= skip_until:
                continue
            at = text.find(form, cursor, cursor + 200 + len(form))
            if at >= 0:
                tokens.append((at, at + len(form)))
                cursor = at + len(form)
    return text, sentences, tokens


def locate(pieces, text):
    spans, cursor = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = text.find(piece, cursor, cursor + 200 + len(piece))
        if at < 0:
            continue
        spans.append((at, at + len(piece)))
        cursor = at + len(piece)
    return spans


def score(found, gold):
    matched = len(set(found) & set(gold))
    p = matched / len(found) if found else 0.0
    r = matched / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(path):
    text, gold_sents, gold_tokens = rebuild(path)
    sents = []
    for paragraph in text.split("\n"):
        sents.extend(tokenize_uk.tokenize_sents(paragraph))
    found_sents = locate(sents, text)
    found_tokens = locate(tokenize_uk.tokenize_words(text), text)
    print("boundary    gold   found  precision  recall     F1")
    for name, found, gold in (("sentences", found_sents, gold_sents), ("tokens", found_tokens, gold_tokens)):
        p, r, f = score(found, gold)
        print(f"{name:<10}{len(gold):6d}  {len(found):6d}     {p:.4f}  {r:.4f}  {f:.4f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/ud-uk-iu/uk_iu-ud-dev.conllu")
