"""The style family through the public API: presets change the rules' choices, single choices
override a preset, the house dictionary is case-aware, quotations and headlines are respected,
and safe fixes produce house style."""

from __future__ import annotations

from pathlib import Path

import pytest

import copylint
from copylint import Linter
from copylint.config import ConfigError
from copylint.fix import fix_text
from copylint.registry import Registry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

#: The family's own rules (not the optional LanguageTool backend that reports under "style").
STYLE_RULES = [r for r in Registry.load(plugins=False) if r.meta.family == "style" and not r.meta.backend]


def style(text: str, preset: str | None = None, path: str = "story.md", **options: object) -> list[copylint.Diagnostic]:
    section = dict(options)
    if preset:
        section["preset"] = preset
    config: dict = {"select": ["style"]}
    if section:
        config["style"] = section
    return copylint.lint_text(text, config, path=path)


def hits(text: str, rule: str, preset: str | None = None, **options: object) -> list[copylint.Diagnostic]:
    return [d for d in style(text, preset, **options) if d.rule == rule]


def test_there_are_at_least_30_style_rules_each_citing_its_source() -> None:
    assert len(STYLE_RULES) >= 30
    for rule in STYLE_RULES:
        assert rule.meta.source, f"{rule.meta.id} cites no style-guide entry"


def test_ap_is_the_default_preset() -> None:
    text = "The crowd surged towards the stage on 5 January."
    default = {(d.rule, d.suggestions) for d in style(text)}
    assert default == {(d.rule, d.suggestions) for d in style(text, "ap")}
    assert ("style.toward", ("toward",)) in default


# (text, rule, what AP suggests or None for no finding, what BBC suggests or None)
PRESET_CHOICES = [
    ("Forty per cent of the homes were empty.", "style.percent-word", "percent", None),
    ("Forty percent of the homes were empty.", "style.percent-word", None, "per cent"),
    ("The crowd surged towards the stage.", "style.toward", "toward", None),
    ("The crowd surged toward the stage.", "style.toward", None, "towards"),
    ("The trial opens on 5 January in Leeds.", "style.date-order", "Jan. 5", None),
    ("The trial opens on January 5 in Leeds.", "style.date-order", None, "5 January"),
    ("The trial opens on September 5 in Leeds.", "style.month-abbreviation", "Sept.", None),
    ("The trial opens on 5 Sept. in Leeds.", "style.month-abbreviation", None, "September"),
    ("The US economy grew in the third quarter.", "style.abbreviation-periods", "U.S.", None),
    ("The U.S. economy grew in the third quarter.", "style.abbreviation-periods", None, "US"),
    ("Dr Jane Smith led the study.", "style.title-periods", "Dr.", None),
    ("Dr. Jane Smith led the study.", "style.title-periods", None, ""),
    ("Mr Patel said the union would appeal.", "style.courtesy-title", "", None),
    ("The polls close at 10pm on Thursday.", "style.time-format", "10 p.m.", "22:00"),
    ("The polls close at 10 p.m. on Thursday.", "style.time-format", None, "22:00"),
    ("The deal is worth $12m, the company said.", "style.money-millions", "$12 million", None),
    ("The deal is worth $12 million, the company said.", "style.money-millions", None, "$12m"),
    ("About five million people voted.", "style.million-figures", "5", None),
    ("About 5 million people voted.", "style.million-figures", None, "five"),
    ("The board will meet on Tuesday to decide.", "style.on-dates", "", None),
    ("The board will meet Tuesday to decide.", "style.on-dates", None, "on Tuesday"),
    ("The plan—announced last week—was dropped.", "style.dash", " — ", " – "),
    ("Over 200 people signed the petition.", "style.more-than", None, "More than"),
    ('The mayor called the plan "reckless".', "style.quote-punctuation", '."', None),
    ("The plant closed on Feb. 5, 2004 after a fire.", "style.date-comma", "2004,", None),
    ("The plant closed on 5 February, 2004 after a fire.", "style.date-comma", None, ""),
    ("12 people were arrested after the match.", "style.sentence-start-number", "Twelve", "Twelve"),
    ("The Iphone sold well.", "style.serial-comma", None, None),
]


@pytest.mark.parametrize(
    ("text", "rule", "ap", "bbc"), PRESET_CHOICES, ids=[f"{c[1]}:{c[0][:24]}" for c in PRESET_CHOICES]
)
def test_presets_change_the_rules_choices(text: str, rule: str, ap: str | None, bbc: str | None) -> None:
    for preset, want in (("ap", ap), ("bbc", bbc)):
        found = hits(text, rule, preset)
        if want is None:
            assert not found, f"{preset}: unexpected {found[0].message}"
        else:
            assert found, f"{preset}: {rule} did not fire on {text!r}"
            assert want in found[0].suggestions, f"{preset}: {found[0].suggestions}"


