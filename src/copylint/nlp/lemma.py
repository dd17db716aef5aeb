"""Lemmas and inflection for pattern suggestions ("{1:lemma|VBZ}": the lemma of token 1 as a
third-person singular verb), from the grammar family's shipped lexicon (LemmInflect, MIT)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from copylint.families.grammar.lexicon import lexicon

_IRREGULAR_VERBS = {
    "be": {"VB": "be", "VBP": "are", "VBZ": "is", "VBD": "was", "VBN": "been", "VBG": "being"},
    "have": {"VB": "have", "VBP": "have", "VBZ": "has", "VBD": "had", "VBN": "had", "VBG": "having"},
    "do": {"VB": "do", "VBP": "do", "VBZ": "does", "VBD": "did", "VBN": "done", "VBG": "doing"},
}
_FORMS_OF = {
    "am": "be",
    "is": "be",
    "are": "be",
    "was": "be",
    "were": "be",
    "been": "be",
    "being": "be",
    "'m": "be",
    "'re": "be",
    "has": "have",
    "had": "have",
    "having": "have",
    "'ve": "have",
    "does": "do",
    "did": "do",
    "done": "do",
    "doing": "do",
    "n't": "not",
    "ca": "can",
    "wo": "will",
    "'ll": "will",
}
_PLURALS = {
    "men": "man",
    "women": "woman",
    "children": "child",
    "people": "person",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "data": "data",
    "media": "media",
}


@lru_cache(maxsize=1)
def _verb_forms() -> dict[str, str]:
    """Every inflected verb form -> its base (the first base listed wins)."""
    out: dict[str, str] = {}
    for base, verb in lexicon().verbs.items():
        for form in (verb.third, *verb.past, *verb.participle, verb.gerund):
            out.setdefault(form, base)
    return out


@lru_cache(maxsize=50_000)
def lemma(low: str, tag: str) -> str:
    """The dictionary form of a lower-case token with its Penn tag."""
    low = low.replace("’", "'")
    if low in _FORMS_OF and (tag.startswith(("VB", "MD", "RB"))):
        return _FORMS_OF[low]
    if tag.startswith("VB"):
        if tag in ("VB", "VBP"):
            return low
        base = _verb_forms().get(low)
        if base is not None and base != low:
            return base
        return low
    if tag in ("NNS", "NNPS"):
        if low in _PLURALS:
            return _PLURALS[low]
        forms = lexicon().forms
        for cand in ((low[:-3] + "y") if low.endswith("ies") else "", low[:-2] if low.endswith("es") else "", low[:-1]):
            if cand and "NN" in forms.get(cand, ()):
                return cand
        return low[:-1] if low.endswith("s") else low
    return low


#: A tag of each branch :func:`lemma` takes (the lemma depends on the tag only through these).
_TAG_KINDS = ("VB", "VBD", "MD", "NNS", "NN")


def forms_of(lemmas: Iterable[str]) -> frozenset[str] | None:
    """Every lower-case word form whose lemma under some tag (:func:`lemma`) is one of
    ``lemmas``: a token with such a lemma has one of these forms, whatever its tag. None when
    one of them is a noun of the lexicon: a plural-tagged token of that noun and any one letter
    more has it ("takers" as a plural of "take")."""
    wanted = frozenset(lemmas)
    lex = lexicon()
    if any("NN" in lex.forms.get(base, ()) for base in wanted):
        return None
    verbs = lex.verbs
    out: set[str] = set()
    for base in wanted:
        found = {base, base + "s", base + "es"}
        if base.endswith("y"):
            found.add(base[:-1] + "ies")
        found.update(form for form, of in (*_FORMS_OF.items(), *_PLURALS.items()) if of == base)
        verb = verbs.get(base)
        if verb is not None:
            found.update((verb.third, *verb.past, *verb.participle, verb.gerund))
        out.update(w for w in found if any(lemma(w, tag) in wanted for tag in _TAG_KINDS))
    return frozenset(out)


def inflect(base: str, tag: str) -> str:
    """``base`` in the form of ``tag`` (VB, VBP, VBZ, VBD, VBN, VBG, NN, NNS); '' if unknown."""
    if base in _IRREGULAR_VERBS:
        return _IRREGULAR_VERBS[base].get(tag, "")
    if tag in ("VB", "VBP", "NN"):
        return base
    if tag == "NNS":
        plural = {v: k for k, v in _PLURALS.items()}.get(base)
        if plural:
            return plural
        if base.endswith(("s", "x", "z", "ch", "sh")):
            return base + "es"
        if base.endswith("y") and base[-2:-1] not in tuple("aeiou"):
            return base[:-1] + "ies"
        return base + "s"
    verb = lexicon().verbs.get(base)
    if verb is None:
        return ""
    if tag == "VBZ":
        return verb.third
    if tag == "VBD":
        return verb.past[0]
    if tag == "VBN":
        return verb.participle[0]
    if tag == "VBG":
        return verb.gerund
    return ""
