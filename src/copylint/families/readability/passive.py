"""Find passive constructions: a form of "be" (with an optional auxiliary before it and up to
two adverbs after it) followed by a past participle.

Participles are regular "-ed" forms or a list of irregular ones. Left alone: participles that
work as adjectives after "be" ("is tired", "was born", "is based in", "are worried"), "-ed"
words that are not verbs ("need", "hundred"), and raising idioms ("is set to", "is supposed to").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_BE = r"(?:am|is|are|was|were|be|been|being)(?:n['’]t)?"
_AUX = r"(?:has|have|had|having|will|would|shall|should|can|could|may|might|must|to)(?:n['’]t)?"
_ADVERB = r"(?:not|never|also|already|just|now|still|often|always|ever|since|yet|then|\w+ly)"
_ADVERBS = rf"(?:{_ADVERB}\s+){{0,2}}"


def _rest(irregular: frozenset[str]) -> re.Pattern[str]:
    """What follows a form of "be": an optional "been/being/be", adverbs, the participle."""
    verbs = "|".join(sorted(irregular, key=len, reverse=True))
    return re.compile(
        rf"(?:\s+{_ADVERBS}(?:been|being|be)\b)?\s+{_ADVERBS}(?P<verb>[A-Za-z]+ed|{verbs})\b(?P<by>\s+by\b)?",
        re.IGNORECASE,
    )


_BE_AT = re.compile(rf"\b{_BE}\b", re.IGNORECASE)
_AUX_BEFORE = re.compile(rf"\b{_AUX}\s+{_ADVERBS}$", re.IGNORECASE)


IRREGULAR = frozenset(
    """awoken beaten begun bent bet bid bitten bled blown borne bought bound broken
    brought built burnt burst caught chosen clung cut dealt done drawn driven dug
    eaten fed felt flung flown forbidden forecast foregone foreseen forgiven forgotten
    forsaken fought found frozen given gotten ground grown hung heard held hidden hit hurt
    kept known laid led leant learnt left lent lit lost made meant met mistaken misled misread
    misunderstood outdone overcome overdone overheard overrun overseen overtaken
    overthrown paid proven put quit read rebuilt redone remade repaid reset retold rewritten rid
    ridden run said sawn seen sent set sewn shaken shed shorn shot shown shrunk shut sold
    sought slain slid slit sown spent spilt spoken spread sprung stolen struck strung
    stuck stung sunk sworn swept swollen swung taken taught thought thrown thrust told torn
    understood undertaken undone upheld upset withdrawn withheld woken won worn wound woven wrung
    written""".split()
)
# "-ed" words that are not past participles.
NOT_PARTICIPLES = frozenset(
    """bed bred breed creed deed embed exceed feed fled freed greed heed hundred indeed need proceed
    red reed seed shed shred sled speed sped steed succeed wed weed zed naked wicked sacred rugged
    ragged jagged crooked wretched beloved dogged learned aged""".split()
)
# Verbs in "un-" (most "un-...ed" words are adjectives: "unchanged", "unexpected").
UN_VERBS = frozenset(
    """unveiled uncovered undermined unearthed unleashed unlocked unloaded unpacked unplugged
    unravelled unraveled unmasked unsealed unblocked unseated undercut undertaken understood
    undone unfrozen unwrapped unbolted untied""".split()
)
# Participles that read as adjectives after "be": states and feelings, not actions.
ADJECTIVAL = frozenset(
    """born tired married divorced engaged interested concerned worried pleased delighted
    disappointed surprised shocked stunned excited bored scared frightened terrified satisfied
    determined convinced committed dedicated devoted involved related located based situated
    supposed accustomed entitled obliged prepared inclined qualified experienced advanced
    sophisticated complicated detailed limited unemployed retired closed finished done gone
    ashamed amazed amused annoyed alarmed confused embarrassed exhausted frustrated impressed
    overwhelmed puzzled relieved thrilled upset hurt fed aged talented skilled equipped armed
    crowded packed mixed tied poised dressed""".split()
)
# "is set to", "was due to", "are supposed to": future or obligation, not passive action.
_RAISING_TO = frozenset(
    {"set", "supposed", "due", "poised", "used", "prepared", "determined", "entitled", "obliged", "bound"}
)


@dataclass(frozen=True, slots=True)
class Passive:
    """A passive phrase [start, end) and whether an agent ("by ...") follows."""

    start: int
    end: int
    participle: str
    agent: bool


_REST = _rest(IRREGULAR)
_TO = re.compile(r"\s+to\b", re.IGNORECASE)


def is_participle(word: str, allow: frozenset[str] = frozenset()) -> bool:
    """A lower-case past participle that is not an adjective after "be"."""
    low = word.lower()
    if not word[:1].islower() or low in allow or low in ADJECTIVAL:
        return False
    if low.startswith("un") and low not in UN_VERBS:
        return False  # "unchanged", "unexpected": adjectives
    return low in IRREGULAR or (len(low) >= 4 and low.endswith("ed") and low not in NOT_PARTICIPLES)


def find_passives(
    text: str, start: int = 0, end: int | None = None, allow: frozenset[str] = frozenset()
) -> Iterator[Passive]:
    """Passive phrases in ``text[start:end]`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    pos = start
    while (be := _BE_AT.search(text, pos, end)) is not None:
        pos = be.end()
        m = _REST.match(text, pos, end)
        if m is None:
            continue
        verb = m.group("verb")
        if not is_participle(verb, allow):
            continue
        if verb.lower() in _RAISING_TO and _TO.match(text, m.end("verb"), end):
            continue
        aux = _AUX_BEFORE.search(text, max(start, be.start() - 40), be.start())
        agent = m.group("by") is not None
        yield Passive(aux.start() if aux else be.start(), m.end() if agent else m.end("verb"), verb, agent)
        pos = m.end()
