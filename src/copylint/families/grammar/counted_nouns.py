"""A singular noun after a word that counts more than one, when the noun phrase ends in a way the
older number rules do not read as an ending: "many new employee every year", "many subject
better than", "one of the most important thing is", "several country have".

grammar.quantifier-number and grammar.counted-singular-noun check the same quantifiers with a
stricter test of where the noun phrase ends and of which nouns count; this rule takes the
shipped tagger's word (the noun is NN in its sentence, the next word starts no noun compound)
and the treebank's noun classes, and stays silent wherever one of those rules (or
grammar.determiner-number) already reports the noun."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.families.grammar.body import JOINERS, phrase_ends
from copylint.families.grammar.countable import _in_heading, noun_classes, opener
from copylint.families.grammar.lexicon import lexicon
from copylint.families.grammar.nouns import GROUP_NOUNS
from copylint.families.grammar.subject_agreement import title_like
from copylint.families.grammar.tags import count_singular
from copylint.nlp.analysis import Sentence, tagged
from copylint.nlp.lemma import inflect
from copylint.rule import Context, rule
from copylint.toolkit import suggest

#: Quantifiers that take a plural count noun ("many reasons", "several countries").
PLURAL_QUANTIFIERS = frozenset("many several various numerous few".split())
#: Lexicon tags that keep a noun out of the pattern rules grammar.number-singular-noun and
#: grammar.numeral-singular-noun, which check "several" and the number words (this rule checks
#: "several", "various" and "numerous" only before such nouns, so no slip is reported twice).
PATTERN_EXCEPT = frozenset({"NNS", "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "CD", "IN", "DT", "VBZ"})
#: Phrases ending in "of" that count more than one; only nouns the treebank counts as countable
#: (class C) are checked after them ("a lot of time" is fine).
COUNTING_OF = (("a", "lot", "of"), ("lots", "of"), ("plenty", "of"))
#: Determiners of the phrase after "one of" ("one of the reasons", "one of my friends").
ONE_OF_DETERMINERS = frozenset("the my your his her its our their these those".split())
#: Nouns used in the singular after a quantifier ("many hundred", "several head of cattle"), nouns whose plural is the singular, and words the tagger calls NN
#: that do not count things.
NOT_COUNTED = frozenset(
    "foot pound stone head hundred thousand dozen million billion trillion score percent cent yen "
    "sheep deer fish aircraft craft series species offspring means lot bit deal couple number one "
    "while time".split()
)
#: Nouns of the "kind of" family, counted only after many/several/various/numerous.
KINDS = frozenset("kind sort type".split())
#: Tags of a word after the noun that shows its noun phrase has ended.
AFTER_PHRASE = frozenset(
    {
        ".",
        ",",
        ":",
        "IN",
        "TO",
        "MD",
        "VBZ",
        "VBD",
        "VBP",
        "VB",
        "VBN",
        "WDT",
        "WP",
        "CC",
        "RB",
        "DT",
        "PRP",
        "EX",
        "JJR",
    }
)
#: Words before 'many' or 'few' that leave it a quantifier ("so many", "quite a few").
QUANTIFIER_PREFIX = frozenset("so too as how quite a very".split())
#: Tags of a word after the noun that show it is the verb's subject ("many plan will fail").
VERB_TAGS = frozenset({"MD", "VB", "VBZ", "VBD", "VBP", "VBN", "VBG"})
#: Words that join a noun to more of its phrase (here "/" too: "many student/teacher pairs").
_JOINERS = JOINERS | {"/"}
#: Tags walked over between the quantifier and the noun.
MODIFIERS = frozenset({"JJ", "JJS", "RBS"})
#: Groups counted as one whose members "one of the" picks out ("one of the herd", "one of the
#: field" in a race, "one of the old school"), besides grammar's group nouns.
GROUPS = GROUP_NOUNS | frozenset("field school family class".split())
#: A sentence without one of these words has no counting word or phrase (see :func:`_counter`).
COUNTING_WORDS = (
    PLURAL_QUANTIFIERS | frozenset(w for phrase in COUNTING_OF for w in phrase if w not in ("a", "of")) | {"one"}
)


def _counter(sent: Sentence, j: int) -> tuple[int, str] | None:
    """(start, kind) of the counting word or phrase that ends just before ``sent[j]``."""
    if j == 0:
        return None
    prev = sent[j - 1]
    low = prev.low
    before = sent[j - 2].low if j >= 2 else ""
    if low in PLURAL_QUANTIFIERS and prev.tag in ("JJ", "DT", "JJS"):
        if before in ("the", "that", "most", "more", "less", "least", "how", "so", "too", "as"):
            return None
        if before in ("a", "an") and low != "few":
            return None  # "a many-sided": not a count
        return j - 1, "quantifier"
    lows = tuple(t.low for t in sent[max(0, j - 3) : j])
    for phrase in COUNTING_OF:
        if lows[-len(phrase) :] == phrase:
            return j - len(phrase), "of"
    if len(lows) == 3 and lows[0] == "one" and lows[1] == "of" and lows[2] in ONE_OF_DETERMINERS:
        if j >= 4 and sent[j - 4].low in ("the", "a", "any", "no", "every"):
            return None  # "the one of the ..."
        return j - 3, "one of"
    return None


def _pronoun_and_verb(sent: Sentence, start: int, i: int) -> bool:
    """Whether ``sent[start]`` (a quantifier straight before ``sent[i]``) opens its clause and
    ``sent[i]`` can be a present-tense verb that no verb follows: the quantifier stands alone as
    the subject ("Many fear that ...", "Few object to it", "Many vote for it out of habit")."""
    k = start - 1
    while k >= 0 and sent[k].low in QUANTIFIER_PREFIX:
        k -= 1  # "So many struggle to ...", "Quite a few object to it"
    if k >= 0 and not opener(sent[k]):
        return False
    if "VBP" not in lexicon().tags(sent[i].low):
        return False
    return i + 1 >= len(sent) or sent[i + 1].tag not in VERB_TAGS


def _others(doc: Document) -> set[tuple[int, int]]:
    """Spans the older number rules report in ``doc`` (this rule stays silent on them)."""
    from copylint.families.grammar.agreement import _determiner_findings
    from copylint.families.grammar.countable import _singular_after_counter
    from copylint.families.grammar.nouns import _quantifier_findings

    spans = set()
    for found in (_quantifier_findings(doc), _singular_after_counter(doc), _determiner_findings(doc)):
        for f in found:
            spans.add((f.span.start, f.span.end))
    return spans


def _findings(doc: Document) -> Iterator[Finding]:
    classes = noun_classes()
    others: set[tuple[int, int]] | None = None
    for sent in tagged(doc):
        if COUNTING_WORDS.isdisjoint([t.low for t in sent]) or title_like(sent) or _in_heading(doc, sent):
            continue
        for i, tok in enumerate(sent):
            if tok.tag != "NN" or not tok.text.isalpha() or not tok.text.islower() or tok.low in NOT_COUNTED:
                continue
            if not phrase_ends(sent, i, AFTER_PHRASE, _JOINERS):
                continue
            j = i
            while j > 0 and sent[j - 1].tag in MODIFIERS and sent[j - 1].low not in PLURAL_QUANTIFIERS:
                j -= 1
            if any(not sent[k].text.islower() for k in range(j, i)):
                continue  # a name ("two New York firms")
            got = _counter(sent, j)
            if got is None:
                continue
            start, kind = got
            cls = classes.get(tok.low)
            if kind == "of":
                if cls != "C":
                    continue  # "a lot of time": a mass reading
            elif cls not in ("C", "B") and not count_singular(tok.low):
                continue
            if tok.low in KINDS and not (kind == "quantifier" and sent[start].low not in ("few", "both")):
                continue
            if kind == "one of" and (tok.low in GROUPS or cls != "C"):
                continue  # "one of the team"
            if kind == "quantifier" and j == i and _pronoun_and_verb(sent, start, i):
                continue  # "Many point to the drop", "Few object to it": the quantifier is the subject
            if sent[start].low in ("several", "various", "numerous") and not lexicon().tags(tok.low) & PATTERN_EXCEPT:
                continue  # the number pattern rules' ground
            if i + 1 < len(sent) and sent[i + 1].tag == "CC":
                continue  # "a lot of time and money", "one of the biggest nuisance and security threats"
            plural = inflect(tok.low, "NNS")
            if not plural or not plural.endswith("s"):
                continue  # "sheep"; "man"/"men": grammar.woman-women's
            if others is None:
                others = _others(doc)
            counter = sent[start]
            if any(a < tok.end and counter.start < b for a, b in others):
                continue
            head = doc.prose[counter.start : tok.start]
            said = doc.prose[counter.start : sent[j - 1].end]
            yield suggest(
                Span(counter.start, tok.end),
                f"'{said}' counts more than one: the noun is plural ('{head}{plural}')",
                f"{head}{plural}",
            )


@rule(
    "grammar.counted-noun-number",
    "Flags a singular noun after a word that counts more than one: 'many new employee every year', 'lots of way to', 'one of the most important thing'.",
    bad=[
        "They hire many new employee every year.",
        "One of the most important thing is health.",
        "Several country have joined the scheme.",
        "There are lots of way to do it.",
    ],
    good=[
        "They hire many new employees every year.",
        "One of the most important things is health.",
        "He is six foot tall.",
        "There was a lot of time and money.",
        "It was a three year deal.",
        "One of the team is injured.",
        "Many a time I have wondered.",
        "Many fear that prices will rise.",
        "Two hundred people came.",
        "She won for the third time in five years.",
    ],
    fixable=True,
    skip_quotes=True,
    source="noun classes counted from the UD English Web Treebank (CC BY-SA 4.0); tags from the shipped tagger",
)
def counted_noun_number(doc: Document, ctx: Context) -> list[Finding]:
    """*Many*, *several*, *various*, *numerous*, *few*, *a lot of*, *lots of* and *one of
    the* count more than one thing, so the noun after them is plural: *many new employees
    every year*, *lots of ways to*, *one of the most important things*. The noun must
    be a singular noun in its sentence (the tagger's reading), one the treebank counts as
    countable (after *a lot of*, only nouns it never uses as mass nouns), and it must end its
    noun phrase: the next word is a verb, a preposition, a determiner, an adverb or punctuation,
    not a noun or an adjective (*many home owners* is fine). Measures used in the singular
    (*foot*, *pound*, *hundred*), nouns whose plural is the singular (*sheep*), names,
    headlines and quotations are left alone. Numbers are grammar.number-singular-noun's; where
    grammar.quantifier-number, grammar.counted-singular-noun or grammar.determiner-number report
    the noun, this rule stays silent."""
    return list(_findings(doc))
