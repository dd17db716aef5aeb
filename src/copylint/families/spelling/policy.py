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
ENGLISH_ENDINGS = (
    "ly",
    "ing",
    "ed",
    "tion",
    "tions",
    "ment",
    "ments",
    "ness",
    "able",
    "ible",
    "ous",
    "ful",
    "ise",
    "ize",
    "ised",
    "ized",
    "ies",
    "ally",
)
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
        if code is None or not code & 3 or not accepted(code, self.language):
            return False
        return not _misspelling_shaped(self.lex, form, code)

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
        if word.whole != text and (self.known(word.whole) or text.lower() in PREFIXES or self._combining_form(word)):
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
        if self.language == "en-GB" and self._british_form(stem):
            return None  # "revitalised", "organisational": -ise/-our/-re forms of known words
        if not variant and zipf >= ATTESTED_ZIPF and len(stem) > SHORT_LEN:
            near = suggest.candidates(stem.lower(), self.language, self.extra, deep=False)
            if not any(c.zipf >= zipf + ATTESTED_GAP for c in near) and not self._frequent_misspelling(stem, zipf):
                return None
        if not variant and zipf >= COMPOUND_MIN_ZIPF and self._compound(stem):
            return None
        if not variant and self._derivation(stem, hyphenated=word.whole != word.text):
            return None  # "unfollowable", "listers": a prefix and a suffix on a known stem
        if word.whole != word.text and not variant:
            # Part of a hyphenated coinage ("edu-tainment"): only a one-edit slip is reported.
            near = suggest.candidates(stem.lower(), self.language, self.extra, deep=False)
            if not any(c.distance == 1 for c in near):
                return None
        return self._verdict(word, stem, variant)

    def _frequent_misspelling(self, stem: str, zipf: float) -> bool:
        """A word only the web uses ("definetly", "publically"): two edits from a word both
        dictionaries hold that is far more frequent. Being frequent on the web does not make a
        misspelling a word."""
        if len(stem) < MISSPELLING_MIN_LEN:
            return False
        for c in suggest.candidates(stem.lower(), self.language, self.extra):
            if (
                c.distance == 2
                and c.word.islower()
                and c.zipf >= zipf + MISSPELLING_GAP
                and len(c.word) >= MISSPELLING_MIN_LEN
            ):
                code = self.lex.entries.get(c.word, 0)
                if code & 3 == 3 and c.word[:2] == stem[:2].lower():
                    return True
        return False

    def _derivation(self, stem: str, hyphenated: bool = False) -> bool:
        """A productive derivation: one of un-, de-, re-, non-, pre-, dis-, mis-, over-, under-,
        co-, anti- and/or one of -able, -ing, -er(s), -ed, -ise(d), -isation, -ness, -ly, -s on a
        stem the dictionary knows ("unfollowable", "deprioritised", "listers"), unless the word
        is one slip from a frequent word (a typo that happens to parse)."""
        low = stem.lower()
        if len(low) < (4 if hyphenated else DERIVATION_MIN_LEN):
            return False
        bases = []
        for prefix in ("", *_DERIVATION_PREFIXES):
            if not low.startswith(prefix):
                continue
            rest = low[len(prefix) :].lstrip("-")
            for suffix in ("", *_DERIVATION_SUFFIXES):
                if prefix == "" and suffix == "":
                    continue
                if suffix and not rest.endswith(suffix):
                    continue
                base = rest[: len(rest) - len(suffix)] if suffix else rest
                if len(base) < 4:
                    continue
                if suffix and base.endswith(_INFLECTED):
                    continue  # "agreeded": an ending on an ending
                if suffix in ("er", "ers") and base.endswith(_NOUN_ENDINGS):
                    continue  # "amendmenter": -er makes doers of verbs, not of nouns
                floor = DERIVATION_BASE_ZIPF + (0.5 if prefix and suffix else 0.0)
                forms = [base, base + "e"] if suffix and suffix[0] in "aeiy" else [base]
                if suffix and len(base) > 4 and base[-1] == base[-2] and base[-1] not in "aeiouls":
                    forms.append(base[:-1])  # "-tt-" in "regretting"
                bases += [f for f in forms if max(self.lex.zipf(f), self.lex.zipf(f.replace("is", "iz"))) >= floor]
        british = self.language == "en-GB"
        if not any(self._entry_ok(b) or (british and self._entry_ok(b.replace("is", "iz"))) for b in bases):
            return False
        if (
            not british
            and any(x in low for x in ("ise", "isation", "our"))
            and not any(self._entry_ok(b) for b in bases if "is" in b or "our" in b)
        ):
            return False  # a British form of a derivation in American copy
        if hyphenated:
            return True  # "A-listers": one part of an established compound
        near = suggest.candidates(low, self.language, self.extra, deep=False)
        zipf = self.lex.zipf(stem)
        return not any(c.distance == 1 and c.word.islower() and c.zipf >= max(2.0, zipf + 1.0) for c in near)

    def _combining_form(self, word: Word) -> bool:
        """The clipped first part of an established hyphenated compound ("docu-drama",
        "info-tainment"): it begins a common word and the rest of the compound is known."""
        whole, part = word.whole, word.text
        if not whole.lower().startswith(part.lower() + "-") or len(part) < 3 or not part.isalpha():
            return False
        rest = whole[len(part) + 1 :]
        if not all(self.known(p) for p in rest.split("-") if p):
            return False
        prefix = part.lower()
        return any(
            c.word.startswith(prefix) and c.zipf >= 3.0 for c in suggest.candidates(prefix, self.language, self.extra)
        ) or self._starts_common_word(prefix)

    def _starts_common_word(self, prefix: str) -> bool:
        for ending in ("ment", "mentary", "rama", "logy", "nomy", "tic", "ation"):
            code = self.lex.entries.get(prefix + ending, 0)
            if code & 3 and (code >> 4) / 10 >= 3.0:
                return True
        return False

    def _british_form(self, stem: str) -> bool:
        """Is ``stem`` the British (-ise, -isation, -our, -re) spelling of a word the dictionary
        knows in its American form? Never flagged, nor corrected to the American form, in en-GB."""
        low = stem.lower()
        for gb, us in _BRITISH_REWRITES:
            i = low.find(gb)
            while i >= 0:
                alt = low[:i] + us + low[i + len(gb) :]
                code = self.lex.entries.get(alt, 0)
                if code & 3 or self._derived_known(alt):
                    return True
                i = low.find(gb, i + 1)
        return False

    def _derived_known(self, word: str) -> bool:
        """A productive derivation of a known stem: un-, de-, re-, pre-, non-, over- on a word the
        dictionary has ("revitalize" from "vitalize")."""
        for prefix in ("re", "un", "de", "pre", "non", "over", "under", "co", "mis"):
            if word.startswith(prefix) and len(word) - len(prefix) >= 5:
                code = self.lex.entries.get(word[len(prefix) :], 0)
                if code & 3:
                    return True
        return False

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
        if (
            stem.endswith("s")
            and len(stem) > 3
            and (stem[:-1].upper() in self.lex.entries or stem[:-1].upper() + "s" in self.lex.entries)
        ):
            return None  # "Asbos", "Quangos": the plural of an acronym written as a word
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


