"""Typography: the YAML pattern rules and the document-level Python checks (doubled spaces,
mixed straight and curly quotes or apostrophes), through the public API."""

from __future__ import annotations

from functools import lru_cache

import pytest

from copylint import Linter
from copylint.fix import fix_text


@lru_cache(maxsize=4)
def _linter(select: str = "typography") -> Linter:
    return Linter({"select": [select]}, plugins=False)


def found(text: str, path: str = "story.txt", select: str = "typography") -> list[tuple[str, str]]:
    return [
        (d.rule, text[d.offset : d.end_offset])
        for d in _linter(select).lint_text(text, path)
        if d.family == "typography"
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The board was slow to respond , critics say.", [" ,"]),
        ("Is it worth the money ?", [" ?"]),
        ("What ?! Really ?", [" ?!", " ?"]),
        ("He said : no.", [" :"]),
        ("Three things ; all bad.", [" ;"]),
        ('"Why ?" she asked.', [" ?"]),
        ("Thanks for the help :) see you.", []),
        ("Great news ;-) for all.", []),
        ("Kick-off is at 10 : 30 local time.", []),
        ("Reply with :thumbsup: to agree.", []),
        ("The result : 3-1 to the visitors.", []),
        ("Residents were not consulted .", [" ."]),
        ("And then . . . nothing.", []),
        ("Built on the .NET framework, it costs .5% more.", []),
        ("A normal sentence, with commas: and colons; fine!", []),
    ],
)
def test_space_before_punctuation(text: str, expected: list[str]) -> None:
    assert [m for r, m in found(text) if r == "typography.space-before-punctuation"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shame the marketing was so bad!!", ["!!"]),
        ("Has everyone forgotten??", ["??"]),
        ("Apple.. a triumph of fashion.", [".."]),
        ("He moved to the U.S.. Then he left.", [".."]),
        ("One,, two.", [",,"]),
        ("Stop,. Go.", [",."]),
        ("And then... nothing.", []),
        ("It trailed off....", []),
        ("Really?! Yes.", []),
    ],
)
def test_doubled_punctuation(text: str, expected: list[str]) -> None:
    assert [m for r, m in found(text) if r == "typography.doubled-punctuation"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Under $30,000 ( £15,000) a year.", ["( "]),
        ("The plan ( announced on Monday ) failed.", ["( ", " )"]),
        ("Tick the box ( ) below.", []),
        ("The plan (announced on Monday) failed.", []),
    ],
)
def test_space_inside_brackets(text: str, expected: list[str]) -> None:
    assert [m for r, m in found(text) if r == "typography.space-inside-brackets"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He quit the party,said a spokesman.", [","]),
        ("Victims of the tsunami.Steve will write.", ["."]),
        ("More than 1,000 people came, and 3.5% left.", []),
        ("Visit bbc.co.uk or www.example.com/News for details.", []),
        ("J.R.R. Tolkien and a Ph.D student.", []),
        ("The ASP.NET framework.", []),
    ],
)
def test_missing_space_after_punctuation(text: str, expected: list[str]) -> None:
    assert [m for r, m in found(text) if r == "typography.missing-space-after-punctuation"] == expected


def test_spaced_hyphen_is_off_by_default_and_on_when_selected() -> None:
    text = "The papers are axing 90 jobs - 17% of their staff. A well-known 24-hour service."
    assert found(text) == []
    assert found(text, select="typography.spaced-hyphen") == [("typography.spaced-hyphen", " - ")]


# -- doubled spaces -------------------------------------------------------------------------


def test_doubled_space_inside_a_sentence_is_flagged_with_a_safe_fix() -> None:
    text = "The council  voted on Tuesday to close   the library.\n"
    diags = [d for d in _linter().lint_text(text, "a.txt") if d.rule == "typography.doubled-space"]
    triple = text.index("   ") + 1
    assert [(d.line, d.column, d.end_column) for d in diags] == [(1, 12, 14), (1, triple, triple + 3)]
    assert all(d.fix_safe and d.suggestions == (" ",) for d in diags)
    fixed, _ = fix_text(text, lambda t: _linter().lint_text(t, "a.txt"))
    assert fixed == "The council voted on Tuesday to close the library.\n"


@pytest.mark.parametrize(
    "text, path",
    [
        ("It closed.  Then it reopened.", "a.txt"),  # two spaces between sentences: another convention
        ('"It closed."  Then it reopened.', "a.txt"),
        ("Name  Age  Town\nJo  34  Leeds\nAl  41  York", "a.txt"),  # a table laid out with spaces
        ("<p>The council  voted   on Tuesday.</p>", "a.html"),  # HTML collapses spaces
        ("A hard line break  \nin Markdown.", "a.md"),
        ("    Indented paragraph in plain text.", "a.txt"),
    ],
)
def test_doubled_space_exceptions(text: str, path: str) -> None:
    assert [m for r, m in found(text, path) if r == "typography.doubled-space"] == []


