"""Train the part-of-speech model shipped in ``data/pos-model.pickle`` (maintainer script).

    python -m copylint.nlp.train ../shared/data/ud-english-ewt src/copylint/nlp/data/pos-model.pickle

An averaged perceptron (greedy, left to right) over the Penn tags (XPOS) of the Universal
Dependencies English Web Treebank train split (CC BY-SA 4.0, see ``data/ATTRIBUTION.md``).
Reproducible: fixed seed, fixed iteration count, sorted output; the grammar lexicon's classes are
features too, so the same treebank and lexicon give the same file byte for byte. The model
records a digest of the lexicon data it was trained with (``lexicon``, see
:func:`~copylint.nlp.features.lexicon_digest`); a test fails when the shipped lexicon no longer
matches it: then re-run the command above and commit its output (never edit the file). Each word is scored only over
its candidate tags (the tags the treebank gives its form, or the open classes for a rare or
unseen form); forms the treebank tags one way almost always skip the model. A share of the
training sentences is also seen in headline case ("Man Is Charged Over Fire") so that
capitalised headlines tag as well as running text.
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
from array import array
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from copylint.nlp.features import (
    HEADLINE_SMALL,
    history_features,
    is_headline,
    lexicon_digest,
    neighbour_features,
    normal,
    open_candidates,
    pair_features,
    places,
    self_features,
)

#: Layout of the model file (see :func:`write`); the tagger refuses any other.
FORMAT = 4
#: Kinds of feature that belong to one word form (its normal form after the "="): the model
#: keeps them by form (:func:`by_word`), so that the tagger finds with one look-up that a form
#: has none; "tw" (previous tag + form) as well.
WORD_KINDS = ("w", "w-2", "w-1", "w1", "w2", "cw")
SEED = 20261206
ITERATIONS = 8
HEADLINE_SHARE = 0.06
#: Treebank tags never proposed for a word form: "goes with" parts of split words, affixes.
_NEVER = frozenset({"GW", "AFX"})
RARE = 5  # forms seen fewer times than this keep the open classes as candidates
UNAMBIGUOUS = (20, 0.97)  # count and share for a form the tagger fixes without the model
#: Averaged weights smaller than this are left out of the model file. Measured on the dev split
#: (2026-12-06): 1.0 drops 63% of the weights and a third of the load time for about 0.1 point of
#: accuracy; shipped at 0 (every non-zero weight kept).
PRUNE = 0.0
#: Whether tokens get word-pair features (see :func:`copylint.nlp.features.pair_features`).
#: Measured: about +0.2 point on EWT dev, none on the news sentences, 40% more features and a
#: slower warm path; off.
PAIRS = False


def read_conllu(path: Path) -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = []
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if sent:
                out.append(sent)
            sent = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                sent.append((cols[1], cols[4]))
    if sent:
        out.append(sent)
    return out


def headline_case(sent: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for form, tag in sent:
        if form[:1].isalpha() and (form.lower() not in HEADLINE_SMALL or not out):
            form = form[0].upper() + form[1:]
        out.append((form, tag))
    return out


class Tables:
    """Candidate tags and unambiguous forms, counted from the training sentences."""

    def __init__(self, sents: list[list[tuple[str, str]]]) -> None:
        exact: dict[str, Counter[str]] = defaultdict(Counter)
        low: dict[str, Counter[str]] = defaultdict(Counter)
        for sent in sents:
            for form, tag in sent:
                exact[form][tag] += 1
                low[normal(form)][tag] += 1
        n, share = UNAMBIGUOUS
        self.fixed = {
            f: c.most_common(1)[0][0]
            for f, c in exact.items()
            if sum(c.values()) >= n and c.most_common(1)[0][1] / sum(c.values()) >= share
        }
        self.seen = {k: tuple(sorted(t for t in c if t not in _NEVER)) for k, c in low.items()}
        self.common = {k for k, c in low.items() if sum(c.values()) >= RARE}


def candidates(tables: Tables, form: str, low: str) -> tuple[str, ...]:
    seen = tables.seen.get(low, ())
    if low in tables.common and seen:
        if form[:1].isupper() and "NNP" not in seen:
            return (*seen, "NNP")
        return seen
    return open_candidates(form, low, seen)


def static(sent: list[tuple[str, str]]) -> list[list[str]]:
    forms = [f for f, _ in sent]
    where = places(forms)
    n = len(forms)
    lows = ["<edge>", *(normal(f) for f in forms), "<edge>"]
    out = []
    for i, form in enumerate(forms):
        feats = self_features(form, where[i])
        if PAIRS:
            feats += pair_features(lows[i], lows[i + 1], lows[i + 2])
        for k in (-2, -1, 1, 2):
            j = i + k
            feats += neighbour_features(forms[j] if 0 <= j < n else None, k)
        out.append(feats)
    return out


class Perceptron:
    def __init__(self) -> None:
        self.w: dict[str, dict[str, float]] = {}
        self.tot: dict[tuple[str, str], float] = defaultdict(float)
        self.ts: dict[tuple[str, str], int] = defaultdict(int)
        self.i = 0

    def score(self, feats: list[str], cands: tuple[str, ...]) -> str:
        w = self.w
        if len(cands) <= 8:  # a few lookups per candidate beat walking every weight of every feature
            ws = [w[f] for f in feats if f in w]
            return max(cands, key=lambda t: (sum([x.get(t, 0.0) for x in ws]), t))
        scores = dict.fromkeys(cands, 0.0)
        for f in feats:
            wf = w.get(f)
            if wf:
                for t, v in wf.items():
                    if t in scores:
                        scores[t] += v
        return max(cands, key=lambda t: (scores[t], t))

    def update(self, truth: str, guess: str, feats: list[str]) -> None:
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            wf = self.w.setdefault(f, {})
            for t, d in ((truth, 1.0), (guess, -1.0)):
                key = (f, t)
                v = wf.get(t, 0.0)
                self.tot[key] += (self.i - self.ts[key]) * v
                self.ts[key] = self.i
                wf[t] = v + d

    def average(self) -> None:
        for f, wf in self.w.items():
            for t, v in list(wf.items()):
                key = (f, t)
                total = self.tot[key] + (self.i - self.ts[key]) * v
                avg = round(total / self.i, 3)
                if avg:
                    wf[t] = avg
                else:
                    del wf[t]


def tag_sentence(
    model: Perceptron,
    tables: Tables,
    sent: list[tuple[str, str]],
    learn: bool,
    feats_static: list[list[str]] | None = None,
) -> list[str]:
    feats_static = feats_static or static(sent)
    p1, p2 = "<s>", "<s2>"
    out = []
    where = places([f for f, _ in sent])
    for i, (form, truth) in enumerate(sent):
        fixed = tables.fixed.get(form)
        if fixed is None and where[i] == "h":
            fixed = tables.fixed.get(form.lower())
        if fixed:
            guess = fixed
        else:
            low = normal(form)
            feats = feats_static[i] + history_features(p1, p2, low)
            guess = model.score(feats, candidates(tables, form, low))
            if learn:
                model.update(truth, guess, feats)
                guess = truth
        out.append(guess)
        p2, p1 = p1, guess
    return out


def accuracy(model: Perceptron, tables: Tables, sents: list[list[tuple[str, str]]]) -> float:
    right = total = 0
    for sent in sents:
        for guess, (_, truth) in zip(tag_sentence(model, tables, sent, False), sent, strict=False):
            right += guess == truth
            total += 1
    return right / total


def pack(weights: dict[str, float], index: dict[str, int]) -> bytes:
    """One feature's weights as bytes: a tag index per byte, then the weights in thousandths as
    little-endian 32-bit integers (integer sums are exact in any order, so the tagger may add
    them up in whatever grouping is fastest)."""
    tags = sorted(t for t, v in weights.items() if abs(v) >= PRUNE)
    values = array("i", (round(weights[t] * 1000) for t in tags))
    if sys.byteorder == "big":
        values.byteswap()
    return bytes(index[t] for t in tags) + values.tobytes()


def by_word(packed: dict[str, bytes]) -> tuple[dict[str, bytes], dict[str, bytes], tuple[str, ...]]:
    """Packed weights split into the features shared by many forms (by feature name) and those
    of one word form (:data:`WORD_KINDS` and "tw"), kept as one ``bytes`` per normal form (one
    object per form: the model loads in less than half the time of a dict per form):

    - six bytes, the number of weights of each of :data:`WORD_KINDS` (0: none);
    - the packed weights (:func:`pack`) of each kind present, in that order;
    - per previous tag with a "tw" feature, in the order of the tag list returned third: its index
      in that list, the number of weights, the packed weights.
    """
    shared: dict[str, bytes] = {}
    own: dict[str, dict[str, bytes]] = {}
    after: dict[str, dict[str, bytes]] = {}
    for feat, blob in packed.items():
        kind, _, rest = feat.partition("=")
        if kind == "tw":
            prev, _, low = rest.partition(" ")
            after.setdefault(low, {})[prev] = blob
        elif kind in WORD_KINDS:
            own.setdefault(rest, {})[kind] = blob
        else:
            shared[feat] = blob
    prevs = tuple(sorted({p for feats in after.values() for p in feats}))
    code = {p: i for i, p in enumerate(prevs)}
    if len(prevs) > 255:
        raise ValueError("more previous tags than a byte indexes")
    words: dict[str, bytes] = {}
    for low in sorted(own.keys() | after.keys()):
        feats = own.get(low, {})
        parts = [bytes(len(feats.get(k, b"")) // 5 for k in WORD_KINDS)]
        parts += [feats[k] for k in WORD_KINDS if k in feats]
        for p, blob in sorted(after.get(low, {}).items(), key=lambda item: code[item[0]]):
            parts += [bytes((code[p], len(blob) // 5)), blob]
        words[low] = b"".join(parts)
    return shared, words, prevs


def word_features(low: str, blob: bytes, prevs: tuple[str, ...]) -> dict[str, bytes]:
    """The features :func:`by_word` kept in ``blob`` for ``low``, by name, packed."""
    out: dict[str, bytes] = {}
    at = len(WORD_KINDS)
    for kind, n in zip(WORD_KINDS, blob, strict=False):
        if n:
            out[kind + "=" + low] = blob[at : at + 5 * n]
            at += 5 * n
    while at < len(blob):
        prev, n = blob[at], blob[at + 1]
        out["tw=" + prevs[prev] + " " + low] = blob[at + 2 : at + 2 + 5 * n]
        at += 2 + 5 * n
    return out


def flat(data: dict[str, Any]) -> dict[str, bytes]:
    """A written model's packed weights by feature name (undoes :func:`by_word`)."""
    out = dict(data["weights"])
    for low, blob in data["words"].items():
        out.update(word_features(low, blob, data["prev"]))
    return out