def test_headlines_may_start_with_a_figure_under_ap_but_not_bbc() -> None:
    text = "# 5 things to know about the budget\n\nThe budget is out.\n"
    assert not hits(text, "style.sentence-start-number", "ap")
    assert hits(text, "style.sentence-start-number", "bbc")


def test_serial_comma_is_a_choice() -> None:
    with_comma = "The flag is red, white, and blue."
    without = "The flag is red, white and blue."
    for preset in ("ap", "bbc"):
        assert hits(with_comma, "style.serial-comma", preset)
        assert not hits(without, "style.serial-comma", preset)
    assert hits(without, "style.serial-comma", "bbc", **{"serial-comma": True})[0].suggestions == (",",)
    assert not hits(with_comma, "style.serial-comma", "bbc", **{"serial-comma": True})


def test_single_choices_override_the_preset() -> None:
    assert hits("Prices rose 5% last year.", "style.percent-sign", "ap", **{"percent-sign": False})[0].suggestions == (
        " percent",
    )
    assert hits("Prices rose 5% last year.", "style.percent-sign", "bbc", **{"percent-sign": False})[0].suggestions == (
        " per cent",
    )
    assert hits("Doors open at 7 a.m. sharp.", "style.time-format", "bbc", time="am-pm")[0].suggestions == ("7am",)
    assert not hits("The crowd surged toward the stage.", "style.toward", "bbc", toward="toward")
    assert hits("Over 200 people signed.", "style.more-than", "ap", **{"more-than": True})


def test_bad_preset_or_option_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="preset"):
        copylint.lint_text("Text.", {"style": {"preset": "chicago"}})
    with pytest.raises(ConfigError, match="dash"):
        copylint.lint_text("Text.", {"style": {"dash": "hyphen"}})
    with pytest.raises(ConfigError, match="house"):
        copylint.lint_text("Text.", {"style": {"house": ["Kiev"]}})


def test_the_preset_option_accepts_exactly_the_presets_there_are() -> None:
    from copylint.families.style.presets import PRESETS

    for name in PRESETS:
        copylint.lint_text("Text.", {"style": {"preset": name}})
    with pytest.raises(ConfigError) as refused:
        copylint.lint_text("Text.", {"style": {"preset": "chicago"}})
    assert f"one of {', '.join(sorted(PRESETS))}, not" in str(refused.value)


def test_house_dictionary_from_vocabulary_reject() -> None:
    config = {"select": ["style"], "vocabulary": {"reject": {"Kiev": "Kyiv", "AIDS": "Aids", "chairman": "chair"}}}
    diags = copylint.lint_text(
        "Kiev's mayor met the Chairman. KIEV LATEST. The chairman spoke about AIDS and hearing aids in kiev.", config
    )
    found = [(d.message, d.suggestions) for d in diags if d.rule == "style.house-term"]
    assert ("House style: write 'Kyiv', not 'Kiev'.", ("Kyiv",)) in found
    assert ("House style: write 'KYIV', not 'KIEV'.", ("KYIV",)) in found
    assert ("House style: write 'Chair', not 'Chairman'.", ("Chair",)) in found
    assert ("House style: write 'chair', not 'chairman'.", ("chair",)) in found
    assert ("House style: write 'Aids', not 'AIDS'.", ("Aids",)) in found
    assert len(found) == 5  # neither "hearing aids" nor a lower-case "kiev" matches a capitalised entry


def test_house_dictionary_in_the_style_section_with_phrases_and_bare_avoids() -> None:
    house = {"Nizhni Novgorod": "Nizhny Novgorod", "brutal": None}
    diags = [d for d in style("A brutal winter in Nizhni  Novgorod.", house=house) if d.rule == "style.house-term"]
    assert [(d.message, d.suggestions) for d in diags] == [
        ("House style avoids 'brutal'.", ()),
        ("House style: write 'Nizhny Novgorod', not 'Nizhni Novgorod'.", ("Nizhny Novgorod",)),
    ]
    assert diags[0].fix is None and diags[1].fix is not None


