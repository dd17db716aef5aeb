"""A rule's ``patterns`` list, searched as the alternation ``(?:p1)|(?:p2)|...`` with only the
patterns a given text can match.

Every pattern has keyword groups (:func:`copylint.matching.requirements`, then, for a text that
has those, :func:`copylint.matching.keyword_groups`: each match contains one keyword of each
group). A pattern whose keywords are missing from the whole text matches nowhere
in it, at no position and from no starting point, so the alternation of the other patterns (in
their order) has exactly the matches of the full one over that text: the same leftmost-first
choice, the same empty matches. Most news articles contain the keywords of none or one of an
idiom list's patterns, so most are never scanned by the rest; the alternation of each subset
seen is compiled once, on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache

from copylint import matching

#: What :meth:`PatternSet.for_text` answers for a text none of the patterns can match.
NOTHING: None = None


class PatternSet:
    """The patterns of one rule (``re`` syntax, same flags), searched together."""

    def __init__(self, patterns: tuple[str, ...], flags: int) -> None:
        self.patterns = patterns
        self.flags = flags
        self._needs: tuple[tuple[matching.Keywords, ...], ...] | None = None
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._more: dict[int, tuple[matching.Keywords, ...]] = {}
        self._last: tuple[str, re.Pattern[str] | None] | None = None
        self._behind: frozenset[int] | None = None

    def for_text(self, text: str) -> re.Pattern[str] | None:
        """A regex with the same matches over ``text`` (any ``pos``/``endpos`` inside it) as the
        alternation of every pattern; None when no pattern can match anywhere in ``text``."""
        last = self._last
        if last is not None and last[0] is text:  # the rule's next region of the same text
            return last[1]
        rx = self._for(text)
        self._last = (text, rx)
        return rx

    def for_region(self, text: str, start: int, end: int) -> re.Pattern[str] | None:
        """A regex with the same matches as the alternation of every pattern over ``text``
        from ``start`` to ``end`` (``rx.match(text, start, end)`` and the like); None when no
        pattern can match there. The keywords are looked for in that stretch alone, so a
        pattern with a lookbehind (which may find its keyword before ``start``) is always kept."""
        behind = self._behind
        if behind is None:
            behind = self._behind = frozenset(i for i, p in enumerate(self.patterns) if "(?<=" in p)
        return self._compile(tuple(sorted(behind.union(self._possible(text[start:end])))))

    def _for(self, text: str) -> re.Pattern[str] | None:
        return self._compile(self._possible(text))

    def _compile(self, chosen: tuple[int, ...]) -> re.Pattern[str] | None:
        if not chosen:
            return NOTHING
        rx = self._compiled.get(chosen)
        if rx is None:
            subset = tuple(self.patterns[i] for i in chosen)
            rx = self._compiled[chosen] = matching.deferred(
                lambda: matching.alternatives([f"(?:{p})" for p in subset], self.flags), self.flags
            )
        return rx

    def _possible(self, text: str) -> tuple[int, ...]:
        needs = self._needs
        if needs is None:
            needs = self._needs = tuple(_rarest_first(matching.requirements(p, self.flags)) for p in self.patterns)
        if matching.analysing() and len(text) >= matching.LONG_TEXT:  # a document's tests, shared
            keywords = matching.text_keywords(text)
            if keywords is not None:
                holds = keywords.holds
                return tuple(i for i, groups in enumerate(needs) if holds(groups) and holds(self._all_groups(i)))
        low = _lowered(text)
        if low is None:  # a case-folding trap: keyword tests are unsafe, keep every pattern
            return tuple(range(len(needs)))
        return tuple(
            i
            for i, groups in enumerate(needs)
            if matching.holds_every_group(groups, low) and matching.holds_every_group(self._all_groups(i), low)
        )

    def _all_groups(self, i: int) -> tuple[matching.Keywords, ...]:
        """Every keyword group of pattern ``i``: read only for a pattern whose cheapest groups a
        text passed (ordinary words such as "with" or " a " can be among them)."""
        groups = self._more.get(i)
        if groups is None:
            found = matching.keyword_groups(self.patterns[i], self.flags, shortest=_SHORTEST)
            groups = self._more[i] = _rarest_first(tuple(g for g in found if not _ordinary(g)))
        return groups


#: Shorter keywords are tested too here ("--", ",,", "(": rare in copy, and the only keywords of
#: many punctuation patterns); groups of ordinary characters (a letter, a space) are not.
_SHORTEST = 1


def _ordinary(group: matching.Keywords) -> bool:
    """A group with a keyword of one letter, digit or space, which nearly every text holds."""
    return any(len(k) == 1 and (k.isalnum() or k.isspace()) for k in group)


def _rarest_first(groups: tuple[matching.Keywords, ...]) -> tuple[matching.Keywords, ...]:
    """The groups with the longest shortest keyword first: a missing one ends the test soonest."""
    return tuple(sorted(groups, key=lambda g: (-min(map(len, g)), sorted(g))))


@lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    # shared by the rules that test the same document one after another
    return matching.lowered(text)
