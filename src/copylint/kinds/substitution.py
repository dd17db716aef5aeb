"""substitution: flag a phrase and suggest its replacement (``swap: {phrase: replacement}``).

A replacement may be empty (flag only). Matching keeps the case of the first letter, so
"At this point in time" suggests "Now". ``fix: safe`` makes the replacement a safe fix.
``exceptions`` and ``skip-titles`` work as in the existence kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from copylint import matching
from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.frozen import compared
from copylint.kinds.base import (
    KindError,
    is_title,
    parse_common,
    regions,
    skip_titles_option,
)
from copylint.kinds.existence import _excepted, _phrases_pattern, compile_exceptions, exception_matcher
from copylint.kinds.phrases import PhraseMatcher
from copylint.rule import Context, RuleMeta
from copylint.toolkit import Message, match_case, suggest


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Substitution:
    """A pack rule that reports a phrase and suggests the form to use instead."""

    meta: RuleMeta
    message: Message
    scope: tuple[str, ...]
    regex: re.Pattern[str] = field(repr=False)
    swap: Mapping[str, str] = field(repr=False)
    safe: bool = False
    exceptions: re.Pattern[str] | None = field(default=None, repr=False)
    skip_titles: bool = False
    #: The ``swap`` phrases, matched without the regex (see :mod:`copylint.kinds.phrases`).
    phrases: PhraseMatcher | None = field(default=None, repr=False, compare=False)
    exception_phrases: PhraseMatcher | None = field(default=None, repr=False, compare=False)

    KEYS = frozenset({"swap", "fix", "exceptions", "skip-titles"})
    PLACEHOLDERS = ("match", "replacement")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], family: str, source: str | None) -> Substitution:
        common = parse_common(data, family, source, set(cls.KEYS), cls.PLACEHOLDERS)
        swap = data.get("swap")
        if not isinstance(swap, dict) or not swap:
            raise KindError("needs 'swap': a mapping of phrase -> replacement")
        table: dict[str, str] = {}
        for key, value in swap.items():
            if not isinstance(key, str) or not (value is None or isinstance(value, str)):
                raise KindError(f"swap entries must map a phrase to a string, not {key!r}: {value!r}")
            table[_norm(key)] = value or ""
        fix = data.get("fix", "none")
        if fix not in ("none", "safe", "unsafe"):
            raise KindError("fix must be none, safe or unsafe")
        flags = re.IGNORECASE if common.ignorecase else 0
        regex = matching.deferred(partial(_phrases_pattern, tuple(swap)), flags)
        meta = replace(common.meta, fixable=fix != "none")
        exceptions = compile_exceptions(data, common)
        return cls(
            meta,
            common.message,
            common.scope,
            regex,
            table,
            fix == "safe",
            exceptions,
            skip_titles_option(data),
            PhraseMatcher(tuple(swap), common.ignorecase, lambda: regex),
            exception_matcher(data, common, exceptions),
        )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        prose = doc.prose
        for start, end in regions(doc, self.scope):
            spans = (
                self.phrases.finditer(prose, start, end)
                if self.phrases is not None
                else (m.span() for m in self.regex.finditer(prose, start, end))
            )
            for ms, me in spans:
                if self.exception_phrases and _excepted(self.exception_phrases, prose, ms, me, start, end):
                    continue
                found = prose[ms:me]
                if self.skip_titles and is_title(found):
                    continue
                replacement = self.swap.get(_norm(found))
                if replacement is None:
                    replacement = self.swap.get(_norm(found).lower(), "")
                replacement = match_case(found, replacement, upper=False)
                message = self.message.format(match=found, replacement=replacement)
                span = Span(ms, me)
                if replacement and self.meta.fixable:
                    yield suggest(span, message, replacement, safe=self.safe)
                else:
                    yield Finding(span, message, (replacement,) if replacement else ())


def _norm(phrase: str) -> str:
    return " ".join(phrase.replace("’", "'").replace("‐", "-").split())
