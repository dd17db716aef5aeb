from __future__ import annotations

import pytest

from copylint.kinds.base import KindError

from .helpers import build, matched, run

RULE = build(
    {
        "kind": "substitution",
        "swap": {"utilize": "use", "at this point in time": "now", "in order to": "to"},
        "message": "'{match}'[; consider '{replacement}'].",
        "fix": "safe",
    }
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We utilize data.", [("utilize", "'utilize'; consider 'use'.")]),
        ("At this point in time, no.", [("At this point in time", "'At this point in time'; consider 'Now'.")]),
        ("In order to win.", [("In order to", "'In order to'; consider 'To'.")]),
        ("Utilized data.", []),
    ],
)
def test_swap(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m, msg) for m, _, _, msg in run(RULE, text)] == expected


def test_fix_and_suggestions() -> None:
    from copylint import Context, Severity, read_document
    from copylint.engine import Selected, lint_document
    from copylint.fix import apply_edits, choose_edits

    doc = read_document("We utilize data in order to win.", "a.txt")
    diags, _ = lint_document(doc, [Selected(RULE, Severity.WARNING)], Context())
    assert [d.suggestions for d in diags] == [("use",), ("to",)]
    assert apply_edits(doc.source, choose_edits(diags)) == "We use data to win."


def test_invalid() -> None:
    with pytest.raises(KindError, match="needs 'swap'"):
        build({"kind": "substitution"})
    with pytest.raises(KindError, match="fix must be"):
        build({"kind": "substitution", "swap": {"a": "b"}, "fix": "always"})


def test_skip_titles_leaves_titles_of_works_alone() -> None:
    rule = build(
        {
            "kind": "substitution",
            "swap": {"sea change": "transformation", "on thin ice": "at risk"},
            "skip-titles": True,
        }
    )
    text = "Beck's album Sea Change was praised. A sea change in policy. SEA CHANGE AHEAD. Walking On Thin Ice."
    assert matched(rule, text) == ["sea change", "SEA CHANGE"]
    with pytest.raises(KindError, match="skip-titles"):
        build({"kind": "substitution", "swap": {"a": "b"}, "skip-titles": "yes"})
