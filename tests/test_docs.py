"""Rule documentation is generated from the rules themselves, and the committed copy is current."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from copylint.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_docs_rules_md_is_current() -> None:
    generated = CliRunner().invoke(main, ["rules", "--format", "markdown"]).output
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert generated == committed, "run: copylint rules --format markdown > docs/rules.md"


def test_explain_prints_examples_and_source() -> None:
    out = CliRunner().invoke(main, ["explain", "cliche.stock-phrase"]).output
    assert out.startswith("cliche.stock-phrase: ")
    assert "Bad:\n  - " in out and "Good:\n  - " in out and "Source: " in out
