"""The garbage-collector policy of a run: raised while linting, the caller's restored after,
and documents freed by reference counting rather than left for the cyclic collector."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint import Linter, collector, lint_paths
from copylint.cli import main
from copylint.document import Document

TEXT = (
    "The council said on Monday that 5 per cent of the 1,200 homes in the area had been hit, "
    "according to figures released on 3 March 2024. Experts say the problem could of been worse.\n"
)


@pytest.fixture
def thresholds() -> Iterator[tuple[int, ...]]:
    """A caller's own (unusual) thresholds, put back after the test whatever happens."""
    saved = gc.get_threshold()
    gc.set_threshold(555, 7, 9)
    yield gc.get_threshold()
    gc.set_threshold(*saved)


def _files(tmp_path: Path, n: int = 3) -> list[str]:
    paths = []
    for i in range(n):
        p = tmp_path / f"a{i}.txt"
        p.write_text(TEXT, encoding="utf-8")
        paths.append(str(p))
    return paths


def test_a_run_raises_the_young_threshold_and_restores_the_callers(tmp_path: Path, thresholds: tuple[int, ...]) -> None:
    seen: list[tuple[int, ...]] = []
    report = lint_paths(_files(tmp_path), jobs=1, on_file=lambda path, diags: seen.append(gc.get_threshold()))
    assert report.diagnostics
    assert seen and all(t[0] > thresholds[0] for t in seen)
    assert gc.get_threshold() == thresholds


def test_lint_text_restores_the_callers_thresholds(thresholds: tuple[int, ...]) -> None:
    assert Linter().lint_text(TEXT, "a.txt")
    assert gc.get_threshold() == thresholds


def test_a_higher_or_disabled_threshold_of_the_caller_is_left_alone(tmp_path: Path) -> None:
    saved = gc.get_threshold()
    try:
        for mine in ((1_000_000, 10, 10), (0, 10, 10)):
            gc.set_threshold(*mine)
            seen: list[tuple[int, ...]] = []
            lint_paths(
                _files(tmp_path, 1), jobs=1, on_file=lambda path, diags, seen=seen: seen.append(gc.get_threshold())
            )
            assert seen == [mine]
            assert gc.get_threshold() == mine
    finally:
        gc.set_threshold(*saved)


def test_the_command_line_restores_the_thresholds(tmp_path: Path, thresholds: tuple[int, ...]) -> None:
    result = CliRunner().invoke(main, ["check", "--no-cache", *_files(tmp_path, 1)])
    assert result.exit_code == 1, result.output
    assert gc.get_threshold() == thresholds


def _documents() -> int:
    return sum(1 for o in gc.get_objects() if type(o) is Document)


def test_linted_documents_are_freed_without_the_cyclic_collector(tmp_path: Path) -> None:
    paths = _files(tmp_path, 4)
    lint_paths(paths[:1], jobs=1)  # load the rules and data first
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        before = _documents()
        report = lint_paths(paths, jobs=1)
        Linter().lint_text(TEXT, "b.txt")
        after = _documents()
    finally:
        if was:
            gc.enable()
    assert report.files == 4 and report.diagnostics
    assert after == before


def test_the_command_line_in_process_leaves_the_callers_objects_collectable(tmp_path: Path) -> None:
    """Only the ``copylint`` program freezes what it holds (copylint.collector.program): a caller
    in process keeps every object collectable."""
    frozen = gc.get_freeze_count()
    result = CliRunner().invoke(main, ["check", "--no-cache", *_files(tmp_path, 1)])
    assert result.exit_code == 1 and "could-of" in result.output
    assert gc.get_freeze_count() == frozen


def test_the_program_freezes_its_imports_and_what_it_holds_at_the_end(tmp_path: Path) -> None:
    """The program (console script, ``python -m copylint``: both call the group) freezes its
    imports before the command runs and what it holds when the command ends, so the collection at
    exit does not walk them; its findings are the in-process command's."""
    path = _files(tmp_path, 1)[0]
    code = (
        "import atexit, gc, sys\n"
        "default = gc.get_threshold()[0]\n"
        "from copylint.cli import main\n"
        "imported = len(gc.get_objects())\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count(), imported, gc.get_threshold()[0], default,"
        " file=sys.stderr))\n"
        "import copylint.cli\n"
        "lint = copylint.cli.lint_paths\n"
        "def seen(*args, **kwargs):\n"
        "    print('threshold', gc.get_threshold()[0], file=sys.stderr)\n"
        "    return lint(*args, **kwargs)\n"
        "copylint.cli.lint_paths = seen\n"
        f"sys.argv = ['copylint', 'check', '--no-cache', {path!r}]\n"
        "main()\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 1, run.stderr
    frozen, imported, after, default = map(int, run.stderr.split("frozen ")[1].split())
    assert frozen > imported  # the imports and the rules, tables and results built by the run
    # the command runs with the program's threshold; the interpreter's own (700 before Python 3.13,
    # 2000 since) is back afterwards
    assert f"threshold {collector.PROGRAM_THRESHOLD}" in run.stderr and after == default
    in_process = CliRunner().invoke(main, ["check", "--no-cache", path])
    assert run.stdout == in_process.output


def _young() -> int:
    """Objects allocated since the last young collection."""
    return gc.get_count()[0]


def test_an_import_leaves_no_young_objects_for_a_collection_and_restores_the_thresholds(
    thresholds: tuple[int, ...],
) -> None:
    if gc.get_freeze_count():
        # Python 3.12 starts with objects in the permanent generation: importing() cannot tell them
        # from a caller's frozen objects, so it moves nothing (the next test covers that case)
        pytest.skip("this interpreter starts with frozen objects (Python 3.12)")
    collections: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    with collector.importing():
        assert gc.get_threshold()[0] == collector.YOUNG_THRESHOLD
        made = [[i] for i in range(5000)]  # what an import creates and keeps
        cycle: list[object] = []
        cycle.append(cycle)  # and a little garbage
        del cycle
        assert _young() > thresholds[0]  # the caller's threshold would collect at once
        gc.callbacks.append(seen)
    try:
        after = [[i] for i in range(100)]  # allocations that would start that collection
        assert collections == []
        assert gc.get_threshold() == thresholds
        assert _young() < thresholds[0]
        assert gc.get_freeze_count() == 0  # in the oldest generation, not frozen
        assert all(gc.is_tracked(m) for m in made[:10]) and after
    finally:
        gc.callbacks.remove(seen)
    assert gc.collect() >= 1  # the garbage is still freed by a full collection


def test_an_import_leaves_a_callers_frozen_objects_frozen(thresholds: tuple[int, ...]) -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector.importing():
            made = [[i] for i in range(5000)]
        assert gc.get_freeze_count() == frozen  # nothing moved
        assert gc.get_threshold() == thresholds
        assert made
    finally:
        gc.unfreeze()
