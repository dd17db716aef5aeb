"""Headline-only rules: length, trailing full stop, headlinese, title case, double quotes.

They read only blocks of kind "heading" or "title" (Markdown headings, a plain-text first line,
front-matter and HTML titles)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint import matching
from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.style.common import HEADLINE, blocks, flag
from copylint.families.style.presets import preset_for
from copylint.rule import Context, rule


@rule(
    "style.headline-length",
    "Headlines longer than the preset's limit (AP 80, BBC 55 characters; set headline-max-chars).",
    severity="suggestion",
    source="House limit: long headlines are cut off in indexes, search results and social cards",
    bad=["# Council leaders agree to a new five-year plan for the regeneration of the old harbour district"],
    good=["# Council agrees harbour regeneration plan"],
    skip_quotes=False,
)
def headline_length(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a headline longer than `headline-max-chars` (80 characters under `ap`, 55 under
    `bbc`, where index headlines are short). Keep the news in the first words and cut the
    rest to the standfirst."""
    limit = preset_for(ctx).headline_max_chars
    for span in blocks(doc, HEADLINE):
        text = doc.text(span)
        if len(text) > limit:
            yield flag(span.start, span.end, f"Headline is {len(text)} characters; keep it under {limit}.")


_ABBREVIATION_END = matching.compile(r"(?:\b[A-Za-z]\.(?:[A-Za-z]\.)+|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|etc|No)\.)$")


@rule(
    "style.headline-period",
    "No full stop at the end of a headline.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'headlines'; BBC News style guide: headlines",
    bad=["# Telegraph axes 90 jobs."],
    good=["# Telegraph axes 90 jobs", "# Jobs cut at Telegraph Group Inc."],
)
def headline_period(doc: Document, ctx: Context) -> Iterator[Finding]:
    """A headline is not a sentence and takes no full stop (a question or exclamation mark is
    fine). Abbreviations that end in a point ("U.S.", "Inc.") and ellipses are left alone."""
    for span in blocks(doc, HEADLINE):
        text = doc.text(span)
        if not text.endswith(".") or text.endswith("..") or _ABBREVIATION_END.search(text):
            continue
        end = span.end
        yield flag(end - 1, end, "Drop the full stop at the end of the headline.", "", safe=True)


_HEADLINESE = {
    "slams": "criticises",
    "slammed": "criticised",
    "blasts": "criticises",
    "blasted": "criticised",
    "raps": "criticises",
    "rapped": "criticised",
    "rips": "criticises",
    "lambasts": "criticises",
    "mulls": "considers",
    "mulling": "considering",
    "nixes": "rejects",
    "nixed": "rejected",
    "inks": "signs",
    "inked": "signed",
    "nabs": "catches",
    "nabbed": "caught",
    "solons": "legislators",
    "pols": "politicians",
}
HEADLINESE = matching.compile(r"\b(?:%s)\b" % "|".join(_HEADLINESE), re.IGNORECASE)


@rule(
    "style.headlinese",
    "Headlinese in a headline: 'slams', 'blasts', 'mulls', 'nixes', 'inks'.",
    severity="suggestion",
    source="BBC News Styleguide: 'Clichés & journalese'; AP Stylebook: 'headlines' (plain words)",
    bad=["# Minister slams council over potholes"],
    good=["# Minister criticises council over potholes"],
)
def headlinese(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Words that live only in headlines ("slams", "blasts", "raps", "mulls", "nixes",
    "inks", "solons") sound like no one speaks and overstate what happened. Say what was done:
    "criticises", "considers", "rejects", "signs"."""
    for span in blocks(doc, HEADLINE):
        for m in HEADLINESE.finditer(doc.prose, span.start, span.end):
            plain = _HEADLINESE[m.group().lower()]
            yield flag(
                m.start(), m.end(), f"'{m.group()}' is headlinese: say what happened ('{plain}').", suggestions=(plain,)
            )


_SMALL_WORDS = frozenset(
    """a an the and or but nor of to in on at for with by from as is are was were be been has have had will
    into over after amid than its his her their says say not""".split()
)
_WORD = matching.compile(r"[A-Za-z][\w'’-]*")


@rule(
    "style.headline-case",
    "Headlines in sentence case: capitalise the first word and proper nouns only.",
    severity="warning",
    source="AP Stylebook: 'headlines' (capitalize only the first word and proper nouns); BBC News style guide: headlines",
    bad=["# Council Agrees To Cut Bus Fares For The Elderly"],
    good=["# Council agrees to cut bus fares for the elderly", "# Bank of England holds rates at 4.75%"],
)
def headline_case(doc: Document, ctx: Context) -> Iterator[Finding]:
    """News headlines, AP's and the BBC's alike, are in sentence case: a capital for the first
    word and for proper nouns only. Title Case ("Council Agrees To Cut Bus Fares") is flagged
    when at least two small words (to, for, the, of, in, says...) are capitalised after the
    first word; names are not judged, so "Bank of England" passes."""
    for span in blocks(doc, HEADLINE):
        text = doc.text(span)
        words = list(_WORD.finditer(text))
        if len(words) < 4 or text.isupper():
            continue
        capped_small = [
            w
            for i, w in enumerate(words[1:], 1)
            if w.group().lower() in _SMALL_WORDS
            and w.group()[0].isupper()
            and text[: w.start()].rstrip()[-1:] not in ":-–—'\"‘“"
        ]
        if len(capped_small) >= 2:
            sample = ", ".join(f"'{w.group()}'" for w in capped_small[:3])
            first = capped_small[0]
            yield flag(
                span.start + first.start(),
                span.start + first.end(),
                f"Use sentence case in headlines ({sample} should be lower case).",
            )


DOUBLE_QUOTE = matching.compile(r"[\"“”]")
_SINGLE = {'"': "'", "“": "‘", "”": "’"}


@rule(
    "style.headline-quotes",
    "Single quotation marks in headlines.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'headlines' (single quotes); BBC News style guide: quotation marks in headlines",
    bad=['# Minister says cuts are "unavoidable"'],
    good=["# Minister says cuts are 'unavoidable'"],
    skip_quotes=False,
)
def headline_quotes(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Headlines use single quotation marks (they take less room and read as a headline
    convention): 'unavoidable', not "unavoidable". Body copy keeps double quotes."""
    for span in blocks(doc, HEADLINE):
        for m in DOUBLE_QUOTE.finditer(doc.prose, span.start, span.end):
            want = _SINGLE[m.group()]
            yield flag(m.start(), m.end(), "Use single quotation marks in a headline.", want, safe=True)
