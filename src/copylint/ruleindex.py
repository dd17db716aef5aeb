"""The index of the built-in families and rules: each family's declaration and each rule's
metadata, so that listing, selecting and describing rules imports no family module and builds
no pack rule, and a run imports a family only when one of its rules runs.

The index is derived from the rules themselves (their ``@rule`` declarations and packs, with
:mod:`copylint.defaults` applied): the first run after any change builds every family as before
and writes what it found to the user cache, keyed by the size and modification time of every
file in the package and in the packs folder (the package's Python version and this module's
format too), so an edited rule, pack or default is read again, never an old copy of it. The
tests check that the index describes exactly the rules a family builds.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any

from copylint.diagnostic import Finding, Severity
from copylint.document import Document
from copylint.family import Family
from copylint.rule import Context, Precision, Rule, RuleMeta

#: Changes when what the index holds changes.
FORMAT = 1
_META_FIELDS = tuple(f.name for f in fields(RuleMeta))
_PRECISION_FIELDS = tuple(f.name for f in fields(Precision))

#: One family as the index keeps it: package, name, summary, options class ("module:name"),
#: skip_quotes, priority, packs, backend, and its rules' metadata (field -> plain value).
Entry = tuple[str, str, str, str, bool, int, tuple[str, ...], bool, list[dict[str, Any]]]


@dataclass(frozen=True)
class IndexedRule:
    """A built-in rule known by its metadata. Its family is loaded (modules imported, packs
    built) when the rule first runs or an attribute other than ``meta`` is asked for; every
    attribute of the rule itself is then the loaded rule's."""

    meta: RuleMeta
    #: The family package that declares the rule (LanguageTool's rules report under others).
    package: str = field(repr=False)
    load: Callable[[str], Mapping[str, Rule]] = field(repr=False, compare=False)

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        return self.rule().check(doc, ctx)

    def rule(self) -> Rule:
        """The rule as its family builds it."""
        return self.load(self.package)[self.meta.id]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and Protocol probes: not the rule's business
            raise AttributeError(name)
        return getattr(self.rule(), name)


def source_stamp(folders: Iterable[str]) -> list[tuple[str, int, int]]:
    """(path, size, modification time) of every file under ``folders`` (``__pycache__`` left out)."""
    out: list[tuple[str, int, int]] = []
    for folder in folders:
        _walk(folder, out)
    return out


def _walk(folder: str, out: list[tuple[str, int, int]]) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir():
            if entry.name != "__pycache__":
                _walk(entry.path, out)
        elif not entry.name.endswith((".pyc", ".pyo")):
            try:
                st = entry.stat()
            except OSError:
                continue
            out.append((entry.path, st.st_size, st.st_mtime_ns))


def encode_meta(meta: RuleMeta) -> dict[str, Any]:
    """A rule's metadata as plain values (what marshal keeps)."""
    out: dict[str, Any] = {}
    for name in _META_FIELDS:
        value = getattr(meta, name)
        if isinstance(value, Severity):
            value = value.value
        elif isinstance(value, Precision):
            value = tuple(getattr(value, f) for f in _PRECISION_FIELDS)
        elif isinstance(value, Mapping):
            value = _plain(value)
        out[name] = value
    return out


def decode_meta(data: Mapping[str, Any]) -> RuleMeta:
    values = dict(data)
    values["severity"] = Severity(values["severity"])
    if values["precision"] is not None:
        values["precision"] = Precision(**dict(zip(_PRECISION_FIELDS, values["precision"], strict=True)))
    values["example_config"] = MappingProxyType(dict(values["example_config"]))
    return RuleMeta(**values)


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    return value


def encode(package: str, family: Family) -> Entry:
    options = f"{family.options.__module__}:{family.options.__qualname__}"
    metas = [encode_meta(r.meta) for r in family.rules]
    return (
        package,
        family.name,
        family.summary,
        options,
        family.skip_quotes,
        family.priority,
        family.packs,
        family.backend,
        metas,
    )


def decode(entry: Entry, load: Callable[[str], Mapping[str, Rule]]) -> Family:
    package, name, summary, options, skip_quotes, priority, packs, backend, metas = entry
    module, _, qualname = options.partition(":")
    options_type: Any = importlib.import_module(module)
    for part in qualname.split("."):
        options_type = getattr(options_type, part)
    rules = tuple(IndexedRule(decode_meta(m), package, load) for m in metas)
    return Family(name, summary, options_type, skip_quotes, priority, rules, tuple(packs), backend)


def key(folders: Iterable[str]) -> str:
    from copylint import __version__

    return repr((FORMAT, __version__, sys.version, _META_FIELDS, _PRECISION_FIELDS, source_stamp(folders)))


def _unusable() -> bool:
    """``COPYLINT_NO_INDEX=1`` builds every family eagerly (as a check on the index)."""
    return bool(os.environ.get("COPYLINT_NO_INDEX"))


def families(
    folders: Iterable[str],
    build: Callable[[], list[Entry]],
    load: Callable[[str], Mapping[str, Rule]],
) -> dict[str, Family] | None:
    """The families from the index (``build()`` writes it when the cache has none for these
    sources), or None when it cannot be used (then the caller builds every family itself)."""
    if _unusable():
        return None
    from copylint.diskcache import load_or_build

    try:
        entries = load_or_build("rule-index", key(folders), build)
        return {entry[1]: decode(entry, load) for entry in entries}
    except (ValueError, TypeError, KeyError, IndexError):  # a value marshal cannot keep, an old layout
        return None
