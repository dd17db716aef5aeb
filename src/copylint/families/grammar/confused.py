"""Commonly confused words, flagged only in contexts where one reading is impossible."""

from __future__ import annotations

import re

from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.grammar.base import GATE_WS, Word, anchors, changed_to, replace, run_table, table
from copylint.families.grammar.lexicon import Lexicon, lexicon
from copylint.rule import Context, rule

_TOO_ADJ = (
    r"(?:late|early|soon|big|small|expensive|difficult|hard|young|old|tired|busy|high|low|far|long|much|many|few|little|"
    r"bad|good|great|risky|dangerous|weak|strong|heavy|quick|costly|complex|complicated|sick|ill|scared|"
    r"afraid|shy|proud|lazy|hot|cold|large|tight|loose|short|tall|harsh|soft|severe|generous|ambitious|optimistic|"
    r"pessimistic|cautious|keen|eager|often|slowly|quickly)"
)
#: Adjectives of :data:`_TOO_ADJ` that are verbs too, so that 'to' before them may be the
#: infinitive: "the plant is to close", "growth seemed to slow", "they are to fast". Flagged only
#: before 'to' ("it is to close to the road").
_TOO_ADJ_VERB = r"(?:close|slow|fast|steep)"
#: Verbs that take an object and 'to' + verb, so that "she asked me to." is that 'to' with its verb
#: left out, not 'too' (grouped by length: a look-behind has one width).
_OBJECT_TO_VERBS = (
    "ask asks asked asking tell tells told telling want wants wanted wanting need needs needed needing allow allows "
    "allowed allowing expect expects expected expecting require requires required force forces forced encourage "
    "encourages encouraged persuade persuades persuaded invite invites invited urge urges urged order orders ordered "
    "remind reminds reminded permit permits permitted get gets got getting like likes liked love loves loved hate hates "
    "hated prefer prefers preferred help helps helped enable enables enabled advise advises advised teach teaches taught "
    "warn warns warned wish wishes wished beg begs begged cause causes caused instruct instructs instructed trust trusts "
    "trusted pay pays paid convince convinced push pushed pressure pressured compel compelled oblige obliged mean means "
    "meant intend intends intended dare dares dared would"
).split()


def _not_after(words: list[str]) -> str:
    """Negative look-behinds (one per word length): the next word does not follow one of ``words``."""
    by_len: dict[int, list[str]] = {}
    for w in words:
        by_len.setdefault(len(w), []).append(w)
    return "".join(rf"(?<!\b(?:{'|'.join(ws)})\s)" for _, ws in sorted(by_len.items()))


_TOO_VERB = (
    r"(?:go|be|do|make|get|see|take|give|help|keep|find|say|pay|play|win|buy|sell|leave|stop|work|ask|tell|meet|"
    r"build|bring|put|use|run|show|stay|visit|return|become|face|cut|join)"
)
#: Gate of the "me to." patterns: 'to' before the end of the sentence.
_TO_AT_END = r"to\s*[.!?]"
TOO = table(
    (
        rf"<(?:is|are|was|were|be|been|being|'s|'re|seems?|seemed|looks?|looked|far|way|much|got|getting|become|became|feel|felt|sounds?|sounded|all|simply|just|not)_(?P<x>to)_{_TOO_ADJ}(?=\s*(?:[.,;:!?)\"”]|$|to\b|for\b|and\b|but\b|or\b|that\b|of\b))",
        "too",
        "'{x}' before an adjective meaning 'excessively': write '{r}'",
        rf"to{GATE_WS}+{_TOO_ADJ}",
    ),
    (
        rf"<(?:is|are|was|were|be|been|being|'s|'re|seems?|seemed|looks?|looked|far|way|much|got|getting|become|became|feel|felt|sounds?|sounded|all|simply|just|not)_(?P<x>to)_{_TOO_ADJ_VERB}(?=\s*to\b)",
        "too",
        "'{x}' before an adjective meaning 'excessively': write '{r}'",
        rf"to{GATE_WS}+{_TOO_ADJ_VERB}",
    ),
    (
        r"<(?:far|way|much|all|slightly|rather|simply)_(?P<x>to)_(?:many|much|few|little)>",
        "too",
        "'{x}' here means 'excessively': write '{r}'",
        rf"to{GATE_WS}+(?:many|much|few|little)",
    ),
    (
        rf"<{_not_after(_OBJECT_TO_VERBS)}(?:me|him|her|us|them)_(?P<x>to)(?=\s*[.!?]\s*(?:$|\n|[\"”A-Z]))",
        "too",
        "'{x}' here means 'also': write '{r}'",
        _TO_AT_END,
    ),
    (
        rf"<(?:want|wants|wanted|going|need|needs|needed|able|used|try|tried|trying|decided?|plans?|planned|hope|hoped|hopes|expected|expects?|have|has|had|began|begin|started?|refused?|agreed?|continued?|failed|seemed|appears?|ought)_(?P<x>too)_{_TOO_VERB}>",
        "to",
        "'{x}' means 'also' or 'excessively'; before a verb write '{r}'",
        rf"too{GATE_WS}+{_TOO_VERB}",
    ),
)


@rule(
    "grammar.to-too",
    "Flags 'to' for 'too' (excessively, also) and 'too' for 'to' before a verb.",
    bad=[
        "It is to late to change the plan.",
        "There were far to many people.",
        "They want too go home.",
        "It was getting to cold.",
        "I saw him to.",
    ],
    good=[
        "It is too late to change the plan.",
        "There were far too many people.",
        "They want to go home.",
        "The decision is to close the plant.",
        "The letters were to different publications.",
        "I did not want to go, but she asked me to.",
        "Growth seemed to slow.",
        "The plant is to close.",
        "The light turned to amber.",
        "We are to long for peace.",
    ],
    fixable=True,
)
def to_too(doc: Document, ctx: Context) -> list[Finding]:
    """`too` means excessively or also (*too late*, *me too*); `to` is the preposition and
    the infinitive marker (*to go*). Flags `to` before an adjective that ends a clause after
    *be* (*is to late*), `far to many`, `me to.`, and `too` before a verb after *want/need*."""
    too = [f for f in run_table(doc, TOO) if not _be_to_verb(doc.prose, f.span.start, f.span.end)]
    return [*too, *_generic_too(doc, too)]


