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
from pack_examples import assert_flagged_alone

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
        ("They're house is on the corner.", "grammar.theyre-their", "They're", "Their"),
        ("There house is very big.", "grammar.there-their-noun", "There", "Their"),
        ("Whom is calling at this hour?", "grammar.whom-subject", "Whom", "Who"),
        ("I don't now what to do.", "grammar.no-know", "now", "know"),
        ("The piece talks collapsed.", "grammar.peace-piece", "piece", "peace"),
        ("We need to take a brake.", "grammar.brake-break", "brake", "break"),
        ("The hole world was watching.", "grammar.hole-whole", "hole", "whole"),
        ("I will see you next weak.", "grammar.week-weak", "weak", "week"),
        ("Please weight for me outside.", "grammar.weight-wait", "weight", "wait"),
        ("That is the write answer.", "grammar.right-write", "write", "right"),
        ("You must where a mask.", "grammar.where-wear", "where", "wear"),
        ("He walked threw the door.", "grammar.through-threw-though", "threw", "through"),
        ("They crossed the Sahara dessert.", "grammar.desert-dessert", "dessert", "desert"),
        ("What dose he want?", "grammar.dose-does", "dose", "does"),
        ("She wants to loss weight.", "grammar.loss-lose", "loss", "lose"),
        ("She played a key roll in the deal.", "grammar.role-roll", "roll", "role"),
        ("The meeting was a waist of time.", "grammar.waste-waist", "waist", "waste"),
        ("You have to except responsibility.", "grammar.except-accept-verb", "except", "accept"),
        ("He was laying in bed all day.", "grammar.lay-lie", "laying", "lying"),
        ("The military personal arrived.", "grammar.personal-personnel", "personal", "personnel"),
        ("Keep it out of site.", "grammar.site-sight-cite", "site", "sight"),
        ("The plain crash killed ten people.", "grammar.plain-plane", "plain", "plane"),
        ("They walked in bear feet.", "grammar.bare-bear", "bear", "bare"),
        ("Hackers gained excess to the files.", "grammar.excess-access", "excess", "access"),
        ("The stationary shop is closed.", "grammar.stationary-stationery", "stationary", "stationery"),
        ("I was conscience of the risk.", "grammar.conscience-conscious", "conscience", "conscious"),
        ("A lightening strike hit the tower.", "grammar.lightning-lightening", "lightening", "lightning"),
        ("I wander if they will come.", "grammar.wonder-wander", "wander", "wonder"),
        ("Of coarse, we will help.", "grammar.of-course-coarse", "coarse", "course"),
        ("I wood like a coffee.", "grammar.would-wood", "wood", "would"),
        ("They went back and fourth all day.", "grammar.forth-fourth", "fourth", "forth"),
        ("They one the match easily.", "grammar.won-one", "one", "won"),
        ("It does not make since to me.", "grammar.make-sense-since", "since", "sense"),
        ("The council wants to rise taxes.", "grammar.rise-raise", "rise", "raise"),
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
        "They're friends now, and they're students who work hard.",
        "There remains a problem, and there comes a time to leave.",
        "To whom is this addressed? Whom did you see?",
        "They no longer care; I said no, that was it.",
        "It gives me peace of mind; two piece deals were sold.",
        "The driver had to brake hard; the bike has a brake on each wheel.",
        "The team as a whole in 2020 did well.",
        "The weak and the poor suffer most; it was a weak argument.",
        "They want to right the wrongs of the past.",
        "It is the place where masks are sold.",
        "He, though, stayed; I even thought about it.",
        "They went from profit to loss the year after.",
        "Everyone came except him.",
        "They were laying a wreath on the grave and will lay down their arms.",
        "The site of the crash was sealed off.",
        "The polar bear feet were huge.",
        "Skin lightening creams are banned.",
        "He came back fourth in the race.",
        "He is one of them, and the won fell against the dollar.",
        "The changes made since 2010 have helped.",
        "Prices are expected to rise the most in the north.",
    ],
)
def test_leaves_correct_copy_alone(text: str) -> None:
    assert [d.rule for d in grammar(text) if d.rule in IDS] == []


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_bad_examples_get_one_grammar_diagnostic_per_span(rule: dict) -> None:  # type: ignore[type-arg]
    """Each bad example is flagged by its rule, and no other grammar rule reports the same words."""
    for text in rule["bad"]:
        assert_flagged_alone(GB, text, {rule["id"]}, "story.txt")


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
