"""Candidate corrections within two edits, ranked by a small noisy-channel model.

Candidates come from the lexicon: one edit away from any dictionary word, two edits away from
words with Zipf >= 1.5 (through the lexicon's deletion index), and common words with the same
consonant skeleton ("accidantly" -> "accidentally"). The score of a candidate is its
Zipf frequency minus ``K`` times a weighted edit distance in which typing slips are cheap
(a swapped pair, a doubled or undoubled letter, a vowel for a vowel, a neighbouring key).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from copylint.families.spelling.lexicon import Lexicon, accepted, load, skeleton
from copylint.toolkit import match_case

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
VOWELS = frozenset("aeiouy")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_POS = {ch: (r, c) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}

#: Weights of the edit operations, tuned on the "dev" half of the benchmark (bench/spelling_eval.py).
TRANSPOSE, DOUBLE, VOWEL, NEIGHBOUR, SUBST, INDEL, FIRST, CASE = 0.6, 0.45, 0.9, 1.0, 1.25, 0.8, 0.5, 0.2
#: Zipf frequency (log10 units) that one unit of edit cost outweighs.
K = 4.4
#: Zipf given to the config's accepted words when they are candidates.
ACCEPTED_ZIPF = 4.0


@dataclass(frozen=True, slots=True)
class Candidate:
    word: str  # as stored (case of the dictionary entry)
    distance: int  # plain Damerau (optimal string alignment) distance
    cost: float  # weighted distance
    zipf: float

    @property
    def score(self) -> float:
        return self.zipf - K * self.cost


def _adjacent(a: str, b: str) -> bool:
    pa, pb = _POS.get(a), _POS.get(b)
    return pa is not None and pb is not None and abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1


def _sub_cost(a: str, b: str) -> float:
    if a in VOWELS and b in VOWELS:
        return VOWEL
    return NEIGHBOUR if _adjacent(a, b) else SUBST


def _indel_cost(s: str, i: int) -> float:
    """Cost of the letter ``s[i]`` being extra (or missing): cheap when it doubles a neighbour."""
    ch = s[i]
    if (i > 0 and s[i - 1] == ch) or (i + 1 < len(s) and s[i + 1] == ch):
        return DOUBLE
    return INDEL


def distances(a: str, b: str) -> tuple[int, float]:
    """(plain OSA distance, weighted distance) from typo ``a`` to candidate ``b``."""
    la, lb = len(a), len(b)
    plain = [[0] * (lb + 1) for _ in range(la + 1)]
    cost = [[0.0] * (lb + 1) for _ in range(la + 1)]
    indel_a = [_indel_cost(a, i) for i in range(la)]
    indel_b = [_indel_cost(b, j) for j in range(lb)]
    for i in range(1, la + 1):
        plain[i][0] = i
        cost[i][0] = cost[i - 1][0] + indel_a[i - 1]
    for j in range(1, lb + 1):
        plain[0][j] = j
        cost[0][j] = cost[0][j - 1] + indel_b[j - 1]
    for i in range(1, la + 1):
        ai = a[i - 1]
        del_a = indel_a[i - 1]
        for j in range(1, lb + 1):
            bj = b[j - 1]
            same = ai == bj
            p = min(plain[i - 1][j] + 1, plain[i][j - 1] + 1, plain[i - 1][j - 1] + (0 if same else 1))
            c = min(
                cost[i - 1][j] + del_a,
                cost[i][j - 1] + indel_b[j - 1],
                cost[i - 1][j - 1] + (0.0 if same else _sub_cost(ai, bj)),
            )
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == bj and not same:
                p = min(p, plain[i - 2][j - 2] + 1)
                c = min(c, cost[i - 2][j - 2] + TRANSPOSE)
            plain[i][j] = p
            cost[i][j] = c
    extra = FIRST if a[:1] != b[:1] else 0.0
    return plain[la][lb], cost[la][lb] + extra


def edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    out.update(a + c + b[1:] for a, b in splits if b for c in ALPHABET if c != b[0])
    out.update(a + c + b for a, b in splits for c in ALPHABET)
    out.update(a + "'" + b for a, b in splits[1:-1] if "'" not in word)
    out.discard(word)
    return out


def _raw_candidates(lex: Lexicon, low: str, language: str, deep: bool) -> dict[str, int]:
    """Candidate forms, each with the largest plain edit distance allowed for it."""
    entries = lex.entries
    found: dict[str, int] = {}
    near = edits1(low)
    for form in (low.capitalize(), low.upper()):
        code = entries.get(form)
        if code is not None and code & 3 and accepted(code, language):
            found[form] = 0  # a case slip: "london", "tv"
    known = entries.keys()  # set operations run the look-ups in C
    for form in (*(known & near), *(known & {e.capitalize() for e in near})):
        code = entries[form]
        if code & 3 and accepted(code, language):
            found[form] = 1
    if deep:
        keys = {e[:i] + e[i + 1 :] for e in near for i in range(len(e))}
        keys.update(near)
        keys.add(low)
        for form in lex.lookup_all(keys):
            if accepted(entries[form], language):
                found[form] = 2
        if len(low) >= 5:
            for form in lex.skeletons.get(skeleton(low), "").split("\n"):
                if form and form not in found and accepted(entries[form], language):
                    found[form] = max(3, len(low) // 2)
    return found


#: Longest word that gets suggestions (the longest dictionary words have about 30 letters).
MAX_WORD_LEN = 40


@lru_cache(maxsize=4096)
def candidates(
    word: str, language: str, extra: frozenset[str] = frozenset(), deep: bool = True
) -> tuple[Candidate, ...]:
    """Candidates within two edits of ``word`` (one edit when ``deep`` is false), best first.

    ``extra`` are words that count as known (the config's accepted words).
    """
    if len(word) > MAX_WORD_LEN:
        return ()  # no English word is this long; candidates cost time (and memory) per letter squared
    lex = load()
    low = word.lower().replace("’", "'")
    out: list[Candidate] = []
    seen: set[str] = set()
    raw = _raw_candidates(lex, low, language, deep)
    for form in extra:
        raw.setdefault(form, 2 if deep else 1)
    forms = sorted(raw, key=lambda f: (f.lower(), not f.islower()))
    for form in forms:
        key = form.lower()
        if key in seen or form == low or (key != low and not form[1:].islower() and len(form) > 1):
            continue  # inner capitals (iPod) only for a case slip
        plain, cost = distances(low, key) if key != low else (0, CASE)
        if plain > raw[form]:
            continue
        seen.add(key)
        zipf = ACCEPTED_ZIPF if form in extra else lex.zipf(form)
        out.append(Candidate(form, plain, cost, zipf))
    out.sort(key=lambda c: (-c.score, c.word))
    return tuple(out)


def suggestions(word: str, language: str, extra: frozenset[str] = frozenset(), limit: int = 3) -> tuple[str, ...]:
    """Up to ``limit`` corrections for ``word``, most likely first, in the word's case."""
    out: list[str] = []
    for cand in candidates(word.lower(), language, extra):
        form = match_case(word, cand.word, keep_capitals=True)
        if form not in out:
            out.append(form)
        if len(out) == limit:
            break
    return tuple(out)
