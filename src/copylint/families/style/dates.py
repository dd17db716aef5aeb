"""Dates: month forms, day-month order, ordinals, the comma after the year, "on" before a
day, relative days and all-figure dates."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint import matching
from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.style.common import (
    MONTHS,
    WEEKDAYS,
    finditer,
    flag,
    next_word,
    previous_word,
    sentence_start,
    whole_words,
)
from copylint.families.style.presets import preset_for
from copylint.rule import Context, rule

AP_ABBREVIATIONS = {
    "January": "Jan.",
    "February": "Feb.",
    "August": "Aug.",
    "September": "Sept.",
    "October": "Oct.",
    "November": "Nov.",
    "December": "Dec.",
}
_ABBREVIATED = {
    "jan": "January",
    "feb": "February",
    "mar": "March",
    "apr": "April",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "sept": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
}
_MONTH = r"(?P<month>(?:%s)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)" % "|".join(MONTHS)
_YEAR = r"(?:(?P<ycomma>,?)[ \u00a0](?P<year>(?:1[5-9]|20)\d\d)\b(?![,.]?\d))?"
#: The whole words a month of _MONTH is (after a space or \b, before \b).
_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_MONTH_WORDS = (*MONTHS, *_SHORT_MONTHS)
#: "Jan. 5", "January 5th, 2004"
MDY = whole_words(
    matching.compile(
        rf"\b{_MONTH}[ \u00a0](?P<day>[12]\d|3[01]|0?[1-9])(?P<ord>st|nd|rd|th)?\b(?![.,:]\d|%|-\d|\d){_YEAR}"
    ),
    _MONTH_WORDS,
)
#: "5 January", "5th of January 2004"
DMY = whole_words(
    matching.compile(
        rf"(?<![\w.,£$€/-])(?P<day>[12]\d|3[01]|0?[1-9])(?P<ord>st|nd|rd|th)?[ \u00a0](?P<of>of[ \u00a0])?{_MONTH}{_YEAR}"
    ),
    _MONTH_WORDS,
)
#: An abbreviated month with a year and no day: "Jan. 2004"
MONTH_YEAR = whole_words(
    matching.compile(
        r"(?<!\d )\b(?P<month>(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)[ \u00a0](?:19|20)\d\d\b"
    ),
    _SHORT_MONTHS,
)
_DAY_NAME = "|".join(WEEKDAYS)
ON_DAY = matching.compile(
    rf"\bon[ \u00a0](?=(?:{_DAY_NAME})\b(?!['’]s)|(?:{'|'.join(MONTHS)}|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)[ \u00a0]\d)"
)
BARE_DAY = matching.compile(rf"(?<=[a-z] )(?:{_DAY_NAME})\b(?!['’]s)")
RELATIVE = matching.compile(
    r"\b(?:yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b(?!['’]s)", re.IGNORECASE
)
# The look-behind comes after the first digit, so that re can skip ahead to digits.
NUMERIC_DATE = matching.compile(r"\d(?<![\w/.]\d)(?:\d?/\d{1,2}/(?:\d{4}|\d{2})|\d{3}-\d{2}-\d{2})(?![\w/])")
_TIME_BEFORE = matching.compile(r"(?:\d\s?(?:a\.m\.|p\.m\.|am|pm)|\d[:.]\d\d|noon|midnight|midday)\s*$", re.IGNORECASE)

#: Words after which a weekday needs no "on" (British style): prepositions, determiners, time words.
_NO_ON_NEEDED = frozenset(
    """on by until till til since from to before after last next this that every each early late of and or
    nor but between through the a an than as for during following coming past previous same per like
    including except about around starting beginning ending into at in over whose his her their its our my
    your these those which what then so if when while once because although though upon against among amid
    within towards toward onto via with without versus vs only even just all both not also either neither
    whether until except unlike is was are were be been being will would could should may might must can
    shall do does did has have had least most throughout first second third fourth fifth final other one
    following previous any some no""".split()
)

#: Words that may follow a day used as a time ("resigned Monday night", "met Tuesday and ...").
_AFTER_DAY = frozenset(
    """morning afternoon evening night and or but to that in at after before as when with while for if
    because after amid despite during from until""".split()
)

_DATE = "AP Stylebook: 'months', 'dates'; BBC News style guide: dates (day, month, year: 5 January 2004)"


def _month_name(text: str) -> str:
    """The full month name for a month as written ("Sept." -> "September")."""
    bare = text.rstrip(".")
    return bare if bare in MONTHS else _ABBREVIATED[bare.lower()]


def _month_with_day(full: str, abbreviate: bool) -> str:
    return AP_ABBREVIATIONS.get(full, full) if abbreviate else full


def _is_name_may(doc: Document, m: re.Match[str]) -> bool:
    """ "Theresa May 10 ..." or "May 5" after a capitalised word is a surname, not a date."""
    if m.group("month") != "May":
        return False
    prev = previous_word(doc, m.start())
    return prev[:1].isupper() and prev[-1:].isalpha() and not sentence_start(doc, m.start())


@rule(
    "style.month-abbreviation",
    "Month names in the preset's form: AP abbreviates Jan., Feb., Aug., Sept., Oct., Nov., Dec. with a date.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'months'; BBC News style guide: dates (months in full)",
    bad=["The trial opens January 15 in Boston.", "The law took effect Mar. 1.", "Sales fell in Jan. 2004."],
    good=["The trial opens Jan. 15 in Boston.", "The law took effect March 1.", "Sales fell in January 2004."],
)
def month_abbreviation(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a month written in a form the preset does not use.

    AP abbreviates the long months (Jan., Feb., Aug., Sept., Oct., Nov., Dec.) when they stand
    with a day, spells out March to July always, and spells out every month standing alone or
    with only a year ("January 2004"). British presets (`bbc`) never abbreviate a month in copy.
    Write the month as the message shows. A date in the other order ("5 Jan." under AP,
    "Jan. 5" under `bbc`) is left to `style.date-order`, which suggests the whole date."""
    preset = preset_for(ctx)
    abbreviate = preset.month_abbreviations
    # A date in the other order is left to style.date-order, whose suggestion spells the month.
    matches = list(finditer(doc, MDY if preset.dates == "mdy" else DMY))
    for m in matches:
        written = m.group("month")
        if written == "May" and _is_name_may(doc, m):
            continue
        want = _month_with_day(_month_name(written), abbreviate)
        if written != want:
            yield flag(m.start("month"), m.end("month"), f"Write '{want}' with a date.", want, safe=True)
    for m in finditer(doc, MONTH_YEAR):
        full = _month_name(m.group("month"))
        yield flag(m.start("month"), m.end("month"), f"Spell out '{full}' when there is no day.", full, safe=True)


