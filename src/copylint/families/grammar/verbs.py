"""Wrong verb forms after auxiliaries: 'has went', 'could have went', 'didn't went', 'will goes'."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.families.grammar.base import (
    DETERMINERS,
    MODALS,
    OBJECT_PRONOUNS,
    Word,
    anchor_groups,
    anchors,
    changed_to,
    replace,
)
from copylint.families.grammar.lexicon import Lexicon, lexicon
from copylint.rule import Context, rule

BE_BASE = frozenset({"be", "been"})
BE_FINITE = frozenset({"am", "is", "are", "was", "were", "'m", "'s", "'re"})
HAVE = frozenset({"has", "have", "had", "'ve", "'d", "having", "hasn't", "haven't", "hadn't"})
DO = frozenset({"do", "does", "did", "don't", "doesn't", "didn't"})
MODAL_NEG = frozenset(
    {"won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't", "mightn't", "shan't"}
)
#: Adverbs that may stand between the auxiliary and the verb.
BETWEEN = frozenset(
    "not never already just also still ever even only really recently once always since then "
    "probably certainly definitely actually finally now previously n't".split()
)
NOUNISH = frozenset({"NN", "NNS", "JJ", "RB", "JJR", "JJS"})


def _past_only(lex: Lexicon, word: str) -> tuple[str, ...]:
    """Verbs whose simple past is ``word`` when it cannot be a participle, noun or adjective."""
    tags = lex.tags(word)
    if "VBD" not in tags or "VBN" in tags or tags & NOUNISH or word not in lex.base_of or word.endswith("ed"):
        return ()
    return lex.base_of[word]


def _next_verb(words: list[Word], i: int) -> int | None:
    """Index of the first word after ``i`` that is not an in-between adverb (same clause)."""
    j = i + 1
    while j < len(words) and words[j].joined and words[j].low in BETWEEN:
        j += 1
    if j < len(words) and words[j].joined:
        return j
    return None


def _noun_next(words: list[Word], j: int, plural: bool = False) -> bool:
    """Whether the word after ``j`` can only be read as a noun (not an adverb or adjective): then
    ``words[j]`` modifies it ("was complete chaos", "have complete control", "have scheduling
    conflicts") rather than being a verb. ``plural``: only a plural noun counts ("have
    scheduling conflicts", but "I have having lunch")."""
    if j + 1 >= len(words) or not words[j + 1].joined or words[j + 1].capitalised:
        return False
    tags = lexicon().tags(words[j + 1].low)
    return bool(tags & ({"NNS"} if plural else {"NN", "NNS"})) and not tags & {"RB", "JJ", "JJR", "JJS"}


def _split_contraction(low: str) -> str:
    for suffix in ("'ve", "'d"):
        if low.endswith(suffix) and len(low) > len(suffix):
            return suffix
    return low


#: -ing words that work as prepositions ("any questions you have regarding the plan").
PREPOSITION_ING = frozenset(
    "regarding concerning including excluding involving following considering according pending barring "
    "notwithstanding surrounding touching respecting".split()
)
RELATIVE_HEADS = frozenset({"what", "everything", "all", "whatever", "anything", "something", "nothing"})
#: The words (after contraction splitting) that a verb-form test can start from.
AUX_TRIGGERS = HAVE | BE_FINITE | BE_BASE | DO | MODALS | MODAL_NEG | {"to"}
#: The words a double-modal test can start from.
DOUBLE_MODAL_TRIGGERS = MODALS | MODAL_NEG | {"please"}
#: Every word grammar.verb-form starts from ("*'ve": any word ending in 've, see ``anchors``).
VERB_FORM_TRIGGERS = AUX_TRIGGERS | DOUBLE_MODAL_TRIGGERS | {"*'ve"}


def _verb_form_findings(doc: Document) -> Iterator[Finding]:
    for words, found in anchor_groups(doc, VERB_FORM_TRIGGERS):
        yield from _double_modal(words, found)
        for i in found:
            aux = _aux_and_verb(words, i)
            if aux is not None:
                yield from _verb_form_at(words, i, *aux)


def _aux_and_verb(words: list[Word], i: int) -> tuple[str, int] | None:
    """(the auxiliary, index of the verb it governs) when words[i] is an auxiliary that starts a
    verb-form test; else None."""
    w = words[i]
    aux = _split_contraction(w.low)
    if aux == "'d" or (w.capitalised and i > 0 and aux not in HAVE):
        return None  # I'd (had or would); "May", "Will" as names
    if aux not in AUX_TRIGGERS:
        return None  # every test starts from one of these words
    j = _next_verb(words, i)
    if j is None or words[j].capitalised:
        return None
    if i >= 2 and words[i - 2].low in RELATIVE_HEADS:
        return None  # "everything he had went to charity": 'had' is the main verb
    return aux, j


PERSONAL = frozenset(("i", "you", "we", "they", "he", "she", "it"))
BARE_BEFORE = PERSONAL | {"this", "that"}
#: Words after "had spoke" that show it is the verb, not the noun 'spoke'.
AFTER_PAST = frozenset("to with about at on in the a an his her their him them it".split())


#: Modals that are nouns too, after an adjective: "Free will exists", "Political will matters".
NOUN_MODALS = frozenset(("will", "might"))
#: Words the lexicon calls adjectives that count or compare rather than describe ("few will").
NOT_DESCRIBING = frozenset("few less more most own".split())


def _adjective(low: str) -> bool:
    """Whether the lexicon lists ``low`` as an adjective that describes (so a modal after it is a noun)."""
    return low not in NOT_DESCRIBING and "JJ" in lexicon().tags(low)


#: The tags of a bare verb (see _bare_after_be).
_BARE_TAGS = frozenset({"VB", "VBP"})


def _verb_form_at(words: list[Word], i: int, aux: str, j: int) -> Iterator[Finding]:
    lex = lexicon()
    w, v = words[i], words[j]
    tags = lex.tags(v.low)
    # What the tests below need, decided first for the two commonest auxiliaries: after 'to' only
    # _after_to can flag (the verb right after 'to', a past or -s form); after a finite 'be' only
    # _bare_after_be (a bare verb) and _passive (a past form), both right after it.
    if aux == "to":
        if j != i + 1 or ("VBD" not in tags and "VBZ" not in tags):
            return
    elif aux in BE_FINITE and (j != i + 1 or not ("VBD" in tags or (tags and tags <= _BARE_TAGS))):
        return
    prev = words[i - 1].low if i > 0 else None
    if (
        aux in HAVE
        and tags == {"VBG"}
        and v.low not in ("going", "coming")
        and v.low not in PREPOSITION_ING
        and j == i + 1
        and prev in PERSONAL
        and not _noun_next(words, j, plural=True)
    ):
        message = f"'{w.text} {v.text}': the progressive needs 'be' ('{w.text} been {v.text}')"
        yield replace(v.start, v.end, message, v.text, f"been {v.text}")
        return
    if _bare_after_be(words, i, aux, j, tags):
        message = f"'{w.text} {v.text}': a bare verb cannot follow '{w.text}'; drop '{w.text}' or use the -ing form"
        yield Finding(Span(w.start, v.end), message, ())
        return
    bases = _past_only(lex, v.low) or _past_before_object(words, j, aux, tags)
    if (aux == "been" or aux in BE_FINITE) and bases and j == i + 1 and not w.capitalised:
        if v.low not in ("did", "went", "was", "were"):
            yield from _passive(w, v, bases)
            return
    after_det = prev in DETERMINERS or (aux in NOUN_MODALS and prev is not None and _adjective(prev))
    if aux in HAVE or aux in BE_BASE:
        if not bases and _noun_next(words, j):
            return  # "should have complete control": an adjective or noun before its noun
        yield from _after_have(w, v, aux, bases, tags, after_det)
    elif aux == "to":
        yield from _after_to(words, i, j, bases, tags)
    elif aux in DO and not after_det and _do_with_past(words, i, j, aux, bases, tags):
        base = lex.base_of.get(v.low, ("",))[0]
        if base and base != v.low:
            yield replace(v.start, v.end, f"After '{w.text}', use the base form '{base}', not '{v.text}'", v.text, base)
    elif (aux in DO or aux in MODALS or aux in MODAL_NEG) and not after_det:
        if aux in DO and prev == "to":
            return  # "what it decides to do depends on": 'do' is the main verb of a clause
        yield from _after_modal(words, i, j, aux, bases, tags)


def _past_before_object(words: list[Word], j: int, aux: str, tags: frozenset[str]) -> tuple[str, ...]:
    """'had spoke to police': a past form the lexicon also lists as a noun, read as the verb
    before a preposition or an object; its bases, or ()."""
    v = words[j]
    if (
        aux in HAVE
        and "VBD" in tags
        and tags & {"NN", "JJ"}
        and not tags & {"VBN", "VB"}
        and j + 1 < len(words)
        and words[j + 1].low in AFTER_PAST
    ):
        return lexicon().base_of.get(v.low, ())
    return ()


def _bare_after_be(words: list[Word], i: int, aux: str, j: int, tags: frozenset[str]) -> bool:
    """'I am go to': a bare verb right after am/is/are."""
    v = words[j]
    return (
        aux in BE_FINITE
        and j == i + 1
        and bool(tags)
        and tags <= {"VB", "VBP"}
        and v.low in lexicon().verbs
        and v.low not in ("be", "have", "do", "need", "dare")
        and not words[i].capitalised
        and i > 0
        and words[i - 1].low in BARE_BEFORE
        and j + 1 < len(words)
        and words[j + 1].joined
        and not _noun_next(words, j)
    )


def _passive(w: Word, v: Word, bases: tuple[str, ...]) -> Iterator[Finding]:
    """'was took': the passive takes the past participle."""
    verb = lexicon().verbs.get(bases[0])
    if verb and verb.participle[0] != v.low:
        part = verb.participle[0]
        message = f"After '{w.text}', the passive takes the past participle '{part}', not '{v.text}'"
        yield replace(v.start, v.end, message, v.text, part)


def _after_have(
    w: Word, v: Word, aux: str, bases: tuple[str, ...], tags: frozenset[str], after_det: bool
) -> Iterator[Finding]:
    """'has went', 'should be do': after have/be the past participle."""
    lex = lexicon()
    verb = lex.verbs.get(bases[0]) if bases and aux in HAVE else None
    if verb is None and tags and tags <= {"VB", "VBP"} and v.low in lex.verbs and not after_det:
        verb = lex.verbs[v.low]  # "has often rain", "should be do"
    if verb is None:
        return
    if (verb.participle[0] != v.low and v.low not in ("got", "be", "have", "do")) or (v.low == "do" and aux in BE_BASE):
        message = f"After '{w.text}', use the past participle '{verb.participle[0]}', not '{v.text}'"
        yield replace(v.start, v.end, message, v.text, *verb.participle)


#: Words before 'to' that make it a preposition ("next to", "due to").
TO_PREPOSITION = frozenset(("next", "due", "according", "up", "similar", "close", "addition", "compared"))


def _after_to(words: list[Word], i: int, j: int, bases: tuple[str, ...], tags: frozenset[str]) -> Iterator[Finding]:
    """'to went', 'to goes': after infinitive 'to' the base form."""
    lex = lexicon()
    v = words[j]
    if j != i + 1 or (i > 0 and words[i - 1].low in TO_PREPOSITION):
        return
    if i > 1 and words[i - 2].low in SUBJECTS_YOU and words[i - 1].low not in ("not", "never"):
        return  # "the guy we spoke to seems fair": a stranded preposition
    if any(x.low in ("from", "between") for x in words[max(0, i - 5) : i]) or changed_to(words, i):
        return  # "from round to flattened", "reset the lock to unlocked": a state, not an infinitive
    nxt = words[j + 1] if j + 1 < len(words) else None
    regular = "VBD" in tags and "VBN" in tags and not tags & NOUNISH and v.low in lex.base_of
    if regular and (nxt is None or not nxt.joined or nxt.low in DETERMINERS or nxt.low in OBJECT_PRONOUNS):
        bases = lex.base_of[v.low]
    elif tags == {"VBZ"} or (
        tags == {"VBZ", "NNS"}
        and i > 0
        and (words[i - 1].low in ("not", "never") or words[i - 1].low in OBJECT_PRONOUNS)
    ):
        bases = _bases_of_third(v.low)
    if bases and bases[0] != v.low:
        yield replace(v.start, v.end, f"After 'to', use the base form '{bases[0]}', not '{v.text}'", v.text, bases[0])


SUBJECTS_YOU = frozenset(("i", "we", "you", "they", "he", "she"))


def _bases_of_third(third: str) -> tuple[str, ...]:
    return tuple(b for b, verb in lexicon().verbs.items() if verb.third == third)[:1]


def _do_with_past(words: list[Word], i: int, j: int, aux: str, bases: tuple[str, ...], tags: frozenset[str]) -> bool:
    """'didn't went', 'I did went': do + a past form that is nothing else."""
    v = words[j]
    return (
        not bases
        and v.low != "used"
        and bool(tags & {"VBD", "VBN"})
        and not tags & {"NN", "NNS", "VB"}
        and not words[i].capitalised
        and (
            aux.endswith("n't")
            or any(x.low == "not" for x in words[i + 1 : j])
            or (i > 0 and words[i - 1].low in SUBJECTS_YOU and "JJ" not in tags)
        )
    )


def _after_modal(
    words: list[Word], i: int, j: int, aux: str, bases: tuple[str, ...], tags: frozenset[str]
) -> Iterator[Finding]:
    """'will goes', 'didn't took': after do or a modal the base form."""
    w, v = words[i], words[j]
    if "NNS" in tags and (i == 0 or not w.joined):
        return  # "Can rabbits and chickens live together?": the question's subject
    negative = aux.endswith("n't") or aux == "cannot" or any(x.low == "not" for x in words[i + 1 : j])
    modal = aux in MODALS or aux in MODAL_NEG
    if (
        not bases
        and (
            tags == {"VBZ"}
            or ("VBZ" in tags and (modal or negative) and "NN" not in tags)
            or (negative and "VBZ" in tags)
        )
        and v.low.endswith("s")
    ):
        bases = _bases_of_third(v.low)
    if bases and bases[0] != v.low:
        message = f"After '{w.text}', use the base form '{bases[0]}', not '{v.text}'"
        yield replace(v.start, v.end, message, v.text, bases[0])


@rule(
    "grammar.verb-form",
    "Flags a past tense or -s form after an auxiliary: 'has went', 'didn't went', 'will goes'.",
    bad=[
        "The money has went to charity.",
        "He could have went further.",
        "She didn't went to the meeting.",
        "It will takes years.",
        # a noun before 'can' is its subject unless it names the can's contents or material
        "The firm can might fail.",
        "The government can will act soon.",
    ],
    good=[
        "The money has gone to charity.",
        "He could have gone further.",
        "She didn't go to the meeting.",
        "It will take years.",
        "It was complete chaos.",
        "Can rabbits and chickens live together?",
        "What the council decides to do depends on the vote.",
        "Call with any questions you have regarding the plan.",
        "The old mill has since burnt down.",
        "The new bridge will be complete by May.",
        "Political will matters more than money.",
        "The old watering can might still hold water.",
        "A rusty tin can will last for years.",
    ],
    fixable=True,
    skip_quotes=True,
)
def verb_form(doc: Document, ctx: Context) -> list[Finding]:
    """After *have/has/had* the verb takes its past participle (*has gone*, *had written*);
    after *do/does/did*, a modal (*will, can, should*...) or infinitive *to* it takes its
    base form (*didn't go*, *will take*). Only forms that cannot be anything else are
    flagged (*went*, *wrote*, *took*), so *has set* or *had read* pass. Direct quotations
    are left alone."""
    return list(_verb_form_findings(doc))


SUBJECTS = frozenset({"i", "he", "she", "we", "they"})
#: Words before a modal that make it a noun ("the will", "free will", "whose can").
_NOT_MODAL_BEFORE = DETERMINERS | {"whose", "which", "what", "free", "good", "ill", "own"}
SECOND_MODALS = frozenset("will would shall should can could must might".split())


#: Nouns that name what a can holds or is made of ("a tin can", "the petrol can"): with them
#: 'can' is the noun. Any other noun before 'can' is its subject ("the firm can might fail").
CAN_NOUNS = frozenset("tin trash garbage rubbish oil paint beer soda gas petrol fuel aerosol spray jerry milk".split())


def _noun_modifier(low: str) -> bool:
    """Can ``low`` modify a following noun 'can' ("the watering can might leak", "a tin can will
    rust")? An -ing form or a container noun, not a pronoun or another noun."""
    if low in CAN_NOUNS:
        return True
    return low.endswith("ing") and low not in SUBJECTS and "VBG" in lexicon().tags(low)


def _double_modal(words: list[Word], found: list[int]) -> Iterator[Finding]:  # defined before use at call time
    """'could should', 'don't will', 'Please answers' (from the trigger words at ``found``)."""
    for i in found:
        if i + 1 >= len(words):
            continue
        w = words[i]
        nxt = words[i + 1]
        if not nxt.joined or nxt.text != nxt.low:
            continue
        if (
            (w.low in MODALS or w.low in MODAL_NEG)
            and w.low != "may"
            and nxt.low in SECOND_MODALS
            and not w.capitalised
            and not (i > 0 and words[i - 1].low in _NOT_MODAL_BEFORE)
            and not (i > 0 and w.low == "can" and _noun_modifier(words[i - 1].low))
        ):
            yield Finding(Span(w.start, nxt.end), f"'{w.text} {nxt.text}': two auxiliaries in a row; keep one", ())
        if i == 0 and w.low == "please" and "VBZ" in lexicon().tags(nxt.low) and nxt.low.endswith("s"):
            bases = [b for b, verb in lexicon().verbs.items() if verb.third == nxt.low][:1]
            if bases:
                yield replace(
                    nxt.start,
                    nxt.end,
                    f"'Please {nxt.text}': the imperative is the base form '{bases[0]}'",
                    nxt.text,
                    bases[0],
                )


#: Words before a pronoun that make it an object, so a participle may follow ("had it done").
CAUSATIVE = frozenset(
    "have has had having get gets got getting want wants wanted need needs needed like liked "
    "see saw seen hear heard make made let keep kept leave left find found".split()
)


#: The words a participle test starts from: a modal, 'to', a subject pronoun.
PARTICIPLE_TRIGGERS = MODALS | SUBJECTS | {"to", "it", "you"}


def _participle_findings(doc: Document) -> Iterator[Finding]:
    lex = lexicon()
    for words, i in anchors(doc, PARTICIPLE_TRIGGERS):
        if i + 1 >= len(words):
            continue
        w = words[i]
        nxt = words[i + 1]
        if not nxt.joined or nxt.capitalised:
            continue
        tags = lex.tags(nxt.low)
        if (
            w.low in MODALS
            and not w.capitalised
            and (nxt.low == "been" or tags == {"VBN"})
            and (nxt.low == "been" or nxt.low in lex.base_of)
        ):
            yield replace(
                nxt.start,
                nxt.end,
                f"'{w.text} {nxt.text}': a modal verb needs 'have' before a past participle",
                nxt.text,
                f"have {nxt.text}",
            )
            continue
        if w.low == "to" and nxt.low == "been" and i > 0 and words[i - 1].low not in ("has", "have", "had", "'ve"):
            yield replace(
                nxt.start, nxt.end, "'to been': write 'to be' (or 'to have been')", nxt.text, "be", "have been"
            )
            continue
        pron = w.low
        if pron not in SUBJECTS and not (
            pron in ("it", "you") and (i == 0 or words[i - 1].low in ("then", "and", "but", "so"))
        ):
            continue
        if pron == "i" and w.text != "I":
            continue
        if i > 0 and (words[i - 1].low in CAUSATIVE or words[i - 1].low in HAVE or words[i - 1].low.endswith("n't")):
            continue
        if i > 0 and words[i - 1].low in ("is", "was", "are", "were", "am"):
            continue  # a question: "Was he mistaken?", "Were they beaten?"
        if not tags or not tags <= {"VBN", "JJ"} or "VBN" not in tags or nxt.low not in lex.base_of:
            continue
        verb = lex.verbs[lex.base_of[nxt.low][0]]
        if nxt.low in verb.past:
            continue
        after = words[i + 2] if i + 2 < len(words) else None
        if after is not None and after.joined and after.low in ("by",):
            continue  # a reduced passive: "...they chosen by lot"
        yield replace(
            nxt.start,
            nxt.end,
            f"'{w.text} {nxt.text}': '{nxt.text}' is a participle; write '{verb.past[0]}' (or 'have {nxt.text}')",
            nxt.text,
            verb.past[0],
            f"have {nxt.text}",
        )


@rule(
    "grammar.participle-as-past",
    "Flags a past participle used as a simple past or after a bare modal: 'he done it', 'could been'.",
    bad=["He done it on purpose.", "The work could been finished sooner."],
    good=[
        "He did it on purpose.",
        "The work could have been finished sooner.",
        "She had it done in a day.",
        "Was he mistaken about the date?",
    ],
    fixable=True,
    skip_quotes=True,
)
def participle_as_past(doc: Document, ctx: Context) -> list[Finding]:
    """Participles such as *done*, *seen*, *gone*, *begun* need an auxiliary: *he did it* or
    *he has done it*, *it began to rain*. After a modal the participle needs *have*: *could
    have been*, not *could been*. Causatives (*had it done*, *got it fixed*) and direct
    quotations, where speakers' own grammar stands, are left alone."""
    return list(_participle_findings(doc))


DO_NOT = frozenset({"don't", "doesn't", "didn't"})
BE_FOR_DO = {"don't": "aren't", "doesn't": "isn't", "didn't": "wasn't"}


DO_ADJECTIVE_TRIGGERS = DO_NOT | {"do", "does", "did"}


def _do_adjective_findings(doc: Document) -> Iterator[Finding]:
    lex = lexicon()
    for words, i in anchors(doc, DO_ADJECTIVE_TRIGGERS):
        if i + 1 >= len(words):
            continue
        w = words[i]
        if w.low not in DO_NOT and not (w.low in ("do", "does", "did") and words[i + 1].low == "not"):
            continue
        j = i + 1 if w.low in DO_NOT else i + 2
        if j >= len(words) or not words[j].joined or words[j].capitalised:
            continue
        adj = words[j]
        if lex.tags(adj.low) != {"JJ"} or adj.low.endswith("ed"):
            continue
        if (
            j + 1 < len(words)
            and words[j + 1].joined
            and lex.tags(words[j + 1].low) & {"NN", "NNS"}
            and words[j + 1].low not in ("enough",)
        ):
            continue  # "don't have... ": an adjective before a noun is not predicative
        span = Span(w.start, adj.end)
        yield Finding(
            span,
            f"'{doc.prose[w.start : adj.end]}': an adjective needs a form of 'be' ('{BE_FOR_DO.get(w.low, 'be not')} {adj.text}')",
            (),
        )


@rule(
    "grammar.do-adjective",
    "Flags 'do/does/did not' directly before an adjective: 'I don't afraid', 'she doesn't sure'.",
    bad=["Residents don't afraid of the plan.", "She doesn't aware of the risk."],
    good=["Residents aren't afraid of the plan.", "She isn't aware of the risk.", "They don't always agree."],
    skip_quotes=True,
)
def do_adjective(doc: Document, ctx: Context) -> list[Finding]:
    """*Do* makes a verb negative (*don't agree*); an adjective needs *be*: *I'm not afraid*,
    *she isn't sure*, *they weren't ready*."""
    return list(_do_adjective_findings(doc))
