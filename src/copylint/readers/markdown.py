"""Markdown (CommonMark + GFM tables) with exact positions, via markdown-it-py.

markdown-it gives block tokens with line ranges but no inline positions, so each inline child
token is aligned to the source with a forward-only cursor: text is found verbatim, escapes and
entities (``text_special``, kept separate by disabling ``text_join``) by their ``markup``,
code spans by their backtick runs, inline HTML by its content; link destinations and
reference labels are skipped at ``link_close``. The cursor never moves backwards and each search
is bounded by the end of the block, so the work is linear in the size of the file.

YAML front matter is blanked out (same length) before parsing; its ``title``, ``description``,
``summary`` and ``subtitle`` strings become prose positioned inside the front matter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import yaml
from markdown_it import MarkdownIt
from markdown_it.helpers import parseLinkDestination, parseLinkTitle
from markdown_it.token import Token

from copylint.document import Document, DocumentBuilder
from copylint.readers import toml_front

_NEWLINE = re.compile(r"\r\n|\r|\n")
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_BREAK_TAG = re.compile(r"<(?:br|hr|/?p|/?div|/?li|/?tr|/?h[1-6])\b", re.IGNORECASE)
_LINK_SPACE = " \t\n\r"
_TASK_BOX = re.compile(r"\[[ xX]\][ \t]+")
_BLANK = re.compile(r"[^\r\n]")
_FM_OPEN = re.compile(r"---[ \t]*(?:\r\n|\r|\n)")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
#: Front-matter keys read as copy, and the block kind each becomes.
FRONT_MATTER_KEYS = {
    "title": "title",
    "description": "description",
    "summary": "description",
    "subtitle": "description",
}
_YAML_STR = "tag:yaml.org,2002:str"
_YAML_SPACE = " \t\r\n"
#: How far the fallback aligner may look ahead for a character it cannot find verbatim.
_WINDOW = 16


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.disable("text_join")
    return md


@lru_cache(maxsize=16)
def _backtick_run(n: int) -> re.Pattern[str]:
    """A run of exactly ``n`` backticks (what closes a code span opened by ``n``)."""
    return re.compile(r"(?<!`)`{%d}(?!`)" % n)


def read_markdown(text: str, path: str = "<text>") -> Document:
    """Parse Markdown ``text`` into a Document whose prose maps exactly onto ``text``."""
    builder = DocumentBuilder(path, text, "markdown")
    body = text
    front = _front_matter(text)
    toml = None if front is not None else toml_front.find(text)
    if front is not None:
        yaml_start, yaml_end, end = front
        _read_front_matter(builder, text, yaml_start, yaml_end)
        body = _BLANK.sub(" ", text[:end]) + text[end:]
    elif toml is not None:  # Hugo's +++ TOML front matter
        toml_start, toml_end, end = toml
        toml_front.read(builder, text, toml_start, toml_end, FRONT_MATTER_KEYS)
        body = _BLANK.sub(" ", text[:end]) + text[end:]
    _Reader(builder, text, _line_starts(text)).run(_parser().parse(body))
    return builder.build()


def _line_starts(text: str) -> list[int]:
    """Offsets where lines start, splitting on CRLF, CR and LF like markdown-it does."""
    return [0, *(m.end() for m in _NEWLINE.finditer(text))]


class _Reader:
    """Walks the block tokens; aligns each inline token to the source with a cursor."""

    def __init__(self, builder: DocumentBuilder, source: str, starts: list[int]) -> None:
        self.b = builder
        self.src = source
        self.starts = starts
        self.pos = 0  # source cursor: never moves backwards
        self.limit = len(source)  # end of the current block's lines
        self.emit = True
        self.last = ""  # last prose character emitted in the current block ("" at its start)
        self.gap = False  # an element was dropped just before: swallow doubled whitespace
        self.pending: tuple[str, int, int] | None = None  # block opened on its first prose

    # -- blocks ------------------------------------------------------------------------------
    def _line(self, n: int) -> int:
        return self.starts[n] if n < len(self.starts) else len(self.src)

    def run(self, tokens: Sequence[Token]) -> None:
        containers: list[str] = []
        kind, level = "paragraph", 0
        for tok in tokens:
            t = tok.type
            if t == "heading_open":
                kind, level = "heading", int(tok.tag[1:])
            elif t == "paragraph_open":
                kind = containers[-1] if containers else "paragraph"
                level = containers.count(kind) if containers else 0
            elif t in ("th_open", "td_open"):
                kind, level = "table-cell", 0
            elif t == "list_item_open":
                containers.append("list-item")
            elif t == "blockquote_open":
                containers.append("blockquote")
            elif t in ("list_item_close", "blockquote_close") and containers:
                containers.pop()
            elif t == "inline" and tok.map is not None:
                self._block(tok, kind, level)
            elif t == "html_block" and tok.map is not None:
                self._html_block(tok.map[0], tok.map[1])

    def _block_started(self) -> bool:
        """Did the inline walk open the pending block (it clears ``pending`` when it does)?"""
        return self.pending is None

    def _block(self, tok: Token, kind: str, level: int) -> None:
        first, last = tok.map  # type: ignore[misc]
        start = self._line(first)
        self.pos = max(self.pos, start)
        self.limit = max(self._line(last), self.pos)
        if not tok.children:
            return
        self.pending = (kind, level, self.pos)
        self.last, self.gap, self.emit = "", False, True
        self._inline(tok.children)
        if self._block_started():
            self.b.end_block()
        self.pending = None

    def _html_block(self, first: int, last: int) -> None:
        start, end = self._line(first), self._line(last)
        for m in _COMMENT.finditer(self.src, start, end):
            self._directive(m.start(), m.group(1))
        self.pos = max(self.pos, end)

    def _directive(self, offset: int, body: str) -> None:
        if body.strip().startswith("copylint-"):
            self.b.directive(offset, body)

    # -- inline ------------------------------------------------------------------------------
    def _inline(self, children: Sequence[Token]) -> None:
        i, n = 0, len(children)
        while i < n:
            tok = children[i]
            t = tok.type
            if t == "text":
                self._text(tok.content)
            elif t == "text_special":
                self._special(tok)
            elif t in ("softbreak", "hardbreak"):
                self._newline()
            elif t == "code_inline":
                self._code(tok)
            elif t == "link_open" and tok.markup == "autolink":
                i = self._autolink(children, i)
            elif t == "link_open":
                self.b.begin_link()
            elif t == "link_close":
                self.b.end_link()
                self._link_tail()
            elif t == "image":
                self._image(tok)
            elif t == "html_inline":
                self._html_inline(tok.content)
            i += 1

    def _out(self, text: str, start: int, end: int) -> None:
        """Emit prose for source[start:end], swallowing whitespace doubled by a dropped element."""
        if not self.emit or not text:
            return
        if self.gap:
            self.gap = False
            if text[0].isspace() and (not self.last or self.last.isspace()):
                if len(text) != end - start:
                    self.gap = True
                    return
                k = len(text) - len(text.lstrip())
                text, start = text[k:], start + k
                if not text:
                    self.gap = True
                    return
        self._open()
        self.b.add_mapped(text, start, end)
        self.last = text[-1]

    def _open(self) -> None:
        if self.pending is not None:
            kind, level, offset = self.pending
            self.pending = None
            self.b.begin_block(kind, level, offset)

    def _text(self, text: str) -> None:
        j = self.src.find(text, self.pos, self.limit)
        if j >= 0 and self.pending is not None and self.pending[0] == "list-item":
            box = _TASK_BOX.match(text)
            if box:  # a GFM task list's "[ ]" / "[x]" is not copy
                text, j = text[box.end() :], j + box.end()
                self.pos = j
        if j >= 0:
            self._out(text, j, j + len(text))
            self.pos = j + len(text)
            return
        if "|" in text:  # a table cell's "\|", unescaped by the table rule
            j = self.src.find(text.replace("|", "\\|"), self.pos, self.limit)
            if j >= 0:
                for k, part in enumerate(text.split("|")):
                    if k:
                        self._out("|", j, j + 2)
                        j += 2
                    self._out(part, j, j + len(part))
                    j += len(part)
                self.pos = j
                return
        # Not verbatim (a NUL replaced, a tab expanded...): align character by character.
        for ch in text:
            p = self.pos
            j = self.src.find(ch, p, min(self.limit, p + _WINDOW))
            if j < 0:
                self._out(ch, p, min(p + 1, self.limit))
                self.pos = min(p + 1, self.limit)
            else:
                self._out(ch, j, j + 1)
                self.pos = j + 1

    def _special(self, tok: Token) -> None:
        markup = tok.markup or tok.content
        j = self.src.find(markup, self.pos, self.limit)
        if j < 0:
            self._text(tok.content)
            return
        self._out(tok.content, j, j + len(markup))
        self.pos = j + len(markup)

    def _newline(self) -> None:
        m = _NEWLINE.search(self.src, self.pos, self.limit)
        if m is None:
            if self.emit and self.last and not self.last.isspace():
                self._open()
                self.b.add_synthetic("\n", self.pos)
                self.last = "\n"
            return
        self.pos = m.end()
        self._out("\n", m.start(), m.end())

    def _code(self, tok: Token) -> None:
        ticks = tok.markup or "`"
        n = len(ticks)
        j = self.src.find(ticks, self.pos, self.limit)
        if j < 0:
            return
        open_end = j + n
        closer = _backtick_run(n).search(self.src, open_end, self.limit)
        close = closer.start() if closer else open_end
        self.pos = closer.end() if closer else open_end
        if not self.emit or not tok.content:
            return
        raw = self.src[open_end:close]
        content = tok.content
        self._open()
        start = self.b.length
        k = raw.find(content)
        if k >= 0:
            self._out(content, open_end + k, open_end + k + len(content))
        else:
            self._out(content, open_end, close)
        self.b.mask("code", start, self.b.length)

    def _autolink(self, children: Sequence[Token], i: int) -> int:
        j = self.src.find("<", self.pos, self.limit)
        if j >= 0:
            k = self.src.find(">", j, self.limit)
            self.pos = k + 1 if k >= 0 else j + 1
        self.gap = True
        while i + 1 < len(children) and children[i + 1].type != "link_close":
            i += 1
        return i + 1  # the autolink's link_close

    def _link_tail(self) -> None:
        """Skip ``](dest "title")``, ``][label]``, ``][]`` or ``]`` after a link's text."""
        src, limit = self.src, self.limit
        j = src.find("]", self.pos, limit)
        if j < 0:
            return
        pos = j + 1
        if pos < limit and src[pos] == "(":
            end = _inline_link_end(src, pos, limit)
            if end > 0:
                self.pos = end
                return
        if pos < limit and src[pos] == "[":
            end = _label_end(src, pos, limit)
            if end > 0:
                self.pos = end
                return
        self.pos = pos

    def _image(self, tok: Token) -> None:
        j = self.src.find("![", self.pos, self.limit)
        if j < 0:
            return
        self.pos = j + 2
        emit, self.emit = self.emit, False
        try:
            self._inline(tok.children or ())
            self._link_tail()
        finally:
            self.emit = emit
        self.gap = True

    def _html_inline(self, content: str) -> None:
        lines = content.split("\n")
        j = self.src.find(lines[0], self.pos, self.limit)
        if j < 0:
            return
        end = j + len(lines[0])
        for line in lines[1:]:
            k = self.src.find(line, end, self.limit)
            if k >= 0:
                end = k + len(line)
        self.pos = end
        if content.startswith("<!--") and content.endswith("-->"):
            self._directive(j, content[4:-3])
        elif _BREAK_TAG.match(content) and self.emit and self.last and not self.last.isspace():
            self._open()
            self.b.add_mapped("\n", j, end)
            self.last = "\n"
        self.gap = True


