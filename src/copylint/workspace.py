"""Linters for long-running hosts (the language server, the HTTP server): the config is found
from each document's path as the CLI does, and a Linter is rebuilt when its config changes."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from copylint.api import Linter
from copylint.config import ConfigError, find_config
from copylint.packs import PackError
from copylint.registry import PluginError

#: What a config that cannot be used raises (each message names the file and, where known, the line).
CONFIG_ERRORS = (ConfigError, PackError, PluginError)


class BrokenConfig(Exception):
    """The config found for a document cannot be used; ``path`` is the config file."""

    def __init__(self, path: Path | None, message: str) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class _Entry:
    stamp: tuple[float, int] | None
    linter: Linter | None
    error: str = ""


def _stamp(path: Path | None) -> tuple[float, int] | None:
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime, st.st_size)


class Linters:
    """One Linter per config file, found from document paths; thread-safe.

    ``explicit``: a config file used for every document (like ``copylint check --config``).
    A Linter is rebuilt when its config file's modification time or size changes, or after
    :meth:`invalidate` (e.g. when a house word file it reads was edited).
    """

    def __init__(self, explicit: str | Path | None = None) -> None:
        self.explicit = Path(explicit) if explicit is not None else None
        self._entries: dict[Path | None, _Entry] = {}
        self._lock = threading.Lock()

    def config_path(self, document_path: str | Path | None) -> Path | None:
        """The config file that applies to a document (None: the built-in defaults)."""
        if self.explicit is not None:
            return self.explicit
        if document_path is None:
            return None
        return find_config(Path(document_path).absolute())

    def for_path(self, document_path: str | Path | None) -> Linter:
        """The Linter for a document; raises :class:`BrokenConfig` if its config is unusable."""
        key = self.config_path(document_path)
        stamp = _stamp(key)
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry.stamp != stamp:
                try:
                    entry = _Entry(stamp, Linter(key))
                except CONFIG_ERRORS as exc:
                    entry = _Entry(stamp, None, str(exc))
                self._entries[key] = entry
        if entry.linter is None:
            raise BrokenConfig(key, entry.error)
        return entry.linter

    def invalidate(self) -> None:
        """Forget every Linter (they are rebuilt on next use)."""
        with self._lock:
            self._entries.clear()
