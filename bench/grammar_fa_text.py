"""Grammar flags on plain, mostly correct sentences: flags per 1,000 sentences per rule, with a sample.

Usage::

    python bench/grammar_fa_text.py ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu \
        ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu [--set all|default|both] \
        [--sample 5] [--seed 1] [--rule grammar.missing-article] [--limit N] [--language en-US]

Inputs are CoNLL-U treebanks (the ``# text =`` line of each sentence) or plain text files with
one sentence per line. The sentences are linted in batches, one sentence per paragraph, so no
sentence sees its neighbours. ``--set all`` selects the whole grammar family by name (the
off-by-default ``strict`` rules too), ``default`` the grammar rules a plain run reports, and
``both`` prints the two tables. The text is edited-ish (the EWT treebank is web English:
reviews, e-mails, forum posts), so a flag is not always a false alarm: read the sample.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from pathlib import Path

from copylint import Linter

BATCH = 200


def sentences(path: Path) -> list[str]:
    """The sentences of a CoNLL-U file (``# text =``) or of a plain file (one per line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if path.suffix == ".conllu":
        return [ln.split("=", 1)[1].strip() for ln in lines if ln.startswith("# text =")]
    return [ln.strip() for ln in lines if ln.strip()]


def run(linter: Linter, sents: list[str]) -> list[list[tuple[str, int, int, str]]]:
    """Per sentence: (rule, start, end, message) of each grammar diagnostic on it."""
    out: list[list[tuple[str, int, int, str]]] = [[] for _ in sents]
    for b in range(0, len(sents), BATCH):
        chunk = [s.replace("\n", " ") for s in sents[b : b + BATCH]]
        starts, text, pos = [], [], 0
        for s in chunk:
            starts.append(pos)
            text.append(s)
            pos += len(s) + 2
        for d in linter.lint_text("\n\n".join(text), path="x.txt"):
            if d.family != "grammar":
                continue
            k = bisect_right(starts, d.offset) - 1
            s0 = starts[k]
            out[b + k].append((d.rule, d.offset - s0, d.end_offset - s0, d.message))
    return out


def table(name: str, sents: list[str], found: list[list[tuple[str, int, int, str]]], args: argparse.Namespace) -> None:
    n = len(sents)
    flagged = sum(bool(f) for f in found)
    per_rule: Counter[str] = Counter()
    where: dict[str, list[tuple[int, int, int, str]]] = defaultdict(list)
    for i, diags in enumerate(found):
        for rule, a, b, msg in diags:
            per_rule[rule] += 1
            where[rule].append((i, a, b, msg))
    print(
        f"\n== {name}: {n} sentences, {flagged} flagged ({1000 * flagged / max(n, 1):.1f} per 1,000), "
        f"{sum(per_rule.values())} diagnostics"
    )
    print(f"| {'rule':<40} | flags | per 1,000 sentences |")
    print(f"|{'-' * 42}|-------|---------------------|")
    for rule, c in per_rule.most_common():
        print(f"| {rule:<40} | {c:>5} | {1000 * c / max(n, 1):>19.2f} |")
    rng = random.Random(args.seed)
    for rule, _ in per_rule.most_common():
        if args.rule and rule not in args.rule:
            continue
        items = where[rule]
        pick = items if len(items) <= args.sample else rng.sample(items, args.sample)
        if not pick:
            continue
        print(f"\n-- {rule} (sample {len(pick)} of {len(items)})")
        for i, a, b, msg in pick:
            s = sents[i]
            print(f"  {s[:a]}[[{s[a:b]}]]{s[b:]}\n      {msg}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--set", choices=("all", "default", "both"), default="both")
    ap.add_argument("--sample", type=int, default=5, help="sentences shown per rule")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rule", action="append", help="show samples only for this rule (repeatable)")
    ap.add_argument("--limit", type=int, help="first N sentences only")
    ap.add_argument("--language", default="en-US")
    args = ap.parse_args(argv)
    sents = [s for f in args.files for s in sentences(f)]
    if args.limit:
        sents = sents[: args.limit]
    configs = {
        "all": {"select": ["grammar"], "language": args.language},
        "default": {"language": args.language},
    }
    names = ("all", "default") if args.set == "both" else (args.set,)
    for name in names:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_utime
        found = run(Linter(configs[name], plugins=False), sents)
        cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime - before
        table(f"grammar family ({name}), {', '.join(f.name for f in args.files)}", sents, found, args)
        print(f"\n(cpu {cpu:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
