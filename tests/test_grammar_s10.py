"""Session 10 grammar rules: agreement with a subject that has no determiner of its own
(grammar.agreement-distant-subject), a singular noun after a counting word whose phrase ends
in a way the older number rules miss (grammar.counted-noun-number), a 'most' superlative with
no article (grammar.most-superlative-article) and a bare countable noun after 'there is'
(grammar.there-is-bare-noun). Sentences written here."""

from __future__ import annotations

import pytest

from copylint import Linter
from pack_examples import GB, US, assert_flagged_alone

AGREEMENT = "grammar.agreement-distant-subject"
COUNTED = "grammar.counted-noun-number"
MOST = "grammar.most-superlative-article"
THERE = "grammar.there-is-bare-noun"
NEW = (AGREEMENT, COUNTED, MOST, THERE)


def _family(text: str, language: str = "en-US") -> list:
    lint = Linter({"language": language, "select": ["grammar"]}, plugins=False)
    return [d for d in lint.lint_text(text, "x.txt") if d.family == "grammar"]


@pytest.mark.parametrize(
    ("text", "rule", "flagged", "fix"),
    [
        ("Workers in the factory is on strike.", AGREEMENT, "is", "are"),
        ("Tourists who visit the island often says it is lovely.", AGREEMENT, "says", "say"),
        ("He left because residents on his street was noisy.", AGREEMENT, "was", "were"),
        ("All the players in the squad was tired.", AGREEMENT, "was", "were"),
        ("Everybody in the office were there.", AGREEMENT, "were", "was"),
        ("Each player in the team have a number.", AGREEMENT, "have", "has"),
        ("She said that the house on the corner were empty.", AGREEMENT, "were", "was"),
        ("I think the woman who runs the shop are away.", AGREEMENT, "are", "is"),
        ("The nurses usually works at night.", AGREEMENT, "works", "work"),
        ("The bridge always were busy.", AGREEMENT, "were", "was"),
        ("We saw many old building near the river.", COUNTED, "many old building", "many old buildings"),
        ("One of my best friend is here.", COUNTED, "One of my best friend", "One of my best friends"),
        ("There were many problem already.", COUNTED, "many problem", "many problems"),
        ("It was least expensive option on the list.", MOST, "least", "the least"),
        ("She became most successful player in the club.", MOST, "most", "the most"),
        ("There is hole in the roof.", THERE, "hole", "a hole"),
        ("There was accident near the school.", THERE, "accident", "an accident"),
    ],
)
def test_slip_is_reported_once_with_its_fix(text: str, rule: str, flagged: str, fix: str) -> None:
    found = _family(text)
    assert [d.rule for d in found] == [rule]
    d = found[0]
    assert text[d.offset : d.end_offset] == flagged
    assert d.suggestions[0] == fix


@pytest.mark.parametrize(
    "text",
    [
        "Workers in the factory are on strike.",
        "Tourists who visit the island often say it is lovely.",
        "Friends of the Earth is a campaign group.",
        "Ten years in prison is too long.",
        "Sales tax on fuel rises in April.",
        "Thanks to the rain, the crops grew.",
        "Most of the money in the fund was lost.",
        "Everybody in the office was there.",
        "Police in the city are investigating.",
        "Many home owners in the area have complained.",
        "One of the crew was hurt.",
        "A lot of work was done.",
        "There was a lot of time and money.",
        "Many a time he has tried.",
        "Few people in the town know him.",
        "Voters in Ohio have decided.",
        "Children Of The Revolution Is Back",
        "If the house on the corner were empty, we would buy it.",
        "He said the family were in shock.",
        "She said the number of cases are rising.",
        "They demanded that the club pay the fee.",
        "The nurses usually work at night.",
        "The government always say no.",
        "It was a most unusual season.",
        "Most recent research supports it.",
        "At least two men were hurt.",
        "It was most welcome news for the club.",
        "There is concern about the cost.",
        "There was speculation that he would quit.",
        "There is reason to think so.",
        "There was bus service on Sundays.",
        "There Is Hope",
    ],
)
def test_correct_sentences_are_left_alone(text: str) -> None:
    assert [d.rule for d in _family(text) if d.rule in NEW] == []


def test_british_english_too() -> None:
    assert [d.rule for d in _family("Workers in the factory is on strike.", "en-GB")] == [AGREEMENT]


@pytest.mark.parametrize("rule_id", NEW)
def test_bad_examples_are_flagged_alone_and_good_ones_left_alone(rule_id: str) -> None:
    rule = US.registry.rules[rule_id]
    assert rule.meta.bad and rule.meta.good
    for example in rule.meta.bad:
        assert_flagged_alone(US, example, {rule_id})
    for example in rule.meta.good:
        for linter in (US, GB):
            assert [d.rule for d in linter.lint_text(example, "story.md") if d.rule == rule_id] == [], example
