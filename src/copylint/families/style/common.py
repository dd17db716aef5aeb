"""Helpers shared by the style rules: block scopes, sentence starts, letter case, findings."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from copylint import matching
from copylint.diagnostic import Edit, Finding, Span
from copylint.document import Document
from copylint.matching import first_chars, holds_every_group, lowered, requirements
from copylint.toolkit import suggest

#: Running copy: everything but headlines.
BODY = frozenset({"paragraph", "list-item", "blockquote", "table-cell", "caption", "description"})
#: Headlines: Markdown headings, a plain-text first line, a front-matter or HTML title.
HEADLINE = frozenset({"heading", "title"})
EVERYWHERE = BODY | HEADLINE

_OPENERS = "\"'“‘([*_ \t\n"

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_word(n: int) -> str:
    """0-99 in words ("twenty-one")."""
    if n < 10:
        return SMALL[n]
    if n < 20:
        return TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return TENS[tens] + ("-" + SMALL[unit] if unit else "")


def word_value(word: str) -> int | None:
    """The value of a spelled number from zero to ninety-nine, or None."""
    w = word.lower()
    if w in SMALL:
        return SMALL.index(w)
    if w in TEENS:
        return 10 + TEENS.index(w)
    if w in TENS and w:
        return 10 * TENS.index(w)
    head, sep, tail = w.partition("-")
    if sep and head in TENS and head and tail in SMALL[1:]:
        return 10 * TENS.index(head) + SMALL.index(tail)
    return None


def blocks(doc: Document, kinds: frozenset[str]) -> Iterator[Span]:
    for block in doc.blocks:
        if block.kind in kinds:
            yield block.span


def finditer(
    doc: Document,
    rx: re.Pattern[str],
    kinds: frozenset[str] = BODY,
    *,
    needs: tuple[str, ...] = (),
    words: tuple[str, ...] = (),
) -> Iterator[re.Match[str]]:
    """Matches of ``rx`` inside the blocks of the given kinds (running copy by default); none
    without a scan when the prose lacks the keywords every match needs: those computed from the
    pattern, ``needs``, literals one of which every match contains as written (a dash, a
    currency sign: characters too short for the computed keywords, and rare in copy), and
    ``words``, lower-case literals one of which every match contains in any case ("pc").

    The matches are found once per document and arguments and shared (:meth:`Document.memo`):
    several rules read the same date, time and title patterns."""
    return iter(doc.memo(_matches, rx, kinds, needs, words))


def _matches(
    doc: Document, rx: re.Pattern[str], kinds: frozenset[str], needs: tuple[str, ...], words: tuple[str, ...]
) -> tuple[re.Match[str], ...]:
    prose = doc.prose
    if needs and not any(literal in prose for literal in needs):
        return ()
    if words:
        low = doc.memo(_lowered)
        if low is not None and not any(word in low for word in words):
            return ()
    # what matching.may_match_text tests, with the document's lower-cased prose made once
    flags = getattr(rx, "_flags", None)  # a pattern of matching.compile, not yet compiled
    keywords = requirements(rx.pattern, rx.flags if flags is None else flags)
    if keywords:
        low = doc.memo(_lowered)
        if low is not None and not holds_every_group(keywords, low):
            return ()
    starts = _first_chars(rx) if matching.analysing() else None
    if starts is not None and _few(doc, starts):
        return _tried_at(doc, rx, kinds, starts)
    found: list[re.Match[str]] = []
    scan = rx.finditer
    for block in doc.blocks:
        if block.kind in kinds:
            found.extend(scan(prose, block.span.start, block.span.end))
    return tuple(found)


# A scan costs about the same at every character; where the characters a pattern's matches can
# start with are few in a document (figures, currency signs, a few capitals), trying the pattern
# at each of them is several times cheaper, with the same matches.

#: Tried at one position costs about as much as a scan over this many characters.
_TRY_COST = 16


def _first_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The characters every match of ``rx`` starts with (:func:`copylint.matching.first_chars`:
    ``matching.DIGIT`` for any figure), or None (unknown; or letters in any case)."""
    flags = getattr(rx, "_flags", None)  # a pattern of matching.compile, not yet compiled
    flags = rx.flags if flags is None else flags
    keys = first_chars(rx.pattern, flags)
    if keys is None or matching.SPACE in keys or (flags & re.IGNORECASE and any(k.isalpha() for k in keys)):
        return None
    return keys


