"""Agreement in simple, high-confidence patterns: pronoun + verb, 'there is many', 'a cars'."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.families.grammar.base import AUXILIARIES, Word, anchor_groups, anchors, replace, sentence_words
from copylint.families.grammar.lexicon import lexicon
from copylint.rule import Context, rule

THIRD = frozenset({"he", "she", "it"})
NON_THIRD = frozenset({"i", "we", "they", "you"})
BE_FIX = {
    ("i", "is"): "am",
    ("i", "are"): "am",
    ("you", "is"): "are",
    ("we", "is"): "are",
    ("they", "is"): "are",
    ("we", "was"): "were",
    ("they", "was"): "were",
    ("you", "was"): "were",
    ("he", "are"): "is",
    ("she", "are"): "is",
    ("it", "are"): "is",
    ("he", "am"): "is",
    ("she", "am"): "is",
    ("it", "am"): "is",
    ("he", "have"): "has",
    ("she", "have"): "has",
    ("it", "have"): "has",
    ("he", "don't"): "doesn't",
    ("she", "don't"): "doesn't",
    ("it", "don't"): "doesn't",
    ("i", "has"): "have",
    ("we", "has"): "have",
    ("they", "has"): "have",
    ("you", "has"): "have",
    ("i", "does"): "do",
    ("we", "does"): "do",
    ("they", "does"): "do",
    ("you", "does"): "do",
    ("i", "doesn't"): "don't",
    ("we", "doesn't"): "don't",
    ("they", "doesn't"): "don't",
    ("you", "doesn't"): "don't",
    ("we", "wasn't"): "weren't",
    ("they", "wasn't"): "weren't",
    ("you", "wasn't"): "weren't",
    ("he", "weren't"): "wasn't",
    ("she", "weren't"): "wasn't",
    ("it", "weren't"): "wasn't",
    ("he", "aren't"): "isn't",
    ("she", "aren't"): "isn't",
    ("it", "aren't"): "isn't",
    ("they", "isn't"): "aren't",
    ("we", "isn't"): "aren't",
    ("you", "isn't"): "aren't",
    ("he", "haven't"): "hasn't",
    ("she", "haven't"): "hasn't",
    ("it", "haven't"): "hasn't",
    ("they", "hasn't"): "haven't",
    ("we", "hasn't"): "haven't",
    ("i", "hasn't"): "haven't",
    ("you", "hasn't"): "haven't",
}
#: Words that make a following bare verb grammatical (subjunctive, causatives, inversion).
SUBJUNCTIVE = frozenset(
    "demand demands demanded demanding insist insists insisted insisting urge urges urged urging recommend recommends "
    "recommended propose proposes proposed suggest suggests suggested require requires required request requests "
    "requested ask asks asked order ordered essential vital important necessary imperative crucial lest let lets make "
    "makes made help helps helped see saw watch watched hear heard have has had rather sooner".split()
)
#: The nouns of the mandative verbs, which make a bare verb grammatical only in their own
#: that-clause: "her suggestion that he stay", "the requirement that it be".
MANDATIVE_NOUNS = frozenset("suggestion proposal recommendation insistence requirement".split())
#: Forms of "wish", which make "were" grammatical only in their own clause: "she wished she
#: were", "wishes that he were".
WISH_FORMS = frozenset({"wished", "wishes", "wishing"})
COORDINATORS = frozenset({"and", "or", "nor", "as", "than", "both", "like", "with"})
INDEFINITE = frozenset({"somebody", "someone", "everybody", "everyone", "anybody", "anyone", "nobody"})
ADVERBS = frozenset(
    "always usually often rarely never sometimes also only really just seldom normally generally "
    "typically frequently occasionally still all both".split()
)
SUBJUNCTIVE_MARKERS = frozenset({"if", "wish", "though", "unless", "whether", "suppose", "imagine", "as", "lest"})
CLAUSE_OPENERS = frozenset(
    "and but because so when while although though since if as where that which whether until unless once or".split()
)
SKIP_VERBS = frozenset({"be", "need", "dare", "used", "please", "thank", "bet", "reckon", "mean", "except"})
#: Verbs whose object takes a bare infinitive ("having someone submit", "let everyone know"):
#: a pronoun after them is an object, not a subject.
CAUSATIVES = frozenset(
    "have has had having let lets letting make makes made making help helps helped helping "
    "watch watched watching see saw seeing hear heard hearing bid".split()
)
#: The subjects whose verb grammar.pronoun-agreement checks.
PRONOUN_TRIGGERS = THIRD | NON_THIRD | INDEFINITE


def _subject_ok(words: list[Word], i: int) -> bool:
    """Is words[i] (a pronoun) the subject of a statement, not an object or an inverted subject?"""
    w = words[i]
    if i == 0:
        return True
    prev = words[i - 1]
    if prev.low in AUXILIARIES or prev.low.endswith("n't") or prev.low in COORDINATORS:
        return False
    if prev.low in CAUSATIVES or prev.low in ("dare", "need"):
        return False  # "let it go"; "How dare he speak", "Need she go?": inverted after a modal
    if w.low == "i" and (prev.capitalised or w.text != "I" or "NN" in lexicon().tags(prev.low)):
        return False  # "World War I", "phase I"
    if w.low in ("it", "you"):
        return (not w.joined) or prev.low in CLAUSE_OPENERS
    return True


def _pronoun_findings(doc: Document) -> Iterator[Finding]:
    for words, found in anchor_groups(doc, PRONOUN_TRIGGERS):
        seen: tuple[list[bool], list[bool]] | None = None
        for i in found:
            if i + 1 >= len(words):
                continue
            subject = _pronoun_and_verb(words, i)
            if subject is not None and words[i].low in INDEFINITE and _order(doc, words, i):
                continue  # "Somebody call a doctor!", "Everybody stand up, please."
            if subject is not None:
                if seen is None:
                    seen = _seen_before(words)
                pron, w, k = subject
                subj = seen[0][i] or _after_local(words, i, MANDATIVE_NOUNS, bare=False)
                marker = seen[1][i] or _after_local(words, i, WISH_FORMS, bare=True)
                yield from _agreement(words, i, pron, w, k, subj, marker)


def _after_local(words: list[Word], i: int, heads: frozenset[str], bare: bool) -> bool:
    """Does the pronoun words[i] open the clause of one of ``heads``: head + that + pronoun,
    or (``bare``) head + pronoun ("wished she were")?"""
    if i >= 2 and words[i - 1].low == "that" and words[i - 2].low in heads:
        return True
    return bare and i >= 1 and words[i - 1].low in heads


def _order(doc: Document, words: list[Word], i: int) -> bool:
    """Is the indefinite pronoun ``words[i]`` the addressee of an order: it opens the sentence
    (or follows a comma) and the sentence ends in '!' or says 'please'?"""
    if i > 0 and words[i].joined:
        return False
    end = doc.prose[words[-1].end : words[-1].end + 3].lstrip()
    return end.startswith("!") or any(w.low == "please" for w in words)


def _seen_before(words: list[Word]) -> tuple[list[bool], list[bool]]:
    """Whether a subjunctive word / marker came before each word, found in one pass (the set
    of the words before i, rebuilt for every i, was quadratic in the sentence's length)."""
    seen_subj, seen_marker = [], []
    subj = marker = False
    for x in words:
        seen_subj.append(subj)
        seen_marker.append(marker)
        subj = subj or x.low in SUBJUNCTIVE
        marker = marker or x.low in SUBJUNCTIVE_MARKERS
    return seen_subj, seen_marker


def _skip_adverbs(words: list[Word], k: int, stop_at_else: bool) -> int:
    while (
        k < len(words) - 1
        and words[k].low in ADVERBS
        and words[k].joined
        and not (stop_at_else and words[k].low == "else")
    ):
        k += 1
    return k


def _pronoun_and_verb(words: list[Word], i: int) -> tuple[str, Word, int] | None:
    """(the pronoun as he/she/..., the subject word, index of its verb) when words[i] is a
    subject pronoun directly followed (adverbs aside) by a verb; else None."""
    w = words[i]
    pron = w.low
    indefinite = pron in INDEFINITE
    if indefinite:
        pron = "he"
        if words[i + 1].low == "else":
            w = words[i + 1]
    if pron not in THIRD and pron not in NON_THIRD:
        return None
    k = _skip_adverbs(words, i + 1, stop_at_else=True)
    if indefinite and words[i + 1].low == "else":
        k = _skip_adverbs(words, max(k, i + 2), stop_at_else=False)
    if k >= len(words):
        return None
    v = words[k]
    if not v.joined or v.capitalised or not _subject_ok(words, i):
        return None
    return pron, w, k


BE_FOR_PRONOUN = {"he": "is", "she": "is", "i": "am", "we": "are", "they": "are"}


def _agreement(
    words: list[Word], i: int, pron: str, w: Word, k: int, subjunctive: bool, marker: bool
) -> Iterator[Finding]:
    """The finding, if any, for subject ``w`` (read as ``pron``) and its verb ``words[k]``."""
    v = words[k]
    if v.low in ("were", "weren't") and pron in ("he", "she", "it", "i"):
        if not marker:  # "if it weren't": the subjunctive
            was = "was" if v.low == "were" else "wasn't"
            yield replace(v.start, v.end, f"'{w.text} {v.text}': write '{w.text} {was}'", v.text, was)
        return
    if i + 2 < len(words) and words[i + 2].low == "not" and v.low in ("need", "dare"):
        return
    fix = BE_FIX.get((pron, v.low))
    if fix and not (subjunctive and v.low == "have"):
        if not (pron == "i" and v.low == "is" and i > 0):  # "Part I is": skip mid-sentence "I is"
            yield replace(v.start, v.end, f"'{w.text} {v.text}': write '{w.text} {fix}'", v.text, fix)
        return
    tags = lexicon().tags(v.low)
    if (
        pron in BE_FOR_PRONOUN
        and tags == {"VBG"}
        and w.low == pron
        and i > 0
        and words[i - 1].low in ("that", "and", "but", "because", "when", "if")
    ):
        be = BE_FOR_PRONOUN[pron]
        message = f"'{w.text} {v.text}': the -ing form needs 'be' ('{w.text} {be} {v.text}')"
        yield replace(v.start, v.end, message, v.text, f"{be} {v.text}")
        return
    if pron in THIRD and not subjunctive and (pron != "it" or i == 0):
        yield from _third_person(words, w, k)
    elif pron in NON_THIRD and (pron != "you" or i == 0):
        yield from _non_third(words, i, pron, w, k)


OBJECT_WORDS = frozenset("to the a an it them him her me us my his their our your its".split())


def _third_person(words: list[Word], w: Word, k: int) -> Iterator[Finding]:
    """'he go': after he/she the verb takes -s."""
    lex = lexicon()
    v = words[k]
    if v.low in SKIP_VERBS or v.low not in lex.verbs:
        return
    nxt = words[k + 1] if k + 1 < len(words) else None
    if v.low in ("sort", "kind") and nxt is not None and nxt.low == "of":
        return  # "she sort of apologised": a hedge, not the verb
    if w.low in INDEFINITE and (nxt is None or not nxt.joined):
        return  # "Nobody move!": an order, not a statement
    object_next = (
        nxt is not None
        and nxt.joined
        and (nxt.low in OBJECT_WORDS or ("NN" in lex.tags(nxt.low) and not lex.tags(nxt.low) & {"VB", "VBZ", "VBD"}))
    )
    banned = {"VBD", "VBN", "JJ", "JJR", "RB", "RBR", "IN"} | (set() if object_next or w.low in INDEFINITE else {"NNS"})
    tags = lex.tags(v.low)
    if "VB" in tags and not tags & banned:
        third = lex.verbs[v.low].third
        yield replace(v.start, v.end, f"'{w.text} {v.text}': after he/she the verb takes -s ('{third}')", v.text, third)


def _non_third(words: list[Word], i: int, pron: str, w: Word, k: int) -> Iterator[Finding]:
    """'they goes': after I/we/they/you the verb takes no -s."""
    lex = lexicon()
    v = words[k]
    tags = lex.tags(v.low)
    if (
        "VBZ" not in tags
        or tags & {"VBD", "VBN", "JJ", "RB"}
        or not v.low.endswith("s")
        or v.low in ("is", "has", "does", "was")
    ):
        return
    bases = [b for b, verb in lex.verbs.items() if verb.third == v.low]
    after_v = words[k + 1] if k + 1 < len(words) else None
    noun_use = (
        after_v is not None
        and after_v.joined
        and (
            after_v.low in AUXILIARIES or ("VB" in lex.tags(after_v.low) and not lex.tags(after_v.low) & {"NN", "NNS"})
        )
    )
    # "you guys want", "you people are": a plural noun in apposition when a verb follows it
    apposition = (
        after_v is not None
        and after_v.joined
        and (after_v.low in AUXILIARIES or bool(lex.tags(after_v.low) & {"VBP", "VBD"}))
    )
    if bases and (
        not tags & {"NNS", "NN"}
        or pron in ("i", "we", "they")
        or (i == 0 and not noun_use and not ("NNS" in tags and apposition))
    ):
        yield replace(v.start, v.end, f"'{w.text} {v.text}': write '{w.text} {bases[0]}'", v.text, bases[0])


@rule(
    "grammar.pronoun-agreement",
    "Flags a verb that does not agree with its pronoun subject: 'he go', 'they goes', 'we was'.",
    bad=[
        "They was told to wait.",
        "We has no comment.",
        # a mandative noun or "wish" earlier in the sentence covers only its own clause
        "The proposal failed because he want more money.",
        "After the recommendation, he go to the bank every week.",
        "She wished him luck, but he were late again.",
        "He wishes to leave because she were rude.",
    ],
    good=[
        "He goes to work by train.",
        "They were told to wait.",
        "She insisted that he go.",
        "Her suggestion that he wait was ignored.",
        "The requirement that she be present was dropped.",
        "She wished she were taller.",
        "He wishes that she were here.",
        "Let it go.",
        "She sort of apologised.",
        "Nobody move!",
        "You guys want to come?",
        "Somebody call a doctor!",
        "Everybody stand up, please.",
        "How dare he speak to me like that?",
    ],
    fixable=True,
    skip_quotes=True,
)
def pronoun_agreement(doc: Document, ctx: Context) -> list[Finding]:
    """A verb agrees with its subject: *he goes*, *they go*, *we were*, *it has*. Only a
    pronoun directly followed by its verb is checked; questions (*does he go*), the
    subjunctive (*insisted that he go*) and objects (*let it go*) are left alone, and so are
    direct quotations, where speakers' own grammar stands."""
    return list(_pronoun_findings(doc))


MANY = frozenset(
    "many several few numerous various two three four five six seven eight nine ten dozens hundreds thousands millions "
    "both".split()
)


def _there_findings(doc: Document) -> Iterator[Finding]:
    lex = lexicon()
    for words, i in anchors(doc, ("there", "there's")):
        if i + 2 >= len(words):
            continue
        w = words[i]
        if w.low != "there" and w.low != "there's":
            continue
        k = i + 1 if w.low == "there" else i
        verb = words[k] if w.low == "there" else w
        if (
            (w.low == "there" and verb.low not in ("is", "was"))
            or not words[k + 1].joined
            or (k > i and not verb.joined)
        ):
            continue
        nxt = words[k + 1]
        if i > 0 and words[i - 1].low in AUXILIARIES:
            continue
        plural = nxt.low in MANY or lex.tags(nxt.low) == {"NNS"}
        if nxt.low in MANY and k + 2 < len(words) and words[k + 2].low in ("of",) and nxt.low in ("few",):
            plural = False
        if nxt.low == "few" and i + 1 < len(words):
            plural = not any(x.low == "a" for x in words[k : k + 2])
        if nxt.low == "both" and k + 2 < len(words) and words[k + 2].low in SINGULAR_DET | {"the"}:
            plural = False  # "there is both a push and a pull": the verb agrees with the first singular
        if not plural or nxt.low in ("years", "days", "weeks", "months", "hours", "minutes", "miles", "times"):
            continue
        if w.low == "there's":
            yield replace(
                w.start,
                w.end,
                f"'{w.text} {nxt.text}': the subject is plural, write 'there are'",
                w.text,
                "there are",
            )
        else:
            fix = "are" if verb.low == "is" else "were"
            yield replace(
                verb.start,
                verb.end,
                f"'there {verb.text} {nxt.text}': the subject is plural, write 'there {fix}'",
                verb.text,
                fix,
            )


@rule(
    "grammar.there-is-plural",
    "Flags 'there is/was' before a plural subject ('there is many problems').",
    bad=["There is many reasons to doubt it.", "There was several injuries."],
    good=[
        "There are many reasons to doubt it.",
        "There is a number of options.",
        "There was a few minutes' delay.",
        "There is both a cost and a benefit.",
    ],
    fixable=True,
    skip_quotes=True,
)
def there_is_plural(doc: Document, ctx: Context) -> list[Finding]:
    """*There is/was* takes a singular subject, *there are/were* a plural one: *there are many
    reasons*. Only a plural that follows the verb directly (*many*, *several*, a number, an
    unambiguous plural noun) is checked."""
    return list(_there_findings(doc))


SINGULAR_DET = frozenset({"a", "an", "another", "each", "every", "this"})
FOLLOW_OK = frozenset(
    "of in on at to for with from by is was are were has have had that which who will would can could "
    "should may might must as".split()
)
TIME_UNITS = frozenset("years days weeks months hours minutes seconds decades".split())
#: The determiners grammar.determiner-number starts from.
DETERMINER_TRIGGERS = SINGULAR_DET | {"one", "these", "those"}
UNCOUNTED_PLURALS = frozenset(
    "years days weeks months hours minutes seconds decades miles metres meters yards feet inches pounds dollars euros "
    "times sales thanks olympics means odds news series species".split()
)


def _determiner_findings(doc: Document) -> Iterator[Finding]:
    from copylint.families.grammar.tags import adjective

    lex = lexicon()
    for words, found in anchor_groups(doc, DETERMINER_TRIGGERS):
        for i in found:
            if i + 1 >= len(words):
                continue
            det = words[i]
            if det.low in ("these", "those"):
                yield from _these_singular(doc, words, i)
                continue
            if det.low not in SINGULAR_DET and det.low != "one":
                continue
            if det.text == "A" and i > 0:
                continue
            if (
                det.low == "one"
                and i > 0
                and words[i - 1].low in ("no", "every", "any", "the", "this", "that", "each", "which", "last", "only")
            ):
                continue
            k = i + 1
            while (
                det.low != "this"
                and k < len(words) - 1
                and words[k].joined
                and not words[k].capitalised
                and (
                    adjective(words[k].low)
                    or (
                        "JJ" in lex.tags(words[k].low)
                        and lex.tags(words[k].low) <= {"JJ", "NN", "VB", "VBP"}
                        and words[k].low
                        not in (
                            "one",
                            "first",
                            "second",
                            "third",
                            "last",
                            "next",
                            "few",
                            "many",
                            "lot",
                            "good",
                            "great",
                        )
                    )
                )
            ):
                k += 1
            noun = words[k]
            if (
                not noun.joined
                or noun.capitalised
                or (
                    noun.low in UNCOUNTED_PLURALS
                    and not (k == i + 1 and det.low in ("one", "a", "an") and noun.low in TIME_UNITS)
                )
            ):
                continue
            if any(x.low in ("few", "many", "dozen", "hundred", "thousand", "million") for x in words[i + 1 : k]):
                continue  # "a few players", "a great many people"
            if lex.tags(noun.low) != {"NNS"} or (k == i + 1 and not noun.low.endswith("s") and det.low != "a"):
                continue
            if doc.prose[noun.end : noun.end + 1] in ("'", "’"):
                continue  # "every players' union"
            after = words[k + 1] if k + 1 < len(words) else None
            if (
                after is not None
                and after.joined
                and after.low not in FOLLOW_OK
                and not (lex.tags(after.low) & {"VBD", "VBZ"} and not lex.tags(after.low) & {"NN", "NNS"})
            ):
                continue  # "a sales team", "a drugs raid": attributive plural
            if det.low == "this":
                yield replace(
                    det.start, det.end, f"'{det.text} {noun.text}': with a plural noun write 'these'", det.text, "these"
                )
            else:
                single = singular_of(noun.low)
                yield Finding(
                    noun_span(noun),
                    f"'{det.text}' needs a singular noun, but '{noun.text}' is plural",
                    (single,) if single else (),
                )
        if len(words) > 2 and words[0].low in ("this", "these") and words[1].joined:
            fix = {
                ("this", "are"): "is",
                ("this", "were"): "was",
                ("these", "is"): "are",
                ("these", "was"): "were",
            }.get((words[0].low, words[1].low))
            if fix:
                yield replace(
                    words[1].start,
                    words[1].end,
                    f"'{words[0].text} {words[1].text}': write '{words[0].text} {fix}'",
                    words[1].text,
                    fix,
                )


KIND_WORDS = frozenset({"kind", "sort", "type"})


def _these_singular(doc: Document, words: list[Word], i: int) -> Iterator[Finding]:
    """'these kind of', 'these error are': a plural demonstrative before a singular noun."""
    from copylint.families.grammar.tags import count_singular

    det = words[i]
    noun = words[i + 1]
    if not noun.joined or noun.capitalised or (i > 0 and words[i - 1].low in ("of", "all")):
        return
    single = "this" if det.low == "these" else "that"
    after = words[i + 2] if i + 2 < len(words) else None
    if (
        noun.low in KIND_WORDS
        and after is not None
        and after.low == "of"
        and not doc.in_quote(Span(det.start, noun.end))
    ):
        yield replace(
            det.start,
            det.end,
            f"'{det.text} {noun.text} of': write '{single} {noun.text} of' (or '{det.text} {noun.text}s of')",
            det.text,
            single,
        )
        return
    if noun.low in KIND_WORDS or not count_singular(noun.low) or noun.low.endswith("s"):
        return
    end = doc.prose[noun.end : noun.end + 1]
    if end in (".", "?", "!", ",") or (
        after is not None and after.joined and after.low in ("are", "were", "have", "is", "was", "has")
    ):
        yield replace(
            det.start, det.end, f"'{det.text} {noun.text}': with a singular noun write '{single}'", det.text, single
        )


IRREGULAR_SINGULAR = {
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "children": "child",
    "mice": "mouse",
    "geese": "goose",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "people": "person",
}


def singular_of(plural: str) -> str:
    """The singular noun of a plural form, from the lexicon ('' if unsure)."""
    if plural in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[plural]
    lex = lexicon()
    for cand in (
        plural[:-3] + "y" if plural.endswith("ies") else "",
        plural[:-2] if plural.endswith("es") else "",
        plural[:-1],
    ):
        if cand and "NN" in lex.tags(cand):
            return cand
    return ""


def noun_span(word: Word):  # type: ignore[no-untyped-def]
    from copylint.diagnostic import Span

    return Span(word.start, word.end)


@rule(
    "grammar.determiner-number",
    "Flags a singular determiner before a plural noun: 'a cars', 'each players', 'this problems'.",
    bad=[
        "Each players is given a medal.",
        "This problems are serious.",
        "These kind of errors are common.",
        "A new stadiums is planned.",
    ],
    good=[
        "Each player received a medal.",
        "These problems are serious.",
        "A sales team was hired.",
        "The data shows a rise.",
        "These days most people pay by card.",
        "This kind of error is common.",
    ],
    fixable=True,
)
def determiner_number(doc: Document, ctx: Context) -> list[Finding]:
    """*a*, *an*, *each*, *every*, *another* and *this* take a singular noun: *each player*,
    *these problems*. Plural nouns used as modifiers (*a sales team*, *an arms race*) and
    nouns that look plural but are not (*news*, *series*, *means*) are left alone."""
    return list(_determiner_findings(doc))


#: Plural measures that take a singular verb as one amount ("three hours is a long time").
AMOUNTS = frozenset(
    "years months weeks days hours minutes seconds miles metres meters kilometres pounds dollars euros "
    "pence cents tonnes tons litres".split()
)
#: Words that open an object or complement, so the word before them is a verb, not a noun.
OBJECT_START = frozenset("the a an his her their its our my your this these those him them me us it more".split())


def _noun_subject_findings(doc: Document) -> Iterator[Finding]:
    from copylint.families.grammar.questions import COUNT_DETS, NP_DETS, noun_phrase_number
    from copylint.families.grammar.tags import base_of_third

    lex = lexicon()
    for words in sentence_words(doc):
        if (
            words[0].low == "police"
            and len(words) > 2
            and words[1].joined
            and words[1].low in ("is", "was", "has", "isn't", "wasn't", "hasn't")
        ):
            plural = {
                "is": "are",
                "was": "were",
                "has": "have",
                "isn't": "aren't",
                "wasn't": "weren't",
                "hasn't": "haven't",
            }[words[1].low]
            yield replace(
                words[1].start,
                words[1].end,
                f"'Police {words[1].text}': 'police' is plural; write '{plural}'",
                words[1].text,
                plural,
            )
            continue
        if (words[0].low not in NP_DETS and words[0].low not in COUNT_DETS) or words[0].low in ("that", "her", "its"):
            continue  # "That ...", "Her ..." can open other structures
        subj = noun_phrase_number(words, 0)
        if subj is None or subj[0] in ("i", "?"):
            continue
        number, v = subj
        if v >= len(words) - 1 or not words[v].joined or words[v].capitalised:
            continue
        if doc.prose[words[-1].end : words[-1].end + 1] not in (".", "!", "?"):
            continue
        verb = words[v]
        if words[v + 1].joined and lex.tags(words[v + 1].low) and lex.tags(words[v + 1].low) <= {"NN", "NNS"}:
            continue  # "The environment select committee": a compound, not a verb
        tags = lex.tags(verb.low)
        head = words[v - 1].text
        if number == "pl" and words[v - 1].low in AMOUNTS:
            continue  # "Three hours isn't far": an amount takes a singular verb
        if number == "sg":
            fix = {
                "are": "is",
                "were": "was",
                "have": "has",
                "don't": "doesn't",
                "aren't": "isn't",
                "weren't": "wasn't",
                "haven't": "hasn't",
            }.get(verb.low)
            obj = words[v + 1].low in OBJECT_START
            if (
                fix is None
                and tags
                and (tags <= {"VB", "VBP", "JJ"} or (obj and tags <= {"VB", "VBP", "NN", "NNS", "JJ"} and "VB" in tags))
                and verb.low in lex.verbs
                and verb.low not in SKIP_VERBS
            ):
                fix = lex.verbs[verb.low].third
            if fix:
                yield replace(
                    verb.start, verb.end, f"'{head} {verb.text}': a singular subject takes '{fix}'", verb.text, fix
                )
        else:
            fix = {
                "is": "are",
                "was": "were",
                "has": "have",
                "doesn't": "don't",
                "isn't": "aren't",
                "wasn't": "weren't",
                "hasn't": "haven't",
            }.get(verb.low, "")
            if not fix and (tags == {"VBZ"} or (tags == {"VBZ", "NNS"} and words[v + 1].low in OBJECT_START)):
                fix = base_of_third(verb.low)
            if fix:
                yield replace(
                    verb.start, verb.end, f"'{head} {verb.text}': a plural subject takes '{fix}'", verb.text, fix
                )


@rule(
    "grammar.subject-verb-agreement",
    "Flags a verb that does not agree with the noun subject opening the sentence: 'The minister have said', 'These rules applies'.",
    bad=["The minister have resigned.", "My brother insist on paying.", "These rules applies to everyone."],
    good=[
        "The minister has resigned.",
        "My brothers insist on paying.",
        "The team are confident.",
        "The government want a deal.",
        "This was nothing like the old pizza.",
        "Three hours isn't far.",
    ],
    fixable=True,
    skip_quotes=True,
)
def subject_verb_agreement(doc: Document, ctx: Context) -> list[Finding]:
    """A verb agrees with its subject: *the minister has*, *the ministers have*. Only a
    sentence that opens with a simple noun phrase (a determiner, adjectives, a noun whose
    number is certain) directly followed by its verb is checked. Collective nouns
    (*team*, *government*, *police*), which take a plural verb in British English, and
    nouns followed by *of* or *and* are left alone."""
    return list(_noun_subject_findings(doc))