def test_house_casing_is_case_aware() -> None:
    casing = ["iPhone", "Nizhny Novgorod"]
    text = "He sold his Iphone and an IPHONE in nizhny novgorod. IPhone sales rose."
    found = [d for d in style(text, casing=casing) if d.rule == "style.house-casing"]
    assert [d.suggestions for d in found] == [("iPhone",), ("iPhone",), ("Nizhny Novgorod",)]
    config = {"select": ["style.house-casing"], "vocabulary": {"accept": ["PlayStation"]}}
    diags = copylint.lint_text("The Playstation and the PLAYSTATION both sold; the PlayStation won.", config)
    assert [d.suggestions for d in diags] == [("PlayStation",)]


def test_style_leaves_direct_quotations_alone() -> None:
    text = 'He saw 3 cars towards the end. "We saw 3 cars towards the end," he said.'
    diags = style(text)
    assert [(d.rule, d.column) for d in diags if d.rule in ("style.number-words", "style.toward")] == [
        ("style.number-words", 8),
        ("style.toward", 15),
    ]
    assert [d.rule for d in style('"They slammed the door," he claimed.')] == ["style.said"]


def test_headline_rules_read_only_headlines() -> None:
    md = '# Minister Says Cuts Are "Unavoidable" For The Council.\n\nThe minister says cuts are "unavoidable".\n'
    rules = sorted({d.rule for d in style(md, "bbc") if d.line == 1})
    assert rules == ["style.headline-case", "style.headline-period", "style.headline-quotes"]
    assert not [d for d in style(md, "bbc") if d.line == 3 and d.rule.startswith("style.headline")]
    front = "---\ntitle: Minister slams council over potholes.\n---\n\nBody copy.\n"
    assert {d.rule for d in style(front)} >= {"style.headlinese", "style.headline-period"}
    assert hits("# " + "word " * 15 + "end\n", "style.headline-length", "bbc")
    assert not hits("# " + "word " * 15 + "end\n", "style.headline-length", "ap")


def test_safe_fixes_give_house_style() -> None:
    linter = Linter({"select": ["style"]}, plugins=False)
    fixed, count = fix_text(
        'Send an e-mail to the Web site. Turnout was 64 % and sales rose 5 percent. He called it "reckless".',
        lambda text: linter.lint_text(text, "story.md"),
    )
    assert fixed == 'Send an email to the website. Turnout was 64% and sales rose 5%. He called it "reckless."'
    assert count == 5


def test_examples_of_preset_rules_fire_under_the_other_preset_where_they_apply() -> None:
    """Rules with preset-dependent choices have a bad example that the other preset accepts."""
    ap_only = {"style.courtesy-title", "style.second-reference", "style.quote-punctuation"}
    for rule in STYLE_RULES:
        if rule.meta.id not in ap_only:
            continue
        for example in rule.meta.bad:
            assert not [d for d in style(example, "bbc") if d.rule == rule.meta.id], (rule.meta.id, example)


def test_house_dictionary_from_a_word_file_named_by_the_config(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "house-words.txt").write_text("# our house words\nKiev -> Kyiv\nPlayStation\n", encoding="utf-8")
    (tmp_path / ".copylint.yaml").write_text(
        "select: [style]\nvocabulary: {file: house-words.txt}\nstyle: {preset: bbc}\n", encoding="utf-8"
    )
    story = tmp_path / "story.md"
    story.write_text("Sales of the Playstation rose in Kiev.\n", encoding="utf-8")
    report = copylint.lint_paths([str(story)])
    assert not report.errors
    assert [(d.rule, d.suggestions) for d in report.diagnostics] == [
        ("style.house-casing", ("PlayStation",)),
        ("style.house-term", ("Kyiv",)),
    ]


@pytest.mark.parametrize(
    ("name", "own", "other"), [("ap/storm-clean.md", "ap", "bbc"), ("bbc/storm-clean.txt", "bbc", "ap")]
)
def test_clean_copy_passes_its_own_preset_and_not_the_other(name: str, own: str, other: str) -> None:
    path = FIXTURES / "style" / name
    text = path.read_text(encoding="utf-8")
    assert style(text, own, path=path.name) == []
    assert len({d.rule for d in style(text, other, path=path.name)}) >= 5


@pytest.mark.parametrize("rule", STYLE_RULES, ids=lambda r: r.meta.id)
def test_each_example_fires_exactly_its_own_style_rule(rule) -> None:  # type: ignore[no-untyped-def]
    config: dict = {"select": ["style"]}
    config.update(rule.meta.example_config)
    linter = Linter(config, plugins=False)
    for example in rule.meta.bad:
        assert {d.rule for d in linter.lint_text(example, "example.md")} == {rule.meta.id}, example
    for example in rule.meta.good:
        assert not linter.lint_text(example, "example.md"), example
