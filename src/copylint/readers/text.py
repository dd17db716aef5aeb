"""Plain text: paragraphs are separated by blank lines; a short first line is the headline;
lines that start with a bullet ("- ", "* ", "• ", "1. ") are list items of their own."""

from __future__ import annotations

import re

from copylint.document import Document, DocumentBuilder

DIRECTIVE = re.compile(r"<!--\s*(copylint-[a-z-]+(?:\s[^>]*?)?)\s*-->")
_BLANK = re.compile(r"(?:\r\n?|\n)[ \t\f\v]*(?:\r\n?|\n)")  # LF, CRLF or lone CR line ends
_BULLET = re.compile(r"^[ \t]*(?:[-*•–]|\d{1,3}[.)])[ \t]+(?=\S)", re.MULTILINE)


#: Closing quotation marks: a headline may end in a quoted phrase ("Users 'lose patience'").
_CLOSING_QUOTES = "\"'”’»"


def _is_headline(line: str) -> bool:
    """A short line that does not end a sentence (a closing quote is looked through)."""
    stripped = line.strip()
    words = stripped.split()
    last = stripped.rstrip(_CLOSING_QUOTES)
    return 0 < len(words) <= 20 and bool(last) and last[-1] not in ".!?:;,"


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
        for block_kind, start, end in _split_list_items(text, para_start, para_end, kind):
            builder.begin_block(block_kind, 1 if block_kind == "heading" else 0, start)
            pos = start
            for cut_start, cut_end in cuts:
                if cut_end <= start or cut_start >= end:
                    continue
                builder.add_source(pos, max(pos, cut_start))
                pos = max(pos, cut_end)
            builder.add_source(pos, end)
            builder.end_block()
    return builder.build()


def _split_list_items(text: str, start: int, end: int, kind: str) -> list[tuple[str, int, int]]:
    """A paragraph as blocks: text before the first bullet, then one block per bullet line
    (with its continuation lines), the bullet marker left out."""
    bullets = [m for m in _BULLET.finditer(text, start, end) if m.start() == start or text[m.start() - 1] == "\n"]
    if not bullets:
        return [(kind, start, end)]
    out = []
    if bullets[0].start() > start:
        out.append(("paragraph", start, bullets[0].start()))
    for i, m in enumerate(bullets):
        stop = bullets[i + 1].start() if i + 1 < len(bullets) else end
        out.append(("list-item", m.end(), stop))
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _BLANK.finditer(text):
        spans.append((start, m.start()))
        start = m.end() - 1
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]
