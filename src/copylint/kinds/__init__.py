"""YAML rule kinds: each module defines a frozen dataclass built from a rule's mapping."""

from __future__ import annotations

from copylint.kinds.existence import Existence
from copylint.kinds.occurrence import Occurrence
from copylint.kinds.pattern import PatternRule
from copylint.kinds.repetition import Repetition
from copylint.kinds.substitution import Substitution

KINDS = {
    "existence": Existence,
    "substitution": Substitution,
    "occurrence": Occurrence,
    "repetition": Repetition,
    "pattern": PatternRule,
}

__all__ = ["KINDS", "Existence", "Occurrence", "PatternRule", "Repetition", "Substitution"]
