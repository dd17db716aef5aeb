"""More usage errors: missing verbs, pronoun case, verb patterns, comparisons, word pairs."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Edit, Finding, Span
from copylint.document import Document
from copylint.families.grammar.base import (
    Word,
    anchor_groups,
    anchors,
    branch_findings,
    repeats,
    replace,
    run_table,
    table,
)
from copylint.families.grammar.lexicon import lexicon
from copylint.families.grammar.tags import FUNCTION_WORDS
from copylint.rule import Context, rule
from copylint.toolkit import suggest

_INFINITIVE_VERBS = (
    r"(?:afford|afforded|affords|decide|decided|decides|deserve|deserved|deserves|pretend|pretended|pretends|strive|strived|"
    r"strove|struggle|struggled|struggles|manage|managed|manages|refuse|refused|refuses|fail|failed|fails|threaten|"
    r"threatened|threatens|promise|promised|promises|intend|intended|intends|seem|seemed|seems|"
    r"choose|chose|chooses)"
)


def _verb_patterns(doc: Document) -> Iterator[Finding]:
    """The branches of grammar.verb-pattern that need the lexicon's verb forms (the others are
    token patterns in ``data/branches.yaml``)."""
    for words, i in anchors(doc, VERB_PATTERN_TRIGGERS):
        if i + 1 >= len(words) or not words[i + 1].joined:
            continue
        yield from _infinitive(words, i)
        yield from _allow_to(words, i)
        yield from _help_advise(words, i)
        yield from _to_gerund(words, i)


BE_FORMS = frozenset(("is", "was", "be", "been", "being", "are", "were"))
VERB_AS_NOUN_DETS = frozenset("the these those his her their our my your its many several all both".split())


def _gerund_base(gerund: str) -> str:
    """``spending`` -> ``spend``: the first verb whose -ing form is ``gerund`` (or '')."""
    return next((b for b, verb in lexicon().verbs.items() if verb.gerund == gerund), "")


def _infinitive(words: list[Word], i: int) -> Iterator[Finding]:
    """'cannot afford spending', 'decided go': these verbs take 'to' + verb."""
    w = words[i]
    if w.low not in INFINITIVE_VERBS or (i > 0 and words[i - 1].low in BE_FORMS):
        return
    if i > 0 and words[i - 1].low in VERB_AS_NOUN_DETS:
        return  # a noun: "those promises have been broken", "the plans were shelved"
    if _relative_without_object(words, i):
        return  # "Families that struggle get help": the next verb is the main clause's
    j = i + 1 + (words[i + 1].low == "not")
    if j >= len(words) or not words[j].joined or words[j].capitalised:
        return
    v = words[j]
    tags = lexicon().tags(v.low)
    if tags == {"VBG"} and v.low.endswith("ing"):
        if _gerund_object(words, j, w.low):
            return
        base = _gerund_base(v.low)
        if base:
            yield replace(v.start, v.end, f"'{w.text}' takes 'to' + verb: 'to {base}'", v.text, f"to {base}")
    elif tags and tags <= {"VB", "VBP"} and v.low in lexicon().verbs and words[j - 1].low != "to":
        yield replace(v.start, v.end, f"'{w.text}' takes 'to' + verb: 'to {v.text}'", v.text, f"to {v.text}")


#: Verbs of ``INFINITIVE_VERBS`` also used without an object or 'to' ("those who refuse").
INTRANSITIVE_TOO = frozenset(
    "agree agreed agrees decide decided decides fail failed fails manage managed manages promise promised "
    "promises refuse refused refuses struggle struggled struggles".split()
)


def _relative_without_object(words: list[Word], i: int) -> bool:
    """Whether ``words[i]`` is such a verb ending a relative clause ("families that struggle",
    "farmers whose crops fail"), so the bare verb after it is the main clause's."""
    if words[i].low not in INTRANSITIVE_TOO or i == 0:
        return False
    if words[i - 1].low in ("who", "that", "which"):
        return True
    return any(k >= 0 and words[k].low == "whose" for k in (i - 2, i - 3))


