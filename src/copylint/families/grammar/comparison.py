"""Double comparatives ('more better'), absolute adjectives ('most unique') and double negatives."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Edit, Finding, Span
from copylint.document import Document
from copylint.families.grammar.base import run_table, sentence_words, table
from copylint.families.grammar.lexicon import lexicon
from copylint.rule import Context, rule
from copylint.toolkit import suggest

NOT_COMPARATIVES = frozenset(
    "later earlier sooner further farther longer lower upper inner outer elder former latter other over under after "
    "never ever rather whether either neither number power order water matter".split()
)


def _double_comparatives(doc: Document) -> Iterator[Finding]:
    lex = lexicon()
    for words in sentence_words(doc):
        for i, w in enumerate(words[:-1]):
            if w.low not in ("more", "most", "less", "least"):
                continue
            adj = words[i + 1]
            if not adj.joined or adj.capitalised or adj.low in NOT_COMPARATIVES:
                continue
            tags = lex.tags(adj.low)
            if not tags & {"JJR", "JJS"}:
                continue
            if adj.low not in ("better", "worse", "best", "worst") and (
                tags & {"NN", "NNS", "VB", "VBD"} or not adj.low.endswith(("er", "est"))
            ):
                continue
            if i > 0 and words[i - 1].low in ("is", "was") and doc.prose[adj.end : adj.end + 1] == "?":
                continue  # "When is more better?": 'more' is a noun
            if i > 0 and words[i - 1].low in (
                "one",
                "two",
                "any",
                "no",
                "much",
                "some",
                "once",
                "many",
                "few",
                "three",
            ):
                continue  # "one more bigger case", "When is more better?"
            span = Span(w.start, adj.end)
            yield suggest(
                span,
                f"'{w.text} {adj.text}' is a double comparative: write '{adj.text}'",
                adj.text,
                edit=Edit(Span(w.start, adj.start), ""),
            )


@rule(
    "grammar.double-comparative",
    "Flags doubled comparatives and superlatives: 'more better', 'most biggest'.",
    bad=["The new system is more faster.", "It was the most biggest crowd of the season."],
    good=["The new system is faster.", "It was the biggest crowd of the season.", "More later on that."],
    fixable=True,
    skip_quotes=True,
)
def double_comparative(doc: Document, ctx: Context) -> list[Finding]:
    """A comparative or superlative already carries *more* or *most*: write *faster* or *more
    rapid*, never *more faster*; *biggest*, never *most biggest*."""
    return list(_double_comparatives(doc))


NEGATIVES = {"nothing": "anything", "nobody": "anybody", "nowhere": "anywhere", "none": "any", "no one": "anyone"}
NEG_VERBS = (
    r"(?:do|does|did|can|could|will|would|should|is|are|was|were|has|have|had|must|might|may|wo|ca)n't|cannot|never"
)
DOUBLE_NEG = table(
    (
        rf"<(?:{NEG_VERBS}|not)_(?:\w+_){{0,2}}?(?P<x>nothing|nobody|nowhere|no_one)>(?!_(?:but|else|less|more|short|if|like|new|to_do_with)>)",
        lambda m: NEGATIVES[" ".join(m.group("x").lower().split())],
        "Double negative: write '{r}' instead of '{x}'",
    ),
    (
        r"<(?P<x>(?:do|does|did|can|could|will|would|should|is|are|was|were|has|have|had|wo|ca)n't|(?:could|would|should|can|did|does|do)_not)_(?:hardly|scarcely|barely)>",
        lambda m: _positive(m.group("x")),
        "'{x} hardly': 'hardly' is already negative; write '{r} hardly'",
    ),
    (
        rf"<(?:{NEG_VERBS}|not)_(?:have|has|had|got|get|want|need|see|know|give|take|make|find|do)_(?P<x>no)_(?=\w)(?!(?:one|longer|more|less|matter|doubt|idea|way|choice|option|comment|further)>)",
        "any",
        "Double negative: write '{r}' instead of '{x}'",
    ),
)


POSITIVE = {"won't": "will", "can't": "can"}


def _positive(neg: str) -> str:
    low = " ".join(neg.lower().replace("’", "'").split())
    if low in POSITIVE:
        return POSITIVE[low]
    return low.replace("n't", "").replace(" not", "")


@rule(
    "grammar.double-negative",
    "Flags double negatives: 'didn't say nothing', 'can't get no'.",
    bad=[
        "He didn't say nothing about the deal.",
        "We don't have no money left.",
        "She couldn't hardly hear the speech.",
    ],
    good=["He didn't say anything about the deal.", "It is not nothing.", "I said no, nothing more."],
    fixable=True,
    skip_quotes=True,
)
def double_negative(doc: Document, ctx: Context) -> list[Finding]:
    """In standard English two negatives cancel out: write *didn't say anything* or *said
    nothing*, not *didn't say nothing*; *hardly*, *scarcely* and *barely* are negative too
    (*could hardly hear*, not *couldn't hardly hear*). Direct quotations are left alone, and so are
    *not nothing*, *nothing but* and *nothing less*."""
    out = []
    lex = lexicon()
    for f in run_table(doc, DOUBLE_NEG):
        rest = doc.prose[f.span.end : f.span.end + 30].split()
        if (
            rest
            and doc.text(f.span).lower() != "no"
            and (
                lex.tags(rest[0].strip(".,;:!?")) & {"VBD", "VBZ", "MD"}
                or rest[0] in ("is", "was", "will", "can", "could", "would", "has", "had")
            )
        ):
            continue  # "can't believe nobody came": a new clause
        before = doc.prose[max(0, f.span.start - 40) : f.span.start].lower()
        if (
            before.rstrip().endswith("not")
            and before.rstrip().split()[-1] == "not"
            and f.span.start - len(before.rstrip()) <= 1
        ):
            if doc.prose[f.span.start - 4 : f.span.start].strip() == "not":
                continue  # "it is not nothing"
        out.append(f)
    return out


FREQUENCY = frozenset("always usually sometimes often rarely seldom frequently normally generally occasionally".split())
OBJECTS = frozenset("me you him her us them it".split())
SUBJECT_PRONOUNS = frozenset("i you he she we they it".split())


def _adverb_findings(doc: Document) -> Iterator[Finding]:
    lex = lexicon()
    for words in sentence_words(doc):
        for i, w in enumerate(words[:-1]):
            if w.low not in FREQUENCY:
                continue
            nxt = words[i + 1]
            if not nxt.joined:
                continue
            prev = words[i - 1] if i > 0 else None
            ellipsis = i + 2 >= len(words) or not words[i + 2].joined
            if (
                prev is not None
                and prev.low in SUBJECT_PRONOUNS
                and w.joined
                and nxt.low in ("am", "is", "are", "'m", "'re")
                and not ellipsis
            ):
                span = Span(w.start, nxt.end)
                yield suggest(
                    span,
                    f"'{w.text} {nxt.text}': a frequency adverb follows 'be': '{nxt.text} {w.text}'",
                    f"{nxt.text} {w.text}",
                )
            elif (
                prev is not None
                and w.joined
                and nxt.low in OBJECTS
                and nxt.low != "it"
                and "VB" in lex.tags(prev.low)
                and i > 1
                and not lex.tags(prev.low) & {"JJ", "IN", "RB"}
                and (
                    words[i - 2].low in ("will", "would", "can", "could", "to")
                    or (words[i - 2].low in SUBJECT_PRONOUNS and not lex.tags(prev.low) & {"NN", "NNS"})
                )
            ):
                span = Span(prev.start, nxt.end)
                fixed = f"{w.text} {prev.text} {nxt.text}"
                yield suggest(
                    span, f"'{prev.text} {w.text} {nxt.text}': the adverb goes before the verb: '{fixed}'", fixed
                )
            elif i == 0 and w.capitalised and nxt.low in SUBJECT_PRONOUNS and w.low == "always" and nxt.low != "you":
                if (
                    i + 2 < len(words)
                    and words[i + 2].low in frozenset(("am", "is", "are", "was", "were", "have", "has")) | FREQUENCY
                ) or lex.tags(words[i + 2].low) & {"VBZ", "VBP", "VBD"}:
                    if w.low == "never":
                        continue  # "Never have I...": inversion is correct
                    yield Finding(
                        Span(w.start, w.end), f"'{w.text}' opening the sentence: put it before the main verb", ()
                    )


@rule(
    "grammar.adverb-position",
    "Flags a frequency adverb in the wrong place: 'I sometimes am late', 'I will love always you'.",
    bad=["They sometimes are late with payments.", "I will love always you."],
    good=[
        "They are sometimes late with payments.",
        "I will always love you.",
        "Sometimes they are late.",
        "It always has been.",
        "They always are.",
    ],
    fixable=True,
    skip_quotes=True,
)
def adverb_position(doc: Document, ctx: Context) -> list[Finding]:
    """Frequency adverbs (*always*, *often*, *sometimes*, *usually*) go after *am/is/are* (*they
    are often late*) and before a main verb, not between the verb and its object (*always
    love you*). Emphasis at the end of a clause (*as it usually is.*) and direct quotations
    are left alone."""
    return list(_adverb_findings(doc))
