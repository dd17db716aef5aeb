"""The learner and soundalike grammar packs (rules/grammar-learner.yaml, rules/grammar-soundalikes.yaml)
through the public API and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from copylint import Linter
from copylint.cli import main
from pack_examples import assert_flagged_alone, assert_reports

ROOT = Path(__file__).resolve().parents[1]
PACKS = [ROOT / "rules" / "grammar-learner.yaml", ROOT / "rules" / "grammar-soundalikes.yaml"]
PACK_RULES = [r for pack in PACKS for r in yaml.safe_load(pack.read_text(encoding="utf-8"))["rules"]]
RULES = {r["id"] for r in PACK_RULES}
US = Linter({"select": ["grammar"], "language": "en-US"}, plugins=False)


def found(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(d.rule, text[d.offset : d.end_offset], tuple(d.suggestions)) for d in US.lint_text(text, "story.md")]


@pytest.mark.parametrize(
    ("text", "rule", "span", "suggestion"),
    [
        ("He choosed the red one.", "grammar.regularised-past", "choosed", "chose"),
        ("In my opinion it depend on the price.", "grammar.pronoun-base-verb", "it depend", "it depends"),
        ("Health is important than money.", "grammar.positive-than", "important than", None),
        ("It takes very less time.", "grammar.very-comparative", "very less", "much less"),
        ("This will the proof of it.", "grammar.modal-article", "This will the", "This will be the"),
        ("They are not stop at all.", "grammar.be-not-base-verb", "are not stop", "are not stopping"),
        ("He is one of best players.", "grammar.superlative-article", "best players", "the best players"),
        ("We arrived at same time.", "grammar.same-article", "at same", "at the same"),
        ("Most of people agree.", "grammar.quantifier-of-bare-noun", "Most of people", "Most people"),
        ("The elders can not play.", "grammar.can-not", "can not", "cannot"),
        ("If people will not to do it, it fails.", "grammar.modal-not-to", "will not to do", "will not do"),
        ("He mentioned about the plan.", "grammar.verb-needless-preposition", "mentioned about", "mentioned"),
        ("I listen music at night.", "grammar.listen-to", "listen music", "listen to music"),
        ("We must protect the nature.", "grammar.generic-the", "the nature", "nature"),
        ("There are too much books.", "grammar.much-plural", "much books", "many books"),
        ("I got a letter form my aunt.", "grammar.form-from", "form", "from"),
        ("It maybe true.", "grammar.maybe-may-be", "maybe", "may be"),
        ("Of the two, the later is cheaper.", "grammar.later-latter", "the later", "the latter"),
        ("He will stand trail in May.", "grammar.trail-trial", "trail", "trial"),
        ("It was quit difficult.", "grammar.quit-quite", "quit", "quite"),
    ],
)
def test_pattern_rules_report_the_slip_with_its_fix(text: str, rule: str, span: str, suggestion: str | None) -> None:
    assert_reports(found(text), rule, span, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "She chose the red one, and the prisoner was hanged.",
        "Let it go, and make him laugh.",
        "Health is more important than money, other than that.",
        "They earn less than they would a decade ago.",
        "What it is is a problem.",
        "It is not open, and he is not worth it.",
        "At best it was a draw, and she is his best friend.",
        "They supported same-sex marriage.",
        "Most of them agreed, and much of the time it rained.",
        "She can not only sing but dance.",
        "The lack of money hurt, and the emphasis on the need was clear.",
        "You ought not to worry.",
        "The team returned to home soil.",
        "The nature of the problem is clear.",
        "There is much news today.",
        "They will form the new government.",
        "Maybe it is true.",
        "In the later stages of the war, it changed.",
        "Police are on the trail of the gang.",
        "He quit his job and she quit early.",
        "She fell ill and then fell asleep.",
        "We are allowed to smoke here.",
        "It is used to make paper.",
        "She plays for a women's team.",
    ],
)
def test_correct_sentences_get_nothing_from_these_packs(text: str) -> None:
    assert [(r, s) for r, s, _ in found(text) if r in RULES] == []


def test_no_second_diagnostic_on_a_span_another_grammar_rule_reports() -> None:
    for rule in PACK_RULES:
        for example in rule["bad"]:
            assert_flagged_alone(US, example, {rule["id"]})


def test_cli_reports_a_learner_rule_with_its_position(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nWe arrived at same time as them.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--select", "grammar.same-article", str(story)])
    assert result.exit_code == 1, result.output
    assert f"{story}:3:12: warning grammar.same-article" in result.output
