"""The pattern kind: token tests over tagged sentences, skips, anchors, exceptions, suggestions."""

from __future__ import annotations

import pytest

from copylint.kinds.base import KindError

from .helpers import build, run


def rule(**data):  # type: ignore[no-untyped-def]
    return build({"kind": "pattern", "message": "{match} -> {suggestion}", **data}, family="grammar")


def test_word_and_tag_tests_with_an_inflecting_suggestion() -> None:
    r = rule(pattern=[{"word": ["will", "could"]}, {"tag": "VBZ|VBD"}], mark=2, suggest="{2:lemma|VB}")
    assert run(r, "The board will decides today. It could saw it.") == [
        ("decides", 1, 16, "decides -> decide"),
        ("saw", 1, 40, "saw -> see"),
    ]


def test_lemma_negation_and_exceptions() -> None:
    r = rule(pattern=[{"lemma": "go"}, {"word": "on"}, {"tag": "VB", "except": [{"word": "strike"}]}])
    assert [m for m, *_ in run(r, "They went on win. They went on strike. It goes on.")] == ["went on win"]
    r = rule(pattern=[{"word": "the"}, {"not": {"tag": "NN.*|JJ.*|VBN|VBG|CD|RB.*"}}])
    assert [m for m, *_ in run(r, "He saw the of it. He saw the house.")] == ["the of"]


def test_skip_optional_and_anchor() -> None:
    r = rule(pattern=[{"word": "neither", "skip": 4}, {"word": "or"}])
    assert [m for m, *_ in run(r, "Neither the mayor or the council. Neither a b c d e f or g.")] == [
        "Neither the mayor or"
    ]
    r = rule(pattern=[{"word": "and", "anchor": "start"}, {"word": "so"}])
    assert [m for m, *_ in run(r, '"And so it ended. He said and so did I.')] == ["And so"]
    r = rule(pattern=[{"word": "he"}, {"word": "still", "optional": True}, {"tag": "VBG"}])
    assert [m for m, *_ in run(r, "While he still looking. While he looking.")] == ["he still looking", "he looking"]


def test_chunk_case_and_regex_tests() -> None:
    r = rule(pattern=[{"chunk": "B-NP", "case": "capitalised", "regex": "[A-Z][a-z]+"}])
    assert [m for m, *_ in run(r, "Police said the man fled.")] == ["Police"]


def test_antipatterns_and_several_patterns() -> None:
    r = rule(
        patterns=[
            {"pattern": [{"word": "depend"}, {"word": "of"}], "mark": 2, "suggest": "on"},
            {"pattern": [{"word": "afraid"}, {"word": "from"}], "mark": 2, "suggest": "of"},
        ],
        antipatterns=[[{"word": "of"}, {"word": "course"}]],
    )
    found = run(r, "We depend of them. We depend of course on them. He is afraid from dogs.")
    assert [(m, msg) for m, _, _, msg in found] == [("of", "of -> on"), ("from", "from -> of")]


def test_suggestion_keeps_the_case_of_the_match() -> None:
    r = rule(pattern=[{"word": "an"}, {"word": ["his", "her"]}], mark=1, suggest="and")
    assert run(r, "An his wife.")[0][3] == "An -> And"


def test_language_limits_a_rule() -> None:
    r = rule(pattern=[{"word": "colour"}], language="en-GB")
    assert run(r, "The colour faded.") == []


@pytest.mark.parametrize(
    "data",
    [
        {"pattern": []},
        {"pattern": [{"word": True}]},
        {"pattern": [{"colour": "red"}]},
        {"pattern": [{"word": "a"}], "mark": [1, 2]},
        {"pattern": [{"word": "a"}], "suggest": "{3}"},
        {"pattern": [{"word": "a"}], "suggest": "{1:shout}"},
        {"pattern": [{"tag": "("}]},
        {"pattern": [{"word": "a", "skip": 99}]},
        {"pattern": [{"word": "a"}], "patterns": []},
    ],
)
def test_mistakes_in_a_rule_are_reported(data) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KindError):
        rule(**data)
