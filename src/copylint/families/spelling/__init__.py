"""Spelling: unknown words against the en-US or en-GB dictionary with a news-aware name policy,
and the config's rejected words (``vocabulary``). Rules: :mod:`.rules`."""

from __future__ import annotations

from copylint.family import Family, rules_in

FAMILY = Family(
    name="spelling",
    summary="Misspelt words (en-US or en-GB dictionary) without flagging the names news copy is full of, and rejected words.",
    priority=10,
    rules=rules_in(__name__),
)
