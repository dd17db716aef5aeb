"""The result cache: same output as an uncached run, invalidated by text, config and rule set,
bounded, shared safely by parallel runs, switched off by --no-cache, emptied by `cache clean`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint import lint_paths, resultcache
from copylint.cli import main

ARTICLE = "The the report was written by the team. Experts say it is obviously the best plan.\n"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("COPYLINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("COPYLINT_NO_CACHE", raising=False)
    return folder


def _entries(cache: Path) -> list[Path]:
    return sorted(p for p in (cache / "results").rglob("*") if p.is_file())


def _json(paths: list[str], *extra: str) -> tuple[int, dict]:
    result = CliRunner().invoke(main, ["check", "--format", "json", *extra, *paths])
    return result.exit_code, json.loads(result.stdout)


def test_second_run_reads_the_cache_and_prints_the_same(tmp_path: Path, cache_dir: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    first = _json([str(article)])
    assert len(_entries(cache_dir)) == 1
    cached = resultcache.ResultCache(cache_dir)
    before = _entries(cache_dir)[0].read_bytes()
    second = _json([str(article)])
    assert second == first and first[1]["diagnostics"]
    assert _entries(cache_dir)[0].read_bytes() == before  # read back, not rewritten
    assert cached.folder == cache_dir / "results"
    assert _json([str(article)], "--no-cache") == first


def test_changed_text_config_or_selection_is_linted_again(tmp_path: Path, cache_dir: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    _, first = _json([str(article)])
    article.write_text(ARTICLE.replace("The the", "The"), encoding="utf-8")
    _, edited = _json([str(article)])
    assert {d["rule"] for d in first["diagnostics"]} != {d["rule"] for d in edited["diagnostics"]}
    _, selected = _json([str(article)], "--select", "claims")
    assert {d["rule"].split(".")[0] for d in selected["diagnostics"]} == {"claims"}
    (tmp_path / ".copylint.yaml").write_text("ignore: [claims]\n", encoding="utf-8")
    _, configured = _json([str(article)])
    assert not any(d["rule"].startswith("claims.") for d in configured["diagnostics"])
    assert len(_entries(cache_dir)) == 4


def test_library_cache_matches_uncached_results(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"a{i}.md").write_text(ARTICLE * (i + 1), encoding="utf-8")
    plain = lint_paths([str(tmp_path)], jobs=1)
    first = lint_paths([str(tmp_path)], jobs=1, cache=tmp_path / "c")
    second = lint_paths([str(tmp_path)], jobs=1, cache=tmp_path / "c")
    assert plain.diagnostics == first.diagnostics == second.diagnostics
    assert [d.fix for d in plain.diagnostics] == [d.fix for d in second.diagnostics]
    assert plain.words == second.words and plain.files == second.files


def test_cache_is_bounded(tmp_path: Path) -> None:
    cache = resultcache.ResultCache(tmp_path)
    for i in range(30):
        cache.put(f"{i:064x}", [], i)
    cache.prune(max_entries=10)
    assert len(list(resultcache._entries(cache.folder))) == 8
    assert cache.get(f"{29:064x}") == ([], 29)  # the newest survive
    assert cache.get(f"{0:064x}") is None


def test_damaged_entry_is_a_miss(tmp_path: Path) -> None:
    cache = resultcache.ResultCache(tmp_path)
    cache.put("ab" * 32, [], 3)
    next(resultcache._entries(cache.folder)).write_bytes(b"\x00garbage")
    assert cache.get("ab" * 32) is None


def test_cache_clean(tmp_path: Path, cache_dir: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    _json([str(article)])
    result = CliRunner().invoke(main, ["cache", "clean"])
    assert result.exit_code == 0 and "removed 1 cached result " in result.output
    assert _entries(cache_dir) == []


def test_parallel_runs_share_the_cache_safely(tmp_path: Path) -> None:
    folder = tmp_path / "copy"
    folder.mkdir()
    for i in range(30):
        (folder / f"a{i:02}.md").write_text(ARTICLE + f"Item {i} was obviously lost.\n", encoding="utf-8")
    env = {**os.environ, "COPYLINT_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("COPYLINT_NO_CACHE", None)
    cmd = [sys.executable, "-m", "copylint.cli", "check", "--format", "json", "-j2", str(folder)]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [json.loads(p.communicate()[0])["diagnostics"] for p in procs]
    again = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, text=True, check=False)
    env["COPYLINT_NO_CACHE"] = "1"
    fresh = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, text=True, check=False)
    expected = json.loads(fresh.stdout)["diagnostics"]
    assert all(o == expected for o in outputs)
    assert json.loads(again.stdout)["diagnostics"] == expected
    assert len(_entries(tmp_path / "cache")) == 30
