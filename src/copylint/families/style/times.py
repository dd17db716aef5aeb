"""Clock times: the preset's form, noon and midnight, and "8 a.m. this morning"."""

from __future__ import annotations

from collections.abc import Iterator

from copylint import matching
from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.style.common import finditer, flag
from copylint.families.style.presets import preset_for
from copylint.rule import Context, rule

#: "8 a.m.", "8am", "8.30 PM", "08:00 a.m." (a 12-hour time with its marker)
TIME = matching.compile(
    r"(?<![\w.:£$€,/])(?P<hour>1[0-2]|0?[1-9])(?:(?P<sep>[:.])(?P<min>[0-5]\d))?(?P<space>[ \u00a0]?)"
    r"(?P<mer>(?P<ap>[aApP])\.?[mM]\b\.?)(?!\w)"
)
REDUNDANT = matching.compile(
    TIME.pattern
    + r"(?P<extra>[ \u00a0]+(?:this (?:morning|afternoon|evening)|tonight|in the (?:morning|afternoon|evening)|at night|o['’]clock))\b"
)
TWELVE = matching.compile(
    # The look-behind comes after the "1", so that re can skip ahead to it.
    r"1(?<![\w.:£$€,/]1)2(?:[:.]00)?[ \u00a0]?(?:(?P<noon>noon|midday)|(?P<midnight>midnight)|(?P<mer>(?P<ap>[aApP])\.?[mM]\b\.?))(?!\w)"
)

_SOURCE = "AP Stylebook: 'a.m., p.m.', 'times'; BBC News style guide: time references (24-hour clock)"


def _canonical(hour: int, minutes: str | None, pm: bool, style: str) -> str:
    mins = None if minutes in (None, "00") else minutes
    if style == "24-hour":
        h24 = hour % 12 + (12 if pm else 0)
        return f"{h24:02d}:{minutes or '00'}"
    if style == "am-pm":
        return f"{hour}{'.' + mins if mins else ''}{'pm' if pm else 'am'}"
    return f"{hour}{':' + mins if mins else ''} {'p.m.' if pm else 'a.m.'}"


def _ends_sentence(prose: str, end: int) -> bool:
    after = prose[end : end + 2]
    return not after.strip() or (after[0].isspace() and not (after[1].islower() or after[1].isdigit()))


@rule(
    "style.time-format",
    "Clock times in the preset's form: '8:30 p.m.' (AP), '20:30' (BBC) or '8.30pm'.",
    severity="warning",
    fixable=True,
    source=_SOURCE,
    bad=["The polls close at 10PM.", "Doors open at 7:00 a.m."],
    good=["The polls close at 10 p.m.", "Doors open at 7 a.m."],
)
def time_format(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a clock time that is not in the preset's form. AP writes lower-case "a.m." and
    "p.m." with periods and a space, and leaves off ":00" ("7 a.m.", "8:30 p.m."). The BBC uses
    the 24-hour clock with a colon ("07:00", "20:30", labelled GMT or BST). The `am-pm` choice
    is the British print form ("7am", "8.30pm"). Twelve o'clock is left to
    `style.noon-midnight`."""
    style = preset_for(ctx).time
    for m in finditer(doc, TIME):
        hour = int(m.group("hour"))
        if hour == 12 and m.group("min") in (None, "00"):
            continue
        want = _canonical(hour, m.group("min"), m.group("ap").lower() == "p", style)
        written = m.group()
        replacement = want
        if written.endswith(".") and not want.endswith(".") and _ends_sentence(doc.prose, m.end()):
            replacement += "."  # the period also ends the sentence
        if written == replacement:
            continue
        yield flag(m.start(), m.end(), f"Write '{want}'.", replacement, safe=style != "24-hour")


@rule(
    "style.noon-midnight",
    "Write 'noon' or 'midnight', not '12 p.m.', '12am' or '12 noon'.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'noon', 'midnight'; BBC News style guide: time references",
    bad=["The deadline is 12 p.m. on Friday.", "The vigil ends at 12 midnight."],
    good=["The deadline is noon Friday.", "The vigil ends at midnight."],
)
def noon_midnight(doc: Document, ctx: Context) -> Iterator[Finding]:
    """ "12 p.m." and "12 a.m." are routinely misread (is 12 a.m. the start or the end of the
    day?), and "12 noon" says it twice. AP writes "noon" and "midnight"; the BBC writes
    "midday" and "midnight" or the 24-hour clock ("12:00", "00:00")."""
    bbc = preset_for(ctx).time == "24-hour"
    noon = "midday" if bbc else "noon"
    for m in finditer(doc, TWELVE):
        if m.group("noon") or m.group("midnight"):
            word = m.group("noon") or m.group("midnight")
            yield flag(m.start(), m.end(), f"'{m.group()}' is redundant: write '{word}'.", word, safe=True)
            continue
        is_noon = m.group("ap").lower() == "p"
        word = noon if is_noon else "midnight"
        if bbc:
            clock = "12:00" if is_noon else "00:00"
            yield flag(
                m.start(), m.end(), f"Write '{word}' or '{clock}', not '{m.group()}'.", suggestions=(word, clock)
            )
        else:
            yield flag(m.start(), m.end(), f"Write '{word}', not '{m.group()}'.", word)


@rule(
    "style.time-redundant",
    "No 'this morning' or 'in the evening' after a time that already says a.m. or p.m.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'a.m., p.m.' (avoid redundancy)",
    bad=["The fire started at 8 a.m. this morning.", "He left at 10 p.m. at night."],
    good=["The fire started at 8 a.m. Monday.", "He left at 10 p.m."],
)
def time_redundant(doc: Document, ctx: Context) -> Iterator[Finding]:
    """ "8 a.m. this morning", "10 p.m. tonight", "6pm in the evening" and "5 o'clock p.m." say
    the part of the day twice. Keep the time and give the day instead ("8 a.m. Monday", or
    "at 08:00 on Monday" in BBC style)."""
    for m in finditer(doc, REDUNDANT):
        extra = m.group("extra")
        yield flag(
            m.start("extra"), m.end("extra"), f"'{extra.strip()}' repeats what '{m.group('mer')}' says.", "", safe=True
        )
