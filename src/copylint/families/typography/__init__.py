"""Typography: spacing, punctuation and quote marks (``rules.py`` and ``rules/typography.yaml``)."""

from __future__ import annotations

from copylint.family import lazy_family

# FAMILY is built on first use (see copylint.family.lazy_family).
__getattr__ = lazy_family(
    __name__,
    name="typography",
    summary="Typography: doubled spaces, stray spaces around punctuation, mixed straight and curly quotes.",
    priority=60,
    packs=("typography.yaml",),
)
