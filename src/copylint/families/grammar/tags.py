"""Word-class tests built on the lexicon: the few questions the rules ask about a word."""

from __future__ import annotations

from copylint.families.grammar.lexicon import lexicon

SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
#: Closed-class words the lexicon does not list; never nouns, verbs or adjectives here.
FUNCTION_WORDS = frozenset(
    "a an the this that these those my your his her its our their no every each some any all both either neither "
    "and or but nor so yet if because as than then when while where which who whom whose what why how not "
    "of in on at to for with from by about into onto over under after before between through during without "
    "i you he she it we they me him us them mine yours hers ours theirs myself yourself himself herself itself ourselves themselves "
    "is are was were am be been being has have had do does did will would shall should can could may might must".split()
)


def tagset(word: str) -> frozenset[str]:
    return lexicon().tags(word)  # with the lexicon's known gaps filled (lexicon.GAPS)


def count_singular(word: str) -> bool:
    """A singular noun that is only ever countable (``friend``, ``airport``; not ``music``,
    ``school``, which the lexicon also lists as uncountable, nor ``red``, ``early``)."""
    tags = tagset(word)
    return (
        "NN" in tags
        and not tags & {"NNS", "JJ", "JJR", "JJS", "RB", "VBD", "VBN", "VBG", "VBZ"}
        and word not in FUNCTION_WORDS
        and word not in lexicon().mass
    )


def adjective(word: str) -> bool:
    """A word the lexicon lists only as an adjective (``new``, ``swift``, ``serious``)."""
    tags = tagset(word)
    return bool(tags) and tags <= {"JJ", "JJR", "JJS"}


def adverb_ly(word: str) -> bool:
    tags = tagset(word)
    return word.endswith("ly") and bool(tags) and tags <= {"RB", "JJ"}


def plural_only(word: str) -> bool:
    """A plural noun form that cannot be a singular or a verb (``cars``, ``women``)."""
    return tagset(word) == {"NNS"}


def base_verb_only(word: str) -> bool:
    """A verb base form that is nothing else (``compete``, ``follow``): not a noun or adjective."""
    tags = tagset(word)
    return bool(tags) and tags <= {"VB", "VBP"} and word in lexicon().verbs


def base_of_third(word: str) -> str:
    """``goes`` -> ``go``: the base of an -s verb form, or ''."""
    if "VBZ" not in tagset(word):
        return ""
    for cand in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else ""):
        verb = lexicon().verbs.get(cand)
        if cand and verb and verb.third == word:
            return cand
    for base, verb in lexicon().verbs.items():
        if verb.third == word:
            return base
    return ""


def base_of_past(word: str) -> str:
    """``went`` -> ``go``, ``worked`` -> ``work``: the base of a simple-past form, or ''."""
    if "VBD" not in tagset(word):
        return ""
    bases = lexicon().base_of.get(word, ())
    for base in bases:
        if word in lexicon().verbs[base].past:
            return base
    return ""
