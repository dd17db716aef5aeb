"""Apply fixes to source text: non-overlapping, written atomically, repeated until stable."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from copylint.diagnostic import Diagnostic, SourceEdit
from copylint.files import write_bytes_atomic

MAX_PASSES = 8


def choose_edits(diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> list[SourceEdit]:
    """The edits to apply in one pass: safe ones (and unsafe with ``unsafe``), first come first
    served, skipping any that overlap an edit already chosen."""
    chosen: list[SourceEdit] = []
    for d in sorted(diagnostics, key=lambda d: (d.offset, d.rule)):
        if not d.fix or not (d.fix_safe or unsafe):
            continue
        edits = list(d.fix)
        if any(_overlaps(e, c) for e in edits for c in chosen):
            continue
        chosen.extend(edits)
    return chosen


def _overlaps(a: SourceEdit, b: SourceEdit) -> bool:
    return a.start < b.end and b.start < a.end or (a.start == b.start and a.end == b.end)


def apply_edits(text: str, edits: Iterable[SourceEdit]) -> str:
    out = text
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        out = out[: edit.start] + edit.replacement + out[edit.end :]
    return out


def fix_text(text: str, lint: Callable[[str], list[Diagnostic]], unsafe: bool = False) -> tuple[str, int]:
    """Lint and apply fixes until nothing changes; returns the new text and the number of edits."""
    total = 0
    for _ in range(MAX_PASSES):
        edits = choose_edits(lint(text), unsafe)
        if not edits:
            break
        new = apply_edits(text, edits)
        if new == text:
            break
        text, total = new, total + len(edits)
    return text, total


def write_atomic(path: str | Path, text: str, keep_bom: bool = False) -> None:
    """Write text as UTF-8 (with a BOM if the file had one), atomically, keeping the file's mode."""
    write_bytes_atomic(path, (("\ufeff" if keep_bom else "") + text).encode("utf-8"))
