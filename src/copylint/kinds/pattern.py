"""pattern: a sequence of token tests over tagged sentences (LanguageTool-style rules).

    - id: grammar.went-on-win
      kind: pattern
      summary: "..."
      message: "Missing 'to' before '{2}': write '{suggestion}'"
      pattern:
        - lemma: [go, carry]          # any of these lemmas
        - word: on
        - tag: VB                      # a Penn tag (a regex, matched whole)
      mark: [2, 3]                     # 1-based tokens the diagnostic covers (default: all)
      suggest: "{2} to {3}"            # or a list; "{3:lemma|VBZ}" inflects, "{3:lower}"
      # or several: patterns: [{pattern: [...], mark: ..., suggest: ..., message: ...}, ...]
      antipatterns:                    # matches overlapping one of these are dropped
        - [{word: going}, {word: on}, {tag: VB}]

Token tests (all must hold): ``word`` (string or list, case-insensitive), ``lemma``, ``tag``
(regex, the tagger's reading), ``lex`` (regex: one of the tags the shipped lexicon lists for
the word, whatever the context), ``regex`` (on the token, case-insensitive), ``case`` (lower, upper, capitalised),
``chunk`` (NP, VG, PP, or B-NP...), ``not`` (a nested test that must fail), ``except`` (a list
of tests none of which may hold), ``anchor`` (start or end of the sentence), ``skip`` (up to N
tokens may come between this token and the next), ``optional`` (the token may be absent).
``language`` limits a rule to en-US or en-GB; ``scope`` (as the other kinds read it) to sentences
in blocks of those kinds: ``[paragraph, list-item, blockquote]`` leaves headlines, headings and
captions alone, where headline style drops articles and verbs. Sentences are tagged once per document and only
when a rule needs them: a rule whose literal words are not in the document never tags it.
"""

from __future__ import annotations

import gc
import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from itertools import chain, groupby
from operator import attrgetter, itemgetter
from threading import Lock
from typing import Any

from copylint import matching
from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.families.grammar.lexicon import lexicon
from copylint.frozen import compared, made
from copylint.kinds.base import KindError, parse_common
from copylint.nlp.analysis import Sentence, Tok, tagged, tagged_yet, token_positions, words
from copylint.nlp.lemma import inflect
from copylint.rule import Context, RuleMeta
from copylint.toolkit import Message, MessageError, match_case, suggest

_TEST_KEYS = {"word", "lemma", "tag", "lex", "regex", "case", "chunk", "not", "except", "anchor", "skip", "optional"}
_CASES = {"lower", "upper", "capitalised"}
_SLOT = re.compile(r"\{(\d+)(?::([a-z]+)(?:\|([A-Z$]+))?)?\}")
_PUNCT = matching.later(r"^[^\w]+$")


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Test:
    """One token test; every field that is set must hold."""

    words: frozenset[str] | None = None
    lemmas: frozenset[str] | None = None
    tag: re.Pattern[str] | None = None
    lex: re.Pattern[str] | None = None
    regex: re.Pattern[str] | None = None
    case: str | None = None
    chunk: str | None = None
    negated: Test | None = None
    exceptions: tuple[Test, ...] = ()
    anchor: str | None = None
    skip: int = 0
    optional: bool = False

    def holds(self, sent: Sentence, i: int) -> bool:
        tok = sent[i]
        if self.words is not None and tok.low not in self.words:
            return False
        if self.tag is not None and not self.tag.fullmatch(tok.tag):
            return False
        if self.lemmas is not None and tok.lemma not in self.lemmas:
            return False
        if self.lex is not None and not _lex(self.lex, tok.low):
            return False
        if self.regex is not None and not self.regex.fullmatch(tok.text):
            return False
        if self.case is not None and not _case(tok.text, self.case):
            return False
        if self.chunk is not None and not (tok.chunk == self.chunk or tok.chunk[2:] == self.chunk):
            return False
        if self.anchor == "start" and any(not _PUNCT.match(t.text) for t in sent[:i]):
            return False
        if self.anchor == "end" and any(not _PUNCT.match(t.text) for t in sent[i + 1 :]):
            return False
        if self.negated is not None and self.negated.holds(sent, i):
            return False
        return not any(e.holds(sent, i) for e in self.exceptions)


@lru_cache(maxsize=1 << 16)
def _lex(rx: re.Pattern[str], low: str) -> bool:
    """Whether ``rx`` matches one of the tags the shipped lexicon lists for the word whole."""
    return any(rx.fullmatch(t) for t in lexicon().tags(low))


@cache
def _tag_table(rx: re.Pattern[str]) -> dict[str, bool]:
    """Tag -> whether ``rx`` matches it whole, filled as tags are met (one table per regex for
    the process: the tagset is small, and a dictionary look-up costs less than a match)."""
    return {}


@lru_cache(maxsize=1 << 12)
def _tag_is(rx: re.Pattern[str], tag: str) -> bool:
    """Whether ``rx`` matches the tag whole (the tagset is small: kept for the process)."""
    return rx.fullmatch(tag) is not None


def _case(text: str, case: str) -> bool:
    if case == "lower":
        return text.islower()
    if case == "upper":
        return text.isupper()
    return text[:1].isupper()


def _words(value: Any, key: str) -> frozenset[str]:
    items = [value] if isinstance(value, str) else value
    try:  # str.lower refuses anything but a string
        low = frozenset(map(str.lower, items)) if isinstance(items, list) and items else None
    except TypeError:
        low = None
    if low is None:
        raise KindError(f"{key} must be a string or a list of strings (quote on, off, yes and no in YAML)")
    return frozenset(w.replace("’", "'") for w in low) if "’" in "".join(low) else low


@cache
def _later(pattern: str, flags: int) -> re.Pattern[str]:
    """A token test's regex, compiled on its first use; one object per pattern and flags, shared
    by every test that writes it (as ``re.compile``'s own cache shared them)."""
    return matching.later(pattern, flags)


def _test(**values: Any) -> Test:
    """``Test(**values)`` without the frozen ``__init__``'s ``object.__setattr__`` per field (0.3
    instead of 1.8 microseconds; a one-article run parses about 970 token tests)."""
    return made(Test, values)


def parse_test(data: Any, check: bool = True) -> Test:
    """One token test. ``check=False`` (the built-in packs, whose regexes the tests compile)
    compiles its regexes on first use instead: a run compiles only those it tries."""
    if not (type(data) is dict or isinstance(data, Mapping)) or not data:
        raise KindError(f"a token test must be a mapping, not {data!r}")
    if not _TEST_KEYS.issuperset(data):
        raise KindError(f"unknown token test key(s) {', '.join(sorted(set(data) - _TEST_KEYS))}")
    case = data.get("case")
    if case is not None and case not in _CASES:
        raise KindError(f"case must be one of {', '.join(sorted(_CASES))}")
    anchor = data.get("anchor")
    if anchor is not None and anchor not in ("start", "end"):
        raise KindError("anchor must be start or end")
    skip = data.get("skip", 0)
    if not isinstance(skip, int) or skip < 0 or skip > 8:
        raise KindError("skip must be a number from 0 to 8")
    excepts = data.get("except", [])
    if isinstance(excepts, Mapping):
        excepts = [excepts]
    rx = re.compile if check else _later
    try:
        return _test(
            words=_words(data["word"], "word") if "word" in data else None,
            lemmas=_words(data["lemma"], "lemma") if "lemma" in data else None,
            tag=rx(data["tag"], 0) if "tag" in data else None,
            lex=rx(data["lex"], 0) if "lex" in data else None,
            regex=rx(data["regex"], re.IGNORECASE) if "regex" in data else None,
            case=case,
            chunk=data.get("chunk"),
            negated=parse_test(data["not"], check) if "not" in data else None,
            exceptions=tuple(parse_test(e, check) for e in excepts),
            anchor=anchor,
            skip=skip,
            optional=bool(data.get("optional", False)),
        )
    except re.error as exc:
        raise KindError(f"bad regex in token test: {exc}") from None


