"""The house dictionary: terms to avoid with the preferred form, and preferred spellings and
casings. Plain entries, no regexes; one entry in ``vocabulary`` serves spelling and style."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.style.common import EVERYWHERE, finditer, flag, sentence_start
from copylint.families.style.presets import StyleOptions
from copylint.frozen import compared
from copylint.rule import Context, rule
from copylint.toolkit import match_case

_HOUSE_DOCS = "House dictionary: `vocabulary.reject` and `style.house` in .copylint.yaml"


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Term:
    """A word or phrase to avoid and what to write instead ("" = just avoid it)."""

    avoid: str
    preferred: str

    @property
    def exact(self) -> bool:
        """Entries with capitals match their own case only ("AIDS" is not "aids")."""
        return any(c.isupper() for c in self.avoid)

    def matches(self, text: str) -> bool:
        if self.exact:
            return text == self.avoid or (text.isupper() and text == self.avoid.upper())
        variants = {self.avoid, self.avoid[:1].upper() + self.avoid[1:], self.avoid.upper(), self.avoid.title()}
        return text in variants

    def replacement(self, text: str) -> str:
        if self.exact:
            return self.preferred.upper() if text.isupper() and not self.avoid.isupper() else self.preferred
        return match_case(text, self.preferred)


def _normal(text: str) -> str:
    return " ".join(text.split())


def _alternation(phrases: list[str]) -> re.Pattern[str]:
    parts = sorted({r"\s+".join(map(re.escape, p.split())) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(parts), re.IGNORECASE)


@lru_cache(maxsize=32)
def _terms(items: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str] | None, Mapping[str, tuple[Term, ...]]]:
    by_key: dict[str, list[Term]] = {}
    for avoid, preferred in items:
        if _normal(avoid):
            by_key.setdefault(_normal(avoid).lower(), []).append(Term(_normal(avoid), preferred))
    if not by_key:
        return None, {}
    return _alternation(list(by_key)), {k: tuple(v) for k, v in by_key.items()}


def _house_entries(ctx: Context) -> tuple[tuple[str, str], ...]:
    items = dict(ctx.vocabulary.reject)
    for key, value in ctx.options_for(StyleOptions).house.items():
        items[key] = value or ""
    return tuple(sorted(items.items()))


@rule(
    "style.house-term",
    "House dictionary: a word or spelling the house avoids, with its preferred form.",
    severity="warning",
    fixable=True,
    source=_HOUSE_DOCS,
    bad=["Shelling resumed in Kiev overnight."],
    good=["Shelling resumed in Kyiv overnight."],
    example_config={"vocabulary": {"reject": {"Kiev": "Kyiv"}}},
)
def house_term(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags the words and spellings your house avoids, as listed in `.copylint.yaml`, and
    offers the preferred form. Entries are plain words or phrases (no regexes) under
    `vocabulary.reject` (which spelling reads too, so one entry serves both) or under
    `style.house`:

        vocabulary:
          reject: {Kiev: Kyiv, Bombay: Mumbai}
        style:
          house: {"chairman": "chair", "Nizhni Novgorod": "Nizhny Novgorod", "brutal": null}

    Matching is case-aware. An entry with capitals matches that exact form (and the same word
    in all capitals): `AIDS: Aids` leaves "hearing aids" alone. An all-lower-case entry
    matches the word however it is capitalised and the suggestion follows the case of the
    text ("Chairman" -> "Chair"). An entry mapped to null is simply flagged."""
    pattern, terms = _terms(_house_entries(ctx))
    if pattern is None:
        return
    for m in finditer(doc, pattern, EVERYWHERE):
        text = _normal(m.group())
        for term in terms.get(text.lower(), ()):
            if not term.matches(text):
                continue
            if not term.preferred:
                yield flag(m.start(), m.end(), f"House style avoids '{text}'.")
            else:
                want = term.replacement(text)
                if want != text:
                    yield flag(m.start(), m.end(), f"House style: write '{want}', not '{text}'.", want)
            break


def _camel(word: str) -> bool:
    """ "iPhone", "eBay", "PlayStation": a capital after the first letter, and lower case too."""
    return any(c.isupper() for c in word[1:]) and any(c.islower() for c in word) and " " not in word


@lru_cache(maxsize=32)
def _casings(
    strict: tuple[str, ...], loose: tuple[str, ...]
) -> tuple[re.Pattern[str] | None, Mapping[str, tuple[frozenset[str], bool]]]:
    forms: dict[str, set[str]] = {}
    strictness: dict[str, bool] = {}
    for word, is_strict in [(w, True) for w in strict] + [(w, False) for w in loose]:
        word = _normal(word)
        if not word:
            continue
        key = word.lower()
        forms.setdefault(key, set()).add(word)
        strictness[key] = strictness.get(key, False) or is_strict
    if not forms:
        return None, {}
    return _alternation(list(forms)), {k: (frozenset(v), strictness[k]) for k, v in forms.items()}


@rule(
    "style.house-casing",
    "House dictionary: names and terms in their preferred spelling and casing ('iPhone', 'eBay').",
    severity="warning",
    fixable=True,
    source=_HOUSE_DOCS,
    bad=["He sold the Iphone on Ebay."],
    good=["He sold the iPhone on eBay.", "EBay shares rose."],
    example_config={"style": {"casing": ["iPhone", "eBay"]}},
)
def house_casing(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a name or term written with other capitals than the house's preferred form:
    "Iphone" or "IPHONE" for "iPhone", "Nizhny novgorod" for "Nizhny Novgorod". Preferred forms
    come from `style.casing` (a list of plain words and phrases) and from the mixed-case
    words in `vocabulary.accept` (such as "iPhone" or "PlayStation"; words from the
    vocabulary may also appear in all capitals). A form that starts with a small letter may
    take a capital at the start of a sentence ("EBay shares rose")."""
    casing = ctx.options_for(StyleOptions).casing
    loose = tuple(sorted(w for w in ctx.vocabulary.accept if _camel(w)))
    pattern, forms = _casings(tuple(casing), loose)
    if pattern is None:
        return
    for m in finditer(doc, pattern, EVERYWHERE):
        text = _normal(m.group())
        allowed, strict = forms[text.lower()]
        if text in allowed or (not strict and text.isupper()):
            continue
        if sentence_start(doc, m.start()) and text[:1].isupper() and text[:1].lower() + text[1:] in allowed:
            continue
        want = sorted(allowed)
        yield flag(
            m.start(),
            m.end(),
            f"House style: write '{' or '.join(want)}'.",
            want[0] if len(want) == 1 else None,
            suggestions=want,
        )
