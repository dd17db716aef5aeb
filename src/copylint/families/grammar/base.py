"""Shared helpers: words per sentence, regex tables over prose, case-matched replacements."""

from __future__ import annotations

import gc
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain, groupby, repeat
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from copylint import matching
from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.matching import Keywords, may_match, requirements
from copylint.toolkit import match_case, suggest

if TYPE_CHECKING:
    from copylint.kinds.pattern import PatternRule
    from copylint.rule import Context

#: Whitespace inside a paragraph (a single line break is allowed, a blank line is not).
# Possessive: a run of spaces is read one way only (the old "[ ]+\n?[ ]*" could split it at every
# space, so a long run before a failing word cost time per space squared).
WS = r"(?:[ \t\u00a0]++(?:\n[ \t\u00a0]*+)?|\n[ \t\u00a0]*+)"
#: Word boundaries that treat apostrophes and hyphens as part of a word.
L = r"(?<![\w'’-])"
R = r"(?![\w-]|['’]\w)"

AUXILIARIES = frozenset(
    "do does did don't doesn't didn't will would shall should can could may might must won't wouldn't "
    "shan't shouldn't can't cannot couldn't mightn't mustn't is are was were am isn't aren't wasn't "
    "weren't has have had hasn't haven't hadn't".split()
)
MODALS = frozenset("will would shall should can could may might must".split())
DETERMINERS = frozenset("a an the this that these those my your his her its our their no every each some any".split())
OBJECT_PRONOUNS = frozenset("me you him her it us them".split())
ARTICLES = frozenset(("a", "an"))


class Word(NamedTuple):
    """A word token of a sentence, lower-cased copy and the prose between it and the word before.

    A named tuple: a document has one per word, and a frozen dataclass computing two fields cost more to
    build than the grammar rules spent reading them."""

    text: str
    low: str
    start: int
    end: int
    gap: str  # prose between the previous word of the sentence and this one ("" for the first)
    #: no punctuation between this word and the previous one (whitespace only); from ``gap``
    joined: bool
    #: the first letter is a capital; from ``text``
    capitalised: bool


def sentence_words(doc: Document) -> Iterator[list[Word]]:
    """The words of each sentence, with apostrophes normalised to ASCII in ``low``.

    Computed once per document (every grammar rule walks them); callers must not mutate the lists."""
    return iter(sentence_index(doc).sentences)


class SentenceIndex(NamedTuple):
    """The words of a document's sentences and where each lower-cased word occurs, built once
    per document and shared by every grammar rule (callers must not mutate it)."""

    sentences: tuple[list[Word], ...]
    #: ``Word.low`` -> positions in document order (indexes into ``sentence_of``); a word with an
    #: apostrophe is also listed under its ending from the last apostrophe, starred ("*'ve" for
    #: "could've" and "'ve"; "*n't" for every word ending in n't)
    where: dict[str, list[int]]
    #: position -> its sentence's index, and the word's index in the sentence (plain ints, not
    #: a tuple per word: objects kept per word make the garbage collector's full passes slower)
    sentence_of: list[int]
    word_of: list[int]
    #: positions of the words whose ``low`` is the previous word's in the same sentence
    doubled: list[int]


def sentence_index(doc: Document) -> SentenceIndex:
    return doc.memo(_sentence_index)


def anchors(doc: Document, keys: Iterable[str]) -> list[tuple[list[Word], int]]:
    """(sentence words, index) of every word whose ``low`` is one of ``keys``, in document order.

    A rule whose every finding starts from one of a few words visits those words only, instead
    of walking every word of every sentence."""
    index = sentence_index(doc)
    return _located(index, _positions(index, keys))


def _positions(index: SentenceIndex, keys: Iterable[str]) -> Sequence[int]:
    """The positions of the words ``keys``, in document order."""
    where = index.where
    present = where.keys() & keys  # in C, walking the smaller of the two
    if not present:
        return ()
    if len(present) == 1:
        return where[present.pop()]
    return sorted(set(chain.from_iterable(map(where.__getitem__, present))))


def _located(index: SentenceIndex, positions: Sequence[int]) -> list[tuple[list[Word], int]]:
    sentences, sentence_of, word_of = index.sentences, index.sentence_of, index.word_of
    at = map(sentences.__getitem__, map(sentence_of.__getitem__, positions))
    return list(zip(at, map(word_of.__getitem__, positions), strict=True))


def repeats(doc: Document) -> list[tuple[list[Word], int]]:
    """(sentence words, index) of every word that repeats the word before it ("the the")."""
    index = sentence_index(doc)
    return _located(index, index.doubled)


def anchor_groups(doc: Document, keys: Iterable[str]) -> list[tuple[list[Word], list[int]]]:
    """:func:`anchors` gathered by sentence: (sentence words, indexes of the anchors in it)."""
    index = sentence_index(doc)
    sentences, word_of = index.sentences, index.word_of.__getitem__
    found = groupby(_positions(index, keys), index.sentence_of.__getitem__)  # in document order
    return [(sentences[s], list(map(word_of, at))) for s, at in found]


