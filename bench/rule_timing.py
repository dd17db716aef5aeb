"""Time spent per rule (and in reading) over a folder of copy, in one process.

    python bench/rule_timing.py ../shared/corpus/news [--top 25]

Reads every file once, then runs each selected rule over every Document and reports the CPU
seconds (process time, robust on a shared machine) and ms per 1,000 words it took;
segmentation and part-of-speech tagging (shared by every rule that needs tags, otherwise charged
to the first such rule) are timed separately; ``--kinds`` also sums the rules by YAML kind.

Rules the engine checks together in one pass (the pattern rules: ``shared_check``) are timed as
the engine runs them, one call per document for all of them, and reported as one line
(``<shared: N rules>``, in the family of its rules); ``--one-by-one`` times each on its own
instead (its ``check``, as a run with only that rule selected does).
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from copylint import Linter, read_document
from copylint.engine import _shared
from copylint.nlp.analysis import tagged
from copylint.ruleindex import IndexedRule

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--kinds", action="store_true", help="also the time per rule class (YAML kind)")
    parser.add_argument("--one-by-one", action="store_true", help="time rules checked together one by one")
    parser.add_argument(
        "--analysed",
        action="store_true",
        help="patterns analysed as in a CLI run over many files (the real corpus case)",
    )
    args = parser.parse_args()
    paths = sorted(p for p in Path(args.folder).rglob("*") if p.suffix in SUFFIXES)
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in paths]
    if args.analysed:
        from copylint import matching

        matching.analyse_new_patterns()
    t0 = time.process_time()
    linter = Linter()
    for r in linter.registry:  # families are loaded when their first rule runs: count it here
        if isinstance(r, IndexedRule):
            r.rule()
    t1 = time.process_time()
    docs = [read_document(text, path) for path, text in texts]
    t2 = time.process_time()
    words = 0
    for doc in docs:
        doc.sentences, doc.tokens, doc.quotes, doc.masks  # noqa: B018 - force the cached segmentation
        words += doc.word_count
    t3 = time.process_time()
    for doc in docs:
        tagged(doc)
    t4 = time.process_time()
    spent: dict[str, float] = defaultdict(float)
    together: dict[str, str] = {}  # rule id -> the line of its shared pass
    shared_kinds: dict[str, str] = {}  # that line -> the kind of its rules
    for doc in docs:
        selected, ctx = linter.selection(doc.path)
        alone = set(range(len(selected)))
        for how, members in () if args.one_by_one else _shared(selected):
            rules = [selected[i].rule for i in members]
            family = rules[0].meta.family
            line = f"{family}.<shared: {len(rules)} rules>"
            together.update((r.meta.id, line) for r in rules)
            first = rules[0].rule() if isinstance(rules[0], IndexedRule) else rules[0]
            shared_kinds[line] = type(first).__name__
            alone -= set(members)
            s = time.process_time()
            how(rules, doc, ctx)
            spent[line] += time.process_time() - s
        for i in sorted(alone):
            item = selected[i]
            s = time.process_time()
            list(item.rule.check(doc, ctx))
            spent[item.rule.meta.id] += time.process_time() - s
    total = sum(spent.values())
    print(f"{len(docs)} files, {words} words")
    print(
        f"rule loading {t1 - t0:.2f} s; reading {t2 - t1:.2f} s; segmentation {t3 - t2:.2f} s; "
        f"tagging {t4 - t3:.2f} s; rules {total:.2f} s"
    )
    families: dict[str, float] = defaultdict(float)
    for rid, sec in spent.items():
        families[rid.split(".")[0]] += sec
    for fam, sec in sorted(families.items(), key=lambda kv: -kv[1]):
        print(f"  {fam:<14} {sec:7.2f} s  {1e3 * sec / words * 1000:8.1f} ms per 1,000 words")
    if args.kinds:
        kinds: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
        for doc in docs[:1]:
            for item in linter.selection(doc.path)[0]:
                rule = item.rule.rule() if isinstance(item.rule, IndexedRule) else item.rule
                kind = kinds[type(rule).__name__]
                kind[0] += 1
                kind[1] += spent[item.rule.meta.id]
        for line, kind_name in shared_kinds.items():  # a shared pass's time goes to its rules' kind
            kinds[kind_name][1] += spent[line]
        for name, (n, sec) in sorted(kinds.items(), key=lambda kv: -kv[1][1]):
            print(f"  {name:<20} {int(n):4d} rules {sec:7.2f} s")
    print(f"slowest {args.top} rules:")
    for rid, sec in sorted(spent.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {rid:<40} {sec:7.3f} s")


if __name__ == "__main__":
    main()
