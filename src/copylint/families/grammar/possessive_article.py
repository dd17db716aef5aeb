"""A possessive singular countable noun with no determiner after a verb or preposition:
"criticised government's figures", "the founder of company's first shop" (write "the government's",
"the company's"). The noun classes are the treebank's (``data/countable.tsv``), as for
grammar.bare-countable-noun, which looks at bare nouns that end their phrase."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.grammar.base import replace
from copylint.families.grammar.body import body_sentences
from copylint.families.grammar.countable import noun_classes
from copylint.rule import Context, rule

#: Nouns of time, used bare before a possessive in set phrases ("by year's end", "at day's close").
TIME = frozenset(
    "day week month year season decade century night morning evening afternoon hour minute second "
    "summer winter spring autumn fall weekend quarter term today tomorrow yesterday tonight".split()
)
#: Nouns whose possessive describes a kind ("woman's clothing", "child's play", "a man's world").
DESCRIPTIVE = frozenset("woman man child girl boy lady gentleman baby".split())
#: Tags of the word before the noun: a preposition or a verb.
VERB_OR_PREP = frozenset({"IN", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG"})
#: Words after which the rule does not look: "as" (roles, contract style) and auxiliaries.
NOT_AFTER = frozenset("as is was are were be am do does did has have had".split())
#: Tags of the word after the possessive that start the owned noun phrase.
OWNED = frozenset({"NN", "NNS", "JJ", "JJS", "JJR", "VBG", "VBN", "CD"})


def _findings(doc: Document) -> Iterator[Finding]:
    classes = noun_classes()
    for sent in body_sentences(doc):
        for i in range(1, len(sent) - 2):
            noun, pos = sent[i], sent[i + 1]
            if pos.tag != "POS" or pos.low not in ("'s",) or noun.tag != "NN" or not noun.text.isalpha():
                continue
            if not noun.text.islower() or noun.low in TIME or noun.low in DESCRIPTIVE or classes.get(noun.low) != "C":
                continue
            prev, owned = sent[i - 1], sent[i + 2]
            if owned.tag not in OWNED or not owned.text[:1].isalpha():
                continue
            # after a preposition or a verb, nothing can stand for the determiner
            if prev.tag not in VERB_OR_PREP or not prev.text.islower():
                continue
            # "the disputed team's": a participle that is a modifier in a noun phrase
            if prev.tag in ("VBN", "VBG") and i >= 2 and sent[i - 2].tag in ("DT", "PRP$", "POS", "JJ", "CD"):
                continue
            # "act as customer's agent" (a contract's style), "does teacher's camp ...?" (an
            # auxiliary before its subject)
            if prev.low in NOT_AFTER:
                continue
            yield replace(
                noun.start,
                noun.end,
                f"'{noun.text}{pos.text}': a singular noun before a possessive needs 'the' or 'a' ('the {noun.text}{pos.text}')",
                noun.text,
                f"the {noun.text}",
            )


@rule(
    "grammar.possessive-missing-article",
    "Flags a singular countable noun with a possessive 's and no determiner after a verb or preposition: 'criticised government's figures'.",
    bad=[
        "The report criticised government's figures.",
        "She is the founder of company's first shop.",
        "Fans gathered at club's ground.",
    ],
    good=[
        "The report criticised the government's figures.",
        "She is the founder of the company's first shop.",
        "Talks should end by year's end.",
        "It was a stone's throw from the club's ground.",
        "They defended workers' rights and women's pay.",
        "It was in Labour's interest.",
    ],
    fixable=True,
    skip_quotes=True,
    source="noun classes counted from the UD English Web Treebank (CC BY-SA 4.0); tags from the shipped tagger",
)
def possessive_missing_article(doc: Document, ctx: Context) -> list[Finding]:
    """A singular countable noun takes a determiner even when it owns something: *criticised
    **the** government's figures*, *the founder of **the** company's first shop*. Straight after
    a verb or a preposition, with a possessive *'s* and the owned noun after it, a lower-case
    noun that a treebank counts as countable has lost its *the* or *a*. Names, plurals
    (*workers' rights*, *women's pay*), time nouns (*by year's end*), headlines and quotations
    are left alone."""
    return list(_findings(doc))
