"""Budgets, crashed workers and Ctrl-C (issue 13): one bad file ends with a clear error while
the others are reported; an interrupted parallel run exits promptly with 130, leaving no
process behind. Plugin rules that crash, loop or hog memory on a cue word play the bad file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

PLUGIN = '''
import ctypes, os, time
from copylint.rule import rule
from copylint.diagnostic import Finding, Span

@rule("house.hostile", "Misbehaves on cue words.", bad=["A synergy."], good=["A merger."])
def hostile(doc, ctx):
    """Crashes, loops or allocates on cue; flags 'synergy' otherwise."""
    text = doc.prose
    if "EXITNOW" in text:
        os._exit(3)
    if "SEGVNOW" in text:
        ctypes.string_at(0)
    if "LOOPNOW" in text:
        while True:
            pass
    if "BLOCKNOW" in text:  # code the in-process alarm cannot stop
        import signal
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
        while True:
            pass
    if "SLEEPNOW" in text:
        time.sleep(3600)
    if "MEMNOW" in text:
        hog = [bytearray(1 << 28) for _ in range(64)]
        return
    i = text.find("synergy")
    if i >= 0:
        yield Finding(Span(i, i + 7), "Avoid 'synergy'.")

RULES = (hostile,)
'''


def _default_sigint() -> None:
    """Ctrl-C as a terminal delivers it: a suite started in the background (``cmd &`` in a script)
    inherits SIGINT ignored, and Python keeps an ignored SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def make_plugin(root: Path) -> None:
    (root / "hostileplugin.py").write_text(PLUGIN, encoding="utf-8")
    info = root / "hostileplugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: hostileplugin\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[copylint.rules]\nhostile = hostileplugin:RULES\n", encoding="utf-8")


def copylint(root: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, "-m", "copylint", "check", "--select", "house", *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def articles(root: Path, n: int, bad: dict[int, str]) -> Path:
    folder = root / "copy"
    folder.mkdir()
    for i in range(n):
        cue = bad.get(i, "")
        (folder / f"a{i:02}.md").write_text(f"Story {i} has synergy. {cue}\n", encoding="utf-8")
    return folder


def test_crashed_workers_cost_only_their_files(tmp_path: Path) -> None:
    make_plugin(tmp_path)
    articles(tmp_path, 30, {5: "EXITNOW", 17: "SEGVNOW", 22: "BLOCKNOW"})
    result = copylint(tmp_path, "-j2", "--timeout", "1", "copy")
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert errors == [
        "copylint: error: copy/a05.md: the worker process linting this file crashed (exit code 3); skipped",
        "copylint: error: copy/a17.md: the worker process linting this file crashed (signal SIGSEGV); skipped",
        "copylint: error: copy/a22.md: the worker process linting this file overran the time budget; skipped",
    ]
    flagged = {line.split(":")[0] for line in result.stdout.splitlines() if "house.hostile" in line}
    assert flagged == {f"copy/a{i:02}.md" for i in range(30)} - {"copy/a05.md", "copy/a17.md", "copy/a22.md"}


def test_time_budget_covers_plugin_rule_code_serial_and_parallel(tmp_path: Path) -> None:
    make_plugin(tmp_path)
    articles(tmp_path, 26, {3: "LOOPNOW", 9: "SLEEPNOW"})
    for jobs, paths in (("-j1", ["copy/a02.md", "copy/a03.md", "copy/a09.md"]), ("-j2", ["copy"])):
        start = time.monotonic()
        result = copylint(tmp_path, jobs, "--timeout", "1", *paths)
        assert time.monotonic() - start < 60
        assert result.returncode == 2, result.stderr
        errors = sorted(line for line in result.stderr.splitlines() if "error" in line)
        assert errors == [
            "copylint: error: copy/a03.md: took longer than 1 s (the per-file time budget; see --timeout); skipped",
            "copylint: error: copy/a09.md: took longer than 1 s (the per-file time budget; see --timeout); skipped",
        ]
        flagged = {line.split(":")[0] for line in result.stdout.splitlines() if "house.hostile" in line}
        assert len(flagged) == len(paths) - 2 if jobs == "-j1" else len(flagged) == 24


def test_memory_budget_ends_the_file_not_the_run(tmp_path: Path) -> None:
    make_plugin(tmp_path)
    articles(tmp_path, 3, {1: "MEMNOW"})
    result = copylint(tmp_path, "--max-memory", "2", "copy")
    assert result.returncode == 2
    (error,) = [line for line in result.stderr.splitlines() if "error" in line]
    assert ("copy/a01.md" in error and "MemoryError" in error) or "memory" in error
    flagged = {line.split(":")[0] for line in result.stdout.splitlines() if "house.hostile" in line}
    assert flagged == {"copy/a00.md", "copy/a02.md"}


def _children(pid: int) -> set[int]:
    out = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.add(int(entry))
    return out


def test_ctrl_c_with_two_jobs_exits_130_promptly_without_orphans(tmp_path: Path) -> None:
    make_plugin(tmp_path)
    articles(tmp_path, 30, dict.fromkeys(range(1, 30), "LOOPNOW"))
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "copylint", "check", "--select", "house", "-j2", "copy"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 60
    while len(_children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = _children(proc.pid)
    assert len(workers) >= 2
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    time.sleep(0.05)
    proc.send_signal(signal.SIGINT)  # a second Ctrl-C must not deadlock it either
    try:
        _, err = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise AssertionError("copylint did not exit within 15 s of Ctrl-C") from None
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    time.sleep(0.2)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    assert sorted(p.name for p in (tmp_path / "copy").iterdir()) == [f"a{i:02}.md" for i in range(30)]
