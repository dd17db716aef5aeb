"""Changed lines only (--diff-base REF with a real git repository made here, --diff FILE|-)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint.cli import main
from copylint.diffs import parse_unified

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.invalid",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}

OLD = "# Budget\n\nPolice recieved a tip on Monday.\n\nThe council met again.\n"
NEW = "# Budget\n\nPolice recieved a tip on Monday.\n\nThe council met again and the the mayor spoke.\n\nA new line with a freind.\n"
HARD = (
    "The multidimensional institutionalisation of intergovernmental responsibilities "
    "necessitates comprehensive reconsideration of organisational accountability. "
) * 12


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, env={**os.environ, **ENV}, capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    repo = tmp_path / "newsroom"
    repo.mkdir()
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    git(repo, "init", "-q", "-b", "main")
    (repo / "story.md").write_text(OLD, encoding="utf-8")
    (repo / "old.md").write_text("An untouched story with a freind.\n", encoding="utf-8")
    (repo / "hard.md").write_text("# Hard\n\n" + HARD + "\n", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "base")
    git(repo, "checkout", "-qb", "edit")
    (repo / "story.md").write_text(NEW, encoding="utf-8")
    git(repo, "commit", "-qam", "edit the story")
    monkeypatch.chdir(repo)
    return repo


def run(*args: str, input: str | None = None) -> tuple[str, int]:
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return result.stdout, result.exit_code


def found(out: str) -> list[str]:
    return [f"{m[0]} {m[1]}" for m in re.findall(r"^(\S+:\d+):\d+: \w+ (\S+)", out, re.M)]


def test_everything_without_a_diff(repo: Path) -> None:
    out, _ = run("check", ".", "--select", "spelling", "--select", "grammar")
    assert {"old.md:1 spelling.unknown-word", "story.md:5 grammar.repeated-word"} <= set(found(out))


def test_diff_base_reports_changed_lines_only(repo: Path) -> None:
    out, code = run("check", "--diff-base", "main", "--select", "spelling", "--select", "grammar")
    assert code == 1
    assert found(out) == ["story.md:5 grammar.repeated-word", "story.md:7 spelling.unknown-word"]
    # paths given: the same filter over them; an unchanged file reports nothing
    out, code = run("check", "old.md", "story.md", "--diff-base", "main", "--select", "spelling")
    assert found(out) == ["story.md:7 spelling.unknown-word"]
    out, code = run("check", "old.md", "--diff-base", "main")
    assert code == 0 and found(out) == []


def test_diff_base_sees_uncommitted_and_untracked_copy(repo: Path) -> None:
    (repo / "old.md").write_text("An untouched story with a freind.\nNow edited with a mistaek.\n", encoding="utf-8")
    (repo / "draft.md").write_text("A draft with a tpyo.\n", encoding="utf-8")
    (repo / "notes.py").write_text("x = 'not copy'\n", encoding="utf-8")
    out, _ = run("check", "--diff-base", "main", "--select", "spelling")
    assert found(out) == [
        "draft.md:1 spelling.unknown-word",
        "old.md:2 spelling.unknown-word",
        "story.md:7 spelling.unknown-word",
    ]


def test_document_level_findings_only_when_the_document_changed(repo: Path) -> None:
    out, _ = run("check", "hard.md", "--select", "readability.grade")
    assert "readability.grade" in out
    out, _ = run("check", "hard.md", "--diff-base", "main", "--select", "readability.grade")
    assert "readability.grade" not in out
    (repo / "hard.md").write_text(
        (repo / "hard.md").read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8"
    )
    out, _ = run("check", "hard.md", "--diff-base", "main", "--select", "readability.grade")
    assert "hard.md:3:1: warning readability.grade" in out  # reported at its own line, which did not change


def test_diff_from_a_file_and_from_stdin(repo: Path) -> None:
    patch = git(repo, "diff", "main", "edit")
    (repo / "pr.diff").write_text(patch, encoding="utf-8")
    out, _ = run("check", "--diff", "pr.diff", "--select", "spelling", "--select", "grammar")
    assert found(out) == ["story.md:5 grammar.repeated-word", "story.md:7 spelling.unknown-word"]
    out, _ = run("check", "story.md", "old.md", "--diff", "-", "--select", "spelling", input=patch)
    assert found(out) == ["story.md:7 spelling.unknown-word"]
    for fmt in ("json", "sarif", "github", "rdjson", "gitlab"):
        out, _ = run("check", "--diff", "pr.diff", "--select", "spelling", "--format", fmt)
        assert "story.md" in out and "old.md" not in out and "hard.md" not in out


def test_bad_diff_inputs(repo: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--diff-base", "no-such-ref"])
    assert result.exit_code == 2 and "copylint: error: git merge-base" in result.output
    (repo / "x.diff").write_text("just words\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--diff", "x.diff"])
    assert result.exit_code == 2 and "x.diff: not a unified diff" in result.output
    result = CliRunner().invoke(main, ["check", "--diff", "-", "-"])
    assert result.exit_code == 2
    result = CliRunner().invoke(main, ["check", "--diff", "x.diff", "--diff-base", "main"])
    assert result.exit_code == 2 and "not both" in result.output


def test_parse_unified_counts_new_side_lines(tmp_path: Path) -> None:
    patch = (
        "diff --git a/a.md b/a.md\n--- a/a.md\n+++ b/a.md\n@@ -1,3 +1,4 @@\n one\n-two\n+TWO\n+two and a half\n three\n"
        "@@ -10 +11,0 @@\n-gone\n"
        "--- a/gone.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-bye\n"
        '--- /dev/null\n+++ "b/my story \\303\\251.md"\n@@ -0,0 +1 @@\n+hello\n'
    )
    changes = parse_unified(patch, tmp_path)
    assert changes.lines[str(tmp_path / "a.md")] == frozenset({2, 3})
    assert str(tmp_path / "gone.md") not in changes.lines
    assert changes.lines[str(tmp_path / "my story é.md")] == frozenset({1})
