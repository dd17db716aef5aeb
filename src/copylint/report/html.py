"""A self-contained HTML page: each file's source with diagnostics highlighted in place."""

from __future__ import annotations

from html import escape

from copylint.api import Report
from copylint.diagnostic import Diagnostic
from copylint.report import RenderOptions
from copylint.report.text import summary_line

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#222}
pre{white-space:pre-wrap;background:#fafafa;border:1px solid #ddd;padding:1rem}
mark{border-bottom:2px solid;background:none} .error{border-color:#c00}
.warning{border-color:#d80} .suggestion{border-color:#08c}
li{margin:.2rem 0} code{font-size:90%}
"""


def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    parts = [f"<!doctype html><meta charset=utf-8><title>copylint report</title><style>{_STYLE}</style>",
             f"<h1>copylint report</h1><p>{escape(summary_line(report))}</p>"]
    by_path: dict[str, list[Diagnostic]] = {}
    for d in report.diagnostics:
        by_path.setdefault(d.path, []).append(d)
    for path, diags in by_path.items():
        parts.append(f"<h2>{escape(path)}</h2><ul>")
        for d in diags:
            sugg = f" — suggestion: <code>{escape(', '.join(d.suggestions[:3]))}</code>" if d.suggestions else ""
            parts.append(
                f"<li><a href='#{escape(path)}-{d.line}'>{d.line}:{d.column}</a> "
                f"<b class={d.severity.value}>{d.severity.value}</b> <code>{escape(d.rule)}</code> "
                f"{escape(d.message)}{sugg}</li>"
            )
        parts.append("</ul>")
        source = report.sources.get(path)
        if source is not None:
            parts.append(f"<pre>{_highlight(source, diags, path)}</pre>")
    for problem in report.errors:
        parts.append(f"<p class=error>{escape(problem)}</p>")
    return "\n".join(parts)


def _highlight(source: str, diags: list[Diagnostic], path: str) -> str:
    spans = sorted({(d.offset, d.end_offset, d.severity.value, d.rule, d.message) for d in diags})
    out, pos = [], 0
    for start, end, sev, rule, message in spans:
        if start < pos or end <= start:
            continue
        out.append(escape(source[pos:start]))
        out.append(f"<mark class={sev} title='{escape(rule)}: {escape(message)}'>{escape(source[start:end])}</mark>")
        pos = end
    out.append(escape(source[pos:]))
    lines = "".join(out).split("\n")
    return "\n".join(f"<span id='{escape(path)}-{i}'></span>{line}" for i, line in enumerate(lines, 1))
