"""The library API that the CLI (and any other tool) builds on."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import Any

from copylint import budget, collector, files
from copylint.config import (
    Config,
    ConfigError,
    Selector,
    find_config,
    load_config,
    parse_config,
)
from copylint.diagnostic import Diagnostic, Severity
from copylint.document import Document
from copylint.engine import Selected, lint_document
from copylint.family import Family
from copylint.frozen import compared
from copylint.packs import PackError
from copylint.readers import read_document
from copylint.registry import PluginError, Registry
from copylint.resultcache import ResultCache
from copylint.rule import Context, RuleMeta


@dataclass
class Report:
    """Everything a run produced: diagnostics, per-file errors and notes, counts, the fail
    threshold of each file's config, and the metadata of every rule the run knew."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files: int = 0
    words: int = 0
    sources: dict[str, str] = field(default_factory=dict)
    #: The lowest failing severity where no file's config says otherwise.
    fail_on: Severity = Severity.WARNING
    #: Path -> the lowest failing severity from the config that applies to that file.
    thresholds: dict[str, Severity] = field(default_factory=dict)
    #: Rule id -> metadata, for every rule known in the run (reporters describe rules with it).
    rules: Mapping[str, RuleMeta] = field(default_factory=dict)
    #: (path, fixes applied) for each file changed by ``fix=True``.
    fixed: list[tuple[str, int]] = field(default_factory=list)

    def threshold(self, path: str) -> Severity:
        return self.thresholds.get(path, self.fail_on)

    @property
    def failed(self) -> bool:
        """Some diagnostic is at or above its file's failing severity."""
        return any(d.severity.rank >= self.threshold(d.path).rank for d in self.diagnostics)

    @property
    def exit_code(self) -> int:
        """0 clean, 1 findings at or above the failing severity, 2 file or configuration errors."""
        return 2 if self.errors else 1 if self.failed else 0


