"""SARIF that code scanning accepts: every output validated against the official OASIS SARIF
2.1.0 schema (vendored in tests/data/sarif with its notice), rule help from `copylint explain`,
percent-encoded URIs and file errors as tool execution notifications."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from copylint.cli import main
from copylint.report.sarif import artifact_uri

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def sarif(*args: str) -> tuple[dict, int]:  # type: ignore[type-arg]
    result = CliRunner().invoke(main, ["check", "--format", "sarif", *args], catch_exceptions=False)
    doc = json.loads(result.stdout)
    errors = sorted(VALIDATOR.iter_errors(doc), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    return doc, result.exit_code


@pytest.fixture()
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / ".copylint.yaml").write_text("extend-select: [spelling]\n", encoding="utf-8")
    (tmp_path / "news" / "my story #1.md").write_text(
        "# Budget\n\nPolice recieved a tip. Gangs could of been connected at the hip.\n"
        "<!-- copylint-disable-next-line cliche.no-such-rule -->\nMost people agree.\n",
        encoding="utf-8",
    )
    (tmp_path / "news" / "ünïcode 100%.txt").write_text("The the council met.\n", encoding="utf-8")
    (tmp_path / "news" / "broken.md").write_bytes(b"caf\xe9 society\n")
    return tmp_path


def test_the_schema_rejects_what_it_should() -> None:
    """The validator is live: a result without a message fails it."""
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "a"}]}]}
    assert list(VALIDATOR.iter_errors(bad))
    assert not list(VALIDATOR.iter_errors({"version": "2.1.0", "runs": []}))


def test_sarif_validates_with_rules_help_uris_and_notifications(newsroom: Path) -> None:
    doc, code = sarif("news", "--report-unused-suppressions")
    assert code == 2  # broken.md is a file error
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["informationUri"].startswith("https://")
    rules = {r["id"]: r for r in driver["rules"]}
    assert "spelling.unknown-word" in rules and "grammar.could-of" in rules
    for rule in rules.values():
        assert rule["helpUri"].startswith("https://") and "#" in rule["helpUri"]
    explained = CliRunner().invoke(main, ["explain", "spelling.unknown-word"]).output
    assert rules["spelling.unknown-word"]["help"]["text"] == explained.rstrip("\n")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert "news/my%20story%20%231.md" in uris
    assert "news/%C3%BCn%C3%AFcode%20100%25.txt" in uris
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and "broken.md" in note["message"]["text"] and "UTF-8" in note["message"]["text"]


def test_sarif_validates_when_clean_and_from_stdin(newsroom: Path) -> None:
    (newsroom / "clean.md").write_text("The council met on Monday.\n", encoding="utf-8")
    doc, code = sarif("clean.md", "--select", "spelling")
    assert code == 0 and doc["runs"][0]["results"] == []
    assert doc["runs"][0]["invocations"][0]["executionSuccessful"] is True
    result = CliRunner().invoke(
        main, ["check", "--format", "sarif", "-", "--stdin-filename", "drafts/a b.md"], input="Police recieved a tip.\n"
    )
    doc = json.loads(result.stdout)
    assert not list(VALIDATOR.iter_errors(doc))
    assert (
        doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/a%20b.md"
    )


@pytest.mark.parametrize(
    ("path", "uri", "relative"),
    [
        ("my story #1.md", "my%20story%20%231.md", True),
        ("./news/a?.md", "news/a%3F.md", True),
        ("/srv/copy/100% sure.md", "file:///srv/copy/100%25%20sure.md", False),
        ("news\\win file.md", "news/win%20file.md", True),
    ],
)
def test_artifact_uris_are_percent_encoded(path: str, uri: str, relative: bool) -> None:
    assert artifact_uri(path) == (uri, relative)
