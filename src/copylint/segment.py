"""Segmentation of prose: sentences (news-aware), word tokens, direct quotations, masks.

Pure functions over strings and offsets, so the Document can cache their results.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Protocol

from copylint import matching
from copylint.diagnostic import Span


class Block(Protocol):
    """Anything with a prose ``span`` (a :class:`copylint.document.Block`)."""

    @property
    def span(self) -> Span: ...


# Abbreviations that do not end a sentence when followed by a capitalised word.
_TITLES = (
    "mr mrs ms mx dr prof sen rep gov gen lt col sgt capt cmdr adm maj rev fr st mt ft pres supt"
    " insp det cpl pte hon jr sr messrs mme mlle sec atty asst lieut brig"
)
_MONTHS = "jan feb mar apr jun jul aug sep sept oct nov dec"
_STATES = (
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont"
    " neb nev okla ore pa tenn tex va vt wash wis wyo"
)
_OTHER = "inc ltd co corp bros no nos vs v etc approx dept univ assn est fig vol ch pp p op cf al"
_TITLE_SET = frozenset(_TITLES.split())
NON_TERMINAL = frozenset((_TITLES + " " + _MONTHS + " " + _STATES + " " + _OTHER).split())
# After these, a following number is expected ("No. 10", "Fig. 3") rather than a new sentence.
_BEFORE_NUMBER = frozenset({"no", "nos", "fig", "vol", "ch", "p", "pp", "art", "sec", "op"})
# Words that commonly start a sentence: after "U.S." or "a.m." they signal a real boundary.
_STARTERS = frozenset(
    "the a an he she it they we i you but and in on at this that these those there his her its our"
    " their if when while after before as so yet for however meanwhile still also some many most"
    " police officials what why how who then now later yesterday today".split()
)
_WEEKDAYS_MONTHS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june"
    " july august september october november december et gmt bst edt est pt pdt cst cdt utc".split()
)

# Possessive and always matching at the first mark of a run, so that a run of marks with no
# space after it ("!!!!...", "....") is passed over once, not tried again from every mark in it.
_BOUNDARY = re.compile(r"""([.!?…]++)(["'”’)\]]*+)(\s*)""")
_OPENERS = "\"'“‘([*_"


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence spans (offsets into ``text``).

    Knows titles, month and state abbreviations, initials, dotted abbreviations ("U.S.",
    "a.m."), decimals and ellipses; a sentence never ends before a lower-case word.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.start(3) == m.end(3):
            continue  # no space after the marks: not a boundary
        nxt = m.end()
        if nxt >= end:
            break
        if not _starts_sentence(text, nxt, end):
            continue
        punct = m.group(1)
        if punct == "." and not _period_ends(text, m.start(), cursor, nxt, end):
            continue
        if punct.startswith("…") or punct.startswith(".."):
            # An ellipsis ends a sentence only before a capitalised word.
            pass
        sent_end = m.end(2)
        if sent_end > cursor:
            spans.append((cursor, sent_end))
        cursor = nxt
    tail = text[cursor:end].rstrip()
    if tail.strip():
        lead = len(text[cursor:end]) - len(text[cursor:end].lstrip())
        spans.append((cursor + lead, cursor + len(tail)))
    return [trim(text, s, e) for s, e in spans if text[s:e].strip()]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inwards past whitespace (``text[start:end]`` stripped)."""
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    return start, start + len(stripped.rstrip())


def _starts_sentence(text: str, i: int, end: int) -> bool:
    while i < end and text[i] in _OPENERS:
        i += 1
    if i >= end:
        return False
    ch = text[i]
    return ch.isupper() or ch.isdigit() or ch in "£$€¥#@"


def _next_word(text: str, i: int, end: int) -> str:
    while i < end and text[i] in _OPENERS:
        i += 1
    j = i
    while j < end and (text[j].isalnum() or text[j] in "'’-"):
        j += 1
    return text[i:j]


_WORD_BACKWARDS = re.compile(r"""[^\s"'“‘(\[]*+""")


def _word_before(text: str, start: int, end: int) -> str:
    r"""The word just before ``end`` (no further back than ``start``): what the search of
    ``([^\s"'“‘(\[]*)$`` over ``text[start:end]`` finds, read backwards from ``end`` (such a
    search tries every start position; ``$`` also matches before a final line break)."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    back = _WORD_BACKWARDS.match(text[start:end][::-1]).end()  # type: ignore[union-attr]
    return text[end - back : end]


def _period_ends(text: str, dot: int, floor: int, nxt: int, end: int) -> bool:
    # Only the last 64 characters: searching back to the sentence start from every period made a
    # sentence full of abbreviations ("Mr. A Mr. B ...") quadratic.
    word = _word_before(text, max(floor, dot - 64), dot)
    bare = word.rstrip(".").lower()
    following = _next_word(text, nxt, end)
    if not bare:
        return True
    if bare in NON_TERMINAL and "." not in bare:
        if bare in _BEFORE_NUMBER:
            return not following[:1].isdigit()
        if bare not in _TITLE_SET:
            # "... Ltd. The company" ends; "Smith & Co. Ltd" does not: judge by the next word.
            return following.lower() in _STARTERS
        return False
    if len(bare) == 1 and bare.isalpha() and word[:1].isupper():
        return False  # an initial: "John F. Kennedy"
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", bare):
        # Dotted abbreviation: "U.S.", "a.m.", "Ph.D": a boundary only before a sentence starter.
        low = following.lower()
        if low in _WEEKDAYS_MONTHS:
            return False
        return low in _STARTERS
    return True


# A word: a dotted abbreviation ("U.S."), or letters and digits joined by single apostrophes and
# hyphens (possessive runs: each character is looked at once).
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}+|[^\W_][\w\u00ad]*+(?:['’\-‐](?=[^\W_])[\w\u00ad]*+)*+")
_BATCH = 4096
_START = re.Match.start
_END = re.Match.end


def word_bounds(text: str, blocks: Iterable[Block]) -> tuple[array[int], array[int]]:
    """Start and end offsets of the word tokens inside the given blocks (objects with a ``span``):
    letters and digits with inner apostrophes/hyphens. Two parallel integer arrays, filled a
    batch of matches at a time (no Python step per token)."""
    code = "i" if len(text) < 1 << 31 else "q"
    starts: array[int] = array(code)
    ends: array[int] = array(code)
    finditer = _WORD.finditer
    for block in blocks:
        matches = finditer(text, block.span.start, block.span.end)
        while batch := list(islice(matches, _BATCH)):
            starts.extend(map(_START, batch))
            ends.extend(map(_END, batch))
    return starts, ends


_QUOTE_MARK = re.compile("[“”‘’\"']")


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost direct quotations in ``text[start:end]``, marks included.

    Curly and straight double quotes; single quotes when used as quotation marks (British
    style) rather than apostrophes. An unclosed quotation runs to the end of the block, as a
    quote continued in the next paragraph does.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    kind = ""
    for m in _QUOTE_MARK.finditer(text, start, end):  # only quote marks change the state
        i = m.start()
        ch = text[i]
        if open_at is None:
            if ch in '“"' and _can_open(text, i, start, end):
                open_at, kind = i, "d"
            elif ch in "‘'" and _can_open(text, i, start, end) and _closes_later(text, i, end):
                open_at, kind = i, "s"
        else:
            if (
                kind == "d"
                and ch in '”"'
                and (ch == "”" or not _can_open(text, i, start, end) or _can_close(text, i, end))
            ) or (kind == "s" and ch in "’'" and _can_close(text, i, end)):
                spans.append((open_at, i + 1))
                open_at = None
    if open_at is not None:
        stop = end
        while stop > open_at and text[stop - 1].isspace():
            stop -= 1
        spans.append((open_at, stop))
    return spans


def _can_open(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before.isspace() or before in "([{—–-:/") and not after.isspace()


def _can_close(text: str, i: int, end: int) -> bool:
    after = text[i + 1] if i + 1 < end else " "
    return not (after.isalnum())


def _closes_later(text: str, i: int, end: int) -> bool:
    j = i + 1
    while True:
        j = _next_single(text, j, end)
        if j < 0:
            return False
        if _can_close(text, j, end) and not text[j - 1].isspace():
            # "the boys' toys": a plural possessive, not a closing quote, when a letter follows soon.
            return True
        j += 1


def _next_single(text: str, j: int, end: int) -> int:
    a = text.find("'", j, end)
    b = text.find("’", j, end)
    if a < 0:
        return b
    if b < 0:
        return a
    return min(a, b)


# Possessive runs ("++") where giving characters back could never let the next item match
# (a run without dots before a dot, without "@" before the "@"): no backtracking through words.
_SCHEME_URL = matching.later(r"""(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"'“”‘’]+[^\s<>"'“”‘’.,;:!?)\]]""", re.IGNORECASE)
# A bare domain is found in two linear steps: a run of dotted labels (which always matches once
# started, so no start position is scanned twice), then the domain pattern anchored at the run's
# start. Scanning for the domain pattern itself from every position made "1.1.1.1..." and
# "well-well-well-..." quadratic.
_DOTTED_RUN = re.compile(r"\b[a-z0-9-]++(?:\.[a-z0-9-]++)*+", re.IGNORECASE)
# A run holds no whitespace, so the dotted ones lie in the whitespace-delimited chunks that hold a
# dot: only those are scanned for runs (each chunk is read once, from its first character).
_DOMAIN = matching.later(
    r"""[a-z0-9-]++(?:\.[a-z0-9-]++)*\.(?:com|org|net|gov|edu|io|uk|co\.uk|info|biz|eu)(?:/[^\s<>"']*[^\s<>"'.,;:!?)\]])?\b""",
    re.IGNORECASE,
)
_EMAIL = matching.later(r"\b[\w.+-]++@[\w-]++(?:\.[\w-]+)+\b")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_CODE = re.compile(r"`[^`\n]+`")


def _urls(text: str) -> Iterator[tuple[int, int]]:
    # every URL with a scheme holds "://" or "www." (in any case): most copy holds neither
    maybe = "://" in text or "www." in text.lower()
    found = [(m.start(), m.end()) for m in _SCHEME_URL.finditer(text)] if maybe else []
    covered = 0
    scheme = iter(found)
    nxt = next(scheme, None)
    for run in _dotted_runs(text):
        while nxt is not None and nxt[1] <= run.start():
            nxt = next(scheme, None)
        if nxt is not None and nxt[0] <= run.start() < nxt[1]:
            continue  # part of a URL with a scheme
        pos = max(run.start(), covered)
        m = _DOMAIN.match(text, pos)
        if m:
            found.append((m.start(), m.end()))
            covered = m.end()
    return iter(sorted(found))


# A dot inside a run has a label character on each side: only the chunks holding such a dot
# can hold a dotted run, and they are found from those dots (a literal "." is what ``re``
# skips to fastest), not by reading every chunk of the text.
_INNER_DOT = matching.later(r"\.(?<=[a-z0-9-]\.)(?=[a-z0-9-])", re.IGNORECASE)
_NON_SPACE = matching.later(r"\S*+")


def _dotted_runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_DOTTED_RUN` over ``text`` that hold a dot, in order: those of
    each whitespace-delimited chunk that holds a dot."""
    runs = _DOTTED_RUN.finditer
    done = 0  # the end of the last chunk read
    for dot in _INNER_DOT.finditer(text):
        at = dot.start()
        if at < done:
            continue
        start, done = _chunk_start(text, at), _NON_SPACE.match(text, at).end()  # type: ignore[union-attr]
        for run in runs(text, start, done):
            if "." in run.group():
                yield run


def _chunk_start(text: str, i: int) -> int:
    """Where the whitespace-delimited chunk holding ``text[i]`` starts (the non-space run
    before ``i`` read backwards, in windows that double: linear in the chunk's length)."""
    width = 64
    while True:
        lo = max(0, i - width)
        back = _NON_SPACE.match(text[lo:i][::-1]).end()  # type: ignore[union-attr]
        if back < i - lo or lo == 0:
            return i - back
        width *= 2


def _comments(text: str) -> Iterator[tuple[int, int]]:
    """``<!-- ... -->`` comments, found with str.find: an unclosed one ends the search."""
    i = text.find("<!--")
    while i >= 0:
        j = text.find("-->", i + 4)
        if j < 0:
            return
        yield i, j + 3
        i = text.find("<!--", j + 3)


def auto_masks(text: str) -> Iterator[tuple[str, int, int]]:
    """URLs, e-mail addresses, stray HTML tags and backtick code found in any prose."""
    if "@" in text:  # every address has one
        for m in _EMAIL.finditer(text):
            yield "email", m.start(), m.end()
    for s, e in _urls(text):
        yield "url", s, e
    for m in _TAG.finditer(text):
        yield "tag", m.start(), m.end()
    for s, e in _comments(text):
        yield "tag", s, e
    for m in _CODE.finditer(text):
        yield "code", m.start(), m.end()
