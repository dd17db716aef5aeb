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
        for prev, tok in zip(tokens, tokens[1:], strict=False):
            a, b = prev.text, tok.text
            same = a.lower() == b.lower() if self.ignorecase else a == b
            if not same or not a[0].isalpha() or a.lower() in self.exceptions:
                continue
            gap = prose[prev.span.end : tok.span.start]
            if gap.strip() or "\n\n" in gap:
                continue  # punctuation between them ("no, no") or a new block
            span = Span(prev.span.start, tok.span.end)
            message = self.message.format(match=a, word=a)
            yield suggest(span, message, a, edit=Edit(Span(prev.span.end, tok.span.end), ""))
