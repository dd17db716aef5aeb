"""Measure the shipped part-of-speech tagger: accuracy, tokens per second, load time.

Usage::

    python bench/tagger_eval.py ../shared/data/ud-english-ewt [--news bench/data/news-tagged.txt]

Accuracy is on the Penn tags (XPOS) of the EWT test (and dev) split, token by token, with the
treebank's own tokens. ``--news`` reads hand-tagged news sentences written for copylint: a line of
text, then a line of its Penn tags, one per token of the tagger's own tokenizer (``#`` lines
are comments).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("treebank", type=Path)
    ap.add_argument("--news", type=Path)
    args = ap.parse_args()
    t0 = time.perf_counter()
    from copylint.nlp.tagger import tagger

    model = tagger()
    load = time.perf_counter() - t0
    print(f"model load (import + parse): {load * 1000:.0f} ms")
    from copylint.nlp.train import read_conllu

    for split in ("dev", "test"):
        sents = read_conllu(args.treebank / f"en_ewt-ud-{split}.conllu")
        right = total = 0
        confusions: Counter = Counter()
        t0 = time.perf_counter()
        outs = [model.tag([f for f, _ in s]) for s in sents]
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        for s in sents:
            model.tag([f for f, _ in s])
        warm = time.perf_counter() - t0
        for s, out in zip(sents, outs, strict=False):
            for (_f, gold), got in zip(s, out, strict=False):
                total += 1
                right += gold == got
                if gold != got:
                    confusions[(gold, got)] += 1
        print(
            f"EWT {split}: {right / total:.4f} accuracy on {total} tokens; "
            f"{total / cold:,.0f} tokens/s first pass (caches cold), {total / warm:,.0f} tokens/s second pass"
        )
        print("  top confusions (gold->got):", ", ".join(f"{g}->{o} {n}" for (g, o), n in confusions.most_common(8)))
    if args.news:
        from copylint.nlp.tokenize import tokens

        right = total = 0
        errors = []
        lines = [x for x in args.news.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")]
        for text, tagline in zip(lines[::2], lines[1::2], strict=False):
            forms = [text[s:e] for s, e in tokens(text)]
            pairs = list(zip(forms, tagline.split(), strict=False))
            if len(forms) != len(tagline.split()):
                raise SystemExit(f"{len(forms)} tokens but {len(tagline.split())} tags: {text}")
            for (w, gold), got in zip(pairs, model.tag(forms), strict=False):
                total += 1
                right += gold == got
                if gold != got:
                    errors.append(f"{w}/{gold}->{got}")
        print(f"news paragraphs: {right / total:.4f} accuracy on {total} tokens; errors: {' '.join(errors)}")


if __name__ == "__main__":
    main()
