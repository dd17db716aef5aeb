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


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    forms: dict[str, frozenset[str]] = {}
    tagsets: dict[str, frozenset[str]] = {}  # about 100 distinct tag sets: build each once
    for line in _lines("lexicon.tsv"):
        word, tags = line.split("\t")
        tagset = tagsets.get(tags)
        if tagset is None:
            tagset = tagsets[tags] = frozenset(tags.split(","))
        forms[word] = tagset
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
