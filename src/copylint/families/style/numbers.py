"""Numbers: words or figures, sentence starts, ordinals, percentages, money, ranges, decades."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint import matching
from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.style.common import (
    BODY,
    EVERYWHERE,
    MONTHS,
    SMALL,
    TEENS,
    TENS,
    finditer,
    flag,
    next_word,
    number_word,
    previous_word,
    sentence_start,
    whole_words,
    word_value,
)
from copylint.families.style.presets import preset_for
from copylint.rule import Context, rule
from copylint.toolkit import match_case

_NUMERALS = "AP Stylebook: 'numerals'; BBC News style guide: numbers (words or digits)"

# Patterns that start with a look-behind test it after their first character instead
# ("(?<!X)[1-9]" as "[1-9](?<!X[1-9])"), so that re can skip ahead to that character.
SINGLE = matching.compile(r"(?P<n>[1-9])(?<![\w.,£$€¥/:#+\-–][1-9])(?![\w%°/\-–]|[.,:]\d|['’]s\b)")
_SPELLED = (
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
#: The whole words a spelled number from ten up starts with ("ten", "twenty" of "twenty-one").
_TEN_UP_WORDS = (*TEENS, *TENS[2:])
SPELLED_BIG = whole_words(
    matching.compile(rf"\b{_SPELLED}\b(?![\w-]|-(?!year|month|week|day|hour|minute|mile|foot|metre|man|point))"),
    _TEN_UP_WORDS,
)
_SMALL_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_ANY_WORD_NUMBER = rf"(?:{_SMALL_WORDS}|{_SPELLED})"
#: A word or figure joined to a neighbour number: "8 to 12", "between 2.5 and 4", "6, 10 and 12".
_LINK = r"(?:--|-|–|—|to|and|or|,|in|of|out of|/|x|by|from|versus|v)"
_LINKED_AFTER = matching.compile(rf"\s*{_LINK}\s*(?:[£$€]?\d|{_ANY_WORD_NUMBER}\b)", re.IGNORECASE)
_LINKED_BEFORE = matching.compile(rf"(?:\d[\d.,]*[%a-z]*|\b{_ANY_WORD_NUMBER})\s*{_LINK}\s*$", re.IGNORECASE)

_ABBREVIATED_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_MONTH_WORDS = frozenset(MONTHS) | frozenset(_ABBREVIATED_MONTHS) | {m + "." for m in _ABBREVIATED_MONTHS}
#: Words after which a figure is a label, a position or an age, not a count.
_LABEL_BEFORE = frozenset(
    """no no. nos number page pages p p. pp chapter paragraph para section article clause room gate flight
    platform track lane level grade size step channel route highway interstate district ward precinct zone
    category class division round game act scene verse line row seat bus version series season week aged
    age ages term stage phase tier band figure fig table box item appendix vol volume issue episode part
    unit floor block court pool heat race leg set hole lap question option scale magnitude force rated
    times multiplied divided plus minus equals than over under rank ranked ranking number-one top bottom
    years year""".split()
)
#: Units, currencies and similar words after which figures are the rule.
_UNIT_AFTER = frozenset(
    """percent per pc pct percentage million billion trillion bn m km kg mph kph ft feet foot inch inches
    in yard yards mile miles metre metres meter meters kilometre kilometres kilometer kilometers centimetre
    centimetres cm mm millimetres gram grams g kilo kilos kilogram kilograms lb lbs pound pounds ounce
    ounces oz ton tons tonne tonnes litre litres liter liters gallon gallons acre acres hectare hectares
    degree degrees megapixel megapixels megabyte megabytes mb gigabyte gigabytes gb terabyte terabytes
    kb mbps gbps ghz mhz volt volts watt watts kw kwh mw gw point points a.m. p.m. a.m p.m am pm o'clock cent
    cents pence dollars euros yen yuan rupees x by stone st mins secs""".split()
)


#: A tally: the figure answers a larger one ("by 31 votes to 9", "won 12 to 3", "lost 10-3").
_TALLY_BEFORE = matching.compile(
    r"\b\d[\d,]*\s+(?:votes?|seats?|points?|goals?|runs?|wickets?|games?|sets?)?\s*(?:to|-|–)\s*$"
)
#: Words before a digit that make it a brand or a model ("mobile operator 3", "model 6").
_BRAND_BEFORE = frozenset("operator network carrier brand model mark mk generation gen edition mini nano".split())
#: Words after a digit that make it a name ("the 3 network said", "3 Mobile").
_BRAND_AFTER = frozenset("network networks mobile operator brand's".split())
#: A digit that ends a product name starting with a camel-cased word ("iPod mini 2", "eBay Motors 3").
_IN_NAME_BEFORE = matching.compile(r"\b[a-z]+[A-Z][\w-]*\s+[A-Za-z]+\s+$")


def _linked_to_number(prose: str, start: int, end: int) -> bool:
    return bool(_LINKED_AFTER.match(prose, end, min(len(prose), end + 16))) or bool(
        _LINKED_BEFORE.search(prose, max(0, start - 16), start)
    )


def _is_age_apposition(prose: str, start: int, end: int) -> bool:
    """ "Rachael, 9, has dyslexia" / "a boy (7)"."""
    before = prose[max(0, start - 2) : start]
    after = prose[end : end + 1]
    return (before.endswith(", ") and after in (",", ")", ";", ".")) or (before.endswith("(") and after == ")")


@rule(
    "style.number-words",
    "Spell out one to nine in running copy; figures for 10 and above.",
    severity="warning",
    fixable=True,
    source=_NUMERALS,
    bad=["The council closed 3 libraries last year."],
    good=[
        "The council closed three libraries last year.",
        "Prices rose 3% and the boy, 7, was unhurt.",
        "The 5-year-old walked 2 miles.",
        "Between 6 and 12 people were hurt.",
        "He was interviewed on Radio 4 last week.",
    ],
)
def number_words(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a figure from 1 to 9 in running copy: newsroom styles spell out one to nine and use
    figures from 10 up. Figures stay where the guides keep them: ages ("the boy, 7,",
    "5-year-old", "aged 4"), money, percentages, units and dimensions ("2 miles", "6ft", "3kg"),
    times and dates, scores and ranges ("3-1", "between 6 and 12"), labels ("page 5", "No 1",
    "Radio 4", "Halo 2") and numbers paired with larger ones. A figure that starts a sentence is
    left to `style.sentence-start-number`; headlines may use figures."""
    prose = doc.prose
    for m in finditer(doc, SINGLE, BODY):
        start, end = m.span()
        if sentence_start(doc, start) or _is_age_apposition(prose, start, end):
            continue
        prev = previous_word(doc, start)
        bare_prev = prev.lower().strip("(,;:.")
        if prev.endswith(("'s", "’s")) and prev[:1].isupper():
            continue  # "BBC Radio 4's" handled by the capitalised word; "Halo's 2" is a name too
        if prev[:1].isupper() and prev[-1:].isalnum():
            continue  # a name or label: "Channel 4", "Halo 2", "Pier 1"
        if bare_prev in _LABEL_BEFORE or prev in _MONTH_WORDS or prev.rstrip(",") in _MONTH_WORDS:
            continue
        nxt = next_word(doc, end)
        bare_next = nxt.lower().strip(".,;:!?)\"'”’")
        if bare_next in _UNIT_AFTER or nxt.lower().startswith(("per cent", "years old")):
            continue
        if nxt.strip(".,;:") in _MONTH_WORDS:
            continue
        if nxt[:1].isupper() and nxt[1:2].islower():
            continue  # "3 Doors Down", "8 Simple Rules": part of a name
        after = prose[end : end + 14].lower()
        if after.startswith((" years old", " months old", " weeks old", " days old", " per cent", " -", " °")):
            continue  # ages, "2- to 3-year", "3 °C"
        if _linked_to_number(prose, start, end):
            continue
        if _TALLY_BEFORE.search(prose, max(0, start - 40), start):
            continue  # a vote or a score: "by 31 votes to 9", "won 12 to 3"
        if (
            bare_prev in _BRAND_BEFORE
            or bare_next in _BRAND_AFTER
            or _IN_NAME_BEFORE.search(prose, max(0, start - 30), start)
        ):
            continue  # a brand or a model written as a digit: "operator 3 said", "the 3 network", "iPod mini 2"
        word = number_word(int(m.group("n")))
        yield flag(start, end, f"Spell out '{word}': figures are for 10 and above.", word)


