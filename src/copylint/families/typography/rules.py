"""Typography checks that need the whole document: doubled spaces inside sentences, and
straight and curly quotes (or apostrophes) mixed in one document.

The pattern-only typography rules live in ``rules/typography.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.frozen import compared
from copylint.rule import Context, rule
from copylint.toolkit import suggest

# "(?<=\S) {2,}(?=\S)" with the first space consumed before the look-behind, so that re can
# skip ahead to spaces.
_DOUBLE_SPACE = re.compile(r" (?<=\S )  *(?=\S)")
_SENTENCE_END = ".!?…"
_CLOSERS = "\"'”’)]"
#: A line split by runs of spaces into this many cells of a few words each is a table, not prose.
_COLUMN_CELLS = 3
_CELL_WORDS = 4


@rule(
    "typography.doubled-space",
    "Flags two or more spaces between words inside a sentence.",
    severity="warning",
    fixable=True,
    bad=["The council  voted on Tuesday to close the library."],
    good=["The council voted on Tuesday to close the library.", "It closed.  Then it reopened."],
)
def doubled_space(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a run of spaces between two words of a sentence ("The council  voted"), usually
    left behind when a word was deleted during editing.

    **Why:** the gap shows in print and on screen, and it is easy to miss while editing.

    **Instead:** keep one space (the fix does this). Two spaces after a full stop, between
    sentences, are a separate typing convention and are not flagged; nor are lines laid out
    in columns, or HTML, where browsers collapse spaces.
    """
    if doc.format == "html":
        return
    prose = doc.prose
    columns: dict[int, bool] = {}  # line start -> laid out in columns (one answer per line)
    newlines = [m.start() for m in re.finditer("\n", prose)]
    for block in doc.blocks:
        for m in _DOUBLE_SPACE.finditer(prose, block.span.start, block.span.end):
            if _after_sentence_end(prose, m.start()) or _in_columns(
                prose, m.start(), block.span.start, block.span.end, columns, newlines
            ):
                continue
            span = Span(m.start(), m.end())
            yield suggest(span, "Doubled space: keep one.", " ", safe=True)


