"""Unsupported claims: statistics, generalisations, superlatives and vague sources with no named source.

- :mod:`.lexicon`      cue patterns (vague sources, passives, quantifiers, superlatives...)
- :mod:`.numbers`      which numbers are statistics about the world (not dates, ages, scores)
- :mod:`.attribution`  does a sentence (or its paragraph) name a source for what it asserts?
- :mod:`.options`      the ``claims:`` options
- :mod:`.rules`        the rules themselves
"""

from __future__ import annotations

from copylint.families.claims.options import ClaimsOptions
from copylint.family import lazy_family

# FAMILY is built on first use (see copylint.family.lazy_family).
__getattr__ = lazy_family(
    __name__,
    name="claims",
    summary="Assertions that need a source (statistics, trends, superlatives) and sources that are not sources.",
    options=ClaimsOptions,
    skip_quotes=True,
    priority=40,
)
