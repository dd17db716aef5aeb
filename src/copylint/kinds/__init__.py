"""YAML rule kinds: each module defines a frozen dataclass built from a rule's mapping.

Each kind's module is imported when a pack first names it (the ``pattern`` kind brings the
tagger and the grammar lexicon: a run whose packs have no pattern rule never imports them)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from copylint.kinds.existence import Existence
    from copylint.kinds.occurrence import Occurrence
    from copylint.kinds.pattern import PatternRule
    from copylint.kinds.repetition import Repetition
    from copylint.kinds.substitution import Substitution


class Kind(Protocol):
    """A YAML rule kind: builds a rule from one mapping of a pack."""

    def from_mapping(self, data: Mapping[str, Any], family: str, source: str | None) -> Any: ...


#: Kind name -> (module, class).
_WHERE = {
    "existence": ("copylint.kinds.existence", "Existence"),
    "substitution": ("copylint.kinds.substitution", "Substitution"),
    "occurrence": ("copylint.kinds.occurrence", "Occurrence"),
    "repetition": ("copylint.kinds.repetition", "Repetition"),
    "pattern": ("copylint.kinds.pattern", "PatternRule"),
}


class _Kinds(Mapping[str, Kind]):
    """The kinds by name; a kind's module is imported on first lookup."""

    def __getitem__(self, name: str) -> Kind:
        module, cls = _WHERE[name]
        kind: Kind = getattr(importlib.import_module(module), cls)
        return kind

    def __iter__(self) -> Iterator[str]:
        return iter(_WHERE)

    def __len__(self) -> int:
        return len(_WHERE)


KINDS: Mapping[str, Kind] = _Kinds()


def __getattr__(name: str) -> Any:
    for module, cls in _WHERE.values():
        if cls == name:
            return getattr(importlib.import_module(module), cls)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["KINDS", "Existence", "Kind", "Occurrence", "PatternRule", "Repetition", "Substitution"]
