"""Start-up: a default one-article run imports no standard-library module that it does not use
(each costs the pre-commit case a millisecond or more; see bench/results/startup-imports-s7-2026-12-07.md).

Each module below was once imported at module level on the way to ``copylint check``; these
tests fail if someone imports it there again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from loaded_modules import loaded_after

ARTICLE = (
    "Council raises budget\n\n"
    "The council said on Monday that it could of raised the budget.\n\n"
    "It was the tip of the iceberg.\n"
)

#: Module -> what needs it (imported there on first use only).
KEPT_OUT = {
    # importlib.resources.files() (data files are read next to the modules instead): the import
    # alone pulls tempfile, shutil, zipfile, bz2, lzma and random
    "importlib.resources": "nothing",
    "zipfile": "nothing",
    "lzma": "the spelling lexicon (opt-in unknown-word rule)",
    "tempfile": "writing a result to the cache",
    "shutil": "copylint cache clean",
    "glob": "a path with a wildcard that the shell did not expand",
    "difflib": "a did-you-mean for an unknown rule id",
    "copylint.ids": "a did-you-mean for an unknown rule id",
    # OpenSSL (about 2.5 ms): user-cache entries are named by a zlib checksum of their key
    "hashlib": "the result cache, and a user-cache entry built afresh (a digest of its source)",
    # the tagger model is kept in the user cache as marshal data (copylint.nlp.tagger.tagger)
    "pickle": "the tagger model's first load in a fresh user cache",
}


def _kept_out() -> dict[str, str]:
    """KEPT_OUT less what the standard library copylint builds on imports by itself on this Python
    (3.13's pathlib imports glob): only copylint's own imports are under test."""
    code = "import sys, pathlib, re, json, dataclasses, typing; print(' '.join(sys.modules))"
    stdlib = set(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    )
    return {m: why for m, why in KEPT_OUT.items() if m not in stdlib}


def _article(tmp_path: Path, text: str = ARTICLE) -> Path:
    article = tmp_path / "story.txt"
    article.write_text(text, encoding="utf-8")
    return article


def test_a_default_run_over_one_article_imports_none_of_the_modules_kept_out(tmp_path: Path) -> None:
    out, loaded = loaded_after(["check", "--no-cache"], _article(tmp_path))
    # the run linted the article with every default family, the tagger and its data included
    assert "grammar.could-of" in out and "cliche.stock-phrase" in out and "style.on-dates" in out
    assert {"copylint.nlp.tagger", "copylint.families.grammar.lexicon"} <= loaded
    kept_out = _kept_out()
    assert not {m for m in kept_out if m in loaded}, {m: kept_out[m] for m in kept_out if m in loaded}


def test_the_json_format_and_a_suppression_comment_import_only_what_they_use(tmp_path: Path) -> None:
    text = ARTICLE + "\n<!-- copylint-disable-next-line cliche -->\nIt was the tip of the iceberg.\n"
    out, loaded = loaded_after(["check", "--no-cache", "--format", "json"], _article(tmp_path, text))
    assert '"rule": "grammar.could-of"' in out
    assert "copylint.ids" in loaded  # the comment names rules: they are checked, with a did-you-mean
    kept = {m for m in _kept_out() if m not in ("copylint.ids", "difflib")}
    assert not {m for m in kept if m in loaded}


def test_an_unknown_rule_in_a_suppression_comment_still_gets_a_did_you_mean(tmp_path: Path) -> None:
    text = "<!-- copylint-disable-next-line cliche.stock-phrases -->\nIt was the tip of the iceberg.\n"
    out, _ = loaded_after(["check", "--no-cache"], _article(tmp_path, text))
    assert "copylint.unknown-rule" in out and "cliche.stock-phrase" in out


def test_importing_the_command_line_restores_the_callers_collector_thresholds() -> None:
    """``copylint`` and ``copylint.cli`` import under a raised young-generation threshold
    (see copylint.collector.importing); a program that imports them keeps its own, collection
    switched off included."""
    for mine in ((555, 7, 9), (0, 7, 9)):
        code = f"import gc\ngc.set_threshold(*{mine!r})\nimport copylint.cli\nprint(tuple(gc.get_threshold()))\n"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        assert out.strip() == repr(mine)
