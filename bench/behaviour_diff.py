"""Prove a refactoring changed no rule's output: re-run copylint on the corpus and diff the JSON.

Runs the three reference runs (``--select all``, ``--select all`` with a British config, and the
default selection over the corpus and ``fixtures/``) from the checkout, normalises the paths
and compares each with a baseline made before the change::

    python bench/behaviour_diff.py --corpus /work/shared/corpus/news --baseline /work/baseline

The baseline folder holds us-all.json, gb-all.json, gb.yaml and default.json (made the same way;
``--write`` makes them). Exit code 0 when every run is identical, 1 otherwise; the differences
are printed per rule, then the first few diagnostics that differ.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_CORPUS_PATH = re.compile(r"^.*?corpus/news/")


def runs(corpus: str, baseline: Path) -> dict[str, list[str]]:
    """Baseline file name -> copylint arguments."""
    return {
        "us-all.json": ["check", corpus, "--format", "json", "--select", "all"],
        "gb-all.json": ["check", corpus, "--format", "json", "--select", "all", "--config", str(baseline / "gb.yaml")],
        "default.json": ["check", corpus, "fixtures", "--format", "json"],
    }


def normalise(report: dict[str, Any]) -> dict[str, Any]:
    """Paths reduced to ``corpus/news/<file>`` (fixtures stay relative to the checkout)."""
    for d in report.get("diagnostics", ()):
        d["path"] = _CORPUS_PATH.sub("corpus/news/", d["path"])
    summary = report.get("summary", {})
    summary["problems"] = sorted(_CORPUS_PATH.sub("corpus/news/", p) for p in summary.get("problems", ()))
    return report


def run(args: list[str], copylint: str) -> dict[str, Any]:
    env = {**os.environ, "COPYLINT_NO_CACHE": "1"}  # measure the rules, not the result cache
    out = subprocess.run([copylint, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit(f"copylint {' '.join(args)} exited {out.returncode}: {out.stderr.strip()}")
    return normalise(json.loads(out.stdout))


def _key(d: dict[str, Any]) -> str:
    return json.dumps(d, sort_keys=True, ensure_ascii=False)


def compare(name: str, before: dict[str, Any], after: dict[str, Any], show: int) -> bool:
    """Print the differences; True when identical."""
    if before == after:
        print(f"{name}: identical ({len(after['diagnostics'])} diagnostics)")
        return True
    old = Counter(_key(d) for d in before["diagnostics"])
    new = Counter(_key(d) for d in after["diagnostics"])
    removed, added = old - new, new - old
    print(f"{name}: DIFFERENT: {sum(removed.values())} removed, {sum(added.values())} added")
    per_rule: Counter[str] = Counter()
    for key, n in removed.items():
        per_rule["-" + json.loads(key)["rule"]] += n
    for key, n in added.items():
        per_rule["+" + json.loads(key)["rule"]] += n
    for rule, n in sorted(per_rule.items()):
        print(f"  {rule}: {n}")
    for label, diff in (("-", removed), ("+", added)):
        for key in list(diff)[:show]:
            print(f"  {label} {key}")
    if not removed and not added:
        print("  same diagnostics, different order or summary")
        print(f"  summary before: {before['summary']}\n  summary after:  {after['summary']}")
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True, help="folder of news articles (e.g. /work/shared/corpus/news)")
    parser.add_argument("--baseline", required=True, type=Path, help="folder of baseline JSON files")
    parser.add_argument(
        "--copylint", default=str(Path(sys.executable).with_name("copylint")), help="the copylint executable"
    )
    parser.add_argument("--write", action="store_true", help="write the baseline instead of comparing")
    parser.add_argument("--show", type=int, default=5, help="differing diagnostics to print per direction")
    args = parser.parse_args()
    if args.write:
        args.baseline.mkdir(parents=True, exist_ok=True)
        (args.baseline / "gb.yaml").write_text("language: en-GB\nstyle: {preset: bbc}\n", encoding="utf-8")
    same = True
    for name, cli_args in runs(args.corpus, args.baseline).items():
        after = run(cli_args, args.copylint)
        if args.write:
            (args.baseline / name).write_text(json.dumps(after, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"wrote {args.baseline / name}")
            continue
        before = normalise(json.loads((args.baseline / name).read_text(encoding="utf-8")))
        same = compare(name, before, after, args.show) and same
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
