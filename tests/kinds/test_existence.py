from __future__ import annotations

import pytest

from copylint.kinds.base import KindError

from .helpers import build, matched, run

RULE = build(
    {
        "kind": "existence",
        "tokens": ["to boot", "run-of-the-mill", "at the end of the day", "tip of the iceberg", "tip of"],
        "message": "Avoid '{match}'.",
    }
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was cheap, and fast to boot.", ["to boot"]),
        ("A run-of-the-mill case.", ["run-of-the-mill"]),
        ("A run‐of‐the‐mill case.", ["run‐of‐the‐mill"]),
        ("At the end\nof the day, we won.", ["At the end\nof the day"]),
        ("The tip of the iceberg.", ["tip of the iceberg"]),
        ("A tip off the table.", []),  # whole words only
        ("He tried to reboot it.", []),
        ("Nothing here.", []),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert matched(RULE, text) == expected


def test_message_and_position() -> None:
    assert run(RULE, "First line.\nIt was fast to boot.") == [("to boot", 2, 13, "Avoid 'to boot'.")]


def test_patterns_and_case() -> None:
    rule = build({"kind": "existence", "patterns": [r"\bclick here\b"], "ignorecase": False})
    assert matched(rule, "Click here, then click here.") == ["click here"]


def test_whole_line_scope() -> None:
    rule = build(
        {
            "kind": "existence",
            "tokens": ["tap here to join the discussion", "advertisement"],
            "scope": "line",
            "whole": True,
            "max-words": 8,
        }
    )
    text = (
        "Tap here to join the discussion.\nTo tap here to join the discussion would be odd, he said.\n— Advertisement —"
    )
    assert matched(rule, text) == ["Tap here to join the discussion", "Advertisement"]


def test_exceptions() -> None:
    rule = build({"kind": "existence", "tokens": ["slammed"], "exceptions": ["slammed the door"]})
    assert matched(rule, "He slammed the door. Critics slammed the plan.") == ["slammed"]
    assert run(rule, "He slammed the door. Critics slammed the plan.")[0][2] == 30


def test_many_phrases_compile_to_one_pattern() -> None:
    phrases = [f"phrase number {i} here" for i in range(400)]
    rule = build({"kind": "existence", "tokens": phrases})
    assert rule.regex.pattern.count("phrase") == 1  # a trie, not 400 alternatives
    assert matched(rule, "It was phrase number 123 here and phrase number 7 here.") == [
        "phrase number 123 here",
        "phrase number 7 here",
    ]


@pytest.mark.parametrize(
    "data, fragment",
    [
        ({"kind": "existence"}, "needs 'tokens'"),
        ({"kind": "existence", "patterns": ["("]}, "invalid pattern"),
        ({"kind": "existence", "tokens": ["x"], "colour": 1}, "unknown key"),
        ({"kind": "existence", "tokens": ["x"], "scope": "nowhere"}, "unknown scope"),
        ({"kind": "existence", "tokens": ["x"], "severity": "loud"}, "unknown severity"),
        ({"kind": "existence", "tokens": ["x"], "id": "house.Bad_Id"}, "invalid rule id"),
    ],
)
def test_invalid(data: dict, fragment: str) -> None:
    with pytest.raises((KindError, ValueError), match=fragment):
        build(data)


def test_whole_line_with_a_url_reports_the_words_before_it() -> None:
    rule = build({"kind": "existence", "patterns": [r"read more\b.*"], "scope": "line", "whole": True, "max-words": 8})
    assert run(rule, "Read more: https://example.com/story\n") == [("Read more", 1, 1, "A test rule.")]
    assert matched(rule, "https://example.com/story read more\n") == []


def test_whole_line_keeps_a_closing_bracket_that_belongs_to_the_line() -> None:
    rule = build(
        {"kind": "existence", "patterns": [r"comments \(\d+\)?"], "scope": "line", "whole": True, "max-words": 3}
    )
    assert matched(rule, "Comments (14)\n(Comments (3))\n") == ["Comments (14)", "Comments (3)"]


def test_skip_titles() -> None:
    rule = build({"kind": "existence", "tokens": ["scared stiff", "rob peter to pay paul"], "skip-titles": True})
    assert matched(rule, "The film Scared Stiff. Voters were scared stiff. Do not rob Peter to pay Paul.") == [
        "scared stiff",
        "rob Peter to pay Paul",
    ]
