"""The learner pack of session 9 (rules/grammar-learner-s9.yaml: 'him self', 'fifteen years old
princess', 'we gonna', 'know already the', 'explained her the', 'an early major milestones',
'each times', 'Everyday he', ', than we', 'more people then ever', 'makes them to be', 'a much
work', 'And details is', 'the amount of treasure locations are', 'a compete', 'will be always a',
'go Eiffel Tower', 'telling the true', 'its nothing', 'take risks teaches', 'went to a group tour',
'in three reasons', 'making students to understand', 'thinks that take the', 'teachers concern
about', 'go to abroad', 'cope up with', 'please contact with us') through the public API and the
CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from copylint import Linter
from copylint.cli import main
from pack_examples import GB, ROOT, US, assert_reports, check_pack, found

PACK = ROOT / "rules" / "grammar-learner-s9.yaml"
PACK_RULES = yaml.safe_load(PACK.read_text(encoding="utf-8"))["rules"]


@pytest.mark.parametrize(
    ("text", "rule", "span", "suggestion"),
    [
        ("She did it her self.", "grammar.reflexive-split", "her self", "herself"),
        ("You should ask your selves why.", "grammar.reflexive-split", "your selves", "yourselves"),
        ("They blamed their selves.", "grammar.reflexive-split", "their selves", "themselves"),
        ("He met a 20 years old student.", "grammar.years-old-before-noun", "20 years old", "20-year-old"),
        ("They gonna win the cup.", "grammar.gonna-without-be", "They gonna", "They are going to"),
        ("She gonna call back.", "grammar.gonna-without-be", "She gonna", "She is going to"),
        ("We visit often the museum.", "grammar.adverb-before-object", "visit often", "often visit"),
        ("He said me the answer.", "grammar.explain-to-object", "said me", None),
        ("It was a long hard winters.", "grammar.a-adjective-plural", "a long hard winters", "a long hard winter"),
        ("He is a Chinese students in Paris.", "grammar.a-adjective-plural", "a Chinese students", "a Chinese student"),
        ("Each cases is checked.", "grammar.each-plural", "Each cases", "Each case"),
        ("Everyday she reads the paper.", "grammar.everyday-adverb", "Everyday", "Every day"),
        ("If it rains, than we stay home.", "grammar.comma-than-clause", "than", "then"),
        ("They sold more cars then ever.", "grammar.comparative-noun-then", "then", "than"),
        ("The film made us to be sad.", "grammar.causative-to-be", "to be", None),
        ("It needs a much effort.", "grammar.a-much-noun", "a much", "much"),
        ("And costs was high.", "grammar.plural-subject-singular-verb", "costs was", "costs were"),
        ("The amount of tax cuts are small.", "grammar.amount-of-plural-verb", "amount of tax cuts are", None),
        ("It was an arrive at dawn.", "grammar.article-bare-verb", "an arrive", None),
        ("You must be always polite.", "grammar.be-always-order", "be always", "always be"),
        ("They want to go London, and soon.", "grammar.go-place-without-to", "go London", "go to London"),
        ("She told the true.", "grammar.tell-the-true", "the true", "the truth"),
        ("Its nothing but noise.", "grammar.its-nothing", "Its", "It's"),
        ("Its widely believed that he won.", "grammar.its-nothing", "Its", "It's"),
        ("Watch films helps a lot.", "grammar.base-verb-subject", "Watch films helps", "Watching films helps"),
        ("She went to a boat trip in May.", "grammar.go-to-a-trip", "went to", "went on"),
        ("I disagree in two reasons.", "grammar.reasons-preposition", "in", "for"),
        ("They made fans to wait.", "grammar.make-people-to-verb", "to wait", "wait"),
        ("He says that raise the budget is wise.", "grammar.that-base-verb-subject", "that raise", "that raising"),
        ("Parents concern about safety.", "grammar.concern-about", "concern about", None),
        ("They want to move to overseas.", "grammar.go-to-abroad", "move to overseas", "move overseas"),
        ("He copes up with pain.", "grammar.cope-up-with", "copes up with", "copes with"),
        ("You should contact with the office.", "grammar.contact-with-verb", "contact with", "contact"),
    ],
)
def test_pattern_rules_report_the_slip_with_its_fix(text: str, rule: str, span: str, suggestion: str | None) -> None:
    assert_reports(found(text), rule, span, suggestion)


CORRECT = [
    "He did it himself, and she found her true self; her self-esteem grew.",
    "The boy was ten years old, and five-year-old children go free.",
    "We are gonna win, and they're gonna lose.",
    "They already know the rules; she often plays the piano; see also the notes.",
    "They are already the best, and he has always the same answer.",
    "He understands properly the concepts behind the facts.",
    "Tell me the truth, and explain the difference to her.",
    "He described them the same way.",
    "A few good men and a great many people came to a new big sales tax meeting.",
    "It is a rare new species, and a very few people saw it.",
    "The players each receive a medal, and each series has six parts.",
    "Everyday life is hard for an everyday worker.",
    "She is taller than I am, and it cost more than we had.",
    "He ate more food, then he slept.",
    "They were made to be quiet; let me be clear.",
    "It was a much better plan and a much needed rest.",
    "And ten years is a long time, but news is good.",
    "Williams was named best male; Spears was named best female.",
    "The amount of money is large, and the number of new locations is growing.",
    "We had a run and a buy; it is a must and a follow-up.",
    "It is always a plus; he will be always remembered and always there.",
    "The state went Republican; they went Tuesday to court; let's go Dutch.",
    "They know the true cost and found the true owner.",
    "Its widely known brand kept its nothing-to-lose approach.",
    "Take risks, and life teaches you; let sleeping dogs lie.",
    "We went to a concert, to a tour operator and on a trip.",
    "In one of the reasons given, he blamed rain.",
    "They made efforts to improve, and children were made to wait.",
    "He said that cost the firm a lot; I know that help is coming.",
    "Their concern about the future grew; it concerns us.",
    "They went abroad, then moved to overseas markets and ran upstairs.",
    "We cope with stress and keep up with the news.",
    "Parents have a right to contact with their children, and we stay in contact with them.",
]


def test_the_packs_rules_have_docs_examples_and_leave_correct_text_alone() -> None:
    check_pack(PACK_RULES, ("summary", "explanation", "message"), (US, GB), CORRECT)


def test_summaries_fit_the_rules_listing() -> None:
    assert [r["id"] for r in PACK_RULES if len(r["summary"]) > 160] == []


def test_cli_fixes_a_split_reflexive_with_unsafe_fixes(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nHe hurt him self.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--select", "grammar.reflexive-split", str(story)])
    assert result.exit_code == 1, result.output
    assert f"{story}:3:9: warning grammar.reflexive-split" in result.output
    CliRunner().invoke(main, ["check", "--select", "grammar.reflexive-split", "--fix", "--unsafe-fixes", str(story)])
    assert story.read_text(encoding="utf-8") == "Title\n\nHe hurt himself.\n"


def test_the_learner_rules_are_off_by_default_and_one_group_turns_them_on(tmp_path: Path) -> None:
    text = "She did it her self.\n"
    default = Linter({"language": "en-US"}, plugins=False)
    assert [d.rule for d in default.lint_text(text, "story.md")] == []
    learner = Linter({"extend-select": ["learner"], "language": "en-US"}, plugins=False)
    assert [d.rule for d in learner.lint_text(text, "story.md")] == ["grammar.reflexive-split"]
    story = tmp_path / "story.txt"
    story.write_text(text, encoding="utf-8")
    plain = CliRunner().invoke(main, ["check", "--no-cache", str(story)])
    assert plain.exit_code == 0, plain.output
    opted = CliRunner().invoke(main, ["check", "--no-cache", "--extend-select", "learner", str(story)])
    assert opted.exit_code == 1
    assert f"{story}:1:12: " in opted.output and "grammar.reflexive-split" in opted.output
