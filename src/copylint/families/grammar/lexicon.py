"""Word-class lookups from the lexicon shipped in ``data/`` (built by ``data/build_lexicon.py``).

``tags(word)`` gives the Penn tags a lower-case word form can carry (NN, NNS, VB, VBZ, VBD,
VBN, VBG, JJ, JJR, JJS, RB, ...); ``verb(base)`` gives a verb's forms.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType


@dataclass(frozen=True)
class Verb:
    base: str
    third: str
    past: tuple[str, ...]
    participle: tuple[str, ...]
    gerund: str


@dataclass(frozen=True)
class Lexicon:
    forms: Mapping[str, frozenset[str]]
    verbs: Mapping[str, Verb]
    #: past or participle form -> its verb(s)
    base_of: Mapping[str, tuple[str, ...]]

    def tags(self, word: str) -> frozenset[str]:
        return self.forms.get(word.lower(), frozenset())


def _lines(name: str) -> list[str]:
    text = (resources.files("copylint.families.grammar") / "data" / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def _forms(lines: list[str]) -> dict[str, frozenset[str]]:
    """Form -> tag set, from ``form<TAB>tags`` lines, in loops that run in C (a Python loop over
    the 38,000 lines cost more than the rest of a one-article grammar check)."""
    cells = "\t".join(lines).split("\t")
    if len(cells) != 2 * len(lines):
        raise ValueError("lexicon.tsv: every line must be form<TAB>tags")
    words, tags = cells[0::2], cells[1::2]
    tagsets = {t: frozenset(t.split(",")) for t in set(tags)}  # about 100 distinct tag sets
    return dict(zip(words, map(tagsets.__getitem__, tags), strict=True))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    forms = _forms(_lines("lexicon.tsv"))
    verbs: dict[str, Verb] = {}
    base_of: dict[str, list[str]] = {}
    for line in _lines("verbs.tsv"):
        base, third, past, part, ger = line.split("\t")
        verb = Verb(base, third.split("|")[0], tuple(past.split("|")), tuple(part.split("|")), ger.split("|")[0])
        verbs.setdefault(base, verb)
        for form in {*verb.past, *verb.participle}:
            base_of.setdefault(form, [])
            if base not in base_of[form]:
                base_of[form].append(base)
    return Lexicon(
        MappingProxyType(forms),
        MappingProxyType(verbs),
        MappingProxyType({k: tuple(v) for k, v in base_of.items()}),
    )
