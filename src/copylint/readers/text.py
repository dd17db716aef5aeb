"""Plain text: paragraphs are separated by blank lines; a short first line is the headline."""

from __future__ import annotations

import re

from copylint.document import Document, DocumentBuilder

DIRECTIVE = re.compile(r"<!--\s*(copylint-[a-z-]+(?:\s[^>]*?)?)\s*-->")
_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")


def _is_headline(line: str) -> bool:
    stripped = line.strip()
    words = stripped.split()
    return 0 < len(words) <= 20 and stripped[-1] not in ".!?:;,\"'”’"


def read_text(text: str, path: str = "<text>") -> Document:
    builder = DocumentBuilder(path, text, "text")
    # Suppression comments are recorded and cut from the prose.
    cuts: list[tuple[int, int]] = []
    for m in DIRECTIVE.finditer(text):
        builder.directive(m.start(), m.group(1))
        cuts.append((m.start(), m.end()))
    pos = 0
    first = True
    for para_start, para_end in _paragraphs(text):
        body = text[para_start:para_end]
        if not body.strip():
            continue
        kind = "heading" if first and "\n" not in body.strip() and _is_headline(body) else "paragraph"
        first = False
        builder.begin_block(kind, 1 if kind == "heading" else 0, para_start)
        pos = para_start
        for cut_start, cut_end in cuts:
            if cut_end <= para_start or cut_start >= para_end:
                continue
            builder.add_source(pos, cut_start)
            pos = cut_end
        builder.add_source(pos, para_end)
        builder.end_block()
    return builder.build()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _BLANK.finditer(text):
        spans.append((start, m.start()))
        start = m.end() - 1
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]
