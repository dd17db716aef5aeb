"""How hard a sentence is to follow: length weighed with what makes a long sentence hard.

A 31-word sentence of plain reported facts reads easily; a 29-word sentence of abstract nouns
and nested clauses does not. The load of a sentence is its word count plus weights for:

- abstract nominalisations ("consolidation", "accountability", "entitlement"),
- clause markers: subordinators and relative words ("which", "although", "whether") and the
  commas, dashes, brackets and semicolons that set clauses and asides apart,
- figures beyond the first two (a run of numbers the reader must hold in mind),
- long words (three or more syllables) other than names.

Only the writer's words count: words inside direct quotations are the speaker's and are left
out, and a sentence that is largely quotation is not measured at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copylint.document import Document
from copylint.families.readability.measure import SentenceCounts
from copylint.families.readability.syllables import syllables

_NOMINAL = re.compile(r"^[a-z]{3,}(?:tions?|sions?|ments?|ness(?:es)?|ities|ity|ances?|ences?|ancy|ency|isms?)$")
#: Concrete or everyday nouns with those endings that do not make a sentence abstract.
_CONCRETE = frozenset(
    """government governments parliament parliaments department departments apartment apartments
    station stations nation nations election elections moment moments comment comments evidence
    audience audiences city cities question questions million position positions community
    communities university universities business businesses nations mention police tournament
    tournaments document documents equipment payment payments statement statements""".split()
)
_SUBORDINATE = frozenset("which who whom whose although though because whereas unless whether whilst while".split())
_CLAUSE_PUNCT = re.compile(r"[,;:()]|\s[-–—]\s|—")


@dataclass(frozen=True)
class Density:
    words: int
    abstract: int
    clauses: int
    figures: int
    long_words: int

    @property
    def load(self) -> float:
        return (
            self.words
            + 3.0 * self.abstract
            + 1.5 * self.clauses
            + 1.5 * max(0, self.figures - 2)
            + 1.0 * self.long_words
        )

    def reasons(self) -> str:
        parts = [f"{self.words} words"]
        if self.abstract >= 2:
            parts.append(f"{self.abstract} abstract nouns")
        if self.clauses >= 4:
            parts.append(f"{self.clauses} clauses and asides")
        if self.figures >= 4:
            parts.append(f"{self.figures} figures")
        return ", ".join(parts)


def density(doc: Document, s: SentenceCounts) -> Density | None:
    """The sentence's load from the writer's own words, or None when it is mostly quotation."""
    if s.quoted * 3 > s.counts.words:
        return None
    quotes = [q for q in doc.quotes if q.start < s.span.end and q.end > s.span.start]
    text = doc.prose[s.span.start : s.span.end]
    if quotes:
        chars = list(text)
        for q in quotes:
            for i in range(max(q.start, s.span.start), min(q.end, s.span.end)):
                chars[i - s.span.start] = " "
        text = "".join(chars)
    tokens = re.findall(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*%?", text)
    if not tokens:
        return None
    abstract = sum(1 for w in tokens if _NOMINAL.match(w) and w not in _CONCRETE)
    clauses = sum(1 for w in tokens if w.lower() in _SUBORDINATE) + len(_CLAUSE_PUNCT.findall(text))
    figures = sum(1 for w in tokens if w[0].isdigit()) + len(
        re.findall(r"\b(?:million|billion|trillion|per cent|percent)\b", text)
    )
    long_words = sum(1 for w in tokens[1:] if w[0].islower() and syllables(w) >= 3)
    return Density(len(tokens), abstract, clauses, figures, long_words)