#: Words after an -ing form that show it is a noun phrase set against another ("chose dancing
#: over singing", "decided walking rather than driving").
GERUND_CONTRASTS = frozenset(("over", "instead", "rather", "than", "as"))
CHOOSE = frozenset(("choose", "chose", "chooses"))
#: Finite verbs after an -ing form that make it a clause's subject.
FINITE_AFTER_SUBJECT = frozenset(
    "is was has isn't wasn't hasn't will would can could should may might must won't wouldn't can't couldn't".split()
)


def _gerund_object(words: list[Word], j: int, verb: str) -> bool:
    """Whether the -ing form ``words[j]`` is a noun object rather than a verb in place of 'to' +
    verb: a finite verb or a contrast follows it ("decide volunteering is not for you"), or
    after 'choose' ("they chose teaching as a career", "chose cycling."), its phrase ends with
    it."""
    if j + 1 >= len(words):
        return verb in CHOOSE
    nxt = words[j + 1]
    if not nxt.joined:
        return verb in CHOOSE
    if nxt.low in FINITE_AFTER_SUBJECT or (
        j + 2 < len(words) and words[j + 2].joined and words[j + 2].low in FINITE_AFTER_SUBJECT
    ):
        return True  # the subject of a clause: "Decide volunteering is not for you", "going home was"
    return nxt.low in GERUND_CONTRASTS or (verb in CHOOSE and nxt.low in ("and", "or"))


ADVERBS_BEFORE = frozenset(("not", "never", "also", "now", "only", "still"))


def _allow_to(words: list[Word], i: int) -> Iterator[Finding]:
    """'allows to go': allow and permit need an object or the -ing form."""
    w, nxt = words[i], words[i + 1]
    if w.low not in ALLOW or i + 2 >= len(words) or words[i + 1].low != "to" or not words[i + 2].joined:
        return
    # adverbs between 'be' and the participle do not count: "were also explicitly permitted to"
    before = [x.low for x in words[max(0, i - 4) : i] if x.low not in ADVERBS_BEFORE and not x.low.endswith("ly")]
    v = words[i + 2]
    tags = lexicon().tags(v.low)
    if len(before) > 1 and before[-1] in ("i", "you", "we", "they", "he", "she", "it") and before[-2] in BE_GET:
        return  # a question: "Am I allowed to speak?", "Are we permitted to film?"
    if (
        (not before or (before[-1] not in BE_GET and not before[-1].endswith(BE_CONTRACTED)))
        and "VB" in tags
        and v.low in lexicon().verbs
        and not v.capitalised
        and not tags & {"NN", "NNS", "JJ"}
    ):
        yield Finding(
            Span(nxt.start, v.end),
            f"'{w.text} to {v.text}': '{w.text}' needs an object ('{w.text} people to {v.text}') or the -ing form",
            (f"{lexicon().verbs[v.low].gerund}",),
        )


CANNOT = frozenset(("can't", "cannot", "couldn't"))
HELP_OBJECTS = frozenset(("me", "him", "her", "us", "them", "you", "people"))


#: Words before 'help' that make it the noun: a verb taking an object, a preposition, a quantifier.
HELP_NOUN_BEFORE = frozenset(
    "want wants wanted need needs needed get gets got seek seeks sought offer offers offered for some any more no "
    "extra little much of with without".split()
)


def _help_noun(words: list[Word], i: int) -> bool:
    """'help' at ``i`` is the noun: after :data:`HELP_NOUN_BEFORE`, or coordinated with such a
    noun ("want help finding errors, or help improving the text")."""
    if i == 0:
        return False
    if words[i - 1].low in HELP_NOUN_BEFORE:
        return True
    return words[i - 1].low in ("or", "and") and any(
        words[k].low == "help" and k > 0 and words[k - 1].low in HELP_NOUN_BEFORE for k in range(max(0, i - 12), i - 1)
    )


