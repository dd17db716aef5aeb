"""Articles and noun number: rules/grammar-articles.yaml and the treebank-counted noun classes
(grammar.bare-singular-noun, grammar.counted-singular-noun), through the public API and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint import Linter
from copylint.cli import main
from copylint.families.grammar.countable import noun_classes

LINT = Linter({"select": ["grammar", "grammar.bare-singular-noun"], "language": "en-US"}, plugins=False)
OURS = (
    "grammar.bare-singular-noun",
    "grammar.counted-singular-noun",
    "grammar.bare-other",
    "grammar.a-such",
    "grammar.the-most-of",
    "grammar.quantifier-of-people",
    "grammar.the-all",
    "grammar.an-other",
    "grammar.a-one-of",
)


def found(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (d.rule, text[d.offset : d.end_offset], tuple(d.suggestions))
        for d in LINT.lint_text(text, "story.md")
        if d.rule in OURS
    ]


@pytest.mark.parametrize(
    ("text", "rule", "span", "suggestion"),
    [
        (
            "They need better chance to find work.",
            "grammar.bare-singular-noun",
            "better chance",
            "a better chance",
        ),
        (
            "It depends on local situation.",
            "grammar.bare-singular-noun",
            "local situation",
            "a local situation",
        ),
        ("We want important thing.", "grammar.bare-singular-noun", "important thing", "an important thing"),
        ("She does not have job.", "grammar.bare-singular-noun", "job", "a job"),
        # the article follows the sound, as grammar.a-an decides it: a silent h, a "you" sound
        ("They want honest chance to win.", "grammar.bare-singular-noun", "honest chance", "an honest chance"),
        ("It depends on unique situation.", "grammar.bare-singular-noun", "unique situation", "a unique situation"),
        ("I work in these moment.", "grammar.counted-singular-noun", "these moment", "these moments"),
        (
            "These serious problem must be solved.",
            "grammar.counted-singular-noun",
            "These serious problem",
            "These serious problems",
        ),
        ("In a such situation we wait.", "grammar.a-such", "a such", "such a"),
        ("We had lots of problem with it.", "grammar.counted-singular-noun", "lots of problem", "lots of problems"),
        (
            "Many of the student were late.",
            "grammar.counted-singular-noun",
            "Many of the student",
            "Many of the students",
        ),
        ("There are three reason for this.", "grammar.counted-singular-noun", "three reason", "three reasons"),
        ("The owner offered him other job.", "grammar.bare-other", "other job", "another job"),
        ("It is cheaper than other, he said.", "grammar.bare-other", "other", "the other"),
        ("Also, most of people stay at home.", "grammar.quantifier-of-people", "most of people", "most of the people"),
        ("The all students passed.", "grammar.the-all", "The all", "All the"),
        ("He has an other car.", "grammar.an-other", "an other", "another"),
        ("He is a one of the best players.", "grammar.a-one-of", "a one of", "one of"),
        ("The most of people stay at home.", "grammar.the-most-of", "The most of", "most of"),
    ],
)
def test_errors_are_flagged_with_a_fix(text: str, rule: str, span: str, suggestion: str) -> None:
    hits = [(s, sug) for r, s, sug in found(text) if r == rule]
    assert hits, found(text)
    assert hits[0][0] == span
    assert suggestion.lower() in [x.lower() for x in hits[0][1]]


@pytest.mark.parametrize(
    "text",
    [
        "They will have a better chance to find work.",
        "She travelled by car and stayed in hospital.",  # bare-noun idioms
        "He became captain in May.",  # a role after a role verb
        "The events will take place on Monday.",  # a set phrase
        "The runner has been in great form this season.",  # preposition + noun idiom
        "Rates are likely to rise after the anticipated general election in May.",  # participle in the phrase
        "Greek athletics' governing body has postponed the hearing.",
        "The home loans market grew.",  # a plural modifier read as a verb
        "They won best group and best video.",  # award categories go bare
        "Those bus routes were cut.",  # a modifier, not the head
        "Prices rose 5% to date.",
        "They made the most of the sunshine.",
        "There is no such thing.",
        "he was waiting at airport",  # no end punctuation: a headline or caption
        "The 2004 election was close.",  # a year, not a count
        "Rumours about the Channel 4 show spread.",  # a name with a number
        "They help each other.",
        "There is no other way.",
        "A lot of time was spent.",  # a mass noun after "a lot of"
        "Most people stay at home.",
        "Police gave the all clear after the all-time high.",
        "On the other hand, it was a one of a kind evening.",
    ],
)
def test_correct_and_idiomatic_copy_is_left_alone(text: str) -> None:
    assert found(text) == []


def test_direct_quotations_are_left_alone() -> None:
    assert found('"We will have better chance next year," she said.') == []


def test_headings_drop_articles_by_design() -> None:
    assert found("# Council to hold vote on new budget plan\n\nIt will be decided on Monday.\n") == []


def test_noun_classes_are_counted_not_listed() -> None:
    classes = noun_classes()
    assert classes["problem"] == "C" and classes["situation"] == "C"
    assert classes["information"] == "M" and classes["advice"] == "M"
    assert classes.get("time") != "C"  # used bare as often as not
    assert set(classes.values()) == {"C", "M", "B"}


def test_cli_reports_the_rule_with_a_suggestion(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("They need better chance to find work.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--select", "grammar.bare-singular-noun", "--format", "json", str(story)]
    )
    assert result.exit_code == 1, result.output
    (diag,) = json.loads(result.output)["diagnostics"]
    assert diag["rule"] == "grammar.bare-singular-noun"
    assert (diag["line"], diag["column"], diag["end_column"]) == (1, 11, 24)
    assert diag["suggestions"] == ["a better chance", "the better chance"]


def test_explain_names_the_data_source() -> None:
    result = CliRunner().invoke(main, ["explain", "grammar.bare-singular-noun"])
    assert result.exit_code == 0
    assert "treebank" in result.output
