"""Turn command-line arguments into files to check, and read them safely."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from copylint.frozen import compared

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """A path that cannot be checked; the message names it."""


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Target:
    """A file to check, as named or found."""

    path: str  # as shown in diagnostics
    explicit: bool  # named on the command line (taken whatever its extension)


Patterns = Callable[[Path], tuple[Sequence[str], Sequence[str]]]


def _no_patterns(folder: Path) -> tuple[Sequence[str], Sequence[str]]:
    return (), ()


def expand(args: Iterable[str], patterns: Patterns = _no_patterns) -> tuple[list[Target], list[str]]:
    """Files for the given arguments (files, folders, globs, ``-``) and one error per bad argument.

    ``patterns(folder)`` gives the include/exclude globs that apply when walking ``folder``
    (from the configuration found there); the defaults take every kind of copy file.
    """
    targets: list[Target] = []
    errors: list[str] = []
    seen: set[str] = set()

    def add(path: str, explicit: bool) -> None:
        key = os.path.normpath(path)
        if key not in seen:
            seen.add(key)
            targets.append(Target(path, explicit))

    for arg in args:
        if arg == "-":
            add("-", True)
        elif os.path.isdir(arg):
            from pathspec import GitIgnoreSpec  # imported only when a folder is walked

            include, exclude = patterns(Path(arg))
            include_spec = GitIgnoreSpec.from_lines(list(include) or list(DEFAULT_INCLUDE))
            exclude_spec = GitIgnoreSpec.from_lines(list(exclude))
            tracked = git_files(Path(arg))
            if tracked is not None:  # inside a git repository: git's own ignore rules
                found = list(filter_listed(Path(arg), tracked, include_spec, exclude_spec))
            else:
                found = list(walk(Path(arg), include_spec, exclude_spec))
            if not found:
                errors.append(
                    f"{arg}: no files to check in this folder (looked for {', '.join(include or DEFAULT_INCLUDE)})"
                )
            for p in found:
                add(p, False)
        elif os.path.exists(arg):
            add(arg, True)
        elif any(c in arg for c in "*?["):
            import glob

            matches = sorted(glob.glob(arg, recursive=True))
            files = [m for m in matches if os.path.isfile(m)]
            if not files:
                errors.append(f"{arg}: no files match this pattern")
            for m in files:
                add(m, False)
        else:
            errors.append(f"{arg}: no such file or directory")
    return targets, errors


def walk(root: Path, include: GitIgnoreSpec, exclude: GitIgnoreSpec) -> Iterator[str]:
    """Files under ``root`` matching ``include``, skipping hidden folders, ``.gitignore``d paths
    and ``exclude`` patterns (matched against paths relative to ``root``)."""
    from pathspec import GitIgnoreSpec

    ignores: list[tuple[Path, GitIgnoreSpec]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        gi = here / ".gitignore"
        if gi.is_file():
            try:
                ignores.append(
                    (here, GitIgnoreSpec.from_lines(gi.read_text(encoding="utf-8", errors="replace").splitlines()))
                )
            except OSError:
                pass
        active = [(base, spec) for base, spec in ignores if base == here or base in here.parents]

        def ignored(path: Path, is_dir: bool) -> bool:
            rel_root = path.relative_to(root).as_posix() + ("/" if is_dir else "")
            if exclude.match_file(rel_root):
                return True
            for base, spec in active:  # noqa: B023 - ignored() is used before the walk moves on
                rel = path.relative_to(base).as_posix() + ("/" if is_dir else "")
                if spec.match_file(rel):
                    return True
            return False

        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not ignored(here / d, True))
        for name in sorted(filenames):
            path = here / name
            if name.startswith(".") or not include.match_file(name) or ignored(path, False):
                continue
            yield str(path)


def git_files(root: Path) -> list[str] | None:
    """The files under ``root`` that git does not ignore (tracked, plus untracked files not
    ignored by any .gitignore up to the repository's top, .git/info/exclude or the global
    excludes file), relative to ``root``; None outside a git repository or without git."""
    import subprocess

    try:
        done = subprocess.run(
            [
                "git",
                "-c",
                "core.quotePath=false",
                "ls-files",
                "--cached",
                "--others",
                "--exclude-standard",
                "-z",
                "--",
                ".",
            ],
            cwd=root,
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    names = done.stdout.decode("utf-8", errors="surrogateescape").split("\0")
    return sorted({n for n in names if n and os.path.isfile(root / n)})


def filter_listed(root: Path, names: Sequence[str], include: GitIgnoreSpec, exclude: GitIgnoreSpec) -> Iterator[str]:
    """Of git's list, the copy files: matching ``include``, not ``exclude``, not hidden."""
    for name in names:
        parts = name.split("/")
        if any(p.startswith(".") for p in parts):
            continue
        if not include.match_file(parts[-1]):
            continue
        if any(exclude.match_file("/".join(parts[:i]) + "/") for i in range(1, len(parts))) or exclude.match_file(name):
            continue
        yield str(root / name) if str(root) != "." else name


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (a BOM allowed); binary data and bad bytes are clear errors."""
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not copy; skipped")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} on line {line}); skipped") from None


def read(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of a regular file; FIFOs, devices and sockets are never opened."""
    return decode(_read_bytes(path, max_bytes)[0], path)


