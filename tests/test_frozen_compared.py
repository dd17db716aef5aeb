"""frozen.compared: the __eq__, __hash__ and __repr__ it gives a frozen dataclass are those
``@dataclass(frozen=True)`` writes, for every kind of field and class body."""

from __future__ import annotations

import dataclasses
import itertools
import sys
from dataclasses import FrozenInstanceError, InitVar, dataclass, field
from typing import Any, ClassVar

import pytest

from copylint.frozen import compared


def _twins(body: dict[str, Any], **options: Any) -> tuple[Any, Any]:
    """The same class body made by ``@dataclass(frozen=True)`` and by ``compared``."""

    def fresh() -> Any:
        return type("Item", (), {"__module__": __name__, "__qualname__": "Item", **body})

    stock = dataclass(frozen=True, **options)(fresh())
    ours = compared(dataclass(frozen=True, eq=False, repr=False, **options)(fresh()))
    return stock, ours


PLAIN = {"__annotations__": {"a": "Any", "b": "Any"}, "b": 0}
FIELD_OPTIONS = {
    "__annotations__": {"a": "Any", "b": "Any", "c": "Any", "d": "Any", "k": "ClassVar[int]", "v": "InitVar[int]"},
    "b": field(default=0, compare=False),
    "c": field(default=0, repr=False),
    "d": field(default=0, hash=False),
    "k": 5,
    "v": 0,
}
ONE = {"__annotations__": {"a": "Any"}}
NONE: dict[str, Any] = {"__annotations__": {}}
HASH_ONLY = {"__annotations__": {"a": "Any", "b": "Any"}, "b": field(default=0, compare=False, hash=True)}

NAN = float("nan")
VALUES = [0, 1, 1.0, True, "x", (1, 2), NAN, None, frozenset({1}), -0.0]


def _instances(cls: Any, body: dict[str, Any]) -> list[Any]:
    names = [n for n, kind in body["__annotations__"].items() if not kind.startswith(("ClassVar", "InitVar"))]
    combos = itertools.product([*VALUES[:6], NAN, -0.0], repeat=min(len(names), 2))
    made = []
    for combo in combos:
        values = dict(zip(names, list(combo) + [VALUES[4]] * len(names), strict=False))
        made.append(cls(**values))
    return made or [cls()]


@pytest.mark.parametrize("slots", [False, True])
@pytest.mark.parametrize(
    "body", [PLAIN, FIELD_OPTIONS, ONE, NONE, HASH_ONLY], ids=["plain", "options", "one", "none", "hash"]
)
def test_the_methods_give_what_dataclasses_writes(body: dict[str, Any], slots: bool) -> None:
    stock, ours = _twins(body, slots=slots)
    left, right = _instances(stock, body), _instances(ours, body)
    assert len(left) == len(right)
    for (s1, o1), (s2, o2) in itertools.product(zip(left, right, strict=True), repeat=2):
        assert (s1 == s2) == (o1 == o2)
        assert (s1 != s2) == (o1 != o2)
    for s, o in zip(left, right, strict=True):
        assert repr(s) == repr(o)
        try:
            expected = hash(s)
        except TypeError:  # an unhashable field value
            with pytest.raises(TypeError):
                hash(o)
        else:
            assert hash(o) == expected
        assert o.__eq__(object()) is NotImplemented and s.__eq__(object()) is NotImplemented
        assert o.__eq__(s) is NotImplemented  # another class, even with equal fields
        if body is not NONE:
            with pytest.raises(FrozenInstanceError):
                o.a = 1
            with pytest.raises(FrozenInstanceError):
                del o.a
    for name in ("__eq__", "__hash__", "__repr__"):
        assert getattr(ours, name).__qualname__ == f"Item.{name}"
    assert [f.name for f in dataclasses.fields(ours)] == [f.name for f in dataclasses.fields(stock)]
    assert ours.__match_args__ == stock.__match_args__


def test_nan_fields_compare_as_this_pythons_dataclasses_do() -> None:
    """Up to 3.12 the same NaN object in a field is equal (tuples compare items by identity
    first); from 3.13 fields compare one by one, so it is not, but an instance equals itself."""
    stock, ours = _twins(ONE)
    same_object = sys.version_info < (3, 13)
    assert (stock(NAN) == stock(NAN)) is same_object and (ours(NAN) == ours(NAN)) is same_object
    assert stock(float("nan")) != stock(float("nan")) and ours(float("nan")) != ours(float("nan"))
    one_stock, one_ours = stock(NAN), ours(NAN)
    assert one_stock == one_stock and one_ours == one_ours  # noqa: PLR0124 (an instance and itself)


