"""Which engine should find an existence rule's pattern list? CPU over a folder of copy.

    python bench/pattern_set_engines.py ../shared/corpus/news [--rule cliche.idiom]

The rule's ``patterns`` (cliche.idiom: 34 idiom regexes) are found over every file, as the
alternation ``(?:p1)|(?:p2)|...`` would find them (whole text, ``finditer``), in these ways:

1. ``re``, the alternation as written (what a one-article run compiles);
2. ``re``, with copylint.matching's first-character dispatch (what a many-file run compiles);
3. ``re`` on the alternation of only the patterns whose keyword groups the text holds
   (``copylint.kinds.patternset.PatternSet``: what copylint runs);
4. pyahocorasick: one pass for every keyword of every pattern, then ``re`` on the patterns
   whose groups are all present;
5. hyperscan (optional: ``pip install hyperscan``) in prefilter mode, one pass telling which
   patterns may match, then ``re`` on those (its database takes a while to build: printed).

Every row prints CPU milliseconds (process time, best of three) and whether its spans equal
row 1's: a faster way that changes findings is no use.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from copylint import matching
from copylint.kinds.patternset import PatternSet

Spans = list[tuple[int, int]]


def spans(rx: re.Pattern[str], text: str) -> Spans:
    return [m.span() for m in rx.finditer(text)]


def row(label: str, texts: list[str], fn: Callable[[str], Spans], reference: list[Spans] | None) -> list[Spans]:
    best = float("inf")
    out: list[Spans] = []
    for _ in range(3):
        start = time.process_time()
        out = [fn(t) for t in texts]
        best = min(best, time.process_time() - start)
    same = "" if reference is None else ("identical" if out == reference else "DIFFERENT")
    print(f"  {label:<58} {best * 1000:8.1f} ms  {same}")
    return out


def subset_regex(
    patterns: list[str], flags: int, chosen: tuple[int, ...], cache: dict[tuple[int, ...], re.Pattern[str]]
) -> re.Pattern[str]:
    rx = cache.get(chosen)
    if rx is None:
        rx = cache[chosen] = re.compile("|".join(f"(?:{patterns[i]})" for i in chosen), flags)
    return rx


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--rule", default="cliche.idiom")
    parser.add_argument("--packs", default=str(Path(__file__).resolve().parents[1] / "rules"))
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.folder).rglob("*")) if p.suffix in (".txt", ".md")]
    entry: dict[str, Any] | None = None
    for pack in sorted(Path(args.packs).glob("*.yaml")):
        for r in yaml.safe_load(pack.read_text(encoding="utf-8")).get("rules", []):
            if r.get("id") == args.rule:
                entry = r
    if entry is None or not entry.get("patterns"):
        raise SystemExit(f"{args.rule}: no such rule with patterns in {args.packs}")
    patterns = [str(p) for p in entry["patterns"]]
    flags = re.IGNORECASE if entry.get("ignorecase", True) else 0
    print(f"{len(texts)} files; {args.rule}: {len(patterns)} patterns; CPU ms, best of 3")

    plain = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    reference = row("re: the alternation as written", texts, lambda t: spans(plain, t), None)
    dispatched = re.compile(matching.union([f"(?:{p})" for p in patterns], flags), flags)
    row("re: first-character dispatch (matching.union)", texts, lambda t: spans(dispatched, t), reference)
    pattern_set = PatternSet(tuple(patterns), flags)

    def by_keywords(text: str) -> Spans:
        rx = pattern_set.for_text(text)
        return [] if rx is None else spans(rx, text)

    row("re on the patterns the text has keywords of (PatternSet)", texts, by_keywords, reference)

    try:
        import ahocorasick
    except ImportError:
        print("  pyahocorasick: not installed")
    else:
        groups = [matching.keyword_groups(p, flags) for p in patterns]
        automaton = ahocorasick.Automaton()
        for keyword in sorted({k for gs in groups for g in gs for k in g}):
            automaton.add_word(keyword, keyword)
        automaton.make_automaton()
        cache: dict[tuple[int, ...], re.Pattern[str]] = {}

        def by_automaton(text: str) -> Spans:
            present = {k for _, k in automaton.iter(text.lower())}
            chosen = tuple(i for i, gs in enumerate(groups) if all(not g.isdisjoint(present) for g in gs))
            return spans(subset_regex(patterns, flags, chosen, cache), text) if chosen else []

        row("pyahocorasick keyword pass, then re on those", texts, by_automaton, reference)

    try:
        import hyperscan
    except ImportError:
        print("  hyperscan: not installed")
        return
    database = hyperscan.Database()
    hs_flags = (
        hyperscan.HS_FLAG_PREFILTER
        | hyperscan.HS_FLAG_UTF8
        | hyperscan.HS_FLAG_UCP
        | hyperscan.HS_FLAG_SINGLEMATCH
        | (hyperscan.HS_FLAG_CASELESS if flags & re.IGNORECASE else 0)
    )
    start = time.process_time()
    try:
        database.compile(
            expressions=[p.encode() for p in patterns],
            ids=list(range(len(patterns))),
            elements=len(patterns),
            flags=[hs_flags] * len(patterns),
        )
    except Exception as exc:  # noqa: BLE001 - a pattern hyperscan rejects even in prefilter mode
        print(f"  hyperscan: cannot build the set: {str(exc)[:120]}")
        return
    print(f"  (hyperscan database built in {(time.process_time() - start) * 1000:.0f} ms)")
    hs_cache: dict[tuple[int, ...], re.Pattern[str]] = {}

    def by_hyperscan(text: str) -> Spans:
        seen: list[int] = []
        database.scan(text.encode(), match_event_handler=lambda i, *_: seen.append(i))
        chosen = tuple(sorted(set(seen)))
        return spans(subset_regex(patterns, flags, chosen, hs_cache), text) if chosen else []

    row("hyperscan prefilter (which may match), then re on those", texts, by_hyperscan, reference)


if __name__ == "__main__":
    main()