def test_doubled_space_in_a_sloppy_one_row_line_is_still_flagged() -> None:
    assert len([r for r, _ in found("One  two  three.") if r == "typography.doubled-space"]) == 2


# -- mixed quotes ---------------------------------------------------------------------------


def test_minority_straight_quotes_are_flagged_with_the_curly_mark_in_position() -> None:
    text = '“We will appeal,” she said. “It is not over.” Her lawyer said: "We are ready."\n'
    diags = [d for d in _linter().lint_text(text, "a.txt") if d.rule == "typography.mixed-quotes"]
    assert [(d.column, d.suggestions) for d in diags] == [
        (text.index('"') + 1, ("“",)),
        (text.rindex('"') + 1, ("”",)),
    ]
    assert diags[0].message == 'Straight quote " in a document that mostly uses curly ones (4 curly, 2 straight).'
    fixed, _ = fix_text(text, lambda t: [d for d in _linter().lint_text(t, "a.txt")], unsafe=True)
    assert fixed == text.replace('"We are ready."', "“We are ready.”")


def test_minority_curly_quotes_are_flagged_when_straight_is_the_style() -> None:
    text = '"We will appeal," she said. "It is not over." Her lawyer said: “We are ready.”\n'
    assert found(text) == [("typography.mixed-quotes", "“"), ("typography.mixed-quotes", "”")]


def test_a_tie_flags_the_straight_marks() -> None:
    assert found('“Yes,” she said. "No."') == [("typography.mixed-quotes", '"'), ("typography.mixed-quotes", '"')]


@pytest.mark.parametrize(
    "text, path",
    [
        ('"Yes," she said. "No."', "a.txt"),
        ("“Yes,” she said. “No.”", "a.txt"),
        ('“It fits,” he said of the 12" screen.', "a.txt"),  # inch mark, not a quote
        ('“Run it,” he said. Type `echo "hi"` first.', "a.md"),  # code is not copy
    ],
)
def test_one_style_is_not_flagged(text: str, path: str) -> None:
    assert [r for r, _ in found(text, path) if r == "typography.mixed-quotes"] == []


def test_quotes_are_counted_across_the_whole_markdown_document() -> None:
    text = '# “Bold” plan\n\nThe council called it “bold”.\n\nCritics called it "reckless".\n'
    diags = [d for d in _linter().lint_text(text, "a.md") if d.rule == "typography.mixed-quotes"]
    line = text.split("\n")[4]
    assert [(d.line, d.column) for d in diags] == [(5, line.index('"') + 1), (5, line.rindex('"') + 1)]


def test_mixed_apostrophes() -> None:
    text = "The council’s plan was rejected, but the mayor's office said the city’s view had not changed."
    assert found(text) == [("typography.mixed-apostrophes", "'")]
    diags = [d for d in _linter().lint_text(text, "a.txt") if d.rule == "typography.mixed-apostrophes"]
    assert diags[0].suggestions == ("’",)


@pytest.mark.parametrize(
    "text",
    [
        "The council's plan, the mayor's office, the city's view.",
        "The council’s plan, the mayor’s office, the ‘90s.",
        "The council’s striker is 6'2 and the city’s keeper 6'4.",  # foot marks are not apostrophes
    ],
)
def test_apostrophes_in_one_style_are_not_flagged(text: str) -> None:
    assert [r for r, _ in found(text) if r == "typography.mixed-apostrophes"] == []


def test_typography_checks_quoted_speech_too() -> None:
    assert found('She said: "It is over ,"  he wrote.') == [
        ("typography.space-before-punctuation", " ,"),
        ("typography.doubled-space", "  "),
    ]


def _typography_rules() -> list:  # type: ignore[type-arg]
    from copylint.registry import Registry

    return [r for r in Registry.load(plugins=False) if r.meta.family == "typography" and not r.meta.backend]


@pytest.mark.parametrize("rule", _typography_rules(), ids=lambda r: r.meta.id)
def test_bad_examples_fire_only_their_rule_and_good_ones_nothing(rule) -> None:  # type: ignore[no-untyped-def]
    every = Linter({"select": [r.meta.id for r in _typography_rules()]}, plugins=False)
    for example in rule.meta.bad:
        assert {d.rule for d in every.lint_text(example, "example.md")} == {rule.meta.id}, example
    for example in rule.meta.good:
        assert every.lint_text(example, "example.md") == [], example
