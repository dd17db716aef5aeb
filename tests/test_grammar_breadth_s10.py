"""The breadth pack of session 10 (rules/grammar-breadth-s10.yaml: error types of learner-corpus
annotation schemes no earlier rule covered: 'In the contrary,', 'can't able to', 'smells
deliciously', 'Let's going', 'no any', 'Others students', 'in last year', 'very success', 'a ten
minutes drive', 'made my homework', 'like very much this', 'the better film I have ever seen',
'Does it costs', 'enough old to', 'Much people think', 'has drunken',
'childs') through the public API and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from copylint.cli import main
from pack_examples import GB, ROOT, US, assert_reports, check_pack, found

PACK = ROOT / "rules" / "grammar-breadth-s10.yaml"
PACK_RULES = yaml.safe_load(PACK.read_text(encoding="utf-8"))["rules"]


@pytest.mark.parametrize(
    ("text", "rule", "span", "suggestion"),
    [
        ("In the contrary, sales rose.", "grammar.contrary-opening", "In the contrary", "On the contrary"),
        ("We couldn't able to park.", "grammar.negative-modal-able", "couldn't able", None),
        ("The bread tastes wonderfully.", "grammar.linking-verb-manner-adverb", "wonderfully", None),
        ("Let's going home now.", "grammar.lets-verb-form", "going", "go"),
        ("They had no any choice.", "grammar.no-any", "no any", "no"),
        ("Others teachers said no.", "grammar.others-before-noun", "Others", "Other"),
        ("It closed in last year.", "grammar.in-last-next-period", "in last year", "last year"),
        ("The show was very success.", "grammar.very-noun", "very success", None),
        ("It is a five minutes walk.", "grammar.measure-noun-modifier", "five minutes walk", "five-minute walk"),
        ("She made her homework late.", "grammar.verb-noun-collocation", "made", "did"),
        ("We love very much our town.", "grammar.like-very-much-object", "love very much", None),
        ("It was the worse game of my career.", "grammar.comparative-for-superlative", "the worse", None),
        ("Why does it matters?", "grammar.do-it-verb-s", "matters", "matter"),
        ("He is enough old to vote.", "grammar.enough-before-adjective", "enough old", "old enough"),
        ("Much people came.", "grammar.much-plural-opening", "Much", "Many"),
        ("They have drunken it all.", "grammar.have-drunken", "drunken", "drunk"),
        ("Three childs were hurt.", "grammar.regularised-irregular-plural", "childs", "children"),
        ("Do they knows?", "grammar.do-it-verb-s", "knows", "know"),
        ("You are to busy today.", "grammar.to-for-too-adjective", "to busy", "too busy"),
        ("It fell good to rest.", "grammar.feel-fell", "fell", "felt"),
        ("Rates stayed bellow zero.", "grammar.below-bellow", "bellow", "below"),
        ("They ordered desert.", "grammar.dessert-desert", "desert", "dessert"),
        ("When I was kid, I ran.", "grammar.was-bare-child", "was kid", "was a kid"),
        ("She learnt him to read.", "grammar.learn-for-teach", "learnt him", "taught him"),
        ("Yesterday we walk home.", "grammar.past-time-present-verb", "walk", None),
        ("I can't bare it.", "grammar.bear-bare", "bare", "bear"),
        ("Before go to the gym, we ate.", "grammar.preposition-bare-verb", "go", "going"),
        ("Instead to wait, we left.", "grammar.instead-to", "Instead to wait", "Instead of waiting"),
        ("We stayed there for three weeks ago.", "grammar.for-ago", "for three weeks ago", None),
        ("During we were away, it rained.", "grammar.during-clause", "During", "While"),
        ("The only reason of the delay was rain.", "grammar.reason-of", "reason of", "reason for"),
        ("I look forward for it.", "grammar.look-forward-for", "for", "to"),
        ("It took between 2 to 4 hours.", "grammar.between-to", "2 to 4", "2 and 4"),
        ("Sorry for to wait.", "grammar.for-to-verb", "for to wait", "for waiting"),
        ("It is easy for them forget.", "grammar.for-object-bare-verb", "them forget", "them to forget"),
        ("I wish we can stay.", "grammar.wish-can", "can", "could"),
        ("We met from long time.", "grammar.from-long-time", "from long time", "for a long time"),
        ("We saw differents places.", "grammar.differents-adjective", "differents", "different"),
        ("Is possible to win.", "grammar.is-adjective-no-subject", "Is", "It is"),
    ],
)
def test_pattern_rules_report_the_slip_with_its_fix(text: str, rule: str, span: str, suggestion: str | None) -> None:
    assert_reports(found(text), rule, span, suggestion)


CORRECT = [
    "On the contrary, prices rose; on the opposite bank, evidence to the contrary piled up.",
    "I can't come, she wasn't able to sleep, and he will not be able to swim.",
    "It looks beautifully made; he looked carefully at it; she sang beautifully.",
    "Let's go, let's get going, and let's say it works.",
    "There is no problem, and no, any time is fine.",
    "Others agreed; giving others hope matters; other students came.",
    "Sales fell last year and in last year's first half, and in the last year of his deal.",
    "The very success of the plan, at this very moment, by its very nature, was very much a success.",
    "It is a ten-minute drive; we took two weeks' holiday; the two years since were hard.",
    "They make homework compulsory and do a noise test; I did my homework.",
    "I would like very much the chance; we liked it very much.",
    "He is the better of the two, and it is one of the better films I have ever seen.",
    "What does it mean? Why does it matter? Does this work?",
    "People who like music came.",
    "We have enough money to go, and he is old enough to drive.",
    "Much remains to be done, and much of the work is done.",
    "He has drunk the milk after a drunken row.",
    "He mans the desk and she foots the bill; the children and women came.",
    "It is too hot today; he is to blame today; the shop is to close now; the shift is to green energy.",
    "It felt great; he fell ill and fell silent; prices fell sharply.",
    "It is below zero; a bull may bellow; we ate dessert in the desert.",
    "When I was a child he was captain, and she was child-friendly.",
    "He taught me to swim, and I learned to swim.",
    "Yesterday I went home; yesterday I think was best; two years ago we lived there.",
    "I can't bear it; the dog bared its teeth.",
    "Before going to bed I read; after work the team went home; he left without a word.",
    "He chose instead to stay, and I lived there two years ago.",
    "During my stay, and during it, we slept; he was cleared by reason of insanity.",
    "We look forward to it; it took between 2 and 4 hours, or from 2 to 4 hours.",
    "It is time for us to go; it is easy for them to forget; I wish I could stay.",
    "We have not met for a long time; praise came from long time fans; they are different places.",
    "Is green the new black? Is British food good? It is possible to win.",
]


def test_the_packs_rules_have_docs_examples_and_leave_correct_text_alone() -> None:
    check_pack(PACK_RULES, ("summary", "explanation", "message"), (US, GB), CORRECT)


def test_summaries_fit_the_rules_listing() -> None:
    assert [r["id"] for r in PACK_RULES if len(r["summary"]) > 160] == []


def test_cli_fixes_a_measure_before_a_noun_with_unsafe_fixes(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nIt is a ten minutes drive.\n", encoding="utf-8")
    rule = "grammar.measure-noun-modifier"
    result = CliRunner().invoke(main, ["check", "--no-cache", "--select", rule, str(story)])
    assert result.exit_code == 1, result.output
    assert f"{story}:3:9: warning {rule}" in result.output
    CliRunner().invoke(main, ["check", "--no-cache", "--select", rule, "--fix", "--unsafe-fixes", str(story)])
    assert story.read_text(encoding="utf-8") == "Title\n\nIt is a ten-minute drive.\n"
