"""Golden tests: fixture articles carry their expected diagnostics.

Markdown and HTML fixtures mark lines inline: ``<!-- expect: rule.id -->`` means a diagnostic of
that rule starts on this line, ``<!-- expect+N: rule.id -->`` N lines below; ``rule.id@COL``
also pins the column. Plain-text fixtures use a sidecar ``NAME.txt.expect`` with lines
``LINE:COL rule.id`` (or ``LINE rule.id``). Each fixture folder may hold a ``.copylint.yaml``,
found as in a real run.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from copylint import lint_paths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MARK = re.compile(r"<!--\s*expect(?:\+(\d+))?:\s*([^>]*?)\s*-->")
SUFFIXES = {".md", ".markdown", ".html", ".htm", ".txt"}


def _fixtures() -> list[Path]:
    # fixtures/articles holds the quick start's sample articles: see test_sample_articles.
    return sorted(
        p for p in FIXTURES.rglob("*") if p.suffix in SUFFIXES and p.is_file() and p.parent.name != "articles"
    )


def expectations(path: Path) -> Counter[tuple[int, str, int | None]]:
    expected: Counter[tuple[int, str, int | None]] = Counter()
    if path.suffix == ".txt":
        sidecar = path.with_name(path.name + ".expect")
        if sidecar.exists():
            for raw in sidecar.read_text(encoding="utf-8").splitlines():
                line = raw.split("#", 1)[0].strip()
                if not line:
                    continue
                pos, rule = line.split()
                ln, _, col = pos.partition(":")
                expected[(int(ln), rule, int(col) if col else None)] += 1
        return expected
    for number, text in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        for m in MARK.finditer(text):
            target = number + int(m.group(1) or 0)
            for item in re.split(r"[\s,]+", m.group(2)):
                if item:
                    rule, _, col = item.partition("@")
                    expected[(target, rule, int(col) if col else None)] += 1
    return expected


@pytest.mark.parametrize("path", _fixtures(), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture(path: Path) -> None:
    report = lint_paths([str(path)])
    assert not report.errors, report.errors
    expected = expectations(path)
    pinned = {(ln, rule) for ln, rule, col in expected if col is not None}
    actual: Counter[tuple[int, str, int | None]] = Counter()
    for d in report.diagnostics:
        col = d.column if (d.line, d.rule) in pinned else None
        actual[(d.line, d.rule, col)] += 1
    missing = expected - actual
    extra = actual - expected
    details = "\n".join(
        [f"missing {ln}:{col or ''} {rule}" for ln, rule, col in sorted(missing, key=str)]
        + [
            f"unexpected {d.line}:{d.column} {d.rule} {d.message}"
            for d in report.diagnostics
            if (d.line, d.rule, d.column if (d.line, d.rule) in pinned else None) in extra
        ]
    )
    assert not missing and not extra, f"{path.name}:\n{details}"


def test_sample_articles_show_every_family() -> None:
    """The quick start's sample articles exercise every built-in family except opt-in ones."""
    report = lint_paths([str(FIXTURES / "articles")])
    assert not report.errors, report.errors
    assert report.files == 3
    families = {d.family for d in report.diagnostics}
    assert {"spelling", "grammar", "cliche", "claims", "readability", "style", "boilerplate", "typography"} <= families
