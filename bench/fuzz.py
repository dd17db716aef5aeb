"""A longer fuzzing run of the properties in tests/test_robust_fuzz.py (hypothesis), bounded.

    nice python bench/fuzz.py [--examples 2000] [--seed 13]

Prints, per property, how many examples ran and the first failure (hypothesis shrinks it).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import test_robust_fuzz as props  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    runs = [
        ("positions, messages, fixes (1-4)", props.check_sound, props.formats, args.examples),
        ("safe fixes keep markup (5)", props.check_markup, props.markup_formats, max(1, args.examples // 4)),
    ]
    failed = False
    for name, check, fmts, n in runs:
        count = 0

        @seed(args.seed)
        @settings(max_examples=n, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(props.texts, fmts)
        def prop(text: str, path: str) -> None:
            nonlocal count
            count += 1
            check(text, path)  # noqa: B023 - prop() runs within this iteration

        start = time.process_time()
        try:
            prop()
            verdict = "ok"
        except Exception as exc:  # noqa: BLE001 - report and go on
            failed = True
            verdict = f"FAILED: {type(exc).__name__}: {str(exc)[:300]}"
        print(f"{name:<36} {count:>6} examples  {time.process_time() - start:7.1f} s CPU  {verdict}", flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
