"""Style presets: each is a coherent set of choices that the style rules read.

A preset does not only switch rules on and off: it tells a rule which of two forms is right
("percent" or "per cent", "Jan. 5" or "5 January", "U.S." or "US"). Every choice can also be
set on its own under ``style:`` in ``.copylint.yaml``, on top of the preset.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from types import MappingProxyType
from typing import Any, Literal

from copylint.family import option
from copylint.frozen import compared
from copylint.rule import Context


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Preset:
    """The choices a newsroom style guide makes where guides disagree."""

    name: str
    #: "mdy" (Jan. 5, 2004) or "dmy" (5 January 2004).
    dates: str
    #: Abbreviate Jan., Feb., Aug., Sept., Oct., Nov., Dec. when used with a date (AP).
    month_abbreviations: bool
    #: "omit" (AP: "met Tuesday") or "keep" (BBC: "met on Tuesday") "on" before a day or date.
    on_before_dates: str
    #: "ap" (8:30 p.m.), "am-pm" (8.30pm) or "24-hour" (20:30).
    time: str
    #: Figures take the sign: 5% rather than 5 percent.
    percent_sign: bool
    #: The word where a percentage is written out: "percent" or "per cent".
    percent_word: str
    #: Money in millions: "million" ($12 million) or "m" (£12m, $3bn).
    money_millions: str
    #: Figures with million/billion below 10 (AP: 5 million people; BBC: five million people).
    million_figures: bool
    #: Prefer "more than" to "over" with figures.
    more_than: bool
    #: "toward" (AP) or "towards" (British).
    toward: str
    #: Comma before the conjunction in a simple series.
    serial_comma: bool
    #: "spaced-em" (AP: a — b), "closed-em" (a—b) or "spaced-en" (British: a – b).
    dash: str
    #: Periods in U.S., U.N., U.K. (AP body text) or none (US, UN, UK).
    abbreviation_periods: bool
    #: Periods after Dr., Mr., Mrs., St. (American) or none (British: Dr, Mr).
    title_periods: bool
    #: Courtesy titles (Mr, Mrs, Ms) on later references are house style.
    courtesy_titles: bool
    #: Commas and periods always go inside closing quotation marks (American).
    punctuation_inside_quotes: bool
    #: A headline may start with a figure.
    headline_figures: bool
    #: Longest headline, in characters.
    headline_max_chars: int


PRESETS: Mapping[str, Preset] = {
    "ap": Preset(
        name="ap",
        dates="mdy",
        month_abbreviations=True,
        on_before_dates="omit",
        time="ap",
        percent_sign=True,
        percent_word="percent",
        money_millions="million",
        million_figures=True,
        more_than=False,
        toward="toward",
        serial_comma=False,
        dash="spaced-em",
        abbreviation_periods=True,
        title_periods=True,
        courtesy_titles=False,
        punctuation_inside_quotes=True,
        headline_figures=True,
        headline_max_chars=80,
    ),
    "bbc": Preset(
        name="bbc",
        dates="dmy",
        month_abbreviations=False,
        on_before_dates="keep",
        time="24-hour",
        percent_sign=True,
        percent_word="per cent",
        money_millions="m",
        million_figures=False,
        more_than=True,
        toward="towards",
        serial_comma=False,
        dash="spaced-en",
        abbreviation_periods=False,
        title_periods=False,
        courtesy_titles=True,
        punctuation_inside_quotes=False,
        headline_figures=False,
        headline_max_chars=55,
    ),
}


def _choice(doc: str) -> Any:
    return option(None, doc + " Default: the preset's.")


@compared
@dataclass(frozen=True, eq=False, repr=False)
class StyleOptions:
    """The ``style:`` section: a preset, any of its choices on their own, and the house dictionary."""

    preset: Literal["ap", "bbc"] = option("ap", "The newsroom style guide whose choices apply (ap or bbc).")
    dates: Literal["mdy", "dmy"] | None = _choice("'mdy' (Jan. 5, 2004) or 'dmy' (5 January 2004).")
    month_abbreviations: bool | None = _choice("Abbreviate Jan., Feb., Aug., Sept., Oct., Nov., Dec. with a date (AP).")
    on_before_dates: Literal["omit", "keep"] | None = _choice(
        "'omit' (AP: 'met Tuesday') or 'keep' (BBC: 'met on Tuesday')."
    )
    time: Literal["ap", "am-pm", "24-hour"] | None = _choice("'ap' (8:30 p.m.), 'am-pm' (8.30pm) or '24-hour' (20:30).")
    percent_sign: bool | None = _choice("Figures take the sign: 5% rather than 5 percent.")
    percent_word: Literal["percent", "per cent"] | None = _choice("The word where a percentage is written out.")
    money_millions: Literal["million", "m"] | None = _choice(
        "Money in millions: 'million' ($12 million) or 'm' (£12m, $3bn)."
    )
    million_figures: bool | None = _choice(
        "Figures with million/billion below 10 (AP: 5 million people; BBC: five million)."
    )
    more_than: bool | None = _choice("Prefer 'more than' to 'over' with figures.")
    toward: Literal["toward", "towards"] | None = _choice("'toward' (AP) or 'towards' (British).")
    serial_comma: bool | None = _choice("Comma before the conjunction in a simple series.")
    dash: Literal["spaced-em", "closed-em", "spaced-en"] | None = _choice(
        "'spaced-em' (a — b), 'closed-em' (a—b) or 'spaced-en' (a – b)."
    )
    abbreviation_periods: bool | None = _choice("Periods in U.S., U.N., U.K. (AP body text) or none (US, UN, UK).")
    title_periods: bool | None = _choice("Periods after Dr., Mr., Mrs., St. (American) or none (British).")
    courtesy_titles: bool | None = _choice("Courtesy titles (Mr, Mrs, Ms) on later references are house style.")
    punctuation_inside_quotes: bool | None = _choice(
        "Commas and periods always go inside closing quotation marks (American)."
    )
    headline_figures: bool | None = _choice("A headline may start with a figure.")
    headline_max_chars: int | None = _choice("Longest headline, in characters.")
    house: Mapping[str, str | None] = option(
        MappingProxyType({}),
        "The house dictionary {avoid: preferred} (null: no preferred form), besides vocabulary.reject.",
    )
    casing: tuple[str, ...] = option(
        (), "Preferred spellings and casings of names and terms: [iPhone, Nizhny Novgorod]."
    )


#: The preset choices that ``style:`` can set one by one (every Preset field but its name).
CHOICES: tuple[str, ...] = tuple(f.name for f in fields(Preset) if f.name != "name")
# StyleOptions.preset lists PRESETS: tests/test_style.py checks it (not at import: resolving the
# annotations cost every run a millisecond or two).


#: The preset a British language setting implies when no preset is set.
BRITISH_PRESET = "bbc"


#: The last contexts' presets, by identity (a run passes the same Context to every rule and to
#: every file with the same configuration; some 40 style rules ask for it per file).
_SEEN: dict[int, tuple[Context, Preset]] = {}
_MAX_SEEN = 16


def preset_for(ctx: Context) -> Preset:
    """The preset named in ``style.preset`` with any single choices applied. Without one,
    ``language: en-GB`` means the British preset (``bbc``) and anything else ``ap``."""
    seen = _SEEN.get(id(ctx))
    if seen is not None and seen[0] is ctx:
        return seen[1]
    preset = _preset_for(ctx)
    if len(_SEEN) >= _MAX_SEEN:
        _SEEN.clear()
    _SEEN[id(ctx)] = (ctx, preset)
    return preset


def _preset_for(ctx: Context) -> Preset:
    options = ctx.options_for(StyleOptions)
    explicit = ctx.family_options("style").get("preset")
    base = PRESETS[options.preset if explicit or ctx.language != "en-GB" else BRITISH_PRESET]
    changes = {name: value for name in CHOICES if (value := getattr(options, name)) is not None}
    return replace(base, **changes) if changes else base
