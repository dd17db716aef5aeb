"""existence: flag phrases (``tokens``, literal) or regexes (``patterns``) wherever they occur.

With ``whole: true`` the match must make up the entire scope (a line or block), allowing
surrounding punctuation: the shape of scraped-page leftovers. ``exceptions`` are phrases
that veto a match they contain or that contains them. ``skip-titles: true`` leaves matches
written as titles of works alone ("Sea Change", "Walking On Thin Ice").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from copylint import matching
from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.frozen import compared
from copylint.kinds.base import (
    Common,
    KindError,
    _strs,
    alternation,
    bounded,
    is_title,
    parse_common,
    regions,
    skip_titles_option,
)
from copylint.kinds.patternset import PatternSet
from copylint.kinds.phrases import PhraseMatcher, choose
from copylint.rule import Context, RuleMeta
from copylint.toolkit import Message

_TRIM = " \t\r\n.,;:!?-–—|>»›•·*\"'“”‘’()[]"
_CLOSING = {")": "(", "]": "["}


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Existence:
    """A pack rule that reports each match of its phrases or patterns."""

    meta: RuleMeta
    message: Message
    scope: tuple[str, ...]
    regex: re.Pattern[str] = field(repr=False)
    whole: bool = False
    max_words: int = 0
    exceptions: re.Pattern[str] | None = field(default=None, repr=False)
    skip_titles: bool = False
    #: The ``tokens`` (phrases), matched without the regex (see :mod:`copylint.kinds.phrases`).
    phrases: PhraseMatcher | None = field(default=None, repr=False, compare=False)
    #: The ``patterns`` alone (matched after the phrases at each position), searched per text
    #: with only those whose keywords it contains.
    others: PatternSet | None = field(default=None, repr=False, compare=False)
    #: The ``exceptions``, matched without the regex.
    exception_phrases: PhraseMatcher | None = field(default=None, repr=False, compare=False)
    #: With ``whole`` and ``patterns`` only: the patterns, searched per line with only those
    #: whose keywords the line holds.
    lines: PatternSet | None = field(default=None, repr=False, compare=False)

    KEYS = frozenset({"tokens", "patterns", "whole", "max-words", "exceptions", "skip-titles"})
    PLACEHOLDERS = ("match",)

    @classmethod
    def from_mapping(
        cls,
        data: Mapping[str, Any],
        family: str,
        source: str | None,
        *,
        check: bool = True,
        defined_in: str | None = None,
    ) -> Existence:
        """``check=False`` (the built-in packs, which the tests compile) leaves the patterns
        unchecked until the rule's first use; ``defined_in`` is the rule's ``meta.defined_in``."""
        common = parse_common(data, family, source, set(cls.KEYS), cls.PLACEHOLDERS)
        regex = compile_terms(data, common, check)
        whole = data.get("whole", False)
        if not isinstance(whole, bool):
            raise KindError("whole must be true or false")
        max_words = data.get("max-words", 0)
        if not isinstance(max_words, int) or isinstance(max_words, bool) or max_words < 0:
            raise KindError("max-words must be a non-negative integer")
        tokens = tuple(_strs(data, "tokens"))
        patterns = tuple(_strs(data, "patterns"))
        flags = re.IGNORECASE if common.ignorecase else 0
        phrases = None
        others = PatternSet(patterns, flags) if patterns and not whole else None
        if tokens and not whole:
            if patterns:
                own = matching.deferred(partial(_phrases_pattern, tokens), flags)
                phrases = PhraseMatcher(tokens, common.ignorecase, lambda: own)
            else:
                phrases = PhraseMatcher(tokens, common.ignorecase, lambda: regex)
        exceptions = compile_exceptions(data, common)
        return cls(
            common.meta if defined_in is None else replace(common.meta, defined_in=defined_in),
            common.message,
            common.scope,
            regex,
            whole,
            max_words,
            exceptions,
            skip_titles_option(data),
            phrases,
            others,
            exception_matcher(data, common, exceptions),
            PatternSet(patterns, flags) if whole and patterns and not tokens else None,
        )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if self.whole:
            yield from self._whole(doc)
            return
        prose = doc.prose
        for start, end in regions(doc, self.scope):
            for ms, me in self._spans(prose, start, end):
                if me == ms:
                    continue
                if self.exception_phrases and _excepted(self.exception_phrases, prose, ms, me, start, end):
                    continue
                found = prose[ms:me]
                if self.skip_titles and is_title(found):
                    continue
                yield Finding(Span(ms, me), self.message.format(match=found))

    def _whole(self, doc: Document) -> Iterator[Finding]:
        """Matches that make up a whole region (line or block), less surrounding punctuation."""
        prose = doc.prose
        rx = self.regex
        for s, e, words in doc.memo(_trimmed_regions, self.scope):
            # the cheap tests first: a line too long, or lacking the pattern's keywords,
            # needs no regex (which is then not even compiled)
            if self.max_words and words > self.max_words:
                continue
            if self.lines is not None:
                # only the patterns whose keywords the line holds: the same matches there
                found = self.lines.for_region(prose, s, e)
                if found is None:
                    continue
                rx = found
            elif not matching.may_match_within(self.regex, prose, s, e):
                continue
            m = rx.fullmatch(prose, s, e)
            if m is None:
                m = rx.match(prose, s, e)
                if m is None or prose[m.end() : e].strip(_TRIM):
                    continue
            if doc.is_masked(Span(s, e)):
                # "Read more: https://..." - report the words before the URL, which the
                # engine would otherwise drop with the masked URL.
                e = _unmasked_end(doc, s, e)
                if e <= s:
                    continue
            yield Finding(Span(s, e), self.message.format(match=prose[s:e]))

    def _spans(self, prose: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The spans of ``self.regex.finditer(prose, start, end)``."""
        if self.phrases is None:
            if self.others is None:
                yield from (m.span() for m in self.regex.finditer(prose, start, end))
                return
            # patterns only: their alternation, less those the prose lacks the keywords of
            rx = self.others.for_text(prose)
            if rx is not None:
                yield from (m.span() for m in rx.finditer(prose, start, end))
        elif self.others is None:
            yield from self.phrases.finditer(prose, start, end)
        else:
            hits = self.phrases.hits(prose)
            if hits is None:
                yield from (m.span() for m in self.regex.finditer(prose, start, end))
                return
            others = self.others.for_text(prose)
            if others is None:
                yield from choose(prose, hits, start, end)
                return
            yield from self._merged(hits, others, prose, start, end)

    def _merged(
        self,
        hits: list[tuple[int, tuple[str, ...], int]],
        others: re.Pattern[str],
        prose: str,
        start: int,
        end: int,
    ) -> Iterator[tuple[int, int]]:
        """Phrases first, then patterns, leftmost first: the regex ``phrases|patterns``."""
        pos = start
        phrase = next(choose(prose, hits, pos, end), None)
        other = others.search(prose, pos, end)
        while phrase is not None or other is not None:
            if phrase is not None and (other is None or phrase[0] <= other.start()):
                yield phrase
                pos = phrase[1]
            else:
                assert other is not None
                if other.end() == other.start():
                    # an empty match: the regex's own rules for what follows one
                    yield from (m.span() for m in self.regex.finditer(prose, pos, end))
                    return
                yield other.span()
                pos = other.end()
            if phrase is not None and phrase[0] < pos:
                phrase = next(choose(prose, hits, pos, end), None)
            if other is not None and other.start() < pos:
                other = others.search(prose, pos, end)


