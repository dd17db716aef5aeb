"""Hugo's TOML front matter (between ``+++`` lines): parsed with the standard library's tomllib;
its top-level ``title``, ``description``, ``summary`` and ``subtitle`` strings become copy,
positioned in the source; everything else is metadata and never linted."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from copylint.document import DocumentBuilder

OPEN = re.compile(r"\+\+\+[ \t]*(?:\r\n|\r|\n)")
CLOSE = re.compile(r"^\+\+\+[ \t]*\r?$", re.MULTILINE)
_TABLE = re.compile(r"^[ \t]*\[", re.MULTILINE)


def find(text: str) -> tuple[int, int, int] | None:
    """(start, end) of the TOML between the ``+++`` fences at the very top, and the end of the
    closing fence; None when there is none."""
    opening = OPEN.match(text)
    if opening is None:
        return None
    closing = CLOSE.search(text, opening.end())
    if closing is None:
        return None
    return opening.end(), closing.start(), closing.end()


def parse(text: str) -> dict[str, Any] | None:
    """The front matter as TOML, or None when it is not valid TOML."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None


def read(builder: DocumentBuilder, text: str, start: int, end: int, keys: dict[str, str]) -> None:
    """Add the copy strings among ``keys`` (front-matter key -> block kind) as blocks."""
    data = parse(text[start:end])
    if data is None:
        return
    table = _TABLE.search(text, start, end)
    top_end = table.start() if table else end  # keys after the first [table] are not top level
    for key, kind in keys.items():
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        located = _locate(text, key, start, top_end)
        if located is None:
            continue
        value_start, value_end, raw = located
        builder.begin_block(kind, 0, value_start)
        if raw == value:  # no escapes: every character where it stands
            builder.add(value, value_start)
        else:  # escapes or line-ending backslashes: the value spans its literal
            builder.add_mapped(value, value_start, value_end)
        builder.end_block()


def _locate(text: str, key: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Where the string literal of top-level ``key`` holds its characters: (start, end, raw)."""
    m = re.compile(r"^[ \t]*(?:%s|\"%s\"|'%s')[ \t]*=[ \t]*" % ((re.escape(key),) * 3), re.MULTILINE).search(
        text, start, end
    )
    if m is None:
        return None
    p = m.end()
    for delim in ('"""', "'''", '"', "'"):
        if text.startswith(delim, p):
            break
    else:
        return None
    q = p + len(delim)
    if len(delim) == 3:
        if text.startswith("\r\n", q):
            q += 2
        elif text.startswith("\n", q):
            q += 1
    close = q
    while True:
        close = text.find(delim, close, end)
        if close < 0:
            return None
        if delim.startswith('"') and _escaped(text, close):
            close += 1
            continue
        break
    return q, close, text[q:close]


def _escaped(text: str, at: int) -> bool:
    backslashes = 0
    while at - backslashes - 1 >= 0 and text[at - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1