#: British spelling -> American, as whole-word pieces (the dictionary links most variants itself;
#: these cover derivations it lacks: "revitalised", "decentralisation", "flavoursome").
_BRITISH_REWRITES = (
    ("isation", "ization"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("iser", "izer"),
    ("ise", "ize"),
    ("our", "or"),
    ("tre", "ter"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("ysing", "yzing"),
)
#: Productive derivations (see Speller._derivation): words at least this long, on a stem at least
#: this common (half a point more when both a prefix and a suffix are stripped).
DERIVATION_MIN_LEN, DERIVATION_BASE_ZIPF = 6, 2.5
_INFLECTED = ("ed", "ing", "er", "ers", "es")
_NOUN_ENDINGS = ("ment", "tion", "sion", "ness", "ity", "ance", "ence")
_DERIVATION_PREFIXES = ("un", "de", "re", "non", "pre", "dis", "mis", "over", "under", "co", "anti", "counter", "post")
_DERIVATION_SUFFIXES = (
    "isation",
    "ization",
    "ability",
    "ables",
    "able",
    "ings",
    "ing",
    "ers",
    "er",
    "ised",
    "ized",
    "ises",
    "ise",
    "ness",
    "ly",
    "ed",
    "s",
)
#: Misspellings that frequency alone would admit: two edits from a word this much more frequent.
MISSPELLING_GAP, MISSPELLING_MIN_LEN = 1.5, 6
#: A dictionary form this rare is checked against a far more frequent neighbour that both
#: dictionaries hold (see _misspelling_shaped).
SHAPED_MAX_ZIPF, SHAPED_GAP = 2.8, 1.5
#: Classic confusions of an unstressed ending.
_ENDING_SWAPS = (("er", "ar"), ("ers", "ars"), ("ence", "ance"), ("ent", "ant"), ("ible", "able"))


def _misspelling_shaped(lex: Lexicon, form: str, code: int) -> bool:
    """A form only one of the two dictionaries holds that is a known misspelling shape of a far
    more frequent word both hold: a doubled consonant ("targetted", "focusses" for "targeted",
    "focuses") or a swapped unstressed ending ("calender" for "calendar"). The LibreOffice
    en-GB list admits such forms; editors do not."""
    flags = code & 15
    if flags not in (1, 2) or not form.islower() or len(form) < 6 or (code >> 4) / 10 >= SHAPED_MAX_ZIPF:
        return False
    zipf = (code >> 4) / 10
    for i in range(2, len(form) - 1):
        if form[i] == form[i - 1] and form[i] not in "aeiou":
            other = form[:i] + form[i + 1 :]
            if _both_and_frequent(lex, other, zipf):
                return True
    for a, b in _ENDING_SWAPS:
        for x, y in ((a, b), (b, a)):
            if form.endswith(x) and _both_and_frequent(lex, form[: -len(x)] + y, zipf):
                return True
    return False


def _both_and_frequent(lex: Lexicon, word: str, zipf: float) -> bool:
    code = lex.entries.get(word, 0)
    return code & 3 == 3 and (code >> 4) / 10 >= zipf + SHAPED_GAP


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


#: Tokens longer than this are not checked (nor given suggestions): no word is this long.
MAX_CHECKED_LEN = 60


def unknown_words(speller: Speller, words: list[Word]) -> Iterator[Verdict]:
    counts = capitalised_counts(words)
    known: set[str] = set()  # spellings already found correct in this document
    for word in words:
        text = word.text
        if text in known or len(text) > MAX_CHECKED_LEN:
            continue  # too long to be a word: a hash, a run of letters, a URL fragment
        if speller.known(text):  # what judge() tests first
            known.add(text)
            continue
        verdict = speller.judge(word, counts)
        if verdict is not None:
            yield verdict
