"""A self-contained HTML page: each file's copy with line numbers, every diagnostic highlighted
in place (stacked underlines where spans nest or overlap) and its message written out under its
line, per-family and per-severity filters, a legend.

The page runs no script at all: its Content-Security-Policy forbids scripts, and the copy is
escaped text. Filters are checkboxes styled with CSS, so they work with the keyboard (Tab,
Space) and by touch; each highlight's number links to its note and back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Any

from copylint.api import Report
from copylint.diagnostic import Diagnostic
from copylint.report import RenderOptions, suggestion_note
from copylint.report.text import summary_line

SEVERITIES = ("error", "warning", "suggestion")
_COLOURS = {"error": "#c62828", "warning": "#b26a00", "suggestion": "#1565c0"}
_TINTS = {"error": "rgba(198,40,40,.10)", "warning": "rgba(178,106,0,.10)", "suggestion": "rgba(21,101,192,.08)"}
_STEP = 3  # px between stacked underlines

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; base-uri 'none'; form-action 'none'"

_STYLE = """
:root{color-scheme:light}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;padding:1rem;max-width:72rem;color:#1d1d1d}
h1{font-size:1.4rem;margin:.2rem 0} h2{font-size:1.1rem;margin:1.6rem 0 .4rem;word-break:break-all}
.filters{display:inline-flex;flex-wrap:wrap;gap:.3rem .8rem;align-items:center;margin:.2rem 0}
.filters input{width:1.2rem;height:1.2rem;margin:0 .2rem 0 0;vertical-align:middle}
input.toggle{width:1.2rem;height:1.2rem;margin:.3rem .2rem .3rem .4rem;vertical-align:middle}
label.toggle{margin-right:.6rem;cursor:pointer;padding:.2rem 0;display:inline-block}
.legend{font-size:.9rem;border:1px solid #ddd;border-radius:6px;padding:.4rem .8rem;margin:.6rem 0}
.legend span.sample{padding:0 .2rem}
.copy{font:15px/1.9 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;border:1px solid #ddd;border-radius:6px;overflow-x:auto}
.line{display:grid;grid-template-columns:3.5rem 1fr;align-items:start}
.ln{color:#777;text-align:right;padding-right:.6rem;user-select:none;border-right:1px solid #eee}
.ln a{color:inherit;text-decoration:none}
.tx{white-space:pre-wrap;word-break:break-word;padding-left:.6rem;min-height:1.2em}
.fm .tx{background:#f4f4f8;color:#444}
.notes{grid-column:2;margin:.1rem 0 .5rem .6rem;padding:0 0 0 1.4rem;font:14px/1.4 system-ui,sans-serif}
.notes li{margin:.15rem 0}
.notes code{font-size:90%}
mark{background:none;color:inherit;border-bottom:2px solid;padding:0}
a.ref{font:bold 10px/1 system-ui,sans-serif;vertical-align:super;text-decoration:none;margin:0 1px;padding:1px 3px;border-radius:6px;color:#fff}
a.ref:focus,.notes a:focus{outline:3px solid #222;outline-offset:1px}
.notes li:target{background:#fff6c2}
.sev{font-weight:600}
table.meta{border-collapse:collapse;font-size:.9rem;margin:.3rem 0 .6rem}
table.meta th{text-align:left;padding:.1rem .8rem .1rem 0;color:#555;font-weight:600;vertical-align:top}
table.meta td{padding:.1rem 0;word-break:break-word}
.problems{color:#c62828}
@media (max-width:40rem){.line{grid-template-columns:2.5rem 1fr}.copy{font-size:14px}}
"""


@dataclass(frozen=True)
class _Item:
    number: int
    d: Diagnostic
    start: int
    end: int


def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    by_path: dict[str, list[Diagnostic]] = {}
    for d in report.diagnostics:
        by_path.setdefault(d.path, []).append(d)
    families = sorted({d.family for d in report.diagnostics})
    parts = [
        "<!doctype html>",
        "<html lang=en><head><meta charset=utf-8>",
        '<meta name=viewport content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        "<title>copylint report</title>",
        f"<style>{_STYLE}{_filter_css(families)}</style></head><body>",
        f"<header><h1>copylint report</h1><p id=summary>{escape(summary_line(report))}</p></header>",
    ]
    parts.append(_filters(report.diagnostics, families))
    parts.append(_legend())
    parts.append("<main>")
    number = 0
    for index, (path, diags) in enumerate(by_path.items(), 1):
        items = []
        source = report.sources.get(path)
        starts = _line_starts(source) if source is not None else []
        for d in diags:
            number += 1
            start = _offset(source, starts, d.line, d.column) if source is not None else 0
            end = _offset(source, starts, d.end_line, d.end_column) if source is not None else 0
            end = max(start, end)
            if end == start and source is not None:  # a point: highlight the character there
                if start < len(source) and source[start] not in "\r\n":
                    end = start + 1
                elif start > 0 and source[start - 1] != "\n":
                    start -= 1
            items.append(_Item(number, d, start, end))
        parts.append(f"<section class=file id=file-{index}><h2>{escape(path)}</h2>")
        if source is None:
            parts.append("<ol class=notes>" + "".join(_note(it) for it in items) + "</ol>")
        else:
            parts.append(_copy(path, index, source, starts, items))
        parts.append("</section>")
    if report.errors:
        parts.append("<section class=problems><h2>Files that could not be checked</h2><ul>")
        parts += [f"<li>{escape(p)}</li>" for p in report.errors]
        parts.append("</ul></section>")
    parts.append("</main></body></html>")
    return "\n".join(parts)


def _filter_css(families: list[str]) -> str:
    css = []
    for kind, names in (("family", families), ("severity", SEVERITIES)):
        for name in names:
            key = _ident(name)
            sel = f"#show-{kind}-{key}:not(:checked)~main"
            css.append(
                f"{sel} mark[data-{kind}={key}]{{border-bottom-color:transparent!important;background:none!important}}"
            )
            css.append(f"{sel} [data-{kind}={key}].hideable{{display:none}}")
    for sev in SEVERITIES:
        css.append(f"mark[data-severity={sev}]{{border-bottom-color:{_COLOURS[sev]};background:{_TINTS[sev]}}}")
        css.append(f"a.ref[data-severity={sev}],.legend .{sev}{{background:{_COLOURS[sev]};color:#fff}}")
        css.append(f".notes .sev.{sev}{{color:{_COLOURS[sev]}}}")
    return "\n".join(css)


def _filters(diagnostics: list[Diagnostic], families: list[str]) -> str:
    """Checkboxes, direct children of <body> before <main> (the CSS hides what is unticked:
    ``input:not(:checked) ~ main ...``); each label says how many findings it covers."""
    counts: dict[str, int] = {}
    for d in diagnostics:
        for key in (f"family-{_ident(d.family)}", f"severity-{d.severity.value}"):
            counts[key] = counts.get(key, 0) + 1
    out = ["<span class=filter-title><b>Show</b> families:</span>"]
    for family in families:
        key = f"family-{_ident(family)}"
        out.append(
            f"<input class=toggle type=checkbox id=show-{key} checked>"
            f"<label class=toggle for=show-{key}>{escape(family)} ({counts.get(key, 0)})</label>"
        )
    out.append("<span class=filter-title>severities:</span>")
    for sev in SEVERITIES:
        key = f"severity-{sev}"
        out.append(
            f"<input class=toggle type=checkbox id=show-{key} checked>"
            f"<label class=toggle for=show-{key}>{sev} ({counts.get(key, 0)})</label>"
        )
    return "\n".join(out)


def _legend() -> str:
    samples = " ".join(f"<span class='sample {sev}'>{sev}</span>" for sev in SEVERITIES)
    return (
        "<aside class=legend><b>Legend</b>: "
        f"{samples}. Highlighted copy is underlined in its severity's colour; where findings "
        "overlap (a typo inside a long sentence) their underlines stack. The small number before "
        "a highlight links to its note, written out under the line; the note's number links back. "
        "Untick a family or severity above to hide it. Grey lines are front matter (metadata).</aside>"
    )


def _ident(name: str) -> str:
    return re.sub(r"[^a-z0-9-]", "-", name.lower())


def _line_starts(source: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(source):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _offset(source: str, starts: list[int], line: int, column: int) -> int:
    if line > len(starts):
        return len(source)
    base = starts[line - 1]
    limit = starts[line] - 1 if line < len(starts) else len(source)
    return min(base + column - 1, limit if column > 1 else base)


def _front_matter_end(path: str, source: str) -> tuple[int, dict[str, Any] | None]:
    """Where YAML (---) or TOML (+++) front matter ends in a Markdown file, and its data."""
    if not path.lower().endswith((".md", ".markdown")) and not source.startswith(("---", "+++")):
        return 0, None
    from copylint.readers import toml_front
    from copylint.readers.markdown import _front_matter

    yaml_front = _front_matter(source)
    if yaml_front is not None:
        import yaml

        try:
            data = yaml.safe_load(source[yaml_front[0] : yaml_front[1]])
        except yaml.YAMLError:
            data = None
        return yaml_front[2], data if isinstance(data, dict) else None
    toml = toml_front.find(source)
    if toml is not None:
        return toml[2], toml_front.parse(source[toml[0] : toml[1]])
    return 0, None


def _copy(path: str, index: int, source: str, starts: list[int], items: list[_Item]) -> str:
    fm_end, meta = _front_matter_end(path, source)
    out = []
    if meta:
        out.append("<table class=meta><caption hidden>Front matter</caption>")
        for key, value in meta.items():
            shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            out.append(f"<tr><th scope=row>{escape(str(key))}</th><td>{escape(shown)}</td></tr>")
        out.append("</table>")
    out.append("<div class=copy>")
    by_line: dict[int, list[_Item]] = {}
    for it in items:
        by_line.setdefault(it.d.line, []).append(it)
    for n, start in enumerate(starts, 1):
        end = starts[n] - 1 if n < len(starts) else len(source)
        text = source[start:end].rstrip("\r")
        line_end = start + len(text)
        here = [it for it in items if (it.start < line_end and it.end > start) or it.start == it.end == start]
        cls = "line fm" if start < fm_end else "line"
        anchor = f"f{index}-L{n}"
        out.append(
            f"<div class='{cls}' id={anchor}><span class=ln><a href='#{anchor}'>{n}</a></span>"
            f"<span class=tx>{_highlight(source, start, line_end, here)}</span>"
        )
        notes = by_line.get(n)
        if notes:
            out.append("<ol class=notes>" + "".join(_note(it) for it in notes) + "</ol>")
        out.append("</div>")
    out.append("</div>")
    return "".join(out)


def _highlight(source: str, start: int, end: int, items: list[_Item]) -> str:
    """One line's text, cut at every span boundary; each piece wrapped in one mark per
    diagnostic covering it (outermost = longest span), the underlines stacked by padding."""
    if not items:
        return escape(source[start:end])
    cuts = {start, end}
    for it in items:
        cuts.add(min(max(it.start, start), end))
        cuts.add(min(max(it.end, start), end))
    points = sorted(cuts)
    ordered = sorted(items, key=lambda it: (-(it.end - it.start), it.number))
    out = []
    for a, b in zip(points, [*points[1:], None], strict=True):
        for it in items:  # reference numbers where a diagnostic starts
            if it.start == a:
                out.append(_ref(it))
        if b is None:
            break
        covering = [it for it in ordered if it.start <= a and b <= it.end and it.start < it.end]
        piece = escape(source[a:b])
        for level, it in enumerate(reversed(covering)):  # innermost first
            pad = f" style='padding-bottom:{level * _STEP}px'" if level else ""
            piece = (
                f"<mark class={it.d.severity.value} data-d={it.number} data-family={_ident(it.d.family)} "
                f"data-severity={it.d.severity.value} title='{escape(it.d.rule)}'{pad}>{piece}</mark>"
            )
        out.append(piece)
    return "".join(out)


def _ref(it: _Item) -> str:
    d = it.d
    return (
        f"<a class='ref hideable' href='#d{it.number}' id=r{it.number} data-family={_ident(d.family)} "
        f"data-severity={d.severity.value} aria-label='finding {it.number}: {escape(d.rule)}'>{it.number}</a>"
    )


def _note(it: _Item) -> str:
    d = it.d
    return (
        f"<li class=hideable id=d{it.number} value={it.number} data-family={_ident(d.family)} data-severity={d.severity.value}>"
        f"<a href='#r{it.number}'>{d.line}:{d.column}</a> <span class='sev {d.severity.value}'>{d.severity.value}</span> "
        f"<code>{escape(d.rule)}</code> {escape(d.message + suggestion_note(d))}</li>"
    )
