"""The function-word slip pack (rules/grammar-function-word-slips.yaml: 'to much' for 'too much',
'your' for 'you're', 'Off course', 'the led singer', -ing forms after infinitive verbs, verbs of
state after 'been', a dropped 'to', 'the' for 'they', 'since an hour', 'comprises of') and the
word-class confusion pack (rules/grammar-word-class-confusions.yaml: 'will loss', 'an advise',
'has past') through the public API and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from copylint.cli import main
from pack_examples import GB, ROOT, US, assert_reports, check_pack, found

PACKS = [ROOT / "rules" / "grammar-function-word-slips.yaml", ROOT / "rules" / "grammar-word-class-confusions.yaml"]
PACK_RULES = [r for pack in PACKS for r in yaml.safe_load(pack.read_text(encoding="utf-8"))["rules"]]


@pytest.mark.parametrize(
    ("text", "rule", "span", "suggestion"),
    [
        ("There are to many rules now.", "grammar.to-for-too-quantity", "to many", "too many"),
        ("There was to much rain in May.", "grammar.to-for-too-quantity", "to much", "too much"),
        ("We left early because to many fans came.", "grammar.to-for-too-quantity", "to many", "too many"),
        ("Your on your own now.", "grammar.your-for-youre-preposition", "Your", "You're"),
        ("I know your at the office.", "grammar.your-for-youre-preposition", "your", "you're"),
        ("If your never there, nobody sees you.", "grammar.your-for-youre-preposition", "your", "you're"),
        ("Off course, the plan failed.", "grammar.off-course-of-course", "Off course", "Of course"),
        ("He was their led guitarist.", "grammar.led-for-lead-role", "led guitarist", "lead guitarist"),
        ("They vowed to fighting on.", "grammar.infinitive-verb-gerund", "vowed to fighting", "vowed to fight"),
        (
            "She hesitated to making a call.",
            "grammar.infinitive-verb-gerund",
            "hesitated to making",
            "hesitated to make",
        ),
        ("I prefer to reading books.", "grammar.infinitive-verb-gerund", "prefer to reading", None),
        ("They had been believing it.", "grammar.been-stative-progressive", "been believing", "believed"),
        ("We tried call them twice.", "grammar.try-bare-verb", "tried call", "tried to call"),
        ("She promised write soon.", "grammar.try-bare-verb", "promised write", "promised to write"),
        ("Then the had gone.", "grammar.the-for-they", "the", "they"),
        ("The will never agree to it.", "grammar.the-for-they", "The", "They"),
        ("It has rained since a week.", "grammar.since-a-period", "since", "for"),
        ("The set comprises of four films.", "grammar.comprises-of", "comprises of", "comprises"),
        ("It was one off the best games.", "grammar.off-for-of-after-noun", "off", "of"),
        ("Its critics off the plan spoke out.", "grammar.off-for-of-after-noun", "off", "of"),
        ("We might loss our jobs.", "grammar.noun-for-verb-after-modal", "loss", "lose"),
        ("You can not choice your family.", "grammar.noun-for-verb-after-modal", "choice", "choose"),
        ("They do not success every time.", "grammar.noun-for-verb-after-modal", "success", "succeed"),
        ("It came as a huge relieve to us.", "grammar.verb-for-noun-after-article", "relieve", "relief"),
        ("The advise was ignored.", "grammar.verb-for-noun-after-article", "advise", "advice"),
        ("The storm had past by dawn, and the worst has past.", "grammar.past-for-passed-perfect", "past", "passed"),
    ],
)
def test_pattern_rules_report_the_slip_with_its_fix(text: str, rule: str, span: str, suggestion: str | None) -> None:
    assert_reports(found(text), rule, span, suggestion)


CORRECT = [
    "It comes to much the same thing, and she sent letters to many friends.",
    "There is to be a vote, and there are two ways to many places.",
    "Since to many of them it was news, we printed it.",
    "Bring your in-laws and your on-screen name.",
    "Your always-on phone and your still life are here.",
    "Your own car and your only chance are gone.",
    "The boat was blown off course, and off course again it sank.",
    "He led the team, and the march was led by students.",
    "The led lights were fitted.",
    "She prefers walking to driving and looks forward to seeing you.",
    "They object to paying and admit to lying.",
    "He failed to turn up, and they tend to be late.",
    "I have been meaning to call, and she had been understanding about it.",
    "It has been known for years.",
    "We tried hard, offered help and expect more.",
    "They plan ahead, and I wish you well.",
    "The will of the people, the can of beans and the might of the army.",
    "The can also be recycled, and the will was read.",
    "The have-nots and the must-haves.",
    "She has been ill since a year ago, and since a week before the vote.",
    "The team comprises ten players and is comprised of locals.",
    "The loss will hurt, but a choice remains, and success will come.",
    "Life will go on, and a complaint may follow.",
    "Those who choose to stay may, and I advise the board to wait.",
    "The company has past experience; it is half past six.",
    "He took the lid off the box; an island off the coast was hit.",
    "It was a one-off deal, and some were let off the hook.",
    "Most of it was said off the record, and one off-duty officer helped.",
]


def test_the_packs_rules_have_docs_examples_and_leave_correct_text_alone() -> None:
    check_pack(PACK_RULES, ("summary", "explanation", "message"), (US, GB), CORRECT)


def test_summaries_fit_the_rules_listing() -> None:
    assert [r["id"] for r in PACK_RULES if len(r["summary"]) > 160] == []


def test_cli_fixes_off_course_with_unsafe_fixes(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nOff course, they said no.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--select", "grammar.off-course-of-course", str(story)])
    assert result.exit_code == 1, result.output
    assert f"{story}:3:1: warning grammar.off-course-of-course" in result.output
    CliRunner().invoke(
        main, ["check", "--select", "grammar.off-course-of-course", "--fix", "--unsafe-fixes", str(story)]
    )
    assert story.read_text(encoding="utf-8") == "Title\n\nOf course, they said no.\n"
