"""GitHub Actions workflow commands: `::warning file=...,line=...::message`."""

from __future__ import annotations

from copylint.api import Report
from copylint.report import RenderOptions, suggestion_note
from copylint.report.text import summary_line

_LEVEL = {"error": "error", "warning": "warning", "suggestion": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    lines = []
    for d in report.diagnostics:
        position = [f"line={d.line}"]
        if d.end_line == d.line:
            position += [f"col={d.column}", f"endLine={d.end_line}", f"endColumn={d.end_column}"]
        else:  # the runner drops columns on annotations that span lines: line-only there
            position += [f"endLine={d.end_line}"]
        props = ",".join([f"file={escape_property(d.path)}", *position, f"title={escape_property(d.rule)}"])
        message = d.message + suggestion_note(d)
        lines.append(f"::{_LEVEL[d.severity.value]} {props}::{escape_data(message)}")
    for problem in report.errors:
        lines.append(f"::error title=copylint::{escape_data(problem)}")
    lines.append(summary_line(report))
    return "\n".join(lines)
