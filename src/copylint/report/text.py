"""`path:line:col: severity family.rule-name message (suggestion)` plus a summary line."""

from __future__ import annotations

from collections.abc import Sequence

import click

from copylint.api import Report
from copylint.diagnostic import Diagnostic
from copylint.escape import one_line
from copylint.report import RenderOptions, suggestion_note, summary

_COLOURS = {"error": "red", "warning": "yellow", "suggestion": "cyan"}


def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    lines = diagnostic_lines(report.diagnostics, options.colour)
    if not options.quiet:
        lines.append(summary_line(report))
    return "\n".join(lines)


def diagnostic_lines(diagnostics: Sequence[Diagnostic], colour: bool = False) -> list[str]:
    """One line per diagnostic (what `render` prints before the summary; streamed per file)."""
    lines = []
    for d in diagnostics:
        sev = d.severity.value
        head = f"{one_line(d.path)}:{d.line}:{d.column}:"
        sev_text = click.style(sev, fg=_COLOURS[sev], bold=sev == "error") if colour else sev
        rule = click.style(d.rule, dim=True) if colour else d.rule
        line = f"{head} {sev_text} {rule} {d.message}"
        line += suggestion_note(d)
        lines.append(line)
    return lines


def summary_line(report: Report) -> str:
    s = summary(report)
    files = f"{s['files']} file{'s' if s['files'] != 1 else ''}"
    if not s["diagnostics"]:
        text = f"No problems found in {files}."
    else:
        parts = [f"{s[k]} {k if s[k] != 1 else k[:-1]}" for k in ("errors", "warnings", "suggestions") if s[k]]
        n = s["diagnostics"]
        text = f"Found {n} problem{'s' if n != 1 else ''} ({', '.join(parts)}) in {files}."
    if report.errors:
        text += f" {len(report.errors)} file error{'s' if len(report.errors) != 1 else ''}."
    return text
