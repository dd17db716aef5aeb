"""Set aside part of a corpus before tuning: prints the held-out file names (one per line).

    python bench/split_corpus.py ../shared/corpus/news --seed 20261206 --share 0.34 > bench/data/heldout-news.txt

Tune only on the files *not* listed; judge precision on the listed ones at the end.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--share", type=float, default=0.34)
    args = ap.parse_args()
    names = sorted(p.name for p in args.corpus.glob("*.txt"))
    rng = random.Random(args.seed)
    held = sorted(rng.sample(names, round(len(names) * args.share)))
    print("\n".join(held))


if __name__ == "__main__":
    main()
