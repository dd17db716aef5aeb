"""The ``claims:`` section of ``.copylint.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from copylint.family import option
from copylint.frozen import compared


@compared
@dataclass(frozen=True, eq=False, repr=False)
class ClaimsOptions:
    """Where a claim's source may be, and how broad the weasel-word tests are."""

    attribution_scope: Literal["sentence", "previous", "paragraph"] = option(
        "paragraph", "Where a claim's named source may be: its sentence, also the one before, or its paragraph."
    )
    quote_min_words: int = option(
        6, "Quotations shorter than this (and with no sentence punctuation) are not direct speech."
    )
    headlines: bool = option(False, "Check headlines and headings too (by default only body copy is checked).")
    quantifiers: Literal["groups", "all"] = option(
        "groups",
        "vague-quantifier: 'groups' of people and sources, or 'all' plurals (weasel test for encyclopedic copy; noisy on news).",
    )
    profile: Literal["news", "encyclopedic"] = option(
        "news",
        "'news': named sources nearby support a claim; 'encyclopedic': the words-to-watch test of reference copy"
        " (only a citation or link on the sentence supports it).",
    )
