"""The HTML reader: text only, blocks from block elements, exact entity positions, no crashes."""

from __future__ import annotations

import pytest

from copylint import Span, read_document
from copylint.document import Document


def page(text: str) -> Document:
    return read_document(text, "story.html")


def blocks(doc: Document) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, doc.text(b.span)) for b in doc.blocks]


ARTICLE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8"><title>Storm  closes
 schools</title>
<style>p { color: red }</style><script>if (a < b) { alert("no"); }</script>
<link rel="stylesheet" href="x.css">
</head>
<body>
<noscript>Enable JavaScript</noscript>
<article>
<h1>Snow shuts 40 schools</h1>
<p>Heavy snow fell <em>overnight</em>, the <a href="/council">council</a> said.</p>
<h3>What parents need to know</h3>
<ul><li>Check the website<li>Listen to local radio <ul><li>BBC Radio Northbridge</ul></ul>
<blockquote><p>It is the worst winter in years.</p></blockquote>
<figure><img src="snow.jpg" alt="A snowy road"><figcaption>The A1 near Alnwick</figcaption></figure>
<table><tr><th>School<th>Status</tr><tr><td>St Mary's<td>Closed</tr></table>
<pre>code block</pre><p>Use <code>snow_day()</code> later.</p>
<template><p>Hidden template</p></template><svg><text>SVG label</text></svg>
<div>Loose div text</div>
</article>
</body></html>"""


def test_article_blocks_kinds_and_levels() -> None:
    assert blocks(page(ARTICLE)) == [
        ("title", 0, "Storm closes schools"),
        ("heading", 1, "Snow shuts 40 schools"),
        ("paragraph", 0, "Heavy snow fell overnight, the council said."),
        ("heading", 3, "What parents need to know"),
        ("list-item", 1, "Check the website"),
        ("list-item", 1, "Listen to local radio"),
        ("list-item", 2, "BBC Radio Northbridge"),
        ("blockquote", 1, "It is the worst winter in years."),
        ("caption", 0, "The A1 near Alnwick"),
        ("table-cell", 0, "School"),
        ("table-cell", 0, "Status"),
        ("table-cell", 0, "St Mary's"),
        ("table-cell", 0, "Closed"),
        ("paragraph", 0, "Use snow_day() later."),
        ("paragraph", 0, "Loose div text"),
    ]


def test_skipped_elements_never_reach_the_prose() -> None:
    prose = page(ARTICLE).prose
    for gone in ("color", "alert", "JavaScript", "code block", "Hidden template", "SVG label", "A snowy road", "x.css"):
        assert gone not in prose


def test_inline_code_stays_in_its_sentence_but_is_masked() -> None:
    doc = page(ARTICLE)
    start = doc.prose.index("snow_day()")
    assert doc.is_masked(Span(start, start + 8))
    assert not doc.is_masked(Span(doc.prose.index("later"), doc.prose.index("later") + 5))
    assert any(doc.text(s.span) == "Use snow_day() later." for s in doc.sentences)


def test_inline_elements_do_not_break_words_and_whitespace_collapses() -> None:
    doc = page("<p>\n   A res<b>pon</b>sible\t\tplan,\n   <i>she</i>  <span> said</span>.  </p>")
    assert doc.prose == "A responsible plan, she said."


def test_line_breaks_and_block_boundaries() -> None:
    doc = page("<p>First line<br>second line<br/>\nthird</p><div>one<p>two</div>three")
    assert blocks(doc) == [
        ("paragraph", 0, "First line\nsecond line\nthird"),
        ("paragraph", 0, "one"),
        ("paragraph", 0, "two"),
        ("paragraph", 0, "three"),
    ]


def test_entities_decode_and_map_to_their_source() -> None:
    src = "<p>AT&amp;T&#8217;s &ldquo;deal&rdquo; cost &pound;5&#x2009;m &amp no &bogus; &#;</p>"
    doc = page(src)
    assert doc.prose == "AT&T’s “deal” cost £5\u2009m & no &bogus; &#;"
    for phrase, source_text in [
        ("&", "&amp;"),
        ("’", "&#8217;"),
        ("“deal”", "&ldquo;deal&rdquo;"),
        ("£5\u2009m", "&pound;5&#x2009;m"),
    ]:
        start = doc.prose.index(phrase)
        s, e = doc.source_range(Span(start, start + len(phrase)))
        assert src[s:e] == source_text


def test_non_breaking_space_is_kept() -> None:
    assert page("<p>10&nbsp;km away</p>").prose == "10\xa0km away"


def test_implied_end_tags() -> None:
    doc = page("<p>one<p>two<ul><li>a<li>b</ul><dl><dt>term<dd>definition</dl>")
    assert [doc.text(b.span) for b in doc.blocks] == ["one", "two", "a", "b", "term", "definition"]


def test_title_outside_head_and_head_content_skipped() -> None:
    assert blocks(page("<title>Just a title</title><p>Body</p>")) == [
        ("title", 0, "Just a title"),
        ("paragraph", 0, "Body"),
    ]
    # As in a browser, body content (text or an element) ends an unclosed head.
    assert blocks(page("<head><meta name=x>stray text<body><p>Body")) == [
        ("paragraph", 0, "stray text"),
        ("paragraph", 0, "Body"),
    ]
    assert blocks(page("<head><title>T</title><p>No body tag")) == [("title", 0, "T"), ("paragraph", 0, "No body tag")]


def test_suppression_comments_are_recorded() -> None:
    src = "<p>x</p>\n<!-- copylint-disable cliche -->\n<p>y <!--copylint-enable--> z</p><!-- other -->"
    doc = page(src)
    assert doc.directives == ((9, " copylint-disable cliche "), (47, "copylint-enable"))
    assert doc.prose == "x\n\ny z"


@pytest.mark.parametrize(
    "src, prose",
    [
        ("<p>unclosed <b>bold <i>italic", "unclosed bold italic"),
        ("<p>a < b and c > d</p>", "a < b and c > d"),
        ("<p>stray</span></div> end", "stray\n\nend"),
        ("<p>text <!-- unclosed comment", "text <!-- unclosed comment"),
        ("<p>x <![junk]> y</p>", "x y"),
        ("<p>x <![if !ie]> y <![endif]> z</p>", "x y z"),
        ("<p>amp &# here &#; and <b>bold</b></p>", "amp &# here &#; and bold"),
        ("<p>tail &", "tail &"),
        ("<p>tail <", "tail <"),
        ('<p>open <a href="x', 'open <a href="x'),  # HTMLParser keeps a cut-off tag as text
        ("<script>never closed <p>text", ""),
        ("", ""),
    ],
)
def test_malformed_html_never_crashes(src: str, prose: str) -> None:
    doc = page(src)
    assert doc.prose == prose
    for block in doc.blocks:
        doc.location(block.span)


def test_crlf_positions() -> None:
    src = "<p>one\r\ntwo\r\n</p>\r\n<p>three</p>"
    doc = page(src)
    start = doc.prose.index("three")
    assert doc.location(Span(start, start + 5)) == (4, 4, 4, 9)
    assert doc.prose == "one two\n\nthree"
