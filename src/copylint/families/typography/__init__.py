"""Typography: spacing, punctuation and quote marks (``rules.py`` and ``rules/typography.yaml``)."""

from __future__ import annotations

from copylint.family import Family, rules_in

FAMILY = Family(
    name="typography",
    summary="Typography: doubled spaces, stray spaces around punctuation, mixed straight and curly quotes.",
    priority=60,
    rules=rules_in(__name__),
    packs=("typography.yaml",),
)
