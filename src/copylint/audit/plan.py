"""Where the records are: split a source into partitions, and read one partition's records.

A partition is a small, picklable description (a byte range of a JSON Lines file, a row range of
a Parquet file, or a list of files) so that any worker can read it without the driver holding the
archive in memory. Planning streams the source once; its memory is one entry per partition.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copylint.readers import FORMATS

#: Record fields that hold the copy; everything else is metadata kept as columns.
TEXT_FIELDS = ("text", "html")
RESERVED = {"id", "text", "html", "format"}


class AuditError(Exception):
    """A source or output folder that cannot be audited (the message names it)."""


@dataclass(frozen=True)
class Partition:
    """One unit of work: records ``kind`` in ``path`` between ``start`` and ``stop``."""

    index: int
    kind: str  # "jsonl" (byte range), "parquet" (row range) or "files"
    path: str
    start: int = 0
    stop: int = 0
    first_line: int = 1
    files: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"


@dataclass(frozen=True)
class Record:
    """One article: its id, copy, reader format and metadata (or why it cannot be read)."""

    id: str
    text: str
    fmt: str
    meta: dict[str, str]
    row: int
    problem: str | None = None


def plan_partitions(source: str | Path, size: int) -> list[Partition]:
    """Split ``source`` (folder, ``.jsonl``/``.ndjson`` or ``.parquet``) into partitions of ``size`` records."""
    path = Path(source)
    if size < 1:
        raise AuditError("partition size must be at least 1")
    if path.is_dir():
        names = sorted(
            str(p.relative_to(path))
            for p in path.rglob("*")
            if p.suffix.lower() in FORMATS
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not names:
            raise AuditError(f"{path}: no articles (.md, .markdown, .txt, .html, .htm) in this folder")
        return [
            Partition(i, "files", str(path), files=tuple(names[j : j + size]))
            for i, j in enumerate(range(0, len(names), size))
        ]
    if not path.is_file():
        raise AuditError(f"{path}: no such file or folder")
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return _plan_jsonl(path, size)
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            rows = pq.ParquetFile(path).metadata.num_rows
        except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a bad file
            raise AuditError(f"{path}: not a readable Parquet file: {exc}") from None
        return [Partition(i, "parquet", str(path), j, min(j + size, rows)) for i, j in enumerate(range(0, rows, size))]
    raise AuditError(f"{path}: expected a folder, a .jsonl/.ndjson file or a .parquet file")


def _plan_jsonl(path: Path, size: int) -> list[Partition]:
    parts: list[Partition] = []
    start, count, line_no, first = 0, 0, 0, 1
    offset = 0
    with path.open("rb") as fh:
        for line in fh:
            line_no += 1
            offset += len(line)
            if not line.strip():
                continue
            count += 1
            if count == size:
                parts.append(Partition(len(parts), "jsonl", str(path), start, offset, first))
                start, count, first = offset, 0, line_no + 1
    if count:
        parts.append(Partition(len(parts), "jsonl", str(path), start, offset, first))
    return parts


def read_partition(part: Partition) -> Iterator[Record]:
    """The partition's records, in order; a malformed record comes back with ``problem`` set."""
    if part.kind == "files":
        root = Path(part.path)
        for row, name in enumerate(part.files):
            fmt = FORMATS.get(Path(name).suffix.lower(), "text")
            try:
                text = (root / name).read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                yield Record(name, "", fmt, {}, row, f"cannot read: {exc}")
                continue
            yield Record(name, text.removeprefix("\ufeff"), fmt, {}, row)
    elif part.kind == "jsonl":
        with open(part.path, "rb") as fh:
            fh.seek(part.start)
            data = fh.read(part.stop - part.start)
        row = 0
        for n, raw in enumerate(data.splitlines(), part.first_line):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except (ValueError, UnicodeDecodeError) as exc:
                yield Record(f"{Path(part.path).name}:{n}", "", "text", {}, row, f"not valid JSON: {exc}")
            else:
                yield _record(obj, row, f"{Path(part.path).name}:{n}")
            row += 1
    elif part.kind == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(part.path).slice(part.start, part.stop - part.start)
        for row, obj in enumerate(table.to_pylist()):
            yield _record(obj, row, f"{Path(part.path).name}:row {part.start + row}")
    else:  # pragma: no cover - plans are built here
        raise AuditError(f"unknown partition kind {part.kind!r}")


def _record(obj: Any, row: int, where: str) -> Record:
    if not isinstance(obj, dict):
        return Record(where, "", "text", {}, row, "record is not an object")
    rid = obj.get("id")
    rid = where if rid is None or rid == "" else str(rid)
    meta = {k: _cell(v) for k, v in obj.items() if k not in RESERVED and v is not None}
    has_html = isinstance(obj.get("html"), str)
    text = obj.get("text") if isinstance(obj.get("text"), str) else obj.get("html") if has_html else None
    if text is None:
        return Record(rid, "", "text", meta, row, "record has no 'text' or 'html' string")
    fmt = obj.get("format") or ("html" if has_html and not isinstance(obj.get("text"), str) else "text")
    if fmt not in ("text", "markdown", "html"):
        return Record(rid, "", "text", meta, row, f"unknown format {fmt!r} (expected text, markdown or html)")
    return Record(rid, text, fmt, meta, row)


def _cell(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
