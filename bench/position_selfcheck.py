"""Self-check of reader positions on any folder of real Markdown/HTML files.

Usage: python bench/position_selfcheck.py FOLDER [FOLDER ...]

Reads every *.md, *.markdown, *.html and *.htm file (UTF-8, over 3 KB) under the folders and,
for every word token of the prose outside masks, checks that the source stretch it maps to
starts and ends with the token's first and last character (after decoding entities). Prints
files, tokens, mismatches (with the first few), reader errors and bytes per second.
"""

from __future__ import annotations

import html
import sys
import time
from pathlib import Path

from copylint import read_document

SUFFIXES = {".md", ".markdown", ".html", ".htm"}


def main(folders: list[Path]) -> int:
    files = sorted(
        p
        for folder in folders
        for p in folder.rglob("*")
        if p.suffix in SUFFIXES and p.is_file() and p.stat().st_size > 3000
    )
    counts = {"files": 0, "tokens": 0, "mismatches": 0, "errors": 0, "bytes": 0}
    start = time.perf_counter()
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        counts["files"] += 1
        counts["bytes"] += len(text)
        try:
            doc = read_document(text, str(path))
        except Exception as exc:  # noqa: BLE001 - report and go on
            counts["errors"] += 1
            print(f"ERROR {path}: {type(exc).__name__}: {exc}")
            continue
        for token in doc.tokens:
            if doc.is_masked(token.span):
                continue
            counts["tokens"] += 1
            s, e = doc.source_range(token.span)
            stretch = doc.source[s:e]
            decoded = html.unescape(stretch)
            if not any(x[:1] == token.text[:1] and x[-1:] == token.text[-1:] for x in (stretch, decoded)):
                counts["mismatches"] += 1
                if counts["mismatches"] <= 10:
                    print(f"MISMATCH {path}:{doc.location(token.span)[:2]} {token.text!r} -> {stretch[:60]!r}")
    elapsed = time.perf_counter() - start
    print(" ".join(f"{k} {v}" for k, v in counts.items()), f"seconds {elapsed:.1f}")
    return 1 if counts["mismatches"] or counts["errors"] else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit("usage: python bench/position_selfcheck.py FOLDER [FOLDER ...]")
    sys.exit(main([Path(a) for a in sys.argv[1:]]))
