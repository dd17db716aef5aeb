"""copylint: an editorial quality linter for news copy."""

from __future__ import annotations

from copylint.api import Linter, Report, lint_paths, lint_text
from copylint.config import Config, ConfigError, load_config
from copylint.diagnostic import Diagnostic, Edit, Finding, Fix, Severity, Span
from copylint.document import Document
from copylint.family import Family, option
from copylint.readers import read_document
from copylint.rule import Context, Rule, RuleMeta, rule

__version__ = "0.2.0"  # the one place the version is written (pyproject.toml reads it)

__all__ = [
    "Config",
    "ConfigError",
    "Context",
    "Diagnostic",
    "Document",
    "Edit",
    "Family",
    "Finding",
    "Fix",
    "Linter",
    "Report",
    "Rule",
    "RuleMeta",
    "Severity",
    "Span",
    "lint_paths",
    "lint_text",
    "load_config",
    "option",
    "read_document",
    "rule",
]