_BE_TO_VERB = re.compile(
    r"\b(?:i|we|you|they|he|she)\s+(?:am|are|is|was|were|'re|'m|'s)\s+(?:not\s+)?to\s+(?P<v>[a-z]+)\s+(?P<n>[a-z]+)",
    re.IGNORECASE,
)


def _be_to_verb(prose: str, start: int, end: int) -> bool:
    """'be to' + verb after a personal subject, the verb going on to its complement: "we are to
    long for peace", "she is to fast for a week" (an arrangement or duty, not 'too')."""
    m = _BE_TO_VERB.search(prose, max(0, start - 24), end + 40)
    if m is None or not (m.start() < start < m.end()):
        return False
    return "VB" in lexicon().tags(m["v"].lower())


TOO_EXTRA = table(
    (r"<(?P<x>two)_(?:many|much)>(?!-)", "too", "'{x}' is the number; 'excessively' is '{r}'"),
    (r"\w,_(?P<x>to)(?=\s*[.!?]\s*(?:$|\n|[\"”A-Z]))", "too", "'{x}' here means 'also': write '{r}'", _TO_AT_END),
)


def _noun_follows(nxt: Word | None, lex: Lexicon, ends: bool) -> bool:
    """Whether the word after the adjective starts its noun: 'to' is then the preposition."""
    if ends or nxt is None or not nxt.joined:
        return False
    tags = lex.tags(nxt.low)
    return nxt.capitalised or nxt.low[:1].isdigit() or bool(tags & {"NN", "NNS", "NNP", "NNPS", "CD"})


#: Linking verbs: an adjective follows them directly, so "it got to cold" is 'too'.
_LINKING = frozenset(
    "get gets got gotten getting become becomes became becoming grow grows grew grown growing seem seems seemed "
    "seeming look looks looked looking feel feels felt feeling sound sounds sounded appear appears appeared remain "
    "remains remained stay stays stayed go goes went gone going come comes came taste tastes tasted smell smells "
    "smelled smelt prove proves proved proven keep keeps kept run runs ran".split()
)


def _result_verb(word: str, lex: Lexicon) -> bool:
    """A verb form (not a linking verb) after which 'to' + adjective names a state it changes to:
    'turned to amber', 'upgraded to positive'."""
    tags = lex.tags(word)
    return word not in _LINKING and bool(tags & {"VBD", "VBN", "VBZ", "VBG"})


def _generic_too(doc: Document, too: list[Finding]) -> list[Finding]:
    """'to' before an adjective or -ly adverb that ends the clause: 'It's to early.'
    ``too`` are the TOO table's findings (already reported)."""
    lex = lexicon()
    out = list(run_table(doc, TOO_EXTRA))
    seen = {f.span.start for f in too}
    for words, i in anchors(doc, ("to",)):
        if i + 1 >= len(words):
            continue
        w = words[i]
        if (
            w.low != "to"
            or w.start in seen
            or (i > 0 and words[i - 1].low in ("next", "close", "due", "according", "up"))
        ):
            continue
        adj = words[i + 1]
        if not adj.joined or adj.capitalised or adj.low in ("much", "many", "little", "few", "more", "less"):
            continue  # "amount to much"
        if i > 0 and "JJ" in lex.tags(words[i - 1].low):
            continue  # "cool to chilly": a range
        tags = lex.tags(adj.low)
        if not tags or not (tags <= {"JJ", "JJR", "RB"} and ("JJ" in tags or adj.low.endswith("ly"))):
            continue
        after = doc.prose[adj.end : adj.end + 1]
        nxt = words[i + 2] if i + 2 < len(words) else None
        ends = after in (".", "!", "?", ",", ";", ":")
        be_before = i > 0 and (
            words[i - 1].low
            in (
                "is",
                "are",
                "was",
                "were",
                "be",
                "been",
                "'s",
                "isn't",
                "wasn't",
                "aren't",
                "weren't",
                "it's",
                "that's",
                "far",
                "way",
                "much",
            )
            or (words[i - 1].low == "not" and i > 1 and words[i - 2].low in ("is", "are", "was", "were", "be"))
        )
        if be_before and "JJ" in tags and not tags & {"VB", "NN"} and not _noun_follows(nxt, lex, ends):
            ends = True  # "is to late" but not "were to different publications", "been to numerous doctors"
        if not (ends or ("JJ" in tags and nxt is not None and nxt.joined and nxt.low in ("to", "for", "that"))):
            continue
        if not ends and be_before and "VB" in tags:
            continue  # 'be to' + a verb and its complement: "we are to long for peace", "it is to close for good"
        if not be_before and "RB" not in tags and i > 0 and _result_verb(words[i - 1].low, lex):
            continue  # "the light turned to amber", "its outlook was cut to negative": a state, not 'too'
        if not be_before and changed_to(words, i):
            continue  # "reset the flag to false", "turns it to transparent": the state the object changes to
        if any(x.low in ("from", "between") for x in words[max(0, i - 6) : i]):
            continue  # "from bad to worse", "from red to green"
        out.append(
            replace(
                w.start,
                w.end,
                f"'{w.text} {adj.text}': before an adjective meaning 'excessively' write 'too'",
                w.text,
                "too",
            )
        )
    return out