@rule(
    "style.date-order",
    "Dates in the preset's order: 'Jan. 5' (AP) or '5 January' (British).",
    severity="warning",
    fixable=True,
    source=_DATE,
    bad=["The company reported on 5 January that sales had fallen."],
    good=["The company reported Jan. 5 that sales had fallen."],
)
def date_order(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a date written day-first under AP ("5 January" -> "Jan. 5") or month-first under a
    British preset ("January 5" -> "5 January"). Mixing the two orders in one publication
    confuses readers about which number is the day. The suggestion is the whole date in the
    preset's form, with the month abbreviated where AP abbreviates it and the ordinal dropped."""
    preset = preset_for(ctx)
    if preset.dates == "mdy":
        for m in finditer(doc, DMY):
            month = _month_with_day(_month_name(m.group("month")), preset.month_abbreviations)
            year = m.group("year")
            want = f"{month} {int(m.group('day'))}" + (f", {year}" if year else "")
            yield flag(m.start(), m.end(), f"Write the month first: '{want}'.", want)
    else:
        for m in finditer(doc, MDY):
            if _is_name_may(doc, m):
                continue
            year = m.group("year")
            want = f"{int(m.group('day'))} {_month_name(m.group('month'))}" + (f" {year}" if year else "")
            yield flag(m.start(), m.end(), f"Write the day first: '{want}'.", want)


@rule(
    "style.date-ordinal",
    "No ordinal endings in dates: 'March 4', not 'March 4th'.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'dates' (figures without st, nd, rd, th); BBC News style guide: dates",
    bad=["The vote is March 4th.", "Voting ends March 4th, 2025."],
    good=["The vote is March 4.", "He finished 14th in March."],
)
def date_ordinal(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags "st", "nd", "rd" or "th" on the day of a date ("March 4th", "4th of March"). Both
    AP and British styles write the bare figure: "March 4" or "4 March". The fix removes the
    ending (and the "of" in "the 4th of March")."""
    for rx in (MDY, DMY):
        for m in finditer(doc, rx):
            if not m.group("ord") or (rx is MDY and _is_name_may(doc, m)):
                continue
            day = str(int(m.group("day")))
            if rx is DMY and m.group("of"):
                yield flag(
                    m.start("day"),
                    m.start("month"),
                    f"Write '{day} {m.group('month')}' without the ordinal.",
                    day + " ",
                    safe=True,
                )
            else:
                yield flag(
                    m.start("day"),
                    m.end("ord"),
                    f"Write '{day}' in a date, without '{m.group('ord')}'.",
                    day,
                    safe=True,
                )


@rule(
    "style.date-comma",
    "The comma with a year: 'Jan. 5, 2004, was' (AP); no comma in '5 January 2004' (British).",
    severity="warning",
    fixable=True,
    source=_DATE,
    bad=["The plant closed Feb. 5, 2004 after a fire.", "Feb. 5 2004 was the last shift."],
    good=["The plant closed Feb. 5, 2004, after a fire.", "The plant closed in February 2004 after a fire."],
)
def date_comma(doc: Document, ctx: Context) -> Iterator[Finding]:
    """AP (month-first dates) sets the year off with commas: "Feb. 5, 2004, after a fire" — a
    comma between day and year, and another after the year when the sentence goes on. British
    day-first dates take no comma at all: "5 February 2004". Flags the missing or the extra
    comma."""
    preset = preset_for(ctx)
    prose = doc.prose
    if preset.dates == "mdy":
        for m in finditer(doc, MDY):
            if not m.group("year") or _is_name_may(doc, m):
                continue
            if not m.group("ycomma"):
                yield flag(
                    m.end("day") if not m.group("ord") else m.end("ord"),
                    m.start("year"),
                    "Put a comma between the day and the year.",
                    ", ",
                    safe=True,
                )
            after = prose[m.end() : m.end() + 2]
            if len(after) == 2 and after[0] == " " and (after[1].islower() or after[1].isdigit()):
                year = m.group("year")
                yield flag(
                    m.start("year"), m.end("year"), "Put a comma after the year in mid-sentence.", year + ",", safe=True
                )
    else:
        for m in finditer(doc, DMY):
            if m.group("ycomma"):
                yield flag(
                    m.start("ycomma"), m.end("ycomma"), "No comma between the month and the year.", "", safe=True
                )


@rule(
    "style.on-dates",
    "'on' before a day or date: AP drops it ('met Tuesday'), British style keeps it ('met on Tuesday').",
    severity="suggestion",
    fixable=True,
    source="AP Stylebook: 'on' and 'days of the week'; BBC News style guide: time references, days",
    bad=["The board will meet on Tuesday to decide."],
    good=["The board will meet Tuesday to decide.", "On Tuesday, the board will meet.", "He told Smith on Tuesday."],
)
def on_dates(doc: Document, ctx: Context) -> Iterator[Finding]:
    """AP leaves out "on" before a day or date where nothing is lost ("The board will meet
    Tuesday"), keeping it at the start of a sentence and after a proper name ("told Smith on
    Tuesday", to keep the name and the day apart). British styles do the opposite: the BBC
    keeps the preposition ("Voting begins on Monday") and treats its omission as an
    Americanism, so under `bbc` a day straight after a verb or noun is flagged."""
    preset = preset_for(ctx)
    if preset.on_before_dates == "omit":
        for m in finditer(doc, ON_DAY):
            prev = previous_word(doc, m.start())
            if not prev or prev[:1].isupper() or not prev[-1:].isalnum():
                continue  # after a name, or after a comma or a quote: "on" keeps things apart
            yield flag(m.start(), m.end(), "AP style needs no 'on' before a day or date here.", "")
        return
    for m in finditer(doc, BARE_DAY):
        prev = previous_word(doc, m.start())
        if prev.lower() in _NO_ON_NEEDED or not prev.isalpha() or prev[:1].isupper():
            continue  # "Black Friday", "Sheffield Wednesday": names
        nxt = next_word(doc, m.end())
        if nxt[:1].isupper() or (nxt[:1].isalpha() and nxt.rstrip(",.;:").lower() not in _AFTER_DAY):
            continue  # "coach Sunday Chidzambwa", "one other Sunday meeting": not a time
        day = m.group()
        yield flag(m.start(), m.end(), f"Write 'on {day}': British style keeps the preposition.", f"on {day}")


@rule(
    "style.relative-day",
    "Name the day instead of 'yesterday', 'tomorrow', 'tonight' or 'this morning'.",
    severity="suggestion",
    source="AP Stylebook: 'yesterday', 'today, tonight'; BBC News style guide: time references, days",
    bad=["The minister resigned yesterday."],
    good=["The minister resigned Monday.", "Tomorrow's leaders are in school today."],
)
def relative_day(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Copy is read in many time zones and long after it is filed, so "yesterday", "tomorrow",
    "tonight", "last night" and "this morning" soon point at the wrong day. Both AP and the BBC
    ask for the day of the week ("on Monday") or the date instead. Possessives such as
    "tomorrow's leaders" are not about a particular day and are left alone, and so is a phrase
    right after a clock time (`style.time-redundant` covers "8 a.m. this morning")."""
    for m in finditer(doc, RELATIVE):
        if _TIME_BEFORE.search(doc.prose, max(0, m.start() - 16), m.start()):
            continue
        if m.group()[:1].isupper() and not sentence_start(doc, m.start()):
            continue  # "Come Tomorrow": a title
        yield flag(m.start(), m.end(), f"Name the day (e.g. 'on Monday') instead of '{m.group()}'.")


@rule(
    "style.numeric-date",
    "Write dates with the month's name, not as '12/5/2004'.",
    severity="warning",
    source="AP Stylebook: 'dates'; BBC News style guide: dates",
    bad=["The contract expires on 12/5/2005."],
    good=["The contract expires Dec. 5, 2005."],
)
def numeric_date(doc: Document, ctx: Context) -> Iterator[Finding]:
    """An all-figure date means 12 May to a British reader and 5 December to an American one.
    News styles on both sides of the Atlantic write the month's name."""
    for m in finditer(doc, NUMERIC_DATE):
        prev = previous_word(doc, m.start())
        if prev[:1].isupper() and prev[-1:].isalpha() and not sentence_start(doc, m.start() - len(prev) - 1):
            continue  # "Route 14/16/20": a label
        yield flag(m.start(), m.end(), f"Write '{m.group()}' with the month's name: all-figure dates are ambiguous.")
