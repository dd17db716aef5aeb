"""Draw a blind sample of copylint's diagnostics for a judge (see ../shared/JUDGING.md).

    python bench/judge_sample.py print CORPUS_DIR --seed N --out sample.txt --key sample.key.jsonl
        [--language en-GB] [--preset bbc] [--extend-select GROUP ...] [--family F ...] [--per-family 40]
    python bench/judge_sample.py merge sample.key.jsonl verdicts.jsonl -o bench/judged/NAME.jsonl

`print` runs copylint with the configuration a newsroom would use (British copy: en-GB and the
`bbc` preset, the default here; American copy: `--language en-US --preset ap`), draws per family
`--per-family` diagnostics (or all of them) with the given seed, and writes:

- the printout for the judge: each item numbered, with the article's title, the sentence before,
  the whole paragraph with the flagged words marked, the rule id, the message and the suggestions.
  It says nothing about what is expected.
- a key (JSONL, one line per item: item, path, line, column, rule, message, seed, date, corpus,
  commit), kept away from the judge.

The judge answers one JSON line per item: {"item": 3, "verdict": "right|debatable|wrong", "why": "..."}.
`merge` joins the key and the verdicts into a judged file (seed, date, corpus, commit, rule,
verdict, why, ...) under bench/judged/; `bench/precision_meta.py` turns judged files into the
rules' precision metadata.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import datetime
import json
import random
import subprocess
import textwrap
from pathlib import Path

from copylint.api import Linter
from copylint.readers import read_document

ROOT = Path(__file__).resolve().parents[1]
MARK_OPEN, MARK_CLOSE = "⟦", "⟧"


def _commit() -> str:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def _config(language: str, preset: str, extend: list[str]) -> dict:
    config: dict = {"language": language, "style": {"preset": preset}}
    if extend:
        config["extend-select"] = extend
    return config


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, offset)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", offset)
    return start, len(text) if end < 0 else end


def _context(path: Path, text: str, diag) -> dict[str, str]:  # type: ignore[no-untyped-def]
    starts = _line_starts(text)
    start = starts[diag.line - 1] + diag.column - 1
    end = starts[diag.end_line - 1] + diag.end_column - 1 if diag.end_line - 1 < len(starts) else len(text)
    p_start, p_end = _paragraph(text, start)
    p_end = max(p_end, min(end, len(text)))
    paragraph = text[p_start:start] + MARK_OPEN + text[start:end] + MARK_CLOSE + text[end:p_end]
    doc = read_document(text, str(path))
    sentence_ranges = [doc.source_range(s.span) for s in doc.sentences]
    begins = [r[0] for r in sentence_ranges]
    i = bisect.bisect_right(begins, start) - 1
    before = ""
    if i >= 1:
        b0, b1 = sentence_ranges[i - 1]
        before = text[b0:b1]
    title = text.strip().split("\n", 1)[0]
    return {"title": title, "before": before, "paragraph": paragraph.strip()}


def cmd_print(args: argparse.Namespace) -> None:
    config = _config(args.language, args.preset, args.extend_select)
    linter = Linter(config)
    group_of = {r.meta.id: r.meta.group for r in linter.registry}
    folder = Path(args.corpus)
    targets = (
        sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md", ".html")) if folder.is_dir() else [folder]
    )
    by_family: dict[str, list] = collections.defaultdict(list)
    texts: dict[str, str] = {}
    words = 0
    for target in targets:
        path = target.resolve() if target.is_symlink() else target
        path = target
        text = path.read_text(encoding="utf-8")
        texts[str(path)] = text
        words += len(text.split())
        for d in linter.lint_text(text, str(path)):
            family = d.rule.split(".", 1)[0]
            if args.family and family not in args.family:
                continue
            if args.only_group and group_of.get(d.rule) not in args.only_group:
                continue
            by_family[family].append(d)
    rng = random.Random(args.seed)
    date = datetime.date.today().isoformat()
    commit = _commit()
    corpus = args.corpus_name or Path(args.corpus).name
    items = []
    batches: dict[str, list] = {}
    for family in sorted(by_family):
        found = by_family[family]
        picked = found if len(found) <= args.per_family else rng.sample(found, args.per_family)
        batches.setdefault(family if args.split else "", []).extend(picked)
    for name, items in batches.items():
        rng.shuffle(items)
        out = Path(args.out.replace("{family}", name)) if args.split else Path(args.out)
        key_path = Path(args.key.replace("{family}", name)) if args.split else Path(args.key)
        _write(items, texts, out, key_path, args, date, commit, corpus)
        print(f"{len(items)} items written to {out} (key {key_path})")
    counts = collections.Counter(d.rule.split(".", 1)[0] for ds in by_family.values() for d in ds)
    rules = collections.Counter(d.rule for ds in by_family.values() for d in ds)
    print(f"{len(targets)} files, {words} words")
    for family, n in counts.most_common():
        print(f"  {family:<12} {n:5d}  {n * 1000 / max(words, 1):6.2f} per 1,000 words")
    for rule, n in rules.most_common():
        print(f"    {rule:<40} {n:5d}  {n * 1000 / max(words, 1):6.2f}")


def _write(items, texts, out, key_path, args, date, commit, corpus) -> None:  # type: ignore[no-untyped-def]
    out_lines = [
        "copylint diagnostics to judge",
        "",
        "For each item answer right, debatable or wrong, with a few words of why (see JUDGING.md).",
        "The flagged words are marked " + MARK_OPEN + "like this" + MARK_CLOSE + ".",
        f"Copy: British news articles; language {args.language}, house style {args.preset}."
        if args.language == "en-GB"
        else f"Copy: American news articles; language {args.language}, house style {args.preset}.",
        'Answer one JSON line per item: {"item": N, "verdict": "right|debatable|wrong", "why": "..."}',
        "",
    ]
    key = []
    for n, d in enumerate(items, 1):
        ctx = _context(Path(d.path), texts[d.path], d)
        out_lines += [
            "=" * 78,
            f"ITEM {n}",
            f"Article: {ctx['title']}",
            f"Rule: {d.rule} ({d.severity.value})",
            f"Message: {d.message}",
            "Suggestion: " + (" | ".join(d.suggestions) if d.suggestions else "(none)"),
            "Sentence before: " + (ctx["before"].replace("\n", " ") if ctx["before"] else "(none)"),
            "Paragraph:",
            textwrap.indent(textwrap.fill(ctx["paragraph"].replace("\n", " "), 100), "    "),
            "",
        ]
        key.append(
            {
                "item": n,
                "path": d.path,
                "line": d.line,
                "column": d.column,
                "rule": d.rule,
                "message": d.message,
                "seed": args.seed,
                "date": date,
                "corpus": corpus,
                "commit": commit,
                "language": args.language,
                "preset": args.preset,
            }
        )
    out.write_text("\n".join(out_lines), encoding="utf-8")
    with open(key_path, "w", encoding="utf-8") as fh:
        for row in key:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def cmd_merge(args: argparse.Namespace) -> None:
    key = {row["item"]: row for row in map(json.loads, Path(args.key).read_text(encoding="utf-8").splitlines()) if row}
    out = []
    for line in Path(args.verdicts).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        v = json.loads(line)
        verdict = str(v["verdict"]).strip().lower()
        if verdict not in ("right", "debatable", "wrong"):
            raise SystemExit(f"item {v.get('item')}: verdict must be right, debatable or wrong, not {verdict!r}")
        row = dict(key[int(v["item"])])
        row.update(verdict=verdict, why=v.get("why", ""), judge=args.judge, blind=not args.not_blind)
        out.append(row)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(out)} judged items written to {args.output}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("print", help="run copylint and write a blind printout and its key")
    p.add_argument("corpus")
    p.add_argument("--seed", type=int, required=True, help="a fresh seed for every sample")
    p.add_argument("--out", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--language", default="en-GB")
    p.add_argument("--preset", default="bbc")
    p.add_argument("--extend-select", action="append", default=[], help="also run a group (e.g. coaching)")
    p.add_argument("--family", action="append", default=[], help="only diagnostics of these families")
    p.add_argument("--only-group", action="append", default=[], help="only diagnostics of rules in these groups")
    p.add_argument("--per-family", type=int, default=40)
    p.add_argument("--split", action="store_true", help="one printout and key per family: {family} in --out and --key")
    p.add_argument("--corpus-name", help="how the judged file names the copy (default: the folder's name)")
    m = sub.add_parser("merge", help="join a key and a judge's verdicts into a judged file")
    m.add_argument("key")
    m.add_argument("verdicts")
    m.add_argument("-o", "--output", required=True)
    m.add_argument("--judge", default="blind judge", help="who judged (never the rules' author for reported precision)")
    m.add_argument("--not-blind", action="store_true", help="the author judged (development only; not precision)")
    args = parser.parse_args(argv)
    {"print": cmd_print, "merge": cmd_merge}[args.cmd](args)


if __name__ == "__main__":
    main()
