"""copylint: an editorial quality linter for news copy.

The public names below are imported on first use (PEP 562), so that ``import copylint.cli``
or any one module does not load the whole library."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from copylint.api import Linter, Report, lint_paths, lint_text
    from copylint.config import Config, ConfigError, load_config
    from copylint.diagnostic import Diagnostic, Edit, Finding, Fix, Severity, Span
    from copylint.document import Document
    from copylint.family import Family, option
    from copylint.readers import read_document

from copylint import collector

# Eager: the submodule ``copylint.rule`` would otherwise shadow the decorator of the same name.
with collector.importing():
    from copylint.rule import Context, Rule, RuleMeta, rule

__version__ = "0.2.0"  # the one place the version is written (pyproject.toml reads it)

_WHERE = {
    "Linter": "copylint.api",
    "Report": "copylint.api",
    "lint_paths": "copylint.api",
    "lint_text": "copylint.api",
    "Config": "copylint.config",
    "ConfigError": "copylint.config",
    "load_config": "copylint.config",
    "Diagnostic": "copylint.diagnostic",
    "Edit": "copylint.diagnostic",
    "Finding": "copylint.diagnostic",
    "Fix": "copylint.diagnostic",
    "Severity": "copylint.diagnostic",
    "Span": "copylint.diagnostic",
    "Document": "copylint.document",
    "Family": "copylint.family",
    "option": "copylint.family",
    "read_document": "copylint.readers",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})


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
