"""The shipped code of the package's dataclass methods (copylint.classcode) makes the very
methods ``dataclasses`` compiles itself, and a missing or broken file changes nothing."""

from __future__ import annotations

import dataclasses
import marshal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from copylint import classcode


def _methods(cls: type) -> dict[str, Any]:
    return {
        name: (f.__code__, f.__qualname__, f.__module__, f.__annotations__, f.__defaults__, f.__kwdefaults__)
        for name, f in vars(cls).items()
        if callable(f) and hasattr(f, "__code__")
    }


def _make() -> type:
    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: tuple[str, ...] = ()
        z: list[int] = dataclasses.field(default_factory=list)

    return Point


def test_the_package_runs_with_the_shipped_code_installed() -> None:
    from copylint.diagnostic import Span

    assert dataclasses.exec is classcode._exec  # type: ignore[attr-defined]
    codes = classcode._load()
    assert len(codes) > 300
    assert Span.__init__.__code__.co_filename == "<string>"
    assert any("def __init__(self,start:_type_start,end:_type_end)" in text for text in codes)  # Span


def test_each_shipped_code_is_what_exec_compiles_of_its_text() -> None:
    """Executed as ``dataclasses`` executes it (a module without ``__future__`` imports), each
    text defines a function whose code is the shipped one."""
    script = (
        "import marshal, sys\n"
        "magic, codes = marshal.loads(open(sys.argv[1], 'rb').read())\n"
        "bad = 0\n"
        "for text, blob in codes.items():\n"
        "    ns = {}\n"
        "    exec(text, {}, ns)\n"
        "    shipped = {}\n"
        "    exec(marshal.loads(blob), {}, shipped)\n"
        "    bad += ns['__create_fn__'].__code__ != shipped['__create_fn__'].__code__\n"
        "print(len(codes), bad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(classcode.path())], capture_output=True, text=True, check=True
    )
    count, bad = map(int, out.stdout.split())
    assert count > 300 and bad == 0


def test_a_class_gets_the_same_methods_with_the_file_missing_or_broken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_file = _methods(_make())
    for content in (None, b"not marshal", marshal.dumps(("magic", {})), marshal.dumps((classcode._magic(), {"x": 1}))):
        target = tmp_path / "classcode.bin"
        if content is None:
            target.unlink(missing_ok=True)
        else:
            target.write_bytes(content)
        monkeypatch.setattr(classcode, "path", lambda target=target: target)
        monkeypatch.setattr(classcode, "_codes", None)
        assert _methods(_make()).keys() == with_file.keys()
        for name, got in _methods(_make()).items():
            assert got[0] == with_file[name][0] and got[1:] == with_file[name][1:]
    monkeypatch.delattr(dataclasses, "exec")
    plain = _methods(_make())
    assert {k: v[0] for k, v in plain.items()} == {k: v[0] for k, v in with_file.items()}


def test_a_class_of_another_program_is_compiled_as_exec_compiles_it() -> None:
    """Outside the package, the texts are compiled (the file holds none of them) without this
    module's ``from __future__ import annotations``: annotations stay evaluated."""
    code = (
        "import dataclasses, copylint\n"
        "@dataclasses.dataclass\n"
        "class P:\n"
        "    x: int = 0\n"
        "print(P.__init__.__annotations__, dataclasses.exec.__module__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "{'x': <class 'int'>, 'return': None} copylint.classcode"
