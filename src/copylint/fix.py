"""Apply fixes to source text: non-overlapping, written atomically, repeated until stable."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from pathlib import Path

from copylint.diagnostic import Diagnostic, SourceEdit
from copylint.files import Snapshot, write_bytes_atomic

MAX_PASSES = 8


def choose_edits(
    diagnostics: Iterable[Diagnostic],
    unsafe: bool = False,
    refused: set[tuple[str, str, str]] | None = None,
    text: str = "",
) -> list[SourceEdit]:
    """The edits to apply in one pass: safe ones (and unsafe with ``unsafe``), first come first
    served, skipping any that overlap an edit already chosen and any ``refused`` one."""
    chosen: list[SourceEdit] = []
    for d in sorted(diagnostics, key=lambda d: (d.offset, d.rule)):
        if not d.fix or not (d.fix_safe or unsafe):
            continue
        edits = list(d.fix)
        if refused and any(_edit_key(text, e) in refused for e in edits):
            continue
        if any(_overlaps(e, c) for e in edits for c in chosen):
            continue
        chosen.extend(edits)
    return chosen


def _overlaps(a: SourceEdit, b: SourceEdit) -> bool:
    return (a.start < b.end and b.start < a.end) or (a.start == b.start and a.end == b.end)


def apply_edits(text: str, edits: Iterable[SourceEdit]) -> str:
    out = text
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        out = out[: edit.start] + edit.replacement + out[edit.end :]
    return out


def fix_text(text: str, lint: Callable[[str], list[Diagnostic]], unsafe: bool = False) -> tuple[str, int]:
    """Lint and apply fixes until nothing changes; returns the new text and the number of edits.

    A fix whose result another rule would flag is not applied: after each pass the new text is
    linted again, and the edits near a diagnostic that was not there before (same rule and
    flagged text, in the same paragraph) are withdrawn and the pass is redone without them.
    """
    total = 0
    refused: set[tuple[str, str, str]] = set()
    diagnostics = lint(text)
    for _ in range(MAX_PASSES * 2):
        edits = [e for e in choose_edits(diagnostics, unsafe, refused, text)]
        if not edits:
            break
        new = apply_edits(text, edits)
        if new == text:
            break
        after = lint(new)
        bad = _blamed(text, new, edits, diagnostics, after)
        if 1 < len(bad) <= 8:  # find which of the nearby edits is to blame, one by one
            alone = [
                e for e in bad if _blamed(text, apply_edits(text, [e]), [e], diagnostics, lint(apply_edits(text, [e])))
            ]
            bad = alone or bad
        if bad:
            refused.update(_edit_key(text, e) for e in bad)
            continue
        text, diagnostics, total = new, after, total + len(edits)
    return text, total


def _edit_key(text: str, edit: SourceEdit) -> tuple[str, str, str]:
    """An edit named by its context, so that it stays recognisable after other edits moved it."""
    return (text[max(0, edit.start - 20) : edit.start], text[edit.start : edit.end], edit.replacement)


def _blamed(
    old: str, new: str, edits: list[SourceEdit], before: list[Diagnostic], after: list[Diagnostic]
) -> list[SourceEdit]:
    """The edits that brought a new diagnostic into their paragraph. A diagnostic of the new
    text is new unless one of the same rule covered the same (moved) text before."""
    placed = []  # (edit, start and end in the new text)
    shift = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        start = e.start + shift
        placed.append((e, start, start + len(e.replacement)))
        shift += len(e.replacement) - (e.end - e.start)
    starts = [e.start for e, _, _ in placed]

    def moved(offset: int) -> int:
        i = bisect_right(starts, offset) - 1
        if i < 0:
            return offset
        e, _, end = placed[i]
        if offset < e.end:
            return end if offset > e.start else placed[i][1]
        return offset + end - e.end

    old_spans: dict[str, list[tuple[int, int]]] = {}
    for d in before:
        old_spans.setdefault(d.rule, []).append((moved(d.offset), moved(d.end_offset)))
    fresh = [d for d in after if not any(lo <= d.end_offset and d.offset <= hi for lo, hi in old_spans.get(d.rule, ()))]
    bad = []
    for e, start, end in placed:
        for d in fresh:
            lo, hi = min(start, d.offset), max(end, d.end_offset)
            if hi - lo < 400 and "\n\n" not in new[lo:hi]:
                bad.append(e)
                break
    return bad


def write_atomic(path: str | Path, text: str, keep_bom: bool = False, expect: Snapshot | None = None) -> None:
    """Write text as UTF-8 (with a BOM if the file had one), atomically, keeping the file's
    owner and mode (see :func:`copylint.files.write_bytes_atomic`); raises WriteError."""
    write_bytes_atomic(path, (("\ufeff" if keep_bom else "") + text).encode("utf-8"), expect)
