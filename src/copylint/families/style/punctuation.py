"""Punctuation choices: serial comma, dashes, periods in abbreviations and titles, and commas
and periods at a closing quotation mark."""

from __future__ import annotations

from collections.abc import Iterator

from copylint import matching
from copylint.diagnostic import Edit, Finding, Span
from copylint.document import Document
from copylint.families.style.common import BODY, EVERYWHERE, blocks, finditer, flag, in_headline
from copylint.families.style.names import second_references
from copylint.families.style.presets import preset_for
from copylint.rule import Context, rule
from copylint.toolkit import suggest

_LOWER_ITEM = r"[a-z][a-z'’-]*"
_NAME_ITEM = r"[A-Z][A-Za-z'’-]*(?:[ \u00a0][A-Z][A-Za-z'’-]*){0,2}"
_FULL = {True: matching.compile(_LOWER_ITEM + "$"), False: matching.compile(_NAME_ITEM + "$")}
_TRAILING = {
    True: matching.compile(rf"(?<![\w'’-]){_LOWER_ITEM}$"),
    False: matching.compile(rf"(?<![\w'’-]){_NAME_ITEM}$"),
}
#: ", and red" (a serial comma) / "white and blue" (a conjunction after the last item)
CONJ_WITH_COMMA = matching.compile(r"(?P<comma>,) (?P<conj>and|or) (?P<last>[A-Za-z][\w'’-]*)\b")
# The look-behinds come after the first character, so that re can skip ahead to it.
CONJ_WITHOUT_COMMA = matching.compile(r" (?<=[\w'’-] )(?P<conj>and|or) (?P<last>[A-Za-z][\w'’-]*)\b")
_MAX_ITEMS = 15
_NOT_ITEMS = frozenset(
    """however therefore meanwhile though too also instead indeed say said says yes no well now then so
    but and or the a an he she it they we you i his her its their our this that these those who which
    what when where while if as is was are were be been has have had do does did will would can could
    may might must should not""".split()
)


def _series_before(text: str, lower: bool) -> list[str] | None:
    """The items of a comma series ending ``text`` ("red, white" -> [red, white]), if two or more.

    Reads backwards from the end, so a long sentence costs one pass."""
    pieces = text[-400:].split(", ")[-_MAX_ITEMS:]
    if len(pieces) < 2:
        return None
    items: list[str] = []
    for index in range(len(pieces) - 1, -1, -1):
        piece = pieces[index]
        if index > 0 and _FULL[lower].match(piece):
            items.append(piece)
            continue
        m = _TRAILING[lower].search(piece)
        if m:
            items.append(m.group())
        break
    return items[::-1] if len(items) >= 2 else None


def _simple_series(items: list[str], last: str, lower: bool) -> bool:
    words = [w.lower() for item in items for w in item.split()] + [last.lower()]
    if any(w in _NOT_ITEMS for w in words):
        return False
    if len(items) == 2 and items[1].isupper() and len(items[1]) <= 3:
        return False  # "in Oxford, UK, and Nokia ...": a place and its country, then a clause
    if lower:
        return last[:1].islower()
    return last[:1].isupper()


@rule(
    "style.serial-comma",
    "The comma before 'and' in a simple series: none in AP and BBC style, one in Oxford style.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'comma' (simple series); BBC News style guide: commas; Chicago Manual of Style 6.19 (serial comma)",
    bad=["The flag is red, white, and blue."],
    good=["The flag is red, white and blue.", "He came, he saw, and he left."],
)
def serial_comma(doc: Document, ctx: Context) -> Iterator[Finding]:
    """AP and British news styles leave out the comma before the final "and" or "or" of a
    simple series ("red, white and blue"); a house that uses the serial (Oxford) comma sets
    `serial-comma: true`, and the rule then asks for it. Only simple series are checked:
    three or more single words or names. Series of phrases and clauses, where AP itself allows
    the comma for clarity, are left alone."""
    want = preset_for(ctx).serial_comma
    prose = doc.prose
    for span in blocks(doc, BODY):
        for m in (CONJ_WITHOUT_COMMA if want else CONJ_WITH_COMMA).finditer(prose, span.start, span.end):
            before = prose[max(span.start, m.start() - 400) : m.start()]
            for lower in (True, False):
                items = _series_before(before, lower)
                if items and _simple_series(items, m.group("last"), lower):
                    break
            else:
                continue
            if want:
                yield flag(
                    m.start(), m.start(), f"Put a comma before '{m.group('conj')}' in a series (serial comma).", ","
                )
            else:
                yield flag(
                    m.start("comma"), m.end("comma"), f"No comma before '{m.group('conj')}' in a simple series.", ""
                )


