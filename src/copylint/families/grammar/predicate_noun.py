"""Singular countable nouns without their article or plural ending in three frames a tagger
makes decidable: the complement of "be" after a pronoun ("It will be good situation", "This is
important thing"; after a plural subject "They are good student"), the object of "have" ("They
will have better chance") and the noun after "there are" ("There are some problem"). The
nouns are those a treebank counts as countable (``data/countable.tsv``) or the lexicon lists
only as countable; the adjectives before them are plain ones (not ranks, counting words or
participles)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.families.grammar.articles import indefinite_article
from copylint.families.grammar.countable import COUNTING, NOT_COUNTED, REASONS, _unseen_countable, countable
from copylint.families.grammar.keyed import keyed
from copylint.families.grammar.lexicon import lexicon
from copylint.families.grammar.nouns import GROUP_NOUNS
from copylint.families.grammar.tags import count_singular
from copylint.nlp.analysis import Sentence
from copylint.nlp.lemma import inflect
from copylint.rule import Context, rule
from copylint.toolkit import suggest

#: Subject pronouns of one thing or person, and of more than one.
SINGULAR_SUBJECTS = frozenset("it this that he she i you".split())
PLURAL_SUBJECTS = frozenset("we they these those".split())
SUBJECTS = SINGULAR_SUBJECTS | PLURAL_SUBJECTS
#: Forms of "be" straight after the subject.
BE = frozenset("is was 's am 'm are 're were".split())
#: Words that may stand between the subject's verb and its complement.
BETWEEN = frozenset("not n't also really still always never definitely certainly probably surely just".split())
#: Intensifiers before the adjective ("a very good idea").
INTENSIFIERS = frozenset("very really extremely truly incredibly pretty fairly rather".split())
#: Adjectives of office and rank, before a role noun that goes bare after "be" ("he is former
#: chairman of", "she is deputy leader"), and adjectives that count or compare.
RANK = frozenset(
    "former chief deputy acting joint sole vice interim senior junior principal honorary founding managing "
    "executive general assistant associate lead head current reigning defending outgoing incoming caretaker "
    "little".split()
)
#: Role nouns that go bare after "be" ("he is club captain", "she was team leader").
ROLES = frozenset(
    "captain chairman chairwoman chair chief head president leader manager coach director editor mayor king "
    "queen prince princess governor champion secretary minister spokesman spokeswoman spokesperson adviser "
    "advisor chancellor premier treasurer deputy boss host member owner partner".split()
)
#: Adjective + noun pairs English uses bare as a set phrase ("that is fair game", "it is bad
#: form", "it was fair comment").
SET_PHRASES = frozenset({("fair", "game"), ("bad", "form"), ("good", "form"), ("fair", "comment"), ("fair", "play")})
#: Tags of the word after the noun that show its phrase has ended.
AFTER = frozenset({".", ",", ":", "IN", "TO", "CC", "WDT", "WP", "RB"})


def _subject_verb(sent: Sentence, p: int) -> int | None:
    """Index after the "be" that follows the subject pronoun at ``p`` (``is``, ``will be``,
    ``has been``, with ``not`` and a few adverbs), or None."""
    n = len(sent)
    k = p + 1
    if k < n and sent[k].low in BE:
        k += 1
    elif k + 1 < n and (
        (sent[k].tag == "MD" and sent[k + 1].low == "be")
        or (sent[k].low in ("has", "have", "had") and sent[k + 1].low == "been")
    ):
        k += 2
    elif k + 2 < n and sent[k].tag == "MD" and sent[k + 1].low in BETWEEN and sent[k + 2].low == "be":
        k += 3
    else:
        return None
    while k < n and sent[k].low in BETWEEN:
        k += 1
    return k


def _noun(sent: Sentence, k: int) -> tuple[int, int] | None:
    """(first word, noun) of an adjective phrase + singular countable noun from ``k``, or None."""
    n = len(sent)
    first = k
    if k < n and sent[k].low in INTENSIFIERS and sent[k].tag == "RB":
        k += 1
    adjectives = 0
    while (
        k < n
        and (sent[k].tag in ("JJ", "JJR") or (sent[k].tag == "JJS" and not adjectives and first == k))
        and sent[k].text.isalpha()
        and sent[k].text.islower()
    ):
        if sent[k].low in COUNTING or sent[k].low in RANK or sent[k].low == "least":
            return None
        if lexicon().tags(sent[k].low) & {"VBG", "VBN", "CD"}:
            return None  # "it is acting chairman", "he was elected mayor"
        k += 1
        adjectives += 1
    if not adjectives or adjectives > 2 or k >= n:
        return None
    noun = sent[k]
    if noun.tag != "NN" or not noun.text.isalpha() or not noun.text.islower():
        return None
    if not (countable(noun.low) or _unseen_countable(noun.low) or count_singular(noun.low)):
        return None
    if (
        noun.low in NOT_COUNTED
        or noun.low in ROLES
        or noun.low in REASONS
        or (sent[k - 1].low, noun.low) in SET_PHRASES
        or (sent[first].tag == "JJS" and noun.low == "man")  # "he was best man"
    ):
        return None
    if k + 1 < n and (sent[k + 1].tag not in AFTER or sent[k + 1].text in ("'s", "-", "'")):
        return None
    return first, k


def _candidates(doc: Document) -> Iterator[tuple[Sentence, int, int, bool]]:
    """(sentence, first word, noun, plural subject) of each bare complement."""
    for sent, p in keyed(doc, SUBJECTS):
        low = sent[p].low
        if p >= len(sent) - 3 or sent[p].tag not in ("PRP", "DT"):
            continue
        if p > 0 and sent[p - 1].tag in ("IN", "VB", "VBD", "VBP", "VBZ"):
            continue  # "in that is ...", "like this is": not a subject
        k = _subject_verb(sent, p)
        if k is None:
            continue
        got = _noun(sent, k)
        if got is None:
            continue
        first, i = got
        if k > 0 and sent[k - 1].low == "'s" and low not in ("it", "he", "she", "that"):
            continue
        # "my brother and I are good friend": 'I' with 'are' is part of a plural subject
        plural = low in PLURAL_SUBJECTS or (low == "i" and sent[p + 1].low in ("are", "were", "'re"))
        yield sent, first, i, plural


def _left(doc: Document, found: list[tuple[Sentence, int, int, bool]]) -> Iterator[tuple[Sentence, int, int, bool]]:
    """The candidates grammar.missing-article does not report already ("she is good friend");
    its finder runs only in a document with a candidate."""
    if not found:
        return
    from copylint.families.grammar.nouns import _missing_article

    taken = [(f.span.start, f.span.end) for f in _missing_article(doc)]
    for sent, first, i, plural in found:
        if not any(a < sent[i].end and sent[first].start < b for a, b in taken):
            yield sent, first, i, plural


def _findings(doc: Document) -> Iterator[Finding]:
    for sent, first, i, plural in _left(doc, list(_candidates(doc))):
        start, noun = sent[first], sent[i]
        phrase = doc.prose[start.start : noun.end]
        if plural:
            if noun.low in GROUP_NOUNS:
                continue  # "we are family"
            many = doc.prose[start.start : noun.start] + inflect(noun.low, "NNS")
            yield suggest(
                Span(start.start, noun.end),
                f"'{phrase}' describes more than one: write '{many}'",
                many,
            )
            continue
        if start.tag == "JJS":
            continue  # "it is best way": grammar.superlative-without-the's
        art = indefinite_article(start.text)
        yield suggest(
            Span(start.start, noun.end),
            f"'{noun.text}' is a singular countable noun: it needs an article ('{art} {phrase}')",
            f"{art} {phrase}",
            f"the {phrase}",
        )


def owned_spans(doc: Document) -> list[tuple[int, int]]:
    """Spans of the nouns grammar.predicate-bare-noun, grammar.have-bare-noun and
    grammar.singling-adjective-article check and of the subjects grammar.bare-subject-agreement
    reports without their article, for grammar.bare-singular-noun (opt-in), which leaves them
    to these rules."""
    from copylint.families.grammar.bare_subject import owned_subjects

    mine = [(sent[f].start, sent[i].end) for sent, f, i, _ in chain(_candidates(doc), _have_candidates(doc))]
    return mine + owned_subjects(doc) + [(f.span.start, f.span.end) for f in doc.memo(_singling_found)]


def _singling_found(doc: Document) -> tuple[Finding, ...]:
    """grammar.singling-adjective-article's findings, worked out once per document for the rule
    and :func:`owned_spans`."""
    return tuple(_singling_findings(doc))


@rule(
    "grammar.predicate-bare-noun",
    "Flags a singular countable noun with an adjective and no article after a pronoun and 'be': 'It will be good situation', 'They are good student'.",
    bad=[
        "It will be good situation for everyone.",
        "This is important thing to remember.",
        "That was very nice trip.",
        "We were best friend at school.",
        "They are good student.",
    ],
    good=[
        "It will be a good situation for everyone.",
        "This is an important thing to remember.",
        "He is former chairman of the bank.",
        "She is deputy leader of the party.",
        "That is fair game.",
        "It was big business for the town.",
        "It is good news.",
        "It was hard work.",
        "They are good students.",
        "We are family.",
        "He is acting captain.",
        "It is high time we left.",
        "She was club captain.",
        "He was best man at the wedding.",
        "It is best practice.",
        "It is the best way to learn.",
    ],
    fixable=True,
    skip_quotes=True,
    source="noun classes counted from the UD English Web Treebank (CC BY-SA 4.0); tags from the shipped tagger",
)
def predicate_bare_noun(doc: Document, ctx: Context) -> list[Finding]:
    """After a pronoun subject and a form of *be* (*it is*, *this was*, *it will be*, *she has
    been*), an adjective and a singular countable noun need an article: *it will be **a** good
    situation*, *this is **an** important thing*. After *we*, *they*, *these* or *those* the
    noun is plural: *they are good **students***, *we were best **friends***. Only nouns a treebank counts as countable
    (almost always with a determiner in the singular) are checked, with one or two plain
    adjectives before them, and only when the noun ends its phrase.

    Left alone: mass and abstract nouns (*it is good news*, *it was hard work*, *big
    business*), roles and ranks (*he is former chairman*, *she was club captain*, *acting
    captain*), counting words (*the first*, *little chance*), set phrases (*fair game*, *bad
    form*), group nouns after *we are* (*we are family*), headlines and quotations. The nouns
    grammar.missing-article already reports (*she is good friend*) are its."""
    return list(_findings(doc))


#: Words between "there are" and a noun that count more than one ("there are some ...").
THERE = frozenset({"there"})
THERE_COUNTERS = (("some",), ("a", "lot", "of"), ("lots", "of"), ("plenty", "of"), ("no",), ())


def _there_findings(doc: Document) -> Iterator[Finding]:
    for sent, p in keyed(doc, THERE):
        n = len(sent)
        if p < n - 3 and sent[p].tag == "EX" and sent[p + 1].low in ("are", "were", "'re"):
            k = p + 2
            lows = tuple(t.low for t in sent[k : k + 3])
            for counter in THERE_COUNTERS:
                if lows[: len(counter)] == counter:
                    break
            j = k + len(counter)
            i = j
            while i < n and sent[i].tag in ("JJ", "JJR") and sent[i].text.islower() and sent[i].low not in COUNTING:
                i += 1
            if i >= n or i - j > 2:
                continue
            noun = sent[i]
            if noun.tag != "NN" or not noun.text.isalpha() or not noun.text.islower():
                continue
            if not (countable(noun.low) or count_singular(noun.low)) or noun.low in NOT_COUNTED:
                continue
            if counter[-1:] == ("of",) and countable(noun.low):
                continue  # "a lot of problem": grammar.counted-noun-number's
            if noun.low in GROUP_NOUNS or (i + 1 < n and (sent[i + 1].tag not in AFTER or sent[i + 1].low == "of")):
                continue  # "there are some family members": a modifier; "no end of"
            if noun.low in ("kind", "sort", "type", "number", "variety", "range", "host", "lot"):
                continue
            start = sent[j] if j < i else noun
            many = doc.prose[start.start : noun.start] + inflect(noun.low, "NNS")
            yield suggest(
                Span(start.start, noun.end),
                f"'{sent[p].text} {sent[p + 1].text}' counts more than one: write '{many}'",
                many,
            )


@rule(
    "grammar.there-are-singular-noun",
    "Flags a singular countable noun after 'there are' or 'there were': 'There are some problem with it' (write 'problems').",
    bad=[
        "There are some problem with the car.",
        "There are a lot of place to visit.",
        "There are no easy answer to this.",
    ],
    good=[
        "There are some problems with the car.",
        "There were a lot of new students this year.",
        "There are a number of options.",
        "There were some family members there.",
        "There are many kinds of tea.",
        "There were lots of fun and games.",
    ],
    fixable=True,
    skip_quotes=True,
    source="noun classes counted from the UD English Web Treebank (CC BY-SA 4.0); tags from the shipped tagger",
)
def there_are_singular_noun(doc: Document, ctx: Context) -> list[Finding]:
    """After *there are* and *there were* a countable noun is plural: *there are some
    **problems***, *there are no easy **answers***. The rule checks a singular noun a treebank or
    the lexicon counts as countable, straight after *there are* or after *some*, *no*, *a lot
    of*, *lots of*, *plenty of* and up to two adjectives, when the noun ends its phrase (after
    *a lot of* the treebank's countable nouns are grammar.counted-noun-number's). Mass nouns (*there were lots of fun*), nouns that modify another (*some family
    members*), group nouns and *kind*, *number*, *variety* are left alone, as are headlines and
    quotations."""
    return list(_there_findings(doc))


#: Forms of "have" as a main verb ("will have better chance").
HAVE = frozenset("have has had having".split())


def _have_candidates(doc: Document) -> Iterator[tuple[Sentence, int, int, bool]]:
    for sent, v in keyed(doc, HAVE):
        if not 0 < v < len(sent) - 2 or not sent[v].tag.startswith("VB"):
            continue
        prev = sent[v - 1]
        if prev.tag not in ("PRP", "MD", "TO", "RB", "NNS", "NN") or prev.low in ("not", "n't"):
            continue
        got = _noun(sent, v + 1)
        if got is not None:
            yield sent, got[0], got[1], False


def _have_findings(doc: Document) -> Iterator[Finding]:
    for sent, first, i, _ in _left(doc, list(_have_candidates(doc))):
        start, noun = sent[first], sent[i]
        phrase = doc.prose[start.start : noun.end]
        art = "the" if start.tag == "JJS" else indefinite_article(start.text)
        yield suggest(
            Span(start.start, noun.end),
            f"'{noun.text}' is a singular countable noun: it needs an article ('{art} {phrase}')",
            f"{art} {phrase}",
        )


@rule(
    "grammar.have-bare-noun",
    "Flags a singular countable noun with an adjective and no article after 'have': 'They will have better chance' (write 'a better chance').",
    bad=["They will have better chance to win.", "She has very big house."],
    good=[
        "They will have a better chance next year.",
        "She has a very big house.",
        "They had good reason to leave.",
        "He has little chance.",
        "We have hard work ahead.",
        "She has former captain Smith on her side.",
    ],
    fixable=True,
    skip_quotes=True,
    source="noun classes counted from the UD English Web Treebank (CC BY-SA 4.0); tags from the shipped tagger",
)
def have_bare_noun(doc: Document, ctx: Context) -> list[Finding]:
    """After *have* as a main verb, an adjective and a singular countable noun need an article:
    *they will have **a** better chance*, *she has **a** very big house*. The same nouns and
    adjectives as grammar.predicate-bare-noun are checked (treebank-countable nouns, one or two
    plain adjectives, the noun ending its phrase), after *have*, *has*, *had* or *having* that
    follows a pronoun, a noun, a modal, *to* or an adverb. Mass nouns (*hard work*), *reason*
    (*good reason to*), counting words (*little chance*), ranks and roles are left alone, and so
    are the nouns grammar.missing-article already reports, headlines and quotations."""
    return list(_have_findings(doc))


#: Adjectives that single out one thing and so need an article before a singular countable noun
#: ("a certain person", "a particular case", "the whole day").
SINGLING = frozenset("certain particular specific whole entire".split())
#: Nouns "certain" describes as sure to happen, used bare ("faced certain death").
OUTCOMES = frozenset("death defeat victory doom failure disaster destruction ruin extinction".split())
#: Words before the adjective that already determine the noun.
DETERMINING = frozenset({"DT", "PRP$", "POS", "CD", "WP$", "WDT", "PDT"})


def _singling_findings(doc: Document) -> Iterator[Finding]:
    for sent, k in keyed(doc, SINGLING):
        n = len(sent)
        adj = sent[k]
        if 0 < k < n - 1 and adj.tag == "JJ" and adj.text.islower():
            b = k - 1
            while b > 0 and sent[b].tag in ("RB", "RBS", "RBR"):
                b -= 1  # "a most certain sign"
            prev = sent[b]
            if prev.tag in DETERMINING or prev.low in ("such", "what", "many", "no", "any", "each", "every", "in"):
                continue
            noun = sent[k + 1]
            if noun.tag != "NN" or not noun.text.isalpha() or not noun.text.islower():
                continue
            if not (countable(noun.low) or count_singular(noun.low)) or noun.low in OUTCOMES or noun.low in NOT_COUNTED:
                continue
            if k + 2 < n and (sent[k + 2].tag not in AFTER or sent[k + 2].text in ("'s", "-", "'")):
                continue
            if k + 4 < n and sent[k + 2].low in ("and", "or") and sent[k + 3].tag == "NN" and sent[k + 4].tag == "NNS":
                continue  # "certain file or folder names": two modifiers of one plural noun
            art = "the" if adj.low in ("whole", "entire") else indefinite_article(adj.low)
            phrase = doc.prose[adj.start : noun.end]
            yield suggest(
                Span(adj.start, noun.end),
                f"'{phrase}': a singular countable noun after '{adj.text}' needs an article: '{art} {phrase}'",
                f"{art} {phrase}",
            )


@rule(
    "grammar.singling-adjective-article",
    "Flags 'certain', 'particular', 'specific', 'whole' or 'entire' before a singular countable noun with no article: 'it depends on specific situation'.",
    bad=[
        "It depends on specific situation.",
        "Students need to understand certain thing in life.",
    ],
    good=[
        "It depends on the particular person.",
        "Students need to understand certain things in life.",
        "They spent the whole day at the beach.",
        "He faced certain death.",
        "It is a most certain sign of trouble.",
        "It rained in particular places.",
        "Pay particular attention to it.",
        "She is certain.",
        "The whole team came.",
        "Avoid certain file or folder names.",
    ],
    fixable=True,
    skip_quotes=True,
    source="noun classes counted from the UD English Web Treebank (CC BY-SA 4.0); tags from the shipped tagger",
)
def singling_adjective_article(doc: Document, ctx: Context) -> list[Finding]:
    """*Certain*, *particular* and *specific* single out one of many, and *whole* and *entire*
    take all of one thing, so before a singular countable noun they need an article: *it
    depends on **a** specific situation*, *a certain thing*, *the whole day*. The rule checks
    the adjective straight before a singular noun that a treebank or the lexicon counts as
    countable, when nothing before the adjective determines the noun (an article, a
    possessive, a number, *such*, *what*, *any*, *every*) and the noun ends its phrase. Mass
    nouns (*particular attention*), plurals (*certain things*), *certain* + an outcome
    (*certain death*, *certain defeat*), headlines and quotations are left alone."""
    return list(doc.memo(_singling_found))
