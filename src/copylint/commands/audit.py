"""``copylint audit SOURCE -o OUT/``: lint a whole archive into Parquet tables and a dashboard."""

from __future__ import annotations

import signal
import sys

import click

EXIT_OK, EXIT_ERROR, EXIT_INTERRUPTED = 0, 2, 130


@click.command("audit")
@click.argument("source", type=str)
@click.option(
    "--output",
    "-o",
    "out",
    required=True,
    type=click.Path(file_okay=False),
    help="Output folder (created; an interrupted audit resumes here).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, exists=True),
    help="Config file (default: the nearest .copylint.yaml above SOURCE).",
)
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Articles per partition (the unit of work, of output and of resuming).",
)
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, help="Local worker processes (0: one per CPU).")
@click.option("--scheduler", help="Run on this Dask scheduler (tcp://host:8786); needs copylint[dask].")
@click.option("--no-dashboard", is_flag=True, help="Only the Parquet tables, no report.html.")
def audit(
    source: str,
    out: str,
    config_path: str | None,
    partition_size: int,
    jobs: int,
    scheduler: str | None,
    no_dashboard: bool,
) -> None:
    """Audit an archive: SOURCE is a folder of articles, or a JSON Lines or Parquet file of records
    (id, text or html, optional format, published, desk, author, url, other metadata)."""
    try:
        from copylint.audit import AuditError, AuditJob, run_audit
    except ImportError as exc:  # pyarrow or matplotlib missing
        click.echo(f"copylint audit needs the audit extra (pip install 'copylint[audit]'): {exc}", err=True)
        sys.exit(EXIT_ERROR)
    job = AuditJob(source, out, config_path, partition_size, jobs, scheduler, not no_dashboard)
    bar = sys.stderr.isatty()

    def progress(done: int, total: int, result) -> None:  # type: ignore[no-untyped-def]
        if bar:
            width = 30
            filled = width * done // max(total, 1)
            click.echo(
                f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} partitions, {result.articles:,} articles",
                err=True,
                nl=False,
            )

    def terminate(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, terminate)
    try:
        result = run_audit(job, progress=progress)
    except KeyboardInterrupt:
        click.echo(
            f"\ncopylint audit: interrupted; committed partitions are kept in {out}: "
            "run the same command again to resume",
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    except AuditError as exc:
        click.echo(f"copylint audit: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except ImportError as exc:
        click.echo(f"copylint audit --scheduler needs the dask extra (pip install 'copylint[dask]'): {exc}", err=True)
        sys.exit(EXIT_ERROR)
    if bar:
        click.echo("", err=True)
    for problem in result.problems:
        click.echo(f"{source}: {problem}", err=True)
    rate = result.articles / result.seconds if result.seconds else 0.0
    click.echo(
        f"Audited {result.articles:,} articles ({result.words:,} words) in {result.run} partitions "
        f"({result.skipped} already done): {result.diagnostics:,} diagnostics, {rate:,.1f} articles/s. "
        f"Tables in {out}/diagnostics and {out}/articles"
        + ("" if no_dashboard else f"; dashboard {out}/report.html")
        + "."
    )
    sys.exit(EXIT_ERROR if result.problems else EXIT_OK)
