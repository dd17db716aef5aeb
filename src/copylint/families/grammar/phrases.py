"""Word choice in fixed patterns: 'to who', 'on 7pm', 'is knowing', 'explain me', 'said me'."""

from __future__ import annotations

import re

from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.grammar.base import run_table, table
from copylint.families.grammar.lexicon import lexicon
from copylint.rule import Context, rule

_SUBJ = r"(?:I|you|we|they|he|she|it|the|this|that|these|those|my|your|his|our|their)"
WHOM = table(
    (
        rf"(?:(?<![.!?]\s)(?<!^)<for|<(?:to|with|against|from|by|of|about))_(?P<x>who)>(?=\s*\?|_(?:do|did|does|{_SUBJ})>)",
        "whom",
        "After a preposition the object form is '{r}': '{x}' is the subject form",
    ),
)


@rule(
    "grammar.who-whom",
    "Flags 'who' directly after a preposition where it is the object: 'to who did you write?', 'with who?'.",
    bad=["To who did you send the letter?", "The people to who the money was paid were never named."],
    good=["To whom did you send the letter?", "It depends on who wins.", "Nobody asked about who was to blame."],
    fixable=True,
    skip_quotes=True,
)
def who_whom(doc: Document, ctx: Context) -> list[Finding]:
    """A preposition takes the object form: *to whom*, *with whom*. Only *who* that is the
    object of the preposition is flagged (*to who did you...*, *to who the money was
    paid*); *who* that is the subject of its own clause (*depends on who wins*) is correct.
    Direct quotations are left alone."""
    return list(run_table(doc, WHOM))


PREPOSITIONS = table(
    (
        r"<(?P<x>on)_\d{1,2}(?:[:.]\d\d)?_?(?:[ap]\.?m\b\.?|o'clock>)",
        "at",
        "Clock times take '{r}': '{r} 7pm', not '{x} 7pm'",
    ),
    (r"<(?P<x>according_(?:about|in|with|for|from))>", "according to", "The phrase is '{r}'"),
    (r"<(?P<x>on)_addition_to>", "in", "The phrase is 'in addition to'"),
    (r"<(?P<x>beware_(?:about|with))>", "beware of", "The verb is '{r}'"),
    (
        r"<(?P<x>since)_(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many|several|a_few|a_couple_of)_(?:years|months|weeks|days|hours|decades|minutes)>(?!_(?:ago|earlier|before|previously|after)>)",
        "for",
        "'{x}' takes a point in time (since 2010); a length of time takes '{r}' (for three years)",
    ),
)


@rule(
    "grammar.preposition",
    "Flags a wrong preposition in fixed phrases: 'on 7pm', 'according about', 'on addition to'.",
    bad=[
        "The meeting starts on 7pm.",
        "According about the report, sales fell.",
        "He has lived there since three years.",
    ],
    good=[
        "The meeting starts at 7pm.",
        "According to the report, sales fell.",
        "It opens on 7 May.",
        "He has lived there since two years ago.",
    ],
    fixable=True,
    skip_quotes=True,
)
def preposition(doc: Document, ctx: Context) -> list[Finding]:
    """Clock times take *at* (*at 7pm*, *at 7 o'clock*; dates take *on*), and some phrases
    have one fixed preposition: *according to*, *in addition to*, *beware of*. A length of
    time takes *for* (*for three years*), a point in time *since* (*since 2010*)."""
    return list(run_table(doc, PREPOSITIONS))


_BE = r"(?:am|is|are|was|were|be|been|being|'m|'s|'re)"
STATIVE_BASE = {
    "knowing": "know",
    "belonging": "belong",
    "consisting": "consist",
    "possessing": "possess",
    "resembling": "resemble",
    "owning": "own",
}


def _simple_form(m: re.Match[str]) -> str:
    """'is knowing' -> 'knows', 'were belonging' -> 'belonged', 'am knowing' -> 'know'."""
    be, verb = m.group("x").lower().split()[0], m.group("x").lower().split()[-1]
    forms = lexicon().verbs.get(STATIVE_BASE[verb])
    if forms is None:
        return ""
    if be in ("is", "'s"):
        return forms.third
    if be in ("was", "were"):
        return forms.past[0]
    if be in ("am", "are", "'m", "'re"):
        return forms.base
    return ""


STATIVE = table(
    (
        rf"<(?P<x>{_BE}_(?:knowing|belonging|consisting|possessing|resembling|owning))>(?!_up)",
        _simple_form,
        "'{x}': a verb of state is not used in the -ing form: write '{r}'",
    ),
)


@rule(
    "grammar.stative-progressive",
    "Flags state verbs in the progressive: 'she is knowing it', 'it was belonging to him'.",
    bad=["She is knowing the answer.", "The land was belonging to the council."],
    good=["She knows the answer.", "The land belonged to the council.", "He is owning up to his mistake."],
    fixable=True,
    skip_quotes=True,
)
def stative_progressive(doc: Document, ctx: Context) -> list[Finding]:
    """Verbs of state (*know*, *belong*, *consist*, *possess*, *resemble*, *own*) are not
    used in the progressive: *she knows*, *it belonged to him*, not *she is knowing*,
    *it was belonging*. (*Owning up* is a different verb and is left alone.)"""
    return list(run_table(doc, STATIVE))


TELL = table(
    (
        r"<(?P<x>(?:say|says|said|saying)_(?:me|him|us|them))_(?=(?:the|a|an|that|about|what|how|why|everything|nothing|something|lies|the_truth)>)",
        lambda m: (
            {"say": "tell", "says": "tells", "said": "told", "saying": "telling"}[m.group("x").split()[0].lower()]
            + " "
            + m.group("x").split()[-1]
        ),
        "'{x}': 'say' takes no person as object; write '{r}' (or 'say to ...')",
    ),
    (
        r"<(?P<x>explain(?:s|ed|ing)?_(?:me|him|us|them|you))_(?=(?:the|a|an|why|what|how|that|this|his|her|their|my|our|its|where|when|whether)>)",
        lambda m: m.group("x").split()[0] + " to " + m.group("x").split()[-1],
        "'{x}': you explain something to someone; write '{r}'",
    ),
    (
        r"<(?P<x>suggest(?:s|ed|ing)?_(?:me|him|her|us|them))_to_(?=\w)",
        lambda m: m.group("x").split()[0] + " that",
        "'{x} to ...': 'suggest' takes a that-clause ('suggested that he leave') or the -ing form, not an object + 'to'",
    ),
    (
        r"<(?P<x>explain(?:s|ed|ing)?_her)_(?=(?:why|what|how|where|when|whether)>)",
        lambda m: m.group("x").split()[0] + " to her",
        "'{x}': you explain something to someone; write '{r}'",
    ),
)


@rule(
    "grammar.say-tell",
    "Flags 'say', 'explain' or 'suggest' with a person as direct object: 'he said me the truth', 'explain me why'.",
    bad=["He said me the truth.", "Let me explain you why it failed."],
    good=[
        "He told me the truth.",
        "Let me explain to you why it failed.",
        "He said the truth would come out.",
        "She explained her decision.",
    ],
    fixable=True,
    skip_quotes=True,
)
def say_tell(doc: Document, ctx: Context) -> list[Finding]:
    """*Tell* takes the person (*told me the truth*); *say* does not (*said the truth*, *said
    to me*). Likewise one *explains something to someone*: *explain to you why*, not
    *explain you why*; and one *suggests that he leave*, not *suggests him to leave*."""
    return list(run_table(doc, TELL))
