"""A superlative made with "most" or "least" and a singular countable noun with no article:
"this is most important thing", "it was most difficult decision of my life". Other superlatives
("is best way", "biggest city") are grammar.comparison's and grammar.superlative-without-the's."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.grammar.base import replace
from copylint.families.grammar.body import body_sentences, phrase_ends
from copylint.families.grammar.countable import noun_classes
from copylint.rule import Context, rule

#: Words before the superlative after which its noun phrase needs an article: forms of "be"
#: and "become" (the noun phrase is a complement), and prepositions.
BEFORE = frozenset("is was are were be been am 's become became becomes remain remains remained".split())
#: Prepositions after which "most"/"least" is not a superlative ("at least", "at most").
NOT_BEFORE = frozenset({"at"})
#: Tags of the word after the noun that show its phrase has ended.
AFTER = frozenset({".", ",", ":", "IN", "TO", "WDT", "WP", "CC", "RB", "PRP", "DT", "MD", "VBZ", "VBD", "VBP"})


def _findings(doc: Document) -> Iterator[Finding]:
    classes = noun_classes()
    for sent in body_sentences(doc):
        for i in range(1, len(sent) - 2):
            most = sent[i]
            if most.low not in ("most", "least") or most.tag not in ("RBS", "JJS"):
                continue
            prev = sent[i - 1]
            if prev.low in NOT_BEFORE or not (prev.low in BEFORE or prev.tag == "IN"):
                continue
            adj, noun = sent[i + 1], sent[i + 2]
            if adj.tag != "JJ" or not adj.text.islower() or noun.tag != "NN" or not noun.text.islower():
                continue
            if classes.get(noun.low) != "C" or not phrase_ends(sent, i + 2, AFTER):
                continue
            yield replace(
                most.start,
                most.end,
                f"'{most.text} {adj.text} {noun.text}': a superlative takes 'the' ('the {most.text} {adj.text} {noun.text}')",
                most.text,
                f"the {most.text}",
            )


@rule(
    "grammar.most-superlative-article",
    "Flags a 'most' or 'least' superlative before a singular countable noun with no article: 'this is most important thing'.",
    bad=[
        "This is most important thing in my life.",
        "It was most difficult decision of my life.",
        "He lives in most beautiful city in Europe.",
    ],
    good=[
        "This is the most important thing in my life.",
        "It was a most welcome change.",
        "Most modern art is ugly.",
        "It was most welcome news.",
        "At least one person was hurt.",
        "They are most likely to win.",
    ],
    fixable=True,
    skip_quotes=True,
    source="noun classes counted from the UD English Web Treebank (CC BY-SA 4.0); tags from the shipped tagger",
)
def most_superlative_article(doc: Document, ctx: Context) -> list[Finding]:
    """A superlative picks out one thing, so a singular countable noun after *most* or *least*
    and an adjective takes *the* (or a possessive): *this is **the** most important thing*,
    *it was **the** most difficult decision of my life*. Checked after a form of *be* or
    *become* and after a preposition, when the noun is one a treebank counts as countable and
    it ends its phrase. *Most* meaning "very" before an uncountable noun (*it was most welcome
    news*), *most* as a quantifier (*most modern art*) and *at least* are left alone, as are
    headlines and quotations."""
    return list(_findings(doc))
