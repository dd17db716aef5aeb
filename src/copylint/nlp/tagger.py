"""The shipped part-of-speech tagger: greedy averaged perceptron, Penn Treebank tags.

The model (``data/pos-model.pickle``) is built by :mod:`copylint.nlp.train` from the UD English
Web Treebank. It loads in milliseconds (a pickle of plain containers; each feature's weights stay
packed until a sentence first needs them) and tagging is designed for speed:

- forms the treebank tags one way skip the model, and so does a form with one candidate tag;
- weights are integers (thousandths), so sums are exact in any grouping, and a feature's weights
  for every tag are held as one Python integer, a 26-bit field per tag ("score vectors"): adding
  two integers adds every tag's score at once, in C;
- a word form's own features (the word itself, as a neighbour, after a tag) are kept in the
  model by form, so one look-up finds that a form has none (two thirds of a news corpus's forms);
- what depends only on a word form (its candidate tags, the vector its own features sum to in
  each place of a sentence, the vector it gives a neighbour one or two places away) is summed once
  per form and cached, so a token costs nine integer additions and a field read per candidate
  tag (:meth:`Tagger.tag`).

:class:`copylint.nlp.train.Reference` reads the same model feature by feature, without any of
this; the tests compare the two.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from copylint.nlp.features import (
    form_features,
    is_headline,
    lexicon_classes,
    normal,
    open_candidates,
    shape,
)

#: The model file layout this module reads (written by :func:`copylint.nlp.train.write`).
FORMAT = 4
#: Caches are dropped past this many entries (bounded memory on huge archives).
_CACHE_LIMIT = 200_000
#: Open-class tags scored for an unseen word form: the ones its own features rank highest.
_LIKELY = 5
#: A word form's place in its sentence, as the model's features see it: first word, headline, other.
_PLACES = ("f", "h", "")
_EDGE = "<edge>"
_second = itemgetter(1)
_SHAPE = ("shf=", "shh=", "sh=")
#: Bits per tag in a score vector. A token's score for a tag is a sum of a few dozen weights and
#: stays under FIELD_LIMIT in magnitude (tests bound it from the shipped model's largest weights:
#: 14.2 million for the shipped model, against 2 ** 25 = 33.5 million), so once an offset of
#: FIELD_LIMIT per field is added (the history vector carries it) every field of a token's total
#: is non-negative and no field borrows from the next. Narrower fields make shorter integers: each
#: addition and field read of a token costs less, and the cached vectors take less memory (26
#: rather than 32 bits: the tagger about 5% less CPU over the news corpus, the same tags).
_BITS = 26
_MASK = (1 << _BITS) - 1
_HALF = 1 << (_BITS - 1)
#: The bound a tag's score must stay under in magnitude (tested against the shipped model).
FIELD_LIMIT = _HALF
# Slots of a cached word-form entry (a list): the normal form, candidate tags, its scoring in each
# place (2-4, see Tagger._own), the vectors it gives a token k = -2, -1, 1, 2 places away (5, 6,
# 8, 9), all filled when first needed, and (7) the model's weights of the form's own word features
# (see _in_word; None: the model has none, the usual case; then the vectors two places away are 0).
_LOW, _CANDS, _OWN, _WORDS = 0, 1, 2, 7


#: ``struct`` formats of n little-endian int32 values, by n.
_INT32S = tuple(struct.Struct(f"<{n}i") for n in range(256))
_TWO = _INT32S[2].unpack_from


def _decode(blob: bytes) -> int:
    """The score vector of one feature's packed weights (a tag index per byte, then the weights as
    little-endian int32; see :func:`copylint.nlp.train.pack`): each weight shifted into its tag's
    field and the fields summed (negative fields borrow from the next one, as addition does)."""
    n = len(blob) // 5
    if n == 2:  # most features
        a: int
        b: int
        a, b = _TWO(blob, 2)
        return (a << _BITS * blob[0]) + (b << _BITS * blob[1])
    total = 0
    for i, v in zip(blob, _INT32S[n].unpack_from(blob, n), strict=False):  # zip stops after the n weights
        total += v << _BITS * i
    return total


def _decode_at(blob: bytes, at: int, n: int) -> int:
    """:func:`_decode` of the n weights packed at ``blob[at:]``."""
    if n == 2:
        a: int
        b: int
        a, b = _TWO(blob, at + 2)
        return (a << _BITS * blob[at]) + (b << _BITS * blob[at + 1])
    total = 0
    for i, v in zip(blob[at : at + n], _INT32S[n].unpack_from(blob, at + n), strict=True):
        total += v << _BITS * i
    return total


#: The kinds of a word form's own features, in the order :func:`copylint.nlp.train.by_word` keeps
#: them: "w", "w-2", "w-1", "w1", "w2", "cw".
_W, _W_2, _W_1, _W1, _W2, _CW = range(6)


def _in_word(blob: bytes, kind: int) -> int:
    """The score vector of one kind of a word form's own features (see ``by_word``: six counts of
    weights, then the packed weights of each kind present)."""
    n = blob[kind]
    return _decode_at(blob, 6 + 5 * sum(blob[:kind]), n) if n else 0


class _Vectors(dict[str, int]):
    """Feature -> score vector, each decoded from the model's packed weights on first use (an
    unknown feature scores 0). For features shared by many word forms (affixes, shapes, tag
    history); a word's own features are kept with the word (the model's ``words``)."""

    def __init__(self, packed: dict[str, bytes]) -> None:
        super().__init__()
        self.packed = packed

    def __missing__(self, feat: str) -> int:
        blob = self.packed.get(feat)
        got = 0 if blob is None else _decode(blob)
        if len(self) > _CACHE_LIMIT:
            self.clear()
        self[feat] = got
        return got


class Tagger:
    """Tags sentences of Treebank tokens; one instance per process (see :func:`tagger`)."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"part-of-speech model format {data.get('format')!r}, expected {FORMAT}")
        self.tags: tuple[str, ...] = tuple(data["tags"])
        self.fixed: dict[str, str] = data["fixed"]
        self.seen: dict[str, tuple[str, ...]] = data["seen"]
        self._pairs: bool = data["pairs"]
        self._shift = {t: _BITS * i for i, t in enumerate(self.tags)}
        self._offset = sum(_HALF << (_BITS * i) for i in range(len(self.tags)))
        self._vectors = _Vectors(data["weights"])
        #: normal form -> the packed weights of its word features by kind ("w", "w-1", "cw", "tw" +
        #: previous tag ...: see :func:`copylint.nlp.train.by_word`); one look-up finds that a form
        #: has none (two thirds of a news corpus's forms)
        self._words: dict[str, bytes] = data["words"]
        self._prev = {p: i for i, p in enumerate(data["prev"])}
        self._forms: dict[str, list[Any]] = {}
        self._lows: dict[str, int] = {}
        self._hist: dict[tuple[str, str], int] = {}
        self._open_cache: dict[tuple[bool, str], tuple[str, ...]] = {}
        self._scored: dict[tuple[str, ...], tuple[tuple[int, str], ...]] = {}
        self._layouts: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        edge = self._words.get(_EDGE, bytes(6))
        near = [_in_word(edge, k) for k in (_W_2, _W_1, _W1, _W2)]
        #: the entry of the places past a sentence's edges: what the edge gives a token 1-2 places away
        self._rim: list[Any] = [_EDGE, (), None, None, None, near[0], near[1], None, near[2], near[3]]

    # -- weights -------------------------------------------------------------------------------

    def _sum(self, feats: list[str]) -> int:
        vectors = self._vectors
        total = 0
        for f in feats:
            total += vectors[f]
        return total

    def _after_tag(self, words: bytes, p1: str) -> int:
        """The score vector of a word form's "tw" feature after tag ``p1`` (see ``by_word``: after
        the six kinds, records of previous tag, count and packed weights, by tag)."""
        code = self._prev.get(p1)
        if code is None:
            return 0
        at = 6 + 5 * sum(words[:6])
        end = len(words)
        while at < end:
            n = words[at + 1]
            if words[at] >= code:
                return _decode_at(words, at + 2, n) if words[at] == code else 0
            at += 2 + 5 * n
        return 0

    def _field(self, tag: str) -> int:
        """The shift of ``tag``'s field in a score vector (a candidate tag the model has no weight
        for gets a field of its own, always scored 0)."""
        shift = self._shift.get(tag)
        if shift is None:
            shift = self._shift[tag] = _BITS * len(self._shift)
            self._offset += _HALF << shift
            self._hist.clear()  # its vectors carry the offset
        return shift

    def _layout(self, cands: tuple[str, ...]) -> list[tuple[int, str]]:
        """For a candidate tuple: (field shift, tag) per candidate (cached: open-class forms share
        a hundred or so tuples)."""
        got = self._layouts[cands] = [(self._field(c), c) for c in cands]
        return got

    def score(self, vector: int, tag: str) -> int:
        """The score of ``tag`` in a sum of score vectors that includes the history's offset."""
        return ((vector >> self._field(tag)) & _MASK) - _HALF

    def _history(self, p1: str, p2: str) -> int:
        """The previous two tags' features, with the bias every token has and the fields' offset."""
        got = self._hist[(p1, p2)] = self._offset + self._sum(["b", "t1=" + p1, "t2=" + p2, "tt=" + p1 + " " + p2])
        return got

    # -- per word form -------------------------------------------------------------------------

    def candidates(self, form: str, low: str) -> tuple[str, ...]:
        seen = self.seen.get(low)
        if seen is not None:
            if form[:1].isupper() and "NNP" not in seen:
                return (*seen, "NNP")
            return seen
        key = (form[:1].isupper(), low)
        got = self._open_cache.get(key)
        if got is None:
            if len(self._open_cache) > _CACHE_LIMIT:
                self._open_cache.clear()
            got = self._open_cache[key] = open_candidates(form, low, ())
        return got

    def _entry(self, form: str) -> list[Any]:
        """A word form's cached entry (see _LOW ... _WORDS)."""
        if len(self._forms) > _CACHE_LIMIT:
            self._forms.clear()
        low = normal(form)
        words = self._words.get(low)
        entry: list[Any]
        if words is None:  # no word features: nothing two places away from it
            entry = [low, self.candidates(form, low), None, None, None, 0, None, None, None, 0]
        else:
            entry = [low, self.candidates(form, low), None, None, None, None, None, words, None, None]
        self._forms[form] = entry
        return entry

    def _next_to(self, entry: list[Any], form: str) -> None:
        """The vectors a form gives the token after it and the one before it (the features of
        :func:`copylint.nlp.features.neighbour_features`, summed), computed when first needed."""
        low = entry[_LOW]
        v = self._vectors
        suffix = low[-3:]
        kind = shape(form)
        before = v["s-1=" + suffix] + v["h-1=" + kind]
        after = v["s1=" + suffix] + v["h1=" + kind]
        words = entry[_WORDS]
        if words is not None:
            before += _in_word(words, _W_1)
            after += _in_word(words, _W1)
        if not low.startswith("!"):
            lex = lexicon_classes(low)
            before += v["l-1=" + lex]
            after += v["l1=" + lex]
        entry[6] = before
        entry[8] = after

    def _own(self, entry: list[Any], form: str, place: int) -> list[Any]:
        """A form's scoring in ``place``: the candidates as (field shift, tag), alphabetically last
        first (for an open-class form, the ones its own features, bias included, rank highest),
        its own score vector (less the bias, which comes with the history) and a cache of that
        vector plus the tag-and-word vector, by previous tag."""
        low = entry[_LOW]
        v = self._vectors
        base = self._lows.get(low)
        if base is None:
            if len(self._lows) > _CACHE_LIMIT:
                self._lows.clear()
            # form_features: [0] the bias (in the history), [1] "w=" + low (with the word)
            base = self._sum(form_features(form)[2:])
            words = entry[_WORDS]
            if words is not None:
                base += _in_word(words, _W)
            self._lows[low] = base
        own = base + v[_SHAPE[place] + shape(form)]  # place_features, inlined
        words = entry[_WORDS]
        if place == 2 and words is not None and form[:1].isupper() and not low.startswith("!"):
            own += _in_word(words, _CW)
        cands: tuple[str, ...] = entry[_CANDS]
        scored = self._scored.get(cands)
        if scored is None:
            pairs = self._layouts.get(cands)
            if pairs is None:
                pairs = self._layout(cands)
            if len(cands) > _LIKELY:
                total = own + v["b"] + self._offset  # every field non-negative
                scores = [(total >> f) & _MASK for f, _ in pairs]
                ranked = sorted(range(len(cands)), key=scores.__getitem__, reverse=True)[:_LIKELY]  # stable
                scored = tuple(sorted(map(pairs.__getitem__, ranked), key=_second, reverse=True))
            else:
                scored = self._scored[cands] = tuple(sorted(pairs, key=_second, reverse=True))
        got = entry[_OWN + place] = [scored, own, {}]
        return got

    def _pair_vector(self, entries: list[list[Any]], i: int) -> int:
        """The weights of word pairs (models trained with them) of the token whose entry is
        ``entries[i]`` (the rim's normal form is the edge marker)."""
        low = entries[i][_LOW]
        prev = entries[i - 1][_LOW]
        nxt = entries[i + 1][_LOW]
        return self._vectors["ww=" + prev + " " + low] + self._vectors["wn=" + low + " " + nxt]

    # -- sentences -----------------------------------------------------------------------------

    def tag(self, forms: Sequence[str]) -> list[str]:
        """Penn tags for one sentence of Treebank tokens."""
        fixed = self.fixed
        out: list[Any] = list(map(fixed.get, forms))  # map of a bound method: no Python-level loop
        if None not in out:
            return out
        n = len(forms)
        headline = is_headline(list(forms))
        if headline:
            for i in range(1, n):
                if out[i] is None:
                    out[i] = fixed.get(forms[i].lower())
        table = self._forms
        rim = self._rim
        entries: list[Any] = [rim, rim]  # token i's entry at i + 2, two past each edge of the sentence
        entries += map(table.get, forms)
        entries += (rim, rim)
        if None in entries:  # new forms (a form twice in the sentence gets one entry)
            for i in range(2, n + 2):
                if entries[i] is None:
                    entries[i] = table.get(forms[i - 2]) or self._entry(forms[i - 2])
        hist = self._hist
        pairs = self._pairs
        mask = _MASK
        p1, p2 = "<s>", "<s2>"
        for i in range(n):
            tag = out[i]
            if tag is None:
                entry = entries[i + 2]
                cands = entry[_CANDS]
                if len(cands) == 1:
                    tag = out[i] = cands[0]
                else:
                    place = 0 if i == 0 else 1 if headline else 2
                    scored, own, by_prev = entry[_OWN + place] or self._own(entry, forms[i], place)
                    h = hist.get((p1, p2))
                    if h is None:
                        h = self._history(p1, p2)
                    x = by_prev.get(p1)
                    if x is None:
                        words = entry[_WORDS]
                        after = 0 if words is None else self._after_tag(words, p1)
                        # the form's own vector itself when the model has no weights of the form after p1
                        # (adding 0 would copy the integer: more memory for the caches to walk)
                        x = by_prev[p1] = own + after if after else own
                    e = entries[i]
                    y = e[5]
                    if y is None:
                        y = e[5] = _in_word(e[_WORDS], _W_2)  # None only with words (see _entry)
                    total = x + h + y
                    e = entries[i + 1]
                    y = e[6]
                    if y is None:
                        self._next_to(e, forms[i - 1])
                        y = e[6]
                    total += y
                    e = entries[i + 3]
                    y = e[8]
                    if y is None:
                        self._next_to(e, forms[i + 1])
                        y = e[8]
                    total += y
                    e = entries[i + 4]
                    y = e[9]
                    if y is None:
                        y = e[9] = _in_word(e[_WORDS], _W2)
                    total += y
                    if pairs:
                        total += self._pair_vector(entries, i + 2)
                    best = -1
                    for shift, c in scored:
                        s = (total >> shift) & mask
                        if s > best:
                            best, tag = s, c
                    out[i] = tag
            p2, p1 = p1, tag
        return out


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    """The shipped model, loaded on first use: from the user cache, found there by the model
    file's size and modification time (as the grammar lexicon's tables are), where it is kept as
    marshal data (the same plain containers: loaded in about 5 ms instead of pickle's 6-8, and a
    run imports no ``pickle``); on a miss from the model file itself, then kept there."""
    from copylint.diskcache import file_stamp, load_or_build

    path = Path(__file__).with_name("data") / "pos-model.pickle"
    try:
        model = load_or_build("tagger-model", file_stamp(path), lambda: _unpickled(path))
    except (OSError, ValueError, TypeError):  # a value marshal cannot keep, an entry of another layout
        model = _unpickled(path)
    return Tagger(model)


def _unpickled(path: Path) -> Any:
    import pickle

    return pickle.loads(path.read_bytes())  # noqa: S301 - the model file shipped in this package
