"""Typography: spacing, punctuation and quote marks (``rules.py`` and ``rules/typography.yaml``)."""

from __future__ import annotations

from functools import cache
from typing import Any

from copylint.family import Family, rules_in

# FAMILY is built on first use (see copylint.ruleindex): importing the package, its options
# or one of its modules does not import every rule of the family.


@cache
def _family() -> Family:
    return Family(
        name="typography",
        summary="Typography: doubled spaces, stray spaces around punctuation, mixed straight and curly quotes.",
        priority=60,
        rules=rules_in(__name__),
        packs=("typography.yaml",),
    )


def __getattr__(name: str) -> Any:
    if name == "FAMILY":
        return _family()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