EM_DASH = matching.compile(r"(?P<before>[ \u00a0]?)(?P<dash>—|--)(?P<after>[ \u00a0]?)(?=\S)")
SPACED_EN = matching.compile(r"(?P<before>[ \u00a0])(?<=\w[ \u00a0])(?P<dash>–)(?P<after>[ \u00a0])(?=\w)")
#: Every match of EM_DASH holds one of these (SPACED_EN: an en dash): most copy has neither.
_EM_DASH_NEEDS = ("—", "--")


@rule(
    "style.dash",
    "Dashes in the preset's form: spaced em dash (AP), closed em dash, or spaced en dash (British).",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'dash' (spaces on both sides); BBC House Style and Writing Guidelines: 'Dash (en rule)'",
    bad=["The plan—announced last week—was dropped."],
    good=["The plan — announced last week — was dropped."],
)
def dash(doc: Document, ctx: Context) -> Iterator[Finding]:
    """A dash that sets off a phrase is written three ways. AP uses an em dash with a space on
    each side ("a — b"); American book style closes it up ("a—b", `dash: closed-em`); British
    styles, the BBC's included, use a spaced en dash ("a – b"). Flags em dashes, double
    hyphens and spaced en dashes that are not in the preset's form. Spaced hyphens and
    number ranges are left to other rules."""
    style = preset_for(ctx).dash
    want = {"spaced-em": " — ", "closed-em": "—", "spaced-en": " – "}[style]
    prose = doc.prose
    for m in finditer(doc, EM_DASH, EVERYWHERE, needs=_EM_DASH_NEEDS):
        start, end = m.span()
        if start == 0 or prose[start - 1] in "\n\t" or (not m.group("before") and prose[start - 1] == " "):
            continue  # a dash opening a line (dialogue, a list) is not a dash between words
        if prose[start - 1 : start].isdigit() and prose[end : end + 1].isdigit():
            continue  # "1852--1912": a range, not a dash
        if m.group() != want:
            yield flag(start, end, f"Write the dash as '{want.strip() if style == 'closed-em' else want}'.", want)
    if style != "spaced-en":
        for m in finditer(doc, SPACED_EN, EVERYWHERE, needs=("–",)):
            yield flag(m.start(), m.end(), f"Write the dash as '{want}'.", want)


ABBREV_BARE = matching.compile(r"\b(?P<a>U)(?P<b>S|N|K)\b(?![$]|\.\w|[ \u00a0]\d)")
ABBREV_DOTTED = matching.compile(r"\b(?P<a>U)\.(?P<b>S|N|K)\.(?:(?P<c>A)\.)?")


@rule(
    "style.abbreviation-periods",
    "'U.S.', 'U.N.', 'U.K.' in AP body text; 'US', 'UN', 'UK' in British style.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'U.S.', 'U.N.', 'United Kingdom'; BBC News style guide: abbreviations (no full stops)",
    bad=["The US economy grew in the third quarter."],
    good=["The U.S. economy grew in the third quarter.", "US ECONOMY GROWS"],
)
def abbreviation_periods(doc: Document, ctx: Context) -> Iterator[Finding]:
    """AP writes "U.S.", "U.N." and "U.K." with periods in body text (headlines drop them:
    "US"). British styles use no full stops in abbreviations: "US", "UN", "UK"."""
    periods = preset_for(ctx).abbreviation_periods
    prose = doc.prose
    if periods:
        for m in finditer(doc, ABBREV_BARE, BODY):
            around = prose[max(0, m.start() - 12) : m.end() + 12]
            if sum(c.islower() for c in around) < 3:
                continue  # an all-capitals line: "US" may be the pronoun
            want = f"U.{m.group('b')}."
            replacement = want[:-1] if prose[m.end() : m.end() + 1] == "." else want
            yield flag(m.start(), m.end(), f"Write '{want}' in body text.", replacement, safe=True)
        return
    for m in finditer(doc, ABBREV_DOTTED, EVERYWHERE):
        want = "U" + m.group("b") + (m.group("c") or "")
        end = m.end()
        index = doc.sentence_index(m.start())
        if index is not None and doc.sentences[index].span.end == end:
            end -= 1  # the last full stop also ends the sentence: keep it
        yield flag(m.start(), end, f"Write '{want}' without full stops.", want, safe=True)


