"""YAML rule kinds: each module defines a frozen dataclass built from a rule's mapping."""

from __future__ import annotations

from copylint.kinds.existence import Existence
from copylint.kinds.occurrence import Occurrence
from copylint.kinds.repetition import Repetition
from copylint.kinds.substitution import Substitution

KINDS = {
    "existence": Existence,
    "substitution": Substitution,
    "occurrence": Occurrence,
    "repetition": Repetition,
}

__all__ = ["KINDS", "Existence", "Occurrence", "Repetition", "Substitution"]
