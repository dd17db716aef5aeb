"""Double comparatives ('more better'), absolute adjectives ('most unique') and double negatives."""

from __future__ import annotations

from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.grammar.base import GATE_WS, run_table, table
from copylint.families.grammar.lexicon import lexicon
from copylint.rule import Context, rule

NEGATIVES = {"nothing": "anything", "nobody": "anybody", "nowhere": "anywhere", "none": "any", "no one": "anyone"}
NEG_VERBS = (
    r"(?:do|does|did|can|could|will|would|should|is|are|was|were|has|have|had|must|might|may|wo|ca)n't|cannot|never"
)
DOUBLE_NEG = table(
    (
        rf"<(?:{NEG_VERBS}|not)_(?:\w+_){{0,2}}?(?P<x>nothing|nobody|nowhere|no_one)>(?!_(?:but|else|less|more|short|if|like|new|to_do_with)>)",
        lambda m: NEGATIVES[" ".join(m.group("x").lower().split())],
        "Double negative: write '{r}' instead of '{x}'",
        rf"no(?:thing|body|where|{GATE_WS}+one)",
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
        rf"(?:n['’]t|not|never){GATE_WS}+(?:have|has|had|got|get|want|need|see|know|give|take|make|find|do){GATE_WS}+no{GATE_WS}",
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
