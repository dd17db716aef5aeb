"""The Document: a plain-text view of the prose with an exact map back to the source.

Readers build a Document through :class:`DocumentBuilder`. Rules read ``prose`` and the
segmentation (blocks, sentences, tokens, quotes, masks), which is computed once and cached;
analyses that several rules share are kept with the document through :meth:`Document.memo`.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any, TypeVar, overload

from copylint import matching, segment
from copylint.diagnostic import Finding, Span
from copylint.frozen import compared

T = TypeVar("T")


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Block:
    """A paragraph-like unit of prose: a paragraph, heading, list item, cell, title..."""

    kind: str
    span: Span
    level: int = 0


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Sentence:
    """A sentence: its prose span and the block it is in."""

    span: Span
    block: int  # index into Document.blocks


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Token:
    """A word token: letters/digits with inner apostrophes, hyphens, periods (U.S.)."""

    span: Span
    text: str


class Tokens(Sequence[Token]):
    """The word tokens of a document, stored compactly: their start and end offsets in two
    parallel integer arrays (4 or 8 bytes a token, where a tuple of :class:`Token` objects took
    about 200). A :class:`Token` (and its text, sliced from the prose) is made when asked for;
    code that walks every token reads ``starts``, ``ends`` and :meth:`text` instead."""

    __slots__ = ("_prose", "ends", "starts")

    def __init__(self, prose: str, starts: array[int], ends: array[int]) -> None:
        self._prose = prose
        #: Prose offsets where the tokens start and end (end exclusive), in document order.
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> Tokens: ...

    def __getitem__(self, i: int | slice) -> Token | Tokens:
        if isinstance(i, slice):
            return Tokens(self._prose, self.starts[i], self.ends[i])
        s, e = self.starts[i], self.ends[i]
        return Token(Span(s, e), self._prose[s:e])

    def __iter__(self) -> Iterator[Token]:
        prose = self._prose
        for s, e in zip(self.starts, self.ends, strict=True):
            yield Token(Span(s, e), prose[s:e])

    def text(self, i: int) -> str:
        """The text of token ``i``."""
        return self._prose[self.starts[i] : self.ends[i]]


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Mask:
    """Prose that is never reported on: code, URLs, e-mail addresses, tags."""

    kind: str
    span: Span


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class _Run:
    """A stretch of prose [prose_start, prose_start+prose_len) from source [src_start, +src_len).

    When both lengths are equal the map is linear; otherwise (an entity, collapsed whitespace,
    a synthetic separator) the whole run maps onto the whole source stretch.
    """

    prose_start: int
    src_start: int
    prose_len: int
    src_len: int


_LINE_BREAK = matching.later(r"\r\n?|\n")


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Window:
    """A stretch of whole blocks of a large document, as a Document of its own (see
    :meth:`Document.windows`): ``doc.prose`` is the parent's prose from ``offset`` on, and the
    window answers for the findings that start in ``[start, end)`` of the parent's prose."""

    doc: Document
    offset: int
    start: int
    end: int

    def place(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings this window answers for, with their spans moved to the parent's prose."""
        by, start, end = self.offset, self.start, self.end
        out = [f for f in findings if start <= f.span.start + by < end]
        return [_shifted(f, by) for f in out] if by else out


def _moved(span: Span, by: int) -> Span:
    return Span(span.start + by, span.end + by)


def _shifted(f: Finding, by: int) -> Finding:
    fix = f.fix
    if fix is not None:
        fix = replace(fix, edits=tuple(replace(e, span=_moved(e.span, by)) for e in fix.edits))
    return replace(f, span=_moved(f.span, by), fix=fix)


class Document:
    """Source text, prose view, offset map and shared segmentation of one file."""

    def __init__(
        self,
        path: str,
        source: str,
        prose: str,
        runs: list[_Run],
        blocks: tuple[Block, ...],
        masks: tuple[Mask, ...] = (),
        fmt: str = "text",
        directives: tuple[tuple[int, str], ...] = (),
        links: tuple[Span, ...] = (),
    ) -> None:
        self.path = path
        self.source = source
        self.prose = prose
        self.format = fmt
        self.blocks = blocks
        self._runs = runs
        self._run_starts = [r.prose_start for r in runs]
        self._base_masks = masks
        #: Suppression comments found by the reader: (source offset, comment body).
        self.directives = directives
        #: Prose spans of link texts (Markdown links, HTML <a href>): citations for claims.
        self.links = links
        self._memo: dict[tuple[Hashable, ...], Any] = {}

    def memo(self, build: Callable[..., T], *args: Hashable) -> T:
        """``build(self, *args)``, computed once per document and arguments and kept with it.

        For analyses several rules share (the words of each sentence, the sources of each claim):
        the first rule to ask builds it, the others reuse it, and it goes when the document goes.
        """
        key = (build, *args)
        try:
            return self._memo[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._memo[key] = build(self, *args)
            return value

    def forget(self) -> None:
        """Drop what :meth:`memo` holds (a window's analyses, once its rules are done)."""
        self._memo.clear()

    def cached(self, build: Callable[..., T], *args: Hashable) -> T | None:
        """What :meth:`memo` holds for ``build(self, *args)``, or None when nothing built it yet."""
        return self._memo.get((build, *args))

    # -- positions -----------------------------------------------------------------------
    def _run_at(self, offset: int) -> _Run:
        i = bisect_right(self._run_starts, offset) - 1
        return self._runs[max(i, 0)]

    def source_offset(self, offset: int) -> int:
        """Source offset of the prose character at ``offset`` (its first source character)."""
        if not self._runs:
            return 0
        run = self._run_at(offset)
        delta = offset - run.prose_start
        if run.prose_len == run.src_len:
            return run.src_start + min(delta, run.src_len)
        return run.src_start if delta <= 0 else run.src_start + run.src_len

    def source_end_offset(self, end: int) -> int:
        """Source offset just after the prose character at ``end - 1`` (exclusive end)."""
        if end <= 0 or not self._runs:
            return self.source_offset(end)
        run = self._run_at(end - 1)
        delta = end - run.prose_start
        if run.prose_len == run.src_len:
            return run.src_start + delta
        return run.src_start + run.src_len

    def is_verbatim(self, span: Span) -> bool:
        """Is the prose in ``span`` a verbatim copy of one stretch of the source (no markup,
        entity or collapsed whitespace inside)? An empty span must fall inside or at the edge of
        a verbatim stretch."""
        start, end = self.source_range(span)
        if span.end == span.start:
            run = self._run_at(span.start) if self._runs else None
            return run is not None and run.prose_len == run.src_len
        return end - start == len(span) and self.source[start:end] == self.prose[span.start : span.end]

    def source_range(self, span: Span) -> tuple[int, int]:
        start = self.source_offset(span.start)
        end = self.source_end_offset(span.end) if span.end > span.start else start
        return start, max(start, end)

    @cached_property
    def _line_starts(self) -> list[int]:
        """Offsets where lines start: after LF, CRLF or a lone CR (old Mac files end lines so)."""
        starts = [0]
        find = self.source.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        if "\r" in self.source:
            starts = [0, *(m.end() for m in _LINE_BREAK.finditer(self.source))]
        return starts

    def line_col(self, source_offset: int) -> tuple[int, int]:
        """1-based line and column (code points) of a source offset."""
        starts = self._line_starts
        i = bisect_right(starts, source_offset) - 1
        return i + 1, source_offset - starts[i] + 1

    def location(self, span: Span) -> tuple[int, int, int, int]:
        """(line, column, end_line, end_column) in the source for a prose span."""
        start, end = self.source_range(span)
        return (*self.line_col(start), *self.line_col(end))

    def text(self, span: Span) -> str:
        return self.prose[span.start : span.end]

    # -- segmentation (computed once) ----------------------------------------------------------
    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        return tuple(b.span for b in self.blocks)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        out: list[Sentence] = []
        for index, block in enumerate(self.blocks):
            for start, end in segment.split_sentences(self.prose, block.span.start, block.span.end):
                out.append(Sentence(Span(start, end), index))
        return tuple(out)

    @cached_property
    def tokens(self) -> Tokens:
        """The word tokens of every block, in order (see :class:`Tokens`)."""
        return Tokens(self.prose, *segment.word_bounds(self.prose, self.blocks))

    @cached_property
    def quotes(self) -> tuple[Span, ...]:
        """Spans of direct quotation, quote marks included."""
        out: list[Span] = []
        for block in self.blocks:
            out.extend(Span(s, e) for s, e in segment.quote_spans(self.prose, block.span.start, block.span.end))
        return tuple(out)

    @cached_property
    def masks(self) -> tuple[Mask, ...]:
        found = [Mask(kind, Span(s, e)) for kind, s, e in segment.auto_masks(self.prose)]
        return tuple(sorted((*self._base_masks, *found), key=lambda m: m.span.start))

    @cached_property
    def _mask_index(self) -> tuple[list[int], list[int]]:
        merged: list[list[int]] = []
        for m in self.masks:
            if merged and m.span.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], m.span.end)
            else:
                merged.append([m.span.start, m.span.end])
        return [m[0] for m in merged], [m[1] for m in merged]

    @cached_property
    def _quote_index(self) -> tuple[list[int], list[int]]:
        return [q.start for q in self.quotes], [q.end for q in self.quotes]

    @staticmethod
    def _hits(index: tuple[list[int], list[int]], span: Span) -> bool:
        """Does ``span`` (empty spans count as one character) touch a sorted, disjoint interval?"""
        starts, ends = index
        last = max(span.end, span.start + 1) - 1
        i = bisect_right(starts, last) - 1
        return i >= 0 and ends[i] > span.start

    def is_masked(self, span: Span) -> bool:
        """True when any part of ``span`` is code, a URL, an e-mail address or a tag."""
        return self._hits(self._mask_index, span)

    def in_quote(self, span: Span) -> bool:
        """True when any part of ``span`` lies inside a direct quotation."""
        return self._hits(self._quote_index, span)

    def block_of(self, offset: int) -> int | None:
        """Index of the block containing a prose offset, if any."""
        i = bisect_right(self._block_starts, offset) - 1
        if i >= 0 and offset < self.blocks[i].span.end:
            return i
        return None

    def sentence_index(self, offset: int) -> int | None:
        starts = self._sentence_starts
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].span.end:
            return i
        return None

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.span.start for b in self.blocks]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.span.start for s in self.sentences]

    @cached_property
    def word_count(self) -> int:
        return len(self.tokens)

    # -- windows ---------------------------------------------------------------------------------
    def windows(self, size: int, margin: int) -> Iterator[Window]:
        """The document as consecutive windows of whole blocks, each spanning at most ``size``
        characters of prose (or one block, when a block is longer), so that analyses which hold
        several objects per word (tagged sentences, token indexes) can be built and dropped one
        window at a time. Each window's prose carries ``margin`` characters of the text around
        it (context for rules that look around a match) but only its own blocks; its masks are the
        parent's (clipped), its offsets map to the same source. A document that fits in one
        window is yielded as itself."""
        blocks = self.blocks
        n = len(blocks)
        cuts = [0]
        while cuts[-1] < n:
            first = blocks[cuts[-1]].span.start
            j = cuts[-1] + 1
            while j < n and blocks[j].span.end - first <= size:
                j += 1
            cuts.append(j)
        if len(cuts) <= 2:
            yield Window(self, 0, 0, sys.maxsize)
            return
        masks = self.masks
        mask_starts = [m.span.start for m in masks]
        longest = max((len(m.span) for m in masks), default=0)
        for k in range(len(cuts) - 1):
            i, j = cuts[k], cuts[k + 1]
            lo, hi = blocks[i].span.start, blocks[j - 1].span.end
            a, b = max(0, lo - margin), min(len(self.prose), hi + margin)
            near = masks[bisect_left(mask_starts, a - longest) : bisect_left(mask_starts, b)]
            doc = self._window(a, b, blocks[i:j], near)
            yield Window(doc, a, 0 if i == 0 else lo, blocks[j].span.start if j < n else sys.maxsize)

    def _window(self, a: int, b: int, blocks: tuple[Block, ...], masks: tuple[Mask, ...]) -> Document:
        """A Document over ``prose[a:b]`` holding ``blocks``, the ``masks`` clipped to it and the
        parts of the offset map that cover it (all moved by ``-a``)."""
        runs = self._runs[max(bisect_right(self._run_starts, a) - 1, 0) : bisect_left(self._run_starts, b)]
        doc = Document(
            self.path,
            self.source,
            self.prose[a:b],
            [_Run(r.prose_start - a, r.src_start, r.prose_len, r.src_len) for r in runs],
            tuple(Block(x.kind, _moved(x.span, -a), x.level) for x in blocks),
            (),
            self.format,
            (),
            tuple(_moved(x, -a) for x in self.links if a <= x.start and x.end <= b),
        )
        clipped = [
            Mask(m.kind, Span(max(m.span.start, a) - a, min(m.span.end, b) - a))
            for m in masks
            if m.span.end > a and m.span.start < b
        ]
        doc.__dict__["masks"] = tuple(clipped)  # the parent's, not found again in the slice
        return doc


