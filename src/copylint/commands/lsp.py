"""``copylint lsp``: the language server, over stdio (or TCP)."""

from __future__ import annotations

import sys

import click

EXIT_ERROR = 2


@click.command("lsp")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="Use this config for every document (no discovery).",
)
@click.option("--tcp", is_flag=True, help="Listen on TCP instead of talking over stdin/stdout.")
@click.option("--host", default="127.0.0.1", show_default=True, help="With --tcp: the address to bind.")
@click.option("--port", type=click.IntRange(0, 65535), default=2087, show_default=True, help="With --tcp: the port.")
@click.option(
    "--debounce",
    type=click.FloatRange(0, 10),
    default=0.3,
    show_default=True,
    help="Seconds of quiet after an edit before checking.",
)
@click.option("--stdio", is_flag=True, hidden=True, help="Accepted for clients that pass it (stdio is the default).")
def lsp(config_path: str | None, tcp: bool, host: str, port: int, debounce: float, stdio: bool) -> None:
    """Run the language server (Markdown, plain text, HTML) for editors."""
    try:
        from copylint.lsp.server import run
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in ("pygls", "lsprotocol"):
            click.echo("copylint: error: `copylint lsp` needs the lsp extra: pip install 'copylint[lsp]'", err=True)
            sys.exit(EXIT_ERROR)
        raise
    run(config_path, tcp=tcp and not stdio, host=host, port=port, debounce=debounce)
