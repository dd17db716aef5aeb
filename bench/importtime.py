"""Where start-up time goes, by module: ``python -X importtime`` over several runs, medians.

    python bench/importtime.py [--runs 5] [--top 25] -- -c "import copylint.cli"
    python bench/importtime.py -- -m copylint check --no-cache -j1 FILE

Each run is a fresh interpreter (this one's, with bytecode writing allowed so that the numbers
are those of an installed package, not of compiling sources). Prints the sum of the modules'
median self times and the top modules by median cumulative time (microseconds as milliseconds).
``-X importtime`` has an overhead of its own: compare runs of this script, not these numbers
with CPU times measured without it.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from collections import defaultdict

_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--top", type=int, default=25)
    args, command = parser.parse_known_args()
    command = [a for a in command if a != "--"] or ["-c", "import copylint.cli"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    own: dict[str, list[int]] = defaultdict(list)
    total: dict[str, list[int]] = defaultdict(list)
    depth: dict[str, int] = {}
    for _ in range(args.runs):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", *command], capture_output=True, text=True, env=env, check=False
        ).stderr
        for line in err.splitlines():
            m = _LINE.match(line)
            if m:
                own[m[4]].append(int(m[1]))
                total[m[4]].append(int(m[2]))
                depth[m[4]] = len(m[3]) // 2
    if not own:
        sys.exit("no -X importtime output")
    summed = sum(statistics.median(v) for v in own.values())
    print(f"{len(own)} modules imported; sum of their median self times {summed / 1000:.1f} ms ({args.runs} runs)")
    print(f"{'cumulative ms':>13} {'self ms':>8}  module")
    for name, values in sorted(total.items(), key=lambda kv: -statistics.median(kv[1]))[: args.top]:
        indent = "  " * min(depth[name], 6)
        print(f"{statistics.median(values) / 1000:13.1f} {statistics.median(own[name]) / 1000:8.1f}  {indent}{name}")


if __name__ == "__main__":
    main()