def write(model: Perceptron, tables: Tables, path: Path) -> None:
    """The model as a pickle of plain containers (loads in a few milliseconds): tags, fixed forms,
    candidate tags of common forms, and each feature's weights packed by :func:`pack` (decoded by
    the tagger only when a feature is first used), a word form's own features by form
    (:func:`by_word`)."""
    tags = sorted({t for wf in model.w.values() for t in wf} | set(tables.fixed.values()))
    index = {t: i for i, t in enumerate(tags)}
    shared, words, prevs = by_word(
        {f: pack(model.w[f], index) for f in sorted(model.w) if any(abs(v) >= PRUNE for v in model.w[f].values())}
    )
    data = {
        "about": "Part-of-speech model for copylint, trained by copylint.nlp.train on the UD English Web "
        "Treebank train split (CC BY-SA 4.0; see ATTRIBUTION.md)",
        "format": FORMAT,
        "pairs": PAIRS,
        "lexicon": lexicon_digest(),
        "tags": tuple(tags),
        "fixed": dict(sorted(tables.fixed.items())),
        "seen": {k: v for k, v in sorted(tables.seen.items()) if k in tables.common and v},
        "weights": shared,
        "words": words,
        "prev": prevs,
    }
    path.write_bytes(pickle.dumps(data, protocol=4))


