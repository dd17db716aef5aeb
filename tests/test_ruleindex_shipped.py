"""The ready-made data shipped in the package (the rule index, the analyses of the built-in
patterns): current, used by a first run in an empty user cache only when the installed sources
are the ones it was written from, and giving that run the same findings as a warm one (user
packs included)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import copylint
from copylint import registry, ruleindex, shipped

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(copylint.__file__).resolve().parent

HOUSE_PACK = """\
family: house
rules:
  - id: house.scheme
    kind: substitution
    summary: House style for the council's schemes.
    message: "Use '{replacement}' instead of '{match}'."
    swap: {"flagship scheme": "main scheme"}
"""

STORY = "The flagship scheme was only the tip of the iceberg, the report said.\n"


def _env(cache: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COPYLINT_NO_INDEX", "COPYLINT_CACHE_DIR")}
    return {**env, "COPYLINT_CACHE_DIR": str(cache), **extra}


def test_the_shipped_index_and_analyses_are_current() -> None:
    """Fails when a rule, pack or module the index or the analyses are built from changed and
    they were not regenerated: the message says how (``python -m copylint.ruleindex``). The
    check builds them afresh in a new process and compares (under every Python CI runs)."""
    out = subprocess.run(
        [sys.executable, "-m", "copylint.ruleindex", "--check"],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "COPYLINT_NO_INDEX"},
        timeout=300,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "current" in out.stdout


def test_the_shipped_index_is_used_only_for_the_sources_it_was_written_from(tmp_path: Path) -> None:
    packages = registry.family_packages()
    package = tmp_path / "copylint"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    packs = tmp_path / "rules"
    shutil.copytree(registry.builtin_packs_dir(), packs)
    shipped = ruleindex.shipped_entries(package, packs, packages)
    assert shipped is not None
    assert sum(len(entry[4]) for entry in shipped) > 250

    # a module the build does not import (the command line) changes nothing
    (package / "cli.py").write_text((package / "cli.py").read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert ruleindex.shipped_entries(package, packs, packages) == shipped

    # an edited pack, a new file in the packs folder, an edited rule module: built instead
    cliche = packs / "cliche.yaml"
    original = cliche.read_text(encoding="utf-8")
    cliche.write_text(original.replace("tip of the iceberg", "tip of the icebergs", 1), encoding="utf-8")
    assert ruleindex.shipped_entries(package, packs, packages) is None
    cliche.write_text(original, encoding="utf-8")
    assert ruleindex.shipped_entries(package, packs, packages) == shipped
    (packs / "extra.yaml").write_text(HOUSE_PACK, encoding="utf-8")
    assert ruleindex.shipped_entries(package, packs, packages) is None
    (packs / "extra.yaml").unlink()
    rules_module = package / "families" / "typography" / "rules.py"
    rules_module.write_text(rules_module.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert ruleindex.shipped_entries(package, packs, packages) is None
    rules_module.unlink()
    assert ruleindex.shipped_entries(package, packs, packages) is None
    # another family package
    assert ruleindex.shipped_entries(package, packs, [*packages, "copylint.families.extra"]) is None


def test_a_pack_rule_says_where_it_is_defined_wherever_the_packs_are(tmp_path: Path) -> None:
    """The index written in a checkout (``rules/``) names an installed package's packs
    (``copylint/rules/``) when used there."""
    shipped = ruleindex.shipped_entries(PACKAGE, registry.builtin_packs_dir(), registry.family_packages())
    assert shipped is not None
    built = {meta["id"]: meta["defined_in"] for entry in registry.index_entries() for meta, _, _, _ in entry[4]}
    assert {meta["id"]: meta["defined_in"] for entry in shipped for meta, _, _, _ in entry[4]} == built
    assert built["cliche.stock-phrase"].endswith("rules/cliche.yaml:" + built["cliche.stock-phrase"].rsplit(":", 1)[1])


def _run(args: list[str], env: dict[str, str], cwd: Path) -> tuple[list[dict[str, object]], set[str]]:
    """``copylint ARGS`` in a fresh interpreter: its JSON diagnostics and the modules it imported."""
    code = (
        "import json, sys\n"
        "from copylint.cli import main\n"
        f"sys.argv = ['copylint', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=cwd, timeout=300)
    diagnostics = json.loads(out.stdout)["diagnostics"]
    return diagnostics, set(json.loads(out.stderr.strip().splitlines()[-1]))


def test_a_first_run_in_an_empty_cache_finds_what_a_warm_run_finds(tmp_path: Path) -> None:
    check = ["check", "--no-cache", "--format", "json", "fixtures"]
    cold, _ = _run(check, _env(tmp_path / "cold"), ROOT)
    warm, _ = _run(check, _env(tmp_path / "cold"), ROOT)
    built, _ = _run(check, _env(tmp_path / "built", COPYLINT_NO_INDEX="1", COPYLINT_NO_SHIPPED="1"), ROOT)
    assert len(cold) > 50
    assert cold == warm == built


def test_a_first_run_in_an_empty_cache_builds_no_family_it_does_not_run(tmp_path: Path) -> None:
    """The shipped index was used: building the index would have imported every family."""
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    found, loaded = _run(
        ["check", "--no-cache", "--format", "json", "--select", "cliche", str(story)], _env(tmp_path / "c"), tmp_path
    )
    assert "cliche.stock-phrase" in {d["rule"] for d in found}
    for module in (
        "copylint.families.grammar.verbs",
        "copylint.families.style.dates",
        "copylint.families.claims.rules",
    ):
        assert module not in loaded, module


def test_a_user_pack_works_in_an_empty_cache(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "house.yaml").write_text(HOUSE_PACK, encoding="utf-8")
    (project / ".copylint.yaml").write_text("packs: [house.yaml]\nextend-select: [house]\n", encoding="utf-8")
    (project / "story.txt").write_text(STORY, encoding="utf-8")
    runs = [
        _run(["check", "--no-cache", "--format", "json", "story.txt"], _env(tmp_path / "cache"), project)[0]
        for _ in range(2)
    ]
    assert runs[0] == runs[1]
    rules = {d["rule"] for d in runs[0]}
    assert {"house.scheme", "cliche.stock-phrase"} <= rules
    edited = HOUSE_PACK.replace("main scheme", "leading scheme")
    (project / "house.yaml").write_text(edited, encoding="utf-8")
    found = _run(["check", "--no-cache", "--format", "json", "story.txt"], _env(tmp_path / "cache"), project)[0]
    scheme = [d for d in found if d["rule"] == "house.scheme"]
    assert [d["suggestions"] for d in scheme] == [["leading scheme"]]


def test_the_shipped_analyses_are_used_only_with_the_matching_module_that_computed_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = shipped.read()
    assert found is not None and len(found) > 50
    monkeypatch.setenv("COPYLINT_NO_SHIPPED", "1")
    assert shipped.analyses() == {}
    monkeypatch.delenv("COPYLINT_NO_SHIPPED")
    assert shipped.analyses() == found
    monkeypatch.setattr(shipped, "matching_digest", lambda: "0" * 64)
    assert shipped.read() is None and shipped.analyses() == {}


def test_a_first_run_in_an_empty_cache_analyses_no_built_in_pattern(tmp_path: Path) -> None:
    """Every analysis a first run of the default rules asks for on plain copy is shipped; without
    them (``COPYLINT_NO_SHIPPED``) the run computes its own, and finds the same."""
    code = (
        "import json\n"
        "from copylint import lint_text, matching\n"
        f"found = lint_text({STORY!r})\n"
        "print(json.dumps([len(matching._added), sorted(d.rule for d in found)]))\n"
    )
    runs = {}
    for name, extra in (("shipped", {}), ("computed", {"COPYLINT_NO_SHIPPED": "1"})):
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=_env(tmp_path / name, **extra),
            check=True,
            timeout=300,
        )
        runs[name] = json.loads(out.stdout)
    assert runs["shipped"][0] == 0
    assert runs["computed"][0] > 0
    assert runs["shipped"][1] == runs["computed"][1] and "cliche.stock-phrase" in runs["shipped"][1]


def test_a_plugin_works_in_an_empty_cache(tmp_path: Path) -> None:
    """A first run reads the entry points of a plugin installed since (the index holds only the
    built-in rules); uninstalled, its rules are gone from the next run."""
    from test_plugins import make_plugin

    site = tmp_path / "site"
    site.mkdir()
    make_plugin(site, "myplugin:RULES")
    story = tmp_path / "story.txt"
    story.write_text("Expect synergy. " + STORY, encoding="utf-8")
    env = _env(tmp_path / "cache", PYTHONPATH=str(site))
    check = ["check", "--no-cache", "--format", "json", "--extend-select", "house", str(story)]
    found, _ = _run(check, env, tmp_path)
    assert {"house.no-synergy", "cliche.stock-phrase"} <= {d["rule"] for d in found}
    shutil.rmtree(site / "myplugin-0.1.dist-info")
    out = subprocess.run(
        [sys.executable, "-m", "copylint", *check], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300
    )
    assert out.returncode == 2 and "house" in out.stderr  # no such family any more


def test_a_ready_made_cache_entry_is_used_only_for_its_key_and_builder() -> None:
    from copylint.families.grammar import lexicon

    made = shipped.read_ready_made()
    assert set(made) == set(shipped.READY_MADE)
    key, source, value = made["grammar-lexicon"]
    assert source[0] == "families/grammar/lexicon.py"

    in_lexicon_module = eval(compile("lambda: 1 / 0", lexicon.__file__, "eval"))  # a builder of lexicon.py, never run
    assert shipped.ready_made("grammar-lexicon", key, in_lexicon_module) == value
    assert shipped.ready_made("grammar-lexicon", key + "0", lambda: "built") == "built"  # another key
    assert shipped.ready_made("grammar-lexicon", key, lambda: "built") == "built"  # a builder of another module
    assert shipped.ready_made("spelling", key, lambda: "built") == "built"  # not shipped
