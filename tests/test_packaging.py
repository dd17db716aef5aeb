"""The built wheel ships the YAML packs, and the pre-commit hook works for real.

These build a wheel and install a hook environment, so they take a minute; they still run in CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (built,) = out.glob("copylint-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_the_packs(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    packs = {Path(n).name for n in names if n.startswith("copylint/rules/")}
    assert {"cliche.yaml", "boilerplate.yaml", "typography.yaml"} <= packs
    assert "copylint/registry.py" in names
    assert "copylint/families/spelling/data/words.tsv.xz" in names  # dictionaries and lexicons ship too
    assert "copylint/families/grammar/data/lexicon.tsv" in names
    # ready-made data for a first run in an empty cache: the rule index, pattern analyses, cache entries
    assert {"copylint/data/ruleindex.bin", "copylint/data/patterns.bin", "copylint/data/ready.bin"} <= set(names)


@pytest.mark.slow
def test_installed_wheel_finds_its_packs(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import copylint, copylint.registry as r\n"
        "assert copylint.__file__.startswith(%r), copylint.__file__\n"
        "print(r.builtin_packs_dir())\n"
        "print(sorted({x.meta.family for x in r.builtin_rules()}))\n"
        "print(sorted({d.family for d in copylint.lint_text('Police recieved a tip: gangs could of been connected at the hip.', {'extend-select': ['spelling']})}))\n"
    ) % str(site)
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    packs_dir, families, fired = result.stdout.splitlines()
    assert packs_dir.startswith(str(site))
    assert "cliche" in families and "boilerplate" in families
    assert "'cliche'" in fired and "'spelling'" in fired and "'grammar'" in fired
    # the shipped ready-made data is current for the installed layout (packs in copylint/rules/)
    check = subprocess.run(
        [sys.executable, "-m", "copylint.ruleindex", "--check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert str(site) in check.stdout


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed for pre-commit")
def test_pre_commit_hook(tmp_path: Path) -> None:
    pre_commit = [sys.executable, "-m", "pre_commit"]
    repo = tmp_path / "newsroom"
    repo.mkdir()
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    env.pop("CI", None)

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)

    git("init", "-q")
    article = repo / "story.md"
    article.write_text(
        "# Council budget\n\nCouncillors and developers are connected at the hip, the report said.\n", encoding="utf-8"
    )
    git("add", "story.md")
    run = lambda: subprocess.run(  # noqa: E731
        [*pre_commit, "try-repo", str(ROOT), "copylint", "--all-files", "--verbose"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    failed = run()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "story.md:3:" in failed.stdout and "cliche." in failed.stdout
    article.write_text(
        "# Council budget\n\nCouncillors and developers work closely together, the report said.\n", encoding="utf-8"
    )
    git("add", "story.md")
    passed = run()
    assert passed.returncode == 0, passed.stdout + passed.stderr
