"""The shipped part-of-speech tagger: greedy averaged perceptron, Penn Treebank tags.

The model (``data/pos-model.tsv.gz``) is built by :mod:`copylint.nlp.train` from the UD English
Web Treebank. Loading is lazy (first use) and tagging is designed for speed: forms the treebank
tags one way skip the model; the score a word form contributes, as itself and as a neighbour, is
summed once per form and cached; only the candidate tags of a form are scored.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from copylint.nlp.features import OPEN, neighbour_features, normal, open_candidates, places, self_features

Scores = dict[str, float]
_EMPTY: Scores = {}
#: Cached per-form scores are dropped past this many forms (bounded memory on huge archives).
_CACHE_LIMIT = 200_000
#: Open-class tags scored for an unseen word form: the ones its own features rank highest.
_LIKELY = 5


class Tagger:
    """Tags sentences of Treebank tokens; one instance per process (see :func:`tagger`)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.tags = tuple(data["tags"])
        self.fixed: dict[str, str] = data["fixed"]
        self.seen: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in data["seen"].items()}
        self._weights: dict[str, Scores] = data["weights"]
        self._open = tuple(sorted(OPEN))
        self._self: dict[tuple[str, str], Scores] = {}
        self._near: dict[tuple[str | None, int], Scores] = {}
        self._likely_cache: dict[tuple[str, str], tuple[str, ...]] = {}
        self._hist: dict[tuple[str, str], Scores] = {}
        self._open_cache: dict[tuple[bool, str], tuple[str, ...]] = {}

    def _w(self, feat: str) -> Scores:
        return self._weights.get(feat, _EMPTY)

    def _sum(self, feats: list[str]) -> Scores:
        out: Scores = {}
        for f in feats:
            for t, v in self._w(f).items():
                out[t] = out.get(t, 0.0) + v
        return out

    def _self_scores(self, form: str, where: str) -> Scores:
        key = (form, where)
        got = self._self.get(key)
        if got is None:
            if len(self._self) > _CACHE_LIMIT:
                self._self.clear()
            got = self._self[key] = self._sum(self_features(form, where))
        return got

    def _near_scores(self, form: str | None, k: int) -> Scores:
        key = (form, k)
        got = self._near.get(key)
        if got is None:
            if len(self._near) > _CACHE_LIMIT:
                self._near.clear()
            got = self._near[key] = self._sum(neighbour_features(form, k))
        return got

    def _likely(self, form: str, where: str, own: Scores, cands: tuple[str, ...]) -> tuple[str, ...]:
        """The open-class tags an unseen form's own features rank highest (context decides among them)."""
        key = (form, where)
        got = self._likely_cache.get(key)
        if got is None:
            if len(self._likely_cache) > _CACHE_LIMIT:
                self._likely_cache.clear()
            ranked = sorted(cands, key=lambda t: -own.get(t, 0.0))
            got = self._likely_cache[key] = tuple(ranked[:_LIKELY])
        return got

    def _history(self, p1: str, p2: str) -> Scores:
        key = (p1, p2)
        got = self._hist.get(key)
        if got is None:
            got = self._hist[key] = self._sum(["t1=" + p1, "t2=" + p2, "tt=" + p1 + " " + p2])
        return got

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

    def tag(self, forms: Sequence[str]) -> list[str]:
        """Penn tags for one sentence of Treebank tokens."""
        n = len(forms)
        out: list[str] = []
        where: list[str] | None = None
        p1, p2 = "<s>", "<s2>"
        fixed = self.fixed
        w = self._w
        for i, form in enumerate(forms):
            tag = fixed.get(form)
            if tag is None:
                if where is None:
                    where = places(list(forms))
                if where[i] == "h":
                    tag = fixed.get(form.lower())
            if tag is None:
                assert where is not None
                low = normal(form)
                cands = self.candidates(form, low)
                own = self._self_scores(form, where[i])
                if len(cands) > _LIKELY:
                    cands = self._likely(form, where[i], own, cands)
                a = self._near_scores(forms[i - 2] if i > 1 else None, -2)
                b = self._near_scores(forms[i - 1] if i > 0 else None, -1)
                c_ = self._near_scores(forms[i + 1] if i + 1 < n else None, 1)
                d = self._near_scores(forms[i + 2] if i + 2 < n else None, 2)
                h = self._history(p1, p2)
                tw = w("tw=" + p1 + " " + low)
                best = -1e18
                tag = cands[0]
                for c in cands:
                    s = (
                        own.get(c, 0.0)
                        + a.get(c, 0.0)
                        + b.get(c, 0.0)
                        + c_.get(c, 0.0)
                        + d.get(c, 0.0)
                        + h.get(c, 0.0)
                        + tw.get(c, 0.0)
                    )
                    if s > best or (s == best and c > tag):
                        best, tag = s, c
            out.append(tag)
            p2, p1 = p1, tag
        return out


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    """The shipped model, loaded on first use."""
    data = (resources.files("copylint.nlp") / "data" / "pos-model.json.gz").read_bytes()
    return Tagger(json.loads(gzip.decompress(data)))