@rule(
    "style.number-figures",
    "Use figures for 10 and above: '15 people', not 'fifteen people'.",
    severity="warning",
    fixable=True,
    source=_NUMERALS,
    bad=["The storm damaged fifteen homes."],
    good=["The storm damaged 15 homes.", "Fifteen homes were damaged.", "It happened at the eleventh hour."],
)
def number_figures(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a number from ten to ninety-nine written in words in running copy: AP and the BBC
    both switch to figures at 10. A number that starts a sentence is spelled out, so it is left
    alone, and so are pairs with small spelled numbers ("nine or ten") and idioms such as
    "fifty-fifty"."""
    prose = doc.prose
    for m in finditer(doc, SPELLED_BIG, BODY):
        start, end = m.span()
        text = m.group()
        if not text.islower() or sentence_start(doc, start):
            continue
        if prose[end : end + 6].lower().startswith(("-fifty", " to on")) or (
            text == "fifty" and prose[start - 6 : start] == "fifty-"
        ):
            continue
        if _linked_to_number(prose, start, end):
            continue
        value = word_value(text)
        if value is None:
            continue
        yield flag(start, end, f"Use figures for 10 and above: '{value}'.", str(value))


def _after_abbreviation(prose: str, block_start: int, start: int) -> bool:
    """Did the "sentence" break after "c.", "May." or "Yahoo!" rather than a real sentence end?"""
    before = prose[block_start:start].rstrip()
    if not before or before[-1] in "?\"'”’)":
        return False
    if before[-1] != ".":
        return True
    word = before[:-1].split()[-1] if before[:-1].split() else ""
    return len(word) <= 3


_START_NUMBER = matching.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)(?P<pct>%)?")


@rule(
    "style.sentence-start-number",
    "Do not start a sentence with a figure: spell it out or recast the sentence.",
    severity="warning",
    source="AP Stylebook: 'numerals' (at the start of a sentence); BBC News style guide: numbers",
    bad=["12 people were arrested after the match."],
    good=["Twelve people were arrested after the match.", "1999 was a bad year for the club."],
)
def sentence_start_number(doc: Document, ctx: Context) -> Iterator[Finding]:
    """A figure at the start of a sentence can be mistaken for the end of the previous one.
    Spell the number out ("Twelve people...") or recast the sentence ("Police arrested 12
    people..."). Years are allowed ("1999 was..."), as AP allows them. Under AP a headline may
    start with a figure; the BBC does not allow it, so `bbc` checks headlines too."""
    preset = preset_for(ctx)
    kinds = BODY if preset.headline_figures else EVERYWHERE
    prose = doc.prose
    for sentence in doc.sentences:
        block = doc.blocks[sentence.block]
        if block.kind not in kinds or block.kind == "list-item":
            continue
        start = sentence.span.start
        while start < sentence.span.end and prose[start] in "\"'“‘(":
            start += 1
        m = _START_NUMBER.match(prose, start, sentence.span.end)
        if not m or not any(c.isalpha() for c in prose[m.end() : sentence.span.end]):
            continue  # no sentence: a figure on its own line
        if _after_abbreviation(prose, doc.blocks[sentence.block].span.start, sentence.span.start):
            continue
        num = m.group("num")
        after = prose[m.end() : m.end() + 1]
        if after and (after.isalpha() or after in "/:-–'’)"):
            continue  # "3D", "24/7", "3-1", "9:30", "90's", "(2)"
        if re.fullmatch(r"1\d{3}|20\d\d", num):
            continue  # a year
        nxt = next_word(doc, m.end())
        if nxt[:1].isupper() and nxt[1:2].islower():
            continue  # "10 Downing Street", "50 Cent"
        value = int(num) if num.isdigit() and len(num) <= 3 else None  # int() refuses 4,300+ digits
        if value is not None and value < 100:
            word = match_case("X", number_word(value))
            if m.group("pct"):
                word += " per cent" if preset.percent_word == "per cent" else " percent"
            yield flag(
                m.start(),
                m.end(),
                f"Do not start a sentence with a figure: write '{word}' or recast.",
                suggestions=(word,),
            )
        else:
            yield flag(m.start(), m.end(), "Do not start a sentence with a figure: recast the sentence.")


ORDINAL = matching.compile(r"(?P<n>[1-9])(?<![\w.,£$€][1-9])(?P<suffix>st|nd|rd|th)\b(?!['’-])")
_ORDINAL_WORDS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


@rule(
    "style.ordinal-words",
    "Spell out first to ninth: 'fourth place', not '4th place'.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'numerals' (ordinals); BBC News style guide: numbers (eighth, ninth, 10th)",
    bad=["She finished 4th in the final."],
    good=["She finished fourth in the final.", "She finished 14th in the final.", "He served in the 1st Battalion."],
)
def ordinal_words(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Ordinals follow the number rule: first to ninth in words, 10th and up in figures. Left
    alone: dates (`style.date-ordinal`), and ordinals before a capitalised word, which name
    units, districts and streets ("1st Battalion", "5th Avenue")."""
    for m in finditer(doc, ORDINAL, BODY):
        nxt = next_word(doc, m.end())
        prev = previous_word(doc, m.start())
        bare_next = nxt.strip(".,;:!?)")
        if nxt[:1].isupper() or bare_next in _MONTH_WORDS or prev.rstrip(",") in _MONTH_WORDS or bare_next == "of":
            continue
        if sentence_start(doc, m.start()):
            continue
        word = _ORDINAL_WORDS[int(m.group("n"))]
        yield flag(m.start(), m.end(), f"Spell out '{word}'.", word, safe=True)


_BIG_ORDINAL = (
    r"(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))"
)
BIG_ORDINAL = whole_words(
    matching.compile(rf"\b{_BIG_ORDINAL}\b(?!-)"),
    # the first whole word: the ordinal, or the tens of "twenty-first"
    (
        *"tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth".split(),
        *"nineteenth twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split(),
        *TENS[2:],
    ),
)
_ORDINAL_VALUES = {
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}
_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


def _ordinal_value(text: str) -> int:
    if text in _ORDINAL_VALUES:
        return _ORDINAL_VALUES[text]
    tens, unit = text.split("-")
    return word_value(tens) + 1 + _UNIT_ORDINALS.index(unit)  # type: ignore[operator]


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@rule(
    "style.ordinal-figures",
    "Use figures for 10th and above: '20th century', not 'twentieth century'.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'numerals' (ordinals), 'century'; BBC News style guide: numbers (10th, 11th)",
    bad=["The town marks its twentieth anniversary."],
    good=[
        "The town marks its 20th anniversary.",
        "A tenth of the budget went on roads.",
        "A deal came at the eleventh hour.",
    ],
)
def ordinal_figures(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Ordinals from 10th up take figures in AP and BBC style ("20th anniversary", "21st
    century"). A fraction ("a tenth of the budget", "one-tenth") and the idiom "the eleventh
    hour" are left alone, as are capitalised names ("Twelfth Night")."""
    prose = doc.prose
    for m in finditer(doc, BIG_ORDINAL, BODY):
        text = m.group()
        if not text.islower():
            continue
        prev = previous_word(doc, m.start()).lower()
        nxt = next_word(doc, m.end()).lower()
        if (
            prev in ("a", "one", "each", "every")
            or prev in SMALL
            or nxt.startswith("of")
            or prose[m.start() - 1 : m.start()] == "-"
        ):
            continue  # a fraction
        if text == "eleventh" and nxt.startswith("hour"):
            continue
        value = _ordinal_value(text)
        want = f"{value}{_suffix(value)}"
        yield flag(m.start(), m.end(), f"Use figures for ordinals from 10th up: '{want}'.", want, safe=True)


_PERCENT_WORD = r"(?:per[ \u00a0]?cent|pct|pc)\b"
#: One of these is in every match of _PERCENT_WORD, in any case.
PERCENT_WORD_KEYS = ("cent", "pc")
PERCENT_AFTER_FIGURE = matching.compile(
    rf"(?P<num>\d(?<![\w.,]\d)\d*(?:[.,]\d+)*)(?P<word>[ \u00a0]?{_PERCENT_WORD})", re.IGNORECASE
)
PERCENT_AFTER_WORD = whole_words(
    matching.compile(rf"\b(?P<num>{_ANY_WORD_NUMBER})(?P<word>[ \u00a0]{_PERCENT_WORD})", re.IGNORECASE),
    (*SMALL[1:], *_TEN_UP_WORDS),  # "seven", "seventeen", "twenty" of "twenty-one"
    ("per", "percent", "pct", "pc"),
)
PERCENT_SIGN = matching.compile(r"(?P<num>\d(?<![\w.,]\d)\d*(?:[.,]\d+)*)(?P<sign>[ \u00a0]?%)")


@rule(
    "style.percent-sign",
    "Percentages with figures take the % sign under AP and BBC style: '5%', not '5 percent'.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'percent, percentage, percentage points' (2019: % with figures); BBC News style guide: numbers (4%)",
    bad=["Sales rose 5 percent last year.", "Unemployment fell by two percent."],
    good=["Sales rose 5% last year.", "Two percent of the staff left.", "Rates rose by 2 percentage points."],
)
def percent_sign(doc: Document, ctx: Context) -> Iterator[Finding]:
    """AP (since 2019) and the BBC write a percentage as a figure with the % sign, close up:
    "5%", "0.6%", "4.75%". A spelled number with "per cent" mid-sentence becomes figures too
    ("two per cent" -> "2%"); at the start of a sentence it stays in words ("Four per cent of
    patients..."). A house that prefers the word sets `percent-sign: false`, and this rule then
    asks for "5 percent" (or "5 per cent") instead of "5%"."""
    preset = preset_for(ctx)
    if not preset.percent_sign:
        word = preset.percent_word
        for m in finditer(doc, PERCENT_SIGN, needs=("%",)):
            yield flag(m.start("sign"), m.end("sign"), f"Write '{m.group('num')} {word}' in running copy.", f" {word}")
        return
    for m in finditer(doc, PERCENT_AFTER_FIGURE, words=PERCENT_WORD_KEYS):
        yield flag(m.start("word"), m.end("word"), f"Write '{m.group('num')}%'.", "%", safe=True)
    for m in finditer(doc, PERCENT_AFTER_WORD, words=PERCENT_WORD_KEYS):
        if sentence_start(doc, m.start()):
            continue
        value = word_value(m.group("num"))
        if value is None:
            continue
        yield flag(m.start(), m.end(), f"Write '{value}%': percentages take figures.", f"{value}%")


PERCENT_WORDS = matching.compile(r"\b(?:per[ \u00a0]cent|percent)\b", re.IGNORECASE)


@rule(
    "style.percent-word",
    "The word for % in the preset's spelling: 'percent' (AP) or 'per cent' (British).",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'percent' (one word); BBC News style guide: numbers ('Four per cent')",
    bad=["Forty per cent of the homes were empty."],
    good=["Forty percent of the homes were empty.", "The percentage rose."],
)
def percent_word(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Where the word is written out (at the start of a sentence, or in casual use such as
    "a zero percent chance"), AP writes "percent" as one word and British styles write "per
    cent". After a figure, `style.percent-sign` asks for the sign instead."""
    preset = preset_for(ctx)
    want = preset.percent_word
    for m in finditer(doc, PERCENT_WORDS, EVERYWHERE):
        text = m.group()
        if text.lower().replace("\u00a0", " ") == want:
            continue
        if preset.percent_sign and re.search(r"\d[ \u00a0]?$", doc.prose[max(0, m.start() - 3) : m.start()]):
            continue
        yield flag(m.start(), m.end(), f"Write '{match_case(text, want)}'.", match_case(text, want), safe=True)


@rule(
    "style.percent-space",
    "No space between a figure and the % sign: '5%', not '5 %'.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'percent' (no space); BBC News style guide: numbers (4%)",
    bad=["Turnout was 64 % this year."],
    good=["Turnout was 64% this year."],
)
def percent_space(doc: Document, ctx: Context) -> Iterator[Finding]:
    """The % sign closes up to its figure in news copy: "64%". A space can also break the line
    between the figure and the sign."""
    if not preset_for(ctx).percent_sign:
        return
    for m in finditer(doc, PERCENT_SIGN, EVERYWHERE, needs=("%",)):
        if m.group("sign") != "%":
            yield flag(m.start("sign"), m.end("sign"), "Close up the % sign to its figure.", "%", safe=True)


_CUR = {"$": "$", "£": "£", "€": "€", "¥": "¥"}
#: The currency signs every match of the MONEY_ patterns but MONEY_WORDS starts with.
CURRENCY = ("$", "£", "€", "¥")
MONEY_UNIT = matching.compile(
    r"(?P<cur>[$£€¥])(?P<num>\d+(?:\.\d+)?)(?P<space>[ \u00a0]?)(?P<unit>m|mn|mln|bn|tn|million|billion|trillion|k)\b(?!\.\d)"
)
MONEY_ZEROS = matching.compile(r"(?P<cur>[$£€¥])(?P<num>\d{1,3})(?P<zeros>(?:,000){2,4})(?![,.]?\d)")
MONEY_WORDS = matching.compile(
    r"\b(?P<num>\d+(?:\.\d+)?)[ \u00a0](?P<unit>million|billion|trillion)[ \u00a0](?P<cur>dollars|pounds|euros)\b"
)
_CURRENCY_WORDS = {"dollars": "$", "pounds": "£", "euros": "€"}
_LONG = {
    "m": "million",
    "mn": "million",
    "mln": "million",
    "bn": "billion",
    "tn": "trillion",
    "million": "million",
    "billion": "billion",
    "trillion": "trillion",
}
_SHORT = {"million": "m", "billion": "bn", "trillion": "tn"}


@rule(
    "style.money-millions",
    "Large sums in the preset's form: '$12 million' (AP) or '£12m', '$3bn' (BBC).",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'dollars', 'millions, billions'; BBC News style guide: numbers (£5m)",
    bad=["The deal is worth $12m.", "The fund holds $4,000,000."],
    good=["The deal is worth $12 million.", "The fund holds $4 million."],
)
def money_millions(doc: Document, ctx: Context) -> Iterator[Finding]:
    """AP writes sums of money in millions with the word: "$12 million", "$1.5 billion". The
    BBC abbreviates with the currency sign: "£12m", "$3bn", "$1tn". Both replace long rows of
    zeros ("$4,000,000") and "12 million dollars" with the sign and the short form, and "$50k"
    with "$50,000"."""
    short = preset_for(ctx).money_millions == "m"
    for m in finditer(doc, MONEY_UNIT, EVERYWHERE, needs=CURRENCY):
        cur, num, unit = m.group("cur"), m.group("num"), m.group("unit")
        if unit == "k":
            value = float(num) * 1000
            if value.is_integer():
                want = f"{cur}{int(value):,}"
                yield flag(m.start(), m.end(), f"Write '{want}'.", want)
            continue
        long = _LONG[unit]
        want = f"{cur}{num}{_SHORT[long]}" if short else f"{cur}{num} {long}"
        if m.group() != want:
            yield flag(m.start(), m.end(), f"Write '{want}'.", want, safe=True)
    for m in finditer(doc, MONEY_ZEROS, EVERYWHERE, needs=CURRENCY):
        long = {2: "million", 3: "billion", 4: "trillion"}[m.group("zeros").count(",")]
        want = (
            f"{m.group('cur')}{m.group('num')}{_SHORT[long]}" if short else f"{m.group('cur')}{m.group('num')} {long}"
        )
        yield flag(m.start(), m.end(), f"Write '{want}'.", want, safe=True)
    for m in finditer(doc, MONEY_WORDS, EVERYWHERE):
        cur = _CURRENCY_WORDS[m.group("cur")]
        unit = m.group("unit")
        want = f"{cur}{m.group('num')}{_SHORT[unit]}" if short else f"{cur}{m.group('num')} {unit}"
        yield flag(m.start(), m.end(), f"Write '{want}'.", want)


MILLION_FIGURE = matching.compile(
    r"(?P<num>[1-9])(?<![\w.,£$€¥][1-9])(?P<rest>[ \u00a0](?:million|billion|trillion)\b)"
)
MILLION_WORD = matching.compile(
    rf"\b(?P<num>{_SMALL_WORDS})(?P<rest>[ \u00a0](?:million|billion|trillion)\b)", re.IGNORECASE
)


@rule(
    "style.million-figures",
    "Millions without money: '5 million people' (AP) or 'five million people' (BBC).",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'millions, billions' (figures); BBC News style guide: numbers (five million people)",
    bad=["About five million people voted."],
    good=["About 5 million people voted.", "Five million people voted.", "He made a billion dollars."],
)
def million_figures(doc: Document, ctx: Context) -> Iterator[Finding]:
    """AP uses figures with million and billion: "5 million people". The BBC spells out the
    numbers below 10 as usual: "five million people" (and "10 billion grains of sand"). A
    sentence start is spelled out in either style, and money follows `style.money-millions`."""
    if preset_for(ctx).million_figures:
        for m in finditer(doc, MILLION_WORD):
            if sentence_start(doc, m.start()) or m.group("num")[:1].isupper():
                continue  # a sentence start, or a title ("DC One Million")
            value = SMALL.index(m.group("num").lower())
            yield flag(
                m.start("num"),
                m.end("num"),
                f"Use a figure with million and billion: '{value}{m.group('rest')}'.",
                str(value),
            )
        return
    prose = doc.prose
    for m in finditer(doc, MILLION_FIGURE):
        if sentence_start(doc, m.start()) or _linked_to_number(prose, m.start(), m.end("num")):
            continue
        if (
            prose[max(0, m.start() - 2) : m.start()].strip() in _CUR
            or next_word(doc, m.end()).lower().strip(".,") in _UNIT_AFTER
        ):
            continue  # money ("$ 2 million") or a unit ("3 million kg")
        word = SMALL[int(m.group("num"))]
        yield flag(m.start("num"), m.end("num"), f"Spell out '{word}{m.group('rest')}'.", word)


MONEY_CENTS = matching.compile(r"(?P<amount>[$£€¥]\d[\d,]*)(?P<zeros>\.00)(?![\d])")


@rule(
    "style.money-decimals",
    "No '.00' on whole sums: '$5', not '$5.00'.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'cents', 'dollars' ($4, not $4.00); BBC News style guide: money",
    bad=["Tickets cost $15.00 each."],
    good=["Tickets cost $15 each.", "Tickets cost $15.50 each."],
)
def money_decimals(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Whole sums drop the decimal point and zeros: "$15", "£8"."""
    for m in finditer(doc, MONEY_CENTS, EVERYWHERE, needs=CURRENCY):
        yield flag(m.start("zeros"), m.end("zeros"), f"Write '{m.group('amount')}'.", "", safe=True)


_RANGE_ITEM = r"[$£€¥]?\d(?:[\d,.]*\d)?(?:%|m|bn|[a-z]{0,3})?"
RANGE = matching.compile(
    rf"\b(?P<prep>[Ff]rom|[Bb]etween)[ \u00a0](?P<a>{_RANGE_ITEM})[ \u00a0]?(?P<dash>[-–])[ \u00a0]?(?P<b>{_RANGE_ITEM})(?![\w-])"
)


@rule(
    "style.range-preposition",
    "'from 5 to 10' and 'between 5 and 10', not 'from 5-10' or 'between 5-10'.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'numerals' (ranges: from $12 million to $14 million); BBC News style guide: numbers",
    bad=["Prices range from $5-$10.", "Between 20-30 people attended."],
    good=["Prices range from $5 to $10.", "Between 20 and 30 people attended.", "It was a 20-30 split."],
)
def range_preposition(doc: Document, ctx: Context) -> Iterator[Finding]:
    """A dash in a range replaces "to"; after "from" or "between" it mixes two constructions.
    Write "from 5 to 10" or "between 5 and 10" (or just "5-10")."""
    for m in finditer(doc, RANGE, EVERYWHERE):
        joiner = " to " if m.group("prep").lower() == "from" else " and "
        a, b = m.group("a"), m.group("b")
        if re.fullmatch(r"\d{4}", a) and re.fullmatch(r"\d{1,3}", b):
            b = a[: 4 - len(b)] + b  # "1994-96" -> "1994 to 1996"
        yield flag(m.end("a"), m.start("b"), f"Write '{m.group('prep')} {a}{joiner}{b}'.", joiner)


_AFTER_DECADE = frozenset("and or when as was were had saw in to with than through onwards until because".split())
DECADE = matching.compile(r"(?<![\w'’])(?P<decade>(?:1[0-9]|20)\d0|['’‘]\d0)(?P<apos>['’])s\b")


@rule(
    "style.decade-apostrophe",
    "No apostrophe in plural decades: '1990s', not '1990's'.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'years' and 'decades'; BBC News style guide: numbers",
    bad=["The club was founded in the 1890's.", "Sales peaked in the '80's."],
    good=["The club was founded in the 1890s.", "Sales peaked in the '80s.", "The 2010's budget was larger."],
)
def decade_apostrophe(doc: Document, ctx: Context) -> Iterator[Finding]:
    """A plural decade takes a plain "s": "the 1990s", "the '80s". The apostrophe before the
    "s" is only right for a possessive ("the 2010's budget": the budget of 2010), so after
    "the" the rule fires only when no noun follows; after "early", "mid" or "late", and in
    "'80's", it always fires."""
    for m in finditer(doc, DECADE, EVERYWHERE):
        short = m.group("decade")[0] in "'’‘"
        prev = previous_word(doc, m.start()).lower()
        nxt = next_word(doc, m.end()).lower()
        possessive = prev == "the" and nxt[:1].isalpha() and nxt.rstrip(",.;:") not in _AFTER_DECADE
        if short or prev in ("early", "mid", "mid-", "late") or (prev == "the" and not possessive):
            yield flag(
                m.start("apos"), m.end("apos"), f"Write '{m.group('decade')}s' without an apostrophe.", "", safe=True
            )


BIG_FIGURE = matching.compile(r"(?P<num>\d(?<![\w.,/:#£$€¥\-–]\d)\d{4,})(?![\w/:\-–]|[.,]\d)")
MONEY_FOUR = matching.compile(r"(?P<cur>[$£€¥])(?P<num>\d{4,})(?![\d,]|\.\d\d\d)")
_ID_BEFORE = frozenset(
    "no no. number code flight account id isbn zip postcode phone tel model serial case reference ref patent item call pin".split()
)


@rule(
    "style.thousands-separator",
    "Commas in large figures: '12,500', not '12500'.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'numerals' (commas in figures of 1,000 and up); BBC News style guide: numbers",
    bad=["The stadium holds 42000 fans.", "The fine was $2500."],
    good=["The stadium holds 42,000 fans.", "The fine was $2,500.", "Call flight 10234 now."],
)
def thousands_separator(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Figures of five digits or more, and sums of money from 1,000 up, take commas between
    groups of three. Four-digit figures without a currency are left alone (most are years), as
    are codes and labels ("flight 10234", "No 12345")."""
    for m in finditer(doc, BIG_FIGURE, EVERYWHERE):
        prev = previous_word(doc, m.start())
        if prev.lower() in _ID_BEFORE or (prev[:1].isupper() and prev[-1:].isalnum()):
            continue
        if next_word(doc, m.end())[:1].isupper():
            continue  # a postcode or a code: "10787 Berlin"
        want = _grouped(m.group("num"))
        yield flag(m.start(), m.end(), f"Write '{want}'.", want, safe=True)
    for m in finditer(doc, MONEY_FOUR, EVERYWHERE, needs=CURRENCY):
        want = _grouped(m.group("num"))
        yield flag(m.start("num"), m.end("num"), f"Write '{m.group('cur')}{want}'.", want, safe=True)


def _grouped(digits: str) -> str:
    """Digits in groups of three with commas, done on the string: int() refuses 4,300+ digits."""
    digits = digits.lstrip("0") or "0"
    head = len(digits) % 3 or 3
    return ",".join([digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))])
