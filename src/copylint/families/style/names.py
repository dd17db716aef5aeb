"""Titles and names: courtesy titles, titles with a full name, and titles on second reference."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint import matching
from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.style.common import BODY, finditer, flag, whole_words
from copylint.families.style.presets import preset_for
from copylint.rule import Context, rule

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿĀ-ž"
#: A name: capitalised, with inner capitals after an apostrophe or hyphen ("O'Brien", "McDonald").
#: Every repeated part starts with a separator or a capital, so the pattern cannot split a run of
#: lower-case letters in more than one way (the old form backtracked exponentially).
_NAME = rf"[{_UP}][{_LOW}]*(?:(?:['’-][{_UP}]?|[{_UP}])[{_LOW}]+)*"
_ADDRESS = "Speaker|President|Chairman|Chairwoman|Justice|Deputy|Mayor"
COURTESY = matching.compile(rf"\b(?P<title>Mr|Mrs|Ms|Mx)\.?[ \u00a0](?!(?:{_ADDRESS})\b)(?={_NAME}\b)")
#: "Mr Tony Blair": a courtesy title with first name and surname.
FULL_NAME = matching.compile(
    rf"\b(?P<title>Mr|Mrs|Ms|Miss|Mx)\.?[ \u00a0](?P<first>{_NAME})[ \u00a0](?P<last>{_NAME})\b(?![ \u00a0]?[A-Z&])"
)
_NOT_FIRST_NAMES = frozenset({"Justice", "Speaker", "President", "Deputy", "Chief", "Chairman", "Secretary"})
_TITLES = ("Dr", "Gov", "Sen", "Rep", "Gen", "Lt", "Sgt", "Capt", "Col", "Cmdr", "Adm", "Maj", "Rev", "Prof")
REFERENCE_TITLE = whole_words(
    matching.compile(
        rf"\b(?P<title>{'|'.join(_TITLES)})\.?[ \u00a0](?P<names>{_NAME}(?:[ \u00a0](?:[A-Z]\.[ \u00a0])?{_NAME})*)"
    ),
    _TITLES,  # as whole words in 14 news articles of 300 ("Gen" of "General" is not one)
)


@rule(
    "style.courtesy-title",
    "AP uses no courtesy titles (Mr, Mrs, Ms) outside quotations: surname only on later references.",
    severity="suggestion",
    fixable=True,
    source="AP Stylebook: 'courtesy titles'; BBC News style guide: names and titles (Mr, Mrs, Ms on second reference)",
    bad=["Mr. Patel said the union would appeal."],
    good=["Patel said the union would appeal."],
)
def courtesy_title(doc: Document, ctx: Context) -> Iterator[Finding]:
    """AP refers to people by surname alone after the first reference, for men and women
    alike ("Patel said"), and keeps Mr., Mrs. and Ms. only inside quotations. British papers,
    the BBC among them, do the opposite and use courtesy titles on second reference ("Mr
    Patel"), so the `bbc` preset does not run this check."""
    if preset_for(ctx).courtesy_titles:
        return
    for m in finditer(doc, COURTESY):
        yield flag(m.start(), m.end(), f"AP style uses the surname alone, without '{m.group('title')}'.", "")


@rule(
    "style.title-full-name",
    "No courtesy title with a full name: 'Tony Blair', then 'Mr Blair', never 'Mr Tony Blair'.",
    severity="warning",
    fixable=True,
    source="BBC News style guide: names and titles; AP Stylebook: 'courtesy titles'",
    bad=["Mr Tony Blair arrived in Brussels."],
    good=["Tony Blair arrived in Brussels.", "Mr Justice Smith said the trial would go on."],
    example_config={"style": {"preset": "bbc"}},
)
def title_full_name(doc: Document, ctx: Context) -> Iterator[Finding]:
    """A courtesy title goes with the surname alone ("Mr Blair"), never with the full name: the
    first reference gives the full name without a title ("Tony Blair"). Judicial and similar
    titles such as "Mr Justice Smith" are left alone."""
    for m in finditer(doc, FULL_NAME):
        if m.group("first") in _NOT_FIRST_NAMES or m.group("first").endswith(("'s", "’s")):
            continue  # "Mr Hadi's Blackwatch": the surname's possessive
        yield flag(m.start(), m.start("first"), f"Drop '{m.group('title')}' before a full name.", "")


@rule(
    "style.second-reference",
    "AP drops 'Dr.', 'Gov.', 'Sen.' and similar titles after the first reference.",
    severity="suggestion",
    fixable=True,
    source="AP Stylebook: 'doctor', 'titles' (subsequent references: last name only)",
    bad=["Dr. Ana Ruiz led the study. Dr. Ruiz said more work was needed."],
    good=["Dr. Ana Ruiz led the study. Ruiz said more work was needed."],
)
def second_reference(doc: Document, ctx: Context) -> Iterator[Finding]:
    """AP gives a title on first reference ("Dr. Ana Ruiz", "Gov. Jerry Brown") and the surname
    alone after that ("Ruiz said"). Flags the title when the same person has already been
    introduced with title, first name and surname. British styles keep "Dr Ruiz" on later
    references, so the `bbc` preset does not run this check."""
    if preset_for(ctx).courtesy_titles:
        return
    for m in second_references(doc):
        name = m.group("names")
        yield flag(m.start(), m.start("names"), f"After the first reference, write '{name}' alone.", "")


def second_references(doc: Document) -> list[re.Match[str]]:
    """Title-and-surname references ("Dr. Ruiz") to someone introduced with a full name before."""
    introduced: set[str] = set()
    out = []
    for m in finditer(doc, REFERENCE_TITLE, BODY):
        names = m.group("names").replace("\u00a0", " ").split(" ")
        if len(names) >= 2:
            introduced.add(names[-1])
        elif names[0] in introduced:
            out.append(m)
    return out
