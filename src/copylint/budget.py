"""Per-file time and memory budgets: one bad file ends with a clear error, the others go on.

The time budget is a wall-clock alarm (``SIGALRM``) raised into whatever code is running,
rule code of plugins and packs included (Python's regex engine checks for signals, so a
backtracking pattern is stopped too). Worker processes are also killed from outside when they
overrun (see :mod:`copylint.workers`). The memory budget is an address-space limit on the
process: an allocation past it raises :class:`MemoryError`, which ends the file, not the run.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from copylint.frozen import compared

#: Seconds one file may take (reading, segmenting and every rule) unless the user says otherwise.
DEFAULT_SECONDS = 60.0
#: Address space the whole process may use (bytes) unless the user says otherwise.
DEFAULT_MEMORY = 6 << 30


class BudgetExceeded(BaseException):
    """A file ran past its time budget. A BaseException so that no rule's ``except Exception``
    can swallow it."""


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Budget:
    """The per-file limits: CPU seconds and bytes of memory."""

    seconds: float = DEFAULT_SECONDS
    memory: int = DEFAULT_MEMORY

    def message(self, name: str) -> str:
        return f"{name}: took longer than {self.seconds:g} s (the per-file time budget; see --timeout); skipped"

    def memory_message(self, name: str) -> str:
        return f"{name}: needed more than {self.memory / (1 << 30):g} GB of memory (the memory budget; see --max-memory); skipped"


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`BudgetExceeded` in this (main) thread after ``seconds``. Elsewhere (another
    thread, no ``setitimer``) it does nothing: worker processes are then the guard."""
    if not seconds or seconds <= 0 or not _can_alarm():
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise BudgetExceeded()

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def limit_memory(limit: int | None) -> None:
    """Cap the address space of this process (and the workers it forks) at ``limit`` bytes,
    never above a limit already set. Silently does nothing where the platform cannot."""
    if not limit or limit <= 0:
        return
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass
