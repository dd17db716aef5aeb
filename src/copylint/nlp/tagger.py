"""The shipped part-of-speech tagger: greedy averaged perceptron, Penn Treebank tags.

The model (``data/pos-model.pickle``) is built by :mod:`copylint.nlp.train` from the UD English
Web Treebank. It loads in milliseconds (a pickle of plain containers; each feature's weights stay
packed until a sentence first needs them) and tagging is designed for speed:

- forms the treebank tags one way skip the model, and so does a form with one candidate tag;
- everything that depends only on a word form (its candidate tags, the score its own features
  give each candidate, the scores it gives a neighbour one or two places away) is computed once
  per form and cached;
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

from copylint.nlp.features import is_headline, neighbour_features, normal, open_candidates, self_features

Scores = dict[str, float]
_EMPTY: Scores = {}
#: The model file layout this module reads (written by :func:`copylint.nlp.train.write`).
FORMAT = 2
#: Cached per-form tables are dropped past this many forms (bounded memory on huge archives).
_CACHE_LIMIT = 200_000
#: Open-class tags scored for an unseen word form: the ones its own features rank highest.
_LIKELY = 5
#: A word form's place in its sentence, as the model's features see it: first word, headline, other.
_PLACES = ("f", "h", "")
# Slots of a cached word-form entry (a list, filled lazily).
# _OWN + place index (2-4); _NEAR + k for a neighbour k = -2, -1, 1, 2 places away (5-9, 7 unused).
_LOW, _CANDS, _OWN, _NEAR, _TW = 0, 1, 2, 7, 10


class Tagger:
    """Tags sentences of Treebank tokens; one instance per process (see :func:`tagger`)."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"part-of-speech model format {data.get('format')!r}, expected {FORMAT}")
        self.tags: tuple[str, ...] = tuple(data["tags"])
        self.fixed: dict[str, str] = data["fixed"]
        self.seen: dict[str, tuple[str, ...]] = data["seen"]
        self._packed: dict[str, bytes] = data["weights"]
        self._weights: dict[str, Scores] = {}
        self._forms: dict[str, list[Any]] = {}
        self._hist: dict[tuple[str, str], Scores] = {}
        self._open_cache: dict[tuple[bool, str], tuple[str, ...]] = {}
        self._edge = [self._near_sum(None, k) if k else None for k in (-2, -1, 0, 1, 2)]

    # -- weights -------------------------------------------------------------------------------

    def _w(self, feat: str) -> Scores:
        """The weights of one feature (decoded on first use)."""
        got = self._weights.get(feat)
        if got is None:
            blob = self._packed.get(feat)
            if blob is None:
                got = _EMPTY
            else:
                n = len(blob) // 9
                values = array("d")
                values.frombytes(blob[n:])
                if sys.byteorder == "big":
                    values.byteswap()
                tags = self.tags
                got = {tags[i]: v for i, v in zip(blob[:n], values, strict=True)}
            if len(self._weights) > _CACHE_LIMIT:
                self._weights.clear()
            self._weights[feat] = got
        return got

    def _sum(self, feats: list[str]) -> Scores:
        out: Scores = {}
        for f in feats:
            for t, v in self._w(f).items():
                out[t] = out.get(t, 0.0) + v
        return out

    def _near_sum(self, form: str | None, k: int) -> Scores:
        feats = neighbour_features(form, k)
        if len(feats) == 1:
            return self._w(feats[0])  # one feature: its weights are the sum
        return self._sum(feats)

    def _history(self, p1: str, p2: str) -> Scores:
        key = (p1, p2)
        got = self._hist.get(key)
        if got is None:
            got = self._hist[key] = self._sum(["t1=" + p1, "t2=" + p2, "tt=" + p1 + " " + p2])
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
        entry: list[Any] = [low, self.candidates(form, low), None, None, None, None, None, None, None, None, {}]
        self._forms[form] = entry
        return entry

    def _own(self, entry: list[Any], form: str, place: int) -> tuple[tuple[str, ...], tuple[float, ...]]:
        """The candidates a form is scored over in ``place`` (for an open-class form, the ones its
        own features rank highest) and the score its own features give each."""
        cands: tuple[str, ...] = entry[_CANDS]
        weights = [self._w(f) for f in self_features(form, _PLACES[place])]
        scores = []
        for c in cands:
            s = 0.0
            for wf in weights:
                s += wf.get(c, 0.0)
            scores.append(s)
        if len(cands) > _LIKELY:
            own = dict(zip(cands, scores, strict=True))
            cands = tuple(sorted(cands, key=lambda t: -own[t])[:_LIKELY])
            scores = [own[c] for c in cands]
        got = entry[_OWN + place] = (cands, tuple(scores))
        return got

    def _near(self, entry: list[Any], form: str, k: int) -> Scores:
        got: Scores = self._near_sum(form, k)
        entry[_NEAR + k] = got
        return got

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
                    else:
                        b = edge[1]
                    if i + 1 < n:
                        e = entries[i + 1]
                        c_ = e[8]
                        if c_ is None:
                            c_ = self._near(e, forms[i + 1], 1)
                    else:
                        c_ = edge[3]
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
                    tws = entry[_TW]
                    tw = tws.get(p1)
                    if tw is None:
                        tw = tws[p1] = self._w("tw=" + p1 + " " + entry[_LOW])
                    best = -1e18
                    tag = cands[0]
                    for c, o in zip(cands, own, strict=True):
                        s = (
                            o
                            + a.get(c, 0.0)
                            + b.get(c, 0.0)
                            + c_.get(c, 0.0)
                            + d.get(c, 0.0)
                            + h.get(c, 0.0)
                            + tw.get(c, 0.0)
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
