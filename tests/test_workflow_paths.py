"""The documented paths of issue 10: British preset, house casing, corrected text in messages,
colour from the environment, report files and the umask, one version number."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

import copylint
from copylint.cli import main
from copylint.terminal import use_colour

ROOT = Path(__file__).resolve().parents[1]
UK = "The phone sold well in the UK, said Mr Smith. It cost £12 million, up 50 % on last year.\n"


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)


@pytest.fixture()
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def rules_of(output: str) -> list[str]:
    return re.findall(r"^\S+:\d+:\d+: \w+ (\S+)", output, re.M)


def test_en_gb_implies_the_british_preset(here: Path) -> None:
    (here / "uk.md").write_text(UK, encoding="utf-8")
    us = rules_of(run("check", "uk.md", "--select", "style").output)
    assert {"style.abbreviation-periods", "style.courtesy-title"} <= set(us)
    gb = run("check", "uk.md", "--select", "style", "--language", "en-GB").output
    assert "U.K." not in gb and "surname alone" not in gb
    assert "style.money-millions Write '£12m'." in gb
    (here / ".copylint.yaml").write_text("language: en-GB\n", encoding="utf-8")
    assert run("check", "uk.md", "--select", "style").output == gb


def test_explicit_preset_wins_over_language(here: Path) -> None:
    (here / "uk.md").write_text(UK, encoding="utf-8")
    (here / ".copylint.yaml").write_text("language: en-GB\nstyle: {preset: ap}\n", encoding="utf-8")
    assert "style.abbreviation-periods" in rules_of(run("check", "uk.md", "--select", "style").output)
    (here / ".copylint.yaml").write_text("language: en-GB\n", encoding="utf-8")
    out = run("check", "uk.md", "--select", "style", "--preset", "ap").output
    assert "Write 'U.K.' in body text." in out
    out = run("check", "uk.md", "--select", "style", "--preset", "bbc", "--language", "en-US").output
    assert "U.K." not in out


def test_house_casing_is_kept_exactly_and_fixed_so(here: Path) -> None:
    (here / ".copylint.yaml").write_text("vocabulary:\n  reject: {Iphone: iPhone}\n", encoding="utf-8")
    (here / "s.md").write_text("Iphone sales rose. The Iphone is popular.\n", encoding="utf-8")
    out = run("check", "s.md").output
    assert (
        "s.md:1:1: warning spelling.rejected-word 'Iphone' is not house style: write 'iPhone'. (suggestion: 'iPhone')"
        in out
    )
    assert "IPhone" not in out
    run("check", "s.md", "--fix", "--unsafe-fixes")
    assert (here / "s.md").read_text(encoding="utf-8") == "iPhone sales rose. The iPhone is popular.\n"
    assert run("check", "s.md").output == "No problems found in 1 file.\n"  # the house form is not flagged


def test_house_rule_wins_over_unknown_word(here: Path) -> None:
    (here / "s.md").write_text("The Freinds of the museum met again.\n", encoding="utf-8")
    assert rules_of(run("check", "s.md", "--select", "spelling").output) == ["spelling.unknown-word"]
    (here / ".copylint.yaml").write_text("vocabulary:\n  reject: {Freinds: Friends}\n", encoding="utf-8")
    assert rules_of(run("check", "s.md", "--select", "spelling").output) == ["spelling.rejected-word"]
    (here / ".copylint.yaml").write_text("style:\n  house: {Freinds: Friends}\n", encoding="utf-8")
    assert rules_of(run("check", "s.md", "--select", "spelling", "--select", "style").output) == ["style.house-term"]


def test_messages_show_the_corrected_text(here: Path) -> None:
    (here / "s.md").write_text("Prices rose 50 % in a year, said Mr Smith.\n", encoding="utf-8")
    out = run("check", "s.md", "--select", "style", "--preset", "ap").output
    assert "(suggestion: '')" not in out and "(suggestion: '%')" not in out
    assert "style.percent-space Close up the % sign to its figure. (suggestion: '50% in')" in out
    assert "(suggestion: 'said Smith')" in out
    json_out = run("check", "s.md", "--select", "style", "--preset", "ap", "--format", "json").output
    assert '"suggestions": [\n        "%"\n      ]' in json_out  # the JSON contract keeps the replacement


@pytest.mark.parametrize(
    ("flag", "tty", "env", "expected"),
    [
        (None, True, {}, True),
        (None, False, {}, False),
        (None, True, {"NO_COLOR": "1"}, False),
        (None, True, {"NO_COLOR": ""}, True),
        (None, False, {"FORCE_COLOR": "1"}, True),
        (None, False, {"FORCE_COLOR": "0"}, False),
        (None, True, {"TERM": "dumb"}, False),
        (True, False, {"NO_COLOR": "1"}, True),
        (False, True, {"FORCE_COLOR": "1"}, False),
    ],
)
def test_colour_from_the_environment(flag: bool | None, tty: bool, env: dict[str, str], expected: bool) -> None:
    assert use_colour(flag, tty, env) is expected


def test_force_color_and_no_color_on_the_cli(here: Path) -> None:
    (here / "s.md").write_text("The the end.\n", encoding="utf-8")
    assert "\x1b[" in run("check", "s.md", env={"FORCE_COLOR": "1", "NO_COLOR": ""}).output
    assert "\x1b[" not in run("check", "s.md", env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).output


def test_report_file_follows_the_umask(here: Path) -> None:
    (here / "s.md").write_text("The the end.\n", encoding="utf-8")
    old = os.umask(0o022)
    try:
        run("check", "s.md", "--format", "json", "-o", "report.json")
        assert stat.S_IMODE((here / "report.json").stat().st_mode) == 0o644
        os.umask(0o077)
        run("check", "s.md", "--format", "json", "-o", "private.json")
        assert stat.S_IMODE((here / "private.json").stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_version_is_single_sourced() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in text and "\nversion =" not in text
    assert run("--version").output.strip().endswith(f", version {copylint.__version__}")
