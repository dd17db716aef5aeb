"""Spelling: unknown words against the en-US or en-GB dictionary with a news-aware name policy,
and the config's rejected words (``vocabulary``). Rules: :mod:`.rules`."""

from __future__ import annotations

from functools import cache
from typing import Any

from copylint.family import Family, rules_in

# FAMILY is built on first use (see copylint.ruleindex): importing the package, its options
# or one of its modules does not import every rule of the family.


@cache
def _family() -> Family:
    return Family(
        name="spelling",
        summary="Misspelt words (en-US or en-GB dictionary) without flagging the names news copy is full of, and rejected words.",
        priority=10,
        rules=rules_in(__name__),
    )


def __getattr__(name: str) -> Any:
    if name == "FAMILY":
        return _family()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
