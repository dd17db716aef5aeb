"""Grammar flags on the UD English Web Treebank, per rule, per 1,000 sentences (issue 17).

Usage::

    python bench/grammar_fa_ewt.py [--split train|dev|test] [--set all|default|both]
        [--show RULE ...] [--json OUT] [--compare OLD.json] [--language en-US]

The treebank (``/work/shared/data/ud-english-ewt``, the ``# text =`` line of each sentence) is
web English nobody tuned the grammar rules on: reviews, e-mails, forum posts, blogs. Use the
``train`` split to read flags and find false alarms, ``dev`` to check a change, and ``test``
only to report once. Each sentence is linted as its own paragraph (see
``bench/grammar_fa_text.py``). ``--set all`` runs the whole grammar family (the opt-in
``strict``/``learner`` rules too), ``default`` the grammar rules a plain run reports.

Web text has real errors ("its a shame", "alot"), so a flag is not always a false alarm:
``--show RULE`` prints every flagged sentence of that rule (``--show all`` every rule's) with the
flagged span in ``[[...]]`` for reading. ``--json`` writes the per-sentence flags so that
``--compare`` on a later run prints the sentences whose flags appeared or went away.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copylint import Linter  # noqa: E402
from grammar_fa_text import run, sentences  # noqa: E402

EWT = Path("/work/shared/data/ud-english-ewt")


def report(name: str, sents: list[str], found: list[list[tuple[str, int, int, str]]], show: list[str]) -> None:
    n = len(sents)
    flagged = sum(bool(f) for f in found)
    per_rule: Counter[str] = Counter(rule for diags in found for rule, *_ in diags)
    print(f"\n== {name}: {n} sentences, {flagged} flagged ({1000 * flagged / max(n, 1):.2f} per 1,000)")
    print(f"| {'rule':<44} | flags | per 1,000 sentences |")
    print(f"|{'-' * 46}|------:|--------------------:|")
    for rule, c in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {rule:<44} | {c:>5} | {1000 * c / max(n, 1):>19.2f} |")
    print(f"| {'total':<44} | {sum(per_rule.values()):>5} | {1000 * sum(per_rule.values()) / max(n, 1):>19.2f} |")
    for rule in sorted(per_rule):
        if "all" not in show and rule not in show and rule.removeprefix("grammar.") not in show:
            continue
        print(f"\n-- {rule} ({per_rule[rule]})")
        for i, diags in enumerate(found):
            for r, a, b, msg in diags:
                if r == rule:
                    s = sents[i]
                    print(f"  [{i}] {s[:a]}[[{s[a:b]}]]{s[b:]}\n        {msg}")


def compare(old: dict[str, list[list[str]]], new: dict[str, list[list[str]]], sents: list[str]) -> None:
    for name in new:
        if name not in old:
            continue
        gone, came = Counter(), Counter()
        for i, (a, b) in enumerate(zip(old[name], new[name], strict=True)):
            for rule in sorted(set(a) - set(b)):
                gone[rule] += 1
                print(f"  {name} - {rule}: [{i}] {sents[i]}")
            for rule in sorted(set(b) - set(a)):
                came[rule] += 1
                print(f"  {name} + {rule}: [{i}] {sents[i]}")
        print(f"{name}: {sum(gone.values())} flags gone, {sum(came.values())} new")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("train", "dev", "test"), default="train")
    ap.add_argument("--data", type=Path, default=EWT, help="the treebank folder")
    ap.add_argument("--set", choices=("all", "default", "both"), default="both")
    ap.add_argument(
        "--show",
        action="append",
        default=[],
        metavar="RULE",
        help="print this rule's flagged sentences (repeatable; 'all' for every rule)",
    )
    ap.add_argument("--json", type=Path, help="write the per-sentence rule ids here")
    ap.add_argument("--compare", type=Path, help="a --json file of an earlier run: print the flags that changed")
    ap.add_argument("--language", default="en-US")
    args = ap.parse_args(argv)
    sents = sentences(args.data / f"en_ewt-ud-{args.split}.conllu")
    configs = {
        "all": {"select": ["grammar"], "language": args.language},
        "default": {"language": args.language},
    }
    names = ("all", "default") if args.set == "both" else (args.set,)
    record: dict[str, list[list[str]]] = {}
    for name in names:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_utime
        found = run(Linter(configs[name], plugins=False), sents)
        cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime - before
        report(f"grammar ({name}), EWT {args.split}", sents, found, args.show)
        record[name] = [sorted({r for r, *_ in diags}) for diags in found]
        print(f"(cpu {cpu:.1f} s)", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(record), encoding="utf-8")
    if args.compare:
        print("\n== changes against", args.compare)
        compare(json.loads(args.compare.read_text(encoding="utf-8")), record, sents)
    return 0


if __name__ == "__main__":
    sys.exit(main())
