"""The Markdown reader: what becomes prose, in which blocks, and what is masked or skipped."""

from __future__ import annotations

from copylint import Span, read_document
from copylint.document import Document


def md(text: str) -> Document:
    return read_document(text, "story.md")


def blocks(doc: Document) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, doc.text(b.span)) for b in doc.blocks]


def test_block_kinds_and_levels() -> None:
    doc = md(
        "# Council agrees budget\n\nIntro paragraph.\n\nSub head\n--------\n\n"
        "- Schools\n  - Primary schools\n\n> Quoted councillor\n> > Quoted inside\n\n"
        "| Ward | Change |\n|---|---|\n| North | +4% |\n"
    )
    assert blocks(doc) == [
        ("heading", 1, "Council agrees budget"),
        ("paragraph", 0, "Intro paragraph."),
        ("heading", 2, "Sub head"),
        ("list-item", 1, "Schools"),
        ("list-item", 2, "Primary schools"),
        ("blockquote", 1, "Quoted councillor"),
        ("blockquote", 2, "Quoted inside"),
        ("table-cell", 0, "Ward"),
        ("table-cell", 0, "Change"),
        ("table-cell", 0, "North"),
        ("table-cell", 0, "+4%"),
    ]
    assert doc.prose.startswith("Council agrees budget\n\nIntro paragraph.\n\n")


def test_markup_is_removed_from_the_prose() -> None:
    doc = md(
        'The res**pon**sible *minister* said [the plan](https://gov.uk/plan "Plan") was ~~bad~~ sound, '
        "see <https://gov.uk> or <span>this</span> page.\nSecond line with \\*stars\\* &amp; &#8217;quotes&#8217;.\n"
    )
    assert doc.prose == (
        "The responsible minister said the plan was bad sound, see or this page.\nSecond line with *stars* & ’quotes’."
    )


def test_code_html_comments_and_images_never_reach_the_prose() -> None:
    doc = md(
        "Before.\n\n```python\nprint('council tax')\n```\n\n    indented code\n\n"
        '<div class="ad">\nSubscribe now\n</div>\n\n<!-- an editor\'s note -->\n\n'
        "![Councillors at the meeting](pic.jpg) After the image.\n\n[![logo](a.png)][home]\n\n"
        "[home]: https://example.org\n"
    )
    assert blocks(doc) == [("paragraph", 0, "Before."), ("paragraph", 0, "After the image.")]
    assert "\n\n\n" not in doc.prose  # an image-only paragraph leaves no empty block behind


def test_inline_code_stays_but_is_masked() -> None:
    doc = md("Run `copylint check` on ``a ` b`` files.")
    assert doc.prose == "Run copylint check on a ` b files."
    code = doc.prose.index("copylint check")
    other = doc.prose.index("a ` b")
    assert doc.is_masked(Span(code, code + 14)) and doc.is_masked(Span(other, other + 5))
    assert not doc.is_masked(Span(0, 3))
    assert [m.kind for m in doc.masks] == ["code", "code"]


def test_soft_and_hard_breaks_are_newlines() -> None:
    doc = md("one\ntwo  \nthree\\\nfour<br>\nfive")
    assert doc.prose == "one\ntwo\nthree\nfour\nfive"
    assert len(doc.blocks) == 1


def test_front_matter_fields_become_title_and_description_blocks() -> None:
    doc = md(
        "---\ntitle: Storm closes schools\nsubtitle: 'Dozens shut'\ndate: 2024-01-05\n"
        "summary: >\n  Heavy snow\n  fell overnight.\nauthor: Jo Bloggs\nlayout: post\n---\n\nBody text.\n"
    )
    assert blocks(doc) == [
        ("title", 0, "Storm closes schools"),
        ("description", 0, "Dozens shut"),
        ("description", 0, "Heavy snow fell overnight."),
        ("paragraph", 0, "Body text."),
    ]
    for skipped in ("Jo Bloggs", "post", "2024", "layout", "---"):
        assert skipped not in doc.prose


def test_front_matter_edge_cases() -> None:
    # Not a string, invalid YAML, or not at the very top: no front-matter prose, no crash.
    assert blocks(md("---\ntitle: 2024\ndescription: [a, b]\n---\nBody.")) == [("paragraph", 0, "Body.")]
    assert blocks(md("---\ntitle: a: b: [\n---\nBody.")) == [("paragraph", 0, "Body.")]
    assert blocks(md("Intro.\n\n---\ntitle: Not front matter\n---\n")) == [
        ("paragraph", 0, "Intro."),
        ("heading", 2, "title: Not front matter"),
    ]
    # An unclosed fence is a thematic break, then ordinary Markdown.
    assert blocks(md("---\ntitle: Loose\n")) == [("paragraph", 0, "title: Loose")]
    # A document that is only front matter.
    assert blocks(md("---\ntitle: Only a title\n---\n")) == [("title", 0, "Only a title")]


def test_suppression_comments_are_recorded() -> None:
    src = "<!-- copylint-disable cliche -->\n\nText <!-- copylint-disable-line style --> here.\n\n<!-- note -->\n"
    doc = md(src)
    assert doc.directives == ((0, " copylint-disable cliche "), (39, " copylint-disable-line style "))
    assert doc.prose == "Text here."


def test_directive_inside_a_list_and_a_quote() -> None:
    src = "- item\n\n  <!-- copylint-enable -->\n\n> <!-- copylint-disable style -->\n> quoted\n"
    doc = md(src)
    assert [body.strip() for _, body in doc.directives] == ["copylint-enable", "copylint-disable style"]
    assert [src[offset : offset + 4] for offset, _ in doc.directives] == ["<!--", "<!--"]


def test_links_with_nested_brackets_titles_and_parentheses() -> None:
    doc = md('A [link [with] brackets](https://x.org/a_(b) "title (x)") and [empty]() end.')
    assert doc.prose == "A link [with] brackets and empty end."


def test_task_list_boxes_are_not_copy() -> None:
    doc = md("- [ ] Call the council press office\n- [x] Check the figures\n- [link] stays\n")
    assert [doc.text(b.span) for b in doc.blocks] == [
        "Call the council press office",
        "Check the figures",
        "[link] stays",
    ]


def test_unknown_reference_stays_literal() -> None:
    doc = md("Read [this][nowhere] and [that].")
    assert doc.prose == "Read [this][nowhere] and [that]."


def test_empty_and_whitespace_documents() -> None:
    assert md("").prose == "" and md("").blocks == ()
    assert md("\n\n   \n").blocks == ()


def test_null_character_does_not_break_positions() -> None:
    doc = md("Before\x00after here.")
    start = doc.prose.index("here")
    assert doc.location(Span(start, start + 4)) == (1, 14, 1, 18)


def test_large_article_keeps_every_block_and_position() -> None:
    # Speed is measured by bench/reader_speed.py, never by a timed test.
    para = "The *council* said [its plan](https://x.org) would cost &pound;4m, up `12%` on last year.\n"
    big = "".join(f"{para}\n- item {i}\n\n> quote {i}\n\n" for i in range(600))
    doc = md(big)
    assert len(doc.blocks) == 3 * 600
    last = doc.prose.rindex("quote 599")
    line = big.count("\n", 0, big.rindex("> quote 599")) + 1
    assert doc.location(Span(last, last + 9)) == (line, 3, line, 12)
