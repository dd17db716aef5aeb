"""`copylint stats`: per-file scores as a table or JSON, through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import textstat
from click.testing import CliRunner

from copylint.commands.stats import stats

ARTICLE = """\
# Library to open next spring

The council approved the budget on Monday. Officials expect the new library to open next spring.

Residents have waited three years for the building, which replaces a temporary site near the station.
The mayor thanked volunteers for their patience during construction.
"""
BODY = (
    "The council approved the budget on Monday. Officials expect the new library to open next spring. "
    "Residents have waited three years for the building, which replaces a temporary site near the station. "
    "The mayor thanked volunteers for their patience during construction."
)


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(stats, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "library.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_json_has_the_scores_of_the_body(article: Path) -> None:
    code, out, _ = invoke(str(article), "--format", "json")
    assert code == 0
    [row] = json.loads(out)["files"]
    assert row["path"] == str(article)
    assert row["words"] == textstat.lexicon_count(BODY)  # the headline is not counted
    assert row["sentences"] == 4
    assert row["average_sentence_length"] == round(row["words"] / 4, 2)
    assert row["flesch_reading_ease"] == round(textstat.flesch_reading_ease(BODY), 2)
    assert row["flesch_kincaid_grade"] == round(textstat.flesch_kincaid_grade(BODY), 2)
    assert row["gunning_fog"] == round(textstat.gunning_fog(BODY), 2)
    assert row["dale_chall"] == round(textstat.dale_chall_readability_score(BODY), 2)
    assert row["smog"] is None  # fewer than 30 sentences


def test_smog_appears_with_30_sentences(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    text = " ".join(["The committee will consider the proposal tomorrow."] * 30)
    path.write_text(text, encoding="utf-8")
    _, out, _ = invoke(str(path), "--format", "json")
    [row] = json.loads(out)["files"]
    assert row["sentences"] == 30
    assert row["smog"] == round(textstat.smog_index(text), 2)


def test_diagnostics_are_counted_by_family(tmp_path: Path) -> None:
    (tmp_path / ".copylint.yaml").write_text("select: [readability]\n", encoding="utf-8")
    path = tmp_path / "story.txt"
    path.write_text("The man was arrested by police. The road was repaired by the council.\n", encoding="utf-8")
    _, out, _ = invoke(str(path), "--format", "json")
    [row] = json.loads(out)["files"]
    assert row["diagnostics"] == {"readability": 2}


def test_table_has_a_row_per_file_and_a_total(article: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("It rained all day. The match was called off.\n", encoding="utf-8")
    code, out, _ = invoke(str(article), str(other))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["FILE", "WORDS", "SENTENCES"] and "DALE-CHALL" in lines[0]
    assert lines[1].startswith(str(article)) and lines[2].startswith(str(other))
    assert lines[3].startswith("total")
    words = [int(line.split()[1]) for line in lines[1:]]
    assert words[2] == words[0] + words[1]
    assert f"{textstat.flesch_reading_ease(BODY):.1f}" in lines[1]
    assert " - " in lines[1]  # no SMOG under 30 sentences


def test_json_total_is_null_for_one_file(article: Path) -> None:
    _, out, _ = invoke(str(article), "--format", "json")
    assert json.loads(out)["total"] is None


def test_a_missing_file_is_an_error_and_the_others_still_report(article: Path, tmp_path: Path) -> None:
    code, out, err = invoke(str(article), str(tmp_path / "missing.md"), "--format", "json")
    assert code == 2
    payload = json.loads(out)
    assert len(payload["files"]) == 1 and payload["errors"]
    assert "missing.md" in err


def test_a_file_without_body_has_no_scores(tmp_path: Path) -> None:
    path = tmp_path / "headline.md"
    path.write_text("# Just a headline\n", encoding="utf-8")
    _, out, _ = invoke(str(path), "--format", "json")
    [row] = json.loads(out)["files"]
    assert row["words"] == 0 and row["flesch_reading_ease"] is None


def test_paths_are_required() -> None:
    code, _, _ = invoke()
    assert code == 2
