"""The rule toolkit: replacement findings, capitals, message templates and the document memo."""

from __future__ import annotations

from pathlib import Path

import pytest

from copylint import Edit, Fix, Span, lint_text, read_document
from copylint.document import Document
from copylint.packs import PackError, load_pack
from copylint.toolkit import Message, MessageError, match_case, suggest


def test_suggest_fixes_with_the_first_suggestion() -> None:
    finding = suggest(Span(3, 7), "Write 'use'.", "use", "employ")
    assert finding.suggestions == ("use", "employ")
    assert finding.fix == Fix((Edit(Span(3, 7), "use"),), safe=False)


def test_suggest_with_an_edit_of_its_own_and_without_suggestions() -> None:
    deletion = Edit(Span(4, 8), "")
    finding = suggest(Span(0, 8), "Repeated word.", "the", edit=deletion, safe=True)
    assert finding.suggestions == ("the",) and finding.fix == Fix((deletion,), safe=True)
    assert suggest(Span(0, 1), "No idea.").fix is None


@pytest.mark.parametrize(
    "model, text, options, expected",
    [
        ("its", "it's", {}, "it's"),
        ("Its", "it's", {}, "It's"),
        ("THEIR", "there", {}, "THERE"),
        ("THEIR", "there", {"upper": False}, "There"),
        ("I", "me", {}, "Me"),  # one capital is a capitalised word, not all capitals
        ("Iphone", "iPhone", {"keep_capitals": True}, "iPhone"),
        ("FREINDS", "friends", {"keep_capitals": True}, "FRIENDS"),
        ("Freinds", "friends", {"keep_capitals": True}, "Friends"),
        ("", "now", {}, "now"),
    ],
)
def test_match_case(model: str, text: str, options: dict[str, bool], expected: str) -> None:
    assert match_case(model, text, **options) == expected


def test_message_optional_part_needs_every_placeholder_filled() -> None:
    message = Message.parse("'{match}' is a cliché[; consider '{replacement}'].", {"match", "replacement"})
    assert message.format(match="at  the end\nof the day", replacement="finally") == (
        "'at the end of the day' is a cliché; consider 'finally'."
    )
    assert message.format(match="whopping", replacement="") == "'whopping' is a cliché."
    assert message.placeholders == {"match", "replacement"}


def test_message_literals_and_summary_fallback() -> None:
    assert Message.parse("{{x}} [[sic]] {match}", {"match"}).format(match="a") == "{x} [sic] a"
    assert Message.literal("Use {this} [as is]").format(match="a") == "Use {this} [as is]"


@pytest.mark.parametrize(
    "template, error",
    [
        ("'{match}' {suggestion}", "write \"[; consider '{replacement}']\" instead"),
        ("{replacment}", "unknown placeholder {replacment}"),
        ("{match", "unmatched '{'"),
        ("match}", "unmatched '}'"),
        ("[{match}", "unclosed '['"),
        ("{match}]", "unmatched ']'"),
        ("[[{match}] x]", "unmatched ']'"),
        ("[plain text]", "optional part without a placeholder"),
        ("[a [{match}]]", "nested '['"),
    ],
)
def test_bad_templates_are_refused(template: str, error: str) -> None:
    with pytest.raises(MessageError, match=error.replace("[", r"\[").replace("{", r"\{").replace("(", r"\(")):
        Message.parse(template, {"match", "replacement"})


def test_a_pack_with_an_unknown_placeholder_names_file_and_line(tmp_path: Path) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text(
        "family: house\nrules:\n  - id: house.x\n    kind: existence\n    summary: X.\n"
        "    message: \"'{match}'{suggestion}\"\n    tokens: [x]\n",
        encoding="utf-8",
    )
    with pytest.raises(PackError) as info:
        load_pack(pack, origin="local")
    assert info.value.line == 3 and "house.yaml" in str(info.value) and "{suggestion}" in str(info.value)


def test_misheard_phrase_message_names_the_phrase_to_write() -> None:
    found = lint_text("It was a slight of hand.", {"select": ["grammar.misheard-phrase"]})
    assert [(d.message, d.suggestions) for d in found] == [
        ("'slight of hand' is a misheard phrase: write 'sleight of hand'", ("sleight of hand",))
    ]


def test_memo_builds_once_per_document_and_arguments() -> None:
    calls: list[tuple[str, int]] = []

    def words_longer_than(doc: Document, n: int) -> tuple[str, ...]:
        calls.append((doc.path, n))
        return tuple(t.text for t in doc.tokens if len(t.text) > n)

    a, b = read_document("Short words and lengthier ones.", "a.txt"), read_document("Tiny.", "b.txt")
    assert a.memo(words_longer_than, 5) == ("lengthier",)
    assert a.memo(words_longer_than, 5) is a.memo(words_longer_than, 5)
    assert a.memo(words_longer_than, 3) == ("Short", "words", "lengthier", "ones")
    assert b.memo(words_longer_than, 5) == ()
    assert calls == [("a.txt", 5), ("a.txt", 3), ("b.txt", 5)]
