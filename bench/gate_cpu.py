"""CPU of the rule gates over a folder: each gate tested on its own, or a family's gates together.

    python bench/gate_cpu.py ../shared/corpus/news

For every document, the gates of the selected indexed rules are tested once first (building
the analyses they share: the document's words, its lower-cased runs), then timed, alternately,
as :func:`copylint.ruleindex.allows` one rule at a time ("each") and as the family's
:class:`copylint.gates.GateTable` answers them ("together", what a run does). Prints the CPU
seconds of each (process time) and checks that both let the same rules through.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from copylint import Linter, read_document
from copylint.ruleindex import IndexedRule, allows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    paths = sorted(p for p in Path(args.folder).rglob("*") if p.suffix in (".txt", ".md"))
    texts = [(p.read_text(encoding="utf-8"), str(p)) for p in paths]
    linter = Linter()
    results: dict[str, list[float]] = {"each": [], "together": []}
    verdicts: dict[str, list[list[bool]]] = {}
    for _ in range(args.runs):
        for mode in ("each", "together"):
            spent = 0.0
            seen = []
            for text, path in texts:
                doc = read_document(text, path)
                selected, ctx = linter.selection(doc.path)
                gated = [i.rule for i in selected if isinstance(i.rule, IndexedRule) and i.rule.gate is not None]
                for r in gated:
                    allows(r.gate, doc, ctx)  # type: ignore[arg-type]
                start = time.process_time()
                if mode == "each":
                    got = [allows(r.gate, doc, ctx) for r in gated]  # type: ignore[arg-type]
                else:
                    got = [r.gates.passes(r.slot, doc, ctx) for r in gated if r.gates is not None]
                spent += time.process_time() - start
                seen.append(got)
            results[mode].append(spent)
            verdicts[mode] = seen
    n = sum(len(v) for v in verdicts["each"])
    print(f"{len(texts)} files, {n} gate tests; CPU seconds per run (alternating):")
    for mode, spent in results.items():
        print(f"  {mode:<9} " + "  ".join(f"{s:.3f}" for s in spent))
    print("same verdicts:", verdicts["each"] == verdicts["together"])


if __name__ == "__main__":
    main()
