"""Lint one partition and commit its two Parquet files exactly once.

A worker builds its :class:`~copylint.api.Linter` once per configuration (cached per process), lints
the partition's records, and writes ``diagnostics/part-N.parquet`` and ``articles/part-N.parquet``
under temporary names. The diagnostics file is moved into place first (its content is the same on
every attempt), then the articles file is hard-linked into place, which fails if it already exists:
the articles file is the partition's commit record, so a partition retried after a crash, or run by
two workers at once, is committed once and never duplicated.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from copylint.audit.plan import Partition, Record, read_partition

if TYPE_CHECKING:
    from copylint.api import Linter


@dataclass(frozen=True)
class PartitionResult:
    """What the driver needs to know about a finished partition (small: sent back over the wire)."""

    index: int
    articles: int
    diagnostics: int
    words: int
    problems: tuple[str, ...]
    skipped: bool = False


@lru_cache(maxsize=4)
def _linter(config: str | None):  # type: ignore[no-untyped-def]
    """One Linter per configuration file in each worker process, built on first use."""
    from copylint.api import Linter

    return Linter(config)


def done(out: Path, part: Partition) -> bool:
    """Has this partition been committed?"""
    return (out / "articles" / f"{part.name}.parquet").exists()


def process_partition(part: Partition, out: str, config: str | None) -> PartitionResult:
    """Lint ``part`` and commit its tables under ``out`` (a no-op if it is already committed)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(out)
    if done(folder, part):
        return PartitionResult(part.index, 0, 0, 0, (), skipped=True)
    linter = _linter(config)
    families = tuple(sorted({rule.meta.family for rule in linter.registry}))
    diag_rows: dict[str, list[object]] = {k: [] for k in _DIAG_COLUMNS}
    diag_meta: list[dict[str, str]] = []
    art_rows: list[dict[str, object]] = []
    problems: list[str] = []
    words = 0
    for rec in read_partition(part):
        row = _lint_record(linter, families, rec, part, diag_rows, diag_meta, problems)
        words += int(row["words"])  # type: ignore[call-overload]
        art_rows.append(row)
    meta_keys = sorted({k for r in art_rows for k in r["meta"]})  # type: ignore[attr-defined]
    for key in meta_keys:
        diag_rows[key] = [m.get(key) for m in diag_meta]
    art_columns = (*_ART_COLUMNS, *(f"n_{f}" for f in families))
    articles = {k: [r[k] for r in art_rows] for k in art_columns}
    for key in meta_keys:
        articles[key] = [r["meta"].get(key) for r in art_rows]  # type: ignore[attr-defined]
    diag_table = pa.table(diag_rows, schema=_schema(pa, _DIAG_COLUMNS, meta_keys))
    art_table = pa.table(articles, schema=_schema(pa, art_columns, meta_keys))
    token = uuid.uuid4().hex
    tmp = folder / ".tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    diag_tmp, art_tmp = tmp / f"{part.name}.{token}.d", tmp / f"{part.name}.{token}.a"
    pq.write_table(diag_table, diag_tmp)
    pq.write_table(art_table, art_tmp)
    (folder / "diagnostics").mkdir(exist_ok=True)
    (folder / "articles").mkdir(exist_ok=True)
    os.replace(diag_tmp, folder / "diagnostics" / f"{part.name}.parquet")
    try:
        os.link(art_tmp, folder / "articles" / f"{part.name}.parquet")
        skipped = False
    except FileExistsError:  # another attempt committed it first
        skipped = True
    finally:
        art_tmp.unlink(missing_ok=True)
    return PartitionResult(part.index, len(art_rows), len(diag_rows["rule"]), words, tuple(problems), skipped)


_DIAG_COLUMNS = (
    "article_id",
    "partition",
    "row",
    "rule",
    "family",
    "severity",
    "line",
    "column",
    "end_line",
    "end_column",
    "matched",
    "message",
    "suggestions",
)
_ART_COLUMNS = (
    "article_id",
    "partition",
    "row",
    "format",
    "words",
    "diagnostics",
    "errors",
    "warnings",
    "suggestions",
    "problem",
)


def _schema(pa, columns: tuple[str, ...], meta_keys: list[str]):  # type: ignore[no-untyped-def]
    types = {
        "partition": pa.int32(),
        "row": pa.int32(),
        "line": pa.int32(),
        "column": pa.int32(),
        "end_line": pa.int32(),
        "end_column": pa.int32(),
        "words": pa.int64(),
        "diagnostics": pa.int32(),
        "errors": pa.int32(),
        "warnings": pa.int32(),
        "suggestions": pa.int32(),
        **{c: pa.int32() for c in columns if c.startswith("n_")},
    }
    if "matched" in columns:
        types["suggestions"] = pa.list_(pa.string())
    fields = [pa.field(c, types.get(c, pa.string())) for c in columns]
    fields += [pa.field(k, pa.string()) for k in meta_keys if k not in columns]
    return pa.schema(fields)


def _lint_record(
    linter: Linter,
    families: tuple[str, ...],
    rec: Record,
    part: Partition,
    diag: dict[str, list[object]],
    diag_meta: list[dict[str, str]],
    problems: list[str],
) -> dict[str, object]:
    from copylint.readers import read_document

    counts = {"error": 0, "warning": 0, "suggestion": 0}
    per_family = dict.fromkeys(families, 0)
    row: dict[str, object] = {
        "article_id": rec.id,
        "partition": part.index,
        "row": rec.row,
        "format": rec.fmt,
        "words": 0,
        "meta": rec.meta,
        "problem": rec.problem,
    }
    if rec.problem is None and rec.text.strip():
        try:
            doc = read_document(rec.text, f"{rec.id}", rec.fmt)
            diagnostics, errors = linter.lint_document(doc)
        except Exception as exc:  # noqa: BLE001 - one bad article never stops the audit
            row["problem"] = f"cannot lint: {type(exc).__name__}: {exc}"
        else:
            row["words"] = doc.word_count
            if errors:
                row["problem"] = "; ".join(errors)
            for d in diagnostics:
                counts[d.severity.value] += 1
                per_family[d.family] = per_family.get(d.family, 0) + 1
                values = (
                    rec.id,
                    part.index,
                    rec.row,
                    d.rule,
                    d.family,
                    d.severity.value,
                    d.line,
                    d.column,
                    d.end_line,
                    d.end_column,
                    doc.source[d.offset : d.end_offset],
                    d.message,
                    list(d.suggestions),
                )
                for key, value in zip(_DIAG_COLUMNS, values, strict=False):
                    diag[key].append(value)
                diag_meta.append(rec.meta)
    if row["problem"]:
        problems.append(f"{rec.id}: {row['problem']}")
    row.update(
        diagnostics=sum(counts.values()),
        errors=counts["error"],
        warnings=counts["warning"],
        suggestions=counts["suggestion"],
        **{f"n_{f}": per_family.get(f, 0) for f in families},
    )
    return row
