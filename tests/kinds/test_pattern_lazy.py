"""Pattern rules of the built-in packs compile their token tests' regexes on first use: the same
matches as compiling them when the rule is built, and a user's pack is still checked when loaded."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from copylint.kinds.base import KindError
from copylint.kinds.pattern import PatternRule
from copylint.kinds.pattern import Test as TokenTest
from copylint.packs import PackError, load_pack
from copylint.registry import builtin_packs_dir

from .helpers import matched


def _tests(t: TokenTest) -> list[TokenTest]:
    return [t, *(_tests(t.negated) if t.negated is not None else ()), *(x for e in t.exceptions for x in _tests(e))]


def _all_tests(r: PatternRule) -> list[TokenTest]:
    seqs = [v.tests for v in r.variants] + list(r.antipatterns)
    return [x for seq in seqs for t in seq for x in _tests(t)]


def _both(data: dict[str, Any]) -> tuple[PatternRule, PatternRule]:
    full = {"id": "grammar.test-rule", "summary": "A test rule.", "kind": "pattern", "message": "{match}", **data}
    return (
        PatternRule.from_mapping(full, "grammar", None),
        PatternRule.from_mapping(full, "grammar", None, check=False),
    )


def test_every_builtin_token_regex_compiles_with_its_flags() -> None:
    seen = 0
    for pack in sorted(builtin_packs_dir().glob("*.yaml")):
        for r in load_pack(pack, "builtin"):
            if not isinstance(r, PatternRule):
                continue
            for t in _all_tests(r):
                for rx, flags in ((t.tag, 0), (t.lex, 0), (t.regex, re.IGNORECASE)):
                    if rx is not None:
                        assert rx.flags == re.compile(rx.pattern, flags).flags  # compiles, same flags
                        seen += 1
    assert seen > 300


@pytest.mark.parametrize(
    ("data", "text", "found"),
    [
        (
            {"pattern": [{"word": "the"}, {"not": {"tag": "NN.*|JJ.*|VBN|VBG|CD|RB.*"}}]},
            "He saw the of it. He saw the house.",
            ["the of"],
        ),
        # regex tests ignore case
        (
            {"pattern": [{"regex": "[a-z]+ly"}, {"word": "said"}]},
            "Sadly said. BADLY said. Sad said.",
            ["Sadly said", "BADLY said"],
        ),
        (
            {"pattern": [{"word": "could"}, {"lex": "VBN", "except": [{"regex": "been"}]}]},
            "It could gone. It could been.",
            None,
        ),
    ],
)
def test_lazy_token_regexes_match_as_compiled_ones(data: dict[str, Any], text: str, found: list[str] | None) -> None:
    eager, lazy = _both(data)
    assert matched(lazy, text) == matched(eager, text)
    if found is not None:
        assert matched(lazy, text) == found
    assert matched(eager, text)  # each case finds something


def test_token_regexes_of_one_pattern_are_shared() -> None:
    _, lazy = _both({"pattern": [{"tag": "VB.*"}, {"tag": "VB.*"}]})
    first, second = lazy.variants[0].tests
    assert first.tag is second.tag  # one compilation (and one tag look-up) for both
    assert first == second


def test_word_lists_are_lower_cased_and_checked() -> None:
    eager, _ = _both({"pattern": [{"word": ["Could’ve", "MIGHT"]}]})
    assert eager.variants[0].tests[0].words == frozenset({"could've", "might"})
    with pytest.raises(KindError, match="list of strings"):
        _both({"pattern": [{"word": ["could", 5]}]})
    with pytest.raises(KindError, match="list of strings"):
        _both({"pattern": [{"lemma": []}]})


def test_a_broken_token_regex_fails_when_a_users_pack_loads(tmp_path: Path) -> None:
    bad = tmp_path / "house.yaml"
    bad.write_text(
        "family: house\nrules:\n  - id: house.bad\n    kind: pattern\n    summary: S.\n"
        "    pattern: [{word: could}, {tag: 'VB('}]\n"
    )
    with pytest.raises(PackError, match="bad regex in token test"):
        load_pack(bad, "pack")
    (rule,) = load_pack(bad, "builtin")  # built-in packs are compiled by the test above
    assert isinstance(rule, PatternRule)
    with pytest.raises(re.error, match="missing \\)"):
        rule.variants[0].tests[1].tag.fullmatch("VB")  # type: ignore[union-attr]


def test_a_parsed_token_test_is_the_test_its_init_makes() -> None:
    # parse_test makes each Test without the frozen __init__ (kinds.pattern._test): every field
    # set, equal and hashed as the one __init__ makes, over every built-in pack's tests
    from dataclasses import fields

    names = {f.name for f in fields(TokenTest)}
    seen = 0
    rules = [r for path in sorted(builtin_packs_dir().rglob("*.yaml")) for r in load_pack(path)]
    for r in rules:
        if not isinstance(r, PatternRule):
            continue
        for t in _all_tests(r):
            assert vars(t).keys() == names
            made = TokenTest(**vars(t))
            assert made == t and hash(made) == hash(t)
            seen += 1
    assert seen > 1000
