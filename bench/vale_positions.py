"""Outside check of copylint's positions against Vale's own format fixtures.

Usage: python bench/vale_positions.py /work/shared/peers/vale-formats

The folder holds Vale's ``test.md`` and ``test.txt`` and ``expected.txt`` (lines
``file:line:col:vale.Annotations:message``). An existence rule for the case-sensitive words
TODO, XXX, FIXME and NOTE stands in for ``vale.Annotations``; the script prints every expected
and actual position and how many agree.
"""

from __future__ import annotations

import sys
from pathlib import Path

from copylint import read_document
from copylint.diagnostic import Severity
from copylint.engine import Selected, lint_document
from copylint.kinds.existence import Existence
from copylint.rule import Context

RULE = Existence.from_mapping(
    {
        "id": "probe.annotations",
        "kind": "existence",
        "summary": "Annotation left in text",
        "message": "'{match}' left in text",
        "tokens": ["TODO", "XXX", "FIXME", "NOTE"],
        "ignorecase": False,
    },
    "probe",
    None,
)


def positions(folder: Path, name: str) -> set[tuple[str, int, int]]:
    text = (folder / name).read_text(encoding="utf-8")
    doc = read_document(text, name)
    diags, errors = lint_document(doc, [Selected(RULE, Severity.WARNING)], Context())
    if errors:
        raise SystemExit("; ".join(errors))
    return {(name, d.line, d.column) for d in diags}


def main(folder: Path) -> int:
    expected: set[tuple[str, int, int]] = set()
    for raw in (folder / "expected.txt").read_text(encoding="utf-8").splitlines():
        if raw.strip():
            name, line, col, *_ = raw.split(":")
            expected.add((name, int(line), int(col)))
    actual: set[tuple[str, int, int]] = set()
    for name in sorted({e[0] for e in expected}):
        actual |= positions(folder, name)
    print(f"{'file':<10} {'line':>5} {'col':>4}  status")
    for item in sorted(expected | actual):
        status = (
            "agree" if item in expected and item in actual else "vale only" if item in expected else "copylint only"
        )
        print(f"{item[0]:<10} {item[1]:>5} {item[2]:>4}  {status}")
    agree = len(expected & actual)
    print(
        f"\n{agree}/{len(expected)} of Vale's expected positions reproduced; "
        f"{len(actual - expected)} extra copylint positions"
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python bench/vale_positions.py VALE_FORMATS_FOLDER")
    sys.exit(main(Path(sys.argv[1])))
