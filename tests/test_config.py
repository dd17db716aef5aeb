"""Configuration: selection, severities, overrides, vocabulary, and errors naming file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from copylint import ConfigError, Linter, lint_text, load_config
from copylint.config import find_config
from copylint.diagnostic import Severity
from copylint.registry import option_schemas

PACK = """\
family: house
source: test pack
rules:
  - id: house.hip
    kind: substitution
    summary: A cliché with a plainer form.
    swap: {"joined at the elbow": "closely linked"}
  - id: house.iceberg
    kind: existence
    severity: suggestion
    summary: Another cliché.
    tokens: ["crest of the glacier"]
  - id: house.optional
    kind: existence
    enabled: false
    summary: Off unless selected by id.
    tokens: ["onwards and sideways"]
"""
TEXT = "They are joined at the elbow. It is the crest of the glacier. Onwards and sideways, we win."


def write_config(tmp_path: Path, body: str) -> Path:
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    cfg = tmp_path / ".copylint.yaml"
    cfg.write_text("packs: [pack.yaml]\n" + body, encoding="utf-8")
    return cfg


def rules_fired(cfg: Path, text: str = TEXT, path: str = "a.txt") -> list[tuple[str, str]]:
    diags = Linter(load_config(cfg, option_schemas()), plugins=False).lint_text(text, path)
    return [(d.rule, d.severity.value) for d in diags if d.family == "house"]


def test_default_selection_runs_rules_on_by_default(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "")
    assert rules_fired(cfg) == [("house.hip", "warning"), ("house.iceberg", "suggestion")]


def test_select_ignore_and_severity(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "select: [house]\nignore: [house.iceberg]\nseverity: {house.hip: error}\n")
    assert rules_fired(cfg) == [("house.hip", "error")]


def test_exact_id_turns_on_an_off_by_default_rule(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "select: [all, house.optional]\n")
    assert ("house.optional", "warning") in rules_fired(cfg)
    cfg = write_config(tmp_path, "select: [house]\n")
    assert ("house.optional", "warning") not in rules_fired(cfg)


def test_severity_off_and_globs(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "severity: {'house.*': suggestion, house.iceberg: 'off'}\n")
    assert rules_fired(cfg) == [("house.hip", "suggestion")]


def test_overrides_by_path(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "overrides:\n  - files: ['uk/**']\n    ignore: [house.hip]\n    language: en-GB\n")
    config = load_config(cfg, option_schemas())
    assert config.settings_for(tmp_path / "uk" / "story.md").language == "en-GB"
    assert config.settings_for(tmp_path / "us" / "story.md").language == "en-US"
    linter = Linter(config, plugins=False)

    def house(path: Path) -> list[str]:
        return [d.rule for d in linter.lint_text(TEXT, str(path)) if d.family == "house"]

    assert house(tmp_path / "uk" / "a.txt") == ["house.iceberg"]
    assert house(tmp_path / "us" / "a.txt") == ["house.hip", "house.iceberg"]


def test_vocabulary_and_word_file(tmp_path: Path) -> None:
    (tmp_path / "words.txt").write_text("# house words\nTokayev\neuropol/i\nKiev -> Kyiv\n!alright\n", encoding="utf-8")
    cfg = write_config(tmp_path, "vocabulary:\n  accept: [Miralizoda]\n  reject: {Bombay: Mumbai}\n  file: words.txt\n")
    vocab = load_config(cfg, option_schemas()).settings.vocabulary
    assert vocab.accepts("Tokayev") and vocab.accepts("EUROPOL") and vocab.accepts("Miralizoda")
    assert not vocab.accepts("tokayev")
    assert dict(vocab.reject) == {"Bombay": "Mumbai", "Kiev": "Kyiv", "alright": ""}


@pytest.mark.parametrize(
    "body, line, fragment",
    [
        ("selct: [house]\n", 2, "unknown key 'selct'"),
        ("select: [house.nope]\n", 2, "unknown rule id 'house.nope'"),
        ("ignore:\n  - house.hip\n  - nofamily\n", 4, "unknown rule family 'nofamily'"),
        ("severity: {house.hip: loud}\n", 2, "unknown severity 'loud'"),
        ("language: fr\n", 2, "unknown language 'fr'"),
        ("select: 3\n", 2, "must be a list of strings"),
        ("vocabulary: {accept: [a], colour: 1}\n", 2, "unknown key 'colour' in vocabulary"),
        ("overrides:\n  - language: en-GB\n", 3, "needs 'files'"),
        ("select: [house\n", None, "not valid YAML"),
        ("select: [house]\nselect: [house]\n", 3, "duplicate key 'select'"),
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, body: str, line: int | None, fragment: str) -> None:
    cfg = write_config(tmp_path, body)
    with pytest.raises(ConfigError) as info:
        Linter(load_config(cfg, option_schemas()), plugins=False)
    message = str(info.value)
    assert fragment in message
    assert message.startswith(str(cfg))
    if line is not None:
        assert f"{cfg}:{line}:" in message


def test_config_that_is_not_a_mapping(tmp_path: Path) -> None:
    cfg = tmp_path / ".copylint.yaml"
    cfg.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="must be a mapping"):
        load_config(cfg)


def test_find_config_walks_up(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep / "story.md") == cfg.resolve()


def test_mapping_config_through_the_api() -> None:
    assert lint_text("Nothing to see here.", {"select": ["cliche"], "severity": {"cliche": "error"}}) == []
    with pytest.raises(ConfigError, match="unknown key"):
        lint_text("x", {"bogus": 1})


def test_fail_on_key(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "fail-on: error\n")
    assert load_config(cfg, option_schemas()).fail_on is Severity.ERROR
