"""What a first run in an empty user cache pays for: one ``copylint check`` of an article, in
process, with a fresh cache folder; prints the CPU time of each user-cache entry (loading,
building or taking it ready-made, and writing it; an entry built while building another is
counted in both) and of the pattern analyses computed.

    python bench/cold_start_parts.py ARTICLE [--no-shipped]

``--no-shipped`` sets ``COPYLINT_NO_SHIPPED=1``: nothing ready-made from the package is used
(the rule index is built, every analysis computed), as before the shipped data existed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict
from typing import Any


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article")
    parser.add_argument("--no-shipped", action="store_true", help="use nothing ready-made from the package")
    args = parser.parse_args()
    start = time.process_time()
    os.environ["COPYLINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="copylint-cold-")
    os.environ.pop("COPYLINT_NO_INDEX", None)
    if args.no_shipped:
        os.environ["COPYLINT_NO_SHIPPED"] = "1"
    from copylint import diskcache, matching

    spent: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    real_load = diskcache.load_or_build

    depth = [0]
    outermost = [0.0]

    def timed_load(name: str, key: str | bytes, build: Any) -> Any:
        t = time.process_time()
        depth[0] += 1
        try:
            return real_load(name, key, build)
        finally:
            depth[0] -= 1
            took = time.process_time() - t
            spent[name] += took
            counts[name] += 1
            if depth[0] == 0:
                outermost[0] += took

    real_analysis = matching._analysis
    analysed = [0.0, 0]

    def timed_analysis(pattern: str, flags: int) -> Any:
        key = (pattern, int(flags))
        fresh = key not in matching._added and key not in matching._load_store()
        t = time.process_time()
        try:
            return real_analysis(pattern, flags)
        finally:
            if fresh:
                analysed[0] += time.process_time() - t
                analysed[1] += 1

    diskcache.load_or_build = timed_load
    matching._analysis = timed_analysis
    from copylint.cli import main as cli

    stdout = sys.stdout
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the report is not the point
    try:
        cli(["check", "--no-cache", "-j1", "--format", "json", args.article], standalone_mode=False)
    except SystemExit:
        pass
    finally:
        sys.stdout.close()
        sys.stdout = stdout
    total = time.process_time() - start
    for name in sorted(spent, key=spent.__getitem__, reverse=True):
        print(f"user-cache entry {name:<18} x{counts[name]:<3} {spent[name]:6.3f} s")  # nested ones included
    print(f"{'pattern analyses':<36}{'x' + str(analysed[1]):<4} {analysed[0]:6.3f} s (not already known)")
    print(f"{'cold-only parts':<40} {outermost[0] + analysed[0]:6.3f} s")
    print(f"{'whole run (CPU, in process)':<40} {total:6.3f} s")


if __name__ == "__main__":
    main()