def _sentence_index(doc: Document) -> SentenceIndex:
    # A Word per token would start the cyclic garbage collector every 700 or so allocations,
    # and its passes cost as much as the building (on news copy, the index took 0.45 s over 300
    # articles instead of 0.25 s); nothing built here can form a cycle: the collector is paused.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _build_index(doc)
    finally:
        if paused:
            gc.enable()


def _build_index(doc: Document) -> SentenceIndex:
    tokens = doc.tokens
    starts, ends = tokens.starts, tokens.ends
    prose = doc.prose
    new = tuple.__new__
    sentences: list[list[Word]] = []
    where: dict[str, list[int]] = {}
    get = where.get
    sentence_of: list[int] = []
    word_of: list[int] = []
    doubled: list[int] = []
    g = 0  # position of the next word in the document
    for sentence in doc.sentences:
        i = bisect_left(starts, sentence.span.start)
        j = bisect_right(ends, sentence.span.end, i)  # the tokens wholly inside the sentence
        if j <= i:
            continue
        words: list[Word] = []
        append = words.append
        prev_end = -1
        prev_low = None
        for s, e in zip(starts[i:j], ends[i:j], strict=True):
            text = prose[s:e]
            low = text.lower()
            if "’" in low:
                low = low.replace("’", "'")
            if prev_end < 0:
                append(new(Word, (text, low, s, e, "", True, text[:1].isupper())))
            else:
                gap = prose[prev_end:s]
                append(new(Word, (text, low, s, e, gap, gap == " " or not gap.strip(), text[:1].isupper())))
            hit = get(low)
            if hit is None:
                where[low] = [g]
            else:
                hit.append(g)
                if low == prev_low:
                    doubled.append(g)
            if "'" in low:  # also under its contraction ending: "*'ve" for "could've", "*n't"
                key = "*n't" if low.endswith("n't") else "*" + low[low.rfind("'") :]
                hit = get(key)
                if hit is None:
                    where[key] = [g]
                else:
                    hit.append(g)
            prev_end = e
            prev_low = low
            g += 1
        sentence_of += repeat(len(sentences), j - i)
        word_of += range(j - i)
        sentences.append(words)
    return SentenceIndex(tuple(sentences), where, sentence_of, word_of, doubled)


def replace(start: int, end: int, message: str, original: str, *suggestions: str) -> Finding:
    """A finding that offers case-matched replacements for ``prose[start:end]`` (unsafe fix)."""
    return suggest(Span(start, end), message, *(match_case(original, s) for s in suggestions))


def expand_rx(pattern: str) -> str:
    """A table pattern in plain regex syntax: ``_`` is in-paragraph whitespace, ``'`` matches both
    apostrophes, ``<`` and ``>`` are word boundaries."""
    keep = {"(?P<x>": "\x00", "(?<!": "\x01", "(?<=": "\x02"}
    for k, v in keep.items():
        pattern = pattern.replace(k, v)
    pattern = pattern.replace("'", "['’]").replace("_", WS).replace("<", L).replace(">", R)
    for k, v in keep.items():
        pattern = pattern.replace(v, k)
    return pattern


