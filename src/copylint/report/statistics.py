"""`--statistics`: how many diagnostics each rule reported and how many `--fix` and
`--unsafe-fixes` would fix."""

from __future__ import annotations

from collections.abc import Iterable

from copylint.diagnostic import Diagnostic


def counts(diagnostics: Iterable[Diagnostic]) -> list[tuple[str, int, int, int]]:
    """(rule, count, fixable with --fix, fixable only with --unsafe-fixes), most frequent first."""
    table: dict[str, list[int]] = {}
    for d in diagnostics:
        row = table.setdefault(d.rule, [0, 0, 0])
        row[0] += 1
        if d.fix:
            row[1 if d.fix_safe else 2] += 1
    return sorted(((rule, *row) for rule, row in table.items()), key=lambda r: (-r[1], r[0]))  # type: ignore[misc]


def render(diagnostics: list[Diagnostic]) -> str:
    rows = counts(diagnostics)
    if not rows:
        return ""
    width = max(len(r[0]) for r in rows)
    number = max(len(str(r[1])) for r in rows)
    lines = []
    for rule, count, safe, unsafe in rows:
        notes = []
        if safe:
            notes.append(f"{safe} fixable")
        if unsafe:
            notes.append(f"{unsafe} with --unsafe-fixes")
        lines.append(f"{count:>{number}}  {rule:<{width}}  {', '.join(notes)}".rstrip())
    safe_total = sum(r[2] for r in rows)
    unsafe_total = sum(r[3] for r in rows)
    lines.append(f"{safe_total} fixable with --fix; {unsafe_total} more with --fix --unsafe-fixes.")
    return "\n".join(lines)
