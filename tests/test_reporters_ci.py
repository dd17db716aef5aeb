"""Reporters for CI and review tools: GitHub annotations, reviewdog's rdjson, GitLab code quality."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint.cli import main

PACK = """\
family: house
rules:
  - id: house.long-phrase
    kind: existence
    summary: A phrase that may break across lines.
    message: "Avoid '{match}'."
    patterns: ["at\\\\s+this\\\\s+moment\\\\s+in\\\\s+time"]
"""


def run(*args: str) -> tuple[str, int]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.stdout, result.exit_code


@pytest.fixture()
def copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / ".copylint.yaml").write_text("packs: [pack.yaml]\nextend-select: [spelling]\n", encoding="utf-8")
    (tmp_path / "story.md").write_text(
        "Café owners recieved the news at this\nmoment in time, said the council.\n\nThe the end,, really.\n",
        encoding="utf-8",
    )
    return tmp_path


def test_github_annotations_are_line_only_across_lines(copy: Path) -> None:
    out, code = run("check", "story.md", "--format", "github", "--select", "house", "--select", "spelling")
    assert code == 1
    lines = out.splitlines()
    assert "::warning file=story.md,line=1,endLine=2,title=house.long-phrase::Avoid 'at this moment in time'." in lines
    spelling = next(line for line in lines if "spelling.unknown-word" in line)
    assert spelling.startswith(
        "::warning file=story.md,line=1,col=13,endLine=1,endColumn=21,title=spelling.unknown-word::"
    )


def test_rdjson_for_reviewdog(copy: Path) -> None:
    out, _code = run("check", "story.md", "--format", "rdjson")
    payload = json.loads(out)
    assert payload["source"]["name"] == "copylint"
    by_rule = {d["code"]["value"]: d for d in payload["diagnostics"]}
    typo = by_rule["spelling.unknown-word"]
    # 'recieved' starts at code point 13; 'é' takes two bytes, so rdjson's byte column is 14
    assert typo["location"] == {
        "path": "story.md",
        "range": {"start": {"line": 1, "column": 14}, "end": {"line": 1, "column": 22}},
    }
    assert typo["severity"] == "WARNING"
    assert typo["suggestions"] == [
        {"range": {"start": {"line": 1, "column": 14}, "end": {"line": 1, "column": 22}}, "text": "received"}
    ]
    assert typo["code"]["url"].endswith("#spellingunknown-word")
    phrase = by_rule["house.long-phrase"]
    assert phrase["location"]["range"] == {
        "start": {"line": 1, "column": 32},
        "end": {"line": 2, "column": 15},
    }  # at code point 31
    assert {d["severity"] for d in payload["diagnostics"]} <= {"ERROR", "WARNING", "INFO"}
    repeated = by_rule["grammar.repeated-word"]
    (edit,) = repeated["suggestions"]
    line = "The the end,, really."
    start, end = edit["range"]["start"]["column"], edit["range"]["end"]["column"]
    assert edit["range"]["start"]["line"] == 4
    assert line[: start - 1] + edit["text"] + line[end - 1 :] == "The end,, really."


def test_gitlab_code_quality(copy: Path) -> None:
    (copy / "bad.md").write_bytes(b"caf\xe9\n")
    out, code = run("check", "story.md", "bad.md", "--format", "gitlab")
    assert code == 2
    issues = json.loads(out)
    assert isinstance(issues, list)
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"]["lines"]["begin"] >= 1
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    typo = next(i for i in issues if i["check_name"] == "spelling.unknown-word")
    assert typo["location"] == {"path": "story.md", "lines": {"begin": 1, "end": 1}}
    error = next(i for i in issues if i["check_name"] == "copylint.file-error")
    assert error["location"]["path"] == "bad.md" and "UTF-8" in error["description"]
    # fingerprints do not move when a line is added above
    (copy / "story.md").write_text(
        "New first line.\n\n" + (copy / "story.md").read_text(encoding="utf-8"), encoding="utf-8"
    )
    again = json.loads(run("check", "story.md", "--format", "gitlab")[0])
    moved = next(i for i in again if i["check_name"] == "spelling.unknown-word")
    assert moved["fingerprint"] == typo["fingerprint"] and moved["location"]["lines"]["begin"] == 3
