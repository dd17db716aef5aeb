"""Real-word slips and article/verb-form rules of ``rules/grammar-confusions.yaml``, through the
public API and the CLI: what they flag (span and suggestion), what they leave alone, and that
they do not repeat another grammar rule's diagnostic on the same words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from copylint import Linter
from copylint.cli import main

PACK = Path(__file__).resolve().parents[1] / "rules" / "grammar-confusions.yaml"
RULES = yaml.safe_load(PACK.read_text(encoding="utf-8"))["rules"]
IDS = [r["id"] for r in RULES]
GB = Linter({"select": ["grammar"], "language": "en-GB"}, plugins=False)
DEFAULT = Linter({"language": "en-GB"}, plugins=False)


def grammar(text: str, linter: Linter = GB) -> list:  # type: ignore[type-arg]
    return [d for d in linter.lint_text(text, "story.txt") if d.family == "grammar"]


@pytest.mark.parametrize(
    ("text", "rule", "flagged", "suggestion"),
    [
        ("The family went too the coast.", "grammar.too-for-to", "too", "to"),
        ("Sales rose too $4bn last year.", "grammar.too-for-to", "too", "to"),
        ("The label had no plans too pull the album.", "grammar.too-for-to", "too", "to"),
        ("At the start off the year, it had 268 staff.", "grammar.off-for-of", "off", "of"),
        ("The benefits off investing early are clear.", "grammar.off-for-of", "off", "of"),
        ("Workers could lose there jobs.", "grammar.there-for-their", "there", "their"),
        ("It makes up 45% of it's loans.", "grammar.its-contraction-possessive", "it's", "its"),
        ("Take you're car to the garage.", "grammar.your-youre-noun", "you're", "your"),
        ("The affect of the ban was clear.", "grammar.affect-noun", "affect", "effect"),
        ("Doctors advice them to rest.", "grammar.advice-advise", "advice", "advise"),
        ("She asked weather they had tickets.", "grammar.weather-whether", "weather", "whether"),
        ("There was a lose connection.", "grammar.lose-adjective", "lose", "loose"),
        ("He past the ball to the winger.", "grammar.past-passed", "past", "passed"),
        ("This is a books.", "grammar.article-plural-noun", "a books", "a book"),
        ("They left three year ago.", "grammar.number-singular-noun", "three year", "three years"),
        ("He was being took to hospital.", "grammar.being-past-tense", "took", "taken"),
        ("The bridge was build by a Roman.", "grammar.passive-base-verb", "build", "built"),
        ("The accident was happened at night.", "grammar.passive-intransitive", "was happened", "happened"),
        ("The my car is red.", "grammar.determiner-possessive", "The my", "My"),
        ("He is not use to the cold.", "grammar.used-to", "use", "used"),
        ("The film is worth to see.", "grammar.worth-to", "to see", "seeing"),
        ("It could take and interesting turn.", "grammar.and-for-an", "and", "an"),
        ("The conflicts in Iraq an Afghanistan continue.", "grammar.and-typed-an", "an", "and"),
        ("They let him went home.", "grammar.make-let-past", "went", "go"),
        ("I need to went home.", "grammar.to-past-tense", "went", "go"),
        ("He has fallen out off favour.", "grammar.off-for-of", "off", "of"),
    ],
)
def test_flags_the_slip_with_its_fix(text: str, rule: str, flagged: str, suggestion: str) -> None:
    found = [d for d in grammar(text) if d.rule == rule]
    assert len(found) == 1, grammar(text)
    d = found[0]
    assert text[d.offset : d.end_offset] == flagged
    assert d.suggestions[0] == suggestion


@pytest.mark.parametrize(
    ("text", "rule", "flagged"),
    [
        ("She lives in a the house.", "grammar.double-article", "a the"),
        ("It was been a long day.", "grammar.be-been", "was been"),
    ],
)
def test_flags_the_slip_without_a_single_fix(text: str, rule: str, flagged: str) -> None:
    found = [d for d in grammar(text) if d.rule == rule]
    assert [text[d.offset : d.end_offset] for d in found] == [flagged]
    assert found[0].suggestions == ()


@pytest.mark.parametrize(
    "text",
    [
        "They too want a deal.",
        "It was too close to call, and the price was too much.",
        "It's too 1990s for me.",
        "The ship sank on an island off the coast of Wales.",
        "It took the shine off the announcement.",
        "He was sent off the pitch after an hour.",
        "He lived there for years and worked there last year.",
        "Is there a plan? There are risks there too.",
        "Whether it's true is unclear.",
        "You're right, and you're welcome to stay.",
        "Get advice from a doctor.",
        "They will check the weather forecast.",
        "They have past convictions, and he walked past the station.",
        "It is a sports car and a means of escape.",
        "It was a two year deal; they won two nil.",
        "All we can do is wait by the phone.",
        "It's happened before.",
        "He met a friend of his.",
        "What is the use of it?",
        "The deal is worth to him more than money.",
        "It hit an all-time high, and they gave Federer an Oscar.",
        "Prices rose and inflation fell; staff were paid and unpaid.",
        "It made them famous, and it came to light.",
        "The A-team won.",
    ],
)
def test_leaves_correct_copy_alone(text: str) -> None:
    assert [d.rule for d in grammar(text) if d.rule in IDS] == []


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_bad_examples_get_one_grammar_diagnostic_per_span(rule: dict) -> None:  # type: ignore[type-arg]
    """Each bad example is flagged by its rule, and no other grammar rule reports the same words."""
    for text in rule["bad"]:
        found = grammar(text)
        mine = [d for d in found if d.rule == rule["id"]]
        assert mine, (text, found)
        for d in mine:
            others = [e.rule for e in found if e.rule != d.rule and e.offset < d.end_offset and d.offset < e.end_offset]
            assert others == [], (text, others)


def test_rules_are_on_by_default_and_documented() -> None:
    found = DEFAULT.lint_text("Workers could lose there jobs.", "story.txt")
    assert "grammar.there-for-their" in [d.rule for d in found]
    for rule in RULES:
        assert rule["summary"] and rule["explanation"] and rule["bad"] and rule["good"]


def test_cli_reports_position_and_fix(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("# Match report\n\nCeltic went through too the final.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", "--select", "grammar", str(story)])
    assert result.exit_code == 1, result.output
    diags = json.loads(result.output)["diagnostics"]
    mine = [d for d in diags if d["rule"] == "grammar.too-for-to"]
    assert len(mine) == 1
    assert (mine[0]["line"], mine[0]["column"], mine[0]["end_column"]) == (3, 21, 24)
    assert mine[0]["suggestions"] == ["to"]


def test_a_pattern_rule_skips_sentences_by_its_rarest_literal_words() -> None:
    """The sentence filter uses the most selective literal word test, not just the first one;
    what the rule finds does not change."""
    from copylint.kinds.pattern import PatternRule

    rule = PatternRule.from_mapping(
        {
            "id": "grammar.x-lose",
            "kind": "pattern",
            "summary": "test",
            "pattern": [{"word": ["a", "the", "some"]}, {"word": "lose"}, {"tag": "NNS?"}],
        },
        "grammar",
        None,
    )
    assert rule.needs == frozenset({"lose"})
    first_only = PatternRule.from_mapping(
        {
            "id": "grammar.x-first",
            "kind": "pattern",
            "summary": "test",
            "pattern": [{"word": ["a", "the"]}, {"tag": "NN"}],
        },
        "grammar",
        None,
    )
    assert first_only.needs == frozenset({"a", "the"})
    assert "grammar.lose-adjective" in [d.rule for d in grammar("There was a lose connection.")]
