"""What the terminal wants: colour (NO_COLOR, FORCE_COLOR, TERM=dumb) and progress on stderr."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from typing import TextIO


def use_colour(flag: bool | None, is_tty: bool, env: Mapping[str, str] | None = None) -> bool:
    """``--color/--no-color`` wins; then NO_COLOR (any non-empty value: off), FORCE_COLOR
    (non-empty and not "0": on), TERM=dumb (off); otherwise colour only on a terminal."""
    env = os.environ if env is None else env
    if flag is not None:
        return flag
    if env.get("NO_COLOR"):
        return False
    force = env.get("FORCE_COLOR")
    if force is not None and force not in ("", "0", "false"):
        return True
    if env.get("TERM") == "dumb":
        return False
    return is_tty


class Progress:
    """``checked 12/300 files`` on one rewritten stderr line, only on a terminal (and not with
    TERM=dumb), only for runs of more than ``minimum`` files, at most ten updates a second."""

    def __init__(self, total: int, stream: TextIO | None = None, minimum: int = 5, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        if enabled is None:
            enabled = self.stream.isatty() and os.environ.get("TERM") != "dumb"
        self.enabled = enabled and total > minimum
        self.total = total
        self.done = 0
        self._last = 0.0
        self._shown = False

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last >= 0.1 or self.done == self.total:
            self._last = now
            self.stream.write(f"\rcopylint: checked {self.done}/{self.total} files")
            self.stream.flush()
            self._shown = True

    def clear(self) -> None:
        """Erase the progress line (before results are printed)."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
