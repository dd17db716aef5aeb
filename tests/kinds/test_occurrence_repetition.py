from __future__ import annotations

import pytest

from copylint.kinds.base import KindError

from .helpers import build, matched, run


def test_occurrence_per_paragraph() -> None:
    rule = build(
        {
            "kind": "occurrence",
            "token": "!",
            "max": 1,
            "within": "paragraph",
            "message": "{count} exclamation marks (max {max}).",
        }
    )
    assert run(rule, "Wow! Great! Yes!\n\nCalm! Fine.") == [("!", 1, 11, "3 exclamation marks (max 1).")]


def test_occurrence_invalid() -> None:
    with pytest.raises(KindError, match="needs 'max'"):
        build({"kind": "occurrence", "token": "!"})
    with pytest.raises(KindError, match="within"):
        build({"kind": "occurrence", "token": "!", "max": 1, "within": "chapter"})


REP = build({"kind": "repetition", "exceptions": ["had", "that"], "message": "'{match}' is repeated."})


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was the the best.", ["the the"]),
        ("It was the\nthe best.", ["the\nthe"]),
        ("She had had enough.", []),
        ("He said that that was fine.", []),
        ("No, no, no.", []),
        ("The end\n\nThe start", []),
    ],
)
def test_repetition(text: str, expected: list[str]) -> None:
    assert matched(REP, text) == expected
