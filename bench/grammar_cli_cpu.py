"""CPU of the grammar family as a CLI run spends it, tagging excluded.

    python bench/grammar_cli_cpu.py /work/shared/corpus/news [--passes 3] [--detail]

Documents are read, segmented and tagged one at a time (not timed), then the grammar rules are
timed: the shared pattern pass (its token index included) and the Python rules (the shared
sentence index included). Unlike ``grammar_matching_cpu.py`` and ``rule_timing.py``, which keep
every document alive under the interpreter's default collector threshold (a full collection
then lands on whichever rule allocates, 0.15-0.2 s at a time), this runs under
``collector.linting()`` and frees each document, as the CLI does. "first" is the first pass
(rules built, caches cold: what one CLI run pays); "warm" the fastest later pass. Compare two
checkouts by running it from each, alternately, with PYTHONPATH set to their ``src``.
"""

import argparse
import gc
from collections import defaultdict
from pathlib import Path

from copylint import Linter, collector, read_document
from copylint.nlp.analysis import tagged
from grammar_matching_cpu import SUFFIXES, time_document  # bench/ is this script's folder

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("folder")
parser.add_argument("--passes", type=int, default=3, help="timed passes after the first (default 3)")
parser.add_argument("--detail", action="store_true", help="also the Python rules one by one (fastest pass)")
args = parser.parse_args()
paths = sorted(p for p in Path(args.folder).rglob("*") if p.suffix in SUFFIXES)
texts = [(str(p), p.read_text(encoding="utf-8")) for p in paths]
linter = Linter()
gc.freeze()


def one_pass(detail: bool) -> dict[str, float]:
    spent: dict[str, float] = defaultdict(float)
    for path, text in texts:
        doc = read_document(text, path)
        doc.sentences, doc.tokens  # noqa: B018 - force the cached segmentation
        tagged(doc)
        time_document(linter, doc, spent, detail)
        doc.forget()
    return spent


with collector.linting():
    first = one_pass(False)
    runs = [one_pass(args.detail) for _ in range(args.passes)]
best = min(runs, key=lambda s: s["shared"] + s["python"])
print(
    f"first {first['shared'] + first['python']:.3f} (shared {first['shared']:.3f} python {first['python']:.3f}); "
    f"warm min {best['shared'] + best['python']:.3f} (shared {best['shared']:.3f} python {best['python']:.3f}); "
    "passes " + " ".join(f"{r['shared'] + r['python']:.2f}" for r in runs)
)
if args.detail:
    for k, v in sorted(best.items(), key=lambda kv: -kv[1])[:25]:
        print(f"  {v:.3f} {k}")
