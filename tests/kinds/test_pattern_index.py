"""The pattern kind's anchor index only skips starts that cannot match: a rule finds exactly what
the same rule finds when it tries every token (its anchors removed)."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

import pytest

from copylint.kinds.pattern import PatternRule

from .helpers import build, run

TEXT = (
    "While he still looking for work, they went on win three titles. The council is going be late. "
    "He was able finish the race and the mayor or the council could of seen it. Neither the mayor "
    "or the council came to and end. An his wife said the kind thinking was one the best. "
    "We depend of course on them, but we depend of them too. It is is a test; a a b c d e f or g. "
    "And so it ended. Police said the man fled as and when he could. Prices were rise quickly."
)
WORDS = ["he", "the", "or", "and", "on", "of", "a", "is", "could", "went", "to", "mayor", "an", "his", "was"]
TAGS = ["VB.*", "NN.*", "DT", "IN", "PRP", "MD", "JJ", "VBG", "CC"]
LEMMAS = ["go", "be", "depend", "have"]


def _test(rng: random.Random) -> dict[str, Any]:
    test: dict[str, Any] = {}
    kind = rng.choice(["word", "word", "tag", "lemma", "lemma-tag", "word-tag", "regex", "not", "case"])
    if kind == "word":
        test["word"] = rng.sample(WORDS, rng.randint(1, 3))
    elif kind == "tag":
        test["tag"] = rng.choice(TAGS)
    elif kind == "lemma":
        test["lemma"] = rng.choice(LEMMAS)
    elif kind == "lemma-tag":
        test["lemma"] = rng.sample(LEMMAS, 2)
        test["tag"] = rng.choice(TAGS)
    elif kind == "word-tag":
        test["word"] = rng.sample(WORDS, rng.randint(1, 3))
        test["tag"] = rng.choice(TAGS)
        if rng.random() < 0.5:
            test["lemma"] = rng.choice(LEMMAS)
    elif kind == "regex":
        test["regex"] = "[a-z]{2,4}"
    elif kind == "not":
        test["not"] = {"tag": rng.choice(TAGS)}
    else:
        test["case"] = "lower"
    if rng.random() < 0.3:
        test["skip"] = rng.randint(1, 4)
    if rng.random() < 0.2:
        test["optional"] = True
    if rng.random() < 0.15:
        test["except"] = [{"word": rng.sample(WORDS, 2)}]
    if rng.random() < 0.1:
        test["anchor"] = rng.choice(["start", "end"])
    return test


def _rule(rng: random.Random) -> PatternRule:
    variants = [{"pattern": [_test(rng) for _ in range(rng.randint(1, 4))]} for _ in range(rng.randint(1, 3))]
    data: dict[str, Any] = {"kind": "pattern", "message": "{match}", "patterns": variants}
    if rng.random() < 0.4:
        data["antipatterns"] = [[_test(rng) for _ in range(rng.randint(1, 2))]]
    rule = build(data, family="grammar")
    assert isinstance(rule, PatternRule)
    return rule


def _unindexed(rule: PatternRule) -> PatternRule:
    return replace(
        rule,
        variants=tuple(replace(v, anchors=()) for v in rule.variants),
        anti_anchors=tuple(() for _ in rule.antipatterns),
    )


@pytest.mark.parametrize("seed", range(60))
def test_the_index_finds_what_trying_every_token_finds(seed: int) -> None:
    rule = _rule(random.Random(seed))
    assert run(rule, TEXT) == run(_unindexed(rule), TEXT)


def test_skips_and_optional_tokens_before_the_anchor_are_reached() -> None:
    rule = build(
        {
            "kind": "pattern",
            "message": "{match}",
            "pattern": [{"tag": "DT", "skip": 3}, {"word": "mayor", "optional": True}, {"word": ["or"]}],
        },
        family="grammar",
    )
    found = [m for m, *_ in run(rule, TEXT)]
    assert found == [m for m, *_ in run(_unindexed(rule), TEXT)]
    assert "the mayor or" in found
