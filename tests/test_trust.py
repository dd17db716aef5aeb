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
    rows.append({"rule": "cliche.idiom", "verdict": "wrong", "seed": 8, "date": "2026-12-06", "corpus": "tune", "blind": False})
    rows.append({"rule": "cliche.idiom", "verdict": "wrong", "seed": 1, "date": "2026-01-01", "corpus": "old", "blind": True})
    (judged / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "precision.json"
    script = ROOT / "bench" / "precision_meta.py"
    subprocess.run([sys.executable, str(script), "--judged", str(judged), "--out", str(out)], check=True, capture_output=True)
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
    return [d for d in lint_text(text, {"language": "en-GB"}, path="s.txt") if d.rule == "readability.dense-sentence"]


def test_a_dense_sentence_is_reported_with_its_reasons() -> None:
    [d] = dense("The plan was approved.\n\n" + DENSE)
    assert d.message.startswith("Hard to follow (37 words, 8 abstract nouns") and d.severity.value == "warning"


def test_a_long_plain_sentence_is_not_dense() -> None:
    assert len(PLAIN_31.split()) >= 31
    assert dense("The plan was approved.\n\n" + PLAIN_31) == []


def test_a_quoted_dense_sentence_is_the_speakers() -> None:
    assert dense(f'The plan was approved.\n\n"{DENSE[:-1]}," the chairman said.') == []
