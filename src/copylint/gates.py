"""The gates of a family's indexed rules (:mod:`copylint.ruleindex`), tested together once per
document instead of once per rule.

Tested one rule at a time, each of the 257 pattern-rule gates and the phrase gates of the
existence and substitution rules cost a few microseconds of Python per document even once the
rule is built (about 0.45 s over the 300-article news corpus). Here each family's gates are
indexed by their words once; per document, one set intersection with the document's words
finds the few gates that can pass, and only those are looked at further. The verdicts are
exactly :func:`copylint.ruleindex.allows`'s (``tests/test_gates.py`` compares them).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from copylint.document import Document
from copylint.rule import Context

#: A pattern gate's language, needed words, variants and their links (see :data:`copylint.ruleindex.Gate`).
_PatternSpec = tuple[
    str | None,
    frozenset[str] | None,
    tuple[tuple[frozenset[str], ...], ...] | None,
    tuple[tuple[tuple[int, int], ...], ...] | None,
]


class GateTable:
    """The gates of one family's rules, by slot; :meth:`passes` answers for one slot, the
    answers for every slot of a kind being worked out together on a document's first ask."""

    def __init__(self, gates: Sequence[tuple[Any, ...] | None]) -> None:
        self.gates = tuple(gates)
        self._kind = tuple(None if g is None else g[0] for g in self.gates)
        self._patterns = _PatternGates(
            [(i, g) for i, g in enumerate(self.gates) if g is not None and g[0] == "pattern"]
        )
        self._texts = _TextGates([(i, g) for i, g in enumerate(self.gates) if g is not None and g[0] == "text"])

        #: (document, language, pattern verdicts, text verdicts) of the last document asked
        #: about: a document's memo costs a few microseconds a look-up, this one a fraction
        #: (replaced whole, never changed in place; the document is held weakly).
        self._last: tuple[Callable[[], Document | None], str, dict[int, bool] | None, dict[int, bool] | None] = (
            _nobody,
            "",
            None,
            None,
        )

    def passes(self, slot: int, doc: Document, ctx: Context) -> bool:
        """:func:`copylint.ruleindex.allows` for the gate in ``slot``."""
        kind = self._kind[slot]
        if kind == "pattern":
            last = self._last
            verdicts = last[2]
            if verdicts is None or last[0]() is not doc or last[1] != ctx.language:
                verdicts = doc.memo(_pattern_verdicts, self._patterns, ctx.language)
                self._remember(doc, ctx.language, verdicts, None)
            return verdicts[slot]
        if kind == "text":
            last = self._last
            verdicts = last[3]
            if verdicts is None or last[0]() is not doc:
                verdicts = doc.memo(_text_verdicts, self._texts)
                self._remember(doc, ctx.language, None, verdicts)
            return verdicts[slot]
        from copylint.ruleindex import allows

        gate = self.gates[slot]
        return gate is None or allows(gate, doc, ctx)

    def _remember(
        self, doc: Document, language: str, patterns: dict[int, bool] | None, texts: dict[int, bool] | None
    ) -> None:
        last = self._last
        if last[0]() is doc and last[1] == language:  # keep what is known of this document
            patterns = patterns if patterns is not None else last[2]
            texts = texts if texts is not None else last[3]
        self._last = (weakref.ref(doc), language, patterns, texts)


def _nobody() -> None:
    return None


class _PatternGates:
    """Pattern gates indexed by the words they need."""

    def __init__(self, gates: Sequence[tuple[int, tuple[Any, ...]]]) -> None:
        self.specs: dict[int, _PatternSpec] = {i: (g[1], g[2], g[3], g[4]) for i, g in gates}
        #: Slots whose gate needs no particular word (always looked at).
        self.open = tuple(i for i, (_, needs, _, _) in self.specs.items() if needs is None)
        by_word: dict[str, list[int]] = {}
        for i, (_, needs, _, _) in self.specs.items():
            for word in needs or ():
                by_word.setdefault(word, []).append(i)
        self.by_word = {w: tuple(slots) for w, slots in by_word.items()}
        self.words = frozenset(by_word)


