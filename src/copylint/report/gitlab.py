"""GitLab's code-quality report (a subset of the Code Climate issue format): a JSON array that
a merge request shows beside the changed lines (``artifacts: reports: codequality``)."""

from __future__ import annotations

import hashlib
import json

from copylint.api import Report
from copylint.report import RenderOptions, suggestion_note

_SEVERITY = {"error": "major", "warning": "minor", "suggestion": "info"}


def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    issues = []
    seen: dict[tuple[str, str, str], int] = {}
    for d in report.diagnostics:
        # A fingerprint that survives edits elsewhere in the file: path, rule, message and which
        # occurrence of that message it is (not the line number).
        key = (d.path, d.rule, d.message)
        seen[key] = seen.get(key, 0) + 1
        fingerprint = hashlib.sha256("\0".join([*key, str(seen[key])]).encode("utf-8")).hexdigest()
        issues.append(
            {
                "type": "issue",
                "check_name": d.rule,
                "description": d.message + suggestion_note(d),
                "categories": ["Style"],
                "severity": _SEVERITY[d.severity.value],
                "fingerprint": fingerprint,
                "location": {
                    "path": d.path,
                    "lines": {"begin": d.line, "end": d.end_line},
                },
            }
        )
    for problem in report.errors:
        path = problem.split(": ", 1)[0]
        issues.append(
            {
                "type": "issue",
                "check_name": "copylint.file-error",
                "description": problem,
                "categories": ["Bug Risk"],
                "severity": "critical",
                "fingerprint": hashlib.sha256(problem.encode("utf-8")).hexdigest(),
                "location": {"path": path, "lines": {"begin": 1}},
            }
        )
    return json.dumps(issues, ensure_ascii=False, indent=2)