def parse_sequence(data: Any, key: str, check: bool = True) -> tuple[Test, ...]:
    if not isinstance(data, list) or not data:
        raise KindError(f"{key} must be a non-empty list of token tests")
    return tuple(parse_test(t, check) for t in data)


def match_at(tests: Sequence[Test], sent: Sentence, i: int) -> list[int] | None:
    """Token indexes matched by each test (-1 for an absent optional one), or None.

    Backtracking is bounded by the pattern (skips are at most 8), so a sentence costs O(n)."""
    picked: list[int] = []

    def go(k: int, pos: int) -> bool:
        if k == len(tests):
            return True
        test = tests[k]
        prev_skip = tests[k - 1].skip if k else 0
        for p in range(pos, min(pos + prev_skip, len(sent) - 1) + 1) if k else (pos,):
            if p < len(sent) and test.holds(sent, p):
                picked.append(p)
                if go(k + 1, p + 1):
                    return True
                picked.pop()
        if test.optional:
            picked.append(-1)
            if go(k + 1, pos):
                return True
            picked.pop()
        return False

    return picked if go(0, i) else None


#: Words so frequent that a sentence almost always has one: a poor filter for skipping sentences.
_COMMON = frozenset(
    "the a an and or but of to in on at for with by from as is are was were be been am 's 're it he she "
    "they we i you that this his her their its my our your not".split()
)


def required_words(tests: Sequence[Test]) -> frozenset[str] | None:
    """Words of which the sentence must contain one, or None: of the non-optional word tests
    (each of which a match needs), the one with the fewest common words, then the fewest words."""
    sets = [t.words for t in tests if t.words is not None and not t.optional]
    if not sets:
        return None
    return min(sets, key=lambda ws: (len(ws & _COMMON), len(ws)))


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Anchor:
    """A token test a match cannot do without, and how far after the match's start it can be.

    Only its literal part is kept: the token's word (one of ``words``), lemma or tag. A match
    starting at ``i`` has this token at one of ``i .. i + reach``, so a sentence need only be
    tried at the starts within ``reach`` before a token that has the word, lemma or tag;
    ``fixed`` when no skip or optional token comes before it (it is exactly at ``i + reach``)."""

    reach: int
    words: frozenset[str] | None
    lemmas: frozenset[str] | None
    tag: re.Pattern[str] | None
    fixed: bool = False


def _anchors(tests: Sequence[Test]) -> tuple[Anchor, ...]:
    """Every non-optional test with a literal part, with its reach (the skips before it count)."""
    out: list[Anchor] = []
    reach = 0
    fixed = True
    for t in tests:
        if not t.optional and (t.words is not None or t.lemmas is not None or t.tag is not None):
            out.append(Anchor(reach, t.words, t.lemmas, t.tag, fixed))
        reach += 1 + t.skip
        fixed = fixed and not t.skip and not t.optional
    # words first: a word absent from the document rules the pattern out before any lemma is needed
    return tuple(sorted(out, key=lambda a: (a.words is None, a.tag is None)))


Positions = Sequence[int]  # token numbers counted over the whole document
_LOW, _TAG = attrgetter("low"), attrgetter("tag")


def _positions(keys: Iterable[str]) -> dict[str, Positions]:
    """Key -> the document token numbers where it occurs (keys given in document order): a
    list while it is short, a compact array (8 bytes a token) once it is long; building
    lists first and converting the few long ones costs half the appends to arrays."""
    out = token_positions(keys)
    compact: dict[str, Positions] = out  # type: ignore[assignment]
    for key, at in out.items():
        if len(at) > 8:
            compact[key] = array("q", at)
    return compact


class TokenIndex:
    """The tagged sentences of one document with where each word, tag and lemma occurs.

    Built once per document (:meth:`Document.memo`) and shared by every pattern rule: a rule
    looks up its anchors instead of trying each pattern at each token, so a rule whose anchor
    words are absent costs a set intersection. Positions are token numbers over the document
    (indexes into :attr:`toks` and :attr:`lows`), kept in lists, and in compact arrays (8 bytes
    a token) for the words that occur more than 8 times; tag and lemma positions are found
    only when a pattern without a word asks."""

    def __init__(self, sentences: tuple[Sentence, ...]) -> None:
        self.sentences = sentences
        first = array("q")
        g = 0
        for sent in sentences:
            first.append(g)
            g += len(sent)
        self._first = first
        #: Every token of the document in order, and its lower-case form (document token numbers).
        self.toks: tuple[Tok, ...] = tuple(chain.from_iterable(sentences))
        self.lows: list[str] = list(map(_LOW, self.toks))
        #: Their tags.
        self.tags: list[str] = list(map(_TAG, self.toks))
        self._by_word = by_word = _positions(self.lows)
        #: The lower-case word forms of the document (as :func:`words` gives them).
        self.vocabulary = frozenset(by_word)
        #: Tag -> its positions, made when a pattern first asks for a tag.
        self._by_tag: dict[str, Positions] | None = None
        self._by_lemma: dict[str, Positions] | None = None
        self._tag_hits: dict[re.Pattern[str], tuple[int, list[Positions]]] = {}
        self._narrowed: dict[tuple[frozenset[str] | None, re.Pattern[str] | None, frozenset[str]], Positions] = {}
        #: Word set -> :meth:`word_hits` (read directly by the matching loops).
        self.word_memo: dict[frozenset[str], tuple[int, list[Positions]]] = {}

    @classmethod
    def of(cls, doc: Document) -> TokenIndex:
        sentences = tagged(doc)
        # nothing built here can form a cycle: the collector's passes, started by the lists of
        # positions, are skipped while it is built
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            return cls(sentences)
        finally:
            if paused:
                gc.enable()

    def around(self, hits: Iterable[Positions], reach: int) -> dict[int, list[int]]:
        """Sentence -> the sorted token indexes from ``reach`` before to each of ``hits``."""
        out: dict[int, set[int]] = {}
        where = self.where
        for gs in hits:
            for g in gs:
                s, i = where(g)
                at = out.setdefault(s, set())
                at.add(i)
                if reach:
                    at.update(range(max(0, i - reach), i))
        return {s: sorted(at) for s, at in out.items()}

    def where(self, g: int) -> tuple[int, int]:
        """(sentence, token in the sentence) of document token ``g``."""
        s = bisect_right(self._first, g) - 1
        return s, g - self._first[s]

    def _lemmas(self) -> dict[str, Positions]:
        if self._by_lemma is None:
            self._by_lemma = _positions(tok.lemma for tok in self.toks)
        return self._by_lemma

    def word_hits(self, words: frozenset[str]) -> tuple[int, list[Positions]]:
        """How many tokens have one of ``words``, and their position lists (one per word
        present; memoised: the rules of a run share their anchor words' look-ups)."""
        got = self.word_memo.get(words)
        if got is None:
            by_word = self._by_word
            found = [by_word[w] for w in words & self.vocabulary]  # in C: the smaller set is walked
            got = self.word_memo[words] = (sum(map(len, found)), found)
        return got

    def positions(self, word: str) -> Positions:
        """The document tokens whose lower-case form is ``word`` (one of :attr:`vocabulary`)."""
        return self._by_word[word]

    def tag_hits(self, tag: re.Pattern[str]) -> tuple[int, list[Positions]]:
        """How many tokens have a tag ``tag`` matches whole, and their positions."""
        got = self._tag_hits.get(tag)
        if got is None:
            by_tag = self._by_tag
            if by_tag is None:
                by_tag = self._by_tag = _positions(self.tags)
            found = [at for t, at in by_tag.items() if _tag_is(tag, t)]
            got = self._tag_hits[tag] = (sum(map(len, found)), found)
        return got

    def _hits(self, anchor: Anchor, lemmas: bool) -> tuple[int, list[Positions]] | None:
        """The position lists of the anchor's most selective literal part, and their size."""
        best: list[Positions] | None = None
        size = 0
        if anchor.words is not None:
            size, found = self.word_hits(anchor.words)
            best = list(found)
        if anchor.tag is not None and (best is None or size):
            tagged, hits = self.tag_hits(anchor.tag)
            if best is None or tagged < size:
                best, size = list(hits), tagged
        if anchor.lemmas is not None and best is not None and size:
            # a lemma with a word or tag: lemmatise only the tokens that have the word or tag
            key = (anchor.words, anchor.tag, anchor.lemmas)
            narrowed = self._narrowed.get(key)
            if narrowed is None:
                toks, wanted = self.toks, anchor.lemmas
                narrowed = self._narrowed[key] = array(
                    "q", (g for part in best for g in part if toks[g].lemma in wanted)
                )
            best, size = [narrowed], len(narrowed)
        elif lemmas and anchor.lemmas is not None and best is None:
            by_lemma = self._lemmas()
            best = [gs for w in anchor.lemmas if (gs := by_lemma.get(w))]
            size = sum(map(len, best))
        return None if best is None else (size, best)

    def starts(self, anchors: Sequence[Anchor]) -> dict[int, list[int]] | None:
        """Sentence -> the sorted token indexes where a pattern with these anchors may start;
        None when it has no anchor (every token must be tried). Empty when it cannot match."""
        if not anchors:
            return None
        # lemmas need every token of the document lemmatised: only for patterns without a word
        lemmas = all(a.words is None for a in anchors)
        chosen: tuple[Anchor, list[Positions]] | None = None
        smallest = -1
        for anchor in anchors:
            found = self._hits(anchor, lemmas)
            if found is None:
                continue  # a lemma-only test of a pattern that has a word to look up
            size, hits = found
            if smallest < 0 or size < smallest:
                chosen, smallest = (anchor, hits), size
                if not size:
                    return {}
        assert chosen is not None
        anchor, hits = chosen
        return self.around(hits, anchor.reach)


