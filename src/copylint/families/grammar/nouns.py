"""Noun phrases: a missing article before a countable noun, 'a/an' before an uncountable noun,
'these' with a singular noun, 'one' or 'a' with a plural one."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Edit, Finding, Span
from copylint.document import Document
from copylint.families.grammar.articles import indefinite_article
from copylint.families.grammar.base import ARTICLES, Word, anchor_groups, anchors, replace
from copylint.families.grammar.tags import adjective, adverb_ly, count_singular, plural_only, tagset
from copylint.rule import Context, rule
from copylint.toolkit import match_case, suggest

#: Prepositions after which a singular countable noun needs a determiner.
ARTICLE_PREPS = frozenset("at by for in about with into on under inside towards onto".split())
#: Singular countable nouns that English uses bare after a preposition or 'be' (by car, in hospital,
#: on foot, at dawn, he was captain): transport, institutions, meals, times of day, roles, idioms.
BARE_OK = frozenset(
    # transport and means
    "car bus coach train plane boat ship ferry taxi cab bike bicycle helicopter tram rail road air foot horseback "
    "phone telephone email e-mail post letter fax radio camera video tape film satellite cable "
    "computer machine mail cheque courier messenger internet speaker speakerphone invitation "
    # institutions and places used bare
    "hospital town college university school church prison court home bed office stage screen board deck hand "
    "campus parliament congress shore land sea duty tour holiday vacation leave strike trial bail loan parole "
    "record display sale hire rent offer air line site location paper file cue "
    # meals, times and seasons ("in autumn", "by winter")
    "breakfast lunch dinner supper brunch tea midnight noon midday dawn dusk daybreak sunrise sunset nightfall "
    "lunchtime bedtime teatime halftime half-time daylight night day weekend spring summer autumn winter "
    # idioms and set phrases
    "purpose average behalf top course target track time schedule demand request arrival departure impact "
    "camera record standby guard watch alert call trial appeal paper principle person average foot fire "
    "board stream edge hold notice account arrest review investigation threat attack oath control contract "
    "construction way consideration discussion negotiation fire scrutiny pressure orders order command "
    "warning charge permission success delay exception question doubt trace fail default exile retirement "
    "production service power office force effect play law orbit custody administration liquidation receivership "
    "credit debit cash cheque check tap draught stock hand loss profit par margin lease licence license "
    "mum dad mom grandma grandad granny nan auntie uncle sir madam captain chairman chairwoman chair chief head "
    "president leader manager coach director editor mayor king queen prince governor champion secretary "
    "minister spokesman spokeswoman spokesperson adviser chancellor premier treasurer deputy boss host "
    "consensus accident chance nature birth heart mind sight sight risk gunpoint knifepoint random length speed "
    "odds bay hand stake auction kickoff kick-off heart first last half full conclusion case instance example place "
    "husband wife son daughter brother sister partner girlfriend boyfriend fiancee fiance father mother "
    "context lifestyle second third fourth fifth sixth seventh eighth ninth tenth centre center goal miss "
    # dimensions ("three inches in diameter") and set phrases ("trial by jury", "in concert with",
    # "under penalty of", "by popular vote", "by railway")
    "diameter radius circumference width breadth height depth thickness jury concert penalty vote railway whim audit "
    # numbers named as values ("the count is zero", "the score was nil")
    "zero nil "
    # layouts and modes, named as kinds ("listed in long format", "run in safe mode")
    "format mode".split()
)
#: A preposition and a countable noun English uses bare in a set phrase ("it ended in disaster",
#: "a recipe for disaster", "the bill is in committee", "she is in surgery", "in theory").
BARE_IDIOMS = frozenset(
    "in disaster|for disaster|in catastrophe|in committee|in surgery|into surgery|to surgery|out of surgery|"
    "in theory|on form".split("|")
)
#: Words after the noun that show the noun phrase has ended (so the noun is not a modifier).
PHRASE_END = frozenset(
    "with a an the to for in on at from but too because when before after yesterday today tonight now again "
    "his her my their our your him them me us which".split()
)
END_PUNCT = frozenset(".!?,;:")
#: Adjectives whose 'of' is followed by a noun phrase that, if singular and countable, needs an article.
ADJ_OF = frozenset("afraid scared terrified fond proud ashamed aware tired sick jealous".split())
#: Words after which 'lot of' has lost its 'a': "does lot of things".
LOT_VERBS = frozenset(
    "do does did doing have has had having make makes made take takes took is was are were spent spend "
    "spends saw see sees got get gets need needs needed want wants wanted with".split()
)
#: Endings of abstract nouns, which are often used without an article ("in conclusion", "in
#: practice"); and -s, where singular and plural are hard to tell apart ("physics", "series").
ABSTRACT = (
    "s",
    "tion",
    "sion",
    "ment",
    "ness",
    "ity",
    "ism",
    "ence",
    "ance",
    "ship",
    "hood",
    "ure",
    "dom",
    "cy",
    "ogy",
    "ing",
)


def _ends_phrase(doc: Document, words: list[Word], k: int) -> bool:
    """Is words[k] the last word of its noun phrase (punctuation or a phrase-ending word follows)?"""
    after = doc.prose[words[k].end : words[k].end + 1]
    if after in ("'", "’", "-"):
        return False
    if after in END_PUNCT:
        return True
    if k + 1 >= len(words):
        return after == "" or after.isspace()
    nxt = words[k + 1]
    return nxt.joined and nxt.low in PHRASE_END


def _noun_after(words: list[Word], j: int) -> int | None:
    """Skip -ly adverbs and plain adjectives from ``j``; the index of the noun, or None."""
    k = j
    while (
        k < len(words)
        and words[k].joined
        and not words[k].capitalised
        and (adjective(words[k].low) or adverb_ly(words[k].low) or _adjective_before_noun(words, k))
    ):
        k += 1
    if k < len(words) and words[k].joined and not words[k].capitalised:
        return k
    return None


NOT_ADJECTIVES = frozenset("one first last next top best own such same whole other former latter only".split())


def _adjective_before_noun(words: list[Word], k: int) -> bool:
    """An adjective that is also a noun (*good*, *top*) counts as one when a countable noun follows."""
    if words[k].low in NOT_ADJECTIVES:
        return False
    return (
        "JJ" in tagset(words[k].low) and k + 1 < len(words) and words[k + 1].joined and count_singular(words[k + 1].low)
    )


#: The words a missing-article test starts from.
MISSING_ARTICLE_TRIGGERS = ARTICLE_PREPS | {"is", "was", "of", "lot"}

#: word -> whether a missing-article test ends at it when it follows the trigger (see
#: :func:`_ends_test`); filled as words are met (the lexicon is the same for the whole process).
_ENDS_TEST: dict[str, bool] = {}


def _ends_test(low: str) -> bool:
    """Whether ``_missing_article`` finds nothing when the word after its trigger is ``low``:
    ``_noun_after`` does not skip it (not an adjective, -ly adverb or adjective-before-noun), so
    the noun it returns is that word or none, and the word is not a countable singular noun.
    Most words after a preposition ("the", "a", "his") are such words."""
    got = _ENDS_TEST.get(low)
    if got is None:
        got = _ENDS_TEST[low] = not (
            adjective(low)
            or adverb_ly(low)
            or (low not in NOT_ADJECTIVES and "JJ" in tagset(low))
            or count_singular(low)
        )
    return got


def _parallel_bare_by(words: list[Word], i: int) -> bool:
    """An earlier 'by' + bare noun in the sentence, joined to 'by' at ``i`` by 'or'/'and'."""
    for j in range(max(0, i - 8), i - 1):
        if words[j].low == "by" and "NN" in tagset(words[j + 1].low) and not tagset(words[j + 1].low) & {"DT", "PRP$"}:
            return any(x.low in ("or", "and") for x in words[j + 2 : i])
    return False


#: Means of transport, communication and payment, which go bare after "by": "sent by courier",
#: "travelled by rail". Other nouns need their article ("written by a teacher").
MEANS = frozenset(
    "courier post mail hand car bus train coach taxi bicycle bike air sea road rail ship boat ferry plane "
    "foot phone telephone email e-mail fax letter telegram text radio satellite cable wire video "
    "lorry truck van tram tube metro subway helicopter aircraft aeroplane airplane jet freighter steamer "
    "cheque check card cash transfer".split()
)


def _missing_article(doc: Document) -> Iterator[Finding]:
    for words, found in anchor_groups(doc, MISSING_ARTICLE_TRIGGERS):
        last = words[-1]
        if doc.prose[last.end : last.end + 1] not in (".", "!", "?"):
            continue  # headlines and captions drop articles by design
        block = doc.block_of(words[0].start)
        if block is not None and doc.blocks[block].kind in ("heading", "title", "caption", "table-cell"):
            continue
        for i in found:
            w = words[i]
            trigger = (
                w.low in ARTICLE_PREPS
                or (w.low in ("is", "was") and i > 0 and words[i - 1].low in ("he", "she", "it", "this", "that"))
                or (w.low == "of" and i > 0 and words[i - 1].low in ADJ_OF)
            )
            if (
                w.low == "lot"
                and i > 0
                and words[i - 1].low in LOT_VERBS
                and i + 1 < len(words)
                and words[i + 1].low == "of"
                and w.joined
            ):
                yield replace(w.start, w.end, f"'{w.text} of' needs 'a': 'a lot of'", w.text, "a lot")
                continue
            if not trigger or (w.capitalised and i > 0):
                continue
            if i + 1 >= len(words) or _ends_test(words[i + 1].low):
                continue  # (what the tests below decide for it)
            k = _noun_after(words, i + 1)
            if k is None:
                continue
            noun = words[k]
            if w.low == "for" and k > i + 1:
                continue  # "the award for best actor": award categories go bare
            if w.low == "on" and i > 0 and words[i - 1].low in ("depending", "dependent", "contingent"):
                continue  # "depending on size, ...": the noun names a kind of thing, not one thing
            if (
                w.low == "by"
                and k == i + 1
                and noun.low in MEANS
                and i > 0
                and "VBN" in tagset(words[i - 1].low)
                and (k + 1 == len(words) or not words[k + 1].joined or words[k + 1].low in ("and", "or", "but"))
            ):
                continue  # "sent by courier.", "obtained by writ but ...": the means closing a passive clause
            if w.low == "by" and k == i + 1 and _parallel_bare_by(words, i):
                continue  # "either by position or by keyword": a bare means coordinated with another
            if not count_singular(noun.low) or noun.low in BARE_OK or "-" in noun.low or noun.low.endswith(ABSTRACT):
                continue
            if k == i + 1 and f"{w.low} {noun.low}" in BARE_IDIOMS:
                continue
            if any(x.low in BARE_OK for x in words[i + 1 : k]):
                continue  # "by video link", "on stage door": a bare-noun idiom as modifier
            if k == i + 1 and "VB" in tagset(noun.low) and w.low in ARTICLE_PREPS:
                continue  # "for download", "on search": a verb or activity noun used bare
            if not _ends_phrase(doc, words, k):
                continue
            if (
                doc.prose[noun.end : noun.end + 1] == "."
                and doc.prose[noun.end + 1 : noun.end + 3].strip()[:1].isdigit()
            ):
                continue  # an abbreviation before a number: "as in fig. 7", "see no. 4"
            if (
                w.low in ("is", "was")
                and k + 2 < len(words)
                and words[k + 1].low in ("at", "to", "for", "of")
                and words[k + 2].capitalised
            ):
                continue  # a post at a named place: "he was organist at St Mark's", "she is adviser to Smith"
            if k + 1 < len(words) and words[k + 1].low in ("the", "a", "an"):
                continue  # "for consumer the arm": words out of order, not a missing article
            if i > 0 and words[i - 1].low == noun.low:
                continue  # "step by step", "side by side"
            if k + 2 < len(words) and words[k + 2].low == noun.low:
                continue  # "from house to house", "day after day"
            if i > 0 and words[i - 1].low in ("what", "which", "whose", "such", "many", "no"):
                continue
            first = words[i + 1]
            art = indefinite_article(first.text)
            span = Span(first.start, noun.end)
            fixed = f"{art} {doc.prose[first.start : noun.end]}"
            yield suggest(
                span,
                f"A singular countable noun needs an article: '{fixed}' (or 'the')",
                fixed,
                f"the {doc.prose[first.start : noun.end]}",
            )


@rule(
    "grammar.missing-article",
    "Flags a singular countable noun with no article after a preposition or 'is': 'waiting at airport'.",
    bad=[
        "He was waiting at airport.",
        "She is good friend, he said.",
        "Police found the car by river.",
        "The letter was written by teacher.",
    ],
    good=[
        "He was waiting at the airport.",
        "She travelled by car and stayed in hospital.",
        "He was waiting at home.",
        "She is a good friend.",
        "Workers went on strike.",
        "He is director for consumer the arm of the firm.",
        "The pipe is two inches in diameter.",
        "He was organist at St Mark's for a decade.",
        "The firm was under audit at the time.",
        "The charger is compatible with older phones.",
        "The curve flattens, as shown in fig. 3 of the report.",
        "The trip ended in disaster.",
        "The bill is in committee.",
        "The parcels were delivered by courier.",
        "Values can be given either by position or, more clearly, by keyword.",
        "The sizes are shown in long format.",
        "The goods were shipped by sea.",
    ],
    fixable=True,
    skip_quotes=True,
)
def missing_article(doc: Document, ctx: Context) -> list[Finding]:
    """A singular countable noun (*airport*, *friend*, *river*) needs a determiner: *at the
    airport*, *a good friend*. Nouns English uses bare are left alone (*by car*, *in
    hospital*, *at dawn*, *on foot*, *he was captain*), and so are uncountable nouns (*in
    school*, *with music*), headlines and captions, which drop articles by design, and
    direct quotations."""
    return list(_missing_article(doc))


#: Nouns that are uncountable in standard English (learners' lists): never 'a/an' + noun alone.
#: (Not "vocabulary" or "behaviour", which dictionaries list as countable too: "a vocabulary of
#: 2,000 words", "a learned behaviour".)
UNCOUNTABLE = frozenset(
    "advice information furniture luggage baggage equipment homework housework knowledge accommodation news progress "
    "research evidence traffic weather machinery clothing scenery jewellery jewelry garbage rubbish software feedback "
    "cutlery crockery luck permission wildlife fun merchandise livestock".split()
)


def _uncountable_findings(doc: Document) -> Iterator[Finding]:
    for words, i in anchors(doc, ARTICLES):
        if i + 1 >= len(words):
            continue
        art = words[i]
        if art.low not in ("a", "an") or (art.text == "A" and i > 0):
            continue
        k = i + 1
        while (
            k < len(words) - 1
            and words[k].joined
            and not words[k].capitalised
            and (
                adjective(words[k].low)
                or adverb_ly(words[k].low)
                or words[k].low == "very"
                or ("JJ" in tagset(words[k].low) and words[k + 1].low in UNCOUNTABLE)
            )
        ):
            k += 1
        noun = words[k]
        if not noun.joined or noun.capitalised or noun.low not in UNCOUNTABLE:
            continue
        after = doc.prose[noun.end : noun.end + 1]
        nxt = words[k + 1] if k + 1 < len(words) else None
        if after in ("-", "'", "’") or (
            nxt is not None
            and nxt.joined
            and (nxt.low == "of" or (tagset(nxt.low) & {"NN", "NNS"} and not tagset(nxt.low) & {"VBZ", "VBD", "MD"}))
        ):
            continue  # "a knowledge of French", "a research project"
        if i > 0 and words[i - 1].low in ("reach", "reached", "reaching", "such", "quite", "what"):
            continue  # "reach an accommodation", "what a luck" (exclamative)
        span = Span(art.start, noun.end)
        rest = doc.prose[words[i + 1].start : noun.end]
        yield suggest(
            span,
            f"'{noun.text}' is uncountable: drop '{art.text}' ('{rest}') or use 'a piece of', 'some'",
            match_case(art.text, rest),
            edit=Edit(Span(art.start, words[i + 1].start), ""),
        )


@rule(
    "grammar.uncountable-article",
    "Flags 'a/an' before an uncountable noun and plurals of one: 'an advice', 'informations'.",
    bad=["She gave him an advice.", "Police are seeking a new information about the attack."],
    good=[
        "She gave him some advice.",
        "He has a good knowledge of French.",
        "It was a research project.",
        "Police have new information.",
        "Children learn a vocabulary of 2,000 words and a new behaviour.",
    ],
    fixable=True,
    skip_quotes=True,
)
def uncountable_article(doc: Document, ctx: Context) -> list[Finding]:
    """Uncountable nouns (*advice*, *information*, *equipment*, *luggage*, *evidence*) take no
    *a/an* and no plural: *some advice*, *a piece of information*, *new evidence*, not
    *informations*. A noun used as a
    modifier (*a research project*) and *a knowledge of* are left alone."""
    return list(_uncountable_all(doc))


#: Plurals of uncountable nouns, which standard English does not use.
UNCOUNTABLE_PLURALS = {
    "informations": "information",
    "advices": "advice",
    "furnitures": "furniture",
    "luggages": "luggage",
    "baggages": "baggage",
    "equipments": "equipment",
    "homeworks": "homework",
    "knowledges": "knowledge",
    "feedbacks": "feedback",
    "softwares": "software",
    "machineries": "machinery",
    "jewelleries": "jewellery",
    "cutleries": "cutlery",
    "rubbishes": "rubbish",
    "sceneries": "scenery",
}


def _uncountable_all(doc: Document) -> Iterator[Finding]:
    yield from _uncountable_findings(doc)
    for words, i in anchors(doc, UNCOUNTABLE_PLURALS):
        w = words[i]
        fix = UNCOUNTABLE_PLURALS.get(w.low)
        if w.low == "advices" and (
            (i > 0 and words[i - 1].low in ("he", "she", "it", "who", "which", "that"))
            or (i + 1 < len(words) and words[i + 1].low in ("me", "you", "him", "her", "us", "them", "against"))
        ):
            fix = "advises"  # the verb, misspelt
        if fix and not w.capitalised:
            yield replace(w.start, w.end, f"'{w.text}': '{fix}' is uncountable and has no plural", w.text, fix)


#: Plurals measured as a mass: "the amount of funds", "the amount of savings".
UNCOUNTED_AMOUNTS = frozenset(
    "funds savings earnings proceeds resources goods assets taxes profits losses damages".split()
)
PLURAL_QUANTIFIERS = frozenset("many several few various numerous both".split())
OF_QUANTIFIERS = frozenset("most some many all none several few both each one".split())


#: The words a quantifier test starts from.
QUANTIFIER_TRIGGERS = PLURAL_QUANTIFIERS | OF_QUANTIFIERS | ARTICLES | {"less", "amount", "lot", "lots", "much"}


def _quantifier_findings(doc: Document) -> Iterator[Finding]:
    for words, i in anchors(doc, QUANTIFIER_TRIGGERS):
        if i + 1 < len(words):
            yield from _quantifier_at(doc, words, i)


def _quantifier_at(doc: Document, words: list[Word], i: int) -> Iterator[Finding]:
    q = words[i].low
    if q == "less":
        yield from _less_plural(doc, words, i)
    elif q == "amount":
        yield from _amount_of(words, i)
    elif (q == "lot" and i > 0 and words[i - 1].low == "a" and words[i + 1].low == "of") or (
        q == "lots" and words[i + 1].low == "of"
    ):
        yield from _plural_quantifier(doc, words, i, i + 2)
    elif q in PLURAL_QUANTIFIERS:
        yield from _plural_quantifier(doc, words, i, i + 1)
    elif q == "much":
        yield from _much_plural(words, i)
    elif q in OF_QUANTIFIERS and i + 2 < len(words) and words[i + 1].low == "of":
        yield from _of_bare_plural(doc, words, i)
        yield from _of_the_singular(doc, words, i)
    elif q in ("a", "an") and i + 2 < len(words) and words[i + 1].low == "much" and words[i + 1].joined:
        yield from _a_much(doc, words, i)


def _less_plural(doc: Document, words: list[Word], i: int) -> Iterator[Finding]:
    """'less people': with a plural noun write 'fewer'."""
    w, noun = words[i], words[i + 1]
    if not noun.joined or noun.capitalised:
        return
    if i > 0 and (
        words[i - 1].low in ("no", "much", "far", "any")
        or words[i - 1].text[:1].isdigit()
        or tagset(words[i - 1].low) & {"NN", "NNS"}
        or "%" in w.gap
    ):
        return
    if (
        (plural_only(noun.low) or noun.low == "people")
        and not noun.low.endswith("ness")
        and _ends_phrase_or_verb(doc, words, i + 1)
    ):
        yield replace(w.start, w.end, f"'{w.text} {noun.text}': with a plural noun write 'fewer'", w.text, "fewer")


def _amount_of(words: list[Word], i: int) -> Iterator[Finding]:
    """'the amount of people': countable nouns take 'number of'."""
    if i + 2 >= len(words) or words[i + 1].low != "of" or not words[i + 2].joined:
        return
    k = _noun_after(words, i + 2)
    if k is None or words[k].low in UNCOUNTED_AMOUNTS:
        return
    if k + 1 < len(words) and (words[k + 1].gap.lstrip()[:1] in ("'", "’") or words[k].text.endswith(("'", "’"))):
        return  # a plural possessive: "the amount of participants' time" counts the time
    if plural_only(words[k].low) or words[k].low == "people":
        w = words[i]
        message = f"'{w.text} of {words[k].text}': countable nouns take 'number of'"
        yield replace(w.start, w.end, message, w.text, "number")


def _a_much(doc: Document, words: list[Word], i: int) -> Iterator[Finding]:
    """'a much better': drop the article."""
    w, noun = words[i], words[i + 2]
    if noun.joined and "NN" in tagset(noun.low) and not tagset(noun.low) & {"JJ", "JJR", "RB", "VBN", "VB"}:
        yield replace(
            w.start,
            words[i + 1].end,
            f"'{w.text} much {noun.text}': drop '{w.text}' ('much {noun.text}')",
            doc.prose[w.start : words[i + 1].end],
            words[i + 1].text,
        )


VERB_AFTER_NOUN = frozenset(("is", "was", "has", "are", "were", "have"))


def _plural_quantifier(doc: Document, words: list[Word], i: int, start: int) -> Iterator[Finding]:
    """'many problem', 'a lot of car': the quantifier takes a plural noun (from ``start``)."""
    w, q = words[i], words[i].low
    if start > i + 1 and (start >= len(words) or not words[start].joined):
        return
    if (
        i > 0
        and q != "few"
        and q in PLURAL_QUANTIFIERS
        and words[i - 1].low in ("a", "the", "how", "so", "too", "as", "that", "most", "more", "less", "least")
    ):
        return  # "a many-sided", "the most numerous bird": not a count of things
    if q == "few" and i > 0 and words[i - 1].low == "the":
        return
    k = _noun_after(words, start)
    if k is None:
        return
    noun = words[k]
    if not count_singular(noun.low) or noun.low.endswith(("s", "ing")) or noun.low in BARE_OK or "-" in noun.low:
        return
    if "VB" in tagset(noun.low) and k == start:
        return  # "both switch to figures": the quantifier is the subject of a verb
    nxt = words[k + 1] if k + 1 < len(words) else None
    joined = nxt is not None and nxt.joined
    verb_next = joined and (
        nxt.low in VERB_AFTER_NOUN  # type: ignore[union-attr]
        or (tagset(nxt.low) & {"VBD", "VBZ"} and not tagset(nxt.low) & {"NN", "NNS", "JJ"})  # type: ignore[union-attr]
    )
    if (joined and words[k + 1].low == "of") or not (_ends_phrase(doc, words, k) or verb_next):
        return
    if q == "many" and k == start and words[k].low in ("a", "an"):
        return
    if (
        q == "both"
        and (doc.prose[noun.end : noun.end + 1] == "," or (joined and words[k + 1].low in ("and", "or")))
        and any(x.low in ("and", "or") for x in words[k + 1 : k + 8])
    ):
        return  # "both region, grape and year": the correlative 'both X, Y and Z' names things one by one
    yield Finding(
        Span(noun.start, noun.end),
        f"'{doc.prose[w.start : noun.end]}': '{w.text if start == i + 1 else 'a lot of'}' takes a plural noun",
        (),
    )


def _ends_phrase_or_verb(doc: Document, words: list[Word], k: int) -> bool:
    nxt = words[k + 1] if k + 1 < len(words) else None
    if (
        nxt is not None
        and nxt.joined
        and (
            nxt.low in ("are", "were", "have", "will", "would", "can", "could", "than")
            or (tagset(nxt.low) & {"VBD", "VBP"} and not tagset(nxt.low) & {"NN", "NNS", "JJ"})
        )
    ):
        return True
    return _ends_phrase(doc, words, k)


def _much_plural(words: list[Word], i: int) -> Iterator[Finding]:
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is None or not nxt.joined or nxt.capitalised or not plural_only(nxt.low):
        return
    if i > 0 and words[i - 1].low in ("how", "so", "too", "as", "very", "that"):
        pass
    yield replace(w.start, w.end, f"'{w.text} {nxt.text}': with a plural noun write 'many'", w.text, "many")


OF_THE = frozenset("the his her their our my your these those its".split())
GROUP_NOUNS = frozenset(
    "team family crew staff squad group band council cast side party club board committee "
    "company firm government public couple pair jury faculty clergy audience crowd orchestra choir "
    "panel police army navy cabinet parliament union management press congregation electorate "
    "troupe gang delegation personnel mob enemy household intake nobility aristocracy gentry peasantry "
    "proletariat bourgeoisie workforce opposition generation community tribe clan herd flock fleet regiment "
    "battalion brigade platoon squadron contingent cohort ensemble coalition alliance dynasty".split()
)


def _of_the_singular(doc: Document, words: list[Word], i: int) -> Iterator[Finding]:
    """'one of the player': a partitive 'of the' takes a plural noun."""
    if (
        i + 3 >= len(words)
        or words[i + 2].low not in OF_THE
        or words[i].low not in ("one", "each", "many", "several", "both", "few")
    ):
        return  # not 'some': "some of the city", "some of its habitat" is a part of one thing
    if i > 0 and words[i - 1].low in ("the", "a"):
        return  # "the one of the ..."
    k = _noun_after(words, i + 3)
    if k is None:
        return
    noun = words[k]
    if not count_singular(noun.low) or noun.low in GROUP_NOUNS or noun.low in BARE_OK or noun.low.endswith("s"):
        return
    nxt = words[k + 1] if k + 1 < len(words) else None
    if (
        nxt is not None
        and nxt.joined
        and nxt.low
        not in (
            "who",
            "that",
            "which",
            "was",
            "is",
            "were",
            "are",
            "has",
            "have",
            "in",
            "at",
            "on",
            "to",
            "from",
            "with",
        )
    ):
        return  # "one of the creditor nations": a modifier, not the head noun
    if doc.prose[noun.end : noun.end + 1] in ("'", "’", "-"):
        return
    yield Finding(Span(noun.start, noun.end), f"'{words[i].text} of the {noun.text}': the noun should be plural", ())


def _of_bare_plural(doc: Document, words: list[Word], i: int) -> Iterator[Finding]:
    """'most of students': a quantifier + 'of' needs a determiner before the noun."""
    of = words[i + 1]
    k = _noun_after(words, i + 2)
    if k is None or not of.joined or (words[i].capitalised and i > 0) or (i > 0 and words[i - 1].low == "the"):
        return  # "make the most of"
    noun = words[k]
    if not plural_only(noun.low) or noun.low in ("them", "us", "these", "those", "others"):
        return
    nxt = words[k + 1] if k + 1 < len(words) else None
    verb_next = nxt is not None and (
        nxt.low in ("are", "were", "have", "do", "will", "can", "who", "that")
        or (tagset(nxt.low) & {"VBD", "VBP"} and not tagset(nxt.low) & {"NN", "NNS", "JJ"})
    )
    if not _ends_phrase(doc, words, k) and not verb_next:
        return
    span = Span(of.start, of.end)
    yield suggest(
        span, f"'{words[i].text} of {doc.prose[words[i + 2].start : noun.end]}': add 'the' (or drop 'of')", "of the"
    )


@rule(
    "grammar.quantifier-number",
    "Flags a quantifier with the wrong noun number: 'many problem', 'a lot of car', 'much children', 'most of students'.",
    bad=[
        "Many shopkeeper has complained.",
        "The amount of people at the rally was huge.",
        "There were a lot of complaint from residents.",
        "Much children were hurt.",
        "Most of students passed.",
    ],
    good=[
        "The most numerous bird on the island is the gull.",
        "Many residents have complained.",
        "There was a lot of traffic.",
        "Most of the students passed.",
        "Many a man has tried.",
        "It was a much bigger crowd.",
        "Floods covered some of the city.",
        "One of the jury is ill.",
        "The sheer amount of participants' time these events take is huge.",
        "The menu changes with both season, region and supply.",
    ],
    fixable=True,
    skip_quotes=True,
)
def quantifier_number(doc: Document, ctx: Context) -> list[Finding]:
    """*Many*, *several*, *few*, *both*, *various* and *a lot of* count, so they take a plural
    noun (*many problems*, *a lot of cars*); *much* goes with uncountable nouns (*much
    money*, *many children*). *Most of*, *some of* and *all of* need a determiner before the
    noun: *most of the students* (or *most students*). Uncountable nouns and nouns used bare
    by idiom are left alone."""
    return list(_quantifier_findings(doc))


#: Adjectives English uses as nouns after 'the' ("the poor of the city", "the best of both").
NOMINAL_ADJECTIVES = frozenset(
    "poor rich young old elderly sick dead wounded injured unemployed homeless disabled living faithful brave "
    "likes whole rest latter former same opposite impossible unknown unthinkable inevitable obvious ordinary "
    "bulk gist crux middle majority minority first last only few little".split()
)


def _adjective_of(doc: Document) -> Iterator[Finding]:
    for words, j in anchors(doc, ("of",)):  # the rarer word of the three
        if j < 2:
            continue
        i = j - 2
        art, adj, of = words[i], words[i + 1], words[j]
        if art.low not in ("the", "a", "an") or not (adj.joined and of.joined) or adj.capitalised:
            continue
        if (
            tagset(adj.low) != {"JJ"}
            or adj.low in NOMINAL_ADJECTIVES
            or adj.low.endswith(("ese", "ish", "ch", "an", "most"))
        ):
            continue  # nationalities ("the Chinese of"), superlatives ("the northernmost of")
        yield Finding(
            Span(art.start, of.end),
            f"'{art.text} {adj.text} of': '{adj.text}' is an adjective; a noun is missing or the word is wrong",
            (),
        )


@rule(
    "grammar.adjective-as-noun",
    "Flags an article + adjective + 'of' with no noun: 'the delusional of', 'an unusual of'.",
    bad=["They bought an additional of ten buses.", "It was an unusual of the disease."],
    good=[
        "The poor of the city were hit hardest.",
        "The whole of the team was there.",
        "An unusual case of the disease.",
    ],
    skip_quotes=True,
)
def adjective_as_noun(doc: Document, ctx: Context) -> list[Finding]:
    """An adjective needs a noun: *an unusual case of*, *the only one of*. An article + adjective
    + *of* usually means a noun was lost in editing or the adjective was used for its noun
    (*the peninsular of* for *the peninsula of*). Adjectives used as nouns (*the poor of*,
    *the whole of*, *the likes of*) are left alone."""
    return list(_adjective_of(doc))


def _article_word_class(doc: Document) -> Iterator[Finding]:
    """'a compete catastrophe' (a verb after an article), 'a philosophically question' (an adverb before a noun)."""
    from copylint.families.grammar.tags import base_verb_only

    for words, i in anchors(doc, ARTICLES):
        if i + 1 >= len(words):
            continue
        art = words[i]
        if art.low not in ("a", "an") or (art.text == "A" and i > 0):
            continue
        word = words[i + 1]
        if not word.joined or word.capitalised or "-" in word.text:
            continue
        nxt = words[i + 2] if i + 2 < len(words) else None
        if (
            base_verb_only(word.low)
            and nxt is not None
            and nxt.joined
            and count_singular(nxt.low)
            and "VB" not in tagset(nxt.low)
        ):
            yield Finding(
                Span(art.start, word.end),
                f"'{art.text} {word.text}': '{word.text}' is a verb; an adjective or noun is expected here",
                (),
            )
        elif (
            adverb_ly(word.low)
            and "JJ" not in tagset(word.low)
            and nxt is not None
            and nxt.joined
            and "NN" in tagset(nxt.low)
            and not tagset(nxt.low) & {"JJ", "RB", "VBN", "VBG", "VBD"}
            and _ends_phrase(doc, words, i + 2)
        ):
            adj = word.text[:-2] if word.low.endswith("lly") else ""
            if adj and "JJ" in tagset(adj.lower()):
                yield replace(
                    word.start,
                    word.end,
                    f"'{word.text} {nxt.text}': a noun takes the adjective '{adj}'",
                    word.text,
                    adj,
                )


@rule(
    "grammar.article-word-class",
    "Flags a verb or an adverb where an article expects an adjective: 'a compete disaster', 'a philosophically question'.",
    bad=["It was a compete disaster.", "This is a philosophically question."],
    good=[
        "It was a complete disaster.",
        "This is a philosophical question.",
        "It was a rapidly growing town.",
        "We need a rethink.",
        "They built a log cabin by the lake.",
    ],
    fixable=True,
    skip_quotes=True,
)
def article_word_class(doc: Document, ctx: Context) -> list[Finding]:
    """Between an article and its noun come adjectives: *a complete disaster*, *a
    philosophical question*. A verb there (*a compete disaster*) is usually a typo, and an
    -ly adverb directly before the noun (*a philosophically question*) should be the
    adjective. Adverbs before participles (*a rapidly growing town*) are correct."""
    return list(_article_word_class(doc))
