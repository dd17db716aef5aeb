"""Inline suppression comments in Markdown, HTML and plain text."""

from __future__ import annotations

from pathlib import Path

from copylint import Linter

PACK = """\
family: house
rules:
  - id: house.hip
    kind: existence
    summary: Cliché.
    tokens: ["connected at the hip"]
  - id: house.boot
    kind: existence
    summary: Cliché.
    tokens: ["to boot"]
"""


def linter(tmp_path: Path) -> Linter:
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    return Linter({"packs": [str(tmp_path / "pack.yaml")], "select": ["house"]}, plugins=False)


def lines(lt: Linter, text: str, path: str = "a.txt", unused: bool = False) -> list[tuple[int, str]]:
    return [(d.line, d.rule) for d in lt.lint_text(text, path, report_unused=unused)]


def test_disable_enable_block(tmp_path: Path) -> None:
    text = (
        "They were connected at the hip.\n\n<!-- copylint-disable house.hip -->\n\n"
        "Connected at the hip, to boot.\n\n<!-- copylint-enable house.hip -->\n\nStill connected at the hip.\n"
    )
    assert lines(linter(tmp_path), text) == [(1, "house.hip"), (5, "house.boot"), (9, "house.hip")]


def test_disable_everything_and_by_family(tmp_path: Path) -> None:
    lt = linter(tmp_path)
    assert lines(lt, "<!-- copylint-disable -->\nConnected at the hip, to boot.\n") == []
    assert lines(lt, "<!-- copylint-disable house -->\nConnected at the hip, to boot.\n") == []


def test_next_line_and_same_line(tmp_path: Path) -> None:
    lt = linter(tmp_path)
    text = "<!-- copylint-disable-next-line house.hip -->\n\nConnected at the hip, to boot.\nConnected at the hip.\n"
    assert lines(lt, text) == [(3, "house.boot"), (4, "house.hip")]
    text = "Connected at the hip. <!-- copylint-disable-line -->\nTo boot.\n"
    assert lines(lt, text) == [(2, "house.boot")]


def test_markdown_and_html(tmp_path: Path) -> None:
    lt = linter(tmp_path)
    md = "# Title\n\n<!-- copylint-disable-next-line house.hip -->\nThey are connected at the hip.\n"
    assert lines(lt, md, "a.md") == []
    html = "<p>One.</p>\n<!-- copylint-disable-next-line house.hip -->\n<p>Connected at the hip.</p>\n<p>Connected at the hip.</p>"
    assert lines(lt, html, "a.html") == [(4, "house.hip")]


def test_unused_suppressions_on_request(tmp_path: Path) -> None:
    lt = linter(tmp_path)
    text = "<!-- copylint-disable-next-line house.boot -->\nConnected at the hip.\n"
    assert lines(lt, text) == [(2, "house.hip")]
    assert lines(lt, text, unused=True) == [(1, "copylint.unused-suppression"), (2, "house.hip")]


def test_unknown_directive_is_reported(tmp_path: Path) -> None:
    assert lines(linter(tmp_path), "<!-- copylint-disabel house.hip -->\nFine.\n") == [(1, "copylint.bad-directive")]
