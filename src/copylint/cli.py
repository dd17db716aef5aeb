"""The command line: parse arguments, call the library, report, choose the exit code.

Exit codes: 0 nothing at or above ``--fail-on``; 1 diagnostics at or above it; 2 usage,
configuration or input errors.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from copylint import collector

with collector.importing():  # see copylint.collector
    import click

    from copylint import budget
    from copylint.api import lint_paths
    from copylint.config import ConfigError, find_config, load_config
    from copylint.diagnostic import Severity
    from copylint.escape import one_line
    from copylint.files import DEFAULT_MAX_BYTES
    from copylint.packs import PackError
    from copylint.registry import PluginError, Registry
    from copylint.report import FORMATS, NEEDS_SOURCES, RenderOptions, renderer
    from copylint.terminal import Progress, use_colour

EXIT_CLEAN, EXIT_FAILED, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT
SEVERITIES = click.Choice([s.value for s in Severity], case_sensitive=False)


class UsageError(click.UsageError):
    exit_code = EXIT_ERROR


#: Sub-commands in their own modules, imported only when named (or listed by --help): a
#: ``check`` run does not pay for the readability measures, the audit's tables or the servers.
_LAZY_COMMANDS = {
    "audit": "copylint.commands.audit",
    "lsp": "copylint.commands.lsp",
    "serve": "copylint.commands.serve",
    "stats": "copylint.commands.stats",
}


class _Group(click.Group):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        # Only the program itself (console script, ``python -m copylint``) calls the group; click's
        # test runner and hosts call ``main.main(...)``.
        with collector.program():
            return super().__call__(*args, **kwargs)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = _LAZY_COMMANDS.get(cmd_name)
        if module is not None and cmd_name not in self.commands:
            import importlib

            self.add_command(getattr(importlib.import_module(module), cmd_name))
        return super().get_command(ctx, cmd_name)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="copylint")
def main() -> None:
    """copylint: an editorial quality linter for news copy."""
    # Every command (building rules, linting, reporting) with the garbage collector's young
    # threshold raised; restored when the command ends (see copylint.collector).
    click.get_current_context().with_resource(collector.linting())


def _interruptible(command: Callable[..., None]) -> Callable[..., None]:
    """Ctrl-C ends the command with one line and exit code 130 (workers are already stopped)."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except KeyboardInterrupt:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut this short
            click.echo("copylint: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)

    return run


def _fail(message: str) -> None:
    click.echo(one_line(f"copylint: error: {message}"), err=True)
    sys.exit(EXIT_ERROR)


@main.command()
@click.argument("paths", nargs=-1, type=str)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--config", "config_path", type=str, help="Use this config file for every file (no discovery).")
@click.option("--select", multiple=True, help="Only these rules (id, family, group or glob); repeatable.")
@click.option(
    "--extend-select",
    "extend_select",
    multiple=True,
    help="Add rules to the selection (a group such as 'coaching', an id); repeatable.",
)
@click.option("--ignore", multiple=True, help="Skip these rules (id, family or glob); repeatable.")
@click.option("--language", type=click.Choice(["en-US", "en-GB"]), help="Override the configured language.")
@click.option(
    "--preset", type=click.Choice(["ap", "bbc"]), help="Newsroom style preset [default: bbc for en-GB, else ap]."
)
@click.option("--fail-on", type=SEVERITIES, default=None, help="Lowest severity that fails the run [default: warning].")
@click.option("--fix", "do_fix", is_flag=True, help="Apply safe fixes to the files.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply unsafe fixes (e.g. spelling); implies --fix.")
@click.option("--stdin-format", type=click.Choice(["markdown", "html", "text"]), default="markdown", show_default=True)
@click.option("--stdin-filename", default="<stdin>", show_default=True, help="Name shown for '-'.")
@click.option("--report-unused-suppressions", is_flag=True, help="Report suppression comments that suppress nothing.")
@click.option("--color/--no-color", default=None, help="Colour output (default: only on a terminal).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report to a file.")
@click.option(
    "--max-file-size",
    type=float,
    default=DEFAULT_MAX_BYTES / 1e6,
    show_default=True,
    help="Skip files larger than this many MB.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print diagnostics only, no summary line (text format).")
@click.option(
    "--jobs", "-j", type=click.IntRange(min=0), default=0, help="Worker processes (0: one per CPU for large runs)."
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Lint every file again instead of reusing cached results (also COPYLINT_NO_CACHE=1).",
)
@click.option(
    "--diff-base",
    metavar="REF",
    help="Report only lines changed since REF (git: merge base of REF and HEAD, plus uncommitted and untracked files); with no paths, check the changed files.",
)
@click.option(
    "--diff",
    "diff_file",
    metavar="FILE|-",
    help="Report only lines a unified diff adds or changes (a file, or - for stdin); with no paths, check the changed files.",
)
@click.option(
    "--statistics",
    is_flag=True,
    help="Print counts per rule and how many --fix / --unsafe-fixes would fix, instead of each diagnostic (text format).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=budget.DEFAULT_SECONDS,
    show_default=True,
    help="Seconds one file may take before it is reported as an error (0: no limit).",
)
@click.option(
    "--max-memory",
    type=click.FloatRange(min=0),
    default=budget.DEFAULT_MEMORY / (1 << 30),
    show_default=True,
    help="GB of memory the run may use; a file that needs more is reported as an error (0: no limit).",
)
@_interruptible
def check(
    paths: tuple[str, ...],
    fmt: str,
    config_path: str | None,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    language: str | None,
    preset: str | None,
    fail_on: str | None,
    do_fix: bool,
    unsafe_fixes: bool,
    stdin_format: str,
    stdin_filename: str,
    report_unused_suppressions: bool,
    color: bool | None,
    output: str | None,
    max_file_size: float,
    quiet: bool,
    jobs: int,
    no_cache: bool,
    diff_base: str | None,
    diff_file: str | None,
    statistics: bool,
    timeout: float,
    max_memory: float,
) -> None:
    """Check articles: files, folders (walked for .md/.markdown/.txt/.html/.htm), globs, or - for stdin."""
    budget.limit_memory(int(max_memory * (1 << 30)))
    if select or ignore or extend_select:
        _check_cli_selectors(config_path, select + extend_select, ignore)
    changes = _changes(diff_base, diff_file, paths)
    if changes is not None and not paths:
        paths = tuple(_changed_copy(changes))
        if not paths:
            click.echo("copylint: no changed copy to check", err=True)
            sys.exit(EXIT_CLEAN)
    if unsafe_fixes and not do_fix:
        if "-" in paths:
            raise UsageError("--unsafe-fixes applies fixes to files, and cannot be used with stdin ('-')")
        click.echo("copylint: --unsafe-fixes implies --fix: applying safe and unsafe fixes", err=True)
        do_fix = True
    if do_fix and "-" in paths:
        raise UsageError("--fix cannot be used with stdin ('-')")
    colour = fmt == "text" and output is None and use_colour(color, sys.stdout.isatty())
    stream = fmt == "text" and output is None and not statistics
    live = _Live(colour, stream, changes, _document_rules(config_path) if changes is not None else frozenset())
    try:
        report = lint_paths(
            paths or (".",),
            config_path,
            stdin_format=stdin_format,
            stdin_name=stdin_filename,
            report_unused=report_unused_suppressions,
            max_bytes=int(max_file_size * 1e6),
            keep_sources=fmt in NEEDS_SOURCES,
            jobs=jobs,
            select=select,
            ignore=ignore,
            language=language,
            extend_select=extend_select,
            fail_on=fail_on,
            fix=do_fix,
            unsafe_fixes=unsafe_fixes,
            cache=not (no_cache or os.environ.get("COPYLINT_NO_CACHE")),
            timeout=timeout or None,
            preset=preset,
            on_file=live.file_done,
            on_targets=live.start,
        )
    except (ConfigError, PackError, PluginError) as exc:
        _fail(str(exc))
    live.finish()
    if changes is not None:
        from copylint import diffs

        report.diagnostics = diffs.keep(report.diagnostics, changes, live.document_rules)
    for path, count in report.fixed:
        click.echo(one_line(f"copylint: fixed {count} problem{'s' if count != 1 else ''} in {path}"), err=True)
    for note in report.notes:
        click.echo(one_line(f"copylint: {note}"), err=True)
    for problem in report.errors:
        click.echo(one_line(f"copylint: error: {problem}"), err=True)
    if statistics and fmt == "text":
        from copylint.report import statistics as stats_table
        from copylint.report.text import summary_line

        text = "\n".join(filter(None, [stats_table.render(report.diagnostics), "" if quiet else summary_line(report)]))
    elif stream:  # the diagnostics are out already, file by file
        from copylint.report.text import summary_line

        text = "" if quiet else summary_line(report)
    else:
        text = renderer(fmt)(report, RenderOptions(colour=colour, quiet=quiet and fmt == "text"))
    if output:
        try:
            from copylint.fix import write_atomic

            write_atomic(output, text + "\n")
        except OSError as exc:
            _fail(str(exc))
    elif text:
        click.echo(text, color=colour)
    sys.exit(report.exit_code)


class _Live:
    """What a run shows while it goes: a progress line on a terminal (stderr) and, in text
    format, each file's diagnostics as soon as the file is done."""

    def __init__(self, colour: bool, stream: bool, changes, document_rules: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
        self.colour, self.stream, self.changes, self.document_rules = colour, stream, changes, document_rules
        self.progress: Progress | None = None

    def start(self, total: int) -> None:
        self.progress = Progress(total)

    def file_done(self, path: str, diagnostics: list) -> None:  # type: ignore[type-arg]
        if self.stream and diagnostics:
            if self.changes is not None:
                from copylint import diffs

                diagnostics = diffs.keep(diagnostics, self.changes, self.document_rules)
            if diagnostics:
                from copylint.report.text import diagnostic_lines

                if self.progress is not None:
                    self.progress.clear()
                click.echo("\n".join(diagnostic_lines(diagnostics, self.colour)), color=self.colour)
        if self.progress is not None:
            self.progress.advance()

    def finish(self) -> None:
        if self.progress is not None:
            self.progress.clear()


def _check_cli_selectors(config_path: str | None, select: tuple[str, ...], ignore: tuple[str, ...]) -> None:
    """Unknown ids in --select/--ignore are the command line's fault: say so, with a did-you-mean."""
    from copylint.ids import unknown

    registry = _registry(config_path)
    families = {rid.split(".", 1)[0] for rid in registry.rules} | {
        n for n, f in registry.families.items() if not f.backend
    }
    families |= set(registry.groups())
    for option, values in (("--select", select), ("--ignore", ignore)):
        for value in values:
            problem = unknown(value, registry.rules, families)
            if problem:
                raise UsageError(f"{option} {value}: {problem}")


def _changes(diff_base: str | None, diff_file: str | None, paths: tuple[str, ...]):  # type: ignore[no-untyped-def]
    if diff_base is None and diff_file is None:
        return None
    if diff_base is not None and diff_file is not None:
        raise UsageError("use --diff-base or --diff, not both")
    if diff_file == "-" and "-" in paths:
        raise UsageError("--diff - reads the diff from stdin, so '-' cannot also be a file to check")
    from copylint import diffs

    try:
        return diffs.from_git(diff_base) if diff_base is not None else diffs.read_diff(diff_file or "-")
    except diffs.DiffError as exc:
        _fail(str(exc))


def _changed_copy(changes) -> list[str]:  # type: ignore[no-untyped-def]
    """The changed files that are copy (the kinds folders are walked for)."""
    from pathspec import GitIgnoreSpec

    from copylint.files import DEFAULT_INCLUDE

    found = find_config(Path.cwd())
    try:
        config = load_config(found, Registry.base().families) if found else None
    except (ConfigError, PackError, PluginError):
        config = None
    spec = GitIgnoreSpec.from_lines(list((config.include if config else ()) or DEFAULT_INCLUDE))
    exclude = GitIgnoreSpec.from_lines(list(config.exclude if config else ()))
    return [p for p in changes.paths() if spec.match_file(Path(p).name) and not exclude.match_file(p)]


def _document_rules(config_path: str | None) -> frozenset[str]:
    """Rules whose findings are about a whole document (kept when the document changed at all)."""
    from copylint.diffs import DOCUMENT_TAG

    try:
        registry = Registry.base()
        found = config_path or find_config(Path.cwd())
        if found:
            registry = registry.for_config(load_config(found, registry.families))
    except (ConfigError, PackError, PluginError):
        return frozenset()
    return frozenset(r.meta.id for r in registry if DOCUMENT_TAG in r.meta.tags)


@main.command("rules")
@click.option("--family", help="Only rules of this family.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="markdown: the full rule reference (docs/rules.md is generated with it).",
)
@click.option("--config", "config_path", type=str, help="Include the local packs of this config.")
def list_rules(family: str | None, fmt: str, config_path: str | None) -> None:
    """List every rule with its family, default severity and summary."""
    registry = _registry(config_path)
    rules = [r for r in registry if family is None or r.meta.family == family]
    if fmt == "markdown":
        from copylint.docs import rules_markdown

        click.echo(rules_markdown([r.meta for r in rules], registry.families), nl=False)
        return
    if fmt == "json":
        import json

        click.echo(json.dumps([_meta_dict(r.meta) for r in rules], indent=2, ensure_ascii=False))
        return
    width = max((len(r.meta.id) for r in rules), default=10)
    for r in rules:
        m = r.meta
        flags = ("fix " if m.fixable else "") + ("" if m.enabled else f"off:{m.group}" if m.group else "off")
        measured = f"{m.precision.rate:4.0%} of {m.precision.judged:<3}" if m.precision else "unmeasured"
        click.echo(f"{m.id:<{width}}  {m.family:<12} {m.severity.value:<10} {flags:<16} {measured:<11} {m.summary}")
    families: dict[str, int] = {}
    for r in rules:
        families[r.meta.family] = families.get(r.meta.family, 0) + 1
    click.echo(f"{len(rules)} rules: " + ", ".join(f"{k} {v}" for k, v in sorted(families.items())))
    click.echo(
        "Precision: share judged right, blind, on unseen news copy (copylint explain RULE for the counts)."
        " Off-by-default groups: "
        + ", ".join(sorted({r.meta.group for r in rules if r.meta.group}))
        + " (turn one on with `extend-select: [GROUP]`)."
    )


def _registry(config_path: str | None) -> Registry:
    """The registry with the local packs of ``--config`` or of the working directory's config."""
    try:
        registry = Registry.base()
        found = config_path or find_config(Path.cwd())
        return (
            registry.for_config(load_config(found, registry.families, trusted=bool(config_path))) if found else registry
        )
    except (ConfigError, PackError, PluginError) as exc:
        _fail(str(exc))
    raise AssertionError  # pragma: no cover


def _meta_dict(m) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "id": m.id,
        "family": m.family,
        "severity": m.severity.value,
        "fixable": m.fixable,
        "enabled": m.enabled,
        "group": m.group,
        "precision": None
        if m.precision is None
        else {
            "right": m.precision.right,
            "debatable": m.precision.debatable,
            "wrong": m.precision.wrong,
            "judged": m.precision.judged,
            "rate": round(m.precision.rate, 3),
            "date": m.precision.date,
            "corpus": m.precision.corpus,
            "seeds": list(m.precision.seeds),
        },
        "summary": m.summary,
        "source": m.source,
        "origin": m.origin,
        "defined_in": m.defined_in,
    }


@main.command()
@click.argument("rule_id")
@click.option("--config", "config_path", type=str, help="Include the local packs of this config.")
def explain(rule_id: str, config_path: str | None) -> None:
    """Print a rule's documentation: what it flags, why, bad and good examples, its source."""
    registry = _registry(config_path)
    found = registry.get(rule_id)
    if found is None:
        from copylint.ids import hint

        _fail(f"unknown rule {rule_id!r}{hint(rule_id, registry.rules) or ' (see `copylint rules`)'}")
    from copylint.docs import explain_text

    click.echo(explain_text(found.meta))  # type: ignore[union-attr]


@main.group()
def cache() -> None:
    """The result cache (files whose text and configuration are unchanged are not linted again)."""


@cache.command("clean")
def cache_clean() -> None:
    """Delete every cached result."""
    from copylint import resultcache

    count = resultcache.clean()
    click.echo(f"copylint: removed {count} cached result{'s' if count != 1 else ''} from {resultcache.results_dir()}")


@cache.command("dir")
def cache_dir() -> None:
    """Print the result cache's folder."""
    from copylint import resultcache

    click.echo(str(resultcache.results_dir()))


def console() -> None:
    """The ``copylint`` program: the console script and ``python -m copylint``, never the library
    or click's test runner (they call :data:`main`).

    It runs :data:`main` and then ends the process without the interpreter's teardown, as mypy
    does: freeing what a run holds (rule index, lexicon, tagger model, modules) one object at a
    time costs about 12 ms of CPU, a twentieth of a one-article check. Everything the normal exit
    does that can be seen outside the process is done first: the ``atexit`` handlers run (the
    pattern store is saved, ``logging`` and ``multiprocessing`` finish), then standard output and
    error are flushed, and the exit code is :data:`main`'s. When that cannot be done exactly (the
    interpreter has no ``atexit._run_exitfuncs``, another thread is still running,
    a flush fails, the exit code is not a number) the process ends the normal way."""
    try:
        main()
    except SystemExit as end:
        code = 0 if end.code is None else end.code
        if not isinstance(code, int) or not _hard_exit_ready():
            raise
    else:  # pragma: no cover - click's standalone main always ends with SystemExit
        code = EXIT_CLEAN
    os._exit(code)


def _hard_exit_ready() -> bool:
    """Run what the interpreter would run at exit and flush the output; whether ``os._exit`` may
    now end the process with nothing lost (see :func:`console`)."""
    import atexit

    threading = sys.modules.get("threading")
    if threading is not None and any(t is not threading.main_thread() and t.is_alive() for t in threading.enumerate()):
        return False  # the normal exit waits for them (or for the work they were given)
    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_functions is None:  # pragma: no cover - CPython has it
        return False
    run_exit_functions()  # the handlers run once: the normal exit would find none left
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            return False  # the normal exit reports it as before
    return True


if __name__ == "__main__":  # pragma: no cover
    console()
