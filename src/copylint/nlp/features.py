"""Features of the part-of-speech model, shared by training (:mod:`.train`) and tagging.

The features of a token split into parts that depend only on a word form (the word itself, its
affixes, shape and lexicon classes; a neighbour's form seen from one or two tokens away) and
parts that depend on the tags already chosen (the previous one or two tags). The first kind is
summed once per word form and cached by the tagger; only the second kind is looked up per token.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from copylint import matching
from copylint.families.grammar.lexicon import lexicon

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_NUMBER = re.compile(r"^[£$€]?\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|m|bn|tn|k|am|pm|km|kg|mph|ft|in|cm|mm|ml)?$", re.I)
_QUOTES = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‐": "-", "–": "-", "—": "--", "£": "$", "€": "$", "¥": "$"}
)
#: British spellings looked up in the (American) lexicon under their American form.
_BRITISH = (
    (matching.later(r"is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (matching.later(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (matching.later(r"our(s|ed|ing|ful|ite|ites|able|er)?$"), r"or\1"),
    (matching.later(r"([^aeiou])re(s)?$"), r"\1er\2"),
    (matching.later(r"([aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),
    (matching.later(r"ogue(s)?$"), r"og\1"),
)
#: The endings any of :data:`_BRITISH` rewrites (one search instead of six).
_BRITISH_ANY = re.compile(
    r"(?:is(?:e|es|ed|ing|ation|ations|er|ers)|ys(?:e|es|ed|ing)|our(?:s|ed|ing|ful|ite|ites|able|er)?"
    r"|[^aeiou]res?|[aeiou]ll(?:ed|ing|er|ers)|ogues?)$"
)
#: Tags an unseen or rare word form may take.
OPEN = (
    "NN",
    "NNS",
    "NNP",
    "NNPS",
    "JJ",
    "JJR",
    "JJS",
    "RB",
    "VB",
    "VBD",
    "VBG",
    "VBN",
    "VBP",
    "VBZ",
    "CD",
    "FW",
    "UH",
    "ADD",
    "SYM",
)
HEADLINE_SMALL = frozenset("a an and as at but by for from in into nor of on or the to with".split())


def normal(form: str) -> str:
    """The lower-case key of a word form: quotes, dashes and currency signs unified, numbers
    collapsed by kind ("£4.5m" and "2,000" -> "!num", "1990s" -> "!nums", "21st" -> "!numth")."""
    low = form.lower() if form.isascii() else form.translate(_QUOTES).lower()  # _QUOTES: none ASCII
    if low[:1].isdigit():
        if _NUMBER.match(low):
            if len(low) == 4 and low.isdigit() and low[:2] in ("19", "20"):
                return "!year"
            if low[-2:] in ("st", "nd", "rd", "th"):
                return "!numth"
            if low.endswith("s") and low[-2:-1].isdigit():
                return "!nums"
            return "!num"
    return low


@lru_cache(maxsize=1 << 16)
def shape(form: str) -> str:
    """Letter classes with runs collapsed: "London" -> "Xx", "U.S." -> "X.X.", "4m" -> "dx"."""
    out: list[str] = []
    for ch in form[:12]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


#: The grammar lexicon's data files the features read (through :func:`lexicon_tags`).
LEXICON_FILES = ("lexicon.tsv", "mass.txt")
#: The class a noun with a mass reading adds to its lexicon classes: the lexicon no longer lists
#: "help", "say", "music" as plurals (the SPECIALIST lexicon's "uncount" plural), but a noun
#: used without an article behaves like a plural in context, and the model learnt it so.
_MASS = frozenset({"NNS"})


def lexicon_digest(folder: Traversable | None = None) -> str:
    """SHA-256 of the lexicon data the features read (text with normalised line ends), from the
    shipped lexicon's folder or ``folder``. The model file records the digest it was trained with;
    a test compares it with the shipped lexicon's."""
    data = folder or Path(__file__).parents[1] / "families" / "grammar" / "data"
    import hashlib

    h = hashlib.sha256()
    for name in LEXICON_FILES:
        h.update(name.encode() + b"\0" + (data / name).read_text(encoding="utf-8").encode("utf-8") + b"\0")
    return h.hexdigest()


@lru_cache(maxsize=1 << 16)
def lexicon_classes(low: str) -> str:
    return ",".join(sorted(lexicon_tags(low)))


@lru_cache(maxsize=1 << 16)
def lexicon_tags(low: str) -> frozenset[str]:
    """The Penn tags the shipped lexicon lists for a lower-case form (British spellings looked
    up under their American form), with NNS for a noun with a mass reading (:data:`_MASS`)."""
    tags, key = lexicon().tags(low), low
    if not tags and low.isalpha() and _BRITISH_ANY.search(low):
        for rx, repl in _BRITISH:
            alt = rx.sub(repl, low)
            if alt != low:
                tags, key = lexicon().tags(alt), alt
                if tags:
                    break
    return tags | _MASS if key in lexicon().mass else tags


