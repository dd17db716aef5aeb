"""A singular countable noun with no article after "there is" / "there was": "there was
accident on the road", "there is problem with the car" (write "an accident", "a problem")."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.families.grammar.articles import indefinite_article
from copylint.families.grammar.body import body_sentences, phrase_ends
from copylint.families.grammar.countable import noun_classes
from copylint.rule import Context, rule
from copylint.toolkit import suggest

#: Countable nouns that news and ordinary English use bare after "there is" ("there is concern
#: that", "there is cause for alarm", "there is reason to believe", "there is question over").
BARE_AFTER_THERE = frozenset(
    "concern cause reason question point doubt hope chance scope need demand call interest room "
    "precedent consensus agreement debate talk speculation pressure support opposition".split()
)
#: Tags of the word after the noun that show its phrase has ended.
AFTER = frozenset({".", ",", ":", "IN", "TO", "WDT", "WP", "CC", "RB", "VBG", "VBN"})


def _findings(doc: Document) -> Iterator[Finding]:
    classes = noun_classes()
    for sent in body_sentences(doc):
        for i in range(len(sent) - 3):
            if sent[i].low != "there" or sent[i + 1].low not in ("is", "was", "'s"):
                continue
            noun = sent[i + 2]
            if noun.tag != "NN" or not noun.text.isalpha() or not noun.text.islower():
                continue
            if classes.get(noun.low) != "C" or noun.low in BARE_AFTER_THERE or not phrase_ends(sent, i + 2, AFTER):
                continue
            article = indefinite_article(noun.low)
            yield suggest(
                Span(noun.start, noun.end),
                f"'{sent[i].text} {sent[i + 1].text} {noun.text}': a singular countable noun needs an article ('{article} {noun.text}')",
                f"{article} {noun.text}",
            )


@rule(
    "grammar.there-is-bare-noun",
    "Flags a singular countable noun with no article after 'there is' or 'there was': 'there was accident on the road'.",
    bad=[
        "There was accident on the road.",
        "I think there is problem with the car.",
    ],
    good=[
        "There was an accident on the road.",
        "There is concern that prices will rise.",
        "There is reason to believe it.",
        "There was talk of a deal.",
        "There is room for improvement.",
        "There was fire damage in the hall.",
    ],
    fixable=True,
    skip_quotes=True,
    source="noun classes counted from the UD English Web Treebank (CC BY-SA 4.0); tags from the shipped tagger",
)
def there_is_bare_noun(doc: Document, ctx: Context) -> list[Finding]:
    """After *there is* and *there was* a singular countable noun needs an article: *there was
    **an** accident on the road*, *there is **a** problem with the car*. Only nouns a treebank
    counts as countable are checked, and only when the noun ends its phrase (*there was fire
    damage* is fine). Nouns that English uses bare in this frame (*there is concern that*,
    *there is reason to*, *there is room for*, *there was talk of*) are left alone, as are
    headlines and quotations."""
    return list(_findings(doc))
