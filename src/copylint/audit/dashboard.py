"""``OUT/report.html``: a self-contained, offline dashboard of an audit's Parquet tables.

Aggregates partition by partition (memory stays bounded on large archives), draws charts with
matplotlib as inline SVG (no script, no network), and writes a per-article HTML report for the
articles with the most errors.
"""

from __future__ import annotations

import io
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from copylint.audit.plan import Partition, read_partition

TOP_ARTICLES = 20
SEVERITY_RANK = {"error": 3, "warning": 2, "suggestion": 1}


@dataclass
class Totals:
    """Everything the dashboard shows, accumulated over the partitions."""

    articles: int = 0
    words: int = 0
    failed: int = 0
    by_family: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)
    rule_articles: Counter[str] = field(default_factory=Counter)
    rule_severity: dict[str, str] = field(default_factory=dict)
    month_words: Counter[str] = field(default_factory=Counter)
    month_family: Counter[tuple[str, str]] = field(default_factory=Counter)
    group_words: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    group_family: dict[str, Counter[tuple[str, str]]] = field(default_factory=lambda: defaultdict(Counter))
    worst: list[tuple[int, int, str, int, int]] = field(default_factory=list)  # (errors, warnings, id, partition, row)


GROUPS = ("desk", "author")


def aggregate(out: Path) -> Totals:
    import pyarrow.parquet as pq

    t = Totals()
    for path in sorted((out / "articles").glob("part-*.parquet")):
        table = pq.read_table(path)
        cols = set(table.column_names)
        for r in table.to_pylist():
            t.articles += 1
            t.words += r["words"] or 0
            t.failed += bool(r["problem"])
            month = _month(r.get("published")) if "published" in cols else None
            if month:
                t.month_words[month] += r["words"]
            for g in GROUPS:
                if r.get(g):
                    t.group_words[g][r[g]] += r["words"]
            if r["errors"] or r["warnings"]:
                t.worst.append((r["errors"], r["warnings"], r["article_id"], r["partition"], r["row"]))
        t.worst = sorted(t.worst, key=lambda w: (-w[0], -w[1], w[2]))[:TOP_ARTICLES]
    for path in sorted((out / "diagnostics").glob("part-*.parquet")):
        table = pq.read_table(path)
        cols = set(table.column_names)
        seen: set[tuple[str, str]] = set()
        for r in table.to_pylist():
            fam, rule = r["family"], r["rule"]
            t.by_family[fam] += 1
            t.by_rule[rule] += 1
            if SEVERITY_RANK[r["severity"]] > SEVERITY_RANK.get(t.rule_severity.get(rule, ""), 0):
                t.rule_severity[rule] = r["severity"]
            if (r["article_id"], rule) not in seen:
                seen.add((r["article_id"], rule))
                t.rule_articles[rule] += 1
            month = _month(r.get("published")) if "published" in cols else None
            if month:
                t.month_family[(month, fam)] += 1
            for g in GROUPS:
                if r.get(g):
                    t.group_family[g][(r[g], fam)] += 1
    return t


def _month(value: object) -> str | None:
    m = re.match(r"(\d{4})-(\d{2})", str(value or ""))
    return f"{m.group(1)}-{m.group(2)}" if m else None


def _rate(count: int, words: int) -> float:
    return 1000.0 * count / words if words else 0.0


def _svg(fig) -> str:  # type: ignore[no-untyped-def]
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buf.getvalue()
    return text[text.index("<svg") :]


def _charts(t: Totals) -> dict[str, str]:
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "copylint"
    import matplotlib.pyplot as plt

    charts: dict[str, str] = {}
    families = [f for f, _ in t.by_family.most_common()]
    colours = {f: matplotlib.colormaps["tab10"](i % 10) for i, f in enumerate(sorted(t.by_family))}
    if families:
        fig, ax = plt.subplots(figsize=(7, 3.2))
        ax.barh(families[::-1], [_rate(t.by_family[f], t.words) for f in families[::-1]], color="#3867d6")
        ax.set_xlabel("diagnostics per 1,000 words")
        charts["families"] = _svg(fig)
        plt.close(fig)
    months = sorted(t.month_words)
    if len(months) >= 1 and families:
        fig, ax = plt.subplots(figsize=(8, 3.6))
        for fam in families:
            ax.plot(
                months,
                [_rate(t.month_family[(m, fam)], t.month_words[m]) for m in months],
                marker="o",
                label=fam,
                color=colours[fam],
            )
        ax.set_ylabel("per 1,000 words")
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
        ax.tick_params(axis="x", labelrotation=45, labelsize=8)
        charts["months"] = _svg(fig)
        plt.close(fig)
    for g in GROUPS:
        names = [n for n, _ in t.group_words[g].most_common(15)]
        if not names:
            continue
        fig, ax = plt.subplots(figsize=(8, 0.35 * len(names) + 1.2))
        left = [0.0] * len(names)
        for fam in families:
            vals = [_rate(t.group_family[g][(n, fam)], t.group_words[g][n]) for n in names]
            ax.barh(names, vals, left=left, label=fam, color=colours[fam])
            left = [a + b for a, b in zip(left, vals, strict=False)]
        ax.invert_yaxis()
        ax.set_xlabel("diagnostics per 1,000 words")
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
        charts[g] = _svg(fig)
        plt.close(fig)
    return charts