TITLES_DOTTED = matching.compile(
    r"\b(?P<t>Mr|Mrs|Ms|Dr|St|Prof|Rev|Sgt|Lt|Col|Gen|Capt|Supt|Insp|Det|Gov|Sen|Rep)\.(?=[ \u00a0][A-Z])"
)
TITLES_BARE = matching.compile(r"\b(?P<t>Mr|Mrs|Ms|Dr|St|Rev|Sgt|Lt|Col|Gen|Capt|Gov|Sen|Rep)(?=[ \u00a0][A-Z][a-z])")


@rule(
    "style.title-periods",
    "'Dr.', 'Mr.', 'St.' with a period (American) or 'Dr', 'Mr', 'St' without (British).",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'doctor', 'titles', 'saint'; BBC News style guide: abbreviations (Mr, Dr: no full stop)",
    bad=["Dr Jane Smith led the study."],
    good=["Dr. Jane Smith led the study.", "The St. Louis team won."],
)
def title_periods(doc: Document, ctx: Context) -> Iterator[Finding]:
    """American styles put a period after an abbreviated title ("Dr. Smith", "Gov. Brown",
    "St. Louis"); British styles drop the full stop from contractions that end with the
    word's last letter ("Dr Smith", "Mr Brown", "St Albans")."""
    periods = preset_for(ctx).title_periods
    if not periods:
        for m in finditer(doc, TITLES_DOTTED, EVERYWHERE):
            yield flag(m.end("t"), m.end("t") + 1, f"Write '{m.group('t')}' without a full stop.", "", safe=True)
        return
    courtesy = preset_for(ctx).courtesy_titles
    later = {m.start() for m in second_references(doc)}  # AP drops these: style.second-reference
    for m in finditer(doc, TITLES_BARE, EVERYWHERE):
        if m.start() in later:
            continue
        if not courtesy and m.group("t") in ("Mr", "Mrs", "Ms"):
            continue  # AP drops courtesy titles altogether: style.courtesy-title
        yield flag(m.start(), m.end(), f"Write '{m.group('t')}.' with a period.", m.group("t") + ".", safe=True)


@rule(
    "style.quote-punctuation",
    "Commas and periods go inside closing quotation marks (American style).",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'quotation marks' (placement with other punctuation)",
    skip_quotes=False,  # it judges the closing mark and what follows, not the quoted words
    bad=['The mayor called the plan "reckless".'],
    good=['The mayor called the plan "reckless."', 'Did he say "reckless"?'],
)
def quote_punctuation(doc: Document, ctx: Context) -> Iterator[Finding]:
    """In American style the period and the comma always go inside the closing quotation
    mark: 'called the plan "reckless."' British styles place them by sense, so the `bbc`
    preset does not run this check."""
    if not preset_for(ctx).punctuation_inside_quotes:
        return
    prose = doc.prose
    for quote in doc.quotes:
        end = quote.end
        if end >= len(prose) or prose[end] not in ".," or prose[end - 1] not in "\"”'’":
            continue
        if prose[end - 2 : end - 1] in (".", ",", "?", "!", "'", "’", '"', "”"):
            continue  # already punctuated inside, or nested quotes
        if in_headline(doc, end) or prose[end : end + 3] == "...":
            continue
        mark, punct = prose[end - 1], prose[end]
        yield suggest(
            Span(end - 1, end + 1),
            f"Put the '{punct}' inside the closing quotation mark.",
            punct + mark,
            safe=True,
            edit=Edit(Span(end - 1, end + 1), punct + mark),
        )
