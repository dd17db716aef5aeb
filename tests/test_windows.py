"""Large documents: block-local rules check a window of paragraphs at a time, with the same findings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from copylint import Context, Finding, Span, read_document
from copylint.api import Linter
from copylint.document import Document
from copylint.engine import Selected, lint_document
from copylint.rule import rule

# Grammar slips at the first and last words of paragraphs, in a heading, a list and a quotation,
# a URL and inline code across which nothing may be reported, and set phrases the prose-wide
# grammar patterns find.
_MARKDOWN = """---
title: Test
---
# An historic could of mistake

He could of gone to the the market. Their is a problem with an university.

* an apple and a orange
* She don't like it

"This are wrong," he said. See https://example.com/an-url and `could of`.

The council have went to the meeting, which were free reign for everyone.

Between you and I, the the results was suprising. We should of known.
"""


def _diagnostics(
    text: str, path: str, size: int, monkeypatch: pytest.MonkeyPatch, margin: int = 2000
) -> list[tuple[object, ...]]:
    from copylint import engine

    monkeypatch.setattr(engine, "WINDOW_CHARS", size)
    monkeypatch.setattr(engine, "WINDOW_MARGIN", margin)
    diags = Linter({"select": ["all"]}).lint_text(text, path)
    return [(d.rule, d.line, d.column, d.end_line, d.end_column, d.message, d.suggestions, d.fix) for d in diags]


@pytest.mark.parametrize("path", ["story.md", "story.txt", "story.html"])
def test_windowed_findings_are_the_one_pass_findings(path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _MARKDOWN
    if path.endswith(".html"):
        body = "".join(f"<p>{p}</p>\n" for p in _MARKDOWN.split("---", 2)[2].split("\n\n") if p.strip())
        text = f"<html><body><h1>An historic could of</h1>\n{body}</body></html>"
    windows: list[int] = []
    real = Document.windows

    def counting(self: Document, size: int, margin: int) -> Iterator[object]:
        for w in real(self, size, margin):
            windows.append(size)
            yield w

    monkeypatch.setattr(Document, "windows", counting)
    whole = _diagnostics(text, path, 1 << 30, monkeypatch)
    assert not windows  # short enough for one pass
    assert sum(1 for d in whole if str(d[0]).startswith("grammar.")) >= 5
    for size, margin in ((1, 2000), (80, 2000), (200, 2000), (1, 40), (80, 40)):
        windows.clear()
        assert _diagnostics(text, path, size, monkeypatch, margin) == whole, (size, margin)
        assert len(windows) >= 3, size


def test_windows_keep_blocks_masks_and_source_positions() -> None:
    text = "# Title\n\nOne two https://a.example.com/x three.\n\n“A quote” four.\n\nFive `code` six.\n"
    doc = read_document(text, "a.md")
    windows = list(doc.windows(10, 5))
    assert len(windows) == len(doc.blocks)
    for w, block in zip(windows, doc.blocks, strict=True):
        (inner,) = w.doc.blocks
        assert w.doc.text(inner.span) == doc.text(block.span)
        assert inner.span.start + w.offset == block.span.start
        for i in range(inner.span.start, inner.span.end + 1):
            assert w.doc.source_offset(i) == doc.source_offset(i + w.offset)
        for m in w.doc.masks:
            assert doc.is_masked(Span(m.span.start + w.offset, m.span.end + w.offset))
        assert [q.start + w.offset for q in w.doc.quotes] == [q.start for q in doc.quotes if w.start <= q.start < w.end]
    assert [w.start for w in windows][1:] == [b.span.start for b in doc.blocks][1:]
    # a window answers for what starts in its own stretch, placed in the whole document's prose
    w = windows[2]
    own, before, after = (Finding(Span(i - w.offset, i - w.offset + 1), "x") for i in (w.start, w.start - 1, w.end))
    assert w.place([before, own, after]) == [Finding(Span(w.start, w.start + 1), "x")]
    assert [(w.doc, w.offset) for w in doc.windows(len(doc.prose), 5)] == [(doc, 0)]


def test_a_rule_that_fails_in_one_window_reports_nothing_and_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from copylint import engine

    @rule("grammar.fragile", "Fails on 'boom'.", bad=["boom"], good=["x"])
    def fragile(doc, ctx) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
        """Test rule."""
        for s in doc.sentences:
            if "boom" in doc.text(s.span):
                raise ValueError("boom")
            yield Finding(s.span, "a sentence")

    text = "First one.\n\nSecond one.\n\nThird boom.\n\nFourth one.\n"
    results = []
    for size in (1 << 30, 1):
        monkeypatch.setattr(engine, "WINDOW_CHARS", size)
        diags, errors = lint_document(
            read_document(text, "a.txt"), [Selected(fragile, fragile.meta.severity)], Context()
        )
        results.append((diags, errors))
    assert results[0] == results[1] == ([], ["a.txt: rule grammar.fragile failed: ValueError: boom"])