@compared
@dataclass(frozen=True, eq=False, repr=False)
class CommandLine:
    """Selection given on the command line, applied on top of every file's config."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    language: str | None = None
    #: Added to every config's selection (``--extend-select coaching``).
    extend_select: tuple[str, ...] = ()
    #: Overrides every config's ``fail-on``.
    fail_on: Severity | None = None
    #: Overrides every config's ``style.preset`` (``--preset``).
    preset: str | None = None

    def apply(self, config: Config) -> Config:
        settings = config.settings
        if self.select:
            settings = replace(settings, select=tuple(Selector(s) for s in self.select))
        if self.extend_select:
            extend = tuple(Selector(s) for s in self.extend_select)
            settings = replace(settings, extend_select=settings.extend_select + extend)
        if self.ignore:
            settings = replace(settings, ignore=settings.ignore + tuple(Selector(s) for s in self.ignore))
        if self.language:
            settings = replace(settings, language=self.language)
        if self.preset:
            options = {k: dict(v) for k, v in settings.options.items()}
            options.setdefault("style", {})["preset"] = self.preset
            settings = replace(settings, options=MappingProxyType({k: MappingProxyType(v) for k, v in options.items()}))
        return replace(config, settings=settings) if settings is not config.settings else config


def make_config(
    config: Config | Mapping[str, Any] | str | Path | None, families: Mapping[str, Family] | None = None
) -> Config:
    """A Config from a Config, a mapping (as in YAML), a path, or None (defaults)."""
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    if isinstance(config, Mapping):
        import yaml

        return parse_config(yaml.safe_dump(dict(config)), "<config>", families)
    return load_config(config, families, trusted=True)  # named by the caller: trusted


class Linter:
    """Rules resolved for one configuration; reuse it across many files.

    ``registry``: the run's registry of families and rules (built here when not given); the
    config's local packs are added to it."""

    def __init__(
        self,
        config: Config | Mapping[str, Any] | str | Path | None = None,
        *,
        plugins: bool = True,
        registry: Registry | None = None,
    ) -> None:
        base = registry if registry is not None else Registry.base(plugins)
        self.config = make_config(config, base.families)
        self.registry = base.for_config(self.config)
        self._priorities = self.registry.priorities()
        #: Every rule id there is (suppression comments naming anything else are reported).
        self.known_ids = frozenset(self.registry.rules)
        self._selection: dict[tuple[int, ...], tuple[list[Selected], Context]] = {}
        self._stamps: dict[tuple[int, ...], str] = {}
        self._ruleset: str | None = None

    def selection(self, path: str) -> tuple[list[Selected], Context]:
        """The rules (with severities) and the context for one file, cached per set of overrides."""
        key = self.config.matching_overrides(path)
        cached = self._selection.get(key)
        if cached is None:
            settings = self.config.settings_for(path, key)
            chosen = []
            for rule in self.registry:
                meta = rule.meta
                if not settings.is_enabled(meta.id, meta.enabled, meta.group):
                    continue
                severity = settings.severity_for(meta.id, meta.severity, meta.group)
                if severity is not None:
                    chosen.append(Selected(rule, severity, self.registry.skips_quotes(rule)))
            cached = self._selection[key] = (chosen, settings.context(self.registry.families))
        return cached

    def cache_stamp(self, path: str, report_unused: bool = False) -> str:
        """What the result cache keys on besides the text: the rule set and this file's effective
        configuration (see :mod:`copylint.resultcache`)."""
        from copylint import resultcache

        key = (*self.config.matching_overrides(path), int(report_unused))
        stamp = self._stamps.get(key)
        if stamp is None:
            if self._ruleset is None:
                self._ruleset = resultcache.ruleset_stamp(self.registry, self.config.packs)
            selected, ctx = self.selection(path)
            stamp = self._stamps[key] = resultcache.selection_stamp(self._ruleset, selected, ctx, report_unused)
        return stamp

    def lint_document(self, doc: Document, report_unused: bool = False) -> tuple[list[Diagnostic], list[str]]:
        selected, ctx = self.selection(doc.path)
        return lint_document(doc, selected, ctx, report_unused, self._priorities, self.known_ids)

    def lint_text(
        self, text: str, path: str = "<text>", fmt: str | None = None, report_unused: bool = False
    ) -> list[Diagnostic]:
        """Diagnostics for ``text``; raises RuntimeError if a rule crashed."""
        with collector.linting():
            doc = read_document(text, path, fmt)
            diagnostics, errors = self.lint_document(doc, report_unused)
            doc.forget()  # its analyses can point back at it: freed now, not by the collector
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


#: Called once per file checked, in order, with that file's diagnostics (progress, streaming).
OnFile = Callable[[str, list[Diagnostic]], None]


