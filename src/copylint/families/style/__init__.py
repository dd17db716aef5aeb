"""Newsroom style: AP and British presets over dates, times, numbers, usage, punctuation,
titles, headlines, and a house dictionary (options: :class:`.presets.StyleOptions`)."""

from __future__ import annotations

from copylint.families.style.presets import PRESETS, Preset, StyleOptions, preset_for
from copylint.family import lazy_family

# FAMILY is built on first use (see copylint.family.lazy_family).
__getattr__ = lazy_family(
    __name__,
    name="style",
    summary="Newsroom style presets (AP, BBC) over dates, times, numbers, usage, punctuation, titles and headlines, and a house dictionary.",
    options=StyleOptions,
    skip_quotes=True,
    priority=30,
)

__all__ = ["FAMILY", "PRESETS", "Preset", "StyleOptions", "preset_for"]
