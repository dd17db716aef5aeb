"""Every built-in rule documents itself, and its examples behave as documented."""

from __future__ import annotations

import pytest

from copylint import Linter
from copylint.registry import Registry
from copylint.rule import RULE_ID

REGISTRY = Registry.load(plugins=False)
FAMILIES = {name for name, family in REGISTRY.families.items() if not family.backend}
RULES = list(REGISTRY)


def _example_config(rule) -> dict:  # type: ignore[no-untyped-def]
    config: dict = {"select": [rule.meta.id]}
    config.update(rule.meta.example_config)  # the config the examples need
    return config


def test_there_are_rules_in_the_first_families() -> None:
    families = {r.meta.family for r in RULES}
    assert {"cliche", "boilerplate", "typography"} <= families


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.meta.id)
def test_metadata_is_complete(rule) -> None:  # type: ignore[no-untyped-def]
    meta = rule.meta
    assert RULE_ID.match(meta.id)
    assert meta.family in FAMILIES
    assert meta.summary.strip() and len(meta.summary) < 160
    assert len(meta.explanation.strip()) >= 40, "explain what it flags, why, and what to write"
    assert meta.bad, "at least one bad example"
    assert meta.good, "at least one good example"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.meta.id)
def test_examples(rule) -> None:  # type: ignore[no-untyped-def]
    if rule.meta.backend:
        pytest.skip("backend rules need a server: tests/test_languagetool.py runs one")
    linter = Linter(_example_config(rule), plugins=False)
    for example in rule.meta.bad:
        hits = [d for d in linter.lint_text(example, "example.md") if d.rule == rule.meta.id]
        assert hits, f"bad example does not fire {rule.meta.id}: {example!r}"
    for example in rule.meta.good:
        hits = [d for d in linter.lint_text(example, "example.md") if d.rule == rule.meta.id]
        assert not hits, f"good example fires {rule.meta.id}: {example!r}: {hits[0].message}"
