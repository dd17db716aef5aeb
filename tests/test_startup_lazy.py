"""Start-up: what a plain one-article check does not compile, build or import (issue 15).

Each guarded item cost a one-article run CPU time while the run never used it (see
``bench/results/startup-s10-2026-12-07.md``)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from loaded_modules import loaded_after

#: Module-level patterns compiled on first use (``matching.later``): a plain news article
#: without URLs, e-mail addresses, suppression comments or British spellings uses none of them.
LAZY = (
    ("copylint.segment", "_SCHEME_URL"),
    ("copylint.segment", "_DOMAIN"),
    ("copylint.segment", "_EMAIL"),
    ("copylint.segment", "_NON_SPACE"),
    ("copylint.document", "_LINE_BREAK"),
    ("copylint.suppress", "_DIRECTIVE"),
    ("copylint.kinds.base", "_WORD"),
    ("copylint.kinds.pattern", "_PUNCT"),
    ("copylint.nlp.tokenize", "_SPACED"),
)

ARTICLE = (
    "The council said on Monday that it would raise the budget by 4%.\n\n"
    "Its leader, Jane Smith, told reporters the plan was fair and that many residents agreed.\n"
)


def _compiled_after_check(article: Path) -> dict[str, bool]:
    """Run ``copylint check --no-cache ARTICLE`` in a fresh interpreter (twice: the first run
    may write the rule index) and say which of :data:`LAZY` it compiled."""
    names = [list(pair) for pair in LAZY]
    code = (
        "import importlib, json, sys\n"
        "from copylint.cli import main\n"
        f"sys.argv = ['copylint', 'check', '--no-cache', {str(article)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"out = {{f'{{m}}.{{n}}': 'finditer' in vars(getattr(importlib.import_module(m), n)) for m, n in {names!r}}}\n"
        "print(json.dumps(out), file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "COPYLINT_NO_INDEX"}
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return dict(json.loads(done.stderr.strip().splitlines()[-1]))


def test_a_plain_check_compiles_none_of_the_lazy_module_patterns(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    compiled = _compiled_after_check(article)
    assert compiled and not any(compiled.values()), [name for name, done in compiled.items() if done]


@pytest.mark.parametrize(("module", "name"), LAZY)
def test_a_lazy_module_pattern_is_the_pattern_re_compiles(module: str, name: str) -> None:
    import importlib

    lazy = getattr(importlib.import_module(module), name)
    assert isinstance(lazy, re.Pattern)
    rx = re.compile(lazy.pattern, lazy.flags)
    assert (rx.pattern, rx.flags, rx.groups, rx.groupindex) == (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex)


def test_a_plain_check_does_not_apply_the_defaults_again(tmp_path: Path) -> None:
    # the rules it builds take the rule index's metadata (defaults and measured precision applied)
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out, loaded = loaded_after(["check", "--no-cache"], article)
    assert "style.on-dates" in out  # the run did lint the article
    assert "copylint.families.grammar" in loaded and "copylint.kinds.pattern" in loaded  # rules were built
    assert "copylint.defaults" not in loaded  # (nor json, its import: the helper imports json itself)


def test_the_lexicon_found_by_its_files_stamp_is_the_lexicon_of_their_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a run reads the grammar lexicon's tables by the data files' sizes and times, without reading
    # and hashing their text; a first run (or an edited file) reads the text as before
    from copylint.families.grammar import lexicon as module

    monkeypatch.setenv("COPYLINT_CACHE_DIR", str(tmp_path))
    forms, rows, base_of = module._tables(module._text("lexicon.tsv"), module._text("verbs.tsv"))
    mass = frozenset(module._lines(module._text("mass.txt")))
    try:
        for _ in range(2):  # built (from the ready-made entry or the text), then read by the stamp
            module.lexicon.cache_clear()
            lex = module.lexicon()
            assert lex.mass == mass and dict(lex.base_of) == base_of
            assert {v.base: tuple(v) for v in lex.verbs.values()}.keys() == {row[0] for row in rows}
            assert all(lex.forms[form] >= tags for form, tags in forms.items())  # GAPS only add tags
        assert len(list(tmp_path.glob("grammar-lexicon-files-*"))) == 1
        data = Path(module.__file__).with_name("data")
        for name in ("lexicon.tsv", "verbs.tsv", "mass.txt"):  # an edited file is read again
            st = (data / name).stat()
            assert repr((name, st.st_size, st.st_mtime_ns)) in module._stamp()
    finally:
        module.lexicon.cache_clear()


def test_a_builtin_pack_found_by_its_files_stamp_is_the_pack_as_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a run finds a built-in pack's parsed rules by the file's size and time, without reading
    # and hashing the pack's text; a first run (or an edited pack) reads the text as before
    from copylint import packs
    from copylint.registry import builtin_packs_dir

    monkeypatch.setenv("COPYLINT_CACHE_DIR", str(tmp_path))
    try:
        for pack in sorted(builtin_packs_dir().glob("*.yaml")):
            family, source, entries = packs._parse(pack, pack.read_text(encoding="utf-8"))
            for _ in range(2):  # from the text (and the digest-keyed entry), then by the stamp
                packs._builtin_parsed.cache_clear()
                found = packs._builtin_parsed(pack)
                assert (found[0], found[1], list(found[2])) == (family, source, list(entries)), pack.name
        assert len(list(tmp_path.glob("pack-rules-file-*"))) == len(list(builtin_packs_dir().glob("*.yaml")))
    finally:
        packs._builtin_parsed.cache_clear()


def test_a_user_cache_entry_is_used_only_for_its_own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # file names hold a checksum of the key; the file holds the key, so another key that has the
    # same name (or a file of another layout) is a miss, rebuilt and written over
    import marshal

    from copylint import diskcache

    monkeypatch.setenv("COPYLINT_CACHE_DIR", str(tmp_path))
    assert diskcache.load_or_build("probe", "key one", lambda: [1, 2]) == [1, 2]
    assert diskcache.load_or_build("probe", "key one", lambda: 1 / 0) == [1, 2]  # read back
    path = diskcache.cache_path("probe", "key one")
    path.write_bytes(marshal.dumps(("another key", [3])))  # as if another key had this name
    assert diskcache.load_or_build("probe", "key one", lambda: [4]) == [4]
    path.write_bytes(marshal.dumps([5]))  # an entry written before keys were kept in the file
    assert diskcache.load_or_build("probe", "key one", lambda: [6]) == [6]
    assert diskcache.load_or_build("probe", "key one", lambda: 1 / 0) == [6]
    assert diskcache.cache_path("probe", "key one") != diskcache.cache_path("probe", "key two")
    assert diskcache.load_or_build("probe", b"bytes key", lambda: "b") == "b"
    assert diskcache.load_or_build("probe", b"bytes key", lambda: 1 / 0) == "b"


def test_the_pattern_store_is_written_for_the_next_run_when_it_came_from_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a run that took the shipped analyses (an empty user cache) keeps them in the user cache, so
    # the next run reads them there without hashing matching.py to check the shipped file
    env = {k: v for k, v in os.environ.items() if k not in ("COPYLINT_NO_INDEX", "COPYLINT_NO_SHIPPED")}
    env["COPYLINT_CACHE_DIR"] = str(tmp_path)
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code = (
        "import sys\nfrom copylint.cli import main\n"
        f"sys.argv = ['copylint', 'check', '--no-cache', {str(article)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('hashlib' in sys.modules, file=sys.stderr)\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
        for _ in range(3)
    ]
    assert list(tmp_path.glob("matching-*"))
    assert runs[0].stdout == runs[2].stdout and "style.on-dates" in runs[2].stdout
    assert runs[2].stderr.strip().splitlines()[-1] == "False"  # everything read from the user cache


def test_the_pattern_store_is_read_as_bytes_and_each_analysis_decoded_when_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the user cache keeps every run's analyses: a run decodes only those it asks for
    from copylint import matching

    monkeypatch.setenv("COPYLINT_CACHE_DIR", str(tmp_path))
    patterns = [(r"\b(?:Dr|Gen|Lt)\.? [A-Z]\w+", 0), (r"per ?cent|percent", int(re.IGNORECASE)), ("x{2,}", 0)]
    computed = {key: matching._analysis(*key) for key in patterns}  # analysed (or stored) as a run does
    monkeypatch.setattr(matching, "_store", {})
    monkeypatch.setattr(matching, "_added", dict(computed))
    monkeypatch.setattr(matching, "_used", set())
    monkeypatch.setattr(matching, "_unsaved", False)
    matching._save_store()  # what the run's exit does
    monkeypatch.setattr(matching, "_store", None)
    monkeypatch.setattr(matching, "_added", {})
    store = matching._load_store()
    assert set(store) == set(patterns) and all(type(v) is bytes for v in store.values())
    first = patterns[0]
    assert matching._analysis(*first) == computed[first] and matching._added == {}  # read, not analysed again
    assert store[first] == computed[first] and all(type(store[k]) is bytes for k in patterns[1:])
    assert matching.union(["ab+", "cd"]) == matching._added[("ab+\x00cd", matching._UNION)][0]  # a new one
    matching._save_store()  # decoded and new analyses are kept as bytes too
    monkeypatch.setattr(matching, "_store", None)
    monkeypatch.setattr(matching, "_added", {})
    again = matching._load_store()
    assert all(type(v) is bytes for v in again.values()) and len(again) == len(patterns) + 1
    assert all(matching._stored(k) == v for k, v in computed.items())