#: ``TokenIndex.of`` made once: the key of the document's memo (a bound classmethod is a new
#: object at each attribute access).
_index_of = TokenIndex.of


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Variant:
    """One pattern of a rule with its own marked tokens, suggestions and optional message."""

    tests: tuple[Test, ...] = field(repr=False)
    mark: tuple[int, int] | None = None
    suggest: tuple[str, ...] = ()
    message: Message | None = None
    needs: frozenset[str] | None = field(default=None, repr=False)
    anchors: tuple[Anchor, ...] = field(default=(), repr=False)


def placeholders(n: int) -> tuple[str, ...]:
    """What a pattern rule's message may name: the match, the first suggestion, token 1..n."""
    return ("match", "suggestion", *(str(k) for k in range(1, n + 1)))


def _variant(data: Mapping[str, Any], where: str, check: bool = True) -> Variant:
    tests = parse_sequence(data.get("pattern"), f"{where}pattern", check)
    mark = data.get("mark")
    span: tuple[int, int] | None = None
    if mark is not None:
        bounds = [mark, mark] if isinstance(mark, int) else mark
        if (
            not isinstance(bounds, list)
            or len(bounds) != 2
            or not all(isinstance(b, int) for b in bounds)
            or not 1 <= bounds[0] <= bounds[1] <= len(tests)
        ):
            raise KindError(f"{where}mark must be a token number or [first, last] within 1..{len(tests)}")
        span = (bounds[0] - 1, bounds[1] - 1)
    suggest = data.get("suggest", [])
    suggest = [suggest] if isinstance(suggest, str) else suggest
    if not isinstance(suggest, list) or not all(isinstance(s, str) for s in suggest):
        raise KindError(f"{where}suggest must be a string or a list of strings")
    for s in suggest:
        for m in _SLOT.finditer(s):
            if not 1 <= int(m.group(1)) <= len(tests):
                raise KindError(f"suggestion {s!r} names token {m.group(1)} of {len(tests)}")
            if m.group(2) not in (None, "lemma", "lower", "upper", "text"):
                raise KindError(f"unknown suggestion transform {m.group(2)!r}")
    template = data.get("message")
    if template is not None and not isinstance(template, str):
        raise KindError(f"{where}message must be a string")
    try:
        message = Message.parse(template, placeholders(len(tests))) if template else None
    except MessageError as exc:
        raise KindError(str(exc)) from None
    return Variant(tests, span, tuple(suggest), message, required_words(tests), _anchors(tests))


def _anchored(t: Test) -> bool:
    """Whether the test (or a test nested in it) looks at the sentence around the token."""
    return t.anchor is not None or (t.negated is not None and _anchored(t.negated)) or any(map(_anchored, t.exceptions))


Match = tuple[int, int, list[int]]  # (sentence, start, the token matched by each test or -1)
Found = tuple[int, int, int, list[int]]  # (sentence, variant, start, picked)
#: :func:`check_together`'s signature (the engine's ``SharedCheck``).
SharedCheck = Callable[[Sequence[Any], Document, Context], list[list[Finding]]]


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Shape:
    """One way a token-test sequence can lie over a sentence: each test absent or at a fixed
    offset from the start (an optional token present or not, a skip of 0, 1, ... tokens).

    Its candidate starts come from its anchor (a present test's word set, or the word forms
    its lemmas can have, else its tag) with the fewest positions in the document; each is
    checked in place, cheapest first: the word sets, then the tags, then what is left of each
    test, then the tests that look at the sentence around the token (``anchor: start``)."""

    at: tuple[int, ...]  # offset of each test, -1 when absent
    size: int  # the last offset + 1
    anchors: tuple[tuple[int, frozenset[str]], ...]  # its word sets, rarest first
    tag_anchors: tuple[tuple[int, re.Pattern[str]], ...]  # its tags, when it has no word set
    #: the word sets a candidate start is checked against: every one but the first anchor's
    #: (the candidates come from its positions)
    words: tuple[tuple[int, frozenset[str]], ...]
    #: each tag test: (offset, regex, :func:`_tag_table` of the regex)
    tags: tuple[tuple[int, re.Pattern[str], dict[str, bool]], ...]
    rest: tuple[tuple[int, Test], ...]
    around: tuple[tuple[int, Test], ...]

    def matches(self, index: TokenIndex, out: dict[int, Match]) -> None:
        """Add the shape's matches to ``out`` (document token of the start -> match) where it
        has none yet (an earlier shape comes first)."""
        best: list[Positions] | None = None
        reach = cost = 0
        if self.anchors:
            vocabulary = index.vocabulary
            for _, ws in self.anchors:
                if vocabulary.isdisjoint(ws):
                    return
            # the statically rarest set: looking up every set to find the fewest costs more
            reach, ws = self.anchors[0]
            best = (index.word_memo.get(ws) or index.word_hits(ws))[1]
        for k, rx in self.tag_anchors:
            size, hits = index.tag_hits(rx)
            if not size:
                return
            if best is None or size < cost:
                best, reach, cost = hits, k, size
        assert best is not None
        self.scan(index, best, reach, out)

    def scan(self, index: TokenIndex, best: Iterable[Positions], reach: int, out: dict[int, Match]) -> None:
        """Try the starts ``reach`` tokens before each of the positions ``best`` (those of the
        anchor at offset ``reach``), adding each match to ``out`` where it has none yet.
        (:func:`check_together` runs the same tests inlined: change both together.)"""
        span = self.size
        last = len(index.lows) - span
        lows, tagl, toks = index.lows, index.tags, index.toks
        words, tags, rest, around = self.words, self.tags, self.rest, self.around
        sentences, where, at = index.sentences, index.where, self.at
        for positions in best:
            for h in positions:
                g = h - reach
                if g < 0 or g > last or g in out:
                    continue
                for k, ws in words:
                    if lows[g + k] not in ws:
                        break
                else:
                    for k, rx, table in tags:
                        tag = tagl[g + k]
                        ok = table.get(tag)
                        if ok is None:
                            ok = table[tag] = rx.fullmatch(tag) is not None
                        if not ok:
                            break
                    else:
                        for k, t in rest:
                            if not t.holds(toks, g + k):
                                break
                        else:
                            s, i = where(g)
                            sent = sentences[s]
                            if i + span > len(sent):
                                continue  # the tokens run into the next sentence
                            for k, t in around:
                                if not t.holds(sent, i + k):
                                    break
                            else:
                                out[g] = (s, i, [i + k if k >= 0 else -1 for k in at])


