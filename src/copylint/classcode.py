"""The compiled methods of copylint's dataclasses, shipped ready-made for one Python.

``@dataclass`` writes each method a class gets (``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, and a frozen class's ``__setattr__`` and ``__delattr__``) as source text and
compiles it with ``exec`` when the class is created. A one-article run creates about 60
dataclasses, over 350 methods: the compiling was about 26 ms of its CPU, the largest part of
creating the classes (``bench/results/startup-s9-2026-12-07.md``).

``data/classcode.bin`` holds the code objects that ``compile`` makes of those texts, keyed by the
text, as :mod:`marshal` writes them for the Python that wrote the file (its bytecode magic
number; a different Python ignores the file). :func:`install` makes ``dataclasses`` execute the
code compiled from a text instead of compiling the text again (a module global ``exec`` shadows
the built-in in ``dataclasses`` only). The code is what compiling the text gives, so each method
is the one ``exec`` would have made; a text the file does not hold (another class, another
Python, ``-O``) is compiled as ``exec`` compiles it. ``python -m copylint.ruleindex`` writes the
file with the rest of the shipped data; a test fails when it is stale.
"""

from __future__ import annotations

import dataclasses
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

#: The file, in the package's ``data`` folder.
FILE = "classcode.bin"
#: Its layout (with the bytecode magic number and the optimisation level, in its header).
_FORMAT = 2

#: Text -> its code as marshal bytes (each decoded when a class executes it), loaded when the
#: first class is created (None until then).
_codes: dict[str, bytes] | None = None
#: Every text a class of the package executed in this process (what :func:`current` keeps).
_used: set[str] = set()


def _magic() -> bytes:
    import _frozen_importlib_external  # loaded by every interpreter: no import cost

    magic: bytes = _frozen_importlib_external.MAGIC_NUMBER
    return magic + bytes([_FORMAT, sys.flags.optimize])


def path() -> Path:
    return Path(__file__).resolve().parent / "data" / FILE


def _load() -> dict[str, bytes]:
    try:
        magic, codes = marshal.loads(path().read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if magic != _magic() or type(codes) is not dict:
        return {}
    return codes


def _compile(text: str) -> CodeType:
    # as ``exec`` compiles a text called from ``dataclasses`` (which has no __future__ imports)
    return compile(text, "<string>", "exec", dont_inherit=True)


def _decoded(blob: Any) -> CodeType | None:
    if type(blob) is not bytes:
        return None
    try:
        code = marshal.loads(blob)
    except (ValueError, EOFError, TypeError):
        return None
    return code if type(code) is CodeType else None


def _exec(source: Any, *namespaces: Any) -> None:
    """``exec`` for ``dataclasses``: a text's shipped code when there is one."""
    global _codes
    if type(source) is not str:
        exec(source, *namespaces)  # noqa: S102 - what dataclasses asked for, as it asked
        return
    codes = _codes
    if codes is None:
        codes = _codes = _load()
    code = _decoded(codes.get(source))
    if code is None:
        code = _compile(source)
    if namespaces and str(namespaces[0].get("__name__", "")).startswith("copylint"):
        _used.add(source)
    exec(code, *namespaces)  # noqa: S102 - the code of dataclasses' own text


def install() -> None:
    """Make ``dataclasses`` run the shipped code of the texts it writes (for the process: a
    class another program creates gets the methods ``exec`` would give it)."""
    if getattr(dataclasses, "exec", None) is not _exec:
        dataclasses.exec = _exec  # type: ignore[attr-defined]


def current() -> dict[str, bytes]:
    """What the file should hold: the code of each text the package's dataclasses execute (every
    module imported; only those texts, so a class that went away leaves none behind)."""
    import importlib
    import pkgutil

    import copylint

    for info in pkgutil.walk_packages(copylint.__path__, "copylint."):
        if ".data" in info.name or info.name.endswith("__main__"):
            continue
        try:
            importlib.import_module(info.name)
        except ImportError:
            continue  # an optional dependency missing: its classes are compiled when used
    return {text: marshal.dumps(_compile(text), 4) for text in sorted(_used)}


def is_current(codes: dict[str, bytes]) -> bool:
    """Whether the file holds exactly ``codes`` (:func:`current`) for this Python."""
    found = _load()
    return found.keys() == codes.keys() and all(_decoded(found[text]) == _decoded(b) for text, b in codes.items())


def write(codes: dict[str, bytes]) -> Path:
    target = path()
    target.write_bytes(marshal.dumps((_magic(), codes), 4))
    return target
