"""The ``readability:`` section of ``.copylint.yaml``: every threshold of the readability rules."""

from __future__ import annotations

from dataclasses import dataclass

from copylint.family import option
from copylint.frozen import compared


@compared
@dataclass(frozen=True, eq=False, repr=False)
class ReadabilityOptions:
    """Thresholds tuned for news copy."""

    max_sentence_words: int = option(25, "long-sentence: a warning above this many words.")
    error_sentence_words: int = option(40, "long-sentence: an error above this many words.")
    max_lead_words: int = option(30, "long-sentence: the most words for the lead (the first body sentence).")
    hard_sentence_min_words: int = option(14, "hard-sentence: shorter sentences are never graded.")
    hard_grade: float = option(15.0, "hard-sentence: a suggestion at or above this grade.")
    very_hard_grade: float = option(17.0, "hard-sentence: a warning at or above this grade.")
    max_paragraph_sentences: int = option(4, "long-paragraph: most sentences in a paragraph.")
    max_paragraph_words: int = option(100, "long-paragraph: most words in a paragraph.")
    min_reading_ease: float = option(50.0, "grade: lowest Flesch Reading Ease of the whole article.")
    max_grade: float = option(12.0, "grade: highest Flesch-Kincaid grade of the whole article.")
    grade_min_words: int = option(100, "grade: shorter articles are not graded.")
    dense_min_words: int = option(20, "dense-sentence: shorter sentences are never reported.")
    dense_load: float = option(55.0, "dense-sentence: report a sentence whose load (words plus weights) reaches this.")
    passive_allow: tuple[str, ...] = option((), "passive-voice: participles never to flag (any case).")
    passive_agent_only: bool = option(False, "passive-voice: flag only passives that name the actor ('by ...').")
