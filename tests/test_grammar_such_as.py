"""grammar.such-as: the name and plural-noun scans run only where some 'such' is followed by
whitespace and a capital letter; every kind of whitespace a table's ``_`` matches still counts."""

from __future__ import annotations

import pytest

from copylint.families.grammar.constructions import _such_before_capital
from pack_examples import found


@pytest.mark.parametrize("space", [" ", "  ", "\t", "\u00a0", "\n", " \n  "])
def test_such_before_a_name_after_any_in_paragraph_whitespace_is_flagged(space: str) -> None:
    text = f"Big cities such{space}London and Paris were hit. Privacy coins such{space}Monero are hard to trace."
    assert _such_before_capital(text)
    hits = [(rule, span) for rule, span, _ in found(text) if rule == "grammar.such-as"]
    assert hits == [("grammar.such-as", "such"), ("grammar.such-as", "such")]


@pytest.mark.parametrize(
    "text",
    ["Such a plan would fail.", "No such thing exists.", "Cities such as London.", "SUCH as this", "suchLondon"],
)
def test_no_such_before_a_capital(text: str) -> None:
    assert not _such_before_capital(text)


def test_capital_such_counts_too() -> None:
    assert _such_before_capital("SUCH Monero") and _such_before_capital("Such London")
