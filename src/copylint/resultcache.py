"""A result cache like ruff's: a file whose text, path, effective configuration, rule set and
copylint version are unchanged is not linted again; its diagnostics are read back.

Entries live in ``<cache dir>/results/<2 hex>/<key>`` (see :func:`copylint.diskcache.cache_dir`),
one file per (file, configuration) pair, each written atomically (write to a temporary file,
then rename): runs in parallel, or killed half-way, never leave a torn entry, and a damaged
entry is just a miss. The key is a SHA-256 over everything the diagnostics depend on:

- the file's text, its path (diagnostics carry it) and reading format;
- the effective configuration for the file: the selected rules with their severities and the
  rule context (language, vocabulary, family options);
- the rule set: copylint's version, the size and modification time of every file of the
  installed package and its packs, of local packs, and of plugin modules.

Size is bounded: after a run that wrote entries, the oldest (least recently used: a hit
refreshes an entry's time) are deleted beyond :data:`MAX_ENTRIES` or :data:`MAX_BYTES`.
"""

from __future__ import annotations

import marshal
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields, is_dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

from copylint.diagnostic import Diagnostic, Severity, SourceEdit

MAX_ENTRIES = 20_000
MAX_BYTES = 256 * 1024 * 1024
_FORMAT = 1  # bump when the entry layout changes


def results_dir(base: Path | None = None) -> Path:
    from copylint.diskcache import cache_dir

    return (base or cache_dir()) / "results"


def clean(base: Path | None = None) -> int:
    """Delete every cached result; returns how many entries there were."""
    import shutil

    folder = results_dir(base)
    count = sum(1 for _ in _entries(folder))
    shutil.rmtree(folder, ignore_errors=True)
    return count


def _canon(value: Any) -> Any:
    """A hashable, order-independent, seed-independent form of a settings value."""
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, tuple((f.name, _canon(getattr(value, f.name))) for f in fields(value)))
    if isinstance(value, Mapping):
        return ("map", tuple(sorted((repr(k), _canon(v)) for k, v in value.items())))
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(repr(_canon(v)) for v in value)))
    if isinstance(value, (list, tuple)):
        return tuple(_canon(v) for v in value)
    if isinstance(value, Path):
        return str(value)
    return value


def _stamp(paths: Iterable[Path]) -> list[tuple[str, int, int]]:
    out = []
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            continue
        out.append((str(path), st.st_size, st.st_mtime_ns))
    return out


def _tree(folder: Path) -> Iterable[Path]:
    if folder.is_file():
        yield folder
        return
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            if not name.endswith((".pyc", ".pyo")):
                yield Path(root) / name


@lru_cache(maxsize=1)
def _package_stamp() -> str:
    from copylint import __version__
    from copylint.registry import builtin_packs_dir

    package = Path(__file__).resolve().parent
    stamp = [__version__, sys.version, _FORMAT, _stamp(_tree(package)), _stamp(_tree(builtin_packs_dir()))]
    return _sha256(repr(stamp).encode("utf-8"))


def _module_file(rule: Any) -> str | None:
    if rule.meta.origin == "builtin":
        return None  # the package's own files are in the package stamp (and not imported yet)
    fn = getattr(rule, "fn", None)
    module = getattr(fn, "__module__", None) or type(rule).__module__
    mod = sys.modules.get(module)
    return getattr(mod, "__file__", None)


def ruleset_stamp(rules: Iterable[Any], packs: Sequence[Path]) -> str:
    """Everything outside the configuration that the rules' results depend on."""
    package = str(Path(__file__).resolve().parent)
    plugin_files = sorted({f for f in (_module_file(r) for r in rules) if f and not f.startswith(package)})
    pack_files = [p for pack in packs for p in _tree(Path(pack))]
    stamp = [_package_stamp(), _stamp(Path(f) for f in plugin_files), _stamp(pack_files)]
    return _sha256(repr(stamp).encode("utf-8"))