def _few(doc: Document, starts: frozenset[str]) -> bool:
    """Are the positions holding one of ``starts`` few enough to try the pattern at each?"""
    prose = doc.prose
    count = sum(prose.count(k) for k in starts if k != matching.DIGIT)
    if matching.DIGIT in starts:
        count += len(doc.memo(_figures))
    return count * _TRY_COST < len(prose)


def _figures(doc: Document) -> list[int]:
    """Where the prose has a figure (``\\d``)."""
    return [m.start() for m in _FIGURE.finditer(doc.prose)]


_FIGURE = re.compile(r"\d")


def _positions(doc: Document, starts: frozenset[str]) -> list[int]:
    """Where the prose holds one of ``starts`` (``matching.DIGIT``: any figure), in order."""
    prose = doc.prose
    found: list[int] = list(doc.memo(_figures)) if matching.DIGIT in starts else []
    find = prose.find
    for ch in starts:
        if ch == matching.DIGIT or (ch.isdecimal() and matching.DIGIT in starts):
            continue
        i = find(ch)
        while i >= 0:
            found.append(i)
            i = find(ch, i + 1)
    found.sort()
    return found


def _tried_at(
    doc: Document, rx: re.Pattern[str], kinds: frozenset[str], starts: frozenset[str]
) -> tuple[re.Match[str], ...]:
    """The matches ``rx.finditer`` finds in the blocks of ``kinds``, found by trying ``rx.match``
    at each position holding one of ``starts``, the only characters a match can start with (a
    match found there is the one a scan finds; the next try is after it, as for the scan)."""
    prose = doc.prose
    positions = doc.memo(_positions, starts)
    match = rx.match
    found: list[re.Match[str]] = []
    n = len(positions)
    for block in doc.blocks:
        if block.kind not in kinds:
            continue
        pos, end = block.span.start, block.span.end
        i = bisect_left(positions, pos)
        while i < n:
            at = positions[i]
            if at >= end:
                break
            i += 1
            if at >= pos:
                m = match(prose, at, end)
                if m is not None:
                    found.append(m)
                    pos = m.end()
    return tuple(found)


def _lowered(doc: Document) -> str | None:
    """The prose lower-cased for keyword tests (:func:`copylint.matching.lowered`), once per document."""
    return lowered(doc.prose)


def in_headline(doc: Document, offset: int) -> bool:
    index = doc.block_of(offset)
    return index is not None and doc.blocks[index].kind in HEADLINE


def sentence_start(doc: Document, offset: int) -> bool:
    """Is ``offset`` the first word of its sentence (after any quote marks or brackets)?"""
    index = doc.sentence_index(offset)
    if index is None:
        return False
    start = doc.sentences[index].span.start
    return not doc.prose[start:offset].strip(_OPENERS)


def previous_word(doc: Document, offset: int) -> str:
    """The word just before ``offset`` (punctuation between them is kept, e.g. "Smith,")."""
    text = doc.prose[max(0, offset - 40) : offset].rstrip()
    parts = text.split()
    return parts[-1] if parts else ""


def next_word(doc: Document, offset: int) -> str:
    text = doc.prose[offset : offset + 40].lstrip()
    parts = text.split()
    return parts[0] if parts else ""


def flag(
    start: int,
    end: int,
    message: str,
    replacement: str | None = None,
    *,
    safe: bool = False,
    suggestions: Iterable[str] | None = None,
) -> Finding:
    """A finding on prose[start:end]; with a replacement it carries a fix and a suggestion."""
    span = Span(start, end)
    if replacement is None:
        return Finding(span, message, tuple(suggestions or ()))
    return suggest(span, message, *(suggestions or (replacement,)), safe=safe, edit=Edit(span, replacement))
