"""Newsroom style: AP and British presets over dates, times, numbers, usage, punctuation,
titles, headlines, and a house dictionary. ``copylint.families.style`` registers ``RULES``."""

from __future__ import annotations

from copylint.families.style import dates, headlines, house, names, numbers, punctuation, times, usage
from copylint.families.style.presets import OPTIONS, PRESETS, Preset, preset_for

RULES = (
    *dates.RULES,
    *times.RULES,
    *numbers.RULES,
    *usage.RULES,
    *punctuation.RULES,
    *names.RULES,
    *headlines.RULES,
    *house.RULES,
)

__all__ = ["OPTIONS", "PRESETS", "RULES", "Preset", "preset_for"]
