"""Per-rule diagnostic rates of copylint's rule families on a corpus, with what they matched.

    python bench/pack_rates.py ../shared/corpus/news [--family cliche,boilerplate,typography]
    python bench/pack_rates.py ../shared/eval/claims.jsonl --family cliche   # one sentence a paragraph
                               [--all] [--show 15] [--context] [--sentence-lines]

Prints, per rule: entries (for YAML rules: phrases/patterns), diagnostics, diagnostics per
1,000 words, then the matched source text (most frequent first). ``--all`` also runs rules
that are off by default. Uses the library API only; never run by the test suite.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from copylint import Linter
from copylint.readers import read_document
from copylint.registry import builtin_packs_dir

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


def entry_counts() -> dict[str, int]:
    """Phrases/patterns per YAML rule (swap keys, tokens + patterns)."""
    out: dict[str, int] = {}
    for pack in sorted(builtin_packs_dir().glob("*.yaml")):
        data = yaml.safe_load(pack.read_text(encoding="utf-8"))
        for r in data.get("rules", []):
            n = len(r.get("swap") or {}) + len(r.get("tokens") or []) + len(r.get("patterns") or [])
            out[r["id"]] = n or 1
    return out


def jsonl_texts(path: Path, per_doc: int = 200) -> list[tuple[Path, str]]:
    """Sentences of a JSONL eval file ("sentence" or "text" field), one paragraph each,
    grouped into documents of ``per_doc`` sentences."""
    sentences = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record.get("sentence") or record.get("text") or ""
        if text.strip():
            sentences.append(" ".join(text.split()))
    return [
        (Path(f"{path.stem}-{i // per_doc:04d}.txt"), "\n\n".join(sentences[i : i + per_doc]))
        for i in range(0, len(sentences), per_doc)
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--family", default="cliche,boilerplate,typography")
    ap.add_argument("--all", action="store_true", help="include rules that are off by default")
    ap.add_argument("--show", type=int, default=15, help="matched texts listed per rule")
    ap.add_argument("--context", action="store_true", help="print each match with its line")
    ap.add_argument(
        "--sentence-lines",
        action="store_true",
        help="stress test for whole-line rules: put every sentence of the corpus on a line of its own",
    )
    args = ap.parse_args(argv)

    families = [f for f in args.family.split(",") if f]
    probe = Linter({"select": families}, plugins=False)
    ids = [r.meta.id for r in probe.registry if r.meta.family in families]
    linter = Linter({"select": ids if args.all else families}, plugins=False)
    active = [s.rule.meta.id for s in linter.selection("x.txt")[0]]

    if args.corpus.suffix == ".jsonl":
        texts = jsonl_texts(args.corpus)
    else:
        files = sorted(p for p in args.corpus.rglob("*") if p.suffix.lower() in SUFFIXES)
        texts = [(p, p.read_text(encoding="utf-8")) for p in files]
    words = 0
    hits: dict[str, Counter[str]] = defaultdict(Counter)
    contexts: dict[str, list[str]] = defaultdict(list)
    started = time.perf_counter()
    for path, text in texts:
        if args.sentence_lines:
            plain = read_document(text, "x.txt")
            text = "\n\n".join(plain.text(s.span) for s in plain.sentences)
        doc = read_document(text, str(path))
        words += doc.word_count
        diagnostics, errors = linter.lint_document(doc)
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        for d in diagnostics:
            matched = doc.source[d.offset : d.end_offset]
            hits[d.rule][matched] += 1
            if args.context:
                before = doc.source[max(0, d.offset - 60) : d.offset]
                after = doc.source[d.end_offset : d.end_offset + 60]
                snippet = f"{before}[{matched}]{after}".replace("\n", " ")
                contexts[d.rule].append(f"{path.name}:{d.line}:{d.column}: {snippet}")
    elapsed = time.perf_counter() - started

    entries = entry_counts()
    print(f"{len(texts)} files, {words} words, {elapsed:.2f} s")
    print(f"{'rule':40} {'entries':>7} {'diags':>6} {'per 1k':>7}")
    total = 0
    for rule_id in sorted(active):
        n = sum(hits[rule_id].values())
        total += n
        print(f"{rule_id:40} {entries.get(rule_id, 0) or '-':>7} {n:6d} {1000 * n / max(words, 1):7.3f}")
    print(f"{'total':40} {'':>7} {total:6d} {1000 * total / max(words, 1):7.3f}")
    for rule_id in sorted(r for r in hits if hits[r]):
        print(f"\n## {rule_id}")
        for matched, n in hits[rule_id].most_common(args.show):
            print(f"  {n:4d}  {matched!r}")
        for line in contexts.get(rule_id, []):
            print("      ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
