"""occurrence: too many of a token in a scope (``token``, ``max``, ``scope``).

Reports once per scope that exceeds the limit, on the first occurrence over it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.kinds.base import KindError, parse_common
from copylint.rule import Context, RuleMeta
from copylint.toolkit import Message

#: What ``within`` counts over.
WITHIN = ("sentence", "paragraph", "document")


@dataclass(frozen=True)
class Occurrence:
    meta: RuleMeta
    message: Message
    regex: re.Pattern[str] = field(repr=False)
    max: int
    within: str
    #: Counts over the whole document: never checked a window at a time (see copylint.engine).
    document_wide: ClassVar[bool] = True

    KEYS = frozenset({"token", "max", "within"})
    PLACEHOLDERS = ("match", "count", "max")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], family: str, source: str | None) -> Occurrence:
        common = parse_common(data, family, source, set(cls.KEYS), cls.PLACEHOLDERS)
        token = data.get("token")
        if not isinstance(token, str) or not token:
            raise KindError("needs 'token': a regular expression")
        limit = data.get("max")
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 0:
            raise KindError("needs 'max': a non-negative integer")
        within = data.get("within", "paragraph")
        if within not in WITHIN:
            raise KindError(f"within must be one of {', '.join(WITHIN)}")
        try:
            regex = re.compile(token, re.IGNORECASE if common.ignorecase else 0)
        except re.error as exc:
            raise KindError(f"invalid token {token!r}: {exc}") from None
        return cls(common.meta, common.message, regex, limit, within)

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if self.within == "sentence":
            scopes = [(s.span.start, s.span.end) for s in doc.sentences]
        elif self.within == "paragraph":
            scopes = [(b.span.start, b.span.end) for b in doc.blocks]
        else:
            scopes = [(doc.blocks[0].span.start, doc.blocks[-1].span.end)] if doc.blocks else []
        for start, end in scopes:
            matches = [
                m
                for m in self.regex.finditer(doc.prose, start, end)
                if m.end() > m.start() and not doc.is_masked(Span(m.start(), m.end()))
            ]
            if len(matches) > self.max:
                m = matches[self.max]
                yield Finding(
                    Span(m.start(), m.end()),
                    self.message.format(match=m.group(0), count=str(len(matches)), max=str(self.max)),
                )
