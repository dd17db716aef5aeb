"""Positions in the code units that protocols count.

copylint counts Unicode code points (Python string indexes). The Language Server Protocol
counts UTF-16 code units by default (UTF-8 or UTF-32 when negotiated) and LanguageTool's HTTP
API counts UTF-16 code units: a character outside the Basic Multilingual Plane (most emoji)
is one code point but two UTF-16 units.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

ENCODINGS = ("utf-16", "utf-8", "utf-32")


def units(text: str, encoding: str = "utf-16") -> int:
    """How many code units ``text`` takes in ``encoding`` ("utf-16", "utf-8" or "utf-32")."""
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-16":
        return len(text) + sum(1 for c in text if c > "\uffff")
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    raise ValueError(f"unknown encoding {encoding!r} (expected one of {', '.join(ENCODINGS)})")


def _from_units(line: str, count: int, encoding: str) -> int:
    """The code point index in ``line`` that ``count`` code units reach (clamped to the line)."""
    if encoding == "utf-32":
        return min(count, len(line))
    seen = 0
    for i, c in enumerate(line):
        if seen >= count:
            return i
        seen += units(c, encoding)
    return len(line)


class TextIndex:
    """Converts code point offsets and (line, column) pairs of one text to code units.

    Lines end at "\\n" (a "\\r" before it stays part of the line, as the LSP counts it).
    Conversions take O(log n) for UTF-16 and UTF-32, O(line length) for UTF-8.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts
        #: code point offsets of the characters that take two UTF-16 units
        self._astral = [i for i, c in enumerate(text) if c > "\uffff"] if not text.isascii() else []

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_text(self, line: int) -> str:
        """The text of a 0-based line, without its "\\n"."""
        start = self._starts[line]
        end = self._starts[line + 1] - 1 if line + 1 < len(self._starts) else len(self.text)
        return self.text[start:end]

    def utf16_offset(self, offset: int) -> int:
        """The UTF-16 offset of a code point offset."""
        return offset + bisect_left(self._astral, offset)

    def utf16_length(self, start: int, end: int) -> int:
        return self.utf16_offset(end) - self.utf16_offset(start)

    def offset(self, line: int, column: int) -> int:
        """The code point offset of a 1-based line and code point column (clamped to the text)."""
        if line < 1:
            return 0
        if line > len(self._starts):
            return len(self.text)
        start = self._starts[line - 1]
        end = self._starts[line] - 1 if line < len(self._starts) else len(self.text)
        return min(start + max(column - 1, 0), end)

    def position(self, offset: int, encoding: str = "utf-16") -> tuple[int, int]:
        """(0-based line, column in code units) of a code point offset: an LSP Position."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self._starts, offset) - 1
        start = self._starts[line]
        if encoding == "utf-16":
            return line, self.utf16_offset(offset) - self.utf16_offset(start)
        return line, units(self.text[start:offset], encoding)

    def from_position(self, line: int, column: int, encoding: str = "utf-16") -> int:
        """The code point offset of an LSP Position (0-based line, column in code units)."""
        if line < 0:
            return 0
        if line >= len(self._starts):
            return len(self.text)
        return self._starts[line] + _from_units(self.line_text(line), column, encoding)
