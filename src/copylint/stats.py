"""Per-file readability scores as data (what ``copylint stats`` prints).

Scores cover the body (paragraphs, list items, block quotes), measured on the Document's own
sentences and words with textstat's formulas; SMOG needs 30 or more sentences.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from copylint.diagnostic import Diagnostic
from copylint.document import Document
from copylint.families.readability import Counts, body_counts, measure_sentences


@dataclass(frozen=True)
class FileStats:
    """Scores and counts for one file; a score is None when the body has no words."""

    path: str
    words: int
    sentences: int
    average_sentence_length: float
    flesch_reading_ease: float | None
    flesch_kincaid_grade: float | None
    gunning_fog: float | None
    smog: float | None
    dale_chall: float | None
    diagnostics: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape (add fields, never rename them); scores rounded to 2 places."""

        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 2)

        return {
            "path": self.path,
            "words": self.words,
            "sentences": self.sentences,
            "average_sentence_length": r(self.average_sentence_length),
            "flesch_reading_ease": r(self.flesch_reading_ease),
            "flesch_kincaid_grade": r(self.flesch_kincaid_grade),
            "gunning_fog": r(self.gunning_fog),
            "smog": r(self.smog),
            "dale_chall": r(self.dale_chall),
            "diagnostics": dict(sorted(self.diagnostics.items())),
        }


def from_counts(path: str, counts: Counts, diagnostics: Iterable[Diagnostic] = ()) -> FileStats:
    """Scores from body counts, with diagnostics counted by family."""
    return FileStats(
        path=path,
        words=counts.words,
        sentences=counts.sentences,
        average_sentence_length=counts.words_per_sentence,
        flesch_reading_ease=counts.reading_ease(),
        flesch_kincaid_grade=counts.grade(),
        gunning_fog=counts.fog(),
        smog=counts.smog(),
        dale_chall=counts.dale_chall(),
        diagnostics=MappingProxyType(dict(Counter(d.family for d in diagnostics))),
    )


def file_stats(doc: Document, diagnostics: Iterable[Diagnostic] = ()) -> FileStats:
    """Scores for one Document's body."""
    return from_counts(doc.path, body_counts(measure_sentences(doc)), diagnostics)
