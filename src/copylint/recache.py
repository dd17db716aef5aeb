"""Start-up: reuse compiled regular expressions across runs of the command line.

copylint's rules compile several hundred regular expressions, which takes about a fifth of a
second in every one-article run (a pre-commit hook). Python cannot store a compiled pattern, but
the compiler's output (the pattern's opcode list) is plain data: this module keeps it in the disk
cache, keyed by the exact Python version, and hands it back to ``_sre.compile``, the same call
``re`` makes after compiling. The patterns are therefore identical to freshly compiled ones.
Anything unexpected (another Python, a damaged cache) falls back to the normal compiler.

Used by the CLI process only (``install()`` in ``copylint.cli``); the library leaves ``re`` alone.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
from typing import Any

from copylint import diskcache

_State = dict[str, Any]


def install() -> None:
    """Route ``re``'s compiler through the cache for the rest of this process
    (not when ``COPYLINT_NO_REGEX_CACHE`` is set, as the test suite does for in-process runs)."""
    import os

    if os.environ.get("COPYLINT_NO_REGEX_CACHE"):
        return
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - not CPython 3.11+
        return
    original = _compiler.compile
    if getattr(original, "_copylint_cache", False):
        return
    path = diskcache.cache_path("regex", sys.version)
    try:
        table: dict[tuple[str, int], tuple[Any, ...]] = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        table = {}
    added: dict[tuple[str, int], tuple[Any, ...]] = {}
    used: set[tuple[str, int]] = set()

    def compile(p: Any, flags: int = 0) -> Any:  # noqa: A001 - the name re expects
        if not isinstance(p, str):
            return original(p, flags)
        key = (p, int(flags))
        record = table.get(key) or added.get(key)
        if record is not None:
            try:
                compiled = _sre.compile(p, *record)
                used.add(key)
                return compiled
            except Exception:  # noqa: BLE001 - a stale record: compile as usual
                pass
        try:
            parsed = _parser.parse(p, flags)
            code = _compiler._code(parsed, flags)
            groupindex = dict(parsed.state.groupdict)
            indexgroup = [None] * parsed.state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            record = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
                      groupindex, tuple(indexgroup))
            compiled = _sre.compile(p, *record)
        except re.error:
            raise
        except Exception:  # noqa: BLE001 - internals changed: use the real compiler
            return original(p, flags)
        added[key] = record
        return compiled

    compile._copylint_cache = True  # type: ignore[attr-defined]
    _compiler.compile = compile

    def save() -> None:
        # Keep what this run used plus what it added, so patterns built differently from run to
        # run (from a set's order, say) cannot make the file grow without bound.
        if added:
            try:
                payload = marshal.dumps({**{k: table[k] for k in used}, **added})
            except ValueError:
                return
            diskcache.write_atomic(path, payload)

    atexit.register(save)
