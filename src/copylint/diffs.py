"""Changed lines only: which lines of which files a change added or modified, from git
(``--diff-base REF``) or from a unified diff (``--diff FILE`` or ``-``), and a filter that keeps
the diagnostics touching them.

A diagnostic is kept when any of its lines was added or changed. Findings about a whole
document (rules tagged ``document``, such as the grade level) are kept whenever the document
changed at all. Files the change does not touch report nothing.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from copylint.diagnostic import Diagnostic

#: Rules whose findings are about the whole document rather than the lines they point at.
DOCUMENT_TAG = "document"

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


class DiffError(Exception):
    """A diff that cannot be read or a git command that failed; the message says which."""


@dataclass(frozen=True)
class Changes:
    """Added or modified line numbers per file (absolute, normalised paths)."""

    lines: Mapping[str, frozenset[int]] = field(default_factory=dict)

    def changed(self, path: str) -> bool:
        return _key(path) in self.lines

    def touches(self, d: Diagnostic) -> bool:
        added = self.lines.get(_key(d.path))
        if not added:
            return False
        return any(n in added for n in range(d.line, d.end_line + 1))

    def paths(self) -> list[str]:
        """The changed files that still exist, as paths relative to the working directory."""
        out = []
        for p in sorted(self.lines):
            if os.path.isfile(p):
                rel = os.path.relpath(p)
                out.append(p if rel.startswith("..") else rel)
        return out


def _key(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


def _unquote(name: str) -> str:
    """A path as git writes it: C-quoted when it has unusual characters."""
    if name.startswith('"') and name.endswith('"'):
        body = name[1:-1]
        raw = re.sub(
            r"\\([0-7]{3}|.)",
            lambda m: (
                chr(int(m.group(1), 8))
                if len(m.group(1)) == 3
                else {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(m.group(1), m.group(1))
            ),
            body,
        )
        return raw.encode("latin-1").decode("utf-8", errors="replace")
    return name


def parse_unified(text: str, root: str | Path = ".") -> Changes:
    """The added lines of each file in a unified diff (``git diff``, ``diff -u``). Paths are taken
    from the ``+++`` lines (``b/`` prefixes dropped) relative to ``root``; deleted files are left
    out; a file whose change only deletes lines is still changed (with no added lines)."""
    lines: dict[str, set[int]] = {}
    current: set[int] | None = None
    new_line = remaining = 0
    for raw in text.splitlines():
        if raw.startswith("+++ ") and remaining == 0:
            name = _unquote(raw[4:].split("\t")[0].rstrip())
            if name == "/dev/null":
                current = None
                continue
            if name.startswith("b/"):
                name = name[2:]
            current = lines.setdefault(_key(os.path.join(root, name)), set())
            continue
        if raw.startswith("--- ") and remaining == 0:
            continue
        m = _HUNK.match(raw)
        if m:
            new_line = int(m.group(1))
            remaining = int(m.group(2)) if m.group(2) is not None else 1
            continue
        if current is None or remaining <= 0:
            continue
        if raw.startswith("+"):
            current.add(new_line)
            new_line += 1
            remaining -= 1
        elif raw.startswith(" ") or raw == "":
            new_line += 1
            remaining -= 1
        # '-' lines and '\ No newline at end of file' do not move the new side
    return Changes({k: frozenset(v) for k, v in lines.items()})


def read_diff(source: str) -> Changes:
    """``--diff FILE`` or ``--diff -`` (standard input); paths are relative to the working
    directory (run it where the diff was made)."""
    import sys

    try:
        if source == "-":
            text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
        else:
            text = Path(source).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DiffError(f"{source}: cannot read the diff: {exc.strerror or exc}") from None
    if text.strip() and "@@" not in text:
        raise DiffError(f"{source}: not a unified diff (no '@@' hunk headers)")
    return parse_unified(text)


def _git(*args: str, cwd: str | None = None) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, timeout=120, check=False)
    except FileNotFoundError:
        raise DiffError("--diff-base needs git, which is not installed") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise DiffError(f"git {' '.join(args)}: {message[-1] if message else 'failed'}")
    return done.stdout.decode("utf-8", errors="replace")


def from_git(base: str, cwd: str | None = None) -> Changes:
    """What changed since ``base``: the working tree (commits, staged and unstaged edits)
    against the merge base of ``base`` and HEAD, plus untracked files (every line new)."""
    root = _git("rev-parse", "--show-toplevel", cwd=cwd).strip()
    merge_base = _git("merge-base", base, "HEAD", cwd=cwd).strip()
    diff = _git(
        "-c",
        "core.quotePath=false",
        "diff",
        "--no-color",
        "--no-ext-diff",
        "--unified=0",
        "--no-renames",
        merge_base,
        "--",
        cwd=root,
    )
    changes = dict(parse_unified(diff, root).lines)
    untracked = _git("ls-files", "--others", "--exclude-standard", "-z", cwd=root)
    for name in filter(None, untracked.split("\0")):
        path = os.path.join(root, name)
        try:
            with open(path, "rb") as fh:
                count = fh.read().count(b"\n") + 1
        except OSError:
            continue
        changes[_key(path)] = frozenset(range(1, count + 1))
    return Changes(changes)


def keep(diagnostics: Iterable[Diagnostic], changes: Changes, document_rules: frozenset[str]) -> list[Diagnostic]:
    """The diagnostics on changed lines, and document-level ones in changed documents."""
    out = []
    for d in diagnostics:
        if d.rule in document_rules:
            if changes.changed(d.path):
                out.append(d)
        elif changes.touches(d):
            out.append(d)
    return out
