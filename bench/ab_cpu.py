"""CPU of one ``copylint`` command run from two (or more) source trees, alternating, in one go.

    python bench/ab_cpu.py --tree before=/tmp/before/src --tree after=src --runs 15 -- \
        check --no-cache -j1 --format json ../shared/corpus/news/bbc_business_014.txt

Each tree runs as ``python -m copylint ARGS`` with ``PYTHONPATH`` set to it (export a commit
with ``git archive COMMIT src rules | tar -x -C DIR``; its packs folder is found next to
``src``), in this interpreter. Every measurement is a fresh process; CPU is the child's user +
system time (getrusage), which a busy shared machine disturbs far less than wall time. After one
warm-up run each (the user cache is then warm for every tree), the trees run in alternating
order (A B, B A, ...), so that all see the same load; medians and minimums are printed, with
each tree's median less the first tree's. ``PYTHONDONTWRITEBYTECODE`` is removed from the
children's environment: a user's install has its byte code compiled.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys


def cpu(argv: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr.decode()[-800:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", action="append", required=True, help="NAME=PATH of a source folder (repeatable)")
    parser.add_argument("--runs", type=int, default=11, help="measurements per tree (default 11)")
    parser.add_argument("args", nargs="+", help="the copylint command line (after --)")
    args = parser.parse_args()
    trees = [tuple(t.split("=", 1)) for t in args.tree]
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    runs: dict[str, list[float]] = {name: [] for name, _ in trees}

    def measure(name: str, path: str) -> float:
        return cpu([sys.executable, "-m", "copylint", *args.args], {**base, "PYTHONPATH": os.path.abspath(path)})

    for name, path in trees:
        measure(name, path)  # warm-up: byte code and the user cache written for this tree
    for i in range(args.runs):
        for name, path in trees if i % 2 == 0 else trees[::-1]:
            runs[name].append(measure(name, path))
    first = statistics.median(runs[trees[0][0]])
    for name, _ in trees:
        median = statistics.median(runs[name])
        print(
            f"{name:12} median {median:.3f} s   min {min(runs[name]):.3f} s   "
            f"vs {trees[0][0]} {median - first:+.3f} s   ({len(runs[name])} runs, CPU user+sys)"
        )


if __name__ == "__main__":
    main()
