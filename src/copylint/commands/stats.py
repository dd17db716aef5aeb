"""``copylint stats FILE...``: readability scores per file, as a table or JSON."""

from __future__ import annotations

import json
import sys
from collections import defaultdict

import click

from copylint.api import lint_paths
from copylint.config import ConfigError
from copylint.diagnostic import Diagnostic
from copylint.families.readability import Counts, body_counts, measure_sentences
from copylint.packs import PackError
from copylint.readers import read_document
from copylint.registry import PluginError
from copylint.stats import FileStats, from_counts

EXIT_OK, EXIT_ERROR = 0, 2

COLUMNS = (
    ("FILE", "path"),
    ("WORDS", "words"),
    ("SENTENCES", "sentences"),
    ("WORDS/SENT", "average_sentence_length"),
    ("READING EASE", "flesch_reading_ease"),
    ("FK GRADE", "flesch_kincaid_grade"),
    ("FOG", "gunning_fog"),
    ("SMOG", "smog"),
    ("DALE-CHALL", "dale_chall"),
    ("DIAGNOSTICS", "diagnostics"),
)


@click.command("stats")
@click.argument("paths", nargs=-1, required=True, type=str)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True, help="Output format."
)
@click.option("--config", "config_path", type=str, help="Use this config file for every file (no discovery).")
def stats(paths: tuple[str, ...], fmt: str, config_path: str | None) -> None:
    """Readability scores per file: Flesch Reading Ease, Flesch-Kincaid grade, Gunning fog,
    SMOG (30+ sentences), Dale-Chall, words, sentences, average sentence length, and the
    diagnostics counted by family. Scores cover the body: headings, titles and captions are
    left out. Exit code 2 when a file cannot be read, else 0."""
    try:
        report = lint_paths(paths, config_path, keep_sources=True)
    except (ConfigError, PackError, PluginError) as exc:
        click.echo(f"copylint: error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    by_path: dict[str, list[Diagnostic]] = defaultdict(list)
    for d in report.diagnostics:
        by_path[d.path].append(d)
    rows: list[FileStats] = []
    total = Counts()
    for name, source in report.sources.items():
        doc = read_document(source, name, "markdown" if name == "<stdin>" else None)
        counts = body_counts(measure_sentences(doc))
        total = total + counts
        rows.append(from_counts(name, counts, by_path.get(name, ())))
    summary = from_counts("total", total, report.diagnostics) if len(rows) > 1 else None
    if fmt == "json":
        payload = {
            "files": [r.to_dict() for r in rows],
            "total": summary.to_dict() if summary else None,
            "errors": list(report.errors),
        }
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        click.echo(render_table([*rows, *([summary] if summary else [])]))
    for note in report.notes:
        click.echo(f"copylint: {note}", err=True)
    for error in report.errors:
        click.echo(f"copylint: error: {error}", err=True)
    sys.exit(EXIT_ERROR if report.errors else EXIT_OK)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, dict):
        return ", ".join(f"{family} {n}" for family, n in value.items()) or "-"
    return str(value)


def render_table(rows: list[FileStats]) -> str:
    """Aligned columns, one row per file (numbers right-aligned)."""
    cells = [[_cell(r.to_dict()[key]) for _, key in COLUMNS] for r in rows]
    header = [title for title, _ in COLUMNS]
    widths = [max(len(c) for c in column) for column in zip(header, *cells, strict=False)]
    lines = []
    for row in [header, *cells]:
        parts = [
            row[i].ljust(widths[i]) if i in (0, len(row) - 1) else row[i].rjust(widths[i]) for i in range(len(row))
        ]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)
