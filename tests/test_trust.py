"""The default rule set, the opt-in groups and the measured precision in each rule's metadata."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint import Linter, lint_text
from copylint.cli import main
from copylint.config import ConfigError
from copylint.defaults import GROUPS, OFF_BY_DEFAULT
from copylint.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
PASSIVE = "The man was arrested by police on Friday."


def rules_of(text: str, config: dict | None = None) -> set[str]:
    return {d.rule for d in lint_text(text, config, path="s.md")}


def test_coaching_rules_are_off_by_default_and_one_line_turns_them_on() -> None:
    assert "readability.passive-voice" not in rules_of(PASSIVE)
    assert "readability.passive-voice" in rules_of(PASSIVE, {"extend-select": ["coaching"]})
    only = rules_of("Ther man was arrested by police.", {"select": ["coaching"]})
    assert only == {"readability.passive-voice"}


def test_extend_select_from_the_command_line(tmp_path: Path) -> None:
    story = tmp_path / "s.md"
    story.write_text(PASSIVE + "\n", encoding="utf-8")
    plain = CliRunner().invoke(main, ["check", str(story)])
    assert "passive-voice" not in plain.output
    coached = CliRunner().invoke(main, ["check", "--extend-select", "coaching", str(story)])
    assert "readability.passive-voice" in coached.output


def test_ignoring_a_group_and_unknown_selectors() -> None:
    assert "readability.passive-voice" not in rules_of(PASSIVE, {"select": ["coaching"], "ignore": ["coaching"]})
    with pytest.raises(ConfigError, match="unknown rule family 'coachin'"):
        Linter({"extend-select": ["coachin"]})


def test_every_off_by_default_rule_is_in_a_known_group_and_documented() -> None:
    registry = Registry.load(plugins=False)
    for rule_id, group in OFF_BY_DEFAULT.items():
        meta = registry.get(rule_id).meta  # type: ignore[union-attr]
        assert meta.group == group in GROUPS and not meta.enabled
    docs = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for group in GROUPS:
        assert f"| `{group}` |" in docs


def test_rules_and_explain_show_precision_and_group() -> None:
    out = CliRunner().invoke(main, ["explain", "readability.passive-voice"]).output
    assert "On by default: no (group: coaching)" in out and "Measured precision: " in out
    listing = CliRunner().invoke(main, ["rules"]).output
    assert "off:coaching" in listing
    data = json.loads(CliRunner().invoke(main, ["rules", "--format", "json"]).output)
    entry = next(r for r in data if r["id"] == "readability.passive-voice")
    assert entry["group"] == "coaching" and "precision" in entry


def test_precision_metadata_comes_from_judged_files(tmp_path: Path) -> None:
    judged = tmp_path / "judged"
    judged.mkdir()
    rows = [
        {"rule": "cliche.idiom", "verdict": v, "seed": 7, "date": "2026-12-06", "corpus": "heldout", "blind": True}
        for v in ("right", "right", "debatable", "wrong")
    ]
    rows.append(
        {"rule": "cliche.idiom", "verdict": "wrong", "seed": 8, "date": "2026-12-06", "corpus": "tune", "blind": False}
    )
    rows.append(
        {"rule": "cliche.idiom", "verdict": "wrong", "seed": 1, "date": "2026-01-01", "corpus": "old", "blind": True}
    )
    (judged / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "precision.json"
    script = ROOT / "bench" / "precision_meta.py"
    subprocess.run(
        [sys.executable, str(script), "--judged", str(judged), "--out", str(out)], check=True, capture_output=True
    )
    entry = json.loads(out.read_text(encoding="utf-8"))["rules"]["cliche.idiom"]
    assert (entry["right"], entry["debatable"], entry["wrong"]) == (2, 1, 1)  # newest blind batch only
    assert entry["seeds"] == [7] and entry["corpus"] == "heldout"


def test_committed_precision_metadata_is_current() -> None:
    script = ROOT / "bench" / "precision_meta.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_default_rule_is_measured_below_ninety_percent() -> None:
    for rule in Registry.load(plugins=False):
        p = rule.meta.precision
        if rule.meta.enabled and p is not None and p.judged >= 10:
            assert p.rate >= 0.9, f"{rule.meta.id} is on by default but measured {p.describe()}"


# -- readability.dense-sentence ----------------------------------------------------------------

DENSE = (
    "The committee's recommendation, which followed a consultation on the rationalisation of administrative"
    " responsibilities, was that implementation of the reorganisation should be postponed until the"
    " effectiveness of existing arrangements, which had been criticised by auditors, could be assessed."
)
PLAIN_31 = (
    "The council approved the new bypass on Tuesday after a three-hour meeting in the town hall, and work on"
    " the first stretch of road will begin in the spring of next year."
)


def dense(text: str) -> list:  # type: ignore[type-arg]
    return [
        d
        for d in lint_text(text, {"language": "en-GB", "extend-select": ["coaching"]}, path="s.txt")
        if d.rule == "readability.dense-sentence"
    ]


def test_a_dense_sentence_is_reported_with_its_reasons() -> None:
    [d] = dense("The plan was approved.\n\n" + DENSE)
    assert d.message.startswith("Hard to follow (37 words, 8 abstract nouns") and d.severity.value == "warning"


def test_a_long_plain_sentence_is_not_dense() -> None:
    assert len(PLAIN_31.split()) >= 31
    assert dense("The plan was approved.\n\n" + PLAIN_31) == []


def test_a_quoted_dense_sentence_is_the_speakers() -> None:
    assert dense(f'The plan was approved.\n\n"{DENSE[:-1]}," the chairman said.') == []


# -- claims: judge claims, not news ------------------------------------------------------------


def claims_of(text: str) -> list[tuple[str, str]]:
    diags = lint_text(text, {"select": ["claims"]}, path="s.txt")
    return [(d.rule, text[d.offset : d.end_offset]) for d in diags]


def test_takings_and_spending_are_the_news() -> None:
    assert claims_of("The film took $28.5m at the box office over the weekend.") == []
    assert claims_of("Sprint will spend around $1bn on the new network.") == []
    assert claims_of("Crime in the city rose 38 percent last year.") == [
        ("claims.unattributed-statistic", "38 percent")
    ]


def test_a_source_in_the_next_paragraph_on_the_same_topic_counts() -> None:
    story = "Remittances matter.\n\nBus fares rose 6% in April.\n\nThe rise in fares was set by the transport authority, it said.\n"
    assert claims_of(story) == []


def test_the_same_body_named_earlier_counts() -> None:
    story = "Sony said on Monday it would launch the console in Europe.\n\nAnalysts were upbeat.\n\nSony has sold 800,000 units in Japan.\n"
    assert claims_of(story) == []


def test_specific_unnamed_documents_are_not_vague() -> None:
    assert claims_of("A leaked report found that schools were failing.") == []
    assert claims_of("Sales fell, according to a report this week from the British Retail Consortium.") == []
    story = "Callers hang up sooner, a survey suggests.\n\nDimension Data, which commissioned the survey, said waits were long.\n"
    assert [r for r, _ in claims_of(story)] == []
    assert ("claims.vague-attribution", "Studies show") in claims_of("Studies show that sugar is addictive.")


def test_in_fact_and_indeed_as_connectives_are_not_certainty() -> None:
    assert claims_of("Sales fell. Indeed, they fell again in May. In fact, the shop shut.") == []
    assert claims_of("The policy has clearly failed.") == [("claims.certainty-marker", "clearly")]


# -- spelling ------------------------------------------------------------------------------------


def unknown(text: str, language: str) -> list[str]:
    diags = lint_text(text, {"select": ["spelling"], "language": language}, path="s.txt")
    return [text[d.offset : d.end_offset] for d in diags]


def test_british_derivations_are_known_in_en_gb() -> None:
    text = "It revitalised the city and its decentralisation plan was flavoursome."
    assert unknown(text, "en-GB") == []
    assert "revitalised" in unknown(text, "en-US")


def test_frequent_misspellings_are_flagged() -> None:
    text = "He will definetly come. The calender is full. They targetted voters."
    for language in ("en-GB", "en-US"):
        assert unknown(text, language) == ["definetly", "calender", "targetted"]
    assert unknown("The calendar is full and they targeted voters.", "en-GB") == []


# -- style: tallies, scores and brands written as digits ----------------------------------------


def style_of(text: str) -> list[str]:
    diags = lint_text(text, {"language": "en-GB", "style": {"preset": "bbc"}, "select": ["style"]}, path="s.txt")
    return [text[d.offset : d.end_offset] for d in diags]


def test_vote_tallies_and_brands_are_not_numbers_to_spell_out() -> None:
    assert style_of("The motion was carried by 31 votes to 9.") == []
    assert style_of("Mobile operator 3 said the 3 network and the iPod mini 2 sold well.") == []
    assert style_of("He has 3 children.") == ["3"]


def test_connectives_leave_vague_quantities_alone() -> None:
    text = "The decision was decried by many rock music fans."
    assert ("claims.vague-quantifier", "many rock music fans") in claims_of(text)