#: A sequence with more ways to lie over a sentence than this is matched by backtracking.
_MAX_SHAPES = 16


def _layouts(tests: Sequence[Test]) -> list[tuple[int, ...]] | None:
    """The offsets of the tests in each way they can match, in the order :func:`match_at`
    tries them (so the first shape that matches is the match it finds); None when too many."""
    out: list[tuple[int, ...]] = []
    at: list[int] = []

    def go(k: int, pos: int) -> bool:
        if k == len(tests):
            out.append(tuple(at))
            return len(out) <= _MAX_SHAPES
        for p in range(pos, pos + tests[k - 1].skip + 1) if k else (pos,):
            at.append(p)
            if not go(k + 1, p + 1):
                return False
            at.pop()
        if tests[k].optional:
            at.append(-1)
            if not go(k + 1, pos):
                return False
            at.pop()
        return True

    return out if go(0, 0) else None


def _left(t: Test) -> Test | None:
    """What of ``t`` a shape checks after its word set and tag (``t`` without them, its skip and
    its optional flag); None when nothing is left. (Built field by field: ``dataclasses.replace``
    cost a one-article run 20 ms over a few hundred shapes.)"""
    if (
        t.lemmas is None
        and t.lex is None
        and t.regex is None
        and t.case is None
        and t.chunk is None
        and t.negated is None
        and not t.exceptions
        and t.anchor is None
    ):
        return None
    return Test(
        lemmas=t.lemmas,
        lex=t.lex,
        regex=t.regex,
        case=t.case,
        chunk=t.chunk,
        negated=t.negated,
        exceptions=t.exceptions,
        anchor=t.anchor,
    )


#: A tag regex whose every alternative starts with a "VB" no quantifier follows, and has no
#: group, class or escape: every tag it matches whole is a verb tag ("VB.*", "VBP?", "VB|VBZ").
_VERB_TAG_RX = re.compile(r"VB(?![?*+{])[^|()\[\]\\]*(?:\|VB(?![?*+{])[^|()\[\]\\]*)*")


def _verb_tags_only(rx: re.Pattern[str] | None) -> bool:
    """Whether every tag ``rx`` matches whole starts with "VB" (False when unsure)."""
    if rx is None:
        return False
    pattern, flags = matching.source(rx)  # a lazy pattern: not compiled for this
    return not flags & re.IGNORECASE and _VERB_TAG_RX.fullmatch(pattern) is not None


@cache
def _lemma_forms(lemmas: frozenset[str], verb_tags: bool) -> frozenset[str] | None:
    """Every lower-case word form that has one of ``lemmas`` (:func:`copylint.nlp.lemma.lemma`)
    under some tag, or under some verb tag when ``verb_tags``; None when they are not finitely
    many (:func:`copylint.nlp.lemma.forms_of`: a lemma that is also a noun). Under a verb tag a
    token's lemma is its form, its ``_FORMS_OF`` base or its lexicon verb's base, so the forms are
    the lemmas, those bases' forms and the lexicon forms of each lemma's verb, kept where
    :func:`~copylint.nlp.lemma.lemma` under "VB" (forms as they are) or "VBD" (inflected forms)
    gives one of ``lemmas``."""
    from copylint.nlp.lemma import _FORMS_OF, forms_of, lemma

    if not verb_tags:
        return forms_of(lemmas)
    found = set(lemmas)
    found.update(form for form, base in _FORMS_OF.items() if base in lemmas)
    verbs = lexicon().verbs
    for base in lemmas:
        verb = verbs.get(base)
        if verb is not None:
            found.update((verb.third, *verb.past, *verb.participle, verb.gerund))
    return frozenset(w for w in found if lemma(w, "VB") in lemmas or lemma(w, "VBD") in lemmas)


def _shape(tests: Sequence[Test], at: tuple[int, ...], lefts: Sequence[Test | None] | None = None) -> Shape | None:
    """The shape of ``tests`` at offsets ``at``; None when no test present has a word or tag.
    ``lefts``: :func:`_left` of each test, when the caller has them."""
    words: list[tuple[int, frozenset[str]]] = []
    tags: list[tuple[int, re.Pattern[str]]] = []
    rest: list[tuple[int, Test]] = []
    around: list[tuple[int, Test]] = []
    if lefts is None:
        lefts = [_left(t) for t in tests]
    for t, k, left in zip(tests, at, lefts, strict=True):
        if k < 0:
            continue
        if t.words is not None:
            words.append((k, t.words))
        if t.tag is not None:
            tags.append((k, t.tag))
        if left is not None:
            (around if _anchored(left) else rest).append((k, left))
    if not words and not tags:
        return None
    # a test of lemmas is also a test of the word forms that can have them (when those are
    # finitely many): the shape then starts from those words, or rules a candidate out with a
    # set look-up, instead of lemmatising every token its tags allow
    for t, k in zip(tests, at, strict=True):
        if k >= 0 and t.words is None and t.lemmas is not None:
            forms = _lemma_forms(t.lemmas, _verb_tags_only(t.tag))
            if forms is not None:
                words.append((k, forms))
    # the rarest words first: a common word rules out few candidates, and an absent one all
    words.sort(key=lambda kw: (len(kw[1] & _COMMON), len(kw[1])))
    return Shape(
        at,
        max(at) + 1,
        tuple(words),
        () if words else tuple(tags),
        tuple(words[1:]),
        tuple((k, rx, _tag_table(rx)) for k, rx in tags),
        tuple(rest),
        tuple(around),
    )


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Plan:
    """How one token-test sequence is matched in a document, compiled from it on first use:
    its shapes (tried in order; the first that matches at a start wins), or, when it has too
    many or one without a word or tag, backtracking (:func:`match_at`) from the starts its
    anchors allow (``literal``; every token when it has none)."""

    shapes: tuple[Shape, ...] | None
    literal: tuple[Anchor, ...]

    def matches(self, tests: tuple[Test, ...], index: TokenIndex) -> Iterable[Match]:
        """Every start where the tests match, in no particular order."""
        if self.shapes is None:
            return _tried(tests, index, index.starts(self.literal))
        out: dict[int, Match] = {}
        for shape in self.shapes:
            shape.matches(index, out)
        return out.values()


