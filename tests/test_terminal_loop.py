"""The writer's terminal: progress, streaming, --statistics, --unsafe-fixes, did-you-mean for
rule ids, Hugo TOML front matter."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import copylint
from copylint.cli import main
from copylint.terminal import Progress


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture()
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_progress_only_for_more_than_a_handful_of_files() -> None:
    out = io.StringIO()
    progress = Progress(12, out, enabled=True)
    for _ in range(12):
        progress.advance()
    progress.clear()
    text = out.getvalue()
    assert "\rcopylint: checked 1/12 files" in text and "\rcopylint: checked 12/12 files" in text
    assert text.endswith("\r\x1b[K")
    few = io.StringIO()
    small = Progress(3, few, enabled=True)
    small.advance()
    small.clear()
    assert few.getvalue() == ""
    assert not Progress(100, io.StringIO()).enabled  # a StringIO is not a terminal


def test_text_results_stream_per_file(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file's lines are printed as soon as that file is done, before later files are read."""
    for i in range(3):
        (here / f"s{i}.md").write_text(f"Story {i}: the the end.\n", encoding="utf-8")
    import copylint.api as api

    printed: list[str] = []
    real_read = api.files.read

    def read(path: str, max_bytes: int = 0) -> str:
        printed.append(f"read {path}")
        return real_read(path, max_bytes)

    monkeypatch.setattr(api.files, "read", read)
    import click

    real_echo = click.echo
    monkeypatch.setattr(
        click,
        "echo",
        lambda message=None, **kw: (printed.append(f"echo {str(message).split(':')[0]}"), real_echo(message, **kw))[1],
    )
    result = run("check", "s0.md", "s1.md", "s2.md", "--select", "grammar")
    assert result.exit_code == 1
    assert printed[:6] == ["read s0.md", "echo s0.md", "read s1.md", "echo s1.md", "read s2.md", "echo s2.md"]
    assert result.output.splitlines()[-1] == "Found 3 problems (3 warnings) in 3 files."


def test_statistics(here: Path) -> None:
    (here / ".copylint.yaml").write_text("vocabulary:\n  reject: {Iphone: iPhone}\n", encoding="utf-8")
    (here / "s.md").write_text("The the Iphone costs 50 % more, it said,, and the the Iphone sold.\n", encoding="utf-8")
    result = run("check", "s.md", "--statistics", "--preset", "ap")
    lines = result.output.splitlines()
    assert "2  grammar.repeated-word           2 with --unsafe-fixes" in lines
    assert "2  spelling.rejected-word          2 with --unsafe-fixes" in lines
    assert "1  style.percent-space             1 fixable" in lines
    assert lines[-2] == "1 fixable with --fix; 4 more with --fix --unsafe-fixes."
    assert lines[-1].startswith("Found ")
    assert not any(line.startswith("s.md:") for line in lines)
    summary = json.loads(run("check", "s.md", "--format", "json", "--preset", "ap").output)["summary"]
    assert summary["fixable"] == 1 and summary["unsafe_fixable"] == 4


def test_unsafe_fixes_implies_fix(here: Path) -> None:
    (here / "s.md").write_text("The the council met.\n", encoding="utf-8")
    result = run("check", "s.md", "--unsafe-fixes")
    assert "--unsafe-fixes implies --fix" in result.stderr
    assert (here / "s.md").read_text(encoding="utf-8") == "The council met.\n"
    result = CliRunner().invoke(main, ["check", "-", "--unsafe-fixes"], input="The the end.\n")
    assert result.exit_code == 2 and "cannot be used with stdin" in result.output


def test_unknown_rule_ids_blamed_where_they_are(here: Path) -> None:
    (here / "s.md").write_text(
        "<!-- copylint-disable-next-line cliche.stock-phrse -->\nThe the end.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["check", "s.md", "--select", "spelling.unknwn-word"])
    assert result.exit_code == 2
    assert (
        "--select spelling.unknwn-word: unknown rule id 'spelling.unknwn-word' (did you mean 'spelling.unknown-word'"
    ) in result.output
    assert ".copylint.yaml" not in result.output
    result = CliRunner().invoke(main, ["check", "s.md", "--ignore", "grammer"])
    assert (
        result.exit_code == 2
        and "--ignore grammer: unknown rule family 'grammer' (did you mean 'grammar'?)" in result.output
    )
    out = run("check", "s.md").output
    assert (
        "s.md:1:1: warning copylint.unknown-rule 'copylint-disable-next-line cliche.stock-phrse': "
        "unknown rule id 'cliche.stock-phrse' (did you mean 'cliche.stock-phrase'"
    ) in out
    result = CliRunner().invoke(main, ["explain", "cliche.stock-phrse"])
    assert result.exit_code == 2 and "did you mean 'cliche.stock-phrase'" in result.output


def test_hugo_toml_front_matter(here: Path) -> None:
    (here / "post.md").write_text(
        '+++\ntitle = "Police recieved a tip"\ndate = 2024-01-05T10:00:00Z\ndraft = false\n'
        'tags = ["crime", "the the"]\ndescription = """\nA story about freinds."""\n'
        '[params]\nsubtitle = "Teh params table is metadata"\n+++\n\nThe council met.\n',
        encoding="utf-8",
    )
    out = run("check", "post.md", "--select", "spelling", "--select", "grammar").output
    lines = [line for line in out.splitlines() if line.startswith("post.md:")]
    assert lines == [
        "post.md:2:17: warning spelling.unknown-word Unknown word 'recieved': did you mean 'received', 'receive', 'relieved'?"
        " (suggestion: 'received', 'receive', 'relieved')",
        "post.md:7:15: warning spelling.unknown-word Unknown word 'freinds': did you mean 'friends', 'friend', 'finds'?"
        " (suggestion: 'friends', 'friend', 'finds')",
    ]
    doc = copylint.read_document((here / "post.md").read_text(encoding="utf-8"), "post.md")
    assert "2024" not in doc.prose and "crime" not in doc.prose and "params" not in doc.prose
    broken = "+++\ntitle = 'unterminated\n+++\n\nThe council met.\n"
    assert "unterminated" not in copylint.read_document(broken, "x.md").prose
