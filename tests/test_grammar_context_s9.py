"""The session-9 context pack (rules/grammar-context-s9.yaml): real-word confusions decided by the
words around them ('they're' or 'who's' before a noun, 'stronger that us', 'switch
of', 'Were is', 'accept' for 'except', 'be quite', 'know' for 'no', 'right' for 'write', 'worked
lose') and number and case slips ('several car were', 'Us students are', 'childrens') through the
public API and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from copylint.cli import main
from pack_examples import GB, ROOT, US, assert_reports, check_pack, found

PACK = ROOT / "rules" / "grammar-context-s9.yaml"
PACK_RULES = yaml.safe_load(PACK.read_text(encoding="utf-8"))["rules"]


@pytest.mark.parametrize(
    ("text", "rule", "span", "suggestion"),
    [
        ("I saw it during they're visit.", "grammar.theyre-for-their-before-noun", "they're", "their"),
        ("Here are they're new cars.", "grammar.theyre-for-their-before-noun", "they're", "their"),
        ("Who's umbrella is that?", "grammar.whos-for-whose-before-noun", "Who's", "Whose"),
        ("We found the woman who's bag was lost.", "grammar.whos-for-whose-before-noun", "who's", "whose"),
        ("The childrens toys were old.", "grammar.irregular-plural-with-s", "childrens", "children"),
        ("Brush your teeths.", "grammar.irregular-plural-with-s", "teeths", "teeth"),
        ("He is taller that them.", "grammar.comparative-that-for-than", "that", "than"),
        ("Sales grew faster that expected.", "grammar.comparative-that-for-than", "that", "than"),
        ("Shut of the engine.", "grammar.of-for-off-switch", "of", "off"),
        ("She turned the radio of.", "grammar.of-for-off-switch", "of", "off"),
        ("Three book are missing.", "grammar.numeral-singular-noun", "book", "books"),
        ("Various player were injured.", "grammar.numeral-singular-noun", "player", "players"),
        ("Us older workers were ignored.", "grammar.us-for-we-before-noun", "Us", "We"),
        ("Were can I park?", "grammar.were-for-where", "Were", "Where"),
        ("It is were you sign in.", "grammar.were-for-where", "were", "where"),
        ("We're they at home?", "grammar.were-for-were-question", "We're", "Were"),
        ("Than we went home.", "grammar.than-for-then-opening", "Than", "Then"),
        ("Than they will see.", "grammar.than-for-then-opening", "Than", "Then"),
        ("They have know money.", "grammar.know-for-no", "know", "no"),
        ("There was know doubt about it.", "grammar.know-for-no", "know", "no"),
        ("Please right down your email.", "grammar.right-for-write", "right", "write"),
        ("All of them voted, Tom left accept me.", "grammar.accept-for-except", "accept", "except"),
        ("The hall fell quite.", "grammar.quite-for-quiet", "quite", "quiet"),
        ("We found the quite beach.", "grammar.quite-for-quiet", "quite", "quiet"),
        ("The board shook lose and fell.", "grammar.lose-for-loose-work", "lose", "loose"),
        ("These figures shows a fall.", "grammar.plural-noun-verb-s", "shows", "show"),
        ("Our rates goes up in May.", "grammar.plural-noun-verb-s", "goes", "go"),
        ("She is youngest than him.", "grammar.superlative-than", "youngest than", None),
        ("It is the more popular in the league.", "grammar.the-more-superlative", "more", None),
        ("We have spoken yesterday.", "grammar.perfect-yesterday", "have spoken", None),
        ("She lives there since June.", "grammar.present-since-month", "lives", None),
        ("They are working here since 2019.", "grammar.present-since-month", "are working", None),
        ("Come on, let's to eat.", "grammar.lets-to", "let's to eat", "let's eat"),
        ("We suggest them to apply.", "grammar.suggest-object-to", "suggest them to apply", "suggest them apply"),
        ("Your plan makes perfect since.", "grammar.since-for-sense", "since", "sense"),
        ("She had a leading roll in the film.", "grammar.roll-for-role", "roll", "role"),
        ("The flight was delayed do to heavy fog.", "grammar.do-to-due-to", "do to", "due to"),
        ("We voted fore them.", "grammar.fore-for", "fore", "for"),
        ("Thank you for your kind complement.", "grammar.complement-for-compliment", "complement", "compliment"),
        ("We could sale the car.", "grammar.sale-for-sell", "sale", "sell"),
        ("They should meat at noon.", "grammar.meat-for-meet-modal", "meat", "meet"),
        ("He rose his fist.", "grammar.rose-for-raised", "rose", "raised"),
        ("She advicing them was a mistake.", "grammar.noun-spelling-verb-form", "advicing", "advising"),
    ],
)
def test_pattern_rules_report_the_slip_with_its_fix(text: str, rule: str, span: str, suggestion: str | None) -> None:
    assert_reports(found(text), rule, span, suggestion)


CORRECT = [
    "I think they're friends, and because they're young, they're cheap.",
    "If they're right about their plans, we lose, and chances are they're tourists.",
    "Who's there, who's next and who's the boss?",
    "The man who's leaving was our host.",
    "The children's books and the women's team are here.",
    "It is better that we leave, and later that day we did.",
    "There is more that we can do, and less that they can.",
    "It was the turn of the century, and a switch of sides followed.",
    "They turned of their own accord.",
    "Two percent said no, and he stood six foot tall.",
    "Two years ago, several cars were parked there.",
    "The two team captains met, and both Smith and Jones agreed.",
    "US troops are leaving, and we students are tired.",
    "Were it not for the rain, we would go. Were they told?",
    "The question is, were they right?",
    "We're going home, and we're here.",
    "Then he said no, and she is taller than he is.",
    "There is no way, I know longer words, and they know matters of state.",
    "We need to right a wrong, and it is the right name.",
    "He had to right the ship and turn to the right page.",
    "He did accept them, and they helped accept the refugees.",
    "It is not quite, it was quite a shock, and it was a quite remarkable year.",
    "This quite changes things, and that quite matters.",
    "Players who worked lose nothing, and we may lose.",
    "The device failed, but her advice helped.",
    "One of the results shows a fall, and the data shows a rise.",
    "The choice for many outside these areas remains limited.",
    "The news says so, and the virus spreads fast.",
    "He is taller than me and the tallest of the three.",
    "It is the more expensive of the two, and the more people in the city, the worse.",
    "She arrived yesterday, and a man has been charged after a fight last night.",
    "He would have arrived yesterday; she has criticised yesterday's decision.",
    "He has worked here since May, and she says since March prices have risen.",
    "Let's go and talk to them; I suggest you go, and she suggested them to the board.",
    "It makes sense, and he made two films and has made more since.",
    "He ate a bread roll; her name is on the electoral roll.",
    "What will it do to the economy? It came to the fore.",
    "The wine is a good complement to the fish, and we pay the full complement of staff.",
    "The house is for sale, he switched to meat in his diet, and prices rose sharply.",
]


def test_the_pack_has_docs_examples_and_leaves_correct_text_alone() -> None:
    check_pack(PACK_RULES, ("summary", "explanation", "message"), (US, GB), CORRECT)


def test_summaries_fit_the_rules_listing() -> None:
    assert [r["id"] for r in PACK_RULES if len(r["summary"]) > 160] == []


def test_the_pack_is_in_the_grammar_family_and_off_by_default_rules_stay_off() -> None:
    ids = {r["id"] for r in PACK_RULES}
    listed = {d.rule for d in US.lint_text("Who's book is this? Were is the station?", "story.md")}
    assert {"grammar.whos-for-whose-before-noun", "grammar.were-for-where"} <= listed <= ids | listed


def test_cli_fixes_whose_with_unsafe_fixes(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nWho's book is this?\n", encoding="utf-8")
    rule = "grammar.whos-for-whose-before-noun"
    result = CliRunner().invoke(main, ["check", "--select", rule, str(story)])
    assert result.exit_code == 1, result.output
    assert f"{story}:3:1: warning {rule}" in result.output
    CliRunner().invoke(main, ["check", "--select", rule, "--fix", "--unsafe-fixes", str(story)])
    assert story.read_text(encoding="utf-8") == "Title\n\nWhose book is this?\n"
