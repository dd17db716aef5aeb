"""More usage errors: missing verbs, pronoun case, verb patterns, comparisons, word pairs."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Edit, Finding, Span
from copylint.document import Document
from copylint.families.grammar.base import AUXILIARIES, Word, matcher, replace, run_table, sentence_words, table
from copylint.families.grammar.lexicon import lexicon
from copylint.families.grammar.tags import adjective
from copylint.rule import Context, rule
from copylint.toolkit import suggest

BE_FOR = {"i": "I'm", "he": "he's", "she": "she's", "we": "we're", "they": "they're", "you": "you're"}


def _missing_verb(doc: Document) -> Iterator[Finding]:
    lex = lexicon()
    for words in sentence_words(doc):
        for i, w in enumerate(words):
            nxt = words[i + 1] if i + 1 < len(words) else None
            if i > 0 and (words[i - 1].low in AUXILIARIES or words[i - 1].low.endswith("n't")):
                continue  # "Are you sad?"
            if (
                w.low in BE_FOR
                and nxt is not None
                and nxt.joined
                and not nxt.capitalised
                and (w.low != "i" or w.text == "I")
            ):
                if i > 0 and (
                    words[i - 1].low in ("than", "as", "and", "or", "but", "like")
                    or (words[i - 1].capitalised and w.low == "i")
                ):
                    continue
                if lex.tags(nxt.low) == {"JJ"} and nxt.low not in ("alone", "own", "very", "self"):
                    fix = BE_FOR[w.low]
                    yield replace(w.start, w.end, f"A verb is missing: '{fix} {nxt.text}'", w.text, fix)
        for i, w in enumerate(words[:-1]):
            nxt = words[i + 1]
            if w.low == "the" and nxt.joined and nxt.text in ("is", "are", "was", "were", "has", "have", "does", "did"):
                yield Finding(
                    Span(w.start, nxt.end),
                    f"'{w.text} {nxt.text}': a noun is missing after '{w.text}' (or 'the' is a typo for 'they/this')",
                    (),
                )
            if (
                w.low in ("the", "a", "an")
                and i + 2 < len(words)
                and words[i + 2].low in ("the", "a", "an")
                and nxt.joined
                and words[i + 2].joined
                and lex.tags(nxt.low)
                and lex.tags(nxt.low) <= {"RB", "JJ"}
                and nxt.low.endswith("ly")
            ):
                fixed = f"{nxt.text} {words[i + 2].text}"
                yield suggest(
                    Span(w.start, words[i + 2].end),
                    f"'{w.text} {nxt.text} {words[i + 2].text}': one article too many",
                    fixed,
                )
        last = words[-1]
        end_char = doc.prose[last.end : last.end + 1]
        after = doc.prose[last.end : last.end + 2]
        if last.low in ("the", "an") and end_char in (".", "!", "?") and after not in ("..", "?.") and len(words) > 2:
            yield Finding(Span(last.start, last.end), f"The sentence ends with '{last.text}': a word is missing", ())


@rule(
    "grammar.missing-word",
    "Flags words lost in editing: 'I afraid', a sentence ending in 'the', 'the are', 'the exactly the'.",
    bad=[
        "I afraid of the dark.",
        "The minister walked towards the.",
        "The are the best seats.",
        "It is the exactly the same plan.",
    ],
    good=["I'm afraid of the dark.", "He, afraid of the dark, stayed home."],
    fixable=True,
    skip_quotes=True,
)
def missing_word(doc: Document, ctx: Context) -> list[Finding]:
    """A subject pronoun needs a verb before an adjective (*I'm afraid*, *she is sure*), a
    sentence cannot end on an article, *the* cannot directly precede a verb (*the are*),
    and one noun phrase takes one article (*the exactly the same*). All are usually words
    lost or left over in editing."""
    return list(_missing_verb(doc))


BECAUSE_OF = matcher(r"<(?P<x>because_of)_(?=(?:I|we|they|he|she)>)")
SUBJECT_TO_OBJECT = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them"}
PREPOSITIONS = (
    r"(?:between|with|without|to|at|from|among|against|towards?|into|onto|upon|behind|beside|near|about|for|of|by)"
)
CASE = table(
    (
        rf"<{PREPOSITIONS}_(?P<x>he|she|they|we)>(?=\s*(?:[.,;:!?)]|$)|_and_)(?!_(?:who|that)>)",
        lambda m: SUBJECT_TO_OBJECT[m.group("x").lower()],
        "After a preposition use the object form: '{r}', not '{x}'",
    ),
    (
        rf"<{PREPOSITIONS}_(?P<x>I)(?=\s*(?:[.,;:!?)]|$)|_and_)",
        lambda m: "me" if m.group("x") == "I" else "",
        "After a preposition use 'me', not 'I'",
    ),
    (
        r"<between_(?:you|him|her|them|us|\w+)_and_(?P<x>I|he|she|they|we)>(?!_(?:am|are|is|was|were|have|has|had|will|would|can|could)>)",
        lambda m: SUBJECT_TO_OBJECT[m.group("x").lower()],
        "'between ... and {x}': use the object form '{r}'",
    ),
)


@rule(
    "grammar.pronoun-case",
    "Flags a subject pronoun after a preposition: 'between you and I', 'with he and his wife'.",
    bad=[
        "The dispute is between you and I.",
        "She travelled with he and his brother.",
        "Him and his brother were arrested.",
    ],
    good=[
        "The dispute is between you and me.",
        "She left after he arrived.",
        "It was for him and his brother.",
        "He and his brother were arrested.",
    ],
    fixable=True,
    skip_quotes=True,
)
def pronoun_case(doc: Document, ctx: Context) -> list[Finding]:
    """A preposition takes the object form of a pronoun: *between you and me*, *with him*,
    *for them*; before a noun the possessive (*at her legs*, not *at she legs*); and *because
    of* takes a noun, not a clause (*because we left*, not *because of we left*); a subject
    takes the subject form (*he and his brother were*, not *him and his brother were*).
    Prepositions that also open clauses (*after he left*, *before she spoke*) are left
    alone."""
    return [*run_table(doc, CASE), *_because_of(doc), *_possessive(doc), *_object_subjects(doc)]


OBJECT_TO_SUBJECT = {"me": "I", "him": "he", "her": "she", "us": "we", "them": "they"}


def _object_subjects(doc: Document) -> Iterator[Finding]:
    """'Me and him went': object pronouns as the subject of a sentence."""
    lex = lexicon()
    for words in sentence_words(doc):
        if len(words) < 4 or words[0].low not in OBJECT_TO_SUBJECT or words[1].low != "and" or not words[1].joined:
            continue
        for k in range(2, min(len(words) - 1, 5)):
            x = words[k]
            if not x.joined:
                break
            tags = lex.tags(x.low)
            if x.low in AUXILIARIES or (tags & {"VBD", "VBZ"} and not tags & {"NN", "NNS", "JJ"}):
                first = words[0]
                fix = OBJECT_TO_SUBJECT[first.low]
                yield replace(
                    first.start,
                    first.end,
                    f"'{first.text} and ...' is the subject: write '{fix}' (and put 'I' last)",
                    first.text,
                    fix,
                )
                break


POSSESSIVE_FOR = {"i": "my", "he": "his", "she": "her", "we": "our", "they": "their"}


def _because_of(doc: Document) -> Iterator[Finding]:
    for m in BECAUSE_OF.finditer(doc.prose):
        span = Span(m.start("x"), m.end("x"))
        yield suggest(span, "'because of' takes a noun; before a clause write 'because'", "because")


def _possessive(doc: Document) -> Iterator[Finding]:
    """'look at she legs': a subject pronoun before a noun after a preposition."""
    lex = lexicon()
    for words in sentence_words(doc):
        for i, w in enumerate(words[1:-1], start=1):
            if (
                w.low not in POSSESSIVE_FOR
                or (w.low == "i" and w.text != "I")
                or words[i - 1].low not in ("at", "with", "on", "of", "into", "from", "about", "in")
            ):
                continue
            noun = words[i + 1]
            tags = lex.tags(noun.low)
            if noun.joined and w.joined and not noun.capitalised and tags and tags <= {"NN", "NNS"}:
                fix = POSSESSIVE_FOR[w.low]
                yield replace(
                    w.start, w.end, f"'{w.text} {noun.text}': the possessive is '{fix} {noun.text}'", w.text, fix
                )


_INFINITIVE_VERBS = (
    r"(?:afford|afforded|affords|decide|decided|decides|deserve|deserved|deserves|pretend|pretended|pretends|strive|strived|"
    r"strove|struggle|struggled|struggles|manage|managed|manages|refuse|refused|refuses|fail|failed|fails|threaten|"
    r"threatened|threatens|promise|promised|promises|intend|intended|intends|seem|seemed|seems|"
    r"choose|chose|chooses)"
)
PATTERNS = table(
    (r"<discuss(?:es|ed|ing)?_(?P<x>about)_", "", ""),
    (r"<(?P<x>despite_of)>", "despite", "'{x}': write '{r}' (or 'in spite of')"),
    (r"<(?P<x>regarding_to)>", "regarding", "'{x}': write '{r}' (or 'with regard to')"),
    (
        r"<(?P<x>(?:must|should)_to)_(?=\w)",
        lambda m: m.group("x").split()[0],
        "'{x}': a modal verb takes the bare infinitive: '{r}'",
    ),
    (r"<(?P<x>(?:I|you|we|they)_(?:must|should)_to)_(?=\w)", "", ""),
)


def _verb_patterns(doc: Document) -> Iterator[Finding]:
    lex = lexicon()
    yield from run_table(doc, PATTERNS[1:4])
    prose = doc.prose
    for words in sentence_words(doc):
        lows = [w.low for w in words]
        for i, w in enumerate(words[:-1]):
            nxt = words[i + 1]
            if not nxt.joined:
                continue
            if w.low in ("discuss", "discusses", "discussed", "discussing") and nxt.low == "about":
                yield Finding(
                    Span(w.start, nxt.end), f"'{w.text} about': you discuss something; drop 'about'", (w.text,)
                )
            if w.low in INFINITIVE_VERBS and not (
                i > 0 and lows[i - 1] in ("is", "was", "be", "been", "being", "are", "were")
            ):
                j = i + 1 + (lows[i + 1] == "not" if i + 1 < len(words) else 0)
                if j < len(words) and words[j].joined and not words[j].capitalised:
                    v = words[j]
                    tags = lex.tags(v.low)
                    if tags == {"VBG"} and v.low.endswith("ing"):
                        base = [b for b, verb in lex.verbs.items() if verb.gerund == v.low][:1]
                        if base:
                            yield replace(
                                v.start, v.end, f"'{w.text}' takes 'to' + verb: 'to {base[0]}'", v.text, f"to {base[0]}"
                            )
                    elif tags and tags <= {"VB", "VBP"} and v.low in lex.verbs and lows[j - 1] != "to":
                        yield replace(
                            v.start, v.end, f"'{w.text}' takes 'to' + verb: 'to {v.text}'", v.text, f"to {v.text}"
                        )
            if (
                w.low in WANT_TO
                and not w.capitalised
                and (i == 0 or lows[i - 1] not in NOUN_BEFORE)
                and not (i > 0 and adjective(lows[i - 1]))
            ):
                tags = lex.tags(nxt.low)
                if (
                    tags
                    and tags <= {"VB", "VBP"}
                    and nxt.low in lex.verbs
                    and not nxt.capitalised
                    and nxt.low not in ("be", "have", "do")
                ):
                    yield replace(
                        nxt.start,
                        nxt.end,
                        f"'{w.text} {nxt.text}': '{w.text}' takes 'to' + verb: 'to {nxt.text}'",
                        nxt.text,
                        f"to {nxt.text}",
                    )
            if (
                w.low in LET_MAKE
                and i + 3 < len(words)
                and lows[i + 1] in ("me", "him", "her", "us", "them", "you")
                and lows[i + 2] == "to"
                and words[i + 2].joined
                and words[i + 3].joined
            ):
                v = words[i + 3]
                tags = lex.tags(v.low)
                if (
                    "VB" in tags
                    and v.low in lex.verbs
                    and not v.capitalised
                    and v.low not in ("order", "measure", "scale")
                ):
                    to = words[i + 2]  # ("made it to number four", "made to measure" are idioms)
                    span = Span(to.start, v.end)
                    yield suggest(
                        span, f"'{w.text} {nxt.text} to {v.text}': '{w.text}' takes the bare verb: '{v.text}'", v.text
                    )
            if w.low in ALLOW and i + 2 < len(words) and lows[i + 1] == "to" and nxt.joined and words[i + 2].joined:
                before = [
                    x for x in lows[max(0, i - 3) : i] if x not in ("not", "never", "also", "now", "only", "still")
                ]
                v = words[i + 2]
                if (
                    (not before or before[-1] not in BE_GET)
                    and "VB" in lex.tags(v.low)
                    and v.low in lex.verbs
                    and not v.capitalised
                    and not lex.tags(v.low) & {"NN", "NNS", "JJ"}
                ):
                    span = Span(nxt.start, v.end)
                    yield Finding(
                        span,
                        f"'{w.text} to {v.text}': '{w.text}' needs an object ('{w.text} people to {v.text}') or the -ing form",
                        (f"{lex.verbs[v.low].gerund}",),
                    )
            if (
                w.low in TO_VERBS
                and i + 2 < len(words)
                and lows[i + 1] in ("me", "him", "her", "us", "them", "you")
                and nxt.joined
            ):
                v = words[i + 2]
                tags = lex.tags(v.low)
                if (
                    v.joined
                    and not v.capitalised
                    and tags
                    and tags <= {"VB", "VBP"}
                    and v.low in lex.verbs
                    and lows[i + 1] != "her"
                ):
                    yield replace(
                        v.start,
                        v.end,
                        f"'{w.text} {nxt.text} {v.text}': '{w.text}' takes 'to' + verb: 'to {v.text}'",
                        v.text,
                        f"to {v.text}",
                    )
            if w.low in HELP_ADVISE and not (
                i > 0
                and (
                    lows[i - 1] in ("can't", "cannot", "couldn't")
                    or (lows[i - 1] == "not" and i > 1 and lows[i - 2] in ("can", "could"))
                )
            ):
                j = i + 1
                obj = j < len(words) and lows[j] in ("me", "him", "her", "us", "them", "you", "people")
                j += obj
                j += j < len(words) and lows[j] == "not"
                if w.low.startswith("advis") and not obj:
                    j = len(words)  # "advised waiting" is standard
                if j < len(words) and words[j].joined and lex.tags(lows[j]) == {"VBG"} and lows[j].endswith("ing"):
                    base = [b for b, verb in lex.verbs.items() if verb.gerund == lows[j]][:1]
                    if base:
                        v = words[j]
                        sugg = base[0] if w.low.startswith("help") else f"to {base[0]}"
                        yield replace(
                            v.start,
                            v.end,
                            f"'{w.text}' takes {'the base form' if w.low.startswith('help') else 'to + verb'}: '{sugg}'",
                            v.text,
                            sugg,
                        )
            if (
                w.low == "to"
                and i > 0
                and (
                    lows[i - 1]
                    in (
                        "enjoy",
                        "enjoys",
                        "enjoyed",
                        "enjoying",
                        "avoid",
                        "avoids",
                        "avoided",
                        "avoiding",
                        "accustomed",
                        "admit",
                        "admits",
                        "admitted",
                        "mind",
                        "minds",
                        "minded",
                        "deny",
                        "denies",
                        "denied",
                        "risk",
                        "risked",
                        "risks",
                    )
                    or (lows[i - 1] == "forward" and i > 1 and lows[i - 2].startswith("look"))
                )
            ):
                v = nxt
                tags = lex.tags(v.low)
                strong = lows[i - 1] in (
                    "enjoy",
                    "enjoys",
                    "enjoyed",
                    "enjoying",
                    "avoid",
                    "avoids",
                    "avoided",
                    "avoiding",
                    "forward",
                )
                after_v = words[i + 2] if i + 2 < len(words) else None
                verb_like = strong and (
                    after_v is None
                    or not after_v.joined
                    or after_v.low
                    in (
                        "the",
                        "a",
                        "an",
                        "it",
                        "them",
                        "my",
                        "his",
                        "her",
                        "their",
                        "our",
                        "your",
                        "you",
                        "him",
                        "us",
                        "me",
                    )
                )
                if lows[i - 1] == "forward" and (after_v is None or not after_v.joined):
                    verb_like = False  # "looking forward to snow."
                if (
                    "VB" in tags
                    and v.low in lex.verbs
                    and not v.capitalised
                    and not tags & {"RB"}
                    and (verb_like or not tags & {"NN", "NNS", "JJ"})
                ):
                    ger = lex.verbs[v.low].gerund
                    yield replace(v.start, v.end, f"'{words[i - 1].text} to' takes the -ing form: '{ger}'", v.text, ger)
    del prose


#: Words before "plans", "hopes"... that make them nouns ("Other plans include").
NOUN_BEFORE = frozenset(
    "the a an their his her our my your its other these those some many all any no both several such own "
    "further future new main key early earlier previous".split()
)
WANT_TO = frozenset(
    "want wants wanted wanting decide decides decided plan plans planned hope hopes hoped expect expects "
    "expected refuse refuses refused agree agrees agreed promise promises promised manage managed fail failed "
    "intend intends intended wish wishes wished".split()
)
LET_MAKE = frozenset("let lets letting make makes made making".split())
ALLOW = frozenset("allow allows allowed allowing permit permits permitted enable enables enabled".split())
BE_GET = frozenset("be is are was were been being am 'm 're 's get gets got getting become became".split())
TO_VERBS = frozenset(
    "allow allows allowed want wants wanted ask asks asked tell tells told expect expects expected force forces "
    "forced enable enables enabled encourage encourages encouraged persuade persuaded urge urged invite invited "
    "require requires required order ordered advise advised warn warned teach taught remind reminded".split()
)
HELP_ADVISE = frozenset("help helps helped helping advise advises advised advising".split())


#: The words of ``_INFINITIVE_VERBS`` (verbs that take 'to' + verb).
INFINITIVE_VERBS = frozenset(_INFINITIVE_VERBS.strip("(?:)").split("|"))


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
        "The road was used to carry troops.",
        "Residents want to remain in their homes.",
        "Police made him sign a statement.",
        "We have them to thank.",
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
    return list(_verb_patterns(doc))


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


def _comparison(doc: Document) -> Iterator[Finding]:
    from copylint.families.grammar.tags import count_singular

    yield from run_table(doc, COMPARISON)
    lex = lexicon()
    for words in sentence_words(doc):
        for i, w in enumerate(words[:-2]):
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
        for i, art in enumerate(words[:-1]):
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
    ],
    fixable=True,
)
def comparison(doc: Document, ctx: Context) -> list[Finding]:
    """*as ... as* and *the same ... as* go together; *worse* compares two things and *worst*
    ranks one above all (*even worse*, *the worst*); a superlative takes *the*."""
    return list(_comparison(doc))


PAIRS = table(
    (
        r"<(?:can|could|can't|couldn't|cannot|to|will|did|didn't|do|don't|you)_(?P<x>here)_(?:the|a|an|about|from|it|that|them|him|her|what|you|me|us|anything|nothing|something|voices|music|news)>",
        "hear",
        "'{x}' is a place; the verb is '{r}'",
    ),
    (r"<(?:come|over|right|from)_(?P<x>hear)>(?=\s*[.,!?])", "here", "'{x}' is the verb; the place is '{r}'"),
    (
        r"<(?:they|we|you)_(?P<x>where)_(?!(?:to|from|the|a|an|he|she|it|we|they|I|you)>)(?=\w)",
        "were",
        "'{x}' asks about a place; the verb is '{r}'",
    ),
    (
        r"<(?:if_(?:I|he|she|it)|as_if_it|as_though_it)_(?P<x>where)>",
        "were",
        "'{x}' asks about a place; the verb is '{r}'",
    ),
    (r"<(?P<x>weather)_or_not>", "whether", "'{x}' is rain and sun; 'if' is '{r}'"),
    (
        r"<(?:the|a|bad|good|cold|hot|wet|severe|extreme)_(?P<x>whether)>",
        "weather",
        "'{x}' means 'if'; rain and sun are the '{r}'",
    ),
    (
        r"<(?:some|any|good|bad|expert|legal|medical|financial|professional|my|your|his|her|their|our|of|for|give|giving|gave|given|seek|seeking|sought|take|took|taking|ignore|ignored|following|follow|followed|much|no|sound|travel|health|official)_(?P<x>advise)>",
        "advice",
        "'{x}' is the verb; the noun is '{r}'",
    ),
    (
        r"<(?:to|will|would|could|can|should|must|may|might|I|we|they|please)_(?P<x>advice)_(?:you|him|her|them|us|me|the|on|against|that|people|customers|patients)>",
        "advise",
        "'{x}' is the noun; the verb is '{r}'",
    ),
    (
        r"<(?:I|we|they|you|to|don't|didn't|can't|cannot|firmly|truly|really)_(?P<x>belief)_(?:that|in|it|the|he|she|they|we|you|him|them|this|what)>",
        "believe",
        "'{x}' is the noun; the verb is '{r}'",
    ),
    (
        r"<(?:a|the|my|his|her|their|our|firm|strong|common|popular|mistaken|genuine|widespread|sincere|growing)_(?P<x>believe)_(?:that|in|is|was|of)>",
        "belief",
        "'{x}' is the verb; the noun is '{r}'",
    ),
    (
        r"<(?:to|will|can|could|would|might|must|cannot|can't|couldn't|trying_to|tried_to)_(?P<x>proof)_(?:that|it|the|him|her|them|his|their|its|this|what|how|himself|herself|themselves)>",
        "prove",
        "'{x}' is the noun; the verb is '{r}'",
    ),
    (
        r"<(?:to|can|could|cannot|can't|couldn't|unable_to)_(?P<x>breath)>",
        "breathe",
        "'{x}' is the noun; the verb is '{r}'",
    ),
    (r"<(?:a|deep|every|last|fresh|one)_(?P<x>breathe)>", "breath", "'{x}' is the verb; the noun is '{r}'"),
    (
        r"<(?P<x>quiet)_(?:good|bad|well|often|sure|likely|possible|different|difficult|right|true|clear|simply|frankly|honestly|literally|obviously|rightly|understandably|remarkable|extraordinary|large|small)>",
        "quite",
        "'{x}' means silent; 'fairly, completely' is '{r}'",
    ),
    (
        r"<(?:keep|kept|keeping|stay|stayed|be|very|peace_and|nice_and|a)_(?P<x>quite)>(?=\s*[.,!?]|_(?:place|time|life|area|room|voice|street|village|moment|night|word|corner|spot)>)",
        "quiet",
        "'{x}' means 'fairly'; 'silent' is '{r}'",
    ),
    (
        r"<(?:won|win|wins|winning|first|second|third|top|nobel|booker|cash|star|consolation|pulitzer)_(?P<x>price)>(?!_(?:tag|cap|rise|rises|increase|of))",
        "prize",
        "'{x}' is what something costs; an award is a '{r}'",
    ),
    (
        r"<(?P<x>everyday)(?=\s*[.,;!?]|_(?:at|in|for|until|of_the_week|and|this|that|since|without|except)>)",
        "every day",
        "'{x}' is an adjective (everyday life); 'each day' is '{r}'",
    ),
    (r"<(?:right|by|until|till|from|for)_(?P<x>know)(?=\s*[.,;!?]|_on>)", "now", "'{x}': write '{r}'"),
    (
        r"<(?P<x>except)_(?:the|an|his|her|their|our|my|your)_(?:offer|invitation|apology|apologies|award|nomination|resignation|position|job|deal|proposal|terms|challenge|responsibility|result|verdict)>",
        "accept",
        "'{x}' means 'apart from'; to agree to is to '{r}'",
    ),
    (
        r"<(?:everyone|everybody|everything|all|nothing|nobody|anyone|anything)_(?P<x>accept)_(?:for|the|his|her|their|one|two|that)>",
        "except",
        "'{x}' means to agree to; 'apart from' is '{r}'",
    ),
    (
        r"<(?:walk|walked|walking|drive|drove|driving|went|go|goes|going|ran|run|running|rush|rushed|flew|fly|sail|sailed|move|moved|get|got|slip|slipped|just|well|half)_(?P<x>passed)_(?:the|a|an|his|her|their|its|midnight|noon|me|him|them|us|it)>",
        "past",
        "'{x}' is the verb form; 'beyond' is '{r}'",
    ),
    (r"<in_the_(?P<x>passed)>", "past", "'{x}' is the verb form; earlier times are 'the {r}'"),
    (
        r"<(?:has|have|had|having)_(?P<x>past)_(?:away|on|the|a|an|through|by|since|it|me|him|them|her|us)>",
        "passed",
        "'{x}' is the noun or preposition; the verb form is '{r}'",
    ),
    (
        r"<(?:switch|switched|switching|turned|turning|switches|turns)_(?P<x>of)_(?:the|your|my|his|her|it|them|all|their)>",
        "off",
        "'{x}': the verb is 'turn/switch {r}'",
    ),
    (r"<(?P<x>shell)_we>", "shall", "'{x} we': write '{r} we'"),
    (
        r"<(?:be|been|being|is|are|was|were|not|isn't|aren't|wasn't|weren't)_(?P<x>aloud)_to>",
        "allowed",
        "'{x}' means 'out loud'; permitted is '{r}'",
    ),
    (
        r"<(?:I_am|I'm|we_are|we're|they_are|they're|he_is|he's|she_is|she's|you_are|you're)_(?:very_|really_|also_|not_)?(?P<x>interesting|interest)_in>",
        "interested",
        "'{x} in': a person is '{r}' in something",
    ),
    (
        r"<(?P<x>quiet)_a_(?:few|bit|while|number|list|good|big)>",
        "quite",
        "'{x}' means silent; 'fairly, rather' is '{r}'",
    ),
    (
        r"<(?:am|is|are|was|were|'m|'s|'re)_(?P<x>quiet)_(?:new|sure|certain|different|possible|likely|right|wrong|good|bad|happy|easy|difficult|hard|clear|simple|similar|common|rare|unusual|normal|strong|close)>",
        "quite",
        "'{x}' means silent; 'fairly, rather' is '{r}'",
    ),
    (r"<every_(?P<x>know)_and_then>", "now", "'every {x} and then': write '{r}'"),
    (
        r"<(?:let|lets|letting)_(?:me|us|him|her|them|you)_(?P<x>now)(?=\s*[.,!?]|_(?:if|what|how|when|about|whether|where|why)>)",
        "know",
        "'{x}' means 'at this time'; to be told is to '{r}'",
    ),
    (
        r"<to_(?:what|a_(?:great|large|certain|lesser|greater|limited|significant)|some|the_(?:full|fullest|same|extent)|an|that|this|such_an)_(?P<x>extend)>",
        "extent",
        "'{x}' is the verb; the degree is the '{r}'",
    ),
    (
        r"<(?:won|win|wins|winning|awarded|award)_(?:a|the|first|top|this_year's)_(?P<x>price)>",
        "prize",
        "'{x}' is what something costs; an award is a '{r}'",
    ),
    (
        r"<consolation_(?P<x>prices?)>",
        lambda m: "prize" + ("s" if m.group("x").lower().endswith("s") else ""),
        "'{x}' is what something costs; an award is a '{r}'",
    ),
    (
        r"<(?:do|does|did|will|would|can|could|should|is|are|was|were|must)_(?P<x>knot)>",
        "not",
        "'{x}' is a tie in rope; the negative is '{r}'",
    ),
    (r"<(?:not|no)_(?:\w+_)?(?P<x>ad)_all>", "at", "'{x} all': write '{r} all'"),
    (r"<it_(?P<x>seams)>", "seems", "'{x}' are sewn joins; the verb is '{r}'"),
    (r"<(?P<x>it's)_seems>", "it", "'{x} seems': write 'it seems'"),
    (r"(?:^|(?<=[.!?]\s))(?P<x>Hear)_(?:is|are|comes|lies)>", "Here", "'{x}' is the verb; the place is '{r}'"),
    (
        r"<(?P<x>diffus(?:e|ed|es|ing))_(?:the_|a_|several_|two_|three_|an_)?(?:\w+_)?(?:bombs?|tensions?|devices?|situation|crisis|row|standoff|stand-off)>",
        lambda m: "defuse" + m.group("x").lower()[7:],
        "'{x}' means 'spread out'; to make safe or calmer is to '{r}'",
    ),
    (r"<to_(?P<x>due)(?=\s*[.!?,;])", "do", "'{x}' means owed or expected; the verb is '{r}'"),
    (r"<(?:I|we)_(?P<x>shell)_(?=\w)", "shall", "'{x}' is a casing; the verb is '{r}'"),
    (r"<(?:what|where|how|when|why|which|who)_(?P<x>shell)_(?:I|we)>", "shall", "'{x}' is a casing; the verb is '{r}'"),
    (r"<climate_(?P<x>chance)>", "change", "'climate {x}': write 'climate {r}'"),
    (
        r"<(?:stay\w*|remain\w*|happen\w*|chang\w*|disappear\w*|vanish\w*|fell|rose|left|kept|slept|parked|held|work\w*|gone|went|came|arrived|down|up)_(?P<x>over_night)(?=\s*[.,;!?])",
        "overnight",
        "'{x}': write '{r}' (one word)",
    ),
    (
        r"<(?:switch|switched|switches|switching|turn|turned|turns|turning)_(?P<x>of)(?=\s*[.!?;])",
        "off",
        "'{x}': the verb is 'turn/switch {r}'",
    ),
    (
        r"<(?:has|have|had|I|he|she|we|they)_(?P<x>sad)_(?:that|yesterday|so|to_me|to_him|to_her|to_us|to_them)>",
        "said",
        "'{x}' means unhappy; the verb is '{r}'",
    ),
    (
        r"<(?:a|the|their|his|her|its|no|any|my|your|our|living)_(?P<x>prove)>(?!_(?:that|it|them|him|her|to)>)",
        "proof",
        "'{x}' is the verb; the noun is '{r}'",
    ),
    (r"<(?:mother|father|son|daughter|brother|sister)(?:-|_)in(?:-|_)(?P<x>low)>", "law", "'in-{x}': write 'in-{r}'"),
    (r"<(?P<x>marshal|marital)_arts?(?:ists?)?>", "martial", "'{x}' is wrong here; fighting arts are '{r}' arts"),
    (r"<(?P<x>corral)_reefs?>", "coral", "A '{x}' is a pen for animals; reefs are '{r}'"),
    (r"<(?P<x>gold)_(?:cart|carts|course|courses|ball|balls|clubhouse)>", "golf", "'{x}': the game is '{r}'"),
    (
        r"<(?P<x>golf)_(?:medal|medals|medallist|medalist|medallists|medalists)>",
        "gold",
        "'{x}' is the game; the medal is '{r}'",
    ),
    (r"<to_(?P<x>cleanup)>", "clean up", "'{x}' is the noun; the verb is '{r}'"),
    (
        r"<(?:was|were|been|being|is|are|be)_(?P<x>past)_by>",
        "passed",
        "'{x}' is the noun or preposition; the verb form is '{r}'",
    ),
    (
        r"<(?P<x>everyone)_of_(?:the|them|us|you|these|those|his|her|their|our)>",
        "every one",
        "'{x} of': write '{r} of' (two words)",
    ),
    (r"<(?P<x>datas)>", "data", "'{x}': 'data' is already plural (or a mass noun)"),
    (
        r"<(?:play|played|plays|playing|perform|performed|performs|performing|speak|speaks|spoke|write|writes|wrote|sing|sang|sings|work|works|worked)_(?P<x>good)(?=\s*[.,!?;]|_(?:in|at|on|against|today|yesterday|this|last|enough|together)>)",
        "well",
        "'{x}' is the adjective; how something is done takes the adverb '{r}'",
    ),
    (
        r"<sentenced_(?P<x>for)_(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|life|a_further|\w+_more)_(?:years?|months?|weeks?|days?)?)",
        "to",
        "'sentenced {x}': a sentence is given 'to' a term (sentenced to three years)",
    ),
    (
        r"<(?P<x>lets)_(?:go|see|hope|face|talk|get|make|do|start|be|not|take|look)>",
        "let's",
        "'{x}' here means 'let us': write '{r}'",
    ),
)


@rule(
    "grammar.confused-words",
    "Flags commonly confused pairs in unambiguous contexts: hear/here, were/where, weather/whether, advice/advise and more.",
    bad=[
        "We could here the speech from outside.",
        "They where told to leave.",
        "He asked for legal advise.",
        "She won first price.",
    ],
    good=[
        "We could not hear the speech.",
        "They were told to leave.",
        "He asked for legal advice.",
        "She won first prize.",
        "Come here.",
    ],
    fixable=True,
)
def confused_words(doc: Document, ctx: Context) -> list[Finding]:
    """Pairs that sound alike: *hear/here*, *were/where*, *weather/whether*, *advice* (noun)
    / *advise* (verb), *belief/believe*, *proof/prove*, *breath/breathe*, *quite/quiet*,
    *price/prize*, *every day/everyday*, *now/know*, *accept/except*, *past/passed*,
    *off/of*, *allowed/aloud*, *let's/lets*. Each is flagged only where the other reading is
    impossible (*could not here the*, *they where told*)."""
    out = []
    for f in run_table(doc, PAIRS):
        before = doc.prose[max(0, f.span.start - 12) : f.span.start].lower().split()
        if (
            doc.text(f.span).lower() == "here"
            and len(before) >= 2
            and before[-1] == "to"
            and before[-2] in ("close", "next", "near", "back", "up", "down", "from", "way")
        ):
            continue  # "close to here that...": 'here' is the place
        out.append(f)
    return out


REPEAT_OK = frozenset(
    "had that bye very really so no yes ha go knock tut bang boo la blah chop tick well far pom din hush aye cha tsk "
    "night dum dee sing walla is do can wait ooh oh ah bla yeah hip mm".split()
)


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
    for words in sentence_words(doc):
        for k, (a, b) in enumerate(zip(words, words[1:], strict=False)):
            if a.low != b.low or not a.low[:1].isalpha() or a.low in REPEAT_OK or not b.joined or "\n\n" in b.gap:
                continue
            if _phrase_boundary(words, k):
                continue
            if a.capitalised and b.capitalised and a.text != a.text.upper():
                continue  # "Duran Duran", "Soldier Soldier": names and titles
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
