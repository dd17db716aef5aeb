"""The rule index: derived from the rules, current, and what lets a run import only the families it runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from copylint import lint_text, ruleindex
from copylint.family import Family
from copylint.registry import Registry, built_family, builtin_families
from copylint.rule import Rule
from loaded_modules import loaded_after

ARTICLE = "The council said on Monday that it would raise the budget.\n\nIt was the tip of the iceberg.\n"


def test_the_index_describes_exactly_the_rules_each_family_builds() -> None:
    indexed = builtin_families()
    assert indexed, "no families"
    for family in indexed.values():
        package = {r.package for r in family.rules if isinstance(r, ruleindex.IndexedRule)}
        assert len(package) == 1, family.name
        built = built_family(package.pop())
        for f in fields(Family):
            if f.name != "rules":
                assert getattr(family, f.name) == getattr(built, f.name), (family.name, f.name)
        assert [r.meta for r in family.rules] == [r.meta for r in built.rules]
        # made from the index without __init__ (frozen.made): every field set, as __init__ sets it
        assert [vars(r.meta) for r in family.rules] == [vars(r.meta) for r in built.rules]
        for r in family.rules:
            assert isinstance(r, ruleindex.IndexedRule)
            assert vars(r).keys() == {f.name for f in fields(ruleindex.IndexedRule)}
            assert ruleindex.IndexedRule(**vars(r)) == r


def test_an_indexed_rule_is_its_familys_rule() -> None:
    registry = Registry.base(plugins=False)
    stock = registry.rules["cliche.stock-phrase"]
    assert isinstance(stock, ruleindex.IndexedRule)
    built = {r.meta.id: r for r in built_family(stock.package).rules}["cliche.stock-phrase"]
    assert type(stock.rule()) is type(built) and stock.rule().meta == built.meta
    assert stock.rule() is stock.rule()  # built once
    assert stock.regex.search("It was the tip of the iceberg.")  # the loaded rule's own attributes
    found = lint_text(ARTICLE, {"select": ["cliche.stock-phrase"]})
    assert [d.rule for d in found] == ["cliche.stock-phrase"]


def test_every_indexed_rule_builds_with_the_metadata_of_its_family_built_whole() -> None:
    # registry._with_indexed_defaults gives a rule built from the index the index's metadata
    # instead of applying copylint.defaults again: the same metadata, field for field
    registry = Registry.base(plugins=False)
    indexed = [r for r in registry.rules.values() if isinstance(r, ruleindex.IndexedRule)]
    assert len(indexed) > 400
    for r in indexed:
        built = {b.meta.id: b for b in built_family(r.package).rules}[r.meta.id]
        rule = r.rule()
        assert type(rule) is type(built), r.meta.id
        assert rule.meta == built.meta == r.meta and vars(rule.meta) == vars(built.meta), r.meta.id


def test_a_pattern_rule_that_cannot_match_is_not_built(tmp_path: Path) -> None:
    code = (
        "from copylint import lint_text, registry\n"
        "from copylint.ruleindex import IndexedRule\n"
        "found = lint_text('He could of gone home. The weather was fine.', {'select': ['grammar']})\n"
        "rules = registry.Registry.base(plugins=False).rules\n"
        "gated = [r for r in rules.values() if isinstance(r, IndexedRule) and r.gate is not None]\n"
        "print(len(gated), registry._pack_rule.cache_info().currsize, sorted({d.rule for d in found}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "COPYLINT_NO_INDEX"}
    for _ in range(2):  # the first run may write the index
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    gated, built, rules = out.stdout.split(" ", 2)
    assert int(gated) > 50
    assert 0 < int(built) < int(gated)  # the pattern rules whose words are absent were never built
    assert "grammar.could-of" in rules


def test_metadata_survives_the_round_trip() -> None:
    for r in Registry.base(plugins=False):
        decoded = ruleindex.decode_meta(ruleindex.encode_meta(r.meta))
        assert decoded == r.meta and vars(decoded) == vars(r.meta)
        assert hash(decoded) == hash(r.meta) and repr(decoded) == repr(r.meta)


def test_the_index_is_rebuilt_when_any_source_file_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COPYLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("COPYLINT_NO_INDEX", raising=False)
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "rules.yaml").write_text("rules: []\n", encoding="utf-8")
    built: list[int] = []

    def build() -> list[ruleindex.Entry]:
        built.append(1)
        return [ruleindex.encode("copylint.families.cliche", built_family("copylint.families.cliche"), {})]

    def load(package: str, rule_id: str, where: ruleindex.Where) -> Rule:
        raise AssertionError("nothing runs here")

    first = ruleindex.families([str(sources)], build, load)
    assert first is not None and list(first) == ["cliche"] and len(built) == 1
    assert ruleindex.families([str(sources)], build, load) is not None and len(built) == 1  # from the cache
    (sources / "rules.yaml").write_text("rules: [changed]\n", encoding="utf-8")
    assert ruleindex.families([str(sources)], build, load) is not None and len(built) == 2
    (sources / "new.py").write_text("", encoding="utf-8")
    assert ruleindex.families([str(sources)], build, load) is not None and len(built) == 3


def test_rules_listing_is_the_same_with_and_without_the_index() -> None:
    env = {k: v for k, v in os.environ.items() if k != "COPYLINT_NO_INDEX"}
    listings = []
    for extra in ({}, {}, {"COPYLINT_NO_INDEX": "1"}):  # the first run may write the index
        out = subprocess.run(
            [sys.executable, "-m", "copylint", "rules", "--format", "json"],
            capture_output=True,
            text=True,
            check=True,
            env={**env, **extra},
        )
        listings.append(json.loads(out.stdout))
    assert len(listings[0]) > 100
    assert listings[1] == listings[2]


def _loaded_after(args: list[str], tmp_path: Path) -> tuple[str, set[str]]:
    article = tmp_path / "story.md"
    article.write_text(ARTICLE, encoding="utf-8")
    return loaded_after(args, article)


def test_a_run_imports_only_the_families_whose_rules_it_runs(tmp_path: Path) -> None:
    stdout, loaded = _loaded_after(["check", "--no-cache", "--select", "cliche"], tmp_path)
    assert "cliche.stock-phrase" in stdout
    for module in (
        "copylint.families.style.dates",
        "copylint.families.claims.rules",
        "copylint.families.grammar.verbs",
    ):
        assert module not in loaded, module
    stdout, loaded = _loaded_after(["check", "--no-cache"], tmp_path)
    assert "cliche.stock-phrase" in stdout
    assert "copylint.families.grammar.verbs" in loaded  # on by default
    assert "copylint.families.readability.rules" not in loaded  # every readability rule is off by default


def _gated() -> list[ruleindex.IndexedRule]:
    rules = Registry.base(plugins=False).rules.values()
    return [r for r in rules if isinstance(r, ruleindex.IndexedRule) and r.gate is not None]


def test_every_kind_of_gate_is_recorded() -> None:
    kinds = {(r.gate or ("",))[0] for r in _gated()}
    assert kinds == {"pattern", "text", "options"}
    text = {r.meta.id for r in _gated() if (r.gate or ("",))[0] == "text"}
    assert {"cliche.idiom", "cliche.stock-phrase", "cliche.wordy-phrase"} <= text
    options = {r.meta.id for r in _gated() if (r.gate or ("",))[0] == "options"}
    assert options == {f"{family}.languagetool" for family in ("cliche", "grammar", "spelling", "style", "typography")}
    from copylint.languagetool.options import LanguageToolOptions
    from copylint.readers import read_document
    from copylint.rule import Context

    doc = read_document("He go to school.")
    gate = next(r.gate for r in _gated() if r.meta.id == "grammar.languagetool")
    assert gate is not None and not ruleindex.allows(gate, doc, Context())
    for configured in (LanguageToolOptions(url="http://localhost:8081"), LanguageToolOptions(local=True)):
        assert ruleindex.allows(gate, doc, Context(typed={LanguageToolOptions: configured}))
    assert not ruleindex.allows(gate, doc, Context(typed={LanguageToolOptions: LanguageToolOptions(timeout=3.0)}))


def test_a_gate_lets_through_every_bad_example_of_its_rule() -> None:
    """Each rule's own examples of what it flags pass its gate (a gate that ruled one out
    would lose a finding): the phrases' words, the regexes' keywords and the tests' words."""
    from copylint.readers import read_document
    from copylint.rule import Context

    checked = 0
    for r in _gated():
        assert r.gate is not None
        if r.gate[0] == "options":
            continue  # the LanguageTool backend's examples need a server
        for bad in r.meta.bad:
            ctx = Context(language=r.gate[1] or "en-US") if r.gate[0] == "pattern" else Context()
            assert ruleindex.allows(r.gate, read_document(bad), ctx), (r.meta.id, bad)
            checked += 1
    assert checked > 200


