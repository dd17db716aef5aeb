"""CPU seconds of the grammar family's matching over a folder, tagging excluded.

    python bench/grammar_matching_cpu.py ../shared/corpus/news [--passes 3]

Reads, segments and tags every file first (untimed: the tagger is measured by
``bench/tagger_cpu.py``), runs the default grammar rules once over them to build the rules
(untimed), then times passes over freshly read documents: the pattern rules' shared pass
(its token index included) and the Python rules (the shared sentence index included), CPU
time (process time), the minimum over the passes and every pass. Compare two checkouts by
running it from each, alternately.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections import defaultdict
from pathlib import Path

from copylint import Document, Linter, read_document
from copylint.engine import _shared
from copylint.nlp.analysis import tagged

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


def load(paths: list[Path]) -> list[Document]:
    docs = [read_document(p.read_text(encoding="utf-8"), str(p)) for p in paths]
    for doc in docs:
        doc.sentences, doc.tokens  # noqa: B018 - force the cached segmentation
        tagged(doc)
    return docs


def grammar_pass(linter: Linter, docs: list[Document]) -> dict[str, float]:
    """CPU seconds of the shared pattern pass and of the other grammar rules over ``docs``."""
    spent: dict[str, float] = defaultdict(float)
    for doc in docs:
        time_document(linter, doc, spent)
    return spent


def time_document(linter: Linter, doc: Document, spent: dict[str, float], detail: bool = False) -> None:
    """Add to ``spent`` the CPU seconds of ``doc``'s shared pattern pass (``"shared"``) and of its
    other grammar rules (``"python"``; with ``detail``, each of those by rule id too)."""
    selected, ctx = linter.selection(doc.path)
    alone = set(range(len(selected)))
    for how, members in _shared(selected):
        alone -= set(members)
        rules = [selected[i].rule for i in members]
        if rules[0].meta.family == "grammar":
            start = time.process_time()
            how(rules, doc, ctx)
            spent["shared"] += time.process_time() - start
    for i in sorted(alone):
        rule = selected[i].rule
        if rule.meta.family == "grammar":
            start = time.process_time()
            list(rule.check(doc, ctx))
            took = time.process_time() - start
            spent["python"] += took
            if detail:
                spent[rule.meta.id] += took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    paths = sorted(p for p in Path(args.folder).rglob("*") if p.suffix in SUFFIXES)
    linter = Linter()
    grammar_pass(linter, load(paths))  # builds the rules the folder needs
    runs = []
    for _ in range(args.passes):
        gc.collect()
        docs = load(paths)
        gc.collect()
        gc.freeze()  # the documents read are not collected over and over while timed
        spent = grammar_pass(linter, docs)
        gc.unfreeze()
        runs.append((spent["shared"] + spent["python"], spent["shared"], spent["python"]))
        del docs
    total, shared, python = min(runs)
    print(
        f"{len(paths)} files; grammar family {total:.2f} s (pattern pass {shared:.2f} s, Python rules {python:.2f} s)"
    )
    print("passes: " + ", ".join(f"{r[0]:.2f}" for r in runs))


if __name__ == "__main__":
    main()
