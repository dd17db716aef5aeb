"""A check shared by the grammar pack tests: a rule's bad example is flagged, alone."""

from __future__ import annotations

from collections.abc import Collection

from copylint import Linter


def assert_flagged_alone(linter: Linter, text: str, owners: Collection[str], path: str = "story.md") -> None:
    """``text`` gets a diagnostic from one of the rules ``owners``, and no rule outside them reports
    words that diagnostic covers (one diagnostic per slip, not one per rule that knows it)."""
    found = linter.lint_text(text, path)
    mine = [d for d in found if d.rule in owners]
    assert mine, f"{sorted(owners)}: {text!r} is not flagged ({[d.rule for d in found]})"
    for d in mine:
        clash = [o.rule for o in found if o.rule not in owners and o.offset < d.end_offset and d.offset < o.end_offset]
        assert not clash, f"{d.rule} duplicates {clash} on {text!r}"


def assert_reports(found: list[tuple[str, str, tuple[str, ...]]], rule: str, span: str, suggestion: str | None) -> None:
    """Among ``found`` ((rule, flagged text, suggestions) triples), ``rule`` flags ``span`` first,
    with ``suggestion`` as its first fix when one is given."""
    hits = [(s, sugg) for r, s, sugg in found if r == rule]
    assert hits, found
    assert hits[0][0] == span
    if suggestion is not None:
        assert hits[0][1][0] == suggestion
