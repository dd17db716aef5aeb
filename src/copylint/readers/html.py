"""HTML: the text of the page with exact positions, via the standard library's HTMLParser.

``convert_charrefs=False`` makes the parser report entity and character references on their
own, so each decoded character maps onto its exact ``&...;`` stretch. Script, style, code,
pre, template, svg and the head (except ``<title>``) are skipped; block elements start new
blocks, inline elements do not break the text. Runs of whitespace collapse to one space mapped
to the first whitespace character, as a browser renders them. Malformed markup never raises:
unclosed and stray tags are tolerated the way HTMLParser tolerates them.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from copylint.document import Document, DocumentBuilder

#: Elements whose content is never prose.
SKIP = frozenset(
    {
        "script",
        "style",
        "code",
        "pre",
        "noscript",
        "template",
        "svg",
        "math",
        "textarea",
        "select",
        "iframe",
        "object",
        "canvas",
    }
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Inside these, <code> is a phrase of a sentence: kept in the prose (so the sentence stays
#: whole) but masked, so nothing is reported in it. Elsewhere <code> is a block and skipped.
PROSE_PARENTS = HEADINGS | frozenset(
    {"p", "li", "td", "th", "dd", "dt", "figcaption", "caption", "blockquote", "summary"}
)
#: Elements that start and end a block of prose.
BLOCK = HEADINGS | frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "head",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
        "option",
    }
)
VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "keygen",
    }
)
#: A start tag closes an open element of the first set unless an element of the second is nearer.
_IMPLIED = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol", "menu"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "tr": (frozenset({"tr", "td", "th"}), frozenset({"table", "thead", "tbody", "tfoot"})),
    "option": (frozenset({"option"}), frozenset({"select"})),
}
_KIND = {
    "td": "table-cell",
    "th": "table-cell",
    "figcaption": "caption",
    "caption": "caption",
    "li": "list-item",
    "dd": "list-item",
    "dt": "list-item",
    "blockquote": "blockquote",
    "title": "title",
}
_SPACE = " \t\n\r\f"
#: What may stay in <head>; any other element (or text) starts the body.
_HEAD_CONTENT = frozenset({"head", "title", "meta", "link", "style", "script", "base", "noscript", "template"})
#: Whitespace that does not stand as a single space: runs, and any tab, newline, CR or FF.
_COLLAPSE = re.compile(r"[ \t\n\r\f]*[\t\n\r\f][ \t\n\r\f]*| {2,}")


def read_html(text: str, path: str = "<text>") -> Document:
    """Parse HTML ``text`` into a Document whose prose maps exactly onto ``text``."""
    builder = DocumentBuilder(path, text, "html")
    parser = _Parser(builder, text)
    parser.run(text)
    return builder.build()


#: Elements nested deeper than this are read as part of their ancestor at this depth, so that
#: deep or unclosed nesting ("<div>" x 100,000) costs linear time, not time per level per tag.
MAX_DEPTH = 256


class _Parser(HTMLParser):
    def __init__(self, builder: DocumentBuilder, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.b = builder
        self.src = source
        self.starts = [0, *(m.end() for m in re.finditer("\n", source))]
        self.stack: list[str] = []
        self.skipping = 0  # open elements of SKIP on the stack
        self.in_block = False  # a builder block is open and has prose
        self.space: tuple[str, int, int] | None = None  # collapsed whitespace waiting for prose
        self.inline_code: list[tuple[int, int]] = []  # (stack depth, prose start) of open inline <code>

    # -- positions and output -----------------------------------------------------------------
    def _offset(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col if line - 1 < len(self.starts) else len(self.src)

    def _hidden(self) -> bool:
        return self.skipping > 0 or ("head" in self.stack and "title" not in self.stack)

    def _kind(self) -> tuple[str, int]:
        for el in reversed(self.stack):
            if el in HEADINGS:
                return "heading", int(el[1])
            kind = _KIND.get(el)
            if kind == "list-item":
                return kind, sum(1 for e in self.stack if e in ("li", "dd", "dt"))
            if kind == "blockquote":
                return kind, self.stack.count("blockquote")
            if kind is not None:
                return kind, 0
        return "paragraph", 0

    def _emit(self, text: str, start: int, end: int) -> None:
        """Append prose for source[start:end] (verbatim when the lengths agree)."""
        if not self.in_block:
            kind, level = self._kind()
            self.b.begin_block(kind, level, start)
            self.in_block = True
            self.space = None
        elif self.space is not None:
            char, s, e = self.space
            self.b.add_mapped(char, s, e)
            self.space = None
        self.b.add_mapped(text, start, end)

    def _gap(self, char: str, start: int, end: int) -> None:
        """Whitespace (or a line break) between words: kept only if more prose follows."""
        if self.in_block and (self.space is None or char == "\n"):
            self.space = (char, start, end)

    def _boundary(self) -> None:
        if self.in_block:
            self.b.end_block()
        self.in_block = False
        self.space = None

    def run(self, text: str) -> None:
        """Feed the whole text, working around HTMLParser's stalls on malformed input."""
        try:
            self.feed(text)
            while self.rawdata:
                before = len(self.rawdata)
                if self.rawdata.startswith("&#"):  # "&#" that is no reference stalls the parser
                    self.handle_data("&#")
                    self.updatepos(0, 2)
                    self.rawdata = self.rawdata[2:]
                self.goahead(False)
                if len(self.rawdata) == before:
                    break
            self.close()
        except AssertionError:  # a construct HTMLParser gives up on: keep what was read
            pass
        self._boundary()

    def parse_html_declaration(self, i: int) -> int:
        where = self.getpos()
        try:
            return super().parse_html_declaration(i)
        except AssertionError:  # "<![junk": a bogus comment up to the next ">", as browsers read it
            self.lineno, self.offset = where  # the failed scan moved the position
            end = self.rawdata.find(">", i + 2)
            return end + 1 if end >= 0 else -1

    # -- the element stack ---------------------------------------------------------------------
    def _push(self, tag: str) -> None:
        if len(self.stack) >= MAX_DEPTH and tag not in SKIP:
            return  # deeper elements are read as part of the deepest one kept (each tag costs O(depth))
        if tag == "code" and self.skipping == 0 and any(t in PROSE_PARENTS for t in self.stack):
            self.stack.append(tag)
            self.inline_code.append((len(self.stack), self.b.length))
            return
        self.stack.append(tag)
        if tag in SKIP:
            self.skipping += 1

    def _pop_to(self, index: int) -> None:
        while len(self.stack) > index:
            if self.inline_code and self.inline_code[-1][0] == len(self.stack):
                _, start = self.inline_code.pop()
                self.stack.pop()
                self.b.mask("code", start, self.b.length)
                continue
            if self.stack.pop() in SKIP:
                self.skipping -= 1

    def _close_implied(self, tag: str) -> None:
        if tag in _IMPLIED:
            closes, stops = _IMPLIED[tag]
        elif (tag in BLOCK and tag != "p") or tag == "p":
            closes, stops = frozenset({"p"}), BLOCK - {"p"}
        else:
            return
        for i in range(len(self.stack) - 1, -1, -1):
            el = self.stack[i]
            if el in closes:
                self._pop_to(i)
                return
            if el in stops:
                return

    # -- HTMLParser callbacks -------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            start = self._offset()
            raw = self.get_starttag_text() or ""
            if not self._hidden():
                self._gap("\n", start, start + len(raw))
            return
        if tag not in _HEAD_CONTENT and "head" in self.stack:  # body content ends the head
            self._pop_to(self.stack.index("head"))
        if tag in BLOCK:
            self._boundary()
            self._close_implied(tag)
        if tag not in VOID:
            self._push(tag)
        if tag == "a" and any(k == "href" for k, _ in attrs):
            self.b.begin_link()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            self.handle_starttag(tag, attrs)
        else:  # <div/> and the like: an empty element
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.b.end_link()
        if tag == "br":  # </br> is read as <br>
            start = self._offset()
            if not self._hidden():
                self._gap("\n", start, start + 5)
            return
        if tag in BLOCK:
            self._boundary()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i] == tag:
                self._pop_to(i)
                return

    def handle_data(self, data: str) -> None:
        if "head" in self.stack and self.skipping == 0 and "title" not in self.stack and data.strip(_SPACE):
            self._pop_to(self.stack.index("head"))  # text in the head: a browser moves it to the body
        if self._hidden() or not data:
            return
        self._text(data, self._offset())

    def _text(self, data: str, off: int) -> None:
        n = len(data)
        lead = n - len(data.lstrip(_SPACE))
        if lead:
            self._gap(" ", off, off + 1)
            if lead == n:
                return
        stop = len(data.rstrip(_SPACE))
        pos = lead
        for m in _COLLAPSE.finditer(data, lead, stop):
            self._emit(data[pos : m.start()], off + pos, off + m.start())
            self.space = (" ", off + m.start(), off + m.start() + 1)
            pos = m.end()
        self._emit(data[pos:stop], off + pos, off + stop)
        if stop < n:
            self._gap(" ", off + stop, off + stop + 1)

    def _reference(self, raw_start: int, name: str, prefix: str) -> None:
        end = raw_start + len(prefix) + len(name)
        if self.src.startswith(";", end):
            end += 1
        raw = self.src[raw_start:end]
        decoded = html.unescape(raw)
        if self._hidden():
            return
        if decoded and decoded.strip(_SPACE) == "":
            self._gap(" ", raw_start, end)
        else:
            self._emit(decoded, raw_start, end)

    def handle_entityref(self, name: str) -> None:
        self._reference(self._offset(), name, "&")

    def handle_charref(self, name: str) -> None:
        self._reference(self._offset(), name, "&#")

    def handle_comment(self, data: str) -> None:
        if data.strip().startswith("copylint-"):
            self.b.directive(self._offset(), data)
