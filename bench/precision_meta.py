"""Turn judged files (bench/judged/*.jsonl) into the rules' precision metadata.

    python bench/precision_meta.py [--judged bench/judged] [--out src/copylint/data/precision.json] [--check]

Each line of a judged file is one diagnostic an editor judged: at least `rule`, `verdict`
(right | debatable | wrong), `seed`, `date`, `corpus`, `commit`, and `blind` (true when the judge
did not write the rules; written by `bench/judge_sample.py merge`). Only blind verdicts count.
A diagnostic judged more than once (same file name, line, column and rule: a later judge
sampled it again) counts once, with its newest verdict (by `date`, then `time` when given). Per
rule, the newest measurement is kept: the verdicts of every judged file from the rule's most
recent date are summed. The result is written as JSON that copylint reads at start-up
(`copylint rules`, `copylint explain`, docs/rules.md). `--check` exits 1 if the committed file
differs from what the judged files give (a test runs it), and lists any rule that is on by
default while measured below 90% right on 10 or more judged diagnostics.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_JUDGED = ROOT / "bench" / "judged"
DEFAULT_OUT = ROOT / "src" / "copylint" / "data" / "precision.json"


def load(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            for field in ("rule", "verdict", "seed", "date", "corpus"):
                if field not in row:
                    raise SystemExit(f"{path}:{n}: missing {field!r}")
            if row["verdict"] not in ("right", "debatable", "wrong"):
                raise SystemExit(f"{path}:{n}: verdict {row['verdict']!r}")
            rows.append(row)
    return rows


def _newest_verdicts(rows: list[dict]) -> list[dict]:
    """One row per judged diagnostic: its newest blind verdict."""
    newest: dict[tuple, dict] = {}
    for row in rows:
        if row.get("blind") is not True:
            continue
        where = Path(str(row.get("path") or row.get("file") or "")).name
        key = (where, row.get("line"), row.get("column"), row["rule"]) if where else (id(row),)
        when = (row["date"], row.get("time", ""))
        kept = newest.get(key)
        if kept is None or when >= (kept["date"], kept.get("time", "")):
            newest[key] = row
    return list(newest.values())


def summarise(rows: list[dict]) -> dict:
    by_rule: dict[str, list[dict]] = defaultdict(list)
    for row in _newest_verdicts(rows):
        by_rule[row["rule"]].append(row)
    out = {}
    for rule, judged in sorted(by_rule.items()):
        newest = max(r["date"] for r in judged)
        batch = [r for r in judged if r["date"] == newest]
        counts = {v: sum(1 for r in batch if r["verdict"] == v) for v in ("right", "debatable", "wrong")}
        out[rule] = {
            **counts,
            "date": newest,
            "corpus": ", ".join(sorted({r["corpus"] for r in batch})),
            "seeds": sorted({int(r["seed"]) for r in batch}),
            "commits": sorted({str(r.get("commit", "")) for r in batch} - {""}),
        }
    return {"generated-by": "bench/precision_meta.py", "rules": out}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--judged", type=Path, default=DEFAULT_JUDGED)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="fail if --out is not what the judged files give")
    args = parser.parse_args(argv)
    text = json.dumps(summarise(load(args.judged)), indent=1, sort_keys=True) + "\n"
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale: run python bench/precision_meta.py", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    data = json.loads(text)["rules"]
    print(f"{len(data)} rules measured -> {args.out}")
    from copylint.defaults import OFF_BY_DEFAULT, below_bar

    for rule, e in data.items():
        judged = e["right"] + e["debatable"] + e["wrong"]
        rate = e["right"] / judged
        # A rule measured below the bar is off by default already (defaults.apply): flag only one
        # that stays on while its verdicts fall short of 90% without being evidence against it.
        on = rule not in OFF_BY_DEFAULT and not below_bar(e["right"], judged)
        flag = "  <- on by default, below 90%" if on and judged >= 10 and rate < 0.9 else ""
        print(
            f"  {rule:<40} {e['right']:3d} right {e['debatable']:3d} debatable {e['wrong']:3d} wrong  {rate:5.0%}{flag}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
