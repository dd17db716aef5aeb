"""Inline suppression comments.

In Markdown, HTML and plain text alike::

    <!-- copylint-disable [RULE ...] -->        off from this line until a matching enable
    <!-- copylint-enable [RULE ...] -->         back on (all, or the listed rules)
    <!-- copylint-disable-next-line [RULE ...] -->
    <!-- copylint-disable-line [RULE ...] -->   on the same line as the copy

RULE is a rule id, a family or a glob; none means every rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from copylint import matching
from copylint.config import Selector
from copylint.diagnostic import Diagnostic, Severity
from copylint.document import Document
from copylint.frozen import compared

KINDS = ("disable-next-line", "disable-line", "disable", "enable")
_DIRECTIVE = matching.later(r"copylint-(disable-next-line|disable-line|disable|enable)\b(.*)", re.DOTALL)
UNUSED_RULE = "copylint.unused-suppression"
BAD_RULE = "copylint.bad-directive"
UNKNOWN_RULE = "copylint.unknown-rule"


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Suppression:
    """One suppression comment: the lines it covers and the rules it names."""

    first_line: int
    last_line: int  # inclusive; a huge number means "to the end"
    selectors: tuple[Selector, ...]  # empty = every rule
    line: int
    column: int
    end_column: int
    text: str

    def covers(self, diag: Diagnostic) -> bool:
        if not self.first_line <= diag.line <= self.last_line:
            return False
        return not self.selectors or any(s.matches(diag.rule) for s in self.selectors)


def parse(doc: Document) -> tuple[list[Suppression], list[Diagnostic]]:
    """Suppressions from the document's directives, plus diagnostics for malformed ones."""
    out: list[Suppression] = []
    problems: list[Diagnostic] = []
    open_: list[tuple[int, tuple[Selector, ...], int, int, int, str]] = []
    lines = doc.source.split("\n")
    for offset, body in doc.directives:
        line, col = doc.line_col(offset)
        m = _DIRECTIVE.match(body.strip())
        if not m:
            problems.append(
                _diag(doc, line, col, col + len(body), BAD_RULE, f"unknown copylint directive {body.strip()!r}")
            )
            continue
        kind, rest = m.group(1), m.group(2)
        selectors = tuple(Selector(p) for p in re.split(r"[\s,]+", rest.strip()) if p)
        end_col = col + len(body) + 8
        if kind == "disable-line":
            out.append(Suppression(line, line, selectors, line, col, end_col, body.strip()))
        elif kind == "disable-next-line":
            target = line + 1
            while target <= len(lines) and not lines[target - 1].strip():
                target += 1
            out.append(Suppression(target, target, selectors, line, col, end_col, body.strip()))
        elif kind == "disable":
            open_.append((line, selectors, line, col, end_col, body.strip()))
        else:  # enable
            keep = []
            for item in open_:
                start, sels = item[0], item[1]
                if not selectors or not sels or set(s.pattern for s in sels) <= set(s.pattern for s in selectors):
                    out.append(Suppression(start, line, sels, item[2], item[3], item[4], item[5]))
                else:
                    keep.append(item)
            open_ = keep
    for start, sels, dline, dcol, dend, text in open_:
        out.append(Suppression(start, 10**9, sels, dline, dcol, dend, text))
    return out, problems


def apply(
    doc: Document,
    diagnostics: Iterable[Diagnostic],
    report_unused: bool = False,
    known: frozenset[str] | None = None,
) -> list[Diagnostic]:
    """Drop suppressed diagnostics; add malformed directives, directives naming rules that do
    not exist (when ``known`` rule ids are given) and, with ``report_unused``, unused ones."""
    suppressions, problems = parse(doc)
    if known is not None:
        problems.extend(_unknown_rules(doc, suppressions, known))
    if not suppressions and not problems:
        return list(diagnostics)
    used: set[int] = set()
    kept: list[Diagnostic] = []
    for diag in diagnostics:
        hit = next((i for i, s in enumerate(suppressions) if s.covers(diag)), None)
        if hit is None:
            kept.append(diag)
        else:
            used.add(hit)
    kept.extend(problems)
    if report_unused:
        for i, s in enumerate(suppressions):
            if i not in used:
                kept.append(_diag(doc, s.line, s.column, s.end_column, UNUSED_RULE, f"'{s.text}' suppresses nothing"))
    return kept


def _unknown_rules(doc: Document, suppressions: list[Suppression], known: frozenset[str]) -> list[Diagnostic]:
    if not suppressions:
        return []
    from copylint.ids import unknown  # difflib, for a did-you-mean: only when a comment names rules

    families = {rid.split(".", 1)[0] for rid in known} | {"copylint"}
    out = []
    seen: set[tuple[int, int, str]] = set()
    for s in suppressions:
        for selector in s.selectors:
            if (s.line, s.column, selector.pattern) in seen:
                continue
            seen.add((s.line, s.column, selector.pattern))
            problem = None if selector.pattern.startswith("copylint.") else unknown(selector.pattern, known, families)
            if problem:
                out.append(_diag(doc, s.line, s.column, s.end_column, UNKNOWN_RULE, f"'{s.text}': {problem}"))
    return out


def _diag(doc: Document, line: int, col: int, end_col: int, rule: str, message: str) -> Diagnostic:
    return Diagnostic(doc.path, line, col, line, end_col, rule, Severity.WARNING, message)