@dataclass(frozen=True)
class Pattern:
    """One regex of a table rule: the named group ``x`` is flagged and replaced.

    The regex is compiled on first use, and only for a document that has the keywords every
    match needs (see :mod:`copylint.matching`): importing the rules and checking one article stay cheap."""

    source: str  # plain regex syntax (see :func:`expand_rx`), case-insensitive
    replacement: str | Callable[[re.Match[str]], str]
    message: str
    #: A regex (plain syntax, case-sensitive) that finds something in the lower-cased prose
    #: wherever ``source`` matches: a cheap scan with a literal start ("to", "no") that skips the
    #: expensive one in most documents. Must hold for every match; "" for none.
    gate: str = ""

    @cached_property
    def rx(self) -> re.Pattern[str]:
        return matching.compile(self.source, re.IGNORECASE)

    @cached_property
    def needs(self) -> tuple[Keywords, ...]:
        return requirements(self.source, re.IGNORECASE)

    @cached_property
    def gate_rx(self) -> re.Pattern[str] | None:
        return re.compile(self.gate) if self.gate else None

    @cached_property
    def stems(self) -> tuple[str, ...]:
        """The prefix (two characters or more) shared by every keyword of a group of ``needs``
        that has several ("same" of "same ", "same\t", "same\n"...): where it is absent, no
        keyword of its group is there, found with one scan of the prose instead of one a keyword."""
        out = []
        for group in self.needs:
            if len(group) > 1:
                stem = os.path.commonprefix(list(group))  # noqa: RUF071 - a prefix of words, not of paths
                if len(stem) >= 2:
                    out.append(stem)
        return tuple(out)

    def finditer(self, prose: str) -> Iterator[re.Match[str]]:
        """``rx.finditer(prose)``, skipped when the prose lacks the keywords a match needs or
        the gate finds nothing."""
        stems = self.stems
        if matching.analysing() and len(prose) >= matching.LONG_TEXT:  # the document's keyword tests, shared
            keywords = matching.text_keywords(prose)
            if keywords is not None:
                if (stems and not keywords.holds((stem,) for stem in stems)) or not keywords.holds(self.needs):
                    return iter(())
                gate = self.gate_rx
                if gate is not None and gate.search(keywords.low) is None:
                    return iter(())
                return self.rx.finditer(prose)
        if stems:
            low = matching.lowered(prose)  # (may_match's test below, in fewer scans where it fails)
            if low is not None:
                for stem in stems:
                    if stem not in low:
                        return iter(())
        if not may_match(self.needs, prose):
            return iter(())
        gate = self.gate_rx
        if gate is not None:
            low = matching.lowered(prose)  # None where case folding is not a plain lower()
            if low is not None and gate.search(low) is None:
                return iter(())
        return self.rx.finditer(prose)

    def findings(self, prose: str) -> Iterator[Finding]:
        for m in self.finditer(prose):
            text = m.group("x")
            repl = self.replacement(m) if callable(self.replacement) else self.replacement
            if not repl:
                continue
            msg = self.message.replace("{x}", text).replace("{r}", repl)
            yield replace(m.start("x"), m.end("x"), msg, text, repl)


def matcher(pattern: str) -> Pattern:
    """A table pattern for rules that walk the matches themselves: use ``.finditer(prose)``."""
    return Pattern(expand_rx(pattern), "", "")


#: Whitespace a table's ``_`` can match, for gates.
GATE_WS = r"[ \t\u00a0\n]"
Row = tuple[str, str | Callable[[re.Match[str]], str], str] | tuple[str, str | Callable[[re.Match[str]], str], str, str]


def table(*rows: Row) -> tuple[Pattern, ...]:
    """Patterns from (pattern, replacement, message[, gate]) rows (see :class:`Pattern`)."""
    return tuple(Pattern(expand_rx(row[0]), row[1], row[2], *row[3:]) for row in rows)


def run_table(doc: Document, patterns: Sequence[Pattern]) -> Iterator[Finding]:
    for pattern in patterns:
        yield from pattern.findings(doc.prose)


def branch_findings(rule_id: str, doc: Document, ctx: Context) -> Iterator[Finding]:
    """Findings of the token-pattern branches of a Python rule (``data/branches.yaml``).

    A rule that is only partly expressible as token patterns keeps its id, metadata and the
    rest of its check in Python; the branches that fit the pattern form are data there."""
    for branch in _branches().get(rule_id, ()):
        yield from branch.check(doc, ctx)


@lru_cache(maxsize=1)
def _branches() -> dict[str, tuple[PatternRule, ...]]:
    from copylint.kinds.pattern import PatternRule

    text = (Path(__file__).with_name("data") / "branches.yaml").read_text(encoding="utf-8")
    data = _parsed_yaml("grammar-branches", text)
    return {
        rule_id: tuple(
            PatternRule.from_mapping({"id": rule_id, "kind": "pattern", "summary": rule_id, **group}, "grammar", None)
            for group in groups
        )
        for rule_id, groups in data.items()
    }


def _parsed_yaml(name: str, text: str) -> dict:  # type: ignore[type-arg]
    """``yaml.safe_load(text)``, kept in the user cache (keyed by the text itself: a few kB, and
    no digest to compute): a one-article run need not parse it (nor import yaml)."""
    from copylint.diskcache import load_or_build

    def parse() -> dict:  # type: ignore[type-arg]
        import yaml

        return yaml.safe_load(text)  # type: ignore[no-any-return]

    try:
        return load_or_build(name, text, parse)  # type: ignore[no-any-return]
    except ValueError:  # a value marshal cannot keep: parse every time
        return parse()


#: Verbs that change their object to a state named after 'to' ("set the switch to off").
CHANGE_VERBS = frozenset(
    "set sets setting reset resets resetting change changes changed changing turn turns turned turning switch "
    "switches switched switching convert converts converted converting rename renames renamed renaming revert "
    "reverts reverted reverting paint paints painted painting dye dyes dyed dyeing upgrade upgrades upgraded "
    "downgrade downgrades downgraded".split()
)


def changed_to(words: list[Word], i: int) -> bool:
    """Is 'to' at ``i`` the end of "change/set/turn ... to", within five words and no punctuation?"""
    for k in range(i - 1, max(-1, i - 6), -1):
        if not words[k + 1].joined:
            return False
        if words[k].low in CHANGE_VERBS:
            return True
    return False