def _help_advise(words: list[Word], i: int) -> Iterator[Finding]:
    """'helped making' (help takes the base form), 'advised him going' (to + verb)."""
    w = words[i]
    if w.low not in HELP_ADVISE:
        return
    if i > 0 and (
        words[i - 1].low in CANNOT or (words[i - 1].low == "not" and i > 1 and words[i - 2].low in ("can", "could"))
    ):
        return  # "can't help laughing"
    if w.low == "help" and _help_noun(words, i):
        return  # "you want help finding errors": the noun, with a participle after it
    j = i + 1
    obj = words[j].low in HELP_OBJECTS
    j += obj
    j += j < len(words) and words[j].low == "not"
    if w.low.startswith("advis") and not obj:
        return  # "advised waiting" is standard
    if (
        j >= len(words)
        or not words[j].joined
        or lexicon().tags(words[j].low) != {"VBG"}
        or not words[j].low.endswith("ing")
    ):
        return
    base = _gerund_base(words[j].low)
    if base:
        v = words[j]
        help_ = w.low.startswith("help")
        sugg = base if help_ else f"to {base}"
        form = "the base form" if help_ else "to + verb"
        yield replace(v.start, v.end, f"'{w.text}' takes {form}: '{sugg}'", v.text, sugg)


#: Verbs (and 'look forward') that take 'to' + the -ing form.
TO_GERUND = frozenset(
    "enjoy enjoys enjoyed enjoying avoid avoids avoided avoiding accustomed admit admits admitted mind minds "
    "minded deny denies denied risk risked risks".split()
)
TO_GERUND_STRONG = frozenset("enjoy enjoys enjoyed enjoying avoid avoids avoided avoiding forward".split())
OBJECT_STARTS = frozenset("the a an it them my his her their our your you him us me".split())
#: Determiners and possessives: the word after them is a noun ("your mind", "the risk").
NOUN_DETERMINERS = frozenset("the a an my his her their our your its this that every each no".split())


def _to_gerund(words: list[Word], i: int) -> Iterator[Finding]:
    """'look forward to see', 'enjoy to swim': the -ing form after these verbs."""
    if words[i].low != "to" or i == 0:
        return
    prev = words[i - 1].low
    if prev not in TO_GERUND and not (prev == "forward" and i > 1 and words[i - 2].low.startswith("look")):
        return
    if i > 1 and words[i - 2].low in NOUN_DETERMINERS:
        return  # "a desire for your mind to merge", "the risk to lose": the noun, not the verb
    v = words[i + 1]
    tags = lexicon().tags(v.low)
    after_v = words[i + 2] if i + 2 < len(words) else None
    clause_end = after_v is None or not after_v.joined
    verb_like = prev in TO_GERUND_STRONG and (clause_end or after_v.low in OBJECT_STARTS)  # type: ignore[union-attr]
    if prev == "forward" and clause_end:
        verb_like = False  # "looking forward to snow."
    if (
        "VB" in tags
        and v.low in lexicon().verbs
        and not v.capitalised
        and not tags & {"RB"}
        and (verb_like or not tags & {"NN", "NNS", "JJ"})
    ):
        ger = lexicon().verbs[v.low].gerund
        yield replace(v.start, v.end, f"'{words[i - 1].text} to' takes the -ing form: '{ger}'", v.text, ger)


ALLOW = frozenset("allow allows allowed allowing permit permits permitted enable enables enabled".split())
BE_GET = frozenset("be is are was were been being am 'm 're 's get gets got getting become became".split())
#: "be" contracted onto its subject: "she's allowed to" is "she is allowed to".
BE_CONTRACTED = ("'s", "’s", "'re", "’re", "'m", "’m")
HELP_ADVISE = frozenset("help helps helped helping advise advises advised advising".split())


#: The words of ``_INFINITIVE_VERBS`` (verbs that take 'to' + verb).
INFINITIVE_VERBS = frozenset(_INFINITIVE_VERBS.strip("(?:)").split("|"))
#: The words every finding of ``_verb_patterns`` starts from.
VERB_PATTERN_TRIGGERS = INFINITIVE_VERBS | ALLOW | HELP_ADVISE | {"to"}


