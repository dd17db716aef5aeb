"""A small Language Server Protocol client over stdio: Content-Length framed JSON-RPC, a
reader thread, requests with ids, notifications collected per method, and a transcript."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


class LspClient:
    def __init__(
        self, command: Sequence[str], cwd: str | Path | None = None, env: dict[str, str] | None = None
    ) -> None:
        self.proc = subprocess.Popen(
            list(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=env
        )
        self.transcript: list[tuple[str, dict[str, Any]]] = []
        self.notifications: list[dict[str, Any]] = []
        self._responses: dict[int, queue.Queue[dict[str, Any]]] = {}
        self._cond = threading.Condition()
        self._next_id = 0
        self._write_lock = threading.Lock()
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()
        self._stderr: list[bytes] = []
        threading.Thread(target=lambda: self._stderr.extend(self.proc.stderr), daemon=True).start()  # type: ignore[arg-type]

    # -- wire ------------------------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        message = {"jsonrpc": "2.0", **message}
        body = json.dumps(message).encode("utf-8")
        with self._write_lock:
            self.transcript.append(("->", message))
            assert self.proc.stdin is not None
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()

    def _read_loop(self) -> None:
        stream = self.proc.stdout
        assert stream is not None
        while True:
            headers: dict[str, str] = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            message = json.loads(body)
            self.transcript.append(("<-", message))
            if "method" in message and "id" in message:  # a request from the server
                self._send({"id": message["id"], "result": None})
            elif "method" in message:
                with self._cond:
                    self.notifications.append(message)
                    self._cond.notify_all()
            else:
                self._responses.setdefault(message["id"], queue.Queue()).put(message)

    # -- API -------------------------------------------------------------------------------

    def request(self, method: str, params: Any, timeout: float = 30) -> Any:
        self._next_id += 1
        rid = self._next_id
        box = self._responses.setdefault(rid, queue.Queue())
        self._send({"id": rid, "method": method, "params": params})
        reply = box.get(timeout=timeout)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result")

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def wait_for(
        self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 30, start: int = 0
    ) -> dict[str, Any]:
        """The first notification (from index ``start``) that satisfies ``predicate``."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for message in self.notifications[start:]:
                    if predicate(message):
                        return message
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no matching notification; stderr: {self.stderr()[-2000:]}")
                self._cond.wait(left)

    def diagnostics_for(
        self, uri: str, version: int | None = None, timeout: float = 30, start: int = 0
    ) -> dict[str, Any]:
        def match(m: dict[str, Any]) -> bool:
            p = m.get("params") or {}
            return (
                m["method"] == "textDocument/publishDiagnostics"
                and p.get("uri") == uri
                and (version is None or p.get("version") == version)
            )

        return self.wait_for(match, timeout, start)["params"]

    def initialize(self, root: Path, capabilities: dict[str, Any] | None = None) -> dict[str, Any]:
        result = self.request(
            "initialize",
            {
                "processId": None,
                "rootUri": root.as_uri(),
                "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
                "capabilities": capabilities or {},
            },
        )
        self.notify("initialized", {})
        return result

    def stderr(self) -> str:
        return b"".join(self._stderr).decode("utf-8", "replace")

    def close(self, timeout: float = 10) -> int:
        try:
            if self.proc.poll() is None:
                self.request("shutdown", None, timeout=timeout)
                self.notify("exit", None)
            return self.proc.wait(timeout=timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
