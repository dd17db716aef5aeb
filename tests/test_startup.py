"""Start-up: what a one-article run loads and computes (the pre-commit case)."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

from loaded_modules import loaded_after

ARTICLE = "The council said on Monday that it would raise the budget.\n\nIt was the tip of the iceberg.\n"


def _python(code: str, env: dict[str, str] | None = None) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return out.stdout


def test_importing_the_cli_loads_no_rules_and_no_heavy_libraries() -> None:
    loaded = set(json.loads(_python("import json, sys, copylint.cli; print(json.dumps(sorted(sys.modules)))")))
    for module in (
        "copylint.families",
        "copylint.kinds.pattern",
        "copylint.commands.stats",
        "copylint.commands.audit",
        "multiprocessing",
        "pathspec",
        "urllib.request",
    ):
        assert module not in loaded, module


def test_checking_one_file_loads_no_http_stack_no_workers_and_no_folder_walker(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(ARTICLE, encoding="utf-8")
    out, loaded = loaded_after(["check", "--no-cache"], article)
    assert "cliche.stock-phrase" in out
    for module in ("multiprocessing", "pathspec", "urllib.request", "copylint.commands.stats"):
        assert module not in loaded, module


def _analysed(folder: Path) -> int:
    """How many regex analyses the user cache keeps (an entry holds its key, then the store)."""
    return sum(len(marshal.loads(p.read_bytes())[1]) for p in folder.rglob("matching-*.bin"))


def test_a_run_over_one_file_analyses_only_the_prefilters_and_a_large_run_everything(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "COPYLINT_CACHE_DIR": str(cache)}
    env.pop("COPYLINT_NO_CACHE", None)
    one = tmp_path / "one.md"
    one.write_text(ARTICLE, encoding="utf-8")
    copylint = [sys.executable, "-m", "copylint", "check", "--no-cache", "-j1"]
    subprocess.run([*copylint, str(one)], capture_output=True, env=env, check=False)
    small = _analysed(cache)
    many = tmp_path / "many"
    many.mkdir()
    for i in range(16):
        (many / f"story{i}.md").write_text(ARTICLE, encoding="utf-8")
    subprocess.run([*copylint, str(many)], capture_output=True, env=env, check=False)
    assert _analysed(cache) > small  # the patterns compiled as written before are analysed now


def test_modules_that_the_lazy_imports_reach_import_on_their_own() -> None:
    """With nothing imported eagerly, each of these is the first copylint module some caller
    imports: none may meet an import cycle (the grammar family's rules import copylint.nlp,
    which reads the grammar lexicon)."""
    for module in (
        "copylint.nlp.analysis",
        "copylint.nlp.tagger",
        "copylint.kinds.pattern",
        "copylint.families.grammar.lexicon",
        "copylint.families.grammar.phrase_agreement",
        "copylint.registry",
    ):
        _python(f"import {module}")
