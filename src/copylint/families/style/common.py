"""Helpers shared by the style rules: block scopes, sentence starts, letter case, findings."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

from copylint import matching
from copylint.diagnostic import Edit, Finding, Span
from copylint.document import Document
from copylint.matching import Keywords, cased_requirements, first_chars, lowered, requirements
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
    census = doc.memo(_Census)
    if needs and not census.has_literal(needs):
        return ()
    if words and not census.holds((words,)):
        return ()
    # what matching.may_match_text tests, each keyword looked for once per document
    pattern, flags = matching.source(rx)
    keywords = _keywords(pattern, flags)
    if keywords and not census.holds(keywords):
        return ()
    # a pattern without IGNORECASE: its keywords as written, in the prose as written
    cased = _cased_keywords(pattern, flags)
    if cased and not census.holds_as_written(cased):
        return ()
    runs = _WHOLE.get(rx)
    if runs is not None and not _has_runs(doc, runs):
        return ()
    prose = doc.prose
    if matching.analysing():
        starts = _starts(pattern, flags)
        if starts is not None:
            if census.few(doc, starts):
                return _tried_at(doc, rx, kinds, starts)
            finder = _finder(pattern, flags, census.ascii_figures)
            if finder is not None:
                return _found_from(doc, rx, kinds, finder)
    found: list[re.Match[str]] = []
    scan = rx.finditer
    for block in doc.blocks:
        if block.kind in kinds:
            found.extend(scan(prose, block.span.start, block.span.end))
    return tuple(found)


#: Patterns whose every match holds, for each group, a whole run of word characters (``\w+``,
#: as ``\b`` sees words) that is one of the group's words, in lower case (see :func:`whole_words`).
_WHOLE: dict[re.Pattern[str], tuple[frozenset[str], ...]] = {}


def whole_words(rx: re.Pattern[str], *groups: Iterable[str]) -> re.Pattern[str]:
    """``rx``, known to :func:`finditer` as a pattern whose every match holds, for each of
    ``groups``, one of its words as a whole word (between ``\\b`` and ``\\b``: "ten" in "ten
    days", "twenty" in "twenty-one", not in "often"), in any case. A document whose lower-cased
    prose has no such run of word characters for some group is not scanned. The keyword tests
    find the words inside other words too ("ten" in "often"), so nearly every document passes
    them; as whole words the teens and tens of ``style.number-words`` are in 11 news articles
    of 300, a spelled number and "per cent" in 23. The runs are those the text gates read (one
    set per document, shared)."""
    _WHOLE[rx] = tuple(frozenset(w.lower() for w in g) for g in groups)
    return rx


def _has_runs(doc: Document, groups: tuple[frozenset[str], ...]) -> bool:
    """Does the lower-cased prose hold a run of word characters of each group (True when a
    case-folding trap makes the runs unsafe to read)?"""
    from copylint.ruleindex import _lowered_runs

    runs = doc.memo(_lowered_runs)
    return runs is None or all(not runs.isdisjoint(group) for group in groups)


@lru_cache(maxsize=1024)
def _keywords(pattern: str, flags: int) -> tuple[Keywords, ...]:
    return requirements(pattern, flags)


@lru_cache(maxsize=1024)
def _cased_keywords(pattern: str, flags: int) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(group) for group in cased_requirements(pattern, flags))


class _Census:
    """What the keyword tests read from one document, each keyword looked for once and kept:
    many patterns share keywords (months, number words, currency signs)."""

    __slots__ = ("_count", "_found", "_keywords", "_literal", "_low", "_pass", "_prose", "ascii_figures")

    def __init__(self, doc: Document) -> None:
        prose = self._prose = doc.prose
        #: Are the prose's figures (``\d``) all ASCII, 0-9?
        self.ascii_figures = prose.isascii() or not any(ch.isdecimal() and not ch.isascii() for ch in set(prose))
        self._low = lowered(doc.prose)  # None: a case-folding trap, keyword tests are unsafe
        #: In a run over many files, the keywords (lower case: the document's keyword tests,
        #: shared with other rules) and literals (as written) met in earlier documents are looked
        #: for in one pass each (:class:`matching.KeywordPass`)
        self._pass = matching.analysing()
        self._keywords = matching.text_keywords(prose) if self._pass and self._low is not None else None
        self._found: dict[str, bool] = {} if self._keywords is None else self._keywords.known
        self._literal: dict[str, bool] = _LITERALS.known(prose) if self._pass else {}
        self._count: dict[str, int] = {}

    def has_literal(self, literals: tuple[str, ...]) -> bool:
        """Does the prose hold one of ``literals`` as written?"""
        seen = self._literal
        for literal in literals:
            hit = seen.get(literal)
            if hit is None:
                hit = seen[literal] = literal in self._prose
                if self._pass:
                    _LITERALS.note(literal)
            if hit:
                return True
        return False

    def holds_as_written(self, groups: Iterable[tuple[str, ...]]) -> bool:
        """Does the prose hold, as written, a keyword of every group?"""
        return all(self.has_literal(group) for group in groups)

    def holds(self, groups: Iterable[Iterable[str]]) -> bool:
        """Does the lower-cased prose hold a keyword of every group (True when it cannot be told)?"""
        low = self._low
        if low is None:
            return True
        if self._keywords is not None:
            return self._keywords.holds(groups)
        found = self._found
        for group in groups:
            for keyword in group:
                hit = found.get(keyword)
                if hit is None:
                    hit = found[keyword] = keyword in low
                if hit:
                    break
            else:
                return False
        return True

    def few(self, doc: Document, starts: frozenset[str]) -> bool:
        """Are the positions holding one of ``starts`` few enough to try a pattern at each?"""
        count = self._count
        total = 0
        for key in starts:
            n = count.get(key)
            if n is None:
                n = count[key] = len(doc.memo(_figures)) if key == matching.DIGIT else self._prose.count(key)
            total += n
        return total * _TRY_COST < len(self._prose)


#: The census's literals (as written), met in the documents so far of a run over many files.
_LITERALS = matching.KeywordPass()


# In a run over many files, a pattern whose matches can only start with a few known characters
# (figures, currency signs, "&", some capitals, a dash or a space) is searched for in one pass
# of a second pattern, its *finder*: ``[K](?<=(?=(?:P))[\s\S])`` matches the one character at
# each position where P matches (K: the characters P's matches start with). It starts with a
# character class, so ``re`` skips to the next character of K in its fast loop (P itself mostly
# starts with an assertion, ``\b`` or a lookbehind, and is tried at every character), and P is
# tried only there, in C. P's own match at each such position is then taken with ``rx.match``.
# The same matches as ``rx.finditer``: P matches nowhere else, lookbehinds see before ``pos``,
# and the next match is looked for from the end of the last one, as ``finditer`` does (P's
# matches are never empty: matching.first_chars knows no first characters for a pattern that
# may match the empty string).


@lru_cache(maxsize=1024)
def _starts(pattern: str, flags: int) -> frozenset[str] | None:
    """The characters every match of ``pattern`` starts with (:func:`copylint.matching.first_chars`:
    ``matching.DIGIT`` for any figure), or None (unknown; or letters in any case; or any space)."""
    keys = first_chars(pattern, flags)
    if keys is None or matching.SPACE in keys or (flags & re.IGNORECASE and any(k.isalpha() for k in keys)):
        return None
    return keys


@lru_cache(maxsize=1024)
def _finder(pattern: str, flags: int, ascii_figures: bool) -> re.Pattern[str] | None:
    r"""The finder of ``pattern`` (see above; its first characters are known), or None. Where
    the prose's figures are all ASCII, a figure is ``[0-9]`` (faster to test than ``\d``)."""
    keys = _starts(pattern, flags)
    if keys is None:
        return None
    digit = "0-9" if ascii_figures else r"\d"
    chars = "".join(digit if k == matching.DIGIT else re.escape(k) for k in sorted(keys))
    try:
        return re.compile(rf"[{chars}](?<=(?=(?:{matching.optimise(pattern, flags)}))[\s\S])", flags)
    except re.error:  # inline global flags or the like: scan with the pattern itself
        return None


def _found_from(
    doc: Document, rx: re.Pattern[str], kinds: frozenset[str], finder: re.Pattern[str]
) -> tuple[re.Match[str], ...]:
    """The matches ``rx.finditer`` finds in the blocks of ``kinds``: ``rx.match`` where the
    finder says a match starts, past the end of the last match."""
    prose = doc.prose
    match = rx.match
    search = finder.finditer
    found: list[re.Match[str]] = []
    for block in doc.blocks:
        if block.kind not in kinds:
            continue
        pos, end = block.span.start, block.span.end
        for hit in search(prose, pos, end):
            at = hit.start()
            if at >= pos:
                m = match(prose, at, end)
                if m is not None:  # always (the finder tried the same pattern there)
                    found.append(m)
                    pos = m.end()
    return tuple(found)


# Where a pattern's first characters are few in a document (figures in most copy), trying the
# pattern at each of them from Python is cheaper still than the finder's pass over every
# character (about 10 ns a character).

#: Tried at one position costs about as much as the finder's pass over this many characters.
_TRY_COST = 64


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
