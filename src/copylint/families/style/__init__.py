"""Newsroom style: AP and British presets over dates, times, numbers, usage, punctuation,
titles, headlines, and a house dictionary (options: :class:`.presets.StyleOptions`)."""

from __future__ import annotations

from functools import cache
from typing import Any

from copylint.families.style.presets import PRESETS, Preset, StyleOptions, preset_for
from copylint.family import Family, rules_in

# FAMILY is built on first use (see copylint.ruleindex): importing the package, its options
# or one of its modules does not import every rule of the family.


@cache
def _family() -> Family:
    return Family(
        name="style",
        summary="Newsroom style presets (AP, BBC) over dates, times, numbers, usage, punctuation, titles and headlines, and a house dictionary.",
        options=StyleOptions,
        skip_quotes=True,
        priority=30,
        rules=rules_in(__name__),
    )


def __getattr__(name: str) -> Any:
    if name == "FAMILY":
        return _family()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["FAMILY", "PRESETS", "Preset", "StyleOptions", "preset_for"]