class _TextGates:
    """Phrase gates indexed by each phrase's longest word (the likeliest to be missing)."""

    def __init__(self, gates: Sequence[tuple[int, tuple[Any, ...]]]) -> None:
        self.slots = tuple(i for i, _ in gates)
        self.patterns = {i: tuple(g[2]) for i, g in gates}
        # A phrase is a sorted tuple of words: the last of its longest is its longest, the
        # greatest first. ``issuperset`` takes the tuple as it is (built once per run: 1,271
        # phrases in the built-in packs).
        by_word: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        get = by_word.get
        for i, g in gates:
            for phrase in g[1]:
                key = max(reversed(phrase), key=len)
                found = get(key)
                if found is None:
                    by_word[key] = [(i, phrase)]
                else:
                    found.append((i, phrase))
        self.by_word = {w: tuple(v) for w, v in by_word.items()}
        self.words = frozenset(by_word)
        #: Slot -> the keyword groups of each of its patterns (``copylint.matching.requirements``),
        #: read once per run instead of once per document.
        self.needs: dict[int, tuple[tuple[Any, ...], ...]] = {}


def _pattern_verdicts(doc: Document, table: _PatternGates, language: str) -> dict[int, bool]:
    from copylint.kinds.pattern import _index_of
    from copylint.nlp.analysis import tagged_yet, words

    out = dict.fromkeys(table.specs, False)
    # the vocabulary copylint.kinds.pattern.applies tests the needed words against
    built = doc.cached(_index_of)
    if built is None and tagged_yet(doc) is not None:
        built = doc.memo(_index_of)
    vocabulary = words(doc) if built is None else built.vocabulary
    candidates = set(table.open)
    for word in vocabulary & table.words:
        candidates.update(table.by_word[word])
    present = words(doc)
    for slot in candidates:
        wanted, _, variants, links = table.specs[slot]
        if wanted and wanted != language:
            continue
        out[slot] = variants is None or some_variant(doc, present, variants, links)
    return out


def some_variant(
    doc: Document,
    present: AbstractSet[str],
    variants: tuple[tuple[frozenset[str], ...], ...],
    links: tuple[tuple[tuple[int, int], ...], ...] | None,
) -> bool:
    """Whether the document's words ``present`` hold a word of each set of one of a pattern
    gate's ``variants``, placed as that variant's links say (:func:`linked`; None: not tested)."""
    for k, variant in enumerate(variants):
        for ws in variant:
            if present.isdisjoint(ws):
                break
        else:
            if links is None or linked(doc, variant, links[k]):
                return True
    return False


def linked(doc: Document, variant: tuple[frozenset[str], ...], links: tuple[tuple[int, int], ...]) -> bool:
    """Whether ``doc`` has, for each link ``(near, far)`` of a pattern gate's variant, a word of
    one of the variant's word sets followed by a word of the next set ``near`` to ``far`` tokens
    later in the same sentence (where a match puts them; see
    :func:`copylint.ruleindex.pattern_links`). True when the document's tokens are not kept."""
    from copylint.nlp.analysis import placed

    got = placed(doc)
    if got is None:
        return True
    lows, ends, at = got
    for k, (near, far) in enumerate(links):
        then = variant[k + 1]
        if not _followed(lows, ends, at, variant[k], then, near, far):
            return False
    return True


def _followed(
    lows: list[str],
    ends: list[int],
    at: dict[str, list[int]],
    first: frozenset[str],
    then: frozenset[str],
    near: int,
    far: int,
) -> bool:
    for w in first.intersection(at):
        for g in at[w]:
            for q in range(g + near, min(g + far + 1, ends[g])):
                if lows[q] in then:
                    return True
    return False


def _text_verdicts(doc: Document, table: _TextGates) -> dict[int, bool]:
    from copylint.matching import LONG_TEXT, analysing, holds_every_group, lowered, requirements, text_keywords
    from copylint.ruleindex import _lowered_runs

    runs = doc.memo(_lowered_runs)
    if runs is None:
        return dict.fromkeys(table.slots, True)
    out = dict.fromkeys(table.slots, False)
    for word in runs & table.words:
        for slot, phrase in table.by_word[word]:
            if not out[slot] and runs.issuperset(phrase):
                out[slot] = True
    low: str | None = None  # the lowered prose, made when a gate first needs it
    lowered_yet = False
    # in a run over many files, the document's keyword tests (shared with other rules)
    keywords = text_keywords(doc.prose) if analysing() and len(doc.prose) >= LONG_TEXT else None
    known_needs = table.needs
    for slot in table.slots:
        if out[slot]:
            continue
        slot_needs = known_needs.get(slot)
        if slot_needs is None:
            slot_needs = known_needs[slot] = tuple(
                requirements(pattern, flags) for pattern, flags in table.patterns[slot]
            )
        for needs in slot_needs:  # copylint.matching.may_match's tests, lowering once
            if keywords is not None:
                if not needs or keywords.holds(needs):
                    out[slot] = True
                    break
                continue
            if needs and not lowered_yet:
                low, lowered_yet = lowered(doc.prose), True
            if not needs or low is None or holds_every_group(needs, low):
                out[slot] = True
                break
    return out
