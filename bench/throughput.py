"""Whole-process throughput of `copylint check` over a folder or file: CPU, wall, peak memory.

    python bench/throughput.py ../shared/corpus/news [--runs 3] [extra copylint args, e.g. -j1 --no-cache]

Runs the `copylint` next to this Python (else the one on PATH) in a fresh process each time
(start-up included), reads the word count from the JSON summary, and takes the CPU time of the
child and its workers (user + system, getrusage) and the peak RSS of the largest of them
(ru_maxrss). Medians over the runs; wall time is shown but CPU time is the measure on a shared
machine.
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
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--runs", type=int, default=3)
    args, extra = parser.parse_known_args()
    args.extra = [a for a in extra if a != "--"]
    beside = Path(sys.executable).with_name("copylint")
    exe = str(beside) if beside.exists() else shutil.which("copylint") or sys.exit("copylint is not installed")
    times, cpus, words, peak = [], [], 0, 0
    for _ in range(args.runs):
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        before = usage.ru_maxrss
        cpu = usage.ru_utime + usage.ru_stime
        start = time.perf_counter()
        proc = subprocess.run(
            [exe, "check", "--format", "json", *args.extra, args.folder], capture_output=True, text=True
        )
        times.append(time.perf_counter() - start)
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(usage.ru_utime + usage.ru_stime - cpu)
        if proc.returncode not in (0, 1):
            sys.exit(f"copylint failed ({proc.returncode}): {proc.stderr.strip()[:500]}")
        summary = json.loads(proc.stdout)["summary"]
        words = summary["words"]
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)
    wall = statistics.median(times)
    cpu_s = statistics.median(cpus)
    print(f"copylint check {' '.join(args.extra)} {args.folder}")
    print(f"files: {summary['files']}  words: {words}  diagnostics: {summary['diagnostics']}")
    print(
        f"median CPU over {args.runs} runs: {cpu_s:.2f} s  ({words / cpu_s:,.0f} words per CPU second, whole process)"
    )
    print(f"median wall time over {args.runs} runs: {wall:.2f} s  ({words / wall:,.0f} words/s, whole process)")
    print(f"peak RSS: {peak / 1024:.0f} MB")
    for family, count in summary["by_family"].items():
        print(f"  {family:<12} {count:6d}  {1000 * count / max(words, 1):6.2f} per 1,000 words")


if __name__ == "__main__":
    main()
