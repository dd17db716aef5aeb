"""A fixed pool of lint worker processes for `copylint serve`.

Workers are forked from the server once it has loaded its rules and word lists, so they share
that memory and use every core (threads would share one: linting is Python code). A check that
runs past its timeout is stopped for real: its worker is killed and a fresh one forked.
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from copylint.serve.service import BadRequest, Service, Unavailable

#: A job: a function of the service and its arguments; both are inherited by the forked
#: workers (functions travel by name, arguments are pickled).
Job = tuple[Callable[..., Any], tuple[Any, ...]]


class WorkerFailed(Exception):
    """A check crashed inside a worker (a bug: the server answers 500 and logs it)."""


@dataclass
class _Worker:
    process: Any  # multiprocessing.Process
    conn: Connection


def _serve_jobs(conn: Connection, service: Service) -> None:
    # The parent decides when workers stop (it closes their pipes after finishing requests).
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        func, args = job
        try:
            reply: tuple[bool, Any] = (True, func(service, *args))
        except (BadRequest, Unavailable) as exc:
            reply = (False, exc)
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which logs it
            reply = (False, WorkerFailed(f"{type(exc).__name__}: {exc}"))
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


class ProcessWorkers:
    def __init__(self, count: int, service: Service) -> None:
        if "fork" not in multiprocessing.get_all_start_methods():
            raise RuntimeError("copylint serve needs fork() (POSIX)")
        self._ctx = multiprocessing.get_context("fork")
        self._service = service
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[int] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(count):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(
            target=_serve_jobs, args=(child, self._service), daemon=True, name="copylint-serve-worker"
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(id(worker))
        return worker

    def _retire(self, worker: _Worker, kill: bool) -> None:
        if kill:
            worker.process.kill()
        worker.conn.close()
        worker.process.join(timeout=5)
        with self._lock:
            self._all.discard(id(worker))

    def _replace(self, worker: _Worker) -> None:
        self._retire(worker, kill=True)
        if not self._closed:
            self._idle.put(self._spawn())

    def run(self, job: Job, timeout: float) -> Any:
        """Run ``job`` on an idle worker; Unavailable if none is free within ``timeout`` or the
        job takes longer than ``timeout`` (the worker is then killed and replaced)."""
        if self._closed:
            raise Unavailable("server is stopping")
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise Unavailable(f"no worker was free within {timeout:g} s") from None
        deadline = time.monotonic() + timeout
        try:
            worker.conn.send(job)
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(worker)
                raise Unavailable(f"the check took longer than {timeout:g} s")
            ok, value = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            raise Unavailable("a worker stopped unexpectedly; retry") from None
        self._idle.put(worker)
        if ok:
            return value
        raise value

    def shutdown(self, wait: float = 10.0) -> None:
        """Stop every idle worker (call after the requests in flight have finished)."""
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            try:
                worker.conn.send(None)
            except OSError:
                pass
            worker.process.join(timeout=wait)
            self._retire(worker, kill=worker.process.is_alive())