def unpack(blob: bytes, tags: tuple[str, ...]) -> dict[str, int]:
    """The weights :func:`pack` wrote, by tag (thousandths)."""
    n = len(blob) // 5
    values = array("i")
    values.frombytes(blob[n:])
    if sys.byteorder == "big":
        values.byteswap()
    return {tags[i]: v for i, v in zip(blob[:n], values, strict=True)}


class Reference:
    """A slow, plain reading of a written model: the shipped tagger's contract spelled out feature
    by feature, with none of its caches or tables (tests compare the fast tagger against it).

    A form of ``fixed`` takes its tag (in a headline, its lower-case form too); otherwise its
    candidates are the tags ``seen`` lists for its normal form (plus NNP when capitalised) or, for
    a rare form, :func:`open_candidates`; more than five are cut to the five its own features
    (bias included) score highest, ties in candidate order; the tag is the candidate with the
    highest sum of every feature's weight, ties to the alphabetically last tag."""

    LIKELY = 5

    def __init__(self, data: dict[str, Any]) -> None:
        tags = tuple(data["tags"])
        self.fixed: dict[str, str] = data["fixed"]
        self.seen: dict[str, tuple[str, ...]] = data["seen"]
        self.pairs: bool = data["pairs"]
        self.w = {f: unpack(blob, tags) for f, blob in flat(data).items()}

    def score(self, feats: list[str], tag: str) -> int:
        return sum(self.w[f].get(tag, 0) for f in feats if f in self.w)

    def candidates(self, form: str, low: str) -> tuple[str, ...]:
        seen = self.seen.get(low)
        if seen is None:
            return open_candidates(form, low, ())
        if form[:1].isupper() and "NNP" not in seen:
            return (*seen, "NNP")
        return seen

    def tag(self, forms: list[str]) -> list[str]:
        headline = is_headline(forms)
        where = places(forms)
        n = len(forms)
        lows = ["<edge>", *(normal(f) for f in forms), "<edge>"]
        out: list[str] = []
        p1, p2 = "<s>", "<s2>"
        for i, form in enumerate(forms):
            tag = self.fixed.get(form)
            if tag is None and headline and i > 0:
                tag = self.fixed.get(form.lower())
            if tag is None:
                low = lows[i + 1]
                cands = self.candidates(form, low)
                if len(cands) == 1:
                    tag = cands[0]
                else:
                    own = self_features(form, where[i])
                    if len(cands) > self.LIKELY:
                        ranked = sorted(cands, key=lambda c: -self.score(own, c))
                        cands = tuple(ranked[: self.LIKELY])
                    feats = own + history_features(p1, p2, low)
                    if self.pairs:
                        feats += pair_features(lows[i], low, lows[i + 2])
                    for k in (-2, -1, 1, 2):
                        j = i + k
                        feats += neighbour_features(forms[j] if 0 <= j < n else None, k)
                    tag = max(cands, key=lambda c: (self.score(feats, c), c))
            out.append(tag)
            p2, p1 = p1, tag
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("treebank", type=Path, help="folder with en_ewt-ud-{train,dev,test}.conllu")
    ap.add_argument("out", type=Path)
    ap.add_argument("--iterations", type=int, default=ITERATIONS)
    ap.add_argument(
        "--with-dev",
        action="store_true",
        help="train on the dev split too (measured 2026-12-07: +0.26 point on EWT test; then only the "
        "test split measures the model, and the dev accuracy is not printed)",
    )
    args = ap.parse_args(argv)
    train = read_conllu(args.treebank / "en_ewt-ud-train.conllu")
    dev = read_conllu(args.treebank / "en_ewt-ud-dev.conllu")
    if args.with_dev:
        train = train + dev
    rng = random.Random(SEED)
    train = train + [headline_case(s) for s in train if rng.random() < HEADLINE_SHARE]
    tables = Tables(train)
    model = Perceptron()
    t0 = time.perf_counter()
    prepared = [(sent, static(sent)) for sent in train]
    for it in range(args.iterations):
        rng.shuffle(prepared)
        for sent, feats in prepared:
            tag_sentence(model, tables, sent, True, feats)
        print(f"iteration {it + 1}: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    model.average()
    if not args.with_dev:
        print(f"dev accuracy {accuracy(model, tables, dev):.4f}", file=sys.stderr)
    write(model, tables, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
