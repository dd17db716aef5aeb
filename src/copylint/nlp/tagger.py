"""The shipped part-of-speech tagger: greedy averaged perceptron, Penn Treebank tags.

The model (``data/pos-model.pickle``) is built by :mod:`copylint.nlp.train` from the UD English
Web Treebank. It loads in milliseconds (a pickle of plain containers; each feature's weights stay
packed until a sentence first needs them) and tagging is designed for speed:

- forms the treebank tags one way skip the model, and so does a form with one candidate tag;
- weights are integers (thousandths), so sums are exact in any grouping: what depends only on a
  word form (its candidate tags, the score its own features give each, the scores it gives a
  neighbour) is summed once per form and cached, and what a neighbour shares with every word of
  its kind (suffix, shape, lexicon classes) once per kind;
- per token only the candidate tags are scored, from a handful of cached tables.
"""

from __future__ import annotations

import pickle
import sys
from array import array
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from copylint.nlp.features import (
    form_features,
    is_headline,
    neighbour_class,
    normal,
    open_candidates,
    place_features,
)

Scores = dict[str, int]
_EMPTY: Scores = {}
#: The model file layout this module reads (written by :func:`copylint.nlp.train.write`).
FORMAT = 3
#: Caches are dropped past this many entries (bounded memory on huge archives).
_CACHE_LIMIT = 200_000
#: Open-class tags scored for an unseen word form: the ones its own features rank highest.
_LIKELY = 5
#: A word form's place in its sentence, as the model's features see it: first word, headline, other.
_PLACES = ("f", "h", "")
_EDGE = "<edge>"
# Slots of a cached word-form entry (a list, filled lazily): the normal form, candidate tags, own
# scores in each place (2-4), scores as a neighbour k = -2, -1, 1, 2 places away (_NEAR + k: 5-9,
# 7 unused), per previous tag the scores of the tag-and-word feature (10), the place-free part of
# the own scores (11), and, for models with word pairs, the pair scores by the word before (12)
# and after (13); and the scores of its last three letters as the neighbour before (14) and after (16).
_LOW, _CANDS, _OWN, _NEAR, _TW, _BASE, _PAIR_L, _PAIR_R, _SUFFIX = 0, 1, 2, 7, 10, 11, 12, 13, 15


