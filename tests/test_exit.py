"""The ``copylint`` program's exit (``cli.console``): it ends with ``os._exit`` after the ``atexit``
handlers and the flushes, so everything a run writes is complete and the exit code is the command's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint.cli import main

ARTICLE = "The council said on Monday that it would raise the budget.\n\nIt was the tip of the iceberg.\n"
CLEAN = "The council met.\n"


def _script() -> list[str]:
    """The installed console script, which must run ``cli.console``."""
    (found,) = entry_points(group="console_scripts", name="copylint")
    assert found.value == "copylint.cli:console"
    script = Path(sys.executable).with_name("copylint")
    assert script.exists(), script
    return [str(script)]


PROGRAMS = {"console script": _script, "python -m copylint": lambda: [sys.executable, "-m", "copylint"]}


def _run(program: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # stdout and stderr are pipes: what a pre-commit hook or CI step reads
    return subprocess.run([*PROGRAMS[program](), *args], capture_output=True, text=True, env=env, check=False)


@pytest.fixture()
def many(tmp_path: Path) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(60):
        (folder / f"story{i:02}.md").write_text(ARTICLE * 3, encoding="utf-8")
    return folder


@pytest.mark.parametrize("program", PROGRAMS)
def test_piped_output_is_complete_and_the_exit_code_is_the_commands(program: str, many: Path, tmp_path: Path) -> None:
    expected = CliRunner().invoke(main, ["check", "--no-cache", "-j1", "--format", "json", str(many)])
    assert expected.exit_code == 1
    run = _run(program, "check", "--no-cache", "-j1", "--format", "json", str(many))
    assert run.returncode == 1, run.stderr
    assert json.loads(run.stdout) == json.loads(expected.output)
    assert len(run.stdout) > 64 * 1024  # more than a pipe's buffer

    text = _run(program, "check", "--no-cache", "-j1", str(many))
    assert text.returncode == 1
    lines = text.stdout.splitlines()
    assert sum("cliche.stock-phrase" in line for line in lines) == 60 * 3
    assert lines[-1].startswith("Found ") and lines[-1].endswith("in 60 files.")

    out = tmp_path / "report.json"
    written = _run(program, "check", "--no-cache", "-j1", "--format", "json", "--output", str(out), str(many))
    assert written.returncode == 1 and written.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(expected.output)

    clean = tmp_path / "clean.md"
    clean.write_text(CLEAN, encoding="utf-8")
    ok = _run(program, "check", "--no-cache", str(clean))
    assert ok.returncode == 0, ok.stdout + ok.stderr

    usage = _run(program, "check", "--no-such-option")
    assert usage.returncode == 2
    assert "No such option '--no-such-option'" in usage.stderr

    shown = _run(program, "--version")
    assert shown.returncode == 0 and shown.stdout.strip()


@pytest.mark.parametrize("program", PROGRAMS)
def test_the_caches_are_written_before_the_process_ends(program: str, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "COPYLINT_CACHE_DIR": str(cache)}
    env.pop("COPYLINT_NO_CACHE", None)
    article = tmp_path / "story.md"
    article.write_text(ARTICLE, encoding="utf-8")
    first = _run(program, "check", "-j1", str(article), env=env)
    assert first.returncode == 1
    # the pattern store is saved by an atexit handler (copylint.matching); the results by the command
    assert list(cache.rglob("matching-*.bin"))
    results = [p for p in (cache / "results").rglob("*") if p.is_file()]
    assert len(results) == 1 and results[0].stat().st_size > 0  # the article's result
    again = _run(program, "check", "-j1", str(article), env=env)
    assert (again.returncode, again.stdout) == (first.returncode, first.stdout)


#: Runs ``cli.console`` (or ``cli.main``) in a fresh interpreter that can see whether the atexit
#: handlers ran and whether the interpreter tore itself down (an audit event of the teardown).
HARNESS = """
import atexit, os, sys, threading, time
import copylint.cli

def torn(event, args, write=os.write):  # the interpreter's teardown (Py_FinalizeEx) raises it
    if event == "cpython.PyInterpreterState_Clear":
        write(2, b"torn down\\n")

sys.addaudithook(torn)
atexit.register(lambda: print("atexit ran", flush=True))
mode = sys.argv[2]
if mode != "-":  # a thread still running when the command is done
    done = threading.Event()
    ready = copylint.cli._hard_exit_ready
    copylint.cli._hard_exit_ready = lambda: done.set() or ready()
    def work():
        done.wait()
        time.sleep(0.3 if mode == "thread" else 30)
        print("thread done", flush=True)
    threading.Thread(target=work, daemon=mode == "daemon").start()
entry = getattr(copylint.cli, sys.argv[1])
sys.argv = ["copylint", "check", "--no-cache", sys.argv[3]]
entry()
"""


def _harness(entry: str, thread: str, article: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", HARNESS, entry, thread, str(article)], capture_output=True, text=True, check=False
    )


def test_console_skips_only_the_teardown(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(ARTICLE, encoding="utf-8")
    hard = _harness("console", "-", article)
    assert hard.returncode == 1
    assert "cliche.stock-phrase" in hard.stdout and "atexit ran" in hard.stdout
    assert "torn down" not in hard.stderr
    normal = _harness("main", "-", article)  # the click group as the library and tests call it
    assert normal.returncode == 1 and normal.stdout == hard.stdout
    assert "torn down" in normal.stderr


@pytest.mark.parametrize("thread", ["thread", "daemon"])
def test_console_exits_the_normal_way_while_a_thread_runs(thread: str, tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(ARTICLE, encoding="utf-8")
    run = _harness("console", thread, article)
    assert run.returncode == 1
    assert "cliche.stock-phrase" in run.stdout and "atexit ran" in run.stdout
    assert ("thread done" in run.stdout) == (thread == "thread")  # the normal exit abandons a daemon
    assert "torn down" in run.stderr
