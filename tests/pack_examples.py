"""Checks shared by the grammar pack tests: the grammar family in each language and what it finds
(:func:`found`), a rule's bad example flagged alone, the whole-pack checks (:func:`check_pack`)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from copylint import Linter

#: The repository root (its ``rules/`` folder holds the packs).
ROOT = Path(__file__).resolve().parents[1]
#: The grammar family in each language, as the pack tests run it.
US = Linter({"select": ["grammar"], "language": "en-US"}, plugins=False)
GB = Linter({"select": ["grammar"], "language": "en-GB"}, plugins=False)


def found(text: str, linter: Linter = US) -> list[tuple[str, str, tuple[str, ...]]]:
    """(rule, flagged text, suggestions) of each diagnostic ``linter`` gives ``text``."""
    return [(d.rule, text[d.offset : d.end_offset], tuple(d.suggestions)) for d in linter.lint_text(text, "story.md")]


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


def check_pack(
    rules: Sequence[Mapping[str, Any]],
    required: Collection[str],
    linters: Sequence[Linter],
    correct: Iterable[str] = (),
    *,
    alone_among: Collection[str] | None = None,
) -> None:
    """The whole-pack checks of a grammar pack's rules (their YAML mappings ``rules``):

    - every rule is a grammar rule with the keys ``required`` (docs: summary, explanation ...)
      and bad and good examples;
    - no second diagnostic on a bad example: each is flagged by its rule (by one of
      ``alone_among`` when given: the pack's rules) and no other rule reports its words
      (:func:`assert_flagged_alone`, with the first of ``linters``);
    - every good example is clean of its rule with each of ``linters`` (en-US and en-GB);
    - the ``correct`` sentences get nothing from the pack's rules with each of ``linters``.
    """
    ids = {str(r["id"]) for r in rules}
    for rule in rules:
        rule_id = str(rule["id"])
        assert rule_id.startswith("grammar."), rule_id
        assert all(rule.get(key) for key in required), (rule_id, [k for k in required if not rule.get(k)])
        assert rule.get("bad") and rule.get("good"), rule_id
        for example in rule["bad"]:
            assert_flagged_alone(linters[0], example, {rule_id} if alone_among is None else alone_among)
        for example in rule["good"]:
            for linter in linters:
                flagged = [d.rule for d in linter.lint_text(example, "story.md") if d.rule == rule_id]
                assert flagged == [], (rule_id, example)
    for text in correct:
        for linter in linters:
            found = [(d.rule, text[d.offset : d.end_offset]) for d in linter.lint_text(text, "story.md")]
            assert [f for f in found if f[0] in ids] == [], text