@dataclass
class _Session:
    """One run's state: the registry (built once), and the linters per configuration file."""

    explicit: Config | None
    registry: Registry
    stdin_format: str = "markdown"
    stdin_name: str = "<stdin>"
    report_unused: bool = False
    max_bytes: int = files.DEFAULT_MAX_BYTES
    keep_sources: bool = False
    command_line: CommandLine = field(default_factory=CommandLine)
    linters: dict[Path | None, Linter | None] = field(default_factory=dict)
    #: The nearest config of each folder whose files were linted (:func:`find_config` once per
    #: folder: a dozen file-system look-ups for each file, 17 ms over the news corpus).
    configs: dict[Path, Path | None] = field(default_factory=dict)
    config_errors: list[str] = field(default_factory=list)
    cache: ResultCache | None = None
    timeout: float | None = budget.DEFAULT_SECONDS

    def linter_for(self, path: str) -> Linter | None:
        if self.explicit is not None:
            key: Path | None = self.explicit.path or Path("<explicit>")
        else:
            start = Path(path if path != "-" else ".").absolute()
            folder = start if start.is_dir() else start.parent
            if folder in self.configs:
                key = self.configs[folder]
            else:
                key = self.configs[folder] = find_config(folder)
        if key not in self.linters:
            try:
                if self.explicit is not None:
                    config = self.explicit
                else:
                    config = load_config(key, self.registry.families) if key else Config()
                self.linters[key] = Linter(self.command_line.apply(config), registry=self.registry)
            except (ConfigError, PackError, PluginError) as exc:
                self.config_errors.append(str(exc))
                self.linters[key] = None
        return self.linters[key]

    def threshold(self, linter: Linter) -> Severity:
        return self.command_line.fail_on or linter.config.fail_on or Severity.WARNING

    def rule_metadata(self) -> dict[str, RuleMeta]:
        """Every rule known in the run: built-in, plugins, and each config's local packs."""
        metas = {rid: r.meta for rid, r in self.registry.rules.items()}
        for linter in self.linters.values():
            if linter is not None:
                metas.update((rid, r.meta) for rid, r in linter.registry.rules.items())
        return dict(sorted(metas.items()))

    def patterns(self, folder: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Include/exclude globs: the explicit config's, or those of the config found for the folder."""
        config = self.explicit
        if config is None:
            linter = self.linter_for(str(folder / "_"))
            config = linter.config if linter else None
        return (config.include, config.exclude) if config else ((), ())

    def lint(self, targets: Sequence[files.Target], on_file: OnFile | None = None) -> Report:
        report = Report()
        with collector.linting():
            for target in targets:
                before = len(report.diagnostics)
                self._lint_one(target, report)
                if on_file is not None:
                    on_file(self.stdin_name if target.path == "-" else target.path, report.diagnostics[before:])
        return report

    def _lint_one(self, target: files.Target, report: Report) -> None:
        linter = self.linter_for(target.path)
        if linter is None:
            return
        name = self.stdin_name if target.path == "-" else target.path
        try:
            if target.path == "-":
                text = files.read_stream(sys.stdin.buffer, self.stdin_name, self.max_bytes)
                fmt: str | None = self.stdin_format
            else:
                text = files.read(target.path, self.max_bytes)
                fmt = None
        except files.InputError as exc:
            report.errors.append(str(exc))
            return
        if not text.strip():
            report.notes.append(f"{name}: empty file, nothing to check")
            report.files += 1
            return
        report.thresholds[name] = self.threshold(linter)
        key = None
        if self.cache is not None and not self.keep_sources:
            key = self.cache.key(linter.cache_stamp(name, self.report_unused), name, fmt, text)
            hit = self.cache.get(key)
            if hit is not None:
                report.diagnostics.extend(hit[0])
                report.files += 1
                report.words += hit[1]
                return
        try:
            with budget.time_limit(self.timeout):
                try:
                    doc = read_document(text, name, fmt)
                except (Exception, RecursionError) as exc:  # noqa: BLE001 - a reader failure names the file
                    report.errors.append(f"{name}: cannot parse: {type(exc).__name__}: {exc}")
                    return
                diagnostics, rule_errors = linter.lint_document(doc, self.report_unused)
        except budget.BudgetExceeded:
            report.errors.append(budget.Budget(self.timeout or 0).message(name))
            return
        except MemoryError:
            report.errors.append(f"{name}: needed more memory than the run may use (see --max-memory); skipped")
            return
        if key is not None and not rule_errors and self.cache is not None:
            self.cache.put(key, diagnostics, doc.word_count)
        report.diagnostics.extend(diagnostics)
        report.errors.extend(rule_errors)
        report.files += 1
        report.words += doc.word_count
        if self.keep_sources:
            report.sources[name] = doc.source
        # Analyses kept with the document can point back at it (a cycle): dropped now, so that
        # the document goes with its last reference instead of waiting for the cyclic collector.
        doc.forget()


def _merge(into: Report, part: Report) -> None:
    into.diagnostics.extend(part.diagnostics)
    into.errors.extend(part.errors)
    into.notes.extend(part.notes)
    into.files += part.files
    into.words += part.words
    into.sources.update(part.sources)
    into.thresholds.update(part.thresholds)


# The session a forked worker process inherits from its parent (set just before forking;
# each worker process has its own copy).
_WORKER_SESSION: _Session | None = None


def _work(target: files.Target) -> tuple[Report, files.Target]:
    assert _WORKER_SESSION is not None
    part = _WORKER_SESSION.lint([target])
    part.errors[:0] = _WORKER_SESSION.config_errors
    _WORKER_SESSION.config_errors.clear()
    return part, target


def _failed(target: files.Target, why: str) -> tuple[Report, files.Target]:
    return Report(errors=[f"{target.path}: the worker process linting this file {why}; skipped"]), target


def lint_paths(
    paths: Iterable[str],
    config: Config | Mapping[str, Any] | str | Path | None = None,
    *,
    stdin_format: str = "markdown",
    stdin_name: str = "<stdin>",
    report_unused: bool = False,
    max_bytes: int = files.DEFAULT_MAX_BYTES,
    keep_sources: bool = False,
    jobs: int = 0,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    language: str | None = None,
    extend_select: Iterable[str] = (),
    fail_on: Severity | str | None = None,
    fix: bool = False,
    unsafe_fixes: bool = False,
    cache: bool | str | Path = False,
    timeout: float | None = budget.DEFAULT_SECONDS,
    preset: str | None = None,
    on_file: OnFile | None = None,
    on_targets: Callable[[int], None] | None = None,
) -> Report:
    """Lint files, folders and globs. With no ``config``, each file uses the nearest
    ``.copylint.yaml`` above it. Problems with one file never stop the others.

    ``cache``: True (the user cache directory) or a folder: reuse the results of files whose
    text and effective configuration are unchanged (:mod:`copylint.resultcache`).

    ``select``/``extend_select``/``ignore``/``language`` apply on top of every file's config, ``fail_on`` over
    every config's ``fail-on``. ``fix`` first applies safe fixes (and unsafe ones with
    ``unsafe_fixes``) to the files, then lints them. ``jobs``: worker processes for large runs
    (0 = one per CPU when there are many files; 1 = this process only). Workers are forked,
    so this is POSIX only; elsewhere runs serially; a worker that crashes or overruns costs
    only the file it was on (reported as an error). ``timeout``: seconds each file may take
    (None: no limit); past it the file is an error. Raises ConfigError for an unusable explicit
    ``config``.
    ``preset`` overrides every config's ``style.preset``.

    ``on_targets(n)`` is told how many files will be checked; ``on_file(path, diagnostics)`` is
    called for each file as soon as its results are in (in order).
    """
    command_line = CommandLine(
        tuple(select),
        tuple(ignore),
        language,
        tuple(extend_select),
        Severity.parse(fail_on) if isinstance(fail_on, str) else fail_on,
        preset,
    )
    try:
        registry = Registry.base()
    except (PackError, PluginError) as exc:
        return Report(errors=[str(exc)])
    explicit = make_config(config, registry.families) if config is not None else None
    session = _Session(
        explicit, registry, stdin_format, stdin_name, report_unused, max_bytes, keep_sources, command_line
    )
    if explicit is not None:  # an unusable explicit config (bad pack, unknown rule) stops the run
        session.linters[explicit.path or Path("<explicit>")] = Linter(command_line.apply(explicit), registry=registry)
    session.timeout = timeout
    if cache:
        session.cache = ResultCache(None if cache is True else Path(cache))
    report = Report(fail_on=command_line.fail_on or (explicit and explicit.fail_on) or Severity.WARNING)
    if fix:
        report.fixed = _fix(session, paths, unsafe_fixes, report.errors)
    targets, errors = files.expand(paths, session.patterns)
    report.errors.extend(errors)
    if on_targets is not None:
        on_targets(len(targets))
    if _large(targets):
        from copylint import matching

        matching.analyse_new_patterns()  # worth it over many files (see copylint.matching)
    workers = _worker_count(jobs, len(targets))
    if workers <= 1:
        _merge(report, session.lint(targets, on_file))
    else:
        # Lint the first file here so that lazily loaded data (dictionaries, lexicons) is in
        # memory before the fork and shared copy-on-write by the workers.
        _merge(report, session.lint(targets[:1], on_file))
        rest = targets[1:]
        global _WORKER_SESSION
        _WORKER_SESSION = session
        try:
            from copylint import workers as supervised

            done: dict[str, Report] = {}
            order = iter(rest)
            expected = next(order, None)
            for part, target in supervised.run(rest, _work, workers, timeout, _failed):
                done[target.path] = part
                # Merged (and told to on_file) in the order of the files, as soon as each is in.
                while expected is not None and expected.path in done:
                    finished = done.pop(expected.path)
                    _merge(report, finished)
                    if on_file is not None:
                        on_file(expected.path, finished.diagnostics)
                    expected = next(order, None)
        finally:
            _WORKER_SESSION = None
        for target in targets:  # configs first met by a worker: load them here for the metadata
            session.linter_for(target.path)
    if session.cache is not None and (session.cache.writes or workers > 1):
        session.cache.prune()
    report.errors[:0] = session.config_errors
    report.errors = list(dict.fromkeys(report.errors))  # a bad config met by several workers
    report.rules = session.rule_metadata()
    return report


def fix_paths(
    paths: Iterable[str],
    config: Config | Mapping[str, Any] | str | Path | None = None,
    *,
    unsafe: bool = False,
    max_bytes: int = files.DEFAULT_MAX_BYTES,
    errors: list[str] | None = None,
    timeout: float | None = budget.DEFAULT_SECONDS,
) -> list[tuple[str, int]]:
    """Apply fixes to the files (safe ones; unsafe too with ``unsafe``), each written atomically.
    Returns (path, fixes applied) for every file changed. Files that cannot be read or whose
    config is broken are left alone: a lint run reports them. A file that cannot be written
    (read-only, full disk, changed on disk meanwhile) is left as it was; its one-line message is
    added to ``errors`` and the other files are still fixed."""
    registry = Registry.base()
    explicit = make_config(config, registry.families) if config is not None else None
    return _fix(_Session(explicit, registry, max_bytes=max_bytes, timeout=timeout), paths, unsafe, errors)


def _fix(session: _Session, paths: Iterable[str], unsafe: bool, errors: list[str] | None) -> list[tuple[str, int]]:
    from copylint.fix import fix_text, write_atomic

    targets, _errors = files.expand(paths, session.patterns)
    changed = []
    for target in targets:
        linter = session.linter_for(target.path)
        if linter is None or target.path == "-":
            continue
        try:
            raw, snapshot = files.read_with_snapshot(target.path, session.max_bytes)
        except files.InputError:
            continue
        bom = raw.startswith("\ufeff")
        text = raw[1:] if bom else raw
        try:
            with budget.time_limit(session.timeout):
                new, count = fix_text(text, partial(linter.lint_text, path=target.path), unsafe)
        except RuntimeError:
            continue  # a rule crashed on this file: the lint run reports it
        except (budget.BudgetExceeded, MemoryError):
            continue  # over budget: the lint run reports it
        if count and new != text:
            try:
                write_atomic(target.path, new, keep_bom=bom, expect=snapshot)
            except files.WriteError as exc:
                if errors is not None:
                    errors.append(str(exc))
                continue
            changed.append((target.path, count))
    return changed


#: A run over at least this many files, or this many bytes, analyses its regexes for speed.
LARGE_RUN_FILES = 16
LARGE_RUN_BYTES = 256_000


def _large(targets: Sequence[files.Target]) -> bool:
    if len(targets) >= LARGE_RUN_FILES:
        return True
    total = 0
    for target in targets:
        try:
            total += os.stat(target.path).st_size if target.path != "-" else 0
        except OSError:
            continue
    return total >= LARGE_RUN_BYTES


def _worker_count(jobs: int, n_targets: int) -> int:
    if jobs == 1 or n_targets < 24:
        return 1
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, jobs or (os.cpu_count() or 1))


def failing(diagnostics: Iterable[Diagnostic], threshold: Severity) -> bool:
    """Any diagnostic at or above ``threshold`` (``Report.failed`` uses each file's own)."""
    return any(d.severity.rank >= threshold.rank for d in diagnostics)
