"""reviewdog's diagnostic format (rdjson: a ``DiagnosticResult``), so reviewdog can post
copylint's findings as review comments on the changed lines of a pull request::

    copylint check --format rdjson content/ | reviewdog -f=rdjson -reporter=github-pr-review

Positions are 1-based with the end exclusive; rdjson counts columns in UTF-8 bytes, so the
code-point columns are converted with the file's text. Fixes become ``suggestions``.
"""

from __future__ import annotations

import json

from copylint.api import Report
from copylint.diagnostic import Diagnostic
from copylint.report import RenderOptions
from copylint.urls import INFORMATION_URI, rule_help_uri

_SEVERITY = {"error": "ERROR", "warning": "WARNING", "suggestion": "INFO"}


class _Lines:
    """Line starts of one source text, for offset -> (line, UTF-8 byte column)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                self.starts.append(i + 1)

    def line_text(self, line: int) -> str:
        start = self.starts[line - 1] if 0 < line <= len(self.starts) else len(self.text)
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        return self.text[start:end]

    def byte_column(self, line: int, column: int) -> int:
        return len(self.line_text(line)[: column - 1].encode("utf-8")) + 1

    def position(self, offset: int) -> dict[str, int]:
        import bisect

        line = bisect.bisect_right(self.starts, offset)
        start = self.starts[line - 1]
        return {"line": line, "column": len(self.text[start:offset].encode("utf-8")) + 1}


def _position(lines: _Lines | None, line: int, column: int) -> dict[str, int]:
    return {"line": line, "column": lines.byte_column(line, column) if lines else column}


def diagnostic(d: Diagnostic, lines: _Lines | None) -> dict[str, object]:
    out: dict[str, object] = {
        "message": d.message,
        "location": {
            "path": d.path,
            "range": {"start": _position(lines, d.line, d.column), "end": _position(lines, d.end_line, d.end_column)},
        },
        "severity": _SEVERITY[d.severity.value],
        "code": {"value": d.rule, "url": rule_help_uri(d.rule)},
    }
    if d.fix and lines is not None:
        out["suggestions"] = [
            {"range": {"start": lines.position(e.start), "end": lines.position(e.end)}, "text": e.replacement}
            for e in d.fix
        ]
    return out


def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    cache: dict[str, _Lines] = {}

    def lines_for(path: str) -> _Lines | None:
        if path not in cache and path in report.sources:
            cache[path] = _Lines(report.sources[path])
        return cache.get(path)

    payload = {
        "source": {"name": "copylint", "url": INFORMATION_URI},
        "severity": max(
            (_SEVERITY[d.severity.value] for d in report.diagnostics),
            key=["INFO", "WARNING", "ERROR"].index,
            default="INFO",
        ),
        "diagnostics": [diagnostic(d, lines_for(d.path)) for d in report.diagnostics],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)