def _after_sentence_end(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in _CLOSERS:
        j -= 1
    return j >= 0 and text[j] in _SENTENCE_END


def _in_columns(text: str, i: int, lo: int, hi: int, memo: dict[int, bool], newlines: list[int]) -> bool:
    """Is offset ``i`` in a table laid out with spaces (two or more rows like "Jo  34  Leeds")?
    ``memo`` keeps the answer per line, so a long line is examined once, not once per gap."""
    k = bisect_left(newlines, i) - 1
    start = max(newlines[k] + 1 if k >= 0 else 0, lo)
    if start not in memo:
        memo[start] = _line_in_columns(text, start, i, lo, hi)
    return memo[start]


def _line_in_columns(text: str, start: int, i: int, lo: int, hi: int) -> bool:
    end = text.find("\n", i, hi)
    end = hi if end < 0 else end
    if not _columnar(text[start:end]):
        return False
    prev_start = max(text.rfind("\n", lo, max(start - 1, lo)) + 1, lo)
    next_end = text.find("\n", end + 1, hi)
    previous = text[prev_start : start - 1] if start > lo else ""
    following = text[end + 1 : hi if next_end < 0 else next_end] if end < hi else ""
    return _columnar(previous) or _columnar(following)


def _columnar(line: str) -> bool:
    cells = re.split(r" {2,}|\t", line.strip())
    return len(cells) >= _COLUMN_CELLS and all(
        len(cell.split()) <= _CELL_WORDS and cell[-1:] not in ".,;:!?" for cell in cells
    )


@compared
@dataclass(frozen=True, eq=False, repr=False)
class _Marks:
    """One family of quote marks: its straight form and its curly forms."""

    name: str
    straight: str
    opening: str
    closing: str

    @property
    def curly(self) -> str:
        return self.opening + self.closing


_DOUBLE = _Marks("quote", '"', "“", "”")
_SINGLE = _Marks("apostrophe", "'", "‘", "’")
_OPENS_AFTER = " \t\n([{—–-/“‘"


def _occurrences(doc: Document, marks: _Marks) -> tuple[list[int], list[int]]:
    """Offsets of straight and curly marks in unmasked prose (inch and foot marks skipped)."""
    prose = doc.prose
    straight: list[int] = []
    curly: list[int] = []
    for m in re.finditer(f"[{re.escape(marks.straight + marks.curly)}]", prose):
        i = m.start()
        if doc.is_masked(Span(i, i + 1)):
            continue
        if m.group() != marks.straight:
            curly.append(i)
            continue
        before = prose[i - 1] if i else " "
        after = prose[i + 1] if i + 1 < len(prose) else " "
        if not (before.isdigit() and (marks is _DOUBLE or after.isdigit())):  # 12" screen, 6'2
            straight.append(i)
    return straight, curly


def _curly_for(prose: str, i: int, marks: _Marks) -> str:
    before = prose[i - 1] if i else " "
    after = prose[i + 1] if i + 1 < len(prose) else " "
    if before in _OPENS_AFTER and not after.isspace():
        if marks is _SINGLE and after.isdigit():
            return marks.closing  # ’90s
        return marks.opening
    return marks.closing


def _mixed(doc: Document, marks: _Marks) -> Iterator[Finding]:
    prose = doc.prose
    if marks.straight not in prose or not any(c in prose for c in marks.curly):
        return  # one style only (most copy): nothing to count
    straight, curly = _occurrences(doc, marks)
    if not straight or not curly:
        return
    counts = f"{len(curly)} curly, {len(straight)} straight"
    if len(straight) <= len(curly):
        for i in straight:
            replacement = _curly_for(doc.prose, i, marks)
            span = Span(i, i + 1)
            message = f"Straight {marks.name} {marks.straight} in a document that mostly uses curly ones ({counts})."
            yield suggest(span, message, replacement)
    else:
        for i in curly:
            span = Span(i, i + 1)
            message = f"Curly {marks.name} {doc.prose[i]} in a document that mostly uses straight ones ({counts})."
            yield suggest(span, message, marks.straight)


@rule(
    "typography.mixed-quotes",
    "Flags straight and curly double quotes mixed in one document (the minority style).",
    severity="warning",
    fixable=True,
    bad=['“We will appeal,” she said. "It is not over."'],
    good=["“We will appeal,” she said. “It is not over.”", 'The 12" screen costs more.'],
)
def mixed_quotes(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags the double quotation marks of the minority style when a document uses both
    straight (") and curly (“ ”) ones: usually a paragraph pasted from another source.

    **Why:** mixed marks look careless in print and break search-and-replace and smart-quote
    conversion later in the production chain.

    **Instead:** use one style throughout, normally your publication's. The suggestion gives
    the mark in the majority style (opening or closing by position). Inch marks after a number
    (12") and code are not counted. On a tie the straight marks are flagged.
    """
    yield from _mixed(doc, _DOUBLE)


@rule(
    "typography.mixed-apostrophes",
    "Flags straight and curly apostrophes or single quotes mixed in one document (the minority style).",
    severity="warning",
    fixable=True,
    bad=["The council’s plan was rejected, but the mayor's office said it would return."],
    good=["The council’s plan was rejected, but the mayor’s office said it would return.", "He is 6'2 tall."],
)
def mixed_apostrophes(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags apostrophes and single quotation marks of the minority style when a document uses
    both straight (') and curly (‘ ’) ones ("the council’s plan ... the mayor's office").

    **Why:** like mixed double quotes, mixed apostrophes show that copy was pasted together
    from different sources, and they defeat searches for a name with a possessive.

    **Instead:** use one style throughout. The suggestion gives the mark in the majority style.
    Foot marks between numbers (6'2) and code are not counted. On a tie the straight marks are
    flagged.
    """
    yield from _mixed(doc, _SINGLE)