@rule(
    "grammar.verb-pattern",
    "Flags a verb followed by the wrong form: 'afford spending', 'look forward to see', 'discuss about'.",
    bad=[
        "The council cannot afford spending more.",
        "We look forward to see you.",
        "They discussed about the budget.",
        "Residents want remain in their homes.",
        "Police made him to sign a statement.",
    ],
    good=[
        "The council cannot afford to spend more.",
        "We look forward to seeing you.",
        "They discussed the budget.",
        "They discussed about 30 proposals.",
        "The road was used to carry troops.",
        "Residents want to remain in their homes.",
        "Police made him sign a statement.",
        "We have them to thank.",
        "It frees your mind to wander.",
        "Staff were also expressly permitted to leave early.",
        "Am I allowed to reply to that?",
        "All of those promises have been broken.",
        "So she's allowed to do that, but we're not allowed to answer?",
        "Do whatever you must to get the job done.",
        "If you want help finding a flat, or help paying the deposit, call us.",
    ],
    fixable=True,
    skip_quotes=True,
)
def verb_pattern(doc: Document, ctx: Context) -> list[Finding]:
    """Some verbs take *to* + verb (*afford to spend*, *decide to go*), some the -ing form
    (*enjoy running*, *look forward to seeing*), and *discuss* takes a direct object (*discuss
    the plan*, not *discuss about the plan*). *Want*, *decide*, *hope* take *to* (*want to go*);
    *let* and *make* take the bare verb (*made him sign*). Also *despite of*, *regarding to*,
    *must to*."""
    return [*branch_findings("grammar.verb-pattern", doc, ctx), *_verb_patterns(doc)]


COMPARISON = table(
    (
        r"<as_(?!(?:more|less|much)_)(?:\w+_)?(?:much|many|big|good|bad|well|far|long|high|low|large|small|fast|soon|often|quickly|easily|important|strong|early|late|old|young|little|few|great|hard)_(?P<x>than)>",
        "as",
        "'as ... {x}': the comparison is 'as ... as'",
    ),
    (r"<the_same(?:_\w+)?_(?P<x>than|like)>", "as", "'the same ... {x}': write 'the same ... as'"),
    (
        r"<(?:even|much|far|a_lot|any|no|getting)_(?P<x>worst)>",
        "worse",
        "'{x}' is the superlative; after '{r}'-type comparisons write 'worse'",
    ),
    (r"<(?:worse|worst)_comes?_to_(?P<x>worse)>", "worst", "The idiom is 'if worst comes to worst'"),
    (r"<(?P<x>worst)_than>", "worse", "'{x}' is the superlative; a comparison with 'than' takes '{r}'"),
    (r"<(?P<x>best)_than>", "better", "'{x}' is the superlative; a comparison with 'than' takes '{r}'"),
    (r"<(?P<x>equally_as)_(?=\w)", "equally", "'{x}' is redundant: write 'equally good' or 'as good as'"),
)


#: The words the comparison checks start from: a form of 'be', an intensifier, an article.
_BE_EVEN = frozenset(("is", "was", "be", "been", "even", "much", "far", "still"))
_COMPARISON_TRIGGERS = _BE_EVEN | {"a", "an"}


#: Superlative + noun terms used bare: "he was best man at the wedding", "it is best practice to".
_SUPERLATIVE_TERMS = frozenset({("best", "man"), ("best", "woman"), ("best", "practice")})