class DocumentBuilder:
    """Accumulates prose, the offset map, blocks and masks while a reader walks its source."""

    def __init__(self, path: str, source: str, fmt: str) -> None:
        self.path = path
        self.source = source
        self.format = fmt
        self._parts: list[str] = []
        self._runs: list[_Run] = []
        self._len = 0
        self._blocks: list[Block] = []
        self._masks: list[Mask] = []
        self._block: tuple[str, int, int, int] | None = None
        self._directives: list[tuple[int, str]] = []
        self._links: list[Span] = []
        self._link_start: int | None = None

    @property
    def length(self) -> int:
        return self._len

    def _push(self, text: str, src_start: int, src_len: int) -> None:
        if not text and not src_len:
            return
        last = self._runs[-1] if self._runs else None
        if (
            last is not None
            and len(text) == src_len
            and last.prose_len == last.src_len
            and last.prose_start + last.prose_len == self._len
            and last.src_start + last.src_len == src_start
        ):
            self._runs[-1] = _Run(last.prose_start, last.src_start, last.prose_len + len(text), last.src_len + src_len)
        else:
            self._runs.append(_Run(self._len, src_start, len(text), src_len))
        self._parts.append(text)
        self._len += len(text)

    def add(self, text: str, src_start: int) -> None:
        """Append prose copied verbatim from ``source[src_start:src_start+len(text)]``."""
        self._push(text, src_start, len(text))

    def add_source(self, src_start: int, src_end: int) -> None:
        self.add(self.source[src_start:src_end], src_start)

    def add_mapped(self, text: str, src_start: int, src_end: int) -> None:
        """Append prose that stands for a differently written source stretch (an entity...)."""
        if len(text) == src_end - src_start and self.source[src_start:src_end] == text:
            self.add(text, src_start)
        else:
            self._push(text, src_start, src_end - src_start)

    def add_synthetic(self, text: str, at_source: int) -> None:
        """Append prose with no source of its own (separators), anchored at ``at_source``."""
        if text:
            self._push(text, at_source, 0)

    def mask(self, kind: str, start: int, end: int) -> None:
        if end > start:
            self._masks.append(Mask(kind, Span(start, end)))

    def directive(self, src_offset: int, body: str) -> None:
        self._directives.append((src_offset, body))

    def begin_link(self) -> None:
        self._link_start = self._len

    def end_link(self) -> None:
        if self._link_start is not None and self._len > self._link_start:
            self._links.append(Span(self._link_start, self._len))
        self._link_start = None

    def begin_block(self, kind: str, level: int = 0, src_offset: int = 0) -> None:
        if self._block is not None:
            self.end_block()
        if self._blocks or self._len:
            self.add_synthetic("\n\n", src_offset)
        self._block = (kind, level, self._len, len(self._parts))

    def end_block(self) -> None:
        if self._block is None:
            return
        kind, level, start, part = self._block
        self._block = None
        # The block span leaves out surrounding whitespace (the prose keeps it).
        lead, end = segment.trim("".join(self._parts[part:]), 0, self._len - start)
        if end > lead:
            self._blocks.append(Block(kind, Span(start + lead, start + end), level))

    def build(self) -> Document:
        self.end_block()
        prose = "".join(self._parts)
        return Document(
            self.path,
            self.source,
            prose,
            self._runs,
            tuple(self._blocks),
            tuple(sorted(self._masks, key=lambda m: m.span.start)),
            self.format,
            tuple(self._directives),
            tuple(
                Span(*segment.trim(prose, span.start, span.end))
                for span in self._links
                if prose[span.start : span.end].strip()
            ),
        )