def plan(tests: tuple[Test, ...], anchors: tuple[Anchor, ...]) -> Plan:
    """Compile a token-test sequence and its anchors (see :class:`Plan`); with no anchors,
    every token is tried by backtracking (the reference the shapes are tested against)."""
    layouts = _layouts(tests) if anchors else None
    if layouts is not None:
        # every test optional and absent: such a match reports nothing, and it comes last
        lefts = [_left(t) for t in tests]
        shapes = [_shape(tests, at, lefts) for at in layouts if max(at) >= 0]
        if all(shapes):
            return Plan(tuple(s for s in shapes if s is not None), anchors)
    return Plan(None, anchors)


def _tried(tests: tuple[Test, ...], index: TokenIndex, starts: Mapping[int, Iterable[int]] | None) -> list[Match]:
    """:func:`match_at` from each start (sentence -> starts; every token when None)."""
    out: list[Match] = []
    sentences = index.sentences
    for s in range(len(sentences)) if starts is None else starts:
        sent = sentences[s]
        for i in range(len(sent)) if starts is None else starts[s]:
            if (picked := match_at(tests, sent, i)) is not None:
                out.append((s, i, picked))
    return out


#: Scopes that cover every sentence: a rule with one of them is not narrowed.
_EVERYWHERE = frozenset({"text", "sentence", "line"})


def in_scope(doc: Document, scope: frozenset[str], found: list[Found]) -> list[Found]:
    """The matches ``found`` whose sentence lies in a block of one of the kinds ``scope``."""
    kinds = doc.memo(_sentence_kinds)
    return [f for f in found if kinds[f[0]] in scope]


def _sentence_kinds(doc: Document) -> tuple[str, ...]:
    """The kind of the block each tagged sentence of ``doc`` starts in ("paragraph" for a
    sentence outside every block)."""
    blocks = doc.blocks
    out = []
    for sent in doc.memo(_index_of).sentences:
        b = doc.block_of(sent[0].start) if len(sent) else None
        out.append("paragraph" if b is None else blocks[b].kind)
    return tuple(out)


def applies(language: str | None, needs: frozenset[str] | None, doc: Document, ctx: Context) -> bool:
    """Can a pattern rule of this ``language`` that needs one of the words ``needs`` match in
    ``doc``? The test its check starts with (the rule index asks it before building the rule)."""
    if language and ctx.language != language:
        return False
    if needs is not None:
        built = doc.cached(_index_of)
        if built is None and tagged_yet(doc) is not None:
            built = doc.memo(_index_of)  # tagged anyway: its vocabulary costs less than words()
        vocabulary: AbstractSet[str] = words(doc) if built is None else built.vocabulary
        if vocabulary.isdisjoint(needs):
            return False
    return True