def _comparison(doc: Document) -> Iterator[Finding]:
    from copylint.families.grammar.tags import count_singular

    yield from run_table(doc, COMPARISON)
    lex = lexicon()
    for words, found in anchor_groups(doc, _COMPARISON_TRIGGERS):
        for i in found:
            w = words[i]
            if i + 2 >= len(words) or w.low not in _BE_EVEN:
                continue
            adj, noun = words[i + 1], words[i + 2]
            if not (adj.joined and noun.joined) or adj.capitalised or noun.capitalised:
                continue
            if (
                w.low in ("is", "was", "be", "been")
                and lex.tags(adj.low) <= {"JJR", "RBR"}
                and "JJR" in lex.tags(adj.low)
                and count_singular(noun.low)
                and i + 3 < len(words)
                and words[i + 3].low in ("of", "to", "than")
                and adj.low not in ("more", "less", "fewer", "other")
            ):
                yield replace(
                    adj.start,
                    adj.end,
                    f"'{adj.text} {noun.text}': a singular countable noun needs an article ('a {adj.text} {noun.text}')",
                    adj.text,
                    f"a {adj.text}",
                )
            if (
                w.low in ("is", "was", "be", "been")
                and (lex.tags(adj.low) == {"JJS"} or adj.low in ("best", "worst"))
                and count_singular(noun.low)
                and (adj.low, noun.low) not in _SUPERLATIVE_TERMS
                and doc.prose[noun.end : noun.end + 1] in (".", ",", "!", "?", ";", " ")
            ):
                nxt = words[i + 3] if i + 3 < len(words) else None
                if (
                    nxt is None
                    or not nxt.joined
                    or nxt.low
                    in ("in", "of", "for", "at", "on", "and", "i", "we", "you", "he", "she", "they", "that", "ever")
                ):
                    yield replace(
                        adj.start,
                        adj.end,
                        f"'{adj.text} {noun.text}': a superlative takes 'the'",
                        adj.text,
                        f"the {adj.text}",
                    )
            if w.low in ("even", "much", "far", "still") and adj.low.endswith("est") and lex.tags(adj.low) == {"JJS"}:
                comp = adj.low[:-3] + "er"
                if "JJR" in lex.tags(comp):
                    yield replace(
                        adj.start,
                        adj.end,
                        f"'{w.text} {adj.text}': after '{w.text}' use the comparative '{comp}'",
                        adj.text,
                        comp,
                    )
        for i in found:
            art = words[i]
            if i + 1 >= len(words):
                continue
            adj = words[i + 1]
            if (
                art.low in ("a", "an")
                and adj.joined
                and not adj.capitalised
                and adj.low.endswith("est")
                and adj.low
                not in (
                    "best",
                    "west",
                    "test",
                    "rest",
                    "nest",
                    "quest",
                    "guest",
                    "chest",
                    "pest",
                    "vest",
                    "zest",
                    "crest",
                    "protest",
                    "contest",
                    "interest",
                    "request",
                    "arrest",
                    "harvest",
                    "forest",
                    "conquest",
                    "inquest",
                    "manifest",
                    "digest",
                    "suggest",
                    "invest",
                    "honest",
                    "modest",
                    "earnest",
                )
            ):
                k = i + 2
                while (
                    k < len(words)
                    and words[k].joined
                    and lex.tags(words[k].low) & {"JJ", "NN"}
                    and not lex.tags(words[k].low) & {"IN"}
                ):
                    k += 1
                complement = (
                    k < len(words)
                    and words[k].joined
                    and words[k].low in ("in", "of", "ever", "i", "we", "you", "he", "she", "they", "that")
                )
                if "JJS" in lex.tags(adj.low) and not lex.tags(adj.low) & {"NN", "VB"} and complement:
                    yield replace(art.start, art.end, f"A superlative takes 'the': 'the {adj.text}'", art.text, "the")


@rule(
    "grammar.comparison",
    "Flags broken comparisons: 'as big than', 'the same than', 'even worst', 'an oldest'.",
    bad=["The deficit is as big than last year's.", "Things got even worst.", "It is an oldest bridge in the city."],
    good=[
        "The deficit is as big as last year's.",
        "Things got even worse.",
        "It is the oldest bridge.",
        "It was the same as before.",
        "She scraped into the final as a fastest loser and ran well.",
        "His brother was best man at the wedding.",
    ],
    fixable=True,
)
def comparison(doc: Document, ctx: Context) -> list[Finding]:
    """*as ... as* and *the same ... as* go together; *worse* compares two things and *worst*
    ranks one above all (*even worse*, *the worst*); a superlative takes *the*."""
    return list(_comparison(doc))


