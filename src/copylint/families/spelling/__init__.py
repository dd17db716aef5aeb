"""Spelling: unknown words against the en-US or en-GB dictionary with a news-aware name policy,
and the config's rejected words (``vocabulary``). Rules: :mod:`.rules`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from copylint.family import lazy_family

if TYPE_CHECKING:
    from copylint.rule import Rule


def _rules() -> tuple[Rule, ...]:
    """The rules of :mod:`.rules` (the other modules hold the dictionary and no rule): building
    the family imports the dictionary's modules only when unknown-word first runs."""
    from copylint.families.spelling.rules import RULES

    return RULES


# FAMILY is built on first use (see copylint.family.lazy_family).
__getattr__ = lazy_family(
    __name__,
    rules=_rules,
    name="spelling",
    summary="Misspelt words (en-US or en-GB dictionary) without flagging the names news copy is full of, and rejected words.",
    priority=10,
)
