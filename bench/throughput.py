"""Whole-process throughput of `copylint check` over a folder: words/s, wall time, peak memory.

    python bench/throughput.py ../shared/corpus/news [--runs 3] [extra copylint args, e.g. -j1]

Runs the installed `copylint` in a fresh process each time (start-up included), reads the word
count from the JSON summary, and takes peak RSS of the child from the OS (ru_maxrss).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--runs", type=int, default=3)
    args, extra = parser.parse_known_args()
    args.extra = [a for a in extra if a != "--"]
    exe = shutil.which("copylint") or sys.exit("copylint is not installed")
    times, words, peak = [], 0, 0
    for _ in range(args.runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        proc = subprocess.run(
            [exe, "check", "--format", "json", *args.extra, args.folder], capture_output=True, text=True
        )
        times.append(time.perf_counter() - start)
        if proc.returncode not in (0, 1):
            sys.exit(f"copylint failed ({proc.returncode}): {proc.stderr.strip()[:500]}")
        summary = json.loads(proc.stdout)["summary"]
        words = summary["words"]
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)
    wall = statistics.median(times)
    print(f"files: {summary['files']}  words: {words}  diagnostics: {summary['diagnostics']}")
    print(f"median wall time over {args.runs} runs: {wall:.2f} s  ({words / wall:,.0f} words/s, whole process)")
    print(f"peak RSS: {peak / 1024:.0f} MB")
    for family, count in summary["by_family"].items():
        print(f"  {family:<12} {count:6d}  {1000 * count / max(words, 1):6.2f} per 1,000 words")


if __name__ == "__main__":
    main()
