"""A small on-disk cache for data derived from packaged files (marshal format).

Entries are keyed by a name and a version key (package versions, a digest of the source data);
they are written atomically, and any problem reading or writing the cache just means the data
is rebuilt in memory. ``$COPYLINT_CACHE_DIR`` overrides the location.

A file's name holds a checksum of its key (CRC-32 and Adler-32, from ``zlib``) and the file the
key itself, so an entry is used only for its very key: a run that finds everything in the cache
does not import ``hashlib`` (loading OpenSSL cost a one-article run about 2.5 ms of CPU).
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """``$COPYLINT_CACHE_DIR``, else the platform's user cache directory + ``copylint``."""
    if os.environ.get("COPYLINT_CACHE_DIR"):
        return Path(os.environ["COPYLINT_CACHE_DIR"])
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "copylint"


def cache_path(name: str, key: str | bytes) -> Path:
    from copylint import __version__

    raw = key.encode("utf-8") if isinstance(key, str) else key
    digest = f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}"  # the entry holds the key itself
    tag = f"py{sys.version_info[0]}{sys.version_info[1]}"
    return cache_dir() / f"{name}-{__version__}-{digest}-{tag}.bin"


def write_atomic(path: Path, payload: bytes) -> None:
    """Write ``payload`` atomically (see :func:`copylint.files.write_bytes_atomic`); failures are
    silently ignored: a cache that cannot be written is simply not used."""
    from copylint.files import write_bytes_atomic

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, payload)
    except OSError:
        pass  # read-only home, full disk...: run without a cache


def file_stamp(path: Path) -> str:
    """A cache key for a shipped file's contents without reading it: its path, size and
    modification time (``OSError`` when it cannot be stat'ed)."""
    st = path.stat()
    return repr((str(path), st.st_size, st.st_mtime_ns))


def load_or_build(name: str, key: str | bytes, build: Callable[[], Any]) -> Any:
    """The cached value for (name, key), or ``build()`` (then cached). Values must be marshal-able."""
    path = cache_path(name, key)
    found = read_entry(path, key)
    if found is not None:
        return found[0]
    from copylint.shipped import ready_made

    value = ready_made(name, key, build)  # shipped in the package for a few entries, else build()
    write_entry(path, key, value)
    return value


def read_entry(path: Path, key: str | bytes) -> tuple[Any] | None:
    """(value,) of the entry at ``path`` if it was written for ``key``, else None."""
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if type(stored) is tuple and len(stored) == 2 and stored[0] == key:
        return (stored[1],)
    return None  # another key with the same checksum, or a file of another layout


def write_entry(path: Path, key: str | bytes, value: Any) -> None:
    """Write the entry (``key``, ``value``) at ``path`` (ValueError: a value marshal cannot keep)."""
    write_atomic(path, marshal.dumps((key, value)))
