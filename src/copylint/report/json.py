"""One JSON object: {"diagnostics": [...], "summary": {...}} (a stable contract)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from copylint.api import Report
from copylint.report import summary
from copylint.rule import Rule


def render(report: Report, rules: Sequence[Rule], colour: bool = False) -> str:
    payload = {"diagnostics": [d.to_dict() for d in report.diagnostics], "summary": summary(report)}
    return json.dumps(payload, ensure_ascii=False, indent=2)
