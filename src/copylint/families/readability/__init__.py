"""Readability measures shared by the ``readability`` checks and ``copylint stats``.

Scores follow textstat's formulas, but every count comes from the Document's own segmentation:
a sentence is what ``Document.sentences`` cut, a word is a ``Document.tokens`` token.
"""

from __future__ import annotations

from copylint.families.readability.options import ReadabilityOptions
from copylint.families.readability.syllables import is_easy_word, syllables
from copylint.family import lazy_family

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

# FAMILY is built on first use (see copylint.family.lazy_family), and the measures re-exported
# here are imported on first use (the rule index imports this package for its options: a run
# with the readability rules off need not load the measures). The syllable counter stays eager:
# its module and its function share the name ``syllables``.
__getattr__ = lazy_family(
    __name__,
    attributes=dict.fromkeys(("BODY_KINDS", "Counts", "SentenceCounts", "body_counts", "measure_sentences"), "measure"),
    name="readability",
    summary="Readability for news copy: long and hard sentences, long paragraphs, the article's grade, passive voice, wordy phrasing.",
    options=ReadabilityOptions,
    priority=80,
    packs=("readability.yaml",),
)
