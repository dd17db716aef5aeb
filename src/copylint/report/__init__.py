"""Reporters: format a run's diagnostics; they never decide anything."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from copylint.api import Report
from copylint.diagnostic import Diagnostic
from copylint.frozen import compared


@compared
@dataclass(frozen=True, eq=False, repr=False)
class RenderOptions:
    """How to show a report (what to show is all in the Report)."""

    colour: bool = False
    #: Diagnostics only: no summary line (text).
    quiet: bool = False


Renderer = Callable[[Report, RenderOptions], str]


def renderer(name: str) -> Renderer:
    if name == "text":
        from copylint.report.text import render
    elif name == "json":
        from copylint.report.json import render
    elif name == "github":
        from copylint.report.github import render
    elif name == "sarif":
        from copylint.report.sarif import render
    elif name == "html":
        from copylint.report.html import render
    elif name == "rdjson":
        from copylint.report.rdjson import render
    elif name == "gitlab":
        from copylint.report.gitlab import render
    else:
        raise ValueError(f"unknown format {name!r}")
    return render


FORMATS = ("text", "json", "github", "sarif", "html", "rdjson", "gitlab")
#: Formats that need each file's text (positions converted, or the copy shown).
NEEDS_SOURCES = frozenset({"html", "rdjson"})


def suggestion_note(d: Diagnostic) -> str:
    """`` (suggestion: '50%')``: up to three suggestions as they read in place, or ''."""
    shown = [s for s in d.shown_suggestions[:3] if s]
    return " (suggestion: " + ", ".join(f"'{s}'" for s in shown) + ")" if shown else ""


def summary(report: Report) -> dict[str, object]:
    by_severity = {"error": 0, "warning": 0, "suggestion": 0}
    by_rule: dict[str, int] = {}
    by_family: dict[str, int] = {}
    for d in report.diagnostics:
        by_severity[d.severity.value] += 1
        by_rule[d.rule] = by_rule.get(d.rule, 0) + 1
        by_family[d.family] = by_family.get(d.family, 0) + 1
    return {
        "files": report.files,
        "words": report.words,
        "diagnostics": len(report.diagnostics),
        "errors": by_severity["error"],
        "warnings": by_severity["warning"],
        "suggestions": by_severity["suggestion"],
        "by_rule": dict(sorted(by_rule.items())),
        "by_family": dict(sorted(by_family.items())),
        "fixable": sum(1 for d in report.diagnostics if d.fix and d.fix_safe),
        "unsafe_fixable": sum(1 for d in report.diagnostics if d.fix and not d.fix_safe),
        "problems": list(report.errors),
    }
