"""YAML rule kinds: each module defines a frozen dataclass built from a rule's mapping."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from copylint.kinds.existence import Existence
from copylint.kinds.occurrence import Occurrence
from copylint.kinds.pattern import PatternRule
from copylint.kinds.repetition import Repetition
from copylint.kinds.substitution import Substitution


class Kind(Protocol):
    """A YAML rule kind: builds a rule from one mapping of a pack."""

    def from_mapping(self, data: Mapping[str, Any], family: str, source: str | None) -> Any: ...


KINDS: Mapping[str, Kind] = {
    "existence": Existence,
    "substitution": Substitution,
    "occurrence": Occurrence,
    "repetition": Repetition,
    "pattern": PatternRule,
}

__all__ = ["KINDS", "Existence", "Kind", "Occurrence", "PatternRule", "Repetition", "Substitution"]
