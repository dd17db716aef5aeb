"""The pattern kind: token tests over tagged sentences, skips, anchors, exceptions, suggestions."""

from __future__ import annotations

import pytest

from copylint import Context, Severity, read_document
from copylint.engine import Selected, lint_document
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


def test_scope_limits_a_rule_to_blocks_of_those_kinds() -> None:
    look = [{"word": ["take", "took"]}, {"word": "look"}]
    scoped = rule(pattern=look, scope=["paragraph", "list-item"])
    everywhere = rule(pattern=look)
    cases = [
        ("Minister took look at plans\n\nShe took look at them, he said.\n", "a.txt", [3], 2),
        ("# Took look at plans\n\n- took look here\n\nShe took look.\n", "a.md", [3, 5], 3),
        ("<h1>Took look at plans</h1><figcaption>Took look</figcaption><p>She took look.</p>", "a.html", [1], 3),
    ]
    for text, path, lines, total in cases:
        assert [line for _, line, *_ in run(scoped, text, path)] == lines
        assert len(run(everywhere, text, path)) == total
    assert [line for _, line, *_ in run(rule(pattern=look, scope="sentence"), cases[0][0])] == [1, 3]


def test_scoped_and_unscoped_rules_checked_together_keep_their_scopes() -> None:
    look = [{"word": "took"}, {"word": "look"}]
    scoped = build({"kind": "pattern", "id": "grammar.scoped", "pattern": look, "scope": "paragraph"}, "grammar")
    plain = build({"kind": "pattern", "id": "grammar.plain", "pattern": look}, "grammar")
    doc = read_document("Minister took look at plans\n\nShe took look at them.\n", "a.txt")
    diags, errors = lint_document(
        doc, [Selected(scoped, Severity.WARNING), Selected(plain, Severity.WARNING)], Context()
    )
    assert not errors
    assert sorted((d.rule, d.line) for d in diags) == [
        ("grammar.plain", 1),
        ("grammar.plain", 3),
        ("grammar.scoped", 3),
    ]


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
