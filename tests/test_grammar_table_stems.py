"""grammar table patterns (families/grammar/base.Pattern): the stem pre-test before the keyword
test finds the same matches, and rules a prose out only when a keyword group is absent."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import copylint.families.grammar
from copylint.families.grammar import base


def _patterns() -> list[base.Pattern]:
    """The table patterns of the grammar modules (module attributes and tuples of them)."""
    out = []
    for info in pkgutil.iter_modules(copylint.families.grammar.__path__):
        module = importlib.import_module(f"copylint.families.grammar.{info.name}")
        for value in vars(module).values():
            values = value if isinstance(value, tuple) else (value,)
            out += [p for p in values if isinstance(p, base.Pattern)]
    return out


def test_every_stem_is_a_prefix_of_each_keyword_of_one_group() -> None:
    patterns = _patterns()
    assert patterns
    stemmed = 0
    for pattern in patterns:
        groups = [g for g in pattern.needs if len(g) > 1]
        for stem in pattern.stems:
            stemmed += 1
            assert len(stem) >= 2
            assert any(all(k.startswith(stem) for k in g) for g in groups), (pattern.source, stem)
    assert stemmed


@pytest.mark.parametrize(
    "prose",
    [
        "It is the same than before.",
        "It is the same\u00a0than before.",
        "It is the same\nthan before.",
        "It is the SAME than before.",
        "It is similar than before.",
        "Same as ever.",
        "",
    ],
)
def test_a_stemmed_pattern_finds_what_its_regex_finds(prose: str) -> None:
    pattern = base.matcher(r"<(?P<x>same)_than>")
    assert pattern.stems == ("same",)
    assert [m.span() for m in pattern.finditer(prose)] == [m.span() for m in pattern.rx.finditer(prose)]
