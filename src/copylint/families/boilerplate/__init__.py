"""Leftovers of scraped pages. The rules are the YAML pack ``rules/boilerplate.yaml``."""

from __future__ import annotations

from copylint.family import Family

FAMILY = Family(
    name="boilerplate",
    summary="Leftovers of scraped pages: share buttons, cookie notices, related-story links, photo credits.",
    priority=70,
    packs=("boilerplate.yaml",),
)
