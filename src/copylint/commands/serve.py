"""``copylint serve``: an HTTP server speaking LanguageTool's API (and copylint's own)."""

from __future__ import annotations

import sys

import click

EXIT_ERROR = 2


@click.command("serve")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="The house config (default: found from the working directory).",
)
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to bind (0.0.0.0 exposes it to the network)."
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8081,
    show_default=True,
    help="Port (8081 is LanguageTool's local port).",
)
@click.option(
    "--workers", type=click.IntRange(1, 64), default=2, show_default=True, help="Lint worker processes (one per core)."
)
@click.option(
    "--queue",
    type=click.IntRange(0, 10_000),
    default=32,
    show_default=True,
    help="Requests that may wait for a worker; more get 503.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0.1, 600),
    default=10.0,
    show_default=True,
    help="Seconds a check may take before the answer is 503.",
)
@click.option(
    "--max-request-size",
    type=click.FloatRange(0.001, 100),
    default=1.0,
    show_default=True,
    help="Largest request body in MB (413 beyond).",
)
@click.option(
    "--max-connections",
    type=click.IntRange(1, 10_000),
    default=128,
    show_default=True,
    help="Open connections at once.",
)
@click.option("--allow-origin", help="Send Access-Control-Allow-Origin with this value (e.g. '*' for Obsidian).")
@click.option("--verbose", "-v", is_flag=True, help="Log every request to stderr.")
def serve(
    config_path: str | None,
    host: str,
    port: int,
    workers: int,
    queue: int,
    timeout: float,
    max_request_size: float,
    max_connections: int,
    allow_origin: str | None,
    verbose: bool,
) -> None:
    """Serve LanguageTool's HTTP API (/v2/check, /v2/languages) and copylint's (/v1/lint)."""
    from copylint.serve.http import Limits
    from copylint.serve.http import serve as run
    from copylint.serve.service import Unavailable

    limits = Limits(
        max_body=int(max_request_size * 1e6),
        workers=workers,
        queue=queue,
        timeout=timeout,
        max_connections=max_connections,
    )
    try:
        run(config_path, host, port, limits, allow_origin, verbose)
    except Unavailable as exc:
        click.echo(f"copylint: error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except OSError as exc:
        click.echo(f"copylint: error: cannot listen on {host}:{port}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_ERROR)