def _article_reports(out: Path, parts: list[Partition], t: Totals, config: str | None) -> dict[str, str]:
    """Per-article HTML reports (copylint's own HTML format) for the worst articles: id -> relative link."""
    from copylint.api import Linter, Report
    from copylint.readers import read_document
    from copylint.report import RenderOptions, renderer

    linter = Linter(config)
    render = renderer("html")
    folder = out / "reports"
    folder.mkdir(exist_ok=True)
    links: dict[str, str] = {}
    wanted: dict[int, dict[int, str]] = defaultdict(dict)
    for _e, _w, aid, part, row in t.worst:
        wanted[part][row] = aid
    for index, rows in wanted.items():
        for rec in read_partition(parts[index]):
            if rec.row not in rows or rec.problem:
                continue
            doc = read_document(rec.text, rec.id, rec.fmt)
            diagnostics, _errors = linter.lint_document(doc)
            report = Report(
                diagnostics=diagnostics,
                files=1,
                words=doc.word_count,
                sources={rec.id: doc.source},
                rules={r.meta.id: r.meta for r in linter.registry},
            )
            name = f"{index:05d}-{rec.row:05d}.html"
            _write(folder / name, render(report, RenderOptions()))
            links[rec.id] = f"reports/{name}"
    return links


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:64rem;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}figure{margin:0 0 1.5rem}svg{max-width:100%;height:auto}
.error{color:#b00}.warning{color:#a60}.suggestion{color:#06a}
"""


def write_dashboard(out: Path, parts: list[Partition], config: str | None) -> Path:
    t = aggregate(out)
    charts = _charts(t)
    links = _article_reports(out, parts, t, config)
    rate = _rate(sum(t.by_family.values()), t.words)
    h = [
        "<!doctype html><html lang=en><meta charset=utf-8>",
        "<meta name=viewport content='width=device-width,initial-scale=1'>",
        "<meta http-equiv=Content-Security-Policy content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
        f"<title>copylint archive audit</title><style>{_STYLE}</style>",
        "<h1>Archive audit</h1>",
        f"<p id=totals>{t.articles:,} articles, {t.words:,} words, {sum(t.by_family.values()):,} diagnostics "
        f"({rate:.2f} per 1,000 words); {t.failed:,} articles could not be checked.</p>",
    ]
    first = sorted(t.by_rule, key=lambda r: (-SEVERITY_RANK[t.rule_severity[r]], -t.rule_articles[r], r))[:10]
    h.append(
        "<h2>Rules to look at first</h2><p>Errors before warnings before suggestions, then by the share "
        "of articles they appear in.</p><table id=first><tr><th>rule<th>severity<th>articles<th>share<th>per 1,000 words"
    )
    for r in first:
        h.append(
            f"<tr><td><code>{escape(r)}</code><td class={t.rule_severity[r]}>{t.rule_severity[r]}"
            f"<td class=n>{t.rule_articles[r]:,}<td class=n>{100 * t.rule_articles[r] / max(t.articles, 1):.1f}%"
            f"<td class=n>{_rate(t.by_rule[r], t.words):.3f}"
        )
    h.append("</table>")
    titles = {
        "families": "Diagnostics per 1,000 words, by family",
        "months": "By month of publication",
        "desk": "By desk (top 15 by words)",
        "author": "By author (top 15 by words)",
    }
    for key, title in titles.items():
        if key in charts:
            h.append(f"<h2>{title}</h2><figure id=chart-{key}>{charts[key]}</figure>")
    h.append("<h2>Articles with the most errors</h2><table id=worst><tr><th>article<th>errors<th>warnings")
    for errors, warnings, aid, _p, _r in t.worst:
        label = escape(aid)
        cell = f"<a href='{escape(links[aid])}'>{label}</a>" if aid in links else label
        h.append(f"<tr><td>{cell}<td class=n>{errors}<td class=n>{warnings}")
    h.append("</table><h2>Every rule</h2><table id=rules><tr><th>rule<th>count<th>articles<th>per 1,000 words")
    for r, n in t.by_rule.most_common():
        h.append(
            f"<tr><td><code>{escape(r)}</code><td class=n>{n:,}<td class=n>{t.rule_articles[r]:,}"
            f"<td class=n>{_rate(n, t.words):.3f}"
        )
    h.append("</table></html>\n")
    path = out / "report.html"
    _write(path, "\n".join(h))
    return path
