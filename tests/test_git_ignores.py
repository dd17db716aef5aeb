"""Inside a git repository, folders are walked with git's own ignore rules: a parent folder's
.gitignore applies when a subfolder is checked."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint.cli import main

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def test_parent_gitignore_applies_in_subfolders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / ".gitignore").write_text("drafts/\n*.tmp.md\n/sub/local.md\n", encoding="utf-8")
    for name in (
        "sub/a.md",
        "sub/drafts/b.md",
        "sub/deep/c.tmp.md",
        "sub/deep/d.md",
        "sub/local.md",
        "sub/.hidden/e.md",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("The the end.\n", encoding="utf-8")
    (tmp_path / ".git" / "info" / "exclude").write_text("sub/deep/d.md\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "sub")
    out = CliRunner().invoke(main, ["check", "."]).stdout
    assert [line.split(":")[0] for line in out.splitlines()[:-1]] == ["a.md"]
    out = CliRunner().invoke(main, ["check", "deep", "drafts/b.md"]).stdout  # named files are always checked
    assert [line.split(":")[0] for line in out.splitlines()[:-1]] == ["drafts/b.md"]
