"""a/an chosen by sound, not spelling: an hour, a one-off, an MP, a U.S. official, a European."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.grammar.base import ARTICLES, anchors, replace
from copylint.rule import Context, rule

#: Lower-case word beginnings spelled with a vowel but said with a consonant (y/w) sound.
_YU = re.compile(
    r"^(?:eu|ewe|one(?![rs]\w)|once|ouija|ubiq|uk|ufo|unanim|uvul|ulul|uran|urea|ureth|ureter|urin|urol|usa|use|usi|usu|"
    r"ute|uter|util|utop|unidirect|unar(?:y|ies)\b|uni(?![dgimnr]|ll))"
)
#: ("uni" before a consonant is the Latin "one", said "you": a unicameral, unilevel, unisex, unit,
#: university; but "un-" + a word in i- keeps the vowel: an unidentified, unimportant, uninvited,
#: unironic, unillustrated...; "unid-" is both, so only "unidirect-" is listed. "Unary" is said
#: "you-", "unarmed" is "un-" + armed.)
#: Words spelled with a consonant but said with a vowel (silent h).
_SILENT_H = re.compile(r"^(?:hour|honest|honou?r|heir|hors\b)")
#: h-words where both "a" and "an" are found in edited prose; left alone.
_EITHER_H = re.compile(r"^(?:herb|histor|hotel|heroic|habitual|hypothes|hysteric|homage|humble|hilarious)")
#: Letters whose names begin with a vowel sound: "an F", "an MP", "an S-bend".
_VOWEL_LETTERS = set("AEFHILMNORSX")
#: Short all-caps words said as words, not letters.
_SAID_AS_WORDS = frozenset({"RAM", "SIM", "LAN", "PIN", "MAC", "NAT", "SAT", "SUN", "MOD", "SEN", "HAM", "NEET", "FAQ"})
_DIGITS = re.compile(r"^(\d[\d,]*)")


def vowel_sound(text: str) -> bool | None:
    """True if the word ``text`` starts with a vowel sound, False for a consonant, None if unsure."""
    head = re.split(r"[-‐/]", text, maxsplit=1)[0] or text
    if head[0].isdigit():
        m = _DIGITS.match(head)
        if not m:
            return None
        digits = m.group(1)
        group = digits.split(",")[0]
        if group.startswith("8"):
            return True
        if group in ("11", "18") or (len(group) == 4 and group[:2] in ("11", "18")):
            return True
        return False
    letters = head.replace(".", "")
    if not letters.isalpha():
        return None
    run = len(letters) - len(letters.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if 3 <= run < len(letters) and letters[run:].islower():
        # an initialism run into a word, as in identifiers ("an SSLContext", "an LZMAFile"): the
        # capitals before the last one are the initialism, said as the code name is said
        return vowel_sound(letters[: run - 1])
    caps = sum(c.isupper() for c in letters)
    if "." in head and caps == len(letters):  # U.S., F.B.I.: said as letters
        return letters[0] in _VOWEL_LETTERS
    if len(letters) == 1:
        if letters.isupper() and text[len(head) : len(head) + 1] in ("-", "‐"):
            return letters in _VOWEL_LETTERS  # an X-ray, a U-turn
        return None
    if letters.isupper() or (caps >= 2 and letters[0].isupper() and len(letters) <= 5):
        if (
            letters.upper() in _SAID_AS_WORDS
            or (len(letters) <= 3 and not letters.isupper())
            or (len(letters) >= 3 and letters.isupper() and _dictionary_word(letters.lower()))
        ):
            # said as a word ("a SIM card") or letter by letter ("an MoD spokesman", "an SEN
            # pupil"), or an ordinary word in capitals ("a LOT of"): when the two readings start
            # with different sounds, either article is right
            as_word = letters[0].upper() in "AEIO"
            as_letters = letters[0].upper() in _VOWEL_LETTERS
            return as_word if as_word == as_letters else None
        first = letters[0].upper()
        if first == "U":
            return False  # UKIP, UEFA, UN: "you"
        if first in "AEIO":
            return True
        vowels = sum(c in "AEIOUY" for c in letters.upper())
        if len(letters) <= 3 or vowels == 0:
            return first in _VOWEL_LETTERS  # FBI, MP, NHS, HSBC
        return None if first in _VOWEL_LETTERS else False  # NATO vs an NFL...: unsure
    low = letters.lower()
    if len(low) <= 4 and not _dictionary_word(low) and not any(c in "aeiouy" for c in low[1:]):
        # "a uv lamp", "an ok stay", "an html page", "a utf-8 file": a lower-case initialism, said
        # as letters or as a word; sure only when both readings start alike
        as_word, as_letters = low[0] in "aeiou", low[0].upper() in _VOWEL_LETTERS
        return as_word if as_word == as_letters else None
    if letters[0].isupper() and low[0] == "u":
        return None  # Uber, Ulster vs Ukrainian, Utah
    if low[0] in "aeiou":
        return not _YU.match(low)
    if _SILENT_H.match(low):
        return True
    if _EITHER_H.match(low):
        return None
    if low[0] == "y" and len(low) > 1 and low[1] in "bcdfghjklmnpqrstvwxz":
        return None  # Yvonne, ytterbium
    if low[0] == "x" and len(low) > 1 and low[1] not in "aeiouy":
        return None  # Xbox, Xmas: said "ex"
    return False


def indefinite_article(text: str) -> str:
    """'an' or 'a' for the word ``text`` (by :func:`vowel_sound`; by its first letter when the
    sound is unsure: "a historic", "an Uber")."""
    vowel = vowel_sound(text)
    if vowel is None:
        vowel = text[:1].lower() in ("a", "e", "i", "o", "u")
    return "an" if vowel else "a"


def _dictionary_word(low: str) -> bool:
    """Is ``low`` an ordinary word the lexicon knows (so its capitals may be emphasis)?"""
    from copylint.families.grammar.lexicon import lexicon

    return bool(lexicon().tags(low))


#: Words before 'A'/'a' that make it a letter or a name ("Plan A", "vitamin A").
_LETTER_BEFORE = frozenset(("A", "Mr", "Mrs", "Dr", "vitamin", "Vitamin", "Plan", "Type", "type", "class", "Class"))
#: Words after 'a'/'an' that make it a letter ("4.a and 5.a").
_LETTER_AFTER = frozenset(("and", "or", "is", "are", "of", "in", "on", "at", "to", "as", "if", "it", "an", "a"))


def _article_findings(doc: Document) -> Iterator[Finding]:
    for words, i in anchors(doc, ARTICLES):
        if i + 1 >= len(words):
            continue
        art = words[i]
        if i > 0 and (art.text == "A" or words[i - 1].text in _LETTER_BEFORE):
            continue  # "grade A", "Plan A" mid-sentence
        nxt = words[i + 1]
        if nxt.low in _LETTER_AFTER:
            continue  # "4.a and 5.a": a letter, not an article
        if i > 1 and words[i - 1].low in ("or", "and") and words[i - 2].low in ARTICLES:
            continue  # "a or an before 'hour'?": the articles are mentioned, not used
        if art.gap and not art.gap[-1:].isspace() and art.gap.strip():
            continue
        gap = nxt.gap
        if gap != " " and gap.strip(" \t\n\"'“‘"):
            continue
        if len(nxt.text) == 1 and nxt.text.isalpha() and nxt.text.islower():
            continue
        vowel = vowel_sound(nxt.text)
        if vowel is None:
            continue
        if art.low == "a" and vowel:
            yield replace(
                art.start, art.end, f"Use 'an' before '{nxt.text}' (it starts with a vowel sound)", art.text, "an"
            )
        elif art.low == "an" and not vowel:
            yield replace(
                art.start, art.end, f"Use 'a' before '{nxt.text}' (it starts with a consonant sound)", art.text, "a"
            )


@rule(
    "grammar.a-an",
    "Flags 'a' before a vowel sound and 'an' before a consonant sound.",
    bad=["Police opened a investigation.", "She studied at an university in Leeds.", "He became a MP in 2001."],
    good=[
        "An hour later, a one-off payment was made to an MP.",
        "A U.S. official met an FBI agent and a European diplomat.",
        "An MoD spokesman and a SIM card.",
        "It was an honest mistake by a union leader.",
        "An 18-year-old and an 8% rise.",
        "They sold a LOT of tickets for an Xbox game.",
        "Does the tank need a uv lamp?",
        "Is it a or an before hour?",
        "A unicameral parliament passed a unilevel pay scheme, an unimportant bill.",
        "Negation is a unary operation on an unarmed value.",
    ],
    fixable=True,
)
def a_an(doc: Document, ctx: Context) -> list[Finding]:
    """The article follows the sound of the next word, not its first letter: `an` before a
    vowel sound (*an hour*, *an MP*, *an FBI agent*, *an 18-year-old*), `a` before a
    consonant sound (*a one-off*, *a union*, *a European*, *a U.S. official*). Words whose
    pronunciation varies (*historic*, *hotel*, *herb*, names starting with U, acronyms that
    may be said as words) are left alone."""
    return list(_article_findings(doc))