@compared
@dataclass(frozen=True, eq=False, repr=False)
class PatternRule:
    meta: RuleMeta
    message: Message
    variants: tuple[Variant, ...] = field(repr=False)
    antipatterns: tuple[tuple[Test, ...], ...] = field(default=(), repr=False)
    language: str | None = None
    safe: bool = False
    needs: frozenset[str] | None = field(default=None, repr=False)
    anti_anchors: tuple[tuple[Anchor, ...], ...] = field(default=(), repr=False)
    #: The block kinds whose sentences the rule reads; None: every sentence.
    scope: frozenset[str] | None = None

    KEYS = frozenset({"pattern", "patterns", "antipatterns", "mark", "suggest", "language", "fix"})
    _VARIANT_KEYS = frozenset({"pattern", "mark", "suggest", "message"})

    @classmethod
    def from_mapping(
        cls,
        data: Mapping[str, Any],
        family: str,
        source: str | None,
        *,
        check: bool = True,
        defined_in: str | None = None,
    ) -> PatternRule:
        """``check=False`` (the built-in packs, which the tests compile) compiles the token
        tests' regexes on first use; ``defined_in`` is the rule's ``meta.defined_in`` (the
        pack's ``path:line``), set with the rest of its metadata."""
        longest = max(
            (
                len(v.get("pattern") or [])
                for v in ([data] if "pattern" in data else data.get("patterns") or [])
                if isinstance(v, Mapping)
            ),
            default=0,
        )
        common = parse_common(data, family, source, set(cls.KEYS), placeholders(longest))
        if ("pattern" in data) == ("patterns" in data):
            raise KindError("a pattern rule needs exactly one of 'pattern' (a token-test list) or 'patterns'")
        if "pattern" in data:
            variants: tuple[Variant, ...] = (_variant(data, "", check),)
        else:
            items = data["patterns"]
            if not isinstance(items, list) or not items:
                raise KindError("patterns must be a non-empty list of {pattern, mark, suggest, message}")
            out: list[Variant] = []
            for k, item in enumerate(items, 1):
                if not isinstance(item, Mapping) or set(item) - cls._VARIANT_KEYS:
                    raise KindError(f"patterns[{k}] must be a mapping with keys {', '.join(sorted(cls._VARIANT_KEYS))}")
                out.append(_variant(item, f"patterns[{k}].", check))
            variants = tuple(out)
        antis = data.get("antipatterns", [])
        if not isinstance(antis, list):
            raise KindError("antipatterns must be a list of token-test lists")
        language = data.get("language")
        if language not in (None, "en-US", "en-GB"):
            raise KindError("language must be en-US or en-GB")
        has_suggestions = any(v.suggest for v in variants)
        fix = data.get("fix", "unsafe" if has_suggestions else "none")
        if fix not in ("none", "safe", "unsafe"):
            raise KindError("fix must be none, safe or unsafe")
        fixable = fix != "none" and has_suggestions
        if defined_in is None:
            meta = replace(common.meta, fixable=fixable)
        else:
            meta = replace(common.meta, fixable=fixable, defined_in=defined_in)
        needs: frozenset[str] | None = frozenset()
        for v in variants:
            needs = None if v.needs is None or needs is None else needs | v.needs
        antipatterns = tuple(parse_sequence(a, "antipattern", check) for a in antis)
        scope = None if _EVERYWHERE.intersection(common.scope) else frozenset(common.scope)
        return cls(
            meta,
            common.message,
            variants,
            antipatterns,
            language,
            fix == "safe",
            needs,
            tuple(_anchors(a) for a in antipatterns),
            scope,
        )

    @property
    def shared_check(self) -> SharedCheck:
        """How the engine checks this rule with the run's other pattern rules in one pass."""
        return check_together

    @cached_property
    def _plans(self) -> tuple[Plan, ...]:
        """How each variant is matched, compiled on first use (start-up builds none)."""
        return tuple(plan(v.tests, v.anchors) for v in self.variants)

    @cached_property
    def _triggers(self) -> tuple[dict[str, tuple[int, ...]], frozenset[str], tuple[int, ...]]:
        """Word -> the variants whose first anchor has it; those words; the variants with no
        word anchor (tried in every document)."""
        by: dict[str, list[int]] = {}
        always: list[int] = []
        for k, how in enumerate(self._plans):
            first = min(
                (a.words for a in how.literal if a.words is not None),
                key=lambda ws: (len(ws & _COMMON), len(ws)),
                default=None,
            )
            if first is None:
                always.append(k)
            else:
                for w in first:
                    by.setdefault(w, []).append(k)
        return {w: tuple(ks) for w, ks in by.items()}, frozenset(by), tuple(always)

    @cached_property
    def _anti_plans(self) -> tuple[Plan, ...]:
        return tuple(plan(a, k) for a, k in zip(self.antipatterns, self.anti_anchors, strict=True))

    def _blocked(self, index: TokenIndex) -> dict[int, set[int]]:
        """Sentence -> its tokens covered by a match of an antipattern."""
        out: dict[int, set[int]] = {}
        for tests, how in zip(self.antipatterns, self._anti_plans, strict=True):
            for s, _, picked in how.matches(tests, index):
                out.setdefault(s, set()).update(p for p in picked if p >= 0)
        return out

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        index = doc.cached(_index_of)
        if index is None:  # the first pattern rule of the document: may rule it out untagged
            if not applies(self.language, self.needs, doc, ctx):
                return
            index = doc.memo(_index_of)
        elif (self.language and ctx.language != self.language) or (
            self.needs is not None and index.vocabulary.isdisjoint(self.needs)
        ):
            return  # what applies() decides, from the index at hand
        found = self._found(index, self._tried_variants(index.vocabulary))
        if found and self.scope is not None:
            found = in_scope(doc, self.scope, found)
        if found:
            yield from self._report(index, found)

    def _tried_variants(self, vocabulary: AbstractSet[str], among: Iterable[int] | None = None) -> Iterable[int]:
        """The variants (of ``among``; default all) whose first anchor's words the document
        has, and those with no word anchor, in order."""
        by_word, triggers, always = self._triggers
        hit = triggers & vocabulary
        if hit:
            tried = set(always)
            for w in hit:
                tried.update(by_word[w])
            order: Iterable[int] = sorted(tried)
        else:
            order = always
        if among is not None:
            wanted = set(among)
            order = [k for k in order if k in wanted]
        return order

    def _found(self, index: TokenIndex, order: Iterable[int]) -> list[Found]:
        """The matches of the variants ``order`` (each variant's own plan)."""
        found: list[Found] = []
        variants, plans = self.variants, self._plans
        for k in order:
            for s, i, picked in plans[k].matches(variants[k].tests, index):
                found.append((s, k, i, picked))
        return found

    def _report(self, index: TokenIndex, found: list[Found]) -> Iterator[Finding]:
        """The findings of the matches ``found`` (any order): by sentence, variant and start,
        each variant resuming past its last match, less those an antipattern covers or an
        earlier finding of the sentence overlaps."""
        found.sort(key=lambda f: f[:3])
        anti: dict[int, set[int]] | None = None  # the antipatterns' tokens, found on the first match
        for s, group in groupby(found, key=itemgetter(0)):
            sent = index.sentences[s]
            taken: set[int] = set()
            current, resume = -1, 0
            for _, k, i, picked in group:
                if k != current:
                    current, resume = k, 0
                if i < resume:
                    continue  # the matches of one variant never overlap: resume past the last
                present = [p for p in picked if p >= 0]
                if not present:
                    continue  # every token optional and absent: nothing to report
                if anti is None:
                    anti = self._blocked(index)
                blocked = anti.get(s)
                if blocked and any(p in blocked for p in present):
                    continue
                made = self._finding(self.variants[k], sent, picked, present)
                if made is None:
                    continue
                finding, used = made
                if not used & taken:
                    taken |= used
                    yield finding
                resume = present[-1] + 1

    def _finding(
        self, v: Variant, sent: Sentence, picked: list[int], present: list[int]
    ) -> tuple[Finding, set[int]] | None:
        """The finding of a match of ``v`` and the tokens it covers, or None when its
        suggestions cannot be made (no inflection known, or the "fix" is the text itself)."""
        a, b = v.mark if v.mark else (0, len(v.tests) - 1)
        marked = [p for p in picked[a : b + 1] if p >= 0] or present
        first, last = sent[marked[0]], sent[marked[-1]]
        found = _text(sent, marked[0], marked[-1])
        suggestions = tuple(dict.fromkeys(s for s in (self._fill(t, sent, picked, found) for t in v.suggest) if s))
        if v.suggest and (not suggestions or all(s.lower() == found.lower() for s in suggestions)):
            # no inflection known, or the "fix" is the text itself ("to forecast"): not sure
            return None
        values = {"match": found, "suggestion": suggestions[0] if suggestions else ""}
        for k, p in enumerate(picked, 1):
            values[str(k)] = sent[p].text if p >= 0 else ""
        message = (v.message or self.message).format(**values)
        span = Span(first.start, last.end)
        finding = suggest(span, message, *suggestions, safe=self.safe) if self.meta.fixable else suggest(span, message)
        if not self.meta.fixable and suggestions:
            finding = Finding(span, message, suggestions, None)
        return finding, set(range(marked[0], marked[-1] + 1))

    def _fill(self, template: str, sent: Sentence, picked: list[int], found: str) -> str:
        out = _SLOT.sub(lambda m: _slot(m, sent, picked), template)
        if "\x00" in out:
            return ""
        out = " ".join(out.split())
        return match_case(found, out, upper=False)


def _slot(m: re.Match[str], sent: Sentence, picked: list[int]) -> str:
    k = picked[int(m.group(1)) - 1]
    if k < 0:
        return ""
    tok: Tok = sent[k]
    how, tag = m.group(2), m.group(3)
    if how == "lemma":
        if not tag:
            return tok.lemma
        form = inflect(tok.lemma, tag)
        return form if form else "\x00"
    if how == "lower":
        return tok.text.lower()
    if how == "upper":
        return tok.text.upper()
    return tok.text


def _text(sent: Sentence, a: int, b: int) -> str:
    parts = [sent[a].text]
    for k in range(a + 1, b + 1):
        if sent[k].start > sent[k - 1].end:
            parts.append(" ")
        parts.append(sent[k].text)
    return "".join(parts)


# -- one pass over a document for every pattern rule of a run --------------------------------

#: A shape of a rule's variant filed under its first anchor's word set: (rule position, variant,
#: shape number, the shape, the rule's language, then what :func:`check_together` reads of the
#: shape, unpacked once at filing: its other word sets, its first anchor's offset and word set,
#: its size, :attr:`Shape.words`, :attr:`Shape.tags`, :attr:`Shape.rest`, :attr:`Shape.around`
#: and :attr:`Shape.at`).
_Entry = tuple[
    int,
    int,
    int,
    Shape,
    str | None,
    tuple[frozenset[str], ...],
    int,
    frozenset[str],
    int,
    tuple[tuple[int, frozenset[str]], ...],
    tuple[tuple[int, re.Pattern[str], dict[str, bool]], ...],
    tuple[tuple[int, Test], ...],
    tuple[tuple[int, Test], ...],
    tuple[int, ...],
]


def _entry(pos: int, k: int, j: int, shape: Shape, language: str | None) -> _Entry:
    reach, first = shape.anchors[0]
    others = tuple(ws for _, ws in shape.words)
    return (
        pos,
        k,
        j,
        shape,
        language,
        others,
        reach,
        first,
        shape.size,
        shape.words,
        shape.tags,
        shape.rest,
        shape.around,
        shape.at,
    )


