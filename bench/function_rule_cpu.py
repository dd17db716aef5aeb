"""CPU per Python (FunctionRule) rule over a folder, with the cyclic garbage collector off.

    python bench/function_rule_cpu.py ../shared/corpus/news [--top 20]

rule_timing.py's flow (every document read, segmented and tagged first, then every default rule
run on each), but with ``gc`` disabled while the rules run: with 300 documents in memory a full
collection costs tenths of a second and is charged to whichever rule happens to allocate at that
moment, which moves a rule's measured cost by more than the work it does.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections import defaultdict
from pathlib import Path

from copylint import Linter, read_document
from copylint.nlp.analysis import tagged
from copylint.rule import FunctionRule
from copylint.ruleindex import IndexedRule


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in sorted(Path(args.folder).glob("*.txt"))]
    linter = Linter()
    docs = [read_document(text, path) for path, text in texts]
    for doc in docs:
        _ = doc.sentences, doc.tokens, doc.quotes, doc.masks
        tagged(doc)
    gc.collect()
    gc.disable()
    spent: dict[str, float] = defaultdict(float)
    python: set[str] = set()
    for doc in docs:
        selected, ctx = linter.selection(doc.path)
        for item in selected:
            built = item.rule.rule() if isinstance(item.rule, IndexedRule) else item.rule
            if isinstance(built, FunctionRule):
                python.add(item.rule.meta.id)
            start = time.process_time()
            list(item.rule.check(doc, ctx))
            spent[item.rule.meta.id] += time.process_time() - start
    gc.enable()
    families: dict[str, float] = defaultdict(float)
    for rule_id in python:
        families[rule_id.split(".")[0]] += spent[rule_id]
    total = sum(families.values())
    print(f"FunctionRule {len(python)} rules {total:.2f} s (gc off)")
    for family, sec in sorted(families.items(), key=lambda kv: -kv[1]):
        print(f"  {family:<14} {sec:6.2f} s")
    print(f"slowest {args.top}:")
    for rule_id in sorted(python, key=lambda r: -spent[r])[: args.top]:
        print(f"  {rule_id:<40} {spent[rule_id]:.3f} s")


if __name__ == "__main__":
    main()