def read_with_snapshot(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, Snapshot]:
    """The file's text and what it looked like (to detect a change before rewriting it)."""
    import hashlib

    data, st = _read_bytes(path, max_bytes)
    return decode(data, path), Snapshot(st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())


def _too_large(name: str, size: int, max_bytes: int) -> InputError:
    return InputError(
        f"{name}: file is too large to be copy ({size / 1e6:.1f} MB, limit {max_bytes / 1e6:.0f} MB; see --max-file-size); skipped"
    )


def _read_bytes(path: str, max_bytes: int) -> tuple[bytes, os.stat_result]:
    import stat

    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{path}: is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path}: not a regular file (a FIFO, device or socket); skipped")
        if st.st_size > max_bytes:
            raise _too_large(path, st.st_size, max_bytes)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):  # replaced since the check above
                raise InputError(f"{path}: not a regular file (a FIFO, device or socket); skipped")
            data = fh.read(max_bytes + 1)
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise _too_large(path, len(data), max_bytes)
    return data, st


def read_stream(stream: BinaryIO, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Text from a stream (stdin), reading at most ``max_bytes`` (one more to tell it is larger)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(
            f"{name}: input is too large to be copy (over {max_bytes / 1e6:.0f} MB; see --max-file-size); skipped"
        )
    return decode(data, name)


class WriteError(OSError):
    """A file that could not be (re)written; the message names it in one line."""


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Snapshot:
    """What a file looked like when it was read: checked again just before it is rewritten."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: str | Path) -> Snapshot:
        import hashlib

        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            data = fh.read()
        return cls(st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())


def _check_writable(real: str, shown: str, st: os.stat_result) -> None:
    import stat

    if not stat.S_ISREG(st.st_mode):
        raise WriteError(f"{shown}: not a regular file; not rewritten")
    if not st.st_mode & 0o222 or not os.access(real, os.W_OK):
        raise WriteError(f"{shown}: file is read-only; not rewritten")


def write_bytes_atomic(path: str | Path, data: bytes, expect: Snapshot | None = None) -> None:
    """Replace ``path`` with ``data`` so that readers see the old file or the new one, never half.

    A symlink is written through to its target; owner, group and mode are kept; a read-only
    file is refused; a file with several hard links is rewritten in place (after the new bytes
    were written to a temporary file, so a full disk fails before the file is touched), which
    keeps its links. With ``expect``, a file changed since it was read (size, mtime, contents) is
    left alone. Every failure is a :class:`WriteError` naming the file.
    """
    shown = os.fspath(path)
    real = os.path.realpath(shown)
    try:
        st: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise WriteError(f"{shown}: cannot write: {exc.strerror or exc}") from None
    if st is not None:
        _check_writable(real, shown, st)
    try:
        _write(real, data, st, expect, shown)
    except WriteError:
        raise
    except OSError as exc:
        raise WriteError(f"{shown}: cannot write: {exc.strerror or exc}; file left unchanged") from None


def _write(real: str, data: bytes, st: os.stat_result | None, expect: Snapshot | None, shown: str) -> None:
    import tempfile

    folder, name = os.path.split(real)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        in_place = False
        if st is None:
            os.chmod(tmp, 0o666 & ~_umask())  # a new file: what open() would have made
        else:
            os.chmod(tmp, st.st_mode & 0o7777)
            if st.st_nlink > 1:
                in_place = True  # a rename would break the other links
            elif (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
                try:
                    os.chown(tmp, st.st_uid, st.st_gid)
                except OSError:
                    in_place = True  # cannot give the file back to its owner: keep its inode
        if expect is not None and Snapshot.of(real) != expect:
            raise WriteError(f"{shown}: changed on disk while it was being fixed; not rewritten (run again)")
        if in_place:
            with open(real, "r+b") as fh:
                fh.write(data)
                fh.truncate()
                fh.flush()
                os.fsync(fh.fileno())
            os.unlink(tmp)
        else:
            os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    """The process's umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
