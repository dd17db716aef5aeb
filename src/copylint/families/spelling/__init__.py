"""Spelling: unknown words against the en-US or en-GB dictionary with a news-aware name policy,
and the config's rejected words (``vocabulary``). Rules: :mod:`.rules`."""

from __future__ import annotations

from copylint.family import lazy_family

# FAMILY is built on first use (see copylint.family.lazy_family).
__getattr__ = lazy_family(
    __name__,
    name="spelling",
    summary="Misspelt words (en-US or en-GB dictionary) without flagging the names news copy is full of, and rejected words.",
    priority=10,
)