def _trimmed_regions(doc: Document, scope: tuple[str, ...]) -> tuple[tuple[int, int, int], ...]:
    """Each region of ``scope`` less surrounding punctuation, with its word count: shared by
    the whole-line rules of a document (:meth:`Document.memo`)."""
    prose = doc.prose
    out = []
    for start, end in regions(doc, scope):
        s, e = _trim(prose, start, end)
        out.append((s, e, len(prose[s:e].split())))
    return tuple(out)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    limit = end
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    # Keep a closing bracket that closes one inside the span: "Comments (14)".
    while (
        end < limit
        and text[end] in _CLOSING
        and text.count(_CLOSING[text[end]], start, end) > text.count(text[end], start, end)
    ):
        end += 1
    return start, end


def _unmasked_end(doc: Document, start: int, end: int) -> int:
    """End of the unmasked, trimmed text from ``start`` up to the first mask (``start`` if none)."""
    for mask in doc.masks:
        if mask.span.end > start and mask.span.start < end:
            if mask.span.start <= start:
                return start
            return _trim(doc.prose, start, mask.span.start)[1]
    return end


def compile_terms(data: Mapping[str, Any], common: Common, check: bool = True) -> re.Pattern[str]:
    """The rule's regex, written and compiled on first use (a run that never reaches the rule,
    or a document its prefilter rules out, pays nothing for a long phrase list)."""
    tokens = tuple(_strs(data, "tokens"))
    patterns = tuple(_strs(data, "patterns"))
    if not tokens and not patterns:
        raise KindError("needs 'tokens' (phrases) or 'patterns' (regular expressions)")
    flags = re.IGNORECASE if common.ignorecase else 0
    if check:
        _check_patterns(list(patterns), flags)
    return matching.deferred(partial(_terms_pattern, tokens, patterns, flags), flags)