def selection_stamp(ruleset: str, selected: Iterable[Any], ctx: Any, report_unused: bool) -> str:
    """The effective configuration of one file: rules, severities, context."""
    chosen = tuple((s.rule.meta.id, s.severity.value) for s in selected)
    raw = repr((ruleset, chosen, _canon(ctx), report_unused))
    return _sha256(raw.encode("utf-8"))


def _sha256(data: bytes) -> str:
    import hashlib  # on first use: a run without the result cache does not load OpenSSL

    return hashlib.sha256(data).hexdigest()


class ResultCache:
    """Cached diagnostics per (text, path, format, effective configuration)."""

    def __init__(self, base: Path | None = None) -> None:
        self.folder = results_dir(base)
        self.hits = 0
        self.writes = 0

    def key(self, selection: str, path: str, fmt: str | None, text: str) -> str:
        import hashlib

        h = hashlib.sha256()
        h.update(selection.encode("ascii"))
        h.update(b"\0" + path.encode("utf-8", "surrogatepass") + b"\0" + (fmt or "").encode("ascii") + b"\0")
        h.update(text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def get(self, key: str) -> tuple[list[Diagnostic], int] | None:
        """(diagnostics, words) stored under ``key``, or None."""
        path = self._path(key)
        try:
            data = path.read_bytes()
            fmt, words, rows = marshal.loads(data)
            if fmt != _FORMAT:
                return None
            diagnostics = [_load(row) for row in rows]
        except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError):
            return None
        try:
            os.utime(path)  # least recently used goes first when pruning
        except OSError:
            pass
        self.hits += 1
        return diagnostics, words

    def put(self, key: str, diagnostics: Sequence[Diagnostic], words: int) -> None:
        import tempfile  # only a run that writes results pays for it

        payload = marshal.dumps((_FORMAT, words, [_dump(d) for d in diagnostics]))
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(payload)
                os.replace(tmp, path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError:
            return  # read-only or full disk: run without a cache
        self.writes += 1

    def prune(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> None:
        """Delete the least recently used entries beyond the bounds (down to 80% of them)."""
        entries = []
        total = 0
        for entry in _entries(self.folder):
            try:
                st = entry.stat()
            except OSError:
                continue
            entries.append((st.st_mtime_ns, st.st_size, entry))
            total += st.st_size
        if len(entries) <= max_entries and total <= max_bytes:
            return
        entries.sort()
        keep_n, keep_b = int(max_entries * 0.8), int(max_bytes * 0.8)
        n = len(entries)
        for _, size, entry in entries:
            if n <= keep_n and total <= keep_b:
                break
            try:
                entry.unlink()
            except OSError:
                continue
            n -= 1
            total -= size


def _entries(folder: Path) -> Iterable[Path]:
    try:
        shards = list(os.scandir(folder))
    except OSError:
        return
    for shard in shards:
        if not shard.is_dir():
            continue
        try:
            for entry in os.scandir(shard.path):
                if entry.is_file() and not entry.name.startswith("."):
                    yield Path(entry.path)
        except OSError:
            continue


def _dump(d: Diagnostic) -> tuple[Any, ...]:
    fix = None if d.fix is None else tuple((e.start, e.end, e.replacement) for e in d.fix)
    return (
        d.path,
        d.line,
        d.column,
        d.end_line,
        d.end_column,
        d.rule,
        d.severity.value,
        d.message,
        tuple(d.suggestions),
        fix,
        d.fix_safe,
        d.offset,
        d.end_offset,
        tuple(d.shown),
    )


def _load(row: tuple[Any, ...]) -> Diagnostic:
    (
        path,
        line,
        column,
        end_line,
        end_column,
        rule,
        severity,
        message,
        suggestions,
        fix,
        safe,
        offset,
        end_offset,
        *rest,
    ) = row
    edits = None if fix is None else tuple(SourceEdit(*e) for e in fix)
    shown = tuple(rest[0]) if rest else ()  # how suggestions read in place (copylint.engine.in_context)
    return Diagnostic(
        path,
        line,
        column,
        end_line,
        end_column,
        rule,
        Severity(severity),
        message,
        tuple(suggestions),
        edits,
        safe,
        offset,
        end_offset,
        shown,
    )
