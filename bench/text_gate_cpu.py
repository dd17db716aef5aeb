"""CPU of the rule index's text gates (existence/substitution rules) over a folder, per rule.

    python bench/text_gate_cpu.py ../shared/corpus/news

A text gate (copylint.ruleindex.allows) decides whether a pack rule can match a document before
the rule is built; over many files the rule is built after the first and the gate then runs as
well as the rule's own check. Prints the seconds each gate took over the folder (the first gate
on a document also builds the document's lower-cased word runs) and on how many files it let
the rule run.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from copylint import Linter, read_document
from copylint.ruleindex import IndexedRule, allows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    args = parser.parse_args()
    paths = sorted(p for p in Path(args.folder).rglob("*") if p.suffix in (".txt", ".md"))
    docs = [read_document(p.read_text(encoding="utf-8"), str(p)) for p in paths]
    linter = Linter()
    spent: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    for doc in docs:
        selected, ctx = linter.selection(doc.path)
        for item in selected:
            r = item.rule
            if not isinstance(r, IndexedRule) or r.gate is None or r.gate[0] != "text":
                continue
            start = time.process_time()
            ok = allows(r.gate, doc, ctx)
            spent[r.meta.id] += time.process_time() - start
            passed[r.meta.id] += ok
    print(f"{len(docs)} files; text gates {sum(spent.values()):.3f} s CPU")
    for rule_id, cpu in spent.most_common():
        print(f"  {cpu:.3f} s  runs on {passed[rule_id]:3d}/{len(docs)}  {rule_id}")


if __name__ == "__main__":
    main()
