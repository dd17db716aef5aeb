"""SARIF 2.1.0, for code-scanning dashboards."""

from __future__ import annotations

import json

from copylint.api import Report
from copylint.report import RenderOptions

_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}


def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    from copylint import __version__

    used = sorted({d.rule for d in report.diagnostics})
    by_id = report.rules
    descriptors = []
    for rid in used:
        meta = by_id.get(rid)
        descriptors.append(
            {
                "id": rid,
                "shortDescription": {"text": meta.summary if meta else rid},
                "fullDescription": {"text": meta.explanation if meta else rid},
                "defaultConfiguration": {"level": _LEVEL[meta.severity.value] if meta else "warning"},
            }
        )
    index = {rid: i for i, rid in enumerate(used)}
    results = []
    for d in report.diagnostics:
        result = {
            "ruleId": d.rule,
            "ruleIndex": index[d.rule],
            "level": _LEVEL[d.severity.value],
            "message": {"text": d.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": d.path.replace("\\", "/")},
                        "region": {
                            "startLine": d.line,
                            "startColumn": d.column,
                            "endLine": d.end_line,
                            "endColumn": d.end_column,
                        },
                    }
                }
            ],
        }
        if d.suggestions:
            result["properties"] = {"suggestions": list(d.suggestions)}
        results.append(result)
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "copylint", "version": __version__, "rules": descriptors}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)
