"""Families are declared things: typed options validated from the dataclass, documented, read
by rules; one registry per run; fail-on from the config that applies to each file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import copylint
from copylint import ConfigError, load_config
from copylint.cli import main
from copylint.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = Registry.load(plugins=False)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_every_family_package_declares_its_family_and_every_pack_belongs_to_one() -> None:
    families = REGISTRY.families
    assert {"spelling", "grammar", "cliche", "claims", "readability", "style", "boilerplate", "typography"} <= set(
        families
    )
    claimed = {pack for family in families.values() for pack in family.packs}
    assert claimed == {p.name for p in (ROOT / "rules").glob("*.yaml")}
    for rule in REGISTRY:
        assert rule in REGISTRY.family(rule.meta.family).rules or REGISTRY.families["languagetool"].rules


def test_quotation_policy_and_priority_come_from_the_declarations() -> None:
    fams = REGISTRY.families
    assert {n for n, f in fams.items() if f.skip_quotes} == {"claims", "style", "cliche"}
    order = sorted((f for f in fams.values() if not f.backend), key=lambda f: f.priority)
    assert [f.name for f in order][:3] == ["spelling", "grammar", "style"]


def test_load_config_accepts_family_sections_without_schemas(tmp_path: Path) -> None:
    cfg = tmp_path / ".copylint.yaml"
    cfg.write_text(
        "claims: {attribution-scope: sentence}\nreadability: {max-sentence-words: 30}\n"
        "style: {preset: bbc, casing: [iPhone]}\n",
        encoding="utf-8",
    )
    config = load_config(cfg)
    assert config.settings.options["claims"]["attribution-scope"] == "sentence"
    assert config.settings.options["style"]["casing"] == ("iPhone",)


@pytest.mark.parametrize(
    "section, fragment",
    [
        (
            "claims: {attribution-scope: chapter}",
            "claims.attribution-scope must be one of paragraph, previous, sentence, not 'chapter'",
        ),
        ("readability: {max-sentence-words: long}", "readability.max-sentence-words must be an integer, not 'long'"),
        ("readability: {hard-grade: true}", "readability.hard-grade must be a number, not True"),
        ("readability: {passive-allow: [1]}", "each entry of readability.passive-allow must be a string"),
        ("grammar: {differnt: strict}", "unknown option 'differnt' in grammar (known: different)"),
        ("style: {house: [Kiev]}", "style.house must be a mapping"),
        ("spelling: {x: 1}", "unknown key 'spelling'"),
    ],
)
def test_options_are_validated_from_the_dataclass(tmp_path: Path, section: str, fragment: str) -> None:
    cfg = tmp_path / ".copylint.yaml"
    cfg.write_text("language: en-GB\n" + section + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(cfg)
    assert fragment in str(info.value)
    assert str(info.value).startswith(f"{cfg}:2:")


def test_option_defaults_are_the_dataclass_defaults() -> None:
    # readability's long-sentence limit: 25 by default, as declared; 30 when configured.
    sentence = "The council said on Tuesday that " + " ".join(["the new plan"] * 7) + " will go ahead."
    n = len(sentence.split())
    assert 25 < n <= 30
    rule = "readability.long-sentence"
    body = "Intro.\n\n" + sentence + "\n"
    assert [d.rule for d in copylint.lint_text(body, {"select": [rule]}, path="a.md")] == [rule]
    assert copylint.lint_text(body, {"select": [rule], "readability": {"max-sentence-words": 30}}, path="a.md") == []


def test_generated_docs_list_each_familys_options_with_defaults() -> None:
    code, out = run("rules", "--format", "markdown")
    assert code == 0
    assert "| `attribution-scope` | sentence \\| previous \\| paragraph | `paragraph` |" in out
    assert "| `max-sentence-words` | integer | `25` |" in out
    assert "| `preset` | ap \\| bbc | `ap` |" in out
    assert "### languagetool" in out and "| `timeout` | number | `10.0` |" in out


def test_explain_says_where_a_rule_lives() -> None:
    _, out = run("explain", "claims.unattributed-statistic")
    assert "Defined in: copylint/families/claims/rules.py:" in out
    _, out = run("explain", "cliche.stock-phrase")
    line = out.split("Defined in: rules/cliche.yaml:", 1)[1].split("\n", 1)[0]
    text = (ROOT / "rules" / "cliche.yaml").read_text(encoding="utf-8").splitlines()
    assert "cliche.stock-phrase" in text[int(line) - 1]
    rules = json.loads(run("rules", "--format", "json")[1])
    assert all(r["defined_in"] for r in rules)


def test_fail_on_comes_from_the_config_of_each_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / ".copylint.yaml").write_text("select: [cliche]\nfail-on: error\n", encoding="utf-8")
    (sub / "story.md").write_text("It was the tip of the iceberg, officials said.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    from_parent = run("check", "sub")
    monkeypatch.chdir(sub)
    from_inside = run("check", ".")
    assert "cliche." in from_parent[1] and "cliche." in from_inside[1]
    assert from_parent[0] == from_inside[0] == 0
    assert run("check", "--fail-on", "suggestion", ".")[0] == 1
    report = copylint.lint_paths([str(sub)])
    assert report.threshold(report.diagnostics[0].path) is copylint.Severity.ERROR and not report.failed


def test_report_carries_rule_metadata_for_the_reporters(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("It was the tip of the iceberg.\n", encoding="utf-8")
    report = copylint.lint_paths([str(tmp_path / "a.md")], {"select": ["cliche"]})
    (diag,) = report.diagnostics
    assert report.rules[diag.rule].summary
    assert len(report.rules) >= len(REGISTRY)


def test_the_registry_is_built_once_per_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []
    original = Registry.base.__func__  # type: ignore[attr-defined]

    def counting(cls, plugins: bool = True):  # type: ignore[no-untyped-def]
        calls.append(plugins)
        return original(cls, plugins)

    monkeypatch.setattr(Registry, "base", classmethod(counting))
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / ".copylint.yaml").write_text("select: [cliche]\n", encoding="utf-8")
        (tmp_path / name / "story.md").write_text("It was the tip of the iceberg.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out = run("check", "--format", "sarif", "--no-cache", "a", "b")
    assert code == 1 and len(calls) == 1
    sarif = json.loads(out)
    (descriptor,) = sarif["runs"][0]["tool"]["driver"]["rules"]
    assert descriptor["id"] == "cliche.stock-phrase" and descriptor["shortDescription"]["text"] != descriptor["id"]
