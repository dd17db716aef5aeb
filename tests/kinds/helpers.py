"""Build one YAML-kind rule from a mapping and run it, textlint-tester style."""

from __future__ import annotations

from typing import Any

from copylint import Context, Severity, read_document
from copylint.engine import Selected, lint_document
from copylint.kinds import KINDS


def build(data: dict[str, Any], family: str = "house"):  # type: ignore[no-untyped-def]
    base = {"id": f"{family}.test-rule", "summary": "A test rule."}
    base.update(data)
    return KINDS[base["kind"]].from_mapping(base, family, None)


def run(rule, text: str, path: str = "a.txt") -> list[tuple[str, int, int, str]]:  # type: ignore[no-untyped-def]
    doc = read_document(text, path)
    diags, errors = lint_document(doc, [Selected(rule, Severity.WARNING)], Context())
    assert not errors
    return [(doc.source[d.offset : d.end_offset], d.line, d.column, d.message) for d in diags]


def matched(rule, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [m for m, *_ in run(rule, text)]
