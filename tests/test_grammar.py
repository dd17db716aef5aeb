"""The built-in grammar family through the public API: what it flags, what it leaves alone."""

from __future__ import annotations

import pytest

from copylint import Linter

LINTER = Linter({"select": ["grammar"]}, plugins=False)
GB = Linter({"select": ["grammar"], "language": "en-GB"}, plugins=False)


def rules(text: str, linter: Linter = LINTER) -> list[str]:
    return [d.rule for d in linter.lint_text(text, "story.md")]


def first(text: str, linter: Linter = LINTER):  # type: ignore[no-untyped-def]
    found = linter.lint_text(text, "story.md")
    assert found, f"nothing flagged in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "rule", "suggestion"),
    [
        ("She was appointed a honorary member.", "grammar.a-an", "an"),
        ("It was an unique chance.", "grammar.a-an", "a"),
        ("He was questioned by a FBI agent.", "grammar.a-an", "an"),
        ("She was a 18-year-old student.", "grammar.a-an", "an"),
        ("The club said it's profits fell.", "grammar.its", "its"),
        ("The firm has took legal advice.", "grammar.verb-form", "taken"),
        ("Police didn't knew the man.", "grammar.verb-form", "know"),
        ("Prices were lower then forecast.", "grammar.then-than", "than"),
        ("He said he could loose his seat.", "grammar.lose-loose", "lose"),
        ("The investigation was lead by a judge.", "grammar.lead-led", "led"),
        ("Whose responsible for the delay?", "grammar.whose-whos", "Who's"),
        ("There was several arrests overnight.", "grammar.there-is-plural", "were"),
        ("Unions were loathe to strike.", "grammar.loath-loathe", "loath"),
        ("Nobody knows who's fault it was.", "grammar.whose-whos", "whose"),
        ("It was done in order too save money.", "grammar.in-order-to", "order to"),
        ("The gap is more wider than before.", "grammar.double-comparative", "wider"),
    ],
)
def test_flags_with_suggestion(text: str, rule: str, suggestion: str) -> None:
    d = first(text)
    assert d.rule == rule
    assert d.suggestions[0] == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "An hour later, a one-off payment went to an MP.",
        "A U.S. official briefed an FBI agent and a European diplomat.",
        "It was an honest mistake, a union source said.",
        "What he had had was enough. She said that that was fine.",
        "The data shows a rise in sales.",
        "He is one of the ministers who are under pressure.",
        "She insisted that he resign. Let it go.",
        "Police made discreet enquiries about the death.",
        "The team was led by its captain, and the lead singer left.",
        "Everything they had went to charity.",
        "There is a number of options, and there are many others.",
        "A sales team and an arms race.",
        "It would of course be welcome.",
        "Fans of Duran Duran queued outside.",
        "The plan was to close the plant and move staff to late shifts.",
    ],
)
def test_leaves_correct_copy_alone(text: str) -> None:
    assert rules(text) == []


def test_repeated_word_across_a_line_break_and_markup() -> None:
    d = first("The minister said *the*\nthe plan would go ahead.")
    assert d.rule == "grammar.repeated-word"
    assert (d.line, d.column, d.end_line) == (1, 20, 2)


def test_different_than_follows_the_locale() -> None:
    text = "The result was different to the forecast, and different than the last one."
    us = [d for d in LINTER.lint_text(text, "s.md") if d.rule == "grammar.different-than"]
    gb = [d for d in GB.lint_text(text, "s.md") if d.rule == "grammar.different-than"]
    assert [d.column for d in us] == [text.index("to the") + 1]
    assert [d.column for d in gb] == [text.index("than") + 1]
    strict = Linter({"select": ["grammar"], "grammar": {"different": "strict"}}, plugins=False)
    assert len([d for d in strict.lint_text(text, "s.md") if d.rule == "grammar.different-than"]) == 2


def test_agreement_and_verb_forms_skip_direct_quotations() -> None:
    assert rules('"We was robbed," the manager said.') == []
    assert rules("We was robbed, the manager said.") == ["grammar.pronoun-agreement"]


def test_absolute_adjective_is_a_suggestion() -> None:
    d = first("It was the most unique design.")
    assert d.rule == "grammar.absolute-adjective" and d.severity.value == "suggestion"


def test_fix_applies_to_the_source() -> None:
    d = first("The council has went ahead.")
    assert d.fix and d.fix[0].replacement == "gone"
