"""Phrase lists matched in one Aho-Corasick pass (pyahocorasick), with exactly the matches of
the regex the kinds used to build for them.

A kind's phrase list (``tokens``, ``swap``, ``exceptions``) means the pattern
``bounded(alternation(phrases))`` of :mod:`copylint.kinds.base`: words separated by any run of
whitespace, ``'``/``’``, ``-``/``‐`` and ``"``/``“``/``”`` interchangeable, whole words only, and,
where several phrases match at one position, the one the trie regex tries first (the extension
of a phrase before the phrase itself, then the phrases' token order). :class:`PhraseMatcher`
gives the same spans as that regex's ``finditer(text, start, end)`` (``tests/kinds/
test_phrases.py`` checks it against the regex on random copy) without compiling it: the
automaton builds in C in about a millisecond where the trie regex of a 600-phrase list took a
quarter of a second to compile. Phrase lists it does not model (letters outside ASCII, an empty
phrase) and text it does not (a character that ``IGNORECASE`` folds onto an ASCII letter that
``str.lower`` does not: see :data:`copylint.matching._FOLD_TRAPS`) go to the regex.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from copylint import matching

try:
    import ahocorasick
except ImportError:  # an environment not yet reinstalled since the dependency came: the regex
    ahocorasick = None
from copylint.kinds.base import _tokens

#: Characters the kinds' phrase regexes treat as one (see ``kinds.base._char``).
_SAME = str.maketrans({"’": "'", "‐": "-", "“": '"', "”": '"'})
#: Every character ``\s`` matches in a str pattern (``str.isspace``), mapped to a space.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_SPACES = str.maketrans(WHITESPACE, " " * len(WHITESPACE))
_RUN = re.compile(" {2,}")
#: Sorts after every token: a phrase is tried after its extensions (the trie's optional tail).
_LAST = "\U0010ffff"
_WORD_BEFORE = frozenset("'’-")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class PhraseMatcher:
    """Whole-word phrases of a list, found as the kinds' trie regex finds them."""

    def __init__(self, phrases: Sequence[str], ignorecase: bool, fallback: Callable[[], re.Pattern[str]]) -> None:
        self.ignorecase = ignorecase
        self._fallback = fallback
        self._phrases = tuple(phrases)
        self._automaton: ahocorasick.Automaton | None = None
        self.modelled = ahocorasick is not None and all(
            p.split() and (p.isascii() or all(c.isascii() or c in "’‐“”" for c in p)) for p in self._phrases
        )

    def _build(self) -> ahocorasick.Automaton:
        # Phrases that read the same after normalising give the same span: keep the first in
        # the trie's order (the one the regex would report; the span is the same anyway).
        best: dict[str, tuple[str, ...]] = {}
        for phrase in self._phrases:
            key = (*_tokens(phrase), _LAST)
            norm = self._normal(" ".join(phrase.split()))
            if norm not in best or key < best[norm]:
                best[norm] = key
        automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for norm, key in best.items():
            automaton.add_word(norm, (len(norm), key))
        automaton.make_automaton()
        return automaton

    def _normal(self, text: str) -> str:
        text = text.translate(_SAME)
        return text.lower() if self.ignorecase else text

    def finditer(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The (start, end) spans of ``regex.finditer(text, start, end)``."""
        hits = self.hits(text)
        if hits is None:
            yield from ((m.start(), m.end()) for m in self.regex().finditer(text, start, end))
            return
        yield from choose(text, hits, start, end)

    def regex(self) -> re.Pattern[str]:
        """The regex this matcher stands for (text or phrases it does not model go to it)."""
        return self._fallback()

    def hits(self, text: str) -> list[tuple[int, tuple[str, ...], int]] | None:
        """Every occurrence in ``text`` as (start, trie key, end), sorted; None where the matcher
        does not model the phrases or the text (then :meth:`regex` is the answer)."""
        if not self.modelled:
            return None
        view = _view(text, self.ignorecase)
        if view is None:
            return None
        norm, segments = view
        return _occurrences(self, text, norm, segments)

    def automaton(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            self._automaton = self._build()
        return self._automaton


@lru_cache(maxsize=8)
def _occurrences(
    matcher: PhraseMatcher, text: str, norm: str, segments: tuple[tuple[int, int], ...]
) -> list[tuple[int, tuple[str, ...], int]]:
    out = []
    starts = [s for s, _ in segments]
    for last, (length, key) in matcher.automaton().iter(norm):
        first = last - length + 1
        out.append((_orig(first, segments, starts), key, _orig(last, segments, starts) + 1))
    out.sort()
    return out


def _orig(i: int, segments: tuple[tuple[int, int], ...], starts: list[int]) -> int:
    """The position in the original text of position ``i`` of the normalised one."""
    if len(segments) == 1:
        return i
    k = bisect_left(starts, i + 1) - 1
    norm_start, orig_start = segments[k]
    return orig_start + i - norm_start


@lru_cache(maxsize=4)
def _view(text: str, ignorecase: bool) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """``text`` normalised (case, quotes, every whitespace run one space) and the segments that
    map it back: (normalised start, original start) of each stretch copied one to one."""
    if ignorecase:
        low = matching.lowered(text)
        if low is None or len(low) != len(text):
            return None
    else:
        low = text
    flat = low.translate(_SAME).translate(_SPACES)
    segments = [(0, 0)]
    if "  " not in flat:
        return flat, tuple(segments)
    parts = []
    pos = 0
    removed = 0
    for m in _RUN.finditer(flat):
        parts.append(flat[pos : m.start() + 1])
        removed += m.end() - m.start() - 1
        pos = m.end()
        segments.append((pos - removed, pos))
    parts.append(flat[pos:])
    return "".join(parts), tuple(segments)


def choose(text: str, hits: list[tuple[int, tuple[str, ...], int]], start: int, end: int) -> Iterator[tuple[int, int]]:
    """The regex's leftmost-first, non-overlapping choice among the occurrences in [start, end)."""
    i = bisect_left(hits, (start,))
    n = len(hits)
    pos = start
    while i < n:
        s = hits[i][0]
        if s < pos:
            i += 1
            continue
        # hits at s are in the trie's order: the first that is a whole word wins
        chosen = -1
        while i < n and hits[i][0] == s:
            e = hits[i][2]
            if chosen < 0 and e <= end and _bounded(text, s, e, end):
                chosen = e
            i += 1
        if chosen >= 0:
            yield s, chosen
            pos = chosen


def _bounded(text: str, s: int, e: int, end: int) -> bool:
    """``(?<![\\w'’-])`` before ``s`` and ``(?![\\w-]|['’]\\w)`` after ``e`` (not past ``end``)."""
    if s > 0:
        c = text[s - 1]
        if c in _WORD_BEFORE or _is_word(c):
            return False
    if e < end:
        c = text[e]
        if c == "-" or _is_word(c):
            return False
        if c in "'’" and e + 1 < end and _is_word(text[e + 1]):
            return False
    return True
