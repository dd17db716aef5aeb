"""Unsupported claims: statistics, generalisations, superlatives and vague sources with no named source.

- :mod:`.lexicon`      cue patterns (vague sources, passives, quantifiers, superlatives...)
- :mod:`.numbers`      which numbers are statistics about the world (not dates, ages, scores)
- :mod:`.attribution`  does a sentence (or its paragraph) name a source for what it asserts?
- :mod:`.options`      the ``claims:`` options
- :mod:`.rules`        the rules themselves
"""

from __future__ import annotations

from functools import cache
from typing import Any

from copylint.families.claims.options import ClaimsOptions
from copylint.family import Family, rules_in

# FAMILY is built on first use (see copylint.ruleindex): importing the package, its options
# or one of its modules does not import every rule of the family.


@cache
def _family() -> Family:
    return Family(
        name="claims",
        summary="Assertions that need a source (statistics, trends, superlatives) and sources that are not sources.",
        options=ClaimsOptions,
        skip_quotes=True,
        priority=40,
        rules=rules_in(__name__),
    )


def __getattr__(name: str) -> Any:
    if name == "FAMILY":
        return _family()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