def _inline_link_end(src: str, pos: int, limit: int) -> int:
    """End of ``(dest "title")`` starting at ``src[pos] == "("``, or -1 when it is not one."""
    pos += 1
    while pos < limit and src[pos] in _LINK_SPACE:
        pos += 1
    if pos < limit and src[pos] != ")":
        res = parseLinkDestination(src, pos, limit)
        if not res.ok:
            return -1
        pos = res.pos
        before = pos
        while pos < limit and src[pos] in _LINK_SPACE:
            pos += 1
        title = parseLinkTitle(src, pos, limit)
        if pos < limit and before != pos and title.ok:
            pos = title.pos
            while pos < limit and src[pos] in _LINK_SPACE:
                pos += 1
    if pos < limit and src[pos] == ")":
        return pos + 1
    return -1


def _label_end(src: str, pos: int, limit: int) -> int:
    """End of a reference label ``[...]`` starting at ``src[pos] == "["``, or -1."""
    i = pos + 1
    while i < limit and i - pos <= 1000:
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            return -1
        if ch == "]":
            return i + 1
        i += 1
    return -1


# -- YAML front matter ---------------------------------------------------------------------------
def _front_matter(text: str) -> tuple[int, int, int] | None:
    """(start, end) of the YAML between the ``---`` fences at the very top, and the end of the
    closing fence; None when the file has no front matter."""
    opening = _FM_OPEN.match(text)
    if opening is None:
        return None
    closing = _FM_CLOSE.search(text, opening.end())
    if closing is None:
        return None
    return opening.end(), closing.start(), closing.end()