def _terms_pattern(tokens: tuple[str, ...], patterns: tuple[str, ...], flags: int) -> str:
    alts = [f"(?:{p})" for p in patterns]
    # The phrases' trie stays first; the patterns after it are dispatched on their first
    # character in runs over many files (the same matches as "|".join: see copylint.matching.union).
    joined = matching.alternatives(alts, flags) if alts else ""
    if tokens:
        phrases = bounded(alternation(tokens))
        joined = f"{phrases}|{joined}" if joined else phrases
    return joined


def refuse_slow(patterns: list[str], flags: int = 0) -> None:
    """Raise a KindError for the first pattern whose matching time is not linear in the copy
    (see :mod:`copylint.kinds.regexsafety`)."""
    from copylint.kinds.regexsafety import problem

    for p in patterns:
        why = problem(p, flags)
        if why:
            raise KindError(f"pattern {p!r} refused: {why}")


def _check_patterns(patterns: list[str], flags: int = 0) -> None:
    """Raise a KindError for the first pattern that does not compile on its own."""
    for p in patterns:
        try:
            re.compile(p, flags)
        except re.error as exc:
            raise KindError(f"invalid pattern {p!r}: {exc}") from None


def compile_exceptions(data: Mapping[str, Any], common: Common) -> re.Pattern[str] | None:
    exceptions = tuple(_strs(data, "exceptions"))
    if not exceptions:
        return None
    flags = re.IGNORECASE if common.ignorecase else 0
    return matching.deferred(partial(_phrases_pattern, exceptions), flags)


def _phrases_pattern(phrases: tuple[str, ...]) -> str:
    return bounded(alternation(phrases))


def exception_matcher(data: Mapping[str, Any], common: Common, regex: re.Pattern[str] | None) -> PhraseMatcher | None:
    if regex is None:
        return None
    return PhraseMatcher(tuple(_strs(data, "exceptions")), common.ignorecase, lambda: regex)


def _excepted(phrases: PhraseMatcher, text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """An exception phrase overlapping the match (within a few words) vetoes it."""
    window_start = max(lo, s - 60)
    window_end = min(hi, e + 60)
    return any(ms < e and s < me for ms, me in phrases.finditer(text, window_start, window_end))
