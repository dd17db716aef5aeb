"""--fix never loses a writer's words: markup is kept, concurrent edits are detected, links,
owners, modes and read-only files are respected, write errors are one line and exit 2, and
unsafe fixes never produce wrong text (issue 13, data loss)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint import api, files
from copylint.api import Linter, fix_paths
from copylint.cli import main
from copylint.fix import fix_text

LINKS = (
    "See [the report ](https://example.com/report) for details.\n\n"
    "A [ text](http://x.org) and [text ][ref] here.\n\n"
    "[ref]: http://y.org\n"
)
SPACED = "The  minister  spoke.\n"  # two safe doubled-space fixes
FIXED = "The minister spoke.\n"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture()
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_fix_never_edits_markdown_link_markup(here: Path) -> None:
    (here / "a.md").write_text(LINKS, encoding="utf-8")
    result = run("check", "--fix", "a.md")
    assert (here / "a.md").read_text(encoding="utf-8") == LINKS
    assert "typography.doubled-space" in result.output  # still reported, just not "fixed" across markup


def test_fix_never_edits_html_markup(here: Path) -> None:
    source = "<p>See <a href='x'>the report </a> for details.</p>\n"
    (here / "a.html").write_text(source, encoding="utf-8")
    run("check", "--fix", "a.html")
    assert (here / "a.html").read_text(encoding="utf-8") == source


def test_every_fix_stays_inside_its_span_and_prose() -> None:
    linter = Linter({"language": "en-US"})
    text = LINKS + 'He said "it is fine".\n\nThe  mayor called it "reckless", aides said.\n'
    diags = linter.lint_text(text, "x.md")
    assert any(d.fix for d in diags)
    for d in diags:
        for edit in d.fix or ():
            assert d.offset <= edit.start <= edit.end <= d.end_offset, d
            assert "[" not in text[edit.start : edit.end] and "(" not in text[edit.start : edit.end]


def test_quote_punctuation_fix_is_inside_its_span() -> None:
    (diag,) = [
        d
        for d in Linter({"language": "en-US"}).lint_text('He called it "fine".\n', "x.md")
        if d.rule == "style.quote-punctuation"
    ]
    (edit,) = diag.fix or ()
    assert (diag.offset, diag.end_offset) == (edit.start, edit.end)
    assert (diag.line, diag.column, diag.end_column) == (1, 19, 21)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The meeting is on 4 or 5 April.\n", "The meeting is on 4 or 5 April.\n"),  # not 'four or April 5'
        ("The programme was here.\n", "The programme was here.\n"),  # not 'programmed'
        ("The plan was cancelled.\n", "The plan was canceled.\n"),  # the American form of the word
        ('He called it "fine".\n', 'He called it "fine."\n'),
    ],
)
def test_unsafe_fixes_never_produce_wrong_text(before: str, after: str) -> None:
    linter = Linter({"language": "en-US", "extend-select": ["spelling"]})
    new, _ = fix_text(before, lambda t: linter.lint_text(t, "x.md"), unsafe=True)
    assert new == after


def test_fix_whose_result_another_rule_flags_is_withdrawn() -> None:
    """An edit that brings a new diagnostic into its paragraph is not applied; the others are."""
    linter = Linter({"language": "en-US"})
    text = "The meeting is on 4 or 5 April.\n\nThe  mayor spoke.\n"
    new, count = fix_text(text, lambda t: linter.lint_text(t, "x.md"), unsafe=True)
    assert new == "The meeting is on 4 or 5 April.\n\nThe mayor spoke.\n"
    assert count == 1


def test_edit_made_while_fixing_is_kept(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = here / "story.md"
    story.write_text(SPACED, encoding="utf-8")
    real = Linter.lint_text
    calls = []

    def lint_and_edit(self, text, path="<text>", fmt=None, report_unused=False):  # type: ignore[no-untyped-def]
        if not calls:
            story.write_text("The writer's new words.\n", encoding="utf-8")  # the writer saves meanwhile
        calls.append(path)
        return real(self, text, path, fmt, report_unused)

    monkeypatch.setattr(api.Linter, "lint_text", lint_and_edit)
    errors: list[str] = []
    assert fix_paths(["story.md"], errors=errors) == []
    assert story.read_text(encoding="utf-8") == "The writer's new words.\n"
    assert errors == ["story.md: changed on disk while it was being fixed; not rewritten (run again)"]


def test_snapshot_mismatch_refuses_the_write(here: Path) -> None:
    path = here / "a.txt"
    path.write_text("one\n", encoding="utf-8")
    _, snap = files.read_with_snapshot(str(path))
    path.write_text("two\n", encoding="utf-8")
    with pytest.raises(files.WriteError, match="changed on disk"):
        files.write_bytes_atomic(path, b"fixed\n", snap)
    assert path.read_text(encoding="utf-8") == "two\n"
    assert [p.name for p in here.iterdir()] == ["a.txt"]  # no temporary file left behind


def test_fix_writes_through_a_symlink(here: Path) -> None:
    (here / "real.md").write_text(SPACED, encoding="utf-8")
    (here / "link.md").symlink_to("real.md")
    run("check", "--fix", "link.md")
    assert (here / "link.md").is_symlink()
    assert (here / "real.md").read_text(encoding="utf-8") == FIXED


def test_fix_keeps_hard_links(here: Path) -> None:
    (here / "a.md").write_text(SPACED, encoding="utf-8")
    os.link(here / "a.md", here / "b.txt")
    run("check", "--fix", "a.md")
    assert (here / "b.txt").read_text(encoding="utf-8") == FIXED
    assert os.stat(here / "a.md").st_ino == os.stat(here / "b.txt").st_ino


def test_fix_keeps_mode(here: Path) -> None:
    path = here / "a.md"
    path.write_text(SPACED, encoding="utf-8")
    path.chmod(0o640)
    run("check", "--fix", "a.md")
    assert path.read_text(encoding="utf-8") == FIXED
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give a file away")
def test_fix_as_root_keeps_the_owner(here: Path) -> None:
    path = here / "a.md"
    path.write_text(SPACED, encoding="utf-8")
    os.chown(path, 65534, 65534)
    run("check", "--fix", "a.md")
    assert path.read_text(encoding="utf-8") == FIXED
    assert (path.stat().st_uid, path.stat().st_gid) == (65534, 65534)


def test_read_only_file_is_reported_not_rewritten(here: Path) -> None:
    (here / "ro.md").write_text(SPACED, encoding="utf-8")
    (here / "ro.md").chmod(0o444)
    (here / "rw.md").write_text(SPACED, encoding="utf-8")
    result = run("check", "--fix", "ro.md", "rw.md")
    assert result.exit_code == 2
    assert (here / "ro.md").read_text(encoding="utf-8") == SPACED
    assert (here / "rw.md").read_text(encoding="utf-8") == FIXED
    assert "copylint: error: ro.md: file is read-only; not rewritten\n" in result.output
    assert "Traceback" not in result.output


def test_full_disk_during_fix_is_one_line_and_other_files_are_fixed(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (here / "a.md").write_text(SPACED, encoding="utf-8")
    (here / "b.md").write_text(SPACED, encoding="utf-8")
    real_fsync = os.fsync
    state = {"n": 0}

    def fsync(fd: int) -> None:
        state["n"] += 1
        if state["n"] == 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    result = run("check", "--fix", "a.md", "b.md")
    assert result.exit_code == 2
    assert "copylint: error: a.md: cannot write: No space left on device; file left unchanged\n" in result.output
    assert (here / "a.md").read_text(encoding="utf-8") == SPACED
    assert (here / "b.md").read_text(encoding="utf-8") == FIXED
    assert sorted(p.name for p in here.iterdir()) == ["a.md", "b.md"]


def test_output_write_error_is_one_line_exit_2(here: Path) -> None:
    (here / "a.md").write_text("Fine copy.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "a.md", "-o", str(here / "missing" / "report.txt")])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "copylint: error:" in result.output and "report.txt: cannot write" in result.output
    assert "Traceback" not in result.output
