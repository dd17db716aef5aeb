"""`copylint serve`: LanguageTool's HTTP API and copylint's own JSON API on the standard
library's threading HTTP server, with a request size limit, a bounded pool of lint worker
processes, a per-request timeout and a clean stop on SIGTERM.

Routes: ``POST|GET /v2/check`` and ``GET /v2/languages`` (LanguageTool), ``POST /v1/lint``
(copylint's contract: the JSON of ``copylint check --format json`` for one text, with offsets),
``GET /health``.
"""

from __future__ import annotations

import json
import signal
import socket
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from copylint import __version__
from copylint.positions import TextIndex
from copylint.serve import languagetool as lt
from copylint.serve.service import BadRequest, Service, Unavailable
from copylint.serve.workers import Job, ProcessWorkers, WorkerFailed

DEFAULT_PORT = 8081  # LanguageTool's own local port: its clients' "local server" setting finds it
MAX_FIELDS = 64


@dataclass(frozen=True)
class Limits:
    max_body: int = 1_000_000
    workers: int = 2
    queue: int = 32
    timeout: float = 10.0
    max_connections: int = 128
    idle: float = 30.0


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


def _json(status: int, value: Any) -> Response:
    return Response(status, json.dumps(value, ensure_ascii=False).encode("utf-8"))


def _error(status: int, message: str, api: str) -> Response:
    """LanguageTool's routes answer errors in plain text ("Error: ..."), copylint's in JSON."""
    if api == "v2":
        return Response(status, f"Error: {message}\n".encode(), "text/plain; charset=utf-8")
    return _json(status, {"error": message})


