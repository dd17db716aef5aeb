"""Style rules on a corpus: diagnostics per 1,000 words by rule under each preset, plus samples.

    python bench/style_eval.py CORPUS_DIR [--presets ap,bbc] [--sample N] [--rule ID] [--seed S]

CORPUS_DIR holds .txt/.md/.html articles (e.g. ../shared/corpus/news); a .jsonl file of
{"sentence": ...} lines (e.g. ../shared/eval/claims.jsonl, with --source) is read as one short
text per sentence. With --sample N it prints
N random diagnostics per rule (or per --rule) with their context, for reading by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from copylint import Linter, read_document

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


def texts(corpus: Path, source: str | None) -> list[tuple[str, str]]:
    """(name, text) pairs: the articles in a folder, or the sentences of a .jsonl file."""
    if corpus.suffix == ".jsonl":
        out = []
        for n, line in enumerate(corpus.read_text(encoding="utf-8").splitlines(), 1):
            item = json.loads(line)
            if source is None or item.get("source") == source:
                out.append((f"{corpus.name}#{n}.txt", item["sentence"]))
        return out
    files = sorted(p for p in corpus.rglob("*") if p.suffix in SUFFIXES and p.is_file())
    return [(str(p), p.read_text(encoding="utf-8", errors="replace")) for p in files]


def run(files: list[tuple[str, str]], preset: str) -> tuple[Counter[str], dict[str, list[tuple[str, str]]], int, float]:
    linter = Linter({"select": ["style"], "style": {"preset": preset}}, plugins=False)
    counts: Counter[str] = Counter()
    examples: dict[str, list[tuple[str, str]]] = defaultdict(list)
    words = 0
    started = time.perf_counter()
    for path, text in files:
        doc = read_document(text, path, "text")
        words += doc.word_count
        diags, errors = linter.lint_document(doc)
        if errors:
            print("\n".join(errors), file=sys.stderr)
        lines = text.splitlines()
        for d in diags:
            counts[d.rule] += 1
            line = lines[d.line - 1] if d.line - 1 < len(lines) else ""
            lo, hi = max(0, d.column - 60), d.column + 60
            snippet = (
                line[lo : d.column - 1]
                + "[["
                + line[d.column - 1 : d.end_column - 1 if d.end_line == d.line else None]
                + "]]"
                + line[(d.end_column - 1 if d.end_line == d.line else len(line)) : hi]
            )
            examples[d.rule].append((f"{Path(path).name}:{d.line}:{d.column}", f"{snippet.strip()}  -- {d.message}"))
    return counts, examples, words, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--presets", default="ap,bbc")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--rule", default=None)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--source", default=None, help="with a .jsonl corpus: only sentences of this source")
    args = parser.parse_args()
    files = texts(args.corpus, args.source)
    presets = args.presets.split(",")
    results = {p: run(files, p) for p in presets}
    words = next(iter(results.values()))[2]
    print(f"{len(files)} files, {words:,} words\n")
    rules = sorted({r for counts, *_ in results.values() for r in counts})
    header = f"{'rule':34}" + "".join(f"{p + ' n':>10}{p + ' /1k':>10}" for p in presets)
    print(header)
    print("-" * len(header))
    for r in rules:
        row = f"{r:34}"
        for p in presets:
            n = results[p][0][r]
            row += f"{n:>10}{1000 * n / words:>10.2f}"
        print(row)
    total = f"{'TOTAL':34}"
    for p in presets:
        n = sum(results[p][0].values())
        total += f"{n:>10}{1000 * n / words:>10.2f}"
    print("-" * len(header))
    print(total)
    print("seconds: " + ", ".join(f"{p} {results[p][3]:.1f}" for p in presets))
    if args.sample:
        rng = random.Random(args.seed)
        for p in presets:
            _, examples, _, _ = results[p]
            for r in sorted(examples):
                if args.rule and r != args.rule:
                    continue
                items = examples[r]
                picked = rng.sample(items, min(args.sample, len(items)))
                print(f"\n## {p} {r} ({len(items)}; {len(picked)} shown)")
                for where, text in picked:
                    print(f"  {where}: {text}")


if __name__ == "__main__":
    main()
