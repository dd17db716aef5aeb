"""One JSON object: {"diagnostics": [...], "summary": {...}} (a stable contract)."""

from __future__ import annotations

import json

from copylint.api import Report
from copylint.report import RenderOptions, summary


def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    payload = {"diagnostics": [d.to_dict() for d in report.diagnostics], "summary": summary(report)}
    return json.dumps(payload, ensure_ascii=False, indent=2)
