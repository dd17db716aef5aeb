"""Spelling benchmark: detection and suggestion accuracy, false alarms on news, speed, start-up.

Usage (paths into the read-only shared folder; nothing is copied)::

    python bench/spelling_eval.py --cases ../shared/eval/spelling_cases.jsonl \\
        --corpus ../shared/corpus/news [--limit N] [--flagged-out FILE]

Each misspelling is placed in a news-like sentence twice: lower-case mid-sentence and
capitalised at the start of the sentence, checked as en-US unless the correction is a British
spelling (then en-GB). "dev"/"test" halves split the pairs by a hash of the
misspelling (the ranking weights were tuned on the dev half only).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from pathlib import Path

from copylint import Linter

TEMPLATES_MID = (
    "Officials said the {w} would be discussed at the meeting on Tuesday.",
    "The council confirmed that the {w} had been raised by several residents.",
    "A spokesman told reporters the {w} was not expected to change before the election.",
)
TEMPLATES_START = (
    "{w} was discussed at length, officials said on Tuesday.",
    "{w} came up again when the committee met last week.",
    "{w} featured in the report published by the ministry.",
)
RULE = "spelling.unknown-word"


def split_of(word: str) -> str:
    return "dev" if zlib.crc32(word.encode()) % 2 == 0 else "test"


def run_cases(path: Path, limit: int | None) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if limit:
        rows = rows[:: max(1, len(rows) // limit)][:limit]
    linters = {lang: Linter({"select": ["spelling"], "language": lang}, plugins=False) for lang in ("en-US", "en-GB")}
    from copylint.families.spelling import lexicon

    lex = lexicon.load()
    stats: Counter[tuple[str, str, str]] = Counter()
    suggest_times: list[float] = []
    misses: list[str] = []
    start_all = time.perf_counter()
    for i, row in enumerate(rows):
        wrong, right = row["wrong"], row["right"]
        half = split_of(wrong)
        # A British correction (analyse, behaviour) is judged with the en-GB dictionary.
        linter = linters["en-US" if lexicon.accepted(lex.entries.get(right, 1), "en-US") else "en-GB"]
        for case, templates in (("lower", TEMPLATES_MID), ("capitalised", TEMPLATES_START)):
            w = wrong if case == "lower" else wrong[:1].upper() + wrong[1:]
            sentence = templates[i % 3].format(w=w)
            at = sentence.index(w)
            t0 = time.perf_counter()
            diags = linter.lint_text(sentence, "case.txt")
            suggest_times.append(time.perf_counter() - t0)
            hit = [d for d in diags if d.rule == RULE and d.column - 1 <= at < d.end_column - 1]
            sugg = [s.lower() for s in hit[0].suggestions] if hit else []
            for group in (case, "all"):
                for part in (half, "both"):
                    stats[(group, part, "n")] += 1
                    stats[(group, part, "detect")] += bool(hit)
                    stats[(group, part, "top1")] += bool(sugg) and sugg[0] == right
                    stats[(group, part, "top3")] += right in sugg[:3]
            if hit and right not in sugg[:1] and len(misses) < 40 and case == "lower":
                misses.append(f"{wrong} -> {right}: {sugg}")
    elapsed = time.perf_counter() - start_all
    print(f"## Detection and suggestions ({len(rows)} pairs x 2 cases, {elapsed:.0f} s)\n")
    print("| case | half | n | detection | top-1 | top-3 |")
    print("|---|---|---|---|---|---|")
    for group in ("lower", "capitalised", "all"):
        for part in ("dev", "test", "both"):
            n = stats[(group, part, "n")] or 1
            print(
                f"| {group} | {part} | {stats[(group, part, 'n')]} | {stats[(group, part, 'detect')] / n:.1%} "
                f"| {stats[(group, part, 'top1')] / n:.1%} | {stats[(group, part, 'top3')] / n:.1%} |"
            )
    print(
        f"\nTime per one-sentence lint with a flagged word (median): {statistics.median(suggest_times) * 1000:.2f} ms"
    )
    from copylint.families.spelling import suggest

    sample = [row["wrong"] for row in rows[:: max(1, len(rows) // 1000)]]
    suggest.candidates.cache_clear()
    times = []
    for word in sample:
        t0 = time.perf_counter()
        suggest.suggestions(word, "en-US")
        times.append(time.perf_counter() - t0)
    print(
        f"Suggestion time per flagged word ({len(sample)} typos, uncached): median {statistics.median(times) * 1000:.2f} ms, "
        f"mean {statistics.mean(times) * 1000:.2f} ms, max {max(times) * 1000:.1f} ms"
    )
    print("\nSome top-1 misses (lower case):", *misses[:20], sep="\n  ")


def run_corpus(folder: Path, flagged_out: Path | None) -> None:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    for language in ("en-GB", "en-US"):
        linter = Linter({"select": ["spelling"], "language": language}, plugins=False)
        counts: Counter[str] = Counter()
        examples: dict[str, str] = {}
        words = 0
        t0 = time.perf_counter()
        for name, text in texts:
            doc_words = len(text.split())
            words += doc_words
            for d in linter.lint_text(text, name):
                line = text.splitlines()[d.line - 1]
                word = line[d.column - 1 : d.end_column - 1] if d.line == d.end_line else d.message
                counts[word] += 1
                examples.setdefault(word, f"{name}:{d.line}: {' / '.join(d.suggestions)}")
        elapsed = time.perf_counter() - t0
        total = sum(counts.values())
        print(
            f"\n## False alarms, {language}: {total} flags in {words} words = {total / words * 1000:.2f} per 1,000 words"
        )
        print(
            f"({len(texts)} articles in {elapsed:.2f} s: {words / elapsed:,.0f} words/s including reading and segmentation)\n"
        )
        listing = [f"{count:3d} {word:20s} {examples[word]}" for word, count in counts.most_common()]
        print("\n".join(listing))
        if flagged_out:
            flagged_out.with_suffix(f".{language}.txt").write_text("\n".join(listing) + "\n", encoding="utf-8")


def startup(article: Path) -> None:
    """In a fresh process: time the lexicon load, the Linter construction and linting one article
    (spelling only), with a cold cache (first run: build and write it) and a warm one (best of 3)."""
    code = (
        "import time,sys;import copylint;from copylint.families.spelling import lexicon;"
        "text=open(sys.argv[1]).read();t=time.perf_counter();lexicon.load();t1=time.perf_counter();"
        "L=copylint.Linter({'select':['spelling'],'language':'en-GB'});t2=time.perf_counter();"
        "L.lint_text(text,'a.txt');print(t1-t,t2-t1,time.perf_counter()-t2)"
    )
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "COPYLINT_CACHE_DIR": cache}
        runs = []
        for _ in range(4):
            out = subprocess.run(
                [sys.executable, "-c", code, str(article)], env=env, capture_output=True, text=True, check=True
            )
            runs.append(tuple(float(x) for x in out.stdout.split()))
    cold, warm = runs[0], min(runs[1:])
    print(f"\n## Start-up, one article ({article.name}), fresh process (after importing copylint)")
    for label, (lex, linter, lint) in (("cold cache", cold), ("warm cache", warm)):
        print(
            f"{label}: lexicon load {lex:.3f} s, spelling check of the article {lint:.3f} s "
            f"(building the Linter, i.e. the core registry and all packs: {linter:.3f} s)"
        )


def throughput(folder: Path) -> None:
    """Words checked per second by the spelling check alone (documents pre-built)."""
    from copylint.families.spelling import lexicon, suggest
    from copylint.families.spelling.rules import unknown_word
    from copylint.readers import read_document
    from copylint.rule import Context

    lexicon.load()
    suggest.candidates.cache_clear()  # no suggestions left over from the false-alarm run
    docs = [read_document(p.read_text(encoding="utf-8"), p.name) for p in sorted(folder.glob("*.txt"))]
    for d in docs:
        d.tokens, d.sentences  # noqa: B018 - segment outside the timing
    ctx = Context(language="en-GB")
    t0 = time.perf_counter()
    flagged = sum(len(list(unknown_word.check(d, ctx))) for d in docs)
    elapsed = time.perf_counter() - t0
    words = sum(d.word_count for d in docs)
    print(
        f"\n## Speed: {words / elapsed:,.0f} words/s through spelling.unknown-word ({words} words, {flagged} flagged, {elapsed:.2f} s)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=Path)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--limit", type=int, default=None, help="use only N evenly spaced pairs")
    ap.add_argument("--flagged-out", type=Path, default=None, help="also write the flagged lists here")
    args = ap.parse_args()
    if args.corpus:
        run_corpus(args.corpus, args.flagged_out)
        throughput(args.corpus)
        startup(sorted(args.corpus.glob("*.txt"))[0])
    if args.cases:
        run_cases(args.cases, args.limit)


if __name__ == "__main__":
    main()
