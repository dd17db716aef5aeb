"""Word-class lookups from the lexicon shipped in ``data/`` (built by ``data/build_lexicon.py``).

``tags(word)`` gives the Penn tags a lower-case word form can carry (NN, NNS, VB, VBZ, VBD,
VBN, VBG, JJ, JJR, JJS, RB, ...); ``verb(base)`` gives a verb's forms; ``mass`` the nouns with a
mass reading ("some help": ``mass.txt``; a mass noun is not listed as its own plural). The tables are read from
the user cache (marshal, keyed by the two files' text) when they are there: parsing the text
cost more than a one-article grammar check.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from copylint.frozen import compared


class Verb(NamedTuple):
    base: str
    third: str
    past: tuple[str, ...]
    participle: tuple[str, ...]
    gerund: str


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Lexicon:
    """The grammar lexicon: the tags of each word form, the forms of each verb, and the verbs of
    each past or participle form."""

    forms: Mapping[str, frozenset[str]]
    verbs: Mapping[str, Verb]
    #: past or participle form -> its verb(s)
    base_of: Mapping[str, tuple[str, ...]]
    #: nouns with a mass reading ("help", "music", "life")
    mass: frozenset[str] = frozenset()

    def tags(self, word: str) -> frozenset[str]:
        """The tags of ``word`` (any case); empty when the lexicon does not list it. (The
        lexicon :func:`lexicon` returns answers with a bound look-up of :class:`_Forms`.)"""
        return self.forms.get(word.lower(), _NONE)


_NONE: frozenset[str] = frozenset()


class _Forms(dict[str, frozenset[str]]):
    """Form (lower case) -> tags, looked up by the spelling given first: a word already in lower
    case (what the rules ask about, a hundred thousand times over the corpus) is one look-up in
    C; any other word is lowered first, so ``table[word]`` is :meth:`Lexicon.tags`."""

    __slots__ = ()

    def __missing__(self, word: str) -> frozenset[str]:
        low = word.lower()
        return self.get(low, _NONE) if low != word else _NONE


def _text(name: str) -> str:
    return (Path(__file__).with_name("data") / name).read_text(encoding="utf-8")


def _stamp() -> str:
    """The data files' sizes and modification times: a run finds the tables in the user cache
    by these, without reading and hashing the 800 kB of text (as the rule index is found)."""
    data = Path(__file__).with_name("data")
    stats = [(name, (data / name).stat()) for name in _FILES]
    return repr([(name, st.st_size, st.st_mtime_ns) for name, st in stats])


def _read_tables() -> tuple[
    dict[str, frozenset[str]], list[tuple[str, ...]], dict[str, tuple[str, ...]], frozenset[str]
]:
    """The tables from the files' text: the user-cache entry keyed by a digest of the text (or
    the same entry shipped ready-made, :mod:`copylint.shipped`), else parsed; with the mass nouns."""
    import hashlib

    from copylint.diskcache import load_or_build

    forms_text, verbs_text = _text("lexicon.tsv"), _text("verbs.tsv")
    key = hashlib.sha256(f"{forms_text}\0{verbs_text}".encode()).hexdigest()
    forms, rows, base_of = load_or_build("grammar-lexicon", key, lambda: _tables(forms_text, verbs_text))
    return forms, rows, base_of, frozenset(_lines(_text("mass.txt")))


def _lines(text: str) -> list[str]:
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


#: The tables as kept in the cache: form -> tags, verb rows, past/participle form -> bases.
Tables = tuple[
    dict[str, frozenset[str]], list[tuple[str, str, tuple[str, ...], tuple[str, ...], str]], dict[str, tuple[str, ...]]
]


def _tables(forms_text: str, verbs_text: str) -> Tables:
    forms = _forms(_lines(forms_text))
    verbs: dict[str, Verb] = {}
    base_of: dict[str, list[str]] = {}
    for line in _lines(verbs_text):
        base, third, past, part, ger = line.split("\t")
        verb = Verb(base, third.split("|")[0], tuple(past.split("|")), tuple(part.split("|")), ger.split("|")[0])
        verbs.setdefault(base, verb)
        for form in {*verb.past, *verb.participle}:
            base_of.setdefault(form, [])
            if base not in base_of[form]:
                base_of[form].append(base)
    return forms, [tuple(v) for v in verbs.values()], {k: tuple(v) for k, v in base_of.items()}  # type: ignore[misc]


#: Tags LemmInflect leaves out for common forms (faults the rules would otherwise trust), added
#: on top of the built tables: adjectives listed only as verbs or nouns ("the work will be
#: complete", "he was responsible for", "it is compatible with"), nouns listed only as verbs ("a log cabin", "an act of kindness"), and -t
#: pasts that are participles too ("the barn has burnt down", "she has learnt Welsh").
GAPS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        **dict.fromkeys(
            ("complete", "responsible", "compatible", "visible", "anaerobic", "cretaceous"), frozenset({"JJ"})
        ),
        **dict.fromkeys(
            "act ace audio bar dam detox jab jog log nod pan pip ref rev splint stash stud temp vet".split(),
            frozenset({"NN"}),
        ),
        **dict.fromkeys(("burnt", "dreamt", "learnt", "spilt", "blest"), frozenset({"VBN"})),
    }
)
#: The participles GAPS adds, by verb.
PARTICIPLE_GAPS = {"burn": "burnt", "dream": "dreamt", "learn": "learnt", "spill": "spilt", "bless": "blest"}


def _with_gaps(forms: dict[str, frozenset[str]], verbs: dict[str, Verb]) -> None:
    for form, extra in GAPS.items():
        forms[form] = forms.get(form, frozenset()) | extra
    for base, part in PARTICIPLE_GAPS.items():
        verb = verbs.get(base)
        if verb is not None and part not in verb.participle:
            verbs[base] = verb._replace(participle=(*verb.participle, part))


#: The data files the lexicon is read from.
_FILES = ("lexicon.tsv", "verbs.tsv", "mass.txt")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    from copylint.diskcache import load_or_build

    try:
        forms, rows, base_of, mass_nouns = load_or_build("grammar-lexicon-files", _stamp(), _read_tables)
        mass = frozenset(mass_nouns)
    except (ValueError, TypeError):  # a cache entry of another layout: build in memory
        forms, rows, base_of = _tables(_text("lexicon.tsv"), _text("verbs.tsv"))
        mass = frozenset(_lines(_text("mass.txt")))
    verbs = {row[0]: Verb(*row) for row in rows}
    table = _Forms(forms)
    _with_gaps(table, verbs)
    lex = Lexicon(MappingProxyType(table), MappingProxyType(verbs), MappingProxyType(base_of), mass)
    object.__setattr__(lex, "tags", table.__getitem__)  # every form is lower case: see _Forms
    return lex
