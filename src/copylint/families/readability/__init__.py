"""Readability measures shared by the ``readability`` checks and ``copylint stats``.

Scores follow textstat's formulas, but every count comes from the Document's own segmentation:
a sentence is what ``Document.sentences`` cut, a word is a ``Document.tokens`` token.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from copylint.families.readability.options import ReadabilityOptions
from copylint.families.readability.syllables import is_easy_word, syllables
from copylint.family import Family, rules_in

#: The measures re-exported here, imported on first use (the rule index imports this package
#: for its options: a run with the readability rules off need not load the measures). The
#: syllable counter stays eager: its module and its function share the name ``syllables``.
_LAZY = {
    "BODY_KINDS": "measure",
    "Counts": "measure",
    "SentenceCounts": "measure",
    "body_counts": "measure",
    "measure_sentences": "measure",
}

__all__ = [
    "BODY_KINDS",
    "FAMILY",
    "Counts",
    "ReadabilityOptions",
    "SentenceCounts",
    "body_counts",
    "is_easy_word",
    "measure_sentences",
    "syllables",
]

# FAMILY is built on first use (see copylint.ruleindex): importing the package, its options
# or one of its modules does not import every rule of the family.


@cache
def _family() -> Family:
    return Family(
        name="readability",
        summary="Readability for news copy: long and hard sentences, long paragraphs, the article's grade, passive voice, wordy phrasing.",
        options=ReadabilityOptions,
        priority=80,
        rules=rules_in(__name__),
        packs=("readability.yaml",),
    )


def __getattr__(name: str) -> Any:
    if name == "FAMILY":
        return _family()
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
