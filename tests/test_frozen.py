"""frozen.made: a frozen dataclass made without __init__ equals the one __init__ makes."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass

import pytest

from copylint.frozen import made


@dataclass(frozen=True)
class _Point:
    x: int
    y: int = 0
    label: str = ""


def test_every_field_given_is_the_instance_init_makes() -> None:
    got = made(_Point, {"x": 1, "y": 2, "label": "a"})
    assert got == _Point(1, 2, "a")
    assert vars(got) == vars(_Point(1, 2, "a"))
    with pytest.raises(FrozenInstanceError):
        got.x = 3  # type: ignore[misc]


def test_a_missing_field_goes_through_init() -> None:
    assert made(_Point, {"x": 1}) == _Point(1)  # defaults filled by __init__
    with pytest.raises(TypeError):
        made(_Point, {"y": 1})  # a required field missing: __init__ says so
    with pytest.raises(TypeError):
        made(_Point, {"x": 1, "y": 2, "label": "a", "z": 4})  # an unknown field too
