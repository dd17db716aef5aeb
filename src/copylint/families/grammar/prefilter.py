"""Cheap keyword tests that let a regex table skip documents it cannot match.

``requirements(pattern)`` reads the parsed pattern and returns groups of literal keywords: every match
of the pattern (or a lookaround it needs) contains at least one keyword of each group, compared
case-insensitively. ``may_match(needs, prose)`` tests them on the lower-cased prose, so a table
rule pays a few substring searches instead of a regex scan over a document that has none of its
words. The test only ever says "maybe" for a document the regex could match, so findings are
unchanged.
"""

from __future__ import annotations

from functools import lru_cache
from re import _constants as C  # noqa: N812 - the parser's opcodes
from re import _parser as parser  # type: ignore[attr-defined]

Keywords = frozenset[str]

#: Characters that IGNORECASE matches to an ASCII letter but ``str.lower`` does not map to it.
_FOLD_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
#: Keyword groups weaker than this (shortest keyword) or larger than this are not worth testing.
MIN_KEYWORD = 3
MAX_GROUP = 40
MAX_GROUPS = 2


def _score(group: Keywords) -> tuple[int, int]:
    return (min(map(len, group)), -len(group))


def _alternatives(items: list) -> list[Keywords]:
    """Keyword groups each required by a match of the parsed sequence ``items``."""
    groups: list[Keywords] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        if run:
            groups.append(frozenset({run}))
            run = ""
        if op is C.SUBPATTERN:
            groups += _alternatives(av[3].data if hasattr(av[3], "data") else av[3])
        elif op is C.ATOMIC_GROUP:
            groups += _alternatives(av.data if hasattr(av, "data") else av)
        elif op in _REPEATS and av[0] >= 1:
            groups += _alternatives(av[2].data if hasattr(av[2], "data") else av[2])
        elif op is C.ASSERT:  # a positive lookaround: its text is in the prose too
            groups += _alternatives(av[1].data if hasattr(av[1], "data") else av[1])
        elif op is C.BRANCH:
            union: set[str] = set()
            for alt in av[1]:
                best = _alternatives(alt.data if hasattr(alt, "data") else alt)
                if not best:
                    union = set()
                    break
                union |= max(best, key=_score)
            if union:
                groups.append(_minimal(union))
    if run:
        groups.append(frozenset({run}))
    return groups


def _minimal(words: set[str]) -> Keywords:
    """Drop keywords that contain another keyword of the group (finding the shorter suffices)."""
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def requirements(pattern: str, flags: int = 0) -> tuple[Keywords, ...]:
    """Up to ``MAX_GROUPS`` keyword groups that every match of ``pattern`` needs, cheapest first."""
    groups = {g for g in _alternatives(parser.parse(pattern, flags).data)
              if min(map(len, g)) >= MIN_KEYWORD and len(g) <= MAX_GROUP}
    best = sorted(groups, key=lambda g: (len(g), -min(map(len, g)), sorted(g)))
    return tuple(best[:MAX_GROUPS])


@lru_cache(maxsize=2)
def lowered(prose: str) -> str | None:
    """The prose lower-cased for keyword tests, or None when a case-folding trap makes the test unsafe."""
    if not prose.isascii() and any(ch in prose for ch in _FOLD_TRAPS):
        return None
    return prose.lower()


def may_match(needs: tuple[Keywords, ...], prose: str) -> bool:
    """False only when ``prose`` lacks every keyword of some group, so the regex cannot match."""
    if not needs:
        return True
    low = lowered(prose)
    if low is None:
        return True
    for group in needs:
        for keyword in group:
            if keyword in low:
                break
        else:
            return False
    return True