def test_a_phrase_rule_whose_words_are_absent_is_not_built() -> None:
    code = (
        "from copylint import lint_text, registry\n"
        "found = lint_text({text!r}, {{'select': ['cliche', 'boilerplate']}})\n"
        "print(registry._pack_rule.cache_info().currsize, sorted({{d.rule for d in found}}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "COPYLINT_NO_INDEX"}
    counts = {}
    for text in ("The council met on Monday.", "It was the tip of the iceberg, and we accept cookies."):
        for _ in range(2):  # the first run may write the index
            out = subprocess.run(
                [sys.executable, "-c", code.format(text=text)], capture_output=True, text=True, check=True, env=env
            )
        built, rules = out.stdout.split(" ", 1)
        counts[text] = int(built)
    plain, flagged = counts.values()
    assert plain < flagged  # the iceberg and cookie phrases' rules were built only for the text that has them
    assert "cliche.stock-phrase" in rules


def test_findings_are_the_same_with_and_without_the_gates() -> None:
    env = {k: v for k, v in os.environ.items() if k != "COPYLINT_NO_INDEX"}
    reports = []
    check = ["check", "--no-cache", "--select", "all", "--format", "json", "fixtures"]
    for extra in ({}, {"COPYLINT_NO_INDEX": "1"}):  # with the index (written by this run if need be), without
        out = subprocess.run(
            [sys.executable, "-m", "copylint", *check],
            capture_output=True,
            text=True,
            env={**env, **extra},
            cwd=Path(__file__).resolve().parents[1],
        )
        reports.append(json.loads(out.stdout)["diagnostics"])
    assert len(reports[0]) > 100
    assert reports[0] == reports[1]


def test_the_built_in_index_is_usable() -> None:
    """An index marshal cannot keep would be rebuilt on every run, silently."""
    import marshal

    from copylint import registry
    from copylint.packs import builtin_entry

    build_entries = [
        ruleindex.encode(
            package,
            built_family(package),
            registry._PACK_POSITIONS,
            lambda pack, at: builtin_entry(registry.builtin_packs_dir() / pack, at),
        )
        for package in registry.family_packages()
    ]
    entries = marshal.loads(marshal.dumps(build_entries))
    assert entries == build_entries
    families = {entry[1]: ruleindex.decode(entry, registry.indexed_rule) for entry in entries}
    assert sum(len(f.rules) for f in families.values()) > 250


def test_equal_values_of_the_index_are_one_object() -> None:
    import copy
    import marshal

    value = [{"a": ("x", "y"), "b": frozenset({"p"}), "c": (1, "x")}, ("x", "y"), frozenset({"p"}), (True,), (1,)]
    original = copy.deepcopy(value)
    out = ruleindex.shared(value)
    assert out == original
    assert [type(v) for v in out] == [type(v) for v in original]
    assert out[0]["a"] is out[1] and out[0]["b"] is out[2]
    assert out[3][0] is True and out[4][0] == 1 and type(out[4][0]) is int  # not strings: left alone
    # what a run loads: the index with equal values shared marshals smaller and loads the same
    from copylint.registry import index_entries

    entries = index_entries()
    plain = marshal.dumps(entries)
    made = marshal.dumps(ruleindex.shared(copy.deepcopy(entries)))
    assert marshal.loads(made) == marshal.loads(plain)
    blobs = sum(len(ready or b"") for entry in entries for _, _, _, ready in entry[4])  # bytes: not shared
    assert len(made) - blobs < 0.95 * (len(plain) - blobs)


def test_word_runs_are_the_regex_runs() -> None:
    """The fast path (ASCII once common non-word characters are spaces) gives the regex's runs:
    every ASCII character, underscores and digits, the replaced characters and non-ASCII letters."""
    import random

    from copylint.ruleindex import _WORD_RUN, _word_runs

    rng = random.Random(15)
    alphabet = [chr(i) for i in range(128)] + list("£€’‘“”—–…\u00a0éßıκ٣")
    texts = ["", "don’t stop_it 3.5% £40m", "na\u00efve caf\u00e9", "a\x1cb\x1fc\x0bd"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(60))) for _ in range(2000)]
    for text in texts:
        assert _word_runs(text) == frozenset(_WORD_RUN.findall(text)), repr(text)
