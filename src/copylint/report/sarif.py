"""SARIF 2.1.0, for code-scanning dashboards (validated against the OASIS schema in the tests).

Rules carry their `copylint explain` text as ``help`` and a ``helpUri`` into the rule reference;
paths are percent-encoded URIs; file errors are ``toolExecutionNotifications``.
"""

from __future__ import annotations

import json
import os
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from copylint.api import Report
from copylint.docs import explain_text
from copylint.report import RenderOptions
from copylint.urls import INFORMATION_URI, rule_help_uri

_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


def artifact_uri(path: str) -> tuple[str, bool]:
    """A path as a SARIF URI (RFC 3986, percent-encoded) and whether it is relative to the
    source root: ``my story #1.md`` -> ``my%20story%20%231.md``."""
    if os.sep == "\\" or "\\" in path:
        path = PureWindowsPath(path).as_posix()
    posix = PurePosixPath(path)
    if posix.is_absolute():
        return "file://" + quote(str(posix), safe="/"), False
    parts = [p for p in posix.parts if p != "."]
    return quote("/".join(parts), safe="/"), True


def _location(path: str) -> dict[str, object]:
    uri, relative = artifact_uri(path)
    location: dict[str, object] = {"uri": uri}
    if relative:
        location["uriBaseId"] = "%SRCROOT%"
    return location


def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    from copylint import __version__

    used = sorted({d.rule for d in report.diagnostics})
    by_id = report.rules
    descriptors = []
    for rid in used:
        meta = by_id.get(rid)
        descriptor: dict[str, object] = {"id": rid, "helpUri": rule_help_uri(rid)}
        if meta is not None:
            explained = explain_text(meta)
            descriptor.update(
                {
                    "shortDescription": {"text": meta.summary},
                    "fullDescription": {"text": meta.explanation.strip() or meta.summary},
                    "help": {"text": explained, "markdown": _markdown(explained)},
                    "defaultConfiguration": {"level": _LEVEL[meta.severity.value]},
                    "properties": {"tags": [meta.family]},
                }
            )
        else:  # copylint's own diagnostics (suppression comments)
            descriptor["shortDescription"] = {"text": rid}
        descriptors.append(descriptor)
    index = {rid: i for i, rid in enumerate(used)}
    results = []
    for d in report.diagnostics:
        result: dict[str, object] = {
            "ruleId": d.rule,
            "ruleIndex": index[d.rule],
            "level": _LEVEL[d.severity.value],
            "message": {"text": d.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": _location(d.path),
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
    notifications = [
        {"level": "error", "message": {"text": problem}, "descriptor": {"id": "copylint.file-error"}}
        for problem in report.errors
    ]
    doc = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "copylint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": descriptors,
                    }
                },
                "invocations": [
                    {"executionSuccessful": not report.errors, "toolExecutionNotifications": notifications}
                ],
                "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The folder copylint was run from."}}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def _markdown(explained: str) -> str:
    """`copylint explain` text as Markdown: the first line bold, examples as list items."""
    head, _, rest = explained.partition("\n")
    return f"**{head}**\n{rest}"