class _Filed:
    """What a bank knows of its built rules at one moment (replaced whole, never changed: a
    pass reads one and is not disturbed by rules another thread files meanwhile)."""

    __slots__ = ("built", "opaque", "own", "paired", "scanned", "scanned_words", "sets", "table", "tagging", "words")

    def __init__(
        self,
        built: dict[int, PatternRule],
        opaque: tuple[int, ...],
        own: dict[int, tuple[int, ...]],
        table: dict[frozenset[str], tuple[_Entry, ...]],
        sets: dict[str, tuple[frozenset[str], ...]],
        paired: dict[int, dict[tuple[str, str], tuple[_Entry, ...]]],
        scanned: dict[str, tuple[frozenset[str], ...]],
    ) -> None:
        #: Rule position -> the pattern rule built for it.
        self.built = built
        #: Rules that are not pattern rules once built: checked on their own.
        self.opaque = opaque
        #: Built rules with variants their own plan tries (backtracking, or a shape with tags
        #: but no word): position -> those variants.
        self.own = own
        #: Word set -> the shapes whose first anchor it is, less those of ``paired`` (every
        #: first anchor of a shape is a key, with no shape left when they are all paired).
        self.table = table
        #: Distance -> (word, word that many tokens after it) -> the shapes with those words at
        #: that distance (their first anchor and the word set they test first: see
        #: :func:`_pairs`). A shape is tried only where the document has one of its pairs.
        self.paired = paired
        #: Word -> the word sets of ``table`` that have it.
        self.sets = sets
        #: The words of ``sets``.
        self.words = frozenset(sets)
        #: ``sets`` less the word sets left with no shape (all paired): those a pass scans.
        self.scanned = scanned
        self.scanned_words = frozenset(scanned)
        #: The languages (None: any) of the rules that tag every document they check: rules
        #: with a variant tried by its own plan that needs no word.
        self.tagging = frozenset(built[pos].language for pos in own if built[pos].needs is None)

    def filing(self, found: Iterable[tuple[int, Any]]) -> _Filed:
        """A copy with the built rules ``found`` (position -> rule) filed too."""
        built, own, table, sets = dict(self.built), dict(self.own), dict(self.table), dict(self.sets)
        scanned = dict(self.scanned)
        paired = {m: dict(keyed) for m, keyed in self.paired.items()}
        opaque = list(self.opaque)
        added: dict[frozenset[str], list[_Entry]] = {}
        for pos, rule in found:
            if type(rule) is not PatternRule:
                opaque.append(pos)
                continue
            built[pos] = rule
            mine: list[int] = []
            for k, how in enumerate(rule._plans):
                if how.shapes is None or any(not shape.anchors for shape in how.shapes):
                    mine.append(k)
                    continue
                for j, shape in enumerate(how.shapes):
                    entry = _entry(pos, k, j, shape, rule.language)
                    listed = added.setdefault(shape.anchors[0][1], [])
                    pairs = _pairs(shape)
                    if pairs is None:
                        listed.append(entry)
                        continue
                    m, keys = pairs
                    keyed = paired.setdefault(m, {})
                    for key in keys:
                        keyed[key] = (*keyed.get(key, ()), entry)
            if mine:
                own[pos] = tuple(mine)
        for ws, entries in added.items():
            if ws not in table:
                for w in ws:
                    sets[w] = (*sets.get(w, ()), ws)
            if entries and not table.get(ws):  # the set has shapes to scan from now on
                for w in ws:
                    scanned[w] = (*scanned.get(w, ()), ws)
            table[ws] = (*table.get(ws, ()), *entries)
        return _Filed(built, tuple(opaque), own, table, sets, paired, scanned)


class _Bank:
    """The pattern rules of one selection, matched together (see :func:`check_together`).

    A rule is filed once it is built: each of its variants' shapes under the words of the
    shape's first anchor (word -> the shapes that start from it), so a document's words find
    the shapes that can match in it without asking each rule. A rule of the rule index is
    built, as before, only when its gate first lets a document through."""

    def __init__(self, rules: tuple[Any, ...]) -> None:
        self.rules = rules
        self._lock = Lock()
        #: Rule position -> its gate, for the rules not built yet.
        self._pending: dict[int, Any] = {}
        #: Word -> the pending rules that need it (a document without it cannot let them through).
        by_word: dict[str, list[int]] = {}
        #: Pending rules whose gate names no needed word: asked at every document.
        always: list[int] = []
        ready: list[tuple[int, Any]] = []
        # A run over many files (the sign: it analyses its patterns) builds nearly every rule
        # sooner or later (343 of 384 over the news corpus): built all at once and filed in one
        # go, they cost less than asking their gates at each document and filing them in some 70
        # batches (each a copy of the tables); a built rule finds what it would have found. (The
        # sign stays on in a process that ran over many files: its later selections too.)
        every = matching.analysing()
        for pos, r in enumerate(rules):
            gate = r.gate if type(r) is not PatternRule else None
            if not (isinstance(gate, tuple) and gate and gate[0] == "pattern"):
                ready.append((pos, r))  # a pattern rule (or, checked on its own, another rule)
                continue
            if every:
                ready.append((pos, r.rule()))
                continue
            self._pending[pos] = gate
            if gate[2] is None:
                always.append(pos)
            else:
                for w in gate[2]:
                    by_word.setdefault(w, []).append(pos)
        #: The words of ``by_word`` and ``by_word`` (one attribute: replaced together).
        self._pending_words: tuple[frozenset[str], dict[str, list[int]]] = (frozenset(by_word), by_word)
        self._pending_always = always
        self.filed = _Filed({}, (), {}, {}, {}, {}, {}).filing(ready)
        #: Documents asked about so far (see :data:`_LINKED_DOCUMENTS`).
        self._asked = 0

    def admit(self, doc: Document, ctx: Context, vocabulary: AbstractSet[str]) -> None:
        """Build and file the pending rules whose gates let ``doc`` through (past the first
        :data:`_LINKED_DOCUMENTS` documents, without testing the gates' links)."""
        if not self._pending:
            return
        self._asked += 1
        links = self._asked <= _LINKED_DOCUMENTS
        asked = set(self._pending_always)
        pending_words, by_word = self._pending_words
        for w in pending_words & vocabulary:
            asked.update(by_word[w])
        if not asked.intersection(self._pending):
            return
        from copylint.ruleindex import allows

        with self._lock:
            found: list[tuple[int, Any]] = []
            gates: dict[int, Any] = {}
            for pos in sorted(asked):
                gate = self._pending.get(pos)
                if gate is not None and allows(gate, doc, ctx, links):
                    found.append((pos, self.rules[pos].rule()))
                    gates[pos] = gate
                    del self._pending[pos]
            if found:
                self._pending_always = [p for p in self._pending_always if p in self._pending]
                # the words of the rules still pending only: a document is no longer asked
                # about the rules built already (a copy: other threads read the old one)
                left = dict(self._pending_words[1])
                for pos, _ in found:
                    for w in gates[pos][2] or ():
                        at = left.get(w)
                        if at is not None and pos in at:
                            rest = [p for p in at if p != pos]
                            if rest:
                                left[w] = rest
                            else:
                                del left[w]
                self._pending_words = (frozenset(left), left)
                self.filed = self.filed.filing(found)


#: A selection's pattern rules are built when a document passes their gates. For its first
#: documents (a one-article run, a pre-commit hook's few files) the gates test their links too (how
#: far apart the words lie: :func:`copylint.gates.linked`), which rules out most rules whose words
#: the document has, so they are not built; over more documents a rule whose words keep coming
#: is built once instead of having its links tested at each (a corpus builds nearly all of them).
_LINKED_DOCUMENTS = 2


