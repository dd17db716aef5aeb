"""The command line through click's runner: formats, exit codes, bad input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint.cli import main

PACK = """\
family: house
rules:
  - id: house.hip
    kind: substitution
    summary: Cliché with a plainer form.
    message: "'{match}' is a cliché[; consider '{replacement}']."
    swap: {"connected at the hip": "closely linked"}
    fix: safe
  - id: house.note
    kind: existence
    severity: suggestion
    summary: A note.
    tokens: ["going forward"]
"""
ARTICLE = "Gangs and officials are connected at the hip, police said.\n"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / ".copylint.yaml").write_text("packs: [pack.yaml]\nselect: [house]\n", encoding="utf-8")
    (tmp_path / "story.md").write_text("# Gangs\n\n" + ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str, input: bytes | str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_text_output_and_exit_code(project: Path) -> None:
    result = run("check", "story.md")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == (
        "story.md:3:25: warning house.hip 'connected at the hip' is a cliché; consider 'closely linked'."
        " (suggestion: 'closely linked')"
    )
    assert lines[-1] == "Found 1 problem (1 warning) in 1 file."
    assert "\x1b[" not in result.output  # no colour when not a terminal


def test_json_contract(project: Path) -> None:
    result = run("check", "--format", "json", "story.md")
    payload = json.loads(result.output)
    (diag,) = payload["diagnostics"]
    assert {
        k: diag[k]
        for k in ("path", "line", "column", "end_line", "end_column", "rule", "severity", "message", "suggestions")
    } == {
        "path": "story.md",
        "line": 3,
        "column": 25,
        "end_line": 3,
        "end_column": 45,
        "rule": "house.hip",
        "severity": "warning",
        "message": "'connected at the hip' is a cliché; consider 'closely linked'.",
        "suggestions": ["closely linked"],
    }
    assert payload["summary"]["files"] == 1 and payload["summary"]["warnings"] == 1


def test_github_format_escapes(project: Path) -> None:
    (project / "a,b.md").write_text("Connected at the hip.\n", encoding="utf-8")
    result = run("check", "--format", "github", "a,b.md")
    assert result.output.splitlines()[0] == (
        "::warning file=a%2Cb.md,line=1,col=1,endLine=1,endColumn=21,title=house.hip::"
        "'Connected at the hip' is a cliché; consider 'Closely linked'. (suggestion: 'Closely linked')"
    )


def test_sarif_and_html(project: Path) -> None:
    sarif = json.loads(run("check", "--format", "sarif", "story.md").output)
    result = sarif["runs"][0]["results"][0]
    assert result["ruleId"] == "house.hip"
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3,
        "startColumn": 25,
        "endLine": 3,
        "endColumn": 45,
    }
    html = run("check", "--format", "html", "story.md").output
    assert "<mark class=warning" in html and "connected at the hip</mark>" in html


def test_fail_on_and_clean_exit(project: Path) -> None:
    (project / "note.md").write_text("Going forward, we win.\n", encoding="utf-8")
    assert run("check", "note.md").exit_code == 0  # a suggestion is below the default threshold
    assert run("check", "--fail-on", "suggestion", "note.md").exit_code == 1
    assert run("check", "--fail-on", "error", "story.md").exit_code == 0
    (project / "clean.md").write_text("All quiet.\n", encoding="utf-8")
    result = run("check", "clean.md")
    assert result.exit_code == 0 and "No problems found in 1 file." in result.output


def test_select_and_ignore_flags(project: Path) -> None:
    assert run("check", "--ignore", "house.hip", "story.md").exit_code == 0
    result = run("check", "--select", "house.nope", "story.md")
    assert result.exit_code == 2 and "unknown rule id 'house.nope'" in result.output


def test_stdin(project: Path) -> None:
    result = run("check", "-", "--stdin-filename", "draft.md", input=ARTICLE)
    assert result.exit_code == 1
    assert result.output.startswith("draft.md:1:25: warning house.hip")


def test_directories_globs_gitignore_and_hidden(project: Path) -> None:
    (project / "news").mkdir()
    (project / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "news" / "b.html").write_text(f"<p>{ARTICLE}</p>", encoding="utf-8")
    (project / "news" / "skip.py").write_text("connected at the hip", encoding="utf-8")
    (project / "news" / "drafts").mkdir()
    (project / "news" / "drafts" / "c.md").write_text(ARTICLE, encoding="utf-8")
    (project / "news" / ".hidden").mkdir()
    (project / "news" / ".hidden" / "d.md").write_text(ARTICLE, encoding="utf-8")
    (project / "news" / ".gitignore").write_text("drafts/\n", encoding="utf-8")
    payload = json.loads(run("check", "--format", "json", "news").output)
    assert sorted(d["path"] for d in payload["diagnostics"]) == [
        os.path.join("news", "a.txt"),
        os.path.join("news", "b.html"),
    ]
    payload = json.loads(run("check", "--format", "json", "news/**/*.md").output)
    assert [d["path"] for d in payload["diagnostics"]] == [os.path.join("news", "drafts", "c.md")]


def test_exclude_and_include_from_config(project: Path) -> None:
    (project / ".copylint.yaml").write_text(
        "packs: [pack.yaml]\nselect: [house]\nexclude: ['old/']\ninclude: ['*.md', '*.rst']\n", encoding="utf-8"
    )
    (project / "old").mkdir()
    (project / "old" / "x.md").write_text(ARTICLE, encoding="utf-8")
    (project / "y.rst").write_text(ARTICLE, encoding="utf-8")
    payload = json.loads(run("check", "--format", "json", ".").output)
    assert sorted(d["path"] for d in payload["diagnostics"]) == ["story.md", "y.rst"]


def test_bad_inputs_are_one_line_errors_and_others_still_checked(project: Path) -> None:
    (project / "latin1.txt").write_bytes("Caf\xe9 society.\n".encode("latin-1"))
    (project / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (project / "empty.md").write_text("", encoding="utf-8")
    big = project / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (project / "nocopy").mkdir()
    (project / "nocopy" / "x.py").write_text("print()", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "latin1.txt", "image.md", "empty.md", "huge.txt", "missing.md", "nocopy", "story.md"]
    )
    assert result.exit_code == 2
    err = result.stderr if hasattr(result, "stderr") else result.output
    assert "latin1.txt: not valid UTF-8 (byte 0xe9 on line 1)" in err
    assert "image.md: looks like a binary file" in err
    assert "empty.md: empty file, nothing to check" in err
    assert "huge.txt: file is too large" in err
    assert "missing.md: no such file or directory" in err
    assert "nocopy: no files to check" in err
    assert "story.md:3:25: warning house.hip" in result.stdout
    assert "Traceback" not in result.output
    for line in err.splitlines():
        assert line.startswith("copylint:")


def test_config_that_is_not_yaml(project: Path) -> None:
    (project / ".copylint.yaml").write_text("select: [house\n  ignore: {\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "story.md"])
    assert result.exit_code == 2
    assert ".copylint.yaml" in result.output and "not valid YAML" in result.output
    assert "Traceback" not in result.output


def test_explicit_config_flag(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    other = tmp_path_factory.mktemp("elsewhere")
    (other / "cfg.yaml").write_text(
        f"packs: [{project / 'pack.yaml'}]\nselect: [house]\nignore: [house.hip]\n", encoding="utf-8"
    )
    assert run("check", "--config", str(other / "cfg.yaml"), "story.md").exit_code == 0
    result = run("check", "--config", str(other / "missing.yaml"), "story.md")
    assert result.exit_code == 2 and "missing.yaml: cannot read" in result.output


def test_fix_writes_atomically_and_converges(project: Path) -> None:
    result = run("check", "--fix", "story.md")
    assert result.exit_code == 0
    assert (project / "story.md").read_text(
        encoding="utf-8"
    ) == "# Gangs\n\nGangs and officials are closely linked, police said.\n"
    assert not [p for p in project.iterdir() if p.name.endswith(".tmp")]


def test_rules_and_explain(project: Path) -> None:
    listing = run("rules").output
    assert "house.hip" in listing and "suggestion" in listing
    rules = json.loads(run("rules", "--format", "json").output)
    note = next(r for r in rules if r["id"] == "house.note")
    assert {"family": "house", "severity": "suggestion", "fixable": False}.items() <= note.items()
    text = run("explain", "house.hip").output
    assert text.startswith("house.hip: Cliché with a plainer form.")
    result = run("explain", "house.nope")
    assert result.exit_code == 2 and "unknown rule 'house.nope'" in result.output


def test_usage_error_exit_code(project: Path) -> None:
    assert CliRunner().invoke(main, ["check", "--format", "yaml"]).exit_code == 2


def test_parallel_run_matches_serial_run(project: Path) -> None:
    (project / "many").mkdir()
    for i in range(30):
        body = ARTICLE if i % 3 == 0 else "Nothing to report here.\n"
        (project / "many" / f"s{i:02d}.md").write_text(body, encoding="utf-8")
    (project / "many" / "bad.txt").write_bytes(b"\xff\xfe bad")
    from copylint import lint_paths

    serial = lint_paths([str(project / "many")], jobs=1)
    parallel = lint_paths([str(project / "many")], jobs=2)
    assert parallel.diagnostics == serial.diagnostics and len(serial.diagnostics) == 10
    assert parallel.errors == serial.errors and len(serial.errors) == 1
    assert parallel.files == serial.files == 30


def test_fail_on_from_the_config(project: Path) -> None:
    (project / ".copylint.yaml").write_text("packs: [pack.yaml]\nselect: [house]\nfail-on: error\n", encoding="utf-8")
    result = run("check", "story.md")
    assert result.exit_code == 0 and "warning house.hip" in result.output
    assert run("check", "--fail-on", "warning", "story.md").exit_code == 1
