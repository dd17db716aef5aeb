"""Every diagnostic's line and column point at the exact source characters.

The helper ``where`` finds a phrase in a document's prose, converts its span with
``doc.location`` and reads the source back at that line/column: it must be the phrase itself,
or its marked-up form (``res**pon**sible``, ``Marks &amp; Spencer``...). End positions are
exclusive. The fixture articles in ``fixtures/positions/`` pin every probe position in a sidecar.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint import Span, read_document
from copylint.diagnostic import Severity
from copylint.document import Document
from copylint.engine import Selected, lint_document
from copylint.kinds.existence import Existence
from copylint.packs import load_pack
from copylint.rule import Context

POSITIONS = Path(__file__).resolve().parents[1] / "fixtures" / "positions"


def offset_of(source: str, line: int, col: int) -> int:
    """Source offset of a 1-based line and code-point column (lines split on LF, as reported)."""
    starts = [0] + [m.end() for m in re.finditer("\n", source)]
    return starts[line - 1] + col - 1


def where(source: str, phrase: str, path: str = "a.md", nth: int = 0) -> tuple[str, tuple[int, int, int, int]]:
    """The source text at the reported location of the ``nth`` ``phrase`` in the prose."""
    doc = read_document(source, path)
    start = -1
    for _ in range(nth + 1):
        start = doc.prose.find(phrase, start + 1)
        assert start >= 0, f"{phrase!r} not in prose {doc.prose!r}"
    loc = doc.location(Span(start, start + len(phrase)))
    text = doc.source[offset_of(doc.source, loc[0], loc[1]) : offset_of(doc.source, loc[2], loc[3])]
    return text, loc


def check(
    source: str, phrase: str, marked: str | None = None, path: str = "a.md", nth: int = 0
) -> tuple[int, int, int, int]:
    text, loc = where(source, phrase, path, nth)
    assert text == (marked if marked is not None else phrase), loc
    return loc


# -- Markdown ----------------------------------------------------------------------------------
def test_paragraph_exact_start_and_exclusive_end() -> None:
    assert check("Intro line.\n\nThe mayor said the plan was sound.\n", "plan was") == (3, 20, 3, 28)


def test_nested_lists() -> None:
    src = "- Budget:\n  - Schools get more\n    - Three new head teachers are named\n      in the report.\n"
    assert check(src, "head teachers") == (3, 17, 3, 30)
    assert check(src, "named\nin the", "named\n      in the")[:2] == (3, 35)
    check("1. First\n2. Second item\n   1. inner numbered item\n", "inner numbered")


def test_emphasis_inside_a_phrase() -> None:
    src = "A res**pon**sible approach, said _the_ minister."
    assert check(src, "responsible approach", "res**pon**sible approach") == (1, 3, 1, 27)
    check(src, "the minister", "the_ minister")
    check("It was ***very*** ~~bad~~ good.", "very bad good", "very*** ~~bad~~ good")


def test_links_and_urls() -> None:
    src = 'Read [the full report](https://example.com/a_b "The *report*") today, or <https://x.org>.'
    check(src, "the full report")
    check(src, "report today", 'report](https://example.com/a_b "The *report*") today')
    doc = read_document(src, "a.md")
    assert "example.com" not in doc.prose and "x.org" not in doc.prose
    assert "or ." in doc.prose  # the dropped autolink leaves no doubled space
    check("See [a (bracketed) link](<https://e.com/x y>) now.", "link now", "link](<https://e.com/x y>) now")


def test_reference_links() -> None:
    src = "The [Prime Minister][pm] met the [BBC][] and [Ofcom] chiefs.\n\n[pm]: https://gov.uk\n[bbc]: https://bbc.co.uk\n[ofcom]: https://ofcom.org.uk\n"
    check(src, "Prime Minister met", "Prime Minister][pm] met")
    check(src, "BBC and", "BBC][] and")
    check(src, "Ofcom chiefs", "Ofcom] chiefs")
    doc = read_document(src, "a.md")
    assert "gov.uk" not in doc.prose and "[" not in doc.prose


def test_tables() -> None:
    src = "Intro.\n\n| Party | Seats won |\n|:--|--:|\n| Labour | 412 |\n| Lib \\| Dem | seventy-two |\n"
    assert check(src, "Seats won") == (3, 11, 3, 20)
    check(src, "Labour")
    assert check(src, "seventy-two") == (6, 16, 6, 27)
    check(src, "Lib | Dem", "Lib \\| Dem")
    doc = read_document(src, "a.md")
    assert [b.kind for b in doc.blocks].count("table-cell") == 6


def test_block_quotes_nested() -> None:
    src = "> He said the vote\n> was close.\n>\n> > Nested quote with a\n> > soft break here.\n"
    check(src, "vote\nwas close", "vote\n> was close")
    assert check(src, "soft break") == (5, 5, 5, 15)
    check(src, "a\nsoft", "a\n> > soft")


def test_links_code_and_html_across_quoted_lines() -> None:
    check(
        "> A [link that\n> spans lines](http://x) then text.",
        "that\nspans lines then",
        "that\n> spans lines](http://x) then",
    )
    check("> Code `spans\n> lines` ok then after.", "ok then after")
    check("> Some <span\n> class=x>inline</span> html here.", "inline html", "inline</span> html")
    assert check("- [x] Task done today", "Task done") == (1, 7, 1, 16)


def test_entities_and_escapes() -> None:
    src = "Marks &amp; Spencer&#8217;s profits rose \\*sharply\\* &copy; 2024."
    check(src, "Marks & Spencer’s", "Marks &amp; Spencer&#8217;s")
    check(src, "*sharply*", "\\*sharply\\*")
    check(src, "© 2024", "&copy; 2024")
    check(src, "& Spencer", "&amp; Spencer")


def test_crlf_line_endings() -> None:
    src = "Headline here\r\n=============\r\n\r\nFirst line of copy\r\nand the second line.\r\n"
    assert check(src, "second line") == (5, 9, 5, 20)
    check(src, "copy\nand", "copy\r\nand")
    check(src, "Headline")


def test_tabs() -> None:
    src = "-\tItem with\ta tab\n\nText\tafter a tab.\n\n\tindented code is skipped\n"
    assert check(src, "a tab") == (1, 13, 1, 18)
    check(src, "after a tab")
    assert "indented code" not in read_document(src, "a.md").prose


def test_non_ascii_and_emoji_before_the_match() -> None:
    src = "Café 😀 owners in Zürich 🇬🇧 said the naïve plan failed."
    assert check(src, "naïve plan") == (1, 37, 1, 47)  # 🇬🇧 is two code points


def test_bom_is_not_a_column() -> None:
    src = "\ufeff# Title\n\nThe target word."
    doc = read_document(src, "a.md")
    assert not doc.source.startswith("\ufeff")
    assert check(src, "Title") == (1, 3, 1, 8)
    assert check(src, "target") == (3, 5, 3, 11)


def test_setext_headings() -> None:
    src = "Council tax\nto rise again\n=============\n\nSub head\n--------\n\nBody.\n"
    doc = read_document(src, "a.md")
    assert [(b.kind, b.level) for b in doc.blocks][:2] == [("heading", 1), ("heading", 2)]
    check(src, "tax\nto rise")
    assert check(src, "Sub head") == (5, 1, 5, 9)


def test_hard_breaks() -> None:
    src = "Line one  \nline two\\\nline three<br>\nline four"
    check(src, "one\nline two", "one  \nline two")
    check(src, "two\nline three", "two\\\nline three")
    assert check(src, "four") == (4, 6, 4, 10)


def test_front_matter_values() -> None:
    src = (
        "---\n"
        'title: "Mayor\'s \\"bold\\" plan"  # comment\n'
        "description: Plain value with a target, word\n"
        "summary: 'It''s a summary target'\n"
        "subtitle: >-\n"
        "  Folded over\n"
        "  two lines target\n"
        "tags: [target]\n"
        "slug: target-slug\n"
        "---\n"
        "Body target.\n"
    )
    doc = read_document(src, "a.md")
    assert [b.kind for b in doc.blocks] == ["title", "description", "description", "description", "paragraph"]
    assert check(src, '"bold" plan', '\\"bold\\" plan') == (2, 17, 2, 30)
    check(src, "a target, word")
    check(src, "It's a", "It''s a")
    check(src, "over two lines", "over\n  two lines")
    assert "target-slug" not in doc.prose and "tags" not in doc.prose
    assert check(src, "Body target") == (11, 1, 11, 12)


def test_front_matter_block_literal_and_crlf() -> None:
    src = "---\r\ntitle: |\r\n  Line one\r\n  line two\r\n---\r\n\r\nBody.\r\n"
    check(src, "Line one\nline two", "Line one\r\n  line two")
    assert check(src, "Body") == (7, 1, 7, 5)


def test_code_html_and_images_are_not_prose() -> None:
    src = (
        'Text with `inline code` and <span class="x">inline html</span> here.\n\n'
        "```\nfenced code\n```\n\n<div>\nhtml block\n</div>\n\n![alt text](pic.png) Caption after.\n"
    )
    doc = read_document(src, "a.md")
    for gone in ("fenced code", "html block", "alt text", "span", "pic.png"):
        assert gone not in doc.prose
    start = doc.prose.index("inline code")
    assert doc.is_masked(Span(start, start + 4))
    check(src, "inline code")
    check(src, "inline html here", "inline html</span> here")
    check(src, "Caption after")


# -- HTML --------------------------------------------------------------------------------------
def test_html_whitespace_entities_and_inline_tags() -> None:
    src = "<p>AT&amp;T   said\n   the <em>res<b>pon</b>sible</em>&nbsp;plan&#8217;s  fine.</p>"
    check(src, "AT&T said the", "AT&amp;T   said\n   the", path="a.html")
    check(src, "responsible\xa0plan’s", "res<b>pon</b>sible</em>&nbsp;plan&#8217;s", path="a.html")
    assert check(src, "fine", path="a.html") == (2, 55, 2, 59)


def test_html_crlf_tabs_emoji() -> None:
    src = "<html>\r\n<body>\r\n<p>\t😀 Zürich\tcouncil\r\n  said no.</p>"
    assert check(src, "Zürich council", "Zürich\tcouncil", path="a.html") == (3, 7, 3, 21)
    check(src, "council said", "council\r\n  said", path="a.html")


# -- engine end to end -------------------------------------------------------------------------
def _existence(*tokens: str) -> Existence:
    return Existence.from_mapping(
        {"id": "probe.phrase", "kind": "existence", "summary": "Probe", "tokens": list(tokens), "ignorecase": False},
        "probe",
        None,
    )


def _lint(text: str, path: str, *tokens: str) -> list[tuple[int, int, int, int]]:
    doc = read_document(text, path)
    diags, errors = lint_document(doc, [Selected(_existence(*tokens), Severity.WARNING)], Context())
    assert not errors
    return [(d.line, d.column, d.end_line, d.end_column) for d in diags]


def test_engine_reports_exact_positions_in_markdown() -> None:
    src = "# Budget\n\n> The *council* tax [rise][r] is due.\n\n`council tax`\n\n[r]: https://x.org\n"
    assert _lint(src, "a.md", "council tax", "rise is") == [(3, 8, 3, 20), (3, 22, 3, 33)]


def test_engine_applies_markdown_and_html_suppressions() -> None:
    md = "Council tax first.\n\n<!-- copylint-disable-next-line probe.phrase -->\nCouncil tax again.\n\nA Council tax <!-- copylint-disable-line probe -->\n"
    assert _lint(md, "a.md", "Council tax") == [(1, 1, 1, 12)]
    page = "<p>Council tax</p>\n<!-- copylint-disable -->\n<p>Council tax</p>\n<!-- copylint-enable -->\n<p>x Council tax</p>"
    assert _lint(page, "a.html", "Council tax") == [(1, 4, 1, 15), (5, 6, 5, 17)]


def test_directives_record_the_comment_start_and_body() -> None:
    doc = read_document("Text.\n\n  <!-- copylint-disable cliche -->\n\nMore <!--copylint-enable--> text.", "a.md")
    assert doc.directives == ((9, " copylint-disable cliche "), (48, "copylint-enable"))
    page = read_document("<p>x</p><!-- copylint-disable-next-line style --><!-- other -->", "a.html")
    assert page.directives == ((8, " copylint-disable-next-line style "),)


# -- fixture articles --------------------------------------------------------------------------
def _normalise(source_text: str) -> str:
    """A source stretch with its markup removed, for comparison with the prose phrase."""
    text = re.sub(r"<[^>]*>", "", source_text)
    text = re.sub(r"\]\[[^\]]*\]|\]\([^)]*\)|[*_\[\]]|\\(?=[|*\"])", "", text)
    text = re.sub(r"\s*\n[\s>]*", " ", text)
    return re.sub(r"[ \t]+", " ", html.unescape(text).replace("''", "'")).replace("\xa0", " ")


@pytest.mark.parametrize("name", ["budget.md", "budget.html"])
def test_fixture_positions(name: str) -> None:
    rules = load_pack(POSITIONS / "probe.yaml", origin="local")
    text = (POSITIONS / name).read_text(encoding="utf-8")
    doc = read_document(text, name)
    diags, errors = lint_document(doc, [Selected(r, Severity.WARNING) for r in rules], Context())
    assert not errors
    got = []
    for d in diags:
        phrase = d.message.removeprefix("probe: '").removesuffix("'")
        stretch = text[offset_of(text, d.line, d.column) : offset_of(text, d.end_line, d.end_column)]
        assert stretch == text[d.offset : d.end_offset]
        assert _normalise(stretch) == phrase, (d.line, d.column, stretch)
        got.append(f"{d.line}:{d.column}-{d.end_line}:{d.end_column} {d.rule} {phrase}")
    sidecar = (POSITIONS / f"{name}.positions").read_text(encoding="utf-8").splitlines()
    assert got == [line for line in sidecar if line and not line.startswith("#")]


# -- properties --------------------------------------------------------------------------------
_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéü", min_size=1, max_size=8)


@st.composite
def _segment(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORDS, min_size=1, max_size=3))
    text = " ".join(words)
    form = draw(st.sampled_from(["plain", "em", "strong", "intra", "link", "ref", "code", "entity", "escape"]))
    if form == "em":
        return f"*{text}*"
    if form == "strong":
        return f"**{text}**"
    if form == "intra" and len(words[0]) > 2:
        w = words[0]
        return f"{w[0]}**{w[1:-1]}**{w[-1]}"
    if form == "link":
        return f'[{text}](https://example.com/{words[0]} "{words[-1]}")'
    if form == "ref":
        return f"[{text}][r]"
    if form == "code":
        return f"`{text}`"
    if form == "entity":
        return f"{text} &amp;"
    if form == "escape":
        return f"\\*{text}"
    return text


@st.composite
def _markdown(draw: st.DrawFn) -> str:
    paragraphs = []
    for _ in range(draw(st.integers(1, 4))):
        lines = []
        for _ in range(draw(st.integers(1, 3))):
            segments = draw(st.lists(_segment(), min_size=1, max_size=5))
            lines.append(" ".join(segments))
        prefix = draw(st.sampled_from(["", "", "# ", "- ", "> ", "1. "]))
        cont = "> " if prefix == "> " else "  " if prefix else ""
        paragraphs.append(prefix + ("\n" + cont).join(lines))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return newline.join(("\n\n".join(paragraphs) + "\n\n[r]: https://example.org\n").split("\n"))


def _assert_words_map_back(doc: Document) -> None:
    for token in doc.tokens:
        if doc.is_masked(token.span):
            continue
        start, end = doc.source_range(token.span)
        stretch = doc.source[start:end]
        assert stretch[0] == token.text[0] and stretch[-1] == token.text[-1], (token, stretch)
        assert re.sub(r"<[^>]*>|\*", "", stretch) == token.text, (token, stretch)
        line, col, end_line, end_col = doc.location(token.span)
        assert (offset_of(doc.source, line, col), offset_of(doc.source, end_line, end_col)) == (start, end)


@settings(max_examples=80, deadline=None)
@given(_markdown())
def test_property_markdown_words_map_back(source: str) -> None:
    doc = read_document(source, "a.md")
    _assert_words_map_back(doc)
    expected = [
        w for w in re.findall(r"[a-zéü]+", re.sub(r"\]\([^)]*\)|\]\[r\]|`[^`]*`|\[r\]:.*|&amp;|\*", "", source))
    ]
    assert [t.text for t in doc.tokens if not doc.is_masked(t.span)] == expected


@st.composite
def _page(draw: st.DrawFn) -> str:
    parts = ["<html><body>"]
    for _ in range(draw(st.integers(1, 4))):
        block = draw(st.sampled_from(["p", "li", "h2", "td", "div"]))
        pieces = []
        for word in draw(st.lists(_WORDS, min_size=1, max_size=8)):
            wrap = draw(st.sampled_from(["", "", "em", "a", "span"]))
            space = draw(st.sampled_from([" ", "  ", "\n  ", "\t", " &amp; "]))
            pieces.append((f"<{wrap}>{word}</{wrap}>" if wrap else word) + space)
        parts.append(f"<{block}>{''.join(pieces)}</{block}>")
    return "\n".join(parts)


@settings(max_examples=60, deadline=None)
@given(_page())
def test_property_html_words_map_back(source: str) -> None:
    doc = read_document(source, "a.html")
    _assert_words_map_back(doc)
    assert "  " not in doc.prose and "\t" not in doc.prose


_JUNK = st.text(alphabet="ab *_[]()`<>!\\&#;:-|\n\r\t>=\"'/xp", max_size=120)


@settings(max_examples=200, deadline=None)
@given(_JUNK, st.sampled_from(["a.md", "a.html"]))
def test_property_any_input_reads_with_a_monotonic_map(source: str, path: str) -> None:
    doc = read_document(source, path)
    offsets = [doc.source_offset(i) for i in range(len(doc.prose))]
    assert offsets == sorted(offsets)
    assert all(0 <= o <= len(doc.source) for o in offsets)
    for block in doc.blocks:
        doc.location(block.span)


def test_link_texts_are_exposed_as_spans() -> None:
    from copylint import read_document

    md = read_document(
        'See [the report](https://x.example "t") and [ref][1] and <https://a.example>.\n\n[1]: https://y.example',
        "a.md",
    )
    assert [md.text(s) for s in md.links] == ["the report", "ref"]
    html = read_document('<p>See <a href="x">the <b>report</b></a> and <a name="q">an anchor</a>.</p>', "a.html")
    assert [html.text(s) for s in html.links] == ["the report"]
