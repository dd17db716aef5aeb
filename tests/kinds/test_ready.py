"""Built-in pattern rules made from their ready-made form in the rule index (copylint.kinds.ready)
are the rules built from their pack mappings, object for object."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import fields, replace
from typing import Any

import pytest

from copylint import matching, registry, ruleindex
from copylint.kinds import ready
from copylint.kinds.pattern import Anchor, PatternRule, Variant
from copylint.kinds.pattern import Test as TokenTest
from copylint.packs import load_pack_rule
from copylint.toolkit import Message, Part


def _objects(value: Any) -> list[Any]:
    """Every object of the ready-made classes in a value, depth first."""
    if type(value) is tuple:
        return [x for v in value for x in _objects(v)]
    if type(value) in (PatternRule, Variant, TokenTest, Anchor, Message, Part):
        return [value, *(x for f in fields(value) for x in _objects(getattr(value, f.name)))]
    return []


def _built(package: str, pack: str, position: int) -> Any:
    return registry._with_indexed_defaults(package, load_pack_rule(registry.builtin_packs_dir() / pack, position))


def test_every_ready_made_rule_is_the_rule_its_mapping_builds() -> None:
    registry.builtin_families()
    assert len(ruleindex._READY) > 400  # every pattern rule of the built-in packs
    for package, pack, position in list(ruleindex._READY):
        made = ruleindex.ready_rule(package, pack, position)
        built = _built(package, pack, position)
        assert type(made) is PatternRule
        assert made == built  # every field, compared or not, is checked below (a repr would differ
        # only in the iteration order of equal frozensets, which hash randomisation changes)
        assert made.meta == built.meta == registry._indexed_metas()[(package, made.meta.id)]  # the index's
        ours, theirs = _objects(made), _objects(built)
        assert [type(o) for o in ours] == [type(o) for o in theirs]
        for a, b in zip(ours, theirs, strict=True):
            for f in fields(a):
                x, y = getattr(a, f.name), getattr(b, f.name)
                assert type(x) is type(y), (pack, position, f.name)
                if isinstance(x, re.Pattern):
                    assert x is y  # the packs' shared lazy regex, not compiled
                    assert type(matching.source(x)[1]) is type(matching.source(y)[1])
                elif type(x) not in (tuple, PatternRule, Variant, TokenTest, Anchor, Message, Part):
                    assert x == y


def _regexes(rule: Any) -> list[tuple[str, type]]:
    out = []
    for o in _objects(rule):
        for f in fields(o):
            x = getattr(o, f.name)
            if isinstance(x, re.Pattern):
                pattern, flags = matching.source(x)
                out.append((pattern, type(flags)))
    return out


def test_the_regexes_are_made_as_the_mapping_makes_them() -> None:
    """Each lazy regex is made by the form itself (no rule built from a mapping first): the same
    pattern and flags, of the same type (``re.IGNORECASE`` for a ``regex`` test, 0 for a tag)."""
    from copylint.kinds.pattern import _later

    registry.builtin_families()
    keys = list(ruleindex._READY)
    _later.cache_clear()
    made = [r for k in keys for r in _regexes(ruleindex.ready_rule(*k))]
    _later.cache_clear()
    built = [r for k in keys for r in _regexes(_built(*k))]
    _later.cache_clear()
    assert made == built
    assert {kind for _, kind in made} == {int, re.RegexFlag}


def test_a_plain_check_builds_no_pattern_rule_from_its_mapping(tmp_path: Any) -> None:
    article = tmp_path / "story.md"
    article.write_text("Their going to the shops on Monday, and the council said it would rise taxes.\n")
    code = """
import sys
from copylint import packs
from copylint.api import lint_paths
kinds = []
build = packs._build
packs._build = lambda path, data, *rest: kinds.append(data.get("kind")) or build(path, data, *rest)
report = lint_paths([sys.argv[1]], None, cache=False)
print(len(report.diagnostics), "pattern" in kinds, len(kinds))
"""
    out = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True, check=True)
    count, from_mapping, _ = out.stdout.split()
    assert int(count) > 0 and from_mapping == "False"


def test_a_form_written_for_other_classes_is_built_from_its_mapping(monkeypatch: pytest.MonkeyPatch) -> None:
    registry.builtin_families()
    package, pack, position = next(iter(ruleindex._READY))
    meta, blob = ruleindex._READY[(package, pack, position)]
    assert ready.decode(blob, meta) is not None
    monkeypatch.setattr(ready, "SIGNATURE", ready.SIGNATURE + 1)
    assert ready.decode(blob, meta) is None
    registry._pack_rule.cache_clear()
    try:
        assert registry._pack_rule(package, pack, position) == _built(package, pack, position)
    finally:
        registry._pack_rule.cache_clear()


def test_only_what_the_form_keeps_exactly_is_written() -> None:
    registry.builtin_families()
    package, pack, position = next(iter(ruleindex._READY))
    rule: Any = _built(package, pack, position)
    assert ready.encode(rule) is not None
    assert ready.encode(rule.meta) is None  # not a pattern rule
    test = rule.variants[0].tests[0]
    compiled = replace(test, tag=re.compile("NN"))  # compiled, not the packs' lazy regex
    variant = replace(rule.variants[0], tests=(compiled, *rule.variants[0].tests[1:]))
    assert ready.encode(replace(rule, variants=(variant,))) is None
    assert ready.encode(replace(rule, language=["en-US"])) is None  # a list: not a value the form keeps
    mixed = replace(rule.variants[0], suggest=("x", variant))  # a plain first item, then an object
    assert ready.encode(replace(rule, variants=(mixed,))) is None
