"""repetition: the same word twice in a row ("the the"), across line breaks and markup.

``exceptions`` lists doubled words that can be grammatical ("had had", "that that").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from copylint.diagnostic import Edit, Finding, Span
from copylint.document import Document
from copylint.kinds.base import _strs, parse_common
from copylint.rule import Context, RuleMeta
from copylint.toolkit import Message, suggest


@dataclass(frozen=True)
class Repetition:
    meta: RuleMeta
    message: Message
    exceptions: frozenset[str]
    ignorecase: bool = True

    KEYS = frozenset({"exceptions"})
    PLACEHOLDERS = ("match", "word")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], family: str, source: str | None) -> Repetition:
        common = parse_common(data, family, source, set(cls.KEYS), cls.PLACEHOLDERS)
        exceptions = frozenset(w.lower() for w in _strs(data, "exceptions"))
        from dataclasses import replace

        return cls(replace(common.meta, fixable=True), common.message, exceptions, common.ignorecase)

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        prose = doc.prose
        tokens = doc.tokens
        a, a_start, a_end = "", 0, 0  # the token before (none yet)
        for b_start, b_end in zip(tokens.starts, tokens.ends, strict=True):
            b = prose[b_start:b_end]
            prev, prev_start, prev_end = a, a_start, a_end
            a, a_start, a_end = b, b_start, b_end
            if not prev:
                continue
            same = prev.lower() == b.lower() if self.ignorecase else prev == b
            if not same or not prev[0].isalpha() or prev.lower() in self.exceptions:
                continue
            gap = prose[prev_end:b_start]
            if gap.strip() or "\n\n" in gap:
                continue  # punctuation between them ("no, no") or a new block
            span = Span(prev_start, b_end)
            message = self.message.format(match=prev, word=prev)
            yield suggest(span, message, prev, edit=Edit(Span(prev_end, b_end), ""))
