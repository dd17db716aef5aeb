"""The Document's offset map: every prose offset maps to the exact source position."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from copylint import Span, read_document
from copylint.document import DocumentBuilder


def locate(source: str, phrase: str, path: str = "a.txt") -> tuple[int, int, int, int]:
    doc = read_document(source, path)
    start = doc.prose.index(phrase)
    return doc.location(Span(start, start + len(phrase)))


def test_plain_positions() -> None:
    assert locate("One line.\nSecond line here.", "line here") == (2, 8, 2, 17)


def test_crlf_tabs_emoji_and_bom() -> None:
    src = "\ufeffTitle\r\n\r\n\tTabbed 😀 text with a typo\r\nNext"
    line, col, end_line, end_col = locate(src, "typo")
    assert (line, col) == (3, 23)  # tab and emoji are one code point each; the BOM is not a column
    assert (end_line, end_col) == (3, 27)


def test_non_ascii_before_match() -> None:
    assert locate("Café owners in Zürich — “naïve” — said so.", "said") == (1, 35, 1, 39)


def test_builder_maps_entities_and_synthetic_text() -> None:
    source = "AT&amp;T said&nbsp;no"
    b = DocumentBuilder("x.html", source, "html")
    b.begin_block("paragraph")
    b.add("AT", 0)
    b.add_mapped("&", 2, 7)
    b.add("T said", 7)
    b.add_mapped(" ", 13, 19)
    b.add("no", 19)
    doc = b.build()
    assert doc.prose == "AT&T said no"
    assert doc.source_range(Span(0, 4)) == (0, 8)  # "AT&amp;T"
    assert doc.source_range(Span(10, 12)) == (19, 21)
    assert doc.location(Span(2, 3)) == (1, 3, 1, 8)


def test_blocks_are_trimmed_and_separated() -> None:
    doc = read_document("  First para  \n\n\n   Second\n", "a.txt")
    assert [doc.text(b.span) for b in doc.blocks] == ["First para", "Second"]


def _kinds(text: str) -> list[str]:
    return [b.kind for b in read_document(text, "a.txt").blocks]


def test_a_plain_text_headline_may_end_in_a_quoted_phrase() -> None:
    assert _kinds("Call centre users 'lose patience'\n\nCallers hang up.\n") == ["heading", "paragraph"]
    assert _kinds("Storm hits \u201cworst in decades\u201d\n\nIt rained.\n") == ["heading", "paragraph"]
    assert _kinds('"We will win," he said.\n\nIt rained.\n') == ["paragraph", "paragraph"]
    assert _kinds('He said: "We will win."\n\nIt rained.\n') == ["paragraph", "paragraph"]


def test_is_masked_and_in_quote() -> None:
    doc = read_document('He said "see www.example.com" and left.', "a.txt")
    url = doc.prose.index("www")
    assert doc.is_masked(Span(url, url + 3))
    assert doc.in_quote(Span(url, url + 3))
    left = doc.prose.index("left")
    assert not doc.is_masked(Span(left, left + 4))
    assert not doc.in_quote(Span(left, left + 4))


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéø😀", min_size=1, max_size=8)
gaps = st.sampled_from([" ", "  ", "\t", "\n", "\r\n", "\n\n", " \r\n\r\n "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(words, gaps), min_size=1, max_size=40))
def test_every_token_maps_back_to_itself(parts: list[tuple[str, str]]) -> None:
    source = "".join(w + g for w, g in parts)
    doc = read_document(source, "a.txt")
    lines = source.split("\n")
    for token in doc.tokens:
        line, col, end_line, end_col = doc.location(token.span)
        assert line == end_line
        assert lines[line - 1][col - 1 : end_col - 1] == token.text