def _read_front_matter(builder: DocumentBuilder, text: str, start: int, end: int) -> None:
    """Title, description, summary and subtitle strings become blocks; the rest is skipped."""
    try:
        node = yaml.compose(text[start:end], Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return
    if not isinstance(node, yaml.MappingNode):
        return
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode) or not isinstance(value, yaml.ScalarNode):
            continue
        kind = FRONT_MATTER_KEYS.get(key.value)
        if kind is None or value.tag != _YAML_STR or not value.value.strip():
            continue
        builder.begin_block(kind, 0, start + value.start_mark.index)
        _scalar(builder, text, value, start)
        builder.end_block()


def _scalar(builder: DocumentBuilder, text: str, node: yaml.ScalarNode, base: int) -> None:
    """Align a YAML string's value with its source: quotes, escapes, folded lines, indentation."""
    p, end = base + node.start_mark.index, base + node.end_mark.index
    value, style = node.value, node.style
    if style in ('"', "'"):
        p, end = p + 1, end - 1
    elif style in ("|", ">"):
        header = _NEWLINE.search(text, p, end)
        if header is None:
            builder.add_mapped(value, p, end)
            return
        p, value = header.end(), value.rstrip("\n")
    i, n = 0, len(value)
    while i < n:
        ch = value[i]
        here = text[p] if p < end else ""
        if style == "'" and ch == "'" and text.startswith("''", p):
            builder.add_mapped(ch, p, p + 2)
            i, p = i + 1, p + 2
        elif here == ch:
            builder.add(ch, p)
            i, p = i + 1, p + 1
        elif ch.isspace() and here and here in _YAML_SPACE:
            i2, p2 = i, p
            while i2 < n and value[i2].isspace():
                i2 += 1
            while p2 < end and text[p2] in _YAML_SPACE:
                p2 += 1
            builder.add_mapped(value[i:i2], p, p2)
            i, p = i2, p2
        elif style == '"' and here == "\\":
            nxt = text[p + 1] if p + 1 < end else ""
            if nxt in ("\r", "\n"):  # an escaped line break: no character of its own
                p += 2
                while p < end and text[p] in _YAML_SPACE:
                    p += 1
                continue
            size = {"x": 4, "u": 6, "U": 10}.get(nxt, 2)
            builder.add_mapped(ch, p, min(p + size, end))
            i, p = i + 1, p + size
        elif here and here in " \t":  # indentation before a value character
            p += 1
        else:  # cannot align: map what is left onto what is left
            builder.add_mapped(value[i:], min(p, end), end)
            return
