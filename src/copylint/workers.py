"""Forked worker processes that lint one file at a time under supervision.

The parent hands each idle worker the next file and waits on the results and on the workers
themselves. A worker that dies (a segfault, ``os._exit`` in a plugin) or overruns the per-file
time budget is reported as an error for the file it was on, replaced, and the run goes on with
every other result kept. Workers ignore Ctrl-C; the parent kills them all and re-raises, so an
interrupted run ends promptly with no process left behind.
"""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Extra seconds a worker gets past the in-process budget before it is killed from outside.
GRACE = 5.0


class _Worker(Generic[T]):
    def __init__(self, ctx, work: Callable[[T], object]) -> None:  # type: ignore[no-untyped-def]
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, work), daemon=True)
        self.proc.start()
        child.close()
        self.item: T | None = None
        self.deadline = 0.0

    def send(self, item: T, seconds: float | None) -> None:
        self.item = item
        self.deadline = time.monotonic() + (seconds + GRACE if seconds else float("inf"))
        self.conn.send(item)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.conn.close()


def _serve(conn: Connection, work: Callable[[object], object]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C does
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        conn.send(work(item))


def run(
    items: Sequence[T],
    work: Callable[[T], R],
    workers: int,
    seconds: float | None,
    failed: Callable[[T, str], R],
) -> Iterator[R]:
    """``work(item)`` for every item in ``workers`` forked processes, results in completion order.
    An item whose worker died or overran ``seconds`` (plus a grace) yields ``failed(item, why)``."""
    ctx = multiprocessing.get_context("fork")
    pending = list(reversed(items))
    pool: list[_Worker[T]] = []
    try:
        for _ in range(min(workers, len(items))):
            pool.append(_Worker(ctx, work))
        for w in pool:
            if pending:
                w.send(pending.pop(), seconds)
        while any(w.item is not None for w in pool):
            busy = [w for w in pool if w.item is not None]
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=min(timeout, 3600))
            now = time.monotonic()
            for i, w in enumerate(pool):
                if w.item is None:
                    continue
                result: R | None = None
                got = False
                if w.conn in ready:
                    try:
                        result, got = w.conn.recv(), True
                    except (EOFError, OSError):
                        pass
                if got:
                    w.item = None
                    yield result  # type: ignore[misc]
                elif w.proc.sentinel in ready or w.conn in ready or now >= w.deadline:
                    item = w.item
                    overran = now >= w.deadline and w.proc.is_alive()
                    w.kill()
                    code = w.proc.exitcode
                    why = "overran the time budget" if overran else _death(code)
                    pool[i] = _Worker(ctx, work)
                    yield failed(item, why)
                    w = pool[i]
                if w.item is None and pending:
                    w.send(pending.pop(), seconds)
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the clean-up short
        raise
    finally:
        for w in pool:
            w.kill()


def _death(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"crashed (signal {signal.Signals(-code).name})"
        except ValueError:
            return f"crashed (signal {-code})"
    return f"crashed (exit code {code})"