def open_candidates(form: str, low: str, seen: tuple[str, ...]) -> tuple[str, ...]:
    """Candidate tags of a rare or unseen form: its lexicon classes when the lexicon knows it
    (a base verb may also be a present tense; a capitalised word may be a name), else every
    open class."""
    return _open(lexicon_tags(low), form[:1].isupper(), seen)


@lru_cache(maxsize=1 << 12)
def _open(lexical: frozenset[str], upper: bool, seen: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`open_candidates` by its inputs (a hundred or so lexicon tag sets)."""
    tags = set(lexical)
    if not tags:
        return tuple(sorted(set(OPEN) | set(seen)))
    if "VB" in tags:
        tags.add("VBP")
    if "VBD" in tags:
        tags.add("VBN")
    if upper:
        tags.update(("NNP", "NNPS"))
    tags.update(seen)
    return tuple(sorted(tags))


def is_headline(forms: list[str]) -> bool:
    """Title case: every word of three or more letters capitalised (and at least three of them)."""
    long = 0
    upper = True
    for f in forms:
        if len(f) > 2 and f[0].isalpha() and f.lower() not in HEADLINE_SMALL:
            if not f[0].isupper():
                return False
            long += 1
            upper = upper and f.isupper()
    return long >= 3 and not upper


def self_features(form: str, where: str) -> list[str]:
    """Features of a word form in its place: ``where`` is "f" (first word), "h" (headline) or ""."""
    return [*form_features(form), *place_features(form, where)]


def form_features(form: str) -> list[str]:
    """The features of a word form that do not depend on its place in the sentence (the first,
    "b", is the bias every token has)."""
    low = normal(form)
    if low[:1] == "!":  # a number: its kind only
        return ["b", "w=" + low]
    n = len(low)
    # suffixes s1-s4 shorter than the word, the first letter, the first three of a longer word
    # (written out: the tagger builds this list once per new word form)
    if n > 4:
        feats = ["b", "w=" + low, "s1=" + low[-1:], "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:]]
        feats += ("p1=" + low[:1], "p3=" + low[:3], "lx=" + lexicon_classes(low))
    else:
        feats = ["b", "w=" + low]
        if n > 1:
            feats.append("s1=" + low[-1:])
            if n > 2:
                feats.append("s2=" + low[-2:])
                if n > 3:
                    feats.append("s3=" + low[-3:])
        feats.append("p1=" + low[:1])
        if n > 3:
            feats.append("p3=" + low[:3])
        feats.append("lx=" + lexicon_classes(low))
    if "-" in low[1:]:
        last = low.rsplit("-", 1)[1]
        feats += ("hy=" + last, "hx=" + lexicon_classes(last))
    return feats


def place_features(form: str, where: str) -> list[str]:
    """The features of a word form that depend on its place ("f" first word, "h" headline, "" other)."""
    feats = ["sh" + where + "=" + shape(form)]
    if where == "" and form[:1].isupper():
        low = normal(form)
        if not low.startswith("!"):
            feats.append("cw=" + low)
    return feats


def neighbour_features(form: str | None, k: int) -> list[str]:
    """Features a token gets from the word form ``k`` places away (None: past the sentence edge)."""
    if form is None:
        return [f"w{k}=<edge>"]
    low = normal(form)
    return [f"w{k}={low}", *neighbour_class(form, low, k)]


def neighbour_class(form: str, low: str, k: int) -> list[str]:
    """The part of a neighbour's features shared by every form of its kind (last three letters,
    shape, lexicon classes; ``low`` is its :func:`normal` form): none two places away."""
    if k not in (-1, 1):
        return []
    feats = [f"s{k}={low[-3:]}", f"h{k}={shape(form)}"]
    if not low.startswith("!"):
        feats.append(f"l{k}={lexicon_classes(low)}")
    return feats


def pair_features(prev: str, low: str, nxt: str) -> list[str]:
    """Word-pair features of a token: its lower-case form with the one before and the one after
    ("<edge>" past the sentence edge)."""
    return ["ww=" + prev + " " + low, "wn=" + low + " " + nxt]


def history_features(p1: str, p2: str, low: str) -> list[str]:
    return ["t1=" + p1, "t2=" + p2, "tt=" + p1 + " " + p2, "tw=" + p1 + " " + low]


def places(forms: list[str]) -> list[str]:
    hl = is_headline(forms)
    return ["f" if i == 0 else ("h" if hl else "") for i in range(len(forms))]
