"""Grammar diagnostics on news copy: rate per 1,000 words, and a printout for blind judging.

Usage::

    python bench/grammar_news.py /work/tune                        # rate and every diagnostic
    python bench/grammar_news.py /work/heldout --printout FILE --seed N [--sample 40]

Runs the grammar family as a British newsroom would (``language: en-GB``, ``style: {preset:
bbc}``). With ``--printout`` it draws up to ``--sample`` diagnostics with the seed and writes
each with the sentence before it and its whole paragraph, the rule, the message and the
suggestion (no expectations), as ``/work/shared/JUDGING.md`` asks.
"""

from __future__ import annotations

import argparse
import datetime
import random
import subprocess
from collections import Counter
from pathlib import Path

from copylint import Linter, read_document

CONFIG = {"select": ["grammar"], "language": "en-GB", "style": {"preset": "bbc"}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--printout", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    lint = Linter(CONFIG, plugins=False)
    words = 0
    found = []
    for path in sorted(args.folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = read_document(text, str(path))
        words += doc.word_count
        diags, _ = lint.lint_document(doc)
        for d in diags:
            if d.family == "grammar":
                found.append((path, doc, d))
    per_rule = Counter(d.rule for _, _, d in found)
    print(
        f"{args.folder}: {len(found)} grammar diagnostics in {words} words = {1000 * len(found) / max(words, 1):.3f} per 1,000 words"
    )
    for rule, n in per_rule.most_common():
        print(f"  {rule}: {n}")
    if not args.quiet and not args.printout:
        for path, doc, d in found:
            print(
                f"{path.name}:{d.line}:{d.column}: {d.rule}: {d.message} | {doc.prose[max(0, d.offset - 60) : d.end_offset + 40]!r}"
            )
    if args.printout:
        rng = random.Random(args.seed)
        sample = found if len(found) <= args.sample else rng.sample(found, args.sample)
        commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
        lines = [
            f"Grammar diagnostics for judging. Corpus: {args.folder} ({len(found)} diagnostics, {words} words).",
            f"Seed {args.seed}; sample of {len(sample)}; date {datetime.date.today()}; copylint commit {commit}; "
            f"config {CONFIG}.",
            "For each item answer: right, debatable or wrong, with a few words of why (see JUDGING.md).",
            "",
        ]
        for k, (path, doc, d) in enumerate(sample, 1):
            # diagnostics carry source offsets: find the block and sentence around them
            block = next(
                (
                    i
                    for i, b in enumerate(doc.blocks)
                    if doc.source_range(b.span)[0] <= d.offset < doc.source_range(b.span)[1]
                ),
                None,
            )
            para = doc.text(doc.blocks[block].span) if block is not None else ""
            firsts = [i for i, s in enumerate(doc.sentences) if s.block == block]
            before = ""
            if firsts and firsts[0] > 0:
                before = doc.text(doc.sentences[firsts[0] - 1].span)
            lines += [
                f"=== item {k}: {path.name} line {d.line}, column {d.column}",
                f"rule: {d.rule}",
                f"flagged text: {doc.source[d.offset : d.end_offset]!r}",
                f"message: {d.message}",
                f"suggestion: {d.suggestions[0] if d.suggestions else '(none)'}",
            ]
            if before:
                lines.append(f"sentence before the paragraph: {before}")
            lines += [f"paragraph: {para}", ""]
        args.printout.write_text("\n".join(lines), encoding="utf-8")
        print(f"wrote {args.printout} ({len(sample)} items)")


if __name__ == "__main__":
    main()
