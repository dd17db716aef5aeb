"""Which engine should run copylint's pattern sets? CPU over a folder of copy, one process.

    python bench/matching_engines.py ../shared/corpus/news

Needs the optional engines to be installed for their rows (``pip install regex google-re2
pyahocorasick hyperscan``); a missing one is reported as such. Two workloads:

1. Pattern sets: every pattern the claims and style families compile through
   ``copylint.matching`` (module-level ``matching.compile``), each run with ``finditer`` over
   every file. Rows: ``re`` as written; ``re`` with copylint.matching's computed guards (what
   copylint runs); the ``regex`` module; google-re2 (only the patterns it accepts: it has no
   look-arounds, so the rest cannot run there at all); hyperscan in prefilter mode as a
   one-pass "which patterns may match this file" test.
2. Phrase lists: the built-in packs' phrase lists (``tokens``/``swap`` keys), found as whole
   words: the regex trie copylint builds (with its computed guard) against pyahocorasick.

Each row prints CPU seconds (process time), how many patterns it could run, and whether its
matches equal ``re``'s (same spans), because a faster engine that changes findings is no use.
"""

from __future__ import annotations

import argparse
import importlib
import re
import time
from pathlib import Path
from typing import Any

import yaml

MODULES = [
    "copylint.families.claims.attribution",
    "copylint.families.claims.rules",
    "copylint.families.claims.numbers",
    "copylint.families.claims.lexicon",
    "copylint.families.style.punctuation",
    "copylint.families.style.usage",
    "copylint.families.style.times",
    "copylint.families.style.headlines",
    "copylint.families.style.names",
    "copylint.families.style.numbers",
    "copylint.families.style.dates",
]


def patterns() -> list[tuple[str, int]]:
    from copylint import matching

    found: dict[tuple[str, int], None] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        for value in vars(module).values():
            if isinstance(value, matching._Lazy):
                found[(value.pattern, value._flags)] = None
    return list(found)


def spans(rx: Any, texts: list[str]) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in rx.finditer(t)] for t in texts]


def timed(label: str, compiled: list[Any], texts: list[str], reference: list[Any] | None, total: int) -> list[Any]:
    start = time.process_time()
    results = [spans(rx, texts) for rx in compiled]
    cpu = time.process_time() - start
    same = "" if reference is None else ("  matches: identical" if results == reference else "  matches: DIFFERENT")
    print(f"  {label:<40} {cpu:7.2f} s   {len(compiled):4d}/{total} patterns{same}")
    return results


def pattern_sets(texts: list[str]) -> None:
    from copylint import matching

    pats = patterns()
    total = len(pats)
    print(f"pattern sets: {total} patterns from the claims and style families")
    plain = [re.compile(p, f) for p, f in pats]
    reference = timed("re, as written", plain, texts, None, total)
    timed(
        "re + computed guards (copylint.matching)",
        [re.compile(matching.optimise(p, f), f) for p, f in pats],
        texts,
        reference,
        total,
    )
    try:
        import regex

        timed("regex module (VERSION0)", [regex.compile(p, f) for p, f in pats], texts, reference, total)
    except ImportError:
        print("  regex: not installed")
    try:
        import re2

        ok, idx = [], []
        for i, (p, f) in enumerate(pats):
            try:
                options = re2.Options()
                options.case_sensitive = not f & re.IGNORECASE
                ok.append(re2.compile(p, options))
                idx.append(i)
            except Exception:  # noqa: BLE001 - unsupported syntax (look-arounds)
                continue
        timed("google-re2 (accepted patterns only)", ok, texts, [reference[i] for i in idx], total)
        timed("  re on the same patterns", [plain[i] for i in idx], texts, None, total)
    except ImportError:
        print("  google-re2: not installed")
    try:
        import hyperscan

        db = hyperscan.Database()
        exprs = [p.encode() for p, _ in pats]
        flags = [
            hyperscan.HS_FLAG_PREFILTER
            | hyperscan.HS_FLAG_UTF8
            | hyperscan.HS_FLAG_UCP
            | hyperscan.HS_FLAG_ALLOWEMPTY
            | (hyperscan.HS_FLAG_CASELESS if f & re.IGNORECASE else 0)
            for _, f in pats
        ]
        start = time.process_time()
        try:
            db.compile(expressions=exprs, ids=list(range(total)), elements=total, flags=flags)
            built = time.process_time() - start
            hits: list[set[int]] = []
            start = time.process_time()
            for t in texts:
                seen: set[int] = set()

                def on_match(pid: int, _from: int, _to: int, _flags: int, _ctx: Any, seen: set[int] = seen) -> None:
                    seen.add(pid)

                db.scan(t.encode(), match_event_handler=on_match)
                hits.append(seen)
            scan = time.process_time() - start
            sound = all(i in hits[k] for i in range(total) for k in range(len(texts)) if reference[i][k])
            print(
                f"  {'hyperscan prefilter (which may match)':<40} {scan:7.2f} s   {total:4d}/{total} patterns"
                f"  (+{built:.2f} s to build; superset of files with a match: {sound})"
            )
        except Exception as exc:  # noqa: BLE001 - a pattern hyperscan rejects even in prefilter mode
            print(f"  hyperscan: cannot build the set: {str(exc)[:120]}")
    except ImportError:
        print("  hyperscan: not installed")


def phrase_lists(texts: list[str], packs: Path) -> None:
    from copylint import matching
    from copylint.kinds.base import alternation, bounded

    phrases: list[str] = []
    for pack in sorted(packs.glob("*.yaml")):
        for rule in yaml.safe_load(pack.read_text(encoding="utf-8")).get("rules", []):
            phrases += [str(t) for t in rule.get("tokens", []) or []]
            phrases += [str(t) for t in (rule.get("swap") or {})]
    phrases = sorted(set(phrases))
    print(f"phrase lists: {len(phrases)} phrases from {packs}")
    pattern = bounded(alternation(phrases))
    trie = re.compile(pattern, re.IGNORECASE)
    reference = timed("re trie, as built", [trie], texts, None, 1)
    timed(
        "re trie + computed guard",
        [re.compile(matching.optimise(pattern, re.IGNORECASE), re.IGNORECASE)],
        texts,
        reference,
        1,
    )
    try:
        import ahocorasick

        auto = ahocorasick.Automaton()
        for p in phrases:
            auto.add_word(" ".join(p.lower().split()), len(" ".join(p.split())))
        auto.make_automaton()
        start = time.process_time()
        count = 0
        for t in texts:
            low = " ".join(t.lower().split()) if False else t.lower()
            for _end, _length in auto.iter(low):
                count += 1
        cpu = time.process_time() - start
        print(
            f"  {'pyahocorasick (raw occurrences, no word':<40} {cpu:7.2f} s   {count} raw hits; boundary checks, "
            "whitespace runs and leftmost-first choice still to do in Python"
        )
    except ImportError:
        print("  pyahocorasick: not installed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--packs", default=str(Path(__file__).resolve().parents[1] / "rules"))
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.folder).rglob("*")) if p.suffix in (".txt", ".md")]
    print(f"{len(texts)} files; CPU seconds (process time)")
    pattern_sets(texts)
    phrase_lists(texts, Path(args.packs))


if __name__ == "__main__":
    main()