REPEAT_OK = frozenset(
    "had that bye very really so no yes ha go knock tut bang boo la blah chop tick well far pom din hush aye cha tsk "
    "night dum dee sing walla is do can wait ooh oh ah bla yeah hip mm".split()
)


#: Modal verbs that are also first names ("Will will notice this").
NAME_MODALS = frozenset(("will", "may"))

#: Prepositions that may meet themselves across a phrase boundary ("the town he grew up in in
#: 1990", "what it comes down to to be honest").
BOUNDARY_PREPOSITIONS = frozenset("in on to at for with from by about of up out over off into through".split())
PARTICLES = frozenset("up down out off back in on over away around about along through".split())


def _phrase_boundary(words: list[Word], k: int) -> bool:
    """Does the doubled preposition at words[k] end a phrase (after a verb or a particle)?"""
    if words[k].low not in BOUNDARY_PREPOSITIONS or k == 0:
        return False
    prev = words[k - 1].low
    return prev in PARTICLES or bool(lexicon().tags(prev) & {"VB", "VBD", "VBN", "VBP", "VBZ", "VBG"})


def _repeats(doc: Document) -> Iterator[Finding]:
    for words, j in repeats(doc):
        k = j - 1
        a, b = words[k], words[j]
        if not a.low[:1].isalpha() or a.low in REPEAT_OK or not b.joined or "\n\n" in b.gap:
            continue
        if _phrase_boundary(words, k):
            continue
        if a.capitalised and b.capitalised and a.text != a.text.upper():
            continue  # "Duran Duran", "Soldier Soldier": names and titles
        if (k > 0 and words[k - 1].low == a.low and a.joined) or (
            j + 1 < len(words) and words[j + 1].low == a.low and words[j + 1].joined
        ):
            continue  # "cheap cheap cheap", "wow wow wow": said three times on purpose
        if (
            a.low == "her"
            and k > 0
            and j + 1 < len(words)
            and lexicon().tags(words[k - 1].low) & {"VB", "VBD", "VBP", "VBZ", "VBG"}
            and lexicon().tags(words[j + 1].low) & {"NN", "NNS", "JJ"}
        ):
            continue  # "he gave her her keys": the object, then the possessive
        if a.text.islower() and b.text.isupper() and a.low not in FUNCTION_WORDS:
            continue  # "the collating symbol SYMBOL", "-p P": a word or letter, then its placeholder in capitals
        if a.capitalised and not b.capitalised and a.low in NAME_MODALS:
            continue  # "Will will notice": a name, then the modal
        if a.capitalised and not b.capitalised and k > 0 and not lexicon().tags(a.low) and a.low not in FUNCTION_WORDS:
            continue  # "Vulpes vulpes": a species name (genus, then the same word), not an English word
        yield suggest(
            Span(a.start, b.end),
            f"'{a.text} {b.text}': the word is repeated",
            a.text,
            edit=Edit(Span(a.end, b.end), ""),
        )


@rule(
    "grammar.repeated-word",
    "Flags a word typed twice in a row ('the the'), across line breaks and markup.",
    bad=["The minister said the the plan would go ahead.", "It was\nwas a surprise."],
    good=[
        "What he had had was a warning.",
        "She said that that was wrong.",
        "They played Duran Duran records.",
        "It is the town he grew up in in the 1990s.",
        "Everything inside was cheap cheap cheap.",
        "The badger, Meles meles, lives in setts.",
        "He handed her her coat.",
        "The form names a file FILE to read.",
        "The code sets the flag -p P for the parent.",
    ],
    fixable=True,
)
def repeated_word(doc: Document, ctx: Context) -> list[Finding]:
    """A doubled word is almost always a slip made while editing: *the the*, *to to*. Words
    that can legitimately be doubled are left alone (*had had*, *that that*, *very very*,
    *bye bye*), and so are capitalised pairs, which are usually names (*Duran Duran*), words
    split by punctuation (*no, no*), and a preposition that ends one phrase and starts the
    next (*the town he grew up in in 1990*). Fix: delete one of the two."""
    return list(_repeats(doc))