class App:
    """Routes requests to the service through a bounded pool of lint workers."""

    def __init__(self, service: Service, limits: Limits, allow_origin: str | None = None) -> None:
        self.service = service
        self.limits = limits
        self.allow_origin = allow_origin
        self.pool = ProcessWorkers(limits.workers, service)
        self.slots = threading.BoundedSemaphore(limits.workers + limits.queue)

    def handle(self, method: str, target: str, body: bytes, content_type: str) -> Response:
        url = urllib.parse.urlsplit(target)
        path = url.path.rstrip("/") or "/"
        api = "v2" if path.startswith("/v2/") else "v1"
        routes: dict[str, tuple[tuple[str, ...], Callable[[], Response]]] = {
            "/v2/check": (("GET", "POST"), lambda: self._lt_check(url.query, body)),
            "/v2/languages": (("GET",), lambda: _json(200, lt.languages(self.service.default_language()))),
            "/v1/lint": (("POST",), lambda: self._lint(body, content_type)),
            "/health": (("GET",), lambda: _json(200, {"status": "ok", "version": __version__})),
        }
        if path not in routes:
            return _error(404, f"no such endpoint {path!r} (try /v2/check, /v2/languages, /v1/lint)", api)
        methods, run = routes[path]
        if method not in methods:
            response = _error(405, f"{path} takes {' or '.join(methods)}, not {method}", api)
            response.headers["Allow"] = ", ".join(methods)
            return response
        try:
            return run()
        except BadRequest as exc:
            return _error(400, str(exc), api)
        except Unavailable as exc:
            return _error(503, str(exc), api)
        except WorkerFailed as exc:
            sys.stderr.write(f"copylint serve: internal error on {method} {path}: {exc}\n")
            return _error(500, "internal error (logged by the server)", api)

    def run_limited(self, job: Job) -> Any:
        """Run ``job`` on a lint worker process: 503 when every worker and queue slot is taken,
        or when it takes longer than the timeout (the worker is then killed and replaced)."""
        if not self.slots.acquire(blocking=False):
            raise Unavailable("server busy: every worker and queue slot is taken, retry shortly")
        try:
            return self.pool.run(job, self.limits.timeout)
        finally:
            self.slots.release()

    # -- LanguageTool ----------------------------------------------------------------------

    def _lt_check(self, query: str, body: bytes) -> Response:
        params = _form(query, body)
        request = lt.parse_check(params)
        return _json(200, self.run_limited((lt.check, (request,))))

    # -- copylint's own contract -----------------------------------------------------------

    def _lint(self, body: bytes, content_type: str) -> Response:
        if content_type.split(";")[0].strip().lower() not in ("application/json", ""):
            raise BadRequest(f"send the request as application/json, not {content_type}")
        try:
            payload = json.loads(body.decode("utf-8"))
        except UnicodeDecodeError:
            raise BadRequest("the body is not valid UTF-8") from None
        except json.JSONDecodeError as exc:
            raise BadRequest(f"the body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
        if not isinstance(payload, dict):
            raise BadRequest('the body must be a JSON object: {"text": ..., "format": "markdown"}')
        unknown = set(payload) - {"text", "format", "path", "language"}
        if unknown:
            raise BadRequest(f"unknown field(s): {', '.join(sorted(unknown))} (known: text, format, path, language)")
        text, fmt = payload.get("text"), payload.get("format", "markdown")
        name, language = payload.get("path", "<request>"), payload.get("language")
        if not isinstance(text, str):
            raise BadRequest("'text' must be a string")
        for key, value in (("format", fmt), ("path", name)):
            if not isinstance(value, str):
                raise BadRequest(f"'{key}' must be a string")
        if language is not None and not isinstance(language, str):
            raise BadRequest("'language' must be a string")
        return _json(200, self.run_limited((lint_result, (text, fmt, name, language))))


def lint_result(service: Service, text: str, fmt: str, name: str, language: str | None) -> dict[str, Any]:
    """`POST /v1/lint`: the JSON of `copylint check --format json` for one text, with offsets."""
    checked = service.check(text, fmt, name=name, language=language)
    body = text[1:] if text.startswith("\ufeff") else text
    index = TextIndex(body)
    diagnostics = []
    counts = {"error": 0, "warning": 0, "suggestion": 0}
    for d in checked.diagnostics:
        item = d.to_dict()
        start = index.offset(d.line, d.column)
        end = max(start, index.offset(d.end_line, d.end_column))
        item.update(
            offset=start,
            end_offset=end,
            utf16_offset=index.utf16_offset(start),
            utf16_end_offset=index.utf16_offset(end),
        )
        diagnostics.append(item)
        counts[d.severity.value] += 1
    return {
        "diagnostics": diagnostics,
        "summary": {
            "files": 1,
            "words": checked.document.word_count,
            "diagnostics": len(diagnostics),
            "errors": counts["error"],
            "warnings": counts["warning"],
            "suggestions": counts["suggestion"],
            "language": checked.language,
        },
    }


def _form(query: str, body: bytes) -> dict[str, list[str]]:
    """Form fields from the query string and an ``application/x-www-form-urlencoded`` body.
    The body is read as a form whatever its Content-Type says (LTeX sends forms labelled JSON)."""
    try:
        raw = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("the body is not valid UTF-8") from None
    if raw.lstrip().startswith("{"):
        raise BadRequest(
            "send the fields form-encoded (text=...&language=...), not as JSON (copylint's JSON API is /v1/lint)"
        )
    params: dict[str, list[str]] = {}
    for source in (query, raw):
        if not source:
            continue
        try:
            fields = urllib.parse.parse_qs(source, keep_blank_values=True, max_num_fields=MAX_FIELDS, errors="strict")
        except ValueError as exc:
            raise BadRequest(f"cannot read the form: {exc}") from None
        for key, values in fields.items():
            params.setdefault(key, []).extend(values)
    return params


class Handler(BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart (delayed ACK)
    server_version = f"copylint/{__version__}"

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.app.limits.idle)  # idle keep-alive and slow clients

    def _send(self, response: Response) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        origin = self.server.app.allow_origin
        if origin:
            self.send_header("Access-Control-Allow-Origin", origin)
        for key, value in response.headers.items():
            self.send_header(key, value)
        if self.server.stopping.is_set():
            self.close_connection = True
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def _dispatch(self) -> None:
        api = "v2" if self.path.startswith("/v2/") else "v1"
        length_header = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding", "").lower() not in ("", "identity"):
            self.close_connection = True
            self._send(_error(411, "send the body with a Content-Length (chunked bodies are not read)", api))
            return
        try:
            length = int(length_header) if length_header is not None else 0
            if length < 0:
                raise ValueError
        except ValueError:
            self.close_connection = True
            self._send(_error(400, f"bad Content-Length {length_header!r}", api))
            return
        limit = self.server.app.limits.max_body
        if length > limit:
            self.close_connection = True  # the body is not read: the connection cannot be reused
            self._send(_error(413, f"request body of {length} bytes is over the limit of {limit} bytes", api))
            return
        body = self.rfile.read(length) if length else b""
        if len(body) < length:
            self.close_connection = True
            return  # the client went away mid-body
        try:
            response = self.server.app.handle(self.command, self.path, body, self.headers.get("Content-Type", ""))
        except Exception as exc:  # noqa: BLE001 - never a traceback to the client
            self.server.report(f"internal error on {self.command} {self.path}: {type(exc).__name__}: {exc}")
            response = _error(500, "internal error (logged by the server)", api)
        self._send(response)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _dispatch

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_OPTIONS(self) -> None:
        response = Response(204, b"", "text/plain")
        response.headers["Allow"] = "GET, POST, OPTIONS"
        if self.server.app.allow_origin:
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept"
        self._send(response)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Malformed request lines and headers: a short plain-text answer, no HTML page."""
        self.close_connection = True
        if self.request_version == "HTTP/0.9":  # an unreadable request line: answer with a status line anyway
            self.request_version = "HTTP/1.0"
        try:
            self._send(
                Response(code, f"Error: {message or HTTPStatus(code).phrase}\n".encode(), "text/plain; charset=utf-8")
            )
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        if self.server.verbose:
            sys.stderr.write(f"copylint serve: {self.address_string()} {format % args}\n")


class Server(ThreadingHTTPServer):
    """Threads per connection (at most ``max_connections``); linting goes through App's pool.
    Request threads are not daemons: :meth:`stop` lets the ones in flight finish."""

    daemon_threads = False
    block_on_close = True
    allow_reuse_address = True
    request_queue_size = 128  # the listen backlog: bursts of new clients wait instead of being reset

    def __init__(self, address: tuple[str, int], app: App, verbose: bool = False) -> None:
        self.app = app
        self.verbose = verbose
        self.stopping = threading.Event()
        self.connections: set[socket.socket] = set()
        self._conn_lock = threading.Lock()
        super().__init__(address, Handler)

    def process_request(self, request: socket.socket, client_address: Any) -> None:  # type: ignore[override]
        with self._conn_lock:
            full = len(self.connections) >= self.app.limits.max_connections
            if not full:
                self.connections.add(request)
        if full:
            body = b"Error: too many open connections\n"
            head = b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
            try:
                request.sendall(head + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def shutdown_request(self, request: socket.socket) -> None:  # type: ignore[override]
        with self._conn_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def report(self, message: str) -> None:
        sys.stderr.write(f"copylint serve: {message}\n")

    def stop(self) -> None:
        """Stop accepting, end idle keep-alive connections, let requests in flight finish."""
        self.stopping.set()
        self.shutdown()
        with self._conn_lock:
            open_now = list(self.connections)
        for conn in open_now:
            try:
                conn.shutdown(socket.SHUT_RD)  # an idle connection's read ends; a response in flight is still sent
            except OSError:
                pass
        self.server_close()  # joins the request threads
        self.app.pool.shutdown()


def serve(
    config: str | None = None,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    limits: Limits | None = None,
    allow_origin: str | None = None,
    verbose: bool = False,
    ready: Callable[[Server], None] | None = None,
) -> None:
    """Run until SIGTERM or SIGINT; return after a clean stop."""
    service = Service(config, Path.cwd())
    service.linter()  # load the rules (and fail on a broken config) before taking requests
    service.check("Warm-up: the dictionaries and word lists load on first use.", "markdown")
    app = App(service, limits or Limits(), allow_origin)
    server = Server((host, port), app, verbose)
    stop_requested = threading.Event()

    def on_signal(signum: int, _frame: object) -> None:
        if not stop_requested.is_set():
            stop_requested.set()
            threading.Thread(target=server.shutdown, daemon=True).start()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    bound_host, bound_port = str(server.server_address[0]), int(server.server_address[1])
    sys.stderr.write(
        f"copylint serve: listening on http://{bound_host}:{bound_port} (LanguageTool API at /v2, copylint's at /v1/lint)\n"
    )
    sys.stderr.flush()
    if ready is not None:
        ready(server)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        started = time.monotonic()
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        sys.stderr.write(f"copylint serve: stopped ({time.monotonic() - started:.2f} s to finish requests in flight)\n")
        sys.stderr.flush()
