#!/usr/bin/env python
"""Which HTTP stack for `copylint serve`: the standard library's threading server against
uvicorn (ASGI), both in front of the same application object and lint workers.

Usage:
    pip install uvicorn            # only for this measurement; copylint does not depend on it
    nice bench/serve_stack.py [--clients 16] [--seconds 10]

For each stack, runs bench/serve_load.py's client loop against ``GET /health`` (the stack
alone) and ``POST /v2/check`` (a 40-word paragraph). Prints requests/s and p50/p99 latency.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copylint.serve.http import App, Limits, Server  # noqa: E402
from copylint.serve.service import Service  # noqa: E402
from serve_load import SAMPLE, run  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def asgi(app: App):  # type: ignore[no-untyped-def]
    """The same App behind ASGI: the request runs in a thread, as the stdlib server's do."""

    async def application(scope, receive, send):  # type: ignore[no-untyped-def]
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        target = scope["path"] + ("?" + scope["query_string"].decode() if scope["query_string"] else "")
        response = await asyncio.to_thread(app.handle, scope["method"], target, body, headers.get("content-type", ""))
        await send(
            {
                "type": "http.response.start",
                "status": response.status,
                "headers": [(b"content-type", response.content_type.encode())],
            }
        )
        await send({"type": "http.response.body", "body": response.body})

    return application


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=10)
    args = ap.parse_args()
    service = Service()
    service.check("Warm-up.", "markdown")
    limits = Limits(workers=2, queue=1000, timeout=60, max_connections=1000)
    bodies = [urllib.parse.urlencode({"text": SAMPLE, "language": "en-US", "level": "picky"}).encode()]

    port = free_port()
    app = App(service, limits)
    server = Server(("127.0.0.1", port), app)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    results = {}
    for endpoint in ("health", "check"):
        results[("stdlib", endpoint)] = run("127.0.0.1", port, args.clients, args.seconds, bodies, endpoint)
    server.stop()

    try:
        import uvicorn
    except ModuleNotFoundError:
        print("uvicorn is not installed: only the standard library server was measured")
    else:
        port = free_port()
        app = App(service, limits)
        config = uvicorn.Config(asgi(app), host="127.0.0.1", port=port, log_level="warning", access_log=False)
        uv = uvicorn.Server(config)
        thread = threading.Thread(target=uv.run, daemon=True)
        thread.start()
        while not uv.started:
            time.sleep(0.05)
        for endpoint in ("health", "check"):
            results[("uvicorn", endpoint)] = run("127.0.0.1", port, args.clients, args.seconds, bodies, endpoint)
        uv.should_exit = True
        thread.join(10)
        app.pool.shutdown()
    print(f"{args.clients} clients for {args.seconds:g} s per row")
    print(f"{'stack':<8} {'endpoint':<8} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'failed':>7}")
    for (stack, endpoint), r in results.items():
        print(f"{stack:<8} {endpoint:<8} {r['rps']:>8.1f} {r['p50_ms']:>8.1f} {r['p99_ms']:>8.1f} {r['failed']:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
