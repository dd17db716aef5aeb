"""Deciding which unknown words to report: dictionary look-up plus the proper-noun policy.

News copy is full of names no dictionary holds, so a capitalised unknown word is taken as a name
unless the evidence for a typo is strong:

* lower-case: reported when unknown, unless it is common in real text (wordfreq) and not one
  edit from a much more frequent word ("jihadist" passes, "recieved" does not), a short common
  word ("du", "des"), or an attested closed compound of two common words ("chatshow");
* capitalised anywhere: a name if the same form occurs twice in the document, if it is an
  acronym written as a word ("Nasa"), or if it is a spelling of the other variant ("Labour");
* capitalised mid-sentence: reported only when a correction is near-certain: one slip (swapped,
  doubled, dropped or added letter) away, same first letter, a frequent word far more frequent
  than the word itself (by a wider margin when wordfreq knows the word as fairly common), a common word rather than a
  name, and not a letter added or dropped at the very end (how foreign names differ);
* capitalised at the start of a sentence (where case says nothing about names): a name when a
  capitalised word follows ("Shami Chakrabarti"); otherwise reported with a confident one-edit
  correction, or, when wordfreq has never seen it, with any cheap correction within two edits
  or an English ending ("-ly", "-ing", "-tion"...).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from copylint.diagnostic import Span
from copylint.families.spelling import suggest
from copylint.families.spelling.lexicon import Lexicon, accepted
from copylint.families.spelling.words import PREFIXES, Word, stems
from copylint.rule import Vocabulary

#: A lower-case word this common in real text (Zipf) is accepted ...
ATTESTED_ZIPF = 2.5
#: ... unless one edit from a word this much more frequent.
ATTESTED_GAP = 1.5
#: A capitalised unknown word this common is taken as a name.
NAME_ZIPF = 2.0
#: A confident correction is at least this frequent ...
CONFIDENT_ZIPF = 3.0
#: ... and this much more frequent than the word.
CONFIDENT_GAP = 2.0
#: A typing slip (swapped or doubled letter) this cheap needs only this frequency gap.
SLIP_COST, SLIP_GAP = 0.6, 1.5
#: An unseen capitalised word at a sentence start with an English ending is reported even with
#: no correction ("Anxiuosly"): names rarely end this way.
ENGLISH_ENDINGS = ("ly", "ing", "ed", "tion", "tions", "ment", "ments", "ness", "able", "ible", "ous", "ful", "ise", "ize", "ised", "ized", "ies", "ally")
SUFFIX_MIN_LEN = 7
#: Capitalised words shorter than this are never reported ...
MIN_CAPITALISED_LEN = 4
#: ... nor mid-sentence capitalised words shorter than this.
MIN_MIDSENTENCE_LEN = 6
#: Mid-sentence, the one-edit correction must be a slip this cheap (see suggest.py): a swapped,
#: doubled, dropped or added letter ("Freinds", "Collegues").
MIDSENTENCE_MAX_COST = 0.8
#: A capitalised word real text uses this often is a name unless a correction is this much
#: more frequent.
NAME_GAP = 3.0
#: At a sentence start, a word is reported if a correction costs at most this (any correction
#: will do for a word wordfreq has never seen).
START_MAX_COST = 2.5
#: Lower-case words this short are accepted when this common (but "teh", "adn" are not).
SHORT_LEN, SHORT_ZIPF = 3, 3.3
#: Closed compounds: parts of at least this many letters, each at least this common.
COMPOUND_PART, COMPOUND_ZIPF = 3, 3.0
#: ... and the compound itself attested in wordfreq (Zipf >= 1.5 is stored).
COMPOUND_MIN_ZIPF = 1.5


@dataclass(frozen=True, slots=True)
class Verdict:
    word: Word
    suggestions: tuple[str, ...]
    variant: bool  # a correct spelling in the other variant of English


@dataclass(frozen=True)
class Speller:
    """The dictionary for one language and vocabulary."""

    lex: Lexicon
    language: str
    vocabulary: Vocabulary

    @property
    def extra(self) -> frozenset[str]:
        return self.vocabulary.accept | self.vocabulary.accept_ignorecase

    def _entry_ok(self, form: str) -> bool:
        code = self.lex.entries.get(form)
        return code is not None and bool(code & 3) and accepted(code, self.language)

    def known(self, text: str) -> bool:
        """Is ``text`` (one word, possibly with a possessive or contraction) spelt correctly?"""
        vocab = self.vocabulary
        for stem in stems(text):
            if vocab.accepts(stem) or self._entry_ok(stem):
                return True
            if stem[:1].isupper() and (self._entry_ok(stem.lower()) or vocab.accepts(stem.lower())):
                return True
        return False

    def other_variant(self, text: str) -> bool:
        code = self.lex.entries.get(text.lower(), 0)
        return bool(code & 3) and not accepted(code, self.language)

    def judge(self, word: Word, cap_counts: Counter[str]) -> Verdict | None:
        text = word.text
        if self.known(text):
            return None
        if word.whole != text and (self.known(word.whole) or text.lower() in PREFIXES):
            return None
        stem = _strip_clitic(text)
        if stem[:1].isupper():
            return self._judge_capitalised(word, stem, cap_counts)
        return self._judge_lower(word, stem)

    def _judge_lower(self, word: Word, stem: str) -> Verdict | None:
        variant = self.other_variant(stem)
        zipf = self.lex.zipf(stem)
        if not variant and len(stem) <= SHORT_LEN and zipf >= SHORT_ZIPF:
            return None  # "du", "des", "fi": foreign words, slang, lower-cased abbreviations
        if not variant and zipf >= ATTESTED_ZIPF and len(stem) > SHORT_LEN:
            near = suggest.candidates(stem.lower(), self.language, self.extra, deep=False)
            if not any(c.zipf >= zipf + ATTESTED_GAP for c in near):
                return None
        if not variant and zipf >= COMPOUND_MIN_ZIPF and self._compound(stem):
            return None
        if word.whole != word.text and not variant:
            # Part of a hyphenated coinage ("edu-tainment"): only a one-edit slip is reported.
            near = suggest.candidates(stem.lower(), self.language, self.extra, deep=False)
            if not any(c.distance == 1 for c in near):
                return None
        return self._verdict(word, stem, variant)

    def _compound(self, stem: str) -> bool:
        """A closed compound of two common words ("chatshow", "popstars") with no
        lower-case correction one edit away."""
        ok = self._entry_ok
        for i in range(COMPOUND_PART, len(stem) - COMPOUND_PART + 1):
            head, tail = stem[:i], stem[i:]
            if ok(head) and ok(tail) and min(self.lex.zipf(head), self.lex.zipf(tail)) >= COMPOUND_ZIPF:
                near = suggest.candidates(stem.lower(), self.language, self.extra, deep=False)
                return not any(c.distance == 1 and c.word.islower() for c in near)
        return False

    def _judge_capitalised(self, word: Word, stem: str, cap_counts: Counter[str]) -> Verdict | None:
        if cap_counts[stem] >= 2 or stem.upper() in self.lex.entries or self.other_variant(stem):
            return None  # a name; an acronym written as a word (Nasa); Labour Party, Defense Department
        if len(stem) < MIN_CAPITALISED_LEN or stem[1:2] == "'":
            return None  # O'Brien, D'Souza
        zipf = self.lex.zipf(stem)
        if not word.sentence_start and len(stem) < MIN_MIDSENTENCE_LEN:
            return None
        if word.sentence_start and word.before_capital:
            return None  # "Shami Chakrabarti said": a first name before a surname
        first = stem[0].lower()
        max_cost = 9.0 if word.sentence_start else MIDSENTENCE_MAX_COST
        for cand in suggest.candidates(stem.lower(), self.language, self.extra, deep=False):
            if (
                cand.distance == 1
                and cand.word[:1] == first
                and (word.sentence_start or not _end_edit(stem.lower(), cand.word))
                and cand.cost <= max_cost
                and cand.zipf >= CONFIDENT_ZIPF
                and (cand.zipf - zipf >= CONFIDENT_GAP or (cand.cost <= SLIP_COST and cand.zipf - zipf >= SLIP_GAP))
                # A form real text uses ("Freinds" is a common typo) is still a name unless its
                # correction is far more frequent still.
                and (word.sentence_start or zipf < NAME_ZIPF or cand.zipf - zipf >= NAME_GAP)
            ):
                return self._verdict(word, stem, False)
        if not word.sentence_start or zipf >= NAME_ZIPF:
            return None
        # At a sentence start capitals say nothing about names: judge as a lower-case word,
        # but only with a correction in hand or an English ending on a word no corpus has seen.
        best = [c for c in suggest.candidates(stem.lower(), self.language, self.extra) if c.word[:1].islower()]
        if best and (best[0].cost <= START_MAX_COST or zipf == 0):
            return self._verdict(word, stem, False)
        if zipf == 0 and len(stem) >= SUFFIX_MIN_LEN and stem.lower().endswith(ENGLISH_ENDINGS):
            return self._verdict(word, stem, False)
        return None

    def _verdict(self, word: Word, stem: str, variant: bool) -> Verdict:
        """Report ``stem`` (the word less any possessive ending), with suggestions."""
        cut = len(word.text) - len(stem)
        span = Span(word.span.start, word.span.end - cut) if cut else word.span
        part = Word(span, stem, word.sentence_start, word.whole)
        return Verdict(part, suggest.suggestions(stem, self.language, self.extra), variant)


def _end_edit(word: str, cand: str) -> bool:
    """A letter added or dropped at the very end ("Spadea" / "spade", "Geneti" / "genetic"):
    how foreign names differ from English words, rarely how English words are mistyped."""
    if len(word) == len(cand):
        return False
    i = 0
    while i < min(len(word), len(cand)) and word[i] == cand[i]:
        i += 1
    return i >= min(len(word), len(cand)) - 1


def _strip_clitic(text: str) -> str:
    low = text.lower()
    if low.endswith("'s") and len(text) > 3:
        return text[:-2]
    return text


def capitalised_counts(words: Iterable[Word]) -> Counter[str]:
    """How often each capitalised form occurs (possessives counted with their stem)."""
    return Counter(_strip_clitic(w.text) for w in words if w.text[:1].isupper())


def unknown_words(speller: Speller, words: list[Word]) -> Iterator[Verdict]:
    counts = capitalised_counts(words)
    known: set[str] = set()  # spellings already found correct in this document
    for word in words:
        text = word.text
        if text in known:
            continue
        if speller.known(text):  # what judge() tests first
            known.add(text)
            continue
        verdict = speller.judge(word, counts)
        if verdict is not None:
            yield verdict