class Tagger:
    """Tags sentences of Treebank tokens; one instance per process (see :func:`tagger`)."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"part-of-speech model format {data.get('format')!r}, expected {FORMAT}")
        self.tags: tuple[str, ...] = tuple(data["tags"])
        self.fixed: dict[str, str] = data["fixed"]
        self.seen: dict[str, tuple[str, ...]] = data["seen"]
        self._pairs: bool = data["pairs"]
        self._packed: dict[str, bytes] = data["weights"]
        self._weights: dict[str, Scores] = {}
        self._forms: dict[str, list[Any]] = {}
        self._kinds: dict[tuple[Any, ...], Scores] = {}
        self._hist: dict[tuple[str, str], Scores] = {}
        self._open_cache: dict[tuple[bool, str], tuple[str, ...]] = {}
        self._edge = [self._w(f"w{k}={_EDGE}") for k in (-2, -1, 0, 1, 2)]

    # -- weights -------------------------------------------------------------------------------

    def _w(self, feat: str) -> Scores:
        """The weights of one feature (decoded on first use)."""
        got = self._weights.get(feat)
        if got is None:
            blob = self._packed.get(feat)
            if blob is None:
                got = _EMPTY
            else:
                n = len(blob) // 5
                values = array("i")
                values.frombytes(blob[n:])
                if sys.byteorder == "big":
                    values.byteswap()
                tags = self.tags
                got = {tags[i]: v for i, v in zip(blob[:n], values, strict=True)}
            if len(self._weights) > _CACHE_LIMIT:
                self._weights.clear()
            self._weights[feat] = got
        return got

    def _sum(self, feats: list[str], out: Scores | None = None) -> Scores:
        out = {} if out is None else dict(out)
        for f in feats:
            for t, v in self._w(f).items():
                out[t] = out.get(t, 0) + v
        return out

    def _history(self, p1: str, p2: str) -> Scores:
        """The previous two tags' features, with the bias every token has."""
        got = self._hist[(p1, p2)] = self._sum(["b", "t1=" + p1, "t2=" + p2, "tt=" + p1 + " " + p2])
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
        if len(self._forms) > _CACHE_LIMIT:
            self._forms.clear()
        low = normal(form)
        entry: list[Any] = [low, self.candidates(form, low), None, None, None, None, None, None, None, None]
        entry += ({}, None, {}, {}, _EMPTY, None, _EMPTY)
        self._forms[form] = entry
        return entry

    def _own(self, entry: list[Any], form: str, place: int) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """The candidates a form is scored over in ``place`` (for an open-class form, the ones its
        own features rank highest) and the score its own features give each (less the bias,
        which is counted with the history)."""
        cands: tuple[str, ...] = entry[_CANDS]
        base: list[int] | None = entry[_BASE]
        if base is None:
            weights = [self._w(f) for f in form_features(form)[1:]]  # [0], the bias: in the history
            base = []
            for c in cands:
                total = 0
                for wf in weights:
                    total += wf.get(c, 0)
                base.append(total)
            entry[_BASE] = base
        scores = list(base)
        for f in place_features(form, _PLACES[place]):
            wf = self._w(f)
            if wf:
                for j, c in enumerate(cands):
                    scores[j] += wf.get(c, 0)
        if len(cands) > _LIKELY:
            bias = self._w("b")
            ranked = sorted(zip(scores, cands, strict=True), key=lambda p: -p[0] - bias.get(p[1], 0))[:_LIKELY]
            cands = tuple([c for _, c in ranked])
            scores = [s for s, _ in ranked]
        got = entry[_OWN + place] = (cands, tuple(scores))
        return got

    def _near(self, entry: list[Any], form: str, k: int) -> Scores:
        """The scores a form gives a token ``k`` places away: its word feature plus its shape and
        lexicon classes (summed once per kind of word); one place away, the scores of its last
        three letters are kept apart (``entry[_SUFFIX + k]``), as summing them per form would cost
        more than looking them up per token."""
        low = entry[_LOW]
        word = self._w(f"w{k}={low}")
        feats = neighbour_class(form, low, k)
        if feats:
            entry[_SUFFIX + k] = self._w(feats[0])
            key = (k, *feats[1:])
            kind = self._kinds.get(key)
            if kind is None:
                if len(self._kinds) > _CACHE_LIMIT:
                    self._kinds.clear()
                kind = self._kinds[key] = self._sum(feats[1:])
            word = self._add(kind, word) if word else kind
        entry[_NEAR + k] = word
        return word

    @staticmethod
    def _add(a: Scores, b: Scores) -> Scores:
        out = dict(a)
        for t, v in b.items():
            out[t] = out.get(t, 0) + v
        return out

    def _pairs_with(self, tw: Scores, entries: list[list[Any]], i: int) -> Scores:
        """``tw`` plus the weights of token ``i``'s word pairs (models trained with them)."""
        entry = entries[i]
        low = entry[_LOW]
        prev = entries[i - 1][_LOW] if i > 0 else _EDGE
        nxt = entries[i + 1][_LOW] if i + 1 < len(entries) else _EDGE
        cache = entry[_PAIR_L]
        left = cache.get(prev)
        if left is None:
            left = cache[prev] = self._w("ww=" + prev + " " + low)
        cache = entry[_PAIR_R]
        right = cache.get(nxt)
        if right is None:
            right = cache[nxt] = self._w("wn=" + low + " " + nxt)
        if left:
            tw = self._add(tw, left)
        if right:
            tw = self._add(tw, right)
        return tw

    # -- sentences -----------------------------------------------------------------------------

    def tag(self, forms: Sequence[str]) -> list[str]:
        """Penn tags for one sentence of Treebank tokens."""
        fixed = self.fixed
        out: list[Any] = [fixed.get(f) for f in forms]
        if None not in out:
            return out
        n = len(forms)
        headline = is_headline(list(forms))
        if headline:
            for i in range(1, n):
                if out[i] is None:
                    out[i] = fixed.get(forms[i].lower())
        table = self._forms
        entries = [table.get(f) or self._entry(f) for f in forms]
        edge = self._edge
        hist = self._hist
        weights = self._w
        pairs = self._pairs
        p1, p2 = "<s>", "<s2>"
        for i in range(n):
            tag = out[i]
            if tag is None:
                entry = entries[i]
                cands = entry[_CANDS]
                if len(cands) == 1:
                    tag = out[i] = cands[0]
                else:
                    place = 0 if i == 0 else 1 if headline else 2
                    cands, own = entry[_OWN + place] or self._own(entry, forms[i], place)
                    if i > 1:
                        e = entries[i - 2]
                        a = e[5]
                        if a is None:
                            a = self._near(e, forms[i - 2], -2)
                    else:
                        a = edge[0]
                    if i > 0:
                        e = entries[i - 1]
                        b = e[6]
                        if b is None:
                            b = self._near(e, forms[i - 1], -1)
                        bs = e[14]
                    else:
                        b, bs = edge[1], _EMPTY
                    if i + 1 < n:
                        e = entries[i + 1]
                        c_ = e[8]
                        if c_ is None:
                            c_ = self._near(e, forms[i + 1], 1)
                        cs = e[16]
                    else:
                        c_, cs = edge[3], _EMPTY
                    if i + 2 < n:
                        e = entries[i + 2]
                        d = e[9]
                        if d is None:
                            d = self._near(e, forms[i + 2], 2)
                    else:
                        d = edge[4]
                    h = hist.get((p1, p2))
                    if h is None:
                        h = self._history(p1, p2)
                    cache = entry[_TW]
                    tw = cache.get(p1)
                    if tw is None:
                        tw = cache[p1] = weights("tw=" + p1 + " " + entry[_LOW])
                    if pairs:
                        tw = self._pairs_with(tw, entries, i)
                    best = -(1 << 62)
                    tag = cands[0]
                    for c, s in zip(cands, own, strict=True):
                        s += (
                            a.get(c, 0)
                            + b.get(c, 0)
                            + bs.get(c, 0)
                            + c_.get(c, 0)
                            + cs.get(c, 0)
                            + d.get(c, 0)
                            + h.get(c, 0)
                            + tw.get(c, 0)
                        )
                        if s > best or (s == best and c > tag):
                            best, tag = s, c
                    out[i] = tag
            p2, p1 = p1, tag
        return out


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    """The shipped model, loaded on first use."""
    data = (resources.files("copylint.nlp") / "data" / "pos-model.pickle").read_bytes()
    return Tagger(pickle.loads(data))  # noqa: S301 - the model file shipped in this package
