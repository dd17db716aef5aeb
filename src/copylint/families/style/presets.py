"""Style presets: each is a coherent set of choices that the style rules read.

A preset does not only switch rules on and off: it tells a rule which of two forms is right
("percent" or "per cent", "Jan. 5" or "5 January", "U.S." or "US"). Every choice can also be
set on its own under ``style:`` in ``.copylint.yaml``, on top of the preset.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from copylint.rule import CheckError, Context


@dataclass(frozen=True)
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

DEFAULT_PRESET = "ap"

#: Option name in ``.copylint.yaml`` -> (Preset field, allowed values or type).
CHOICES: Mapping[str, tuple[str, Any]] = {
    "dates": ("dates", frozenset({"mdy", "dmy"})),
    "month-abbreviations": ("month_abbreviations", bool),
    "on-before-dates": ("on_before_dates", frozenset({"omit", "keep"})),
    "time": ("time", frozenset({"ap", "am-pm", "24-hour"})),
    "percent-sign": ("percent_sign", bool),
    "percent-word": ("percent_word", frozenset({"percent", "per cent"})),
    "money-millions": ("money_millions", frozenset({"million", "m"})),
    "million-figures": ("million_figures", bool),
    "more-than": ("more_than", bool),
    "toward": ("toward", frozenset({"toward", "towards"})),
    "serial-comma": ("serial_comma", bool),
    "dash": ("dash", frozenset({"spaced-em", "closed-em", "spaced-en"})),
    "abbreviation-periods": ("abbreviation_periods", bool),
    "title-periods": ("title_periods", bool),
    "courtesy-titles": ("courtesy_titles", bool),
    "punctuation-inside-quotes": ("punctuation_inside_quotes", bool),
    "headline-figures": ("headline_figures", bool),
    "headline-max-chars": ("headline_max_chars", int),
}

#: The ``style:`` section of ``.copylint.yaml``.
OPTIONS: Mapping[str, Mapping[str, Any]] = {
    "style": {
        "preset": frozenset(PRESETS),
        **{name: spec for name, (_field, spec) in CHOICES.items()},
        "house": dict,  # {avoid: preferred}: the house dictionary, besides vocabulary.reject
        "casing": list,  # preferred spellings and casings: ["iPhone", "Nizhny Novgorod"]
    }
}


#: The preset a British language setting implies when no preset is set.
BRITISH_PRESET = "bbc"


def preset_for(ctx: Context) -> Preset:
    """The preset named in ``style.preset`` with any single choices applied. Without one,
    ``language: en-GB`` means the British preset (``bbc``) and anything else ``ap``."""
    options = ctx.family_options("style")
    name = options.get("preset") or (BRITISH_PRESET if ctx.language == "en-GB" else DEFAULT_PRESET)
    if name not in PRESETS:
        raise CheckError(f"unknown style preset {name!r} (known: {', '.join(sorted(PRESETS))})")
    changes = {CHOICES[key][0]: value for key, value in options.items() if key in CHOICES}
    return replace(PRESETS[name], **changes) if changes else PRESETS[name]
