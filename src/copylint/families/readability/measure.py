"""Counts per body sentence, and textstat's readability formulas over them.

A body sentence lies in a paragraph, list item or block quote: headings, titles, captions,
descriptions and table cells are not measured. Words in masked spans (URLs, code) are skipped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from copylint.diagnostic import Span
from copylint.document import Document
from copylint.families.readability.syllables import is_easy_word, syllables

BODY_KINDS = frozenset({"paragraph", "list-item", "blockquote"})


@dataclass(frozen=True, slots=True)
class Counts:
    """What the formulas need; counts add up across sentences."""

    sentences: int = 0
    words: int = 0
    syllables: int = 0
    letters: int = 0  # letters and digits inside words
    polysyllables: int = 0  # words of 3+ syllables (SMOG)
    complex_words: int = 0  # 3+ syllables and not on the easy list (Gunning fog, as textstat)
    difficult_words: int = 0  # not on the Dale-Chall easy list

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.sentences + other.sentences,
            self.words + other.words,
            self.syllables + other.syllables,
            self.letters + other.letters,
            self.polysyllables + other.polysyllables,
            self.complex_words + other.complex_words,
            self.difficult_words + other.difficult_words,
        )

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    def reading_ease(self) -> float | None:
        """Flesch Reading Ease: 206.835 - 1.015 words/sentence - 84.6 syllables/word."""
        if not self.words:
            return None
        return 206.835 - 1.015 * self.words_per_sentence - 84.6 * self.syllables / self.words

    def grade(self) -> float | None:
        """Flesch-Kincaid grade: 0.39 words/sentence + 11.8 syllables/word - 15.59."""
        if not self.words:
            return None
        return 0.39 * self.words_per_sentence + 11.8 * self.syllables / self.words - 15.59

    def ari(self) -> float | None:
        """Automated Readability Index: 4.71 letters/word + 0.5 words/sentence - 21.43."""
        if not self.words:
            return None
        return 4.71 * self.letters / self.words + 0.5 * self.words_per_sentence - 21.43

    def fog(self) -> float | None:
        """Gunning fog: 0.4 (words/sentence + 100 complex words/words)."""
        if not self.words:
            return None
        return 0.4 * (self.words_per_sentence + 100 * self.complex_words / self.words)

    def smog(self) -> float | None:
        """SMOG grade: 1.043 sqrt(30 polysyllables/sentences) + 3.1291 (needs 30+ sentences)."""
        if self.sentences < 30:
            return None
        return 1.043 * math.sqrt(30 * self.polysyllables / self.sentences) + 3.1291

    def dale_chall(self) -> float | None:
        """Dale-Chall: 0.1579 % difficult words + 0.0496 words/sentence (+3.6365 above 5%)."""
        if not self.words:
            return None
        percent = 100 * self.difficult_words / self.words
        return 0.1579 * percent + 0.0496 * self.words_per_sentence + (3.6365 if percent > 5 else 0.0)


@dataclass(frozen=True, slots=True)
class SentenceCounts:
    """One body sentence as the Document cut it, with its counts."""

    span: Span
    block: int
    lead: bool  # the first sentence of the first body paragraph
    counts: Counts
    names: int = 0  # names and numbers: capitalised words after the first, words with digits
    quoted: int = 0  # words inside direct quotations
    plain_syllables: int = 0  # syllables of the other words (the ones a writer can shorten)

    @property
    def is_list(self) -> bool:
        """Mostly names and numbers (a team line-up, a list of guests): not prose."""
        return self.names * 2 > self.counts.words

    @property
    def mostly_quoted(self) -> bool:
        return self.quoted * 2 > self.counts.words

    def plain_grade(self) -> float | None:
        """Flesch-Kincaid grade with syllables per word taken over words other than names and
        numbers (the sentence length still counts every word)."""
        plain = self.counts.words - self.names
        if plain <= 0:
            return None
        return 0.39 * self.counts.words_per_sentence + 11.8 * self.plain_syllables / plain - 15.59


@lru_cache(maxsize=65536)
def _profile(word: str) -> tuple[int, int, bool, bool]:
    """(syllables, letters and digits, on the easy-word list, has a digit) for one word."""
    return syllables(word), sum(1 for c in word if c.isalnum()), is_easy_word(word), any(c.isdigit() for c in word)


def count_words(words: list[str]) -> Counts:
    """Counts for one sentence's words."""
    syl = letters = poly = complex_ = difficult = 0
    for word in words:
        n, chars, easy, _ = _profile(word)
        syl += n
        letters += chars
        if n >= 3:
            poly += 1
            complex_ += not easy
        difficult += not easy
    return Counts(1, len(words), syl, letters, poly, complex_, difficult)


def measure_sentences(doc: Document) -> tuple[SentenceCounts, ...]:
    """Every body sentence with its counts, in document order (kept in the document's memo:
    every readability rule reads them)."""
    return doc.memo(_measure_sentences)


def _measure_sentences(doc: Document) -> tuple[SentenceCounts, ...]:
    bounds = doc.tokens
    prose = doc.prose
    tokens = [(s, e, prose[s:e]) for s, e in zip(bounds.starts, bounds.ends, strict=True)]
    masked = bool(doc.masks)
    quotes = sorted((q.start, q.end) for q in doc.quotes)
    out: list[SentenceCounts] = []
    lead_done = False
    t = q = 0
    n_tokens, n_quotes = len(tokens), len(quotes)
    for sentence in doc.sentences:
        kind = doc.blocks[sentence.block].kind
        if kind not in BODY_KINDS:
            continue
        span = sentence.span
        while t < n_tokens and tokens[t][0] < span.start:
            t += 1
        words: list[str] = []
        names = quoted = plain_syllables = 0
        while t < n_tokens and tokens[t][1] <= span.end:
            start, end, text = tokens[t]
            t += 1
            if masked and doc.is_masked(Span(start, end)):
                continue
            n, _, _, digit = _profile(text)
            if digit or (words and text[:1].isupper()):
                names += 1
            else:
                plain_syllables += n
            while q < n_quotes and quotes[q][1] <= start:
                q += 1
            if q < n_quotes and quotes[q][0] < end:
                quoted += 1
            words.append(text)
        if not words:
            continue
        lead = not lead_done and kind == "paragraph"
        lead_done = lead_done or lead
        out.append(SentenceCounts(span, sentence.block, lead, count_words(words), names, quoted, plain_syllables))
    return tuple(out)


def body_counts(sentences: tuple[SentenceCounts, ...]) -> Counts:
    """The counts of the whole body."""
    total = Counts()
    for s in sentences:
        total = total + s.counts
    return total