def test_a_subclass_instance_is_not_equal() -> None:
    stock, ours = _twins(PLAIN)
    sub_stock = dataclass(frozen=True)(type("Sub", (stock,), {"__module__": __name__}))
    sub_ours = compared(dataclass(frozen=True, eq=False, repr=False)(type("Sub", (ours,), {"__module__": __name__})))
    assert (stock(1) == sub_stock(1)) is False and (ours(1) == sub_ours(1)) is False
    assert sub_ours(1) == sub_ours(1) and hash(sub_ours(1)) == hash(sub_stock(1))
    assert repr(sub_ours(1)) == repr(sub_stock(1)) == "Sub(a=1, b=0)"


def test_a_recursive_repr_is_cut_as_dataclasses_cuts_it() -> None:
    stock, ours = _twins(ONE)
    s, o = stock([]), ours([])
    s.a.append(s)
    o.a.append(o)
    assert repr(o) == repr(s) == "Item(a=[...])"


def test_methods_of_the_class_body_are_kept() -> None:
    def eq(self: Any, other: Any) -> bool:
        return True

    def rep(self: Any) -> str:
        return "mine"

    # __eq__ alone: Python sets __hash__ = None in the body; dataclasses then adds its hash
    stock, ours = _twins({**ONE, "__eq__": eq, "__hash__": None})
    assert ours(1) == ours(2) and hash(ours(1)) == hash(stock(1)) == hash((1,))
    stock, ours = _twins({**ONE, "__hash__": lambda self: 7, "__repr__": rep})
    assert hash(ours(1)) == hash(stock(1)) == 7
    assert repr(ours(1)) == repr(stock(1)) == "mine"
    assert ours(1) == ours(1) and ours(1) != ours(2)


def test_only_below_a_frozen_dataclass_without_its_methods() -> None:
    for options in ({"frozen": True}, {"frozen": True, "eq": False}, {"eq": False, "repr": False}):
        with pytest.raises(TypeError, match="compared"):
            compared(dataclass(**options)(type("Item", (), {"__annotations__": {"a": "int"}})))
    with pytest.raises(TypeError, match="compared"):
        compared(type("Item", (), {}))


def test_copylint_classes_stay_frozen_dataclasses() -> None:
    from copylint.diagnostic import Span
    from copylint.document import Token
    from copylint.rule import RuleMeta

    for cls in (Span, Token, RuleMeta):
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
        assert cls.__eq__ is not object.__eq__ and cls.__hash__ is not None
    assert Span(1, 2) == Span(1, 2) and hash(Span(1, 2)) == hash((1, 2))
    assert repr(Span(1, 2)) == "Span(start=1, end=2)"


_ = (ClassVar, InitVar)  # the annotations above are strings naming these


def test_span_compares_orders_hashes_and_prints_as_a_stock_ordered_frozen_dataclass() -> None:
    # Span writes its comparisons in its body (dataclasses would exec them): the same answers
    # as @dataclass(frozen=True, slots=True, order=True) gives, for spans and for other values
    import pickle

    from copylint.diagnostic import Span

    body = {"__annotations__": {"start": "int", "end": "int"}, "__module__": Span.__module__, "__qualname__": "Span"}
    stock = dataclass(frozen=True, slots=True, order=True)(type("Span", (), dict(body)))
    pairs = [(0, 0), (0, 3), (1, 2), (1, 3), (2, 2), (5, 9)]
    ours, theirs = [Span(*p) for p in pairs], [stock(*p) for p in pairs]
    for (a, x), (b, y) in itertools.product(zip(ours, theirs, strict=True), repeat=2):
        for op in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"):
            assert getattr(a, op)(b) == getattr(x, op)(y), (a, b, op)
        assert (a == b) == (x == y) and (a < b) == (x < y) and (a >= b) == (x >= y)
    for a, x in zip(ours, theirs, strict=True):
        assert hash(a) == hash(x) and repr(a) == repr(x)
        for other in ((a.start, a.end), None, x, 1):
            for op in ("__eq__", "__lt__", "__le__", "__gt__", "__ge__"):
                assert getattr(a, op)(other) is NotImplemented
        assert a != (a.start, a.end) and a != x
        with pytest.raises(TypeError):
            _ = a < (a.start, a.end)  # type: ignore[operator]
        with pytest.raises(FrozenInstanceError):
            a.start = 3  # type: ignore[misc]
        assert pickle.loads(pickle.dumps(a)) == a and dataclasses.replace(a, end=a.end + 1) == Span(a.start, a.end + 1)
    assert sorted(ours[3:] + ours[:3]) == ours and Span.__match_args__ == ("start", "end")
    assert [f.name for f in dataclasses.fields(Span)] == ["start", "end"] and Span.__slots__ == ("start", "end")
    with pytest.raises(ValueError):
        Span(3, 1)
