"""Frozen dataclass instances made from values known to be valid, without their ``__init__``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from functools import cache
from typing import Any, TypeVar

_T = TypeVar("_T")
_new = object.__new__


@cache
def field_names(cls: Any) -> frozenset[str]:
    """The names of the dataclass ``cls``'s fields."""
    return frozenset(f.name for f in fields(cls))


def made(cls: type[_T], values: Mapping[str, Any]) -> _T:
    """``cls(**values)`` for a frozen dataclass: when ``values`` holds every field, made with one
    dictionary update instead of the frozen ``__init__``'s ``object.__setattr__`` per field, and
    without its ``__post_init__`` checks (so only for values that passed them before, or are
    built to pass them); equal, field for field, to what ``__init__`` makes. Otherwise (a field
    missing or unknown) ``cls(**values)`` itself, which fills defaults or raises."""
    kind: Any = cls
    if values.keys() != field_names(kind):
        return cls(**values)
    obj: Any = _new(kind)
    obj.__dict__.update(values)
    return obj  # type: ignore[no-any-return]
