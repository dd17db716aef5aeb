"""Evaluate copylint's built-in grammar family on LanguageTool's example sentences and on news copy.

Usage::

    python bench/grammar_eval.py ../shared/eval/grammar_examples.jsonl [--corpus ../shared/corpus/news]
        [--split all|dev|heldout] [--rules] [--show fa|miss|hit] [--category GRAMMAR] [--limit 40]

Per LanguageTool category it prints: recall on the incorrect examples (a grammar diagnostic
overlapping the marked span), suggestion accuracy (of the hits whose example has a correction,
the share where applying copylint's first suggestion gives LanguageTool's corrected sentence)
and false alarms (correct examples with any grammar diagnostic). ``--split`` halves the rule
groups by a hash so rules can be developed on one half and checked on the other. With
``--corpus`` it also prints grammar diagnostics per 1,000 words on a folder of ``.txt`` files
and lists every one of them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from copylint import Linter

TARGET = ("GRAMMAR", "CONFUSED_WORDS")


def split_of(row: dict) -> str:
    key = (row.get("rulegroup_id") or row["rule_id"]).encode()
    return "dev" if int(hashlib.md5(key).hexdigest(), 16) % 2 == 0 else "heldout"


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def linters(rules: str = "family") -> dict[str, Linter]:
    """One linter per language: every grammar rule (``family``, opt-in ones too) or only those a
    run without config selects (``default``); other families' findings are left out later."""
    select = {"select": ["grammar"]} if rules == "family" else {}
    return {lang: Linter({**select, "language": lang}, plugins=False) for lang in ("en-US", "en-GB")}


def evaluate(args: argparse.Namespace) -> None:
    rows = [json.loads(line) for line in Path(args.examples).read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.split != "all":
        rows = [r for r in rows if split_of(r) == args.split]
    lint = linters(args.set)
    stats: dict[str, Counter] = defaultdict(Counter)
    per_rule: dict[str, Counter] = defaultdict(Counter)
    shown = 0
    t0 = time.perf_counter()
    for row in rows:
        cat = row["category_id"]
        lang = "en-GB" if row.get("variant") == "en-GB" else "en-US"
        sentence = row["sentence"]
        diags = [d for d in lint[lang].lint_text(sentence, path="x.txt") if d.family == "grammar"]
        s = stats[cat]
        if row["kind"] == "incorrect":
            s["incorrect"] += 1
            ms, me = row["marker_start"], row["marker_end"]
            if me == ms:
                me = ms + 1
            hits = [d for d in diags if d.offset < me and ms < max(d.end_offset, d.offset + 1)]
            for d in diags:
                per_rule[d.rule]["fired_incorrect"] += 1
            if hits:
                s["hit"] += 1
                for d in hits:
                    per_rule[d.rule]["hit"] += 1
                if row.get("corrections"):
                    s["with_corr"] += 1
                    want = {norm(sentence[:ms] + c + sentence[row["marker_end"] :]) for c in row["corrections"]}
                    ok = any(
                        d.suggestions
                        and norm(sentence[: d.offset] + d.suggestions[0] + sentence[d.end_offset :]) in want
                        for d in hits
                    )
                    s["sugg_ok"] += ok
            show = (args.show == "hit" and hits) or (args.show == "miss" and not hits)
        else:
            s["correct"] += 1
            if diags:
                s["fa"] += 1
                for d in diags:
                    per_rule[d.rule]["fa"] += 1
            show = args.show == "fa" and diags
        if show and (not args.category or cat == args.category) and shown < args.limit:
            shown += 1
            marks = "; ".join(f"{d.rule}@{d.column}: {d.message}" for d in diags)
            print(f"[{cat} {row['rule_id']}] {sentence}\n    marked={row.get('marked_text')!r} -> {marks or '-'}")
    elapsed = time.perf_counter() - t0
    print(f"\n{len(rows)} examples ({args.split}) in {elapsed:.1f} s\n")
    print(f"| {'category':<30} | incorrect | recall | sugg. acc. | correct | false alarms |")
    print(f"|{'-' * 32}|-----------|--------|------------|---------|--------------|")
    total: Counter = Counter()
    target: Counter = Counter()
    for cat in sorted(stats, key=lambda c: -stats[c]["incorrect"]):
        s = stats[cat]
        total.update(s)
        if cat in TARGET:
            target.update(s)
        print(_line(cat, s))
    print(_line("GRAMMAR + CONFUSED_WORDS", target))
    print(_line("all", total))
    if args.rules:
        print(f"\n| {'rule':<34} | hits | fired on incorrect | fired on correct |")
        print(f"|{'-' * 36}|------|--------------------|------------------|")
        for rid in sorted(per_rule):
            c = per_rule[rid]
            print(f"| {rid:<34} | {c['hit']:>4} | {c['fired_incorrect']:>18} | {c['fa']:>16} |")


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    -"


def _line(name: str, s: Counter) -> str:
    return (
        f"| {name:<30} | {s['incorrect']:>9} | {_pct(s['hit'], s['incorrect']):>6} | "
        f"{_pct(s['sugg_ok'], s['with_corr']):>10} | {s['correct']:>7} | "
        f"{_pct(s['fa'], s['correct']):>6} ({s['fa']:>3}) |"
    )


def corpus(folder: str, show: bool) -> None:
    lint = Linter({"select": ["grammar"]}, plugins=False)
    words = 0
    found = []
    for path in sorted(Path(folder).rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        diags = [d for d in lint.lint_text(text, path=str(path)) if d.family == "grammar"]
        from copylint import read_document

        words += read_document(text, str(path)).word_count
        for d in diags:
            line = text.splitlines()[d.line - 1]
            found.append((d, line))
    print(f"\n{words} words, {len(found)} grammar diagnostics, {1000 * len(found) / max(words, 1):.3f} per 1,000 words")
    by_rule = Counter(d.rule for d, _ in found)
    for rid, n in by_rule.most_common():
        print(f"  {rid}: {n}")
    if show:
        for d, line in found:
            a, b = max(0, d.column - 60), d.end_column + 40 if d.end_line == d.line else d.column + 60
            print(f"{Path(d.path).name}:{d.line}:{d.column} {d.rule}: {d.message}\n    ...{line[a:b]}...")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("examples", nargs="?")
    parser.add_argument("--corpus")
    parser.add_argument("--split", choices=("all", "dev", "heldout"), default="all")
    parser.add_argument(
        "--set", choices=("family", "default"), default="family", help="grammar rules run (see linters)"
    )
    parser.add_argument("--rules", action="store_true", help="per-rule hits and false alarms")
    parser.add_argument("--show", choices=("fa", "miss", "hit"))
    parser.add_argument("--category")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--quiet-corpus", action="store_true", help="corpus totals only")
    args = parser.parse_args(argv)
    if not args.examples and not args.corpus:
        parser.error("give the examples file, --corpus, or both")
    if args.examples:
        evaluate(args)
    if args.corpus:
        corpus(args.corpus, not args.quiet_corpus)


if __name__ == "__main__":
    sys.exit(main())
