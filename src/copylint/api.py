"""The library API that the CLI (and any other tool) builds on."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from copylint import files
from copylint.config import Config, ConfigError, find_config, load_config, parse_config
from copylint.diagnostic import Diagnostic, Severity
from copylint.document import Document
from copylint.engine import Selected, lint_document
from copylint.readers import read_document
from copylint.registry import PluginError, Registry, option_schemas
from copylint.packs import PackError


@dataclass
class Report:
    """Everything a run produced: diagnostics, per-file errors and notes, counts."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files: int = 0
    words: int = 0
    sources: dict[str, str] = field(default_factory=dict)


def make_config(config: Config | Mapping[str, Any] | str | Path | None) -> Config:
    """A Config from a Config, a mapping (as in YAML), a path, or None (defaults)."""
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    if isinstance(config, Mapping):
        return parse_config(yaml.safe_dump(dict(config)), "<config>", option_schemas())
    return load_config(config, option_schemas())


class Linter:
    """Rules resolved for one configuration; reuse it across many files."""

    def __init__(self, config: Config | Mapping[str, Any] | str | Path | None = None, *, plugins: bool = True) -> None:
        self.config = make_config(config)
        self.registry = Registry.load(self.config, plugins=plugins)
        self._selection: dict[int, tuple[list[Selected], Any]] = {}

    def selection(self, path: str) -> tuple[list[Selected], Any]:
        settings = self.config.settings_for(path)
        key = id(settings) if not self.config.overrides else hash(path)
        cached = self._selection.get(key)
        if cached is None:
            chosen = []
            for rule in self.registry:
                meta = rule.meta
                if not settings.is_enabled(meta.id, meta.enabled):
                    continue
                severity = settings.severity_for(meta.id, meta.severity)
                if severity is not None:
                    chosen.append(Selected(rule, severity))
            cached = (chosen, settings.context())
            if not self.config.overrides:
                self._selection[key] = cached
        return cached

    def lint_document(self, doc: Document, report_unused: bool = False) -> tuple[list[Diagnostic], list[str]]:
        selected, ctx = self.selection(doc.path)
        return lint_document(doc, selected, ctx, report_unused)

    def lint_text(self, text: str, path: str = "<text>", fmt: str | None = None, report_unused: bool = False) -> list[Diagnostic]:
        """Diagnostics for ``text``; raises RuntimeError if a rule crashed."""
        doc = read_document(text, path, fmt)
        diagnostics, errors = self.lint_document(doc, report_unused)
        if errors:
            raise RuntimeError("; ".join(errors))
        return diagnostics


def lint_text(
    text: str,
    config: Config | Mapping[str, Any] | str | Path | None = None,
    *,
    path: str = "<text>",
    fmt: str | None = None,
) -> list[Diagnostic]:
    """Lint a string. ``fmt`` is "markdown", "html" or "text" (default: from ``path``)."""
    return Linter(config).lint_text(text, path, fmt)


def lint_paths(
    paths: Iterable[str],
    config: Config | Mapping[str, Any] | str | Path | None = None,
    *,
    stdin_format: str = "markdown",
    stdin_name: str = "<stdin>",
    report_unused: bool = False,
    max_bytes: int = files.DEFAULT_MAX_BYTES,
    keep_sources: bool = False,
) -> Report:
    """Lint files, folders and globs. With no ``config``, each file uses the nearest
    ``.copylint.yaml`` above it. Problems with one file never stop the others."""
    report = Report()
    explicit = make_config(config) if config is not None else None
    linters: dict[Path | None, Linter | None] = {}

    def linter_for(path: str) -> Linter | None:
        if explicit is not None:
            key: Path | None = explicit.path or Path("<explicit>")
        else:
            key = find_config(Path(path if path != "-" else ".").absolute())
        if key not in linters:
            try:
                linters[key] = Linter(explicit if explicit is not None else (load_config(key, option_schemas()) if key else None))
            except (ConfigError, PackError, PluginError) as exc:
                report.errors.append(str(exc))
                linters[key] = None
        return linters[key]

    def patterns(folder: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
        # Include/exclude come from the explicit config, or the one found from the folder walked.
        config = explicit
        if config is None:
            linter = linter_for(str(folder / "_"))
            config = linter.config if linter else None
        return (config.include, config.exclude) if config else ((), ())

    targets, errors = files.expand(paths, patterns)
    report.errors.extend(errors)
    for target in targets:
        linter = linter_for(target.path)
        if linter is None:
            continue
        name = stdin_name if target.path == "-" else target.path
        try:
            if target.path == "-":
                text = files.decode(sys.stdin.buffer.read(), stdin_name)
                fmt = stdin_format
            else:
                text = files.read(target.path, max_bytes)
                fmt = None
        except files.InputError as exc:
            report.errors.append(str(exc))
            continue
        if not text.strip():
            report.notes.append(f"{name}: empty file, nothing to check")
            report.files += 1
            continue
        try:
            doc = read_document(text, name, fmt)
        except Exception as exc:  # noqa: BLE001 - a reader failure names the file
            report.errors.append(f"{name}: cannot parse: {type(exc).__name__}: {exc}")
            continue
        diagnostics, rule_errors = linter.lint_document(doc, report_unused)
        report.diagnostics.extend(diagnostics)
        report.errors.extend(rule_errors)
        report.files += 1
        report.words += doc.word_count
        if keep_sources:
            report.sources[name] = doc.source
    return report


def failing(diagnostics: Iterable[Diagnostic], threshold: Severity) -> bool:
    return any(d.severity.rank >= threshold.rank for d in diagnostics)