#: A shape whose second word set is this many tokens or fewer from its first anchor is filed
#: under their pairs of words (:attr:`_Filed.paired`), when it has at most :data:`_MAX_PAIRS`.
_PAIRED = 2
_MAX_PAIRS = 64


def _pairs(shape: Shape) -> tuple[int, list[tuple[str, str]]] | None:
    """(distance, the pairs of words in document order) a match of ``shape`` has: a word of its
    first anchor and one of the word set it tests first, that many tokens apart; None when
    they are farther apart or make too many pairs (the shape is then tried wherever its first
    anchor's words are)."""
    if not shape.words:
        return None
    reach, first = shape.anchors[0]
    at, second = shape.words[0]
    d = at - reach
    if not (0 < abs(d) <= _PAIRED) or len(first) * len(second) > _MAX_PAIRS:
        return None
    if d > 0:
        return d, [(a, b) for a in first for b in second]
    return -d, [(b, a) for a in first for b in second]


#: Selections seen (their rules' ids -> bank); a few at a time (a server may hold several configs).
_BANKS: dict[tuple[int, ...], _Bank] = {}
_MAX_BANKS = 8
_BANKS_LOCK = Lock()


def _bank(rules: Sequence[Any]) -> _Bank:
    key = tuple(map(id, rules))
    bank = _BANKS.get(key)
    if bank is None:
        with _BANKS_LOCK:
            bank = _BANKS.get(key)
            if bank is None:
                while len(_BANKS) >= _MAX_BANKS:
                    del _BANKS[next(iter(_BANKS))]
                # the bank holds the rules: their ids are not reused while it is kept
                bank = _BANKS[key] = _Bank(tuple(rules))
    return bank


def check_together(rules: Sequence[Any], doc: Document, ctx: Context) -> list[list[Finding]]:
    """The findings of each pattern rule of ``rules`` on ``doc`` (what each one's ``check``
    gives, as lists in the same order): one pass for all of them instead of one check each.

    The document's words find the shapes that can match (each shape of each rule is filed
    under its first anchor's word set); each such shape tries the starts the set's words give; each
    rule's matches are then reported by the rule itself (antipatterns, overlaps, messages,
    suggestions). Every condition a rule's own check tests first (language, needed words,
    triggers, gate) holds wherever one of its shapes matches, so those are not asked again.
    ``rules`` are pattern rules or rule-index entries of pattern rules (``gate`` and ``rule()``);
    any other rule is checked on its own."""
    bank = _bank(rules)
    out: list[list[Finding]] = [[] for _ in rules]
    index = doc.cached(_index_of)
    if index is None and (
        tagged_yet(doc) is not None or None in bank.filed.tagging or ctx.language in bank.filed.tagging
    ):
        index = doc.memo(_index_of)  # tagged anyway: its vocabulary costs less than words()
    vocabulary: AbstractSet[str] = words(doc) if index is None else index.vocabulary
    bank.admit(doc, ctx, vocabulary)
    filed = bank.filed
    for pos in filed.opaque:
        out[pos] = list(rules[pos].check(doc, ctx))
    language = ctx.language
    built = filed.built
    own = [
        (pos, ks)
        for pos, ks in filed.own.items()
        if not (built[pos].language and built[pos].language != language)
        and (built[pos].needs is None or not vocabulary.isdisjoint(built[pos].needs))  # type: ignore[arg-type]
    ]
    hit = filed.words & vocabulary
    if not hit and not own:
        return out
    if index is None:
        index = doc.memo(_index_of)
    found: dict[int, list[Found]] = {}
    for pos, ks in own:
        rule = built[pos]
        got = rule._found(index, rule._tried_variants(index.vocabulary, ks))
        if got:
            found[pos] = got
    # (rule, variant) -> shape number -> start -> match: the first shape matching at a start wins
    shaped: dict[tuple[int, int], dict[int, dict[int, Match]]] = {}
    table, scanned, vocab = filed.table, filed.scanned, index.vocabulary
    # word set -> the positions of its words in the document, gathered from the words the
    # document has (intersecting each set with the vocabulary cost a pass over the smaller);
    # only the sets with shapes to scan (most of the others' shapes are paired)
    tried: dict[frozenset[str], list[Positions]] = {}
    get = tried.get
    by_word = index._by_word
    for w in filed.scanned_words & vocab:
        at = by_word[w]
        for ws in scanned[w]:
            listed = get(ws)
            if listed is None:
                tried[ws] = [at]
            else:
                listed.append(at)
    entries: list[_Entry] = [entry for ws in tried for entry in table[ws]]
    if filed.paired:
        # the paired shapes whose pair of words the document has (each shape once, though
        # several of its pairs may be there); a match has one, so the others cannot match.
        # The keys view walks the document's pairs as zip makes them (no set of them first:
        # building one hashed and stored every pair, half the cost of this step)
        lows = index.lows
        hits: dict[int, _Entry] = {}
        for apart, keyed in filed.paired.items():
            for key in keyed.keys() & zip(lows, lows[apart:], strict=False):
                for entry in keyed[key]:
                    hits[id(entry)] = entry
        entries += hits.values()
    # each shape tries the starts its first anchor's positions give (Shape.scan, inlined: one
    # call and the index's fields loaded once per document, not once per shape; the positions
    # of different words never share a token, so no start comes twice)
    lows, tagl, toks = index.lows, index.tags, index.toks
    sentences, where = index.sentences, index.where
    tokens = len(lows)
    for pos, k, j, _, lang, others, reach, first, span, wanted, tags, rest, around, at in entries:
        if lang and lang != language:
            continue
        for ws in others:
            if vocab.isdisjoint(ws):
                break
        else:
            matched: dict[int, Match] | None = None
            last = tokens - span
            best = tried.get(first)
            if best is None:  # a paired shape's first anchor (its set has no shape to scan)
                best = tried[first] = [by_word[w] for w in first & vocab]
            for positions in best:
                for h in positions:
                    g = h - reach
                    if g < 0 or g > last:
                        continue
                    for o, ws in wanted:
                        if lows[g + o] not in ws:
                            break
                    else:
                        for o, rx, verdicts in tags:
                            tag = tagl[g + o]
                            ok = verdicts.get(tag)
                            if ok is None:
                                ok = verdicts[tag] = rx.fullmatch(tag) is not None
                            if not ok:
                                break
                        else:
                            for o, t in rest:
                                if not t.holds(toks, g + o):
                                    break
                            else:
                                s, i = where(g)
                                sent = sentences[s]
                                if i + span > len(sent):
                                    continue  # the tokens run into the next sentence
                                for o, t in around:
                                    if not t.holds(sent, i + o):
                                        break
                                else:
                                    if matched is None:
                                        matched = {}
                                    matched[g] = (s, i, [i + o if o >= 0 else -1 for o in at])
            if matched:
                shaped.setdefault((pos, k), {})[j] = matched
    for (pos, k), shapes in shaped.items():
        merged: dict[int, Match] = {}
        for j in sorted(shapes):
            for g, m in shapes[j].items():
                merged.setdefault(g, m)
        found.setdefault(pos, []).extend((s, k, i, picked) for s, i, picked in merged.values())
    for pos, got in found.items():
        rule = built[pos]
        if rule.scope is not None and not (got := in_scope(doc, rule.scope, got)):
            continue
        out[pos] = list(rule._report(index, got))
    return out
