"""What every YAML kind shares: common keys, scopes, phrase compilation, message formatting."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from copylint import matching
from copylint.diagnostic import Severity
from copylint.document import Document
from copylint.frozen import compared
from copylint.rule import RuleMeta
from copylint.segment import trim
from copylint.toolkit import Message, MessageError

COMMON_KEYS = {
    "id",
    "kind",
    "severity",
    "summary",
    "explanation",
    "message",
    "source",
    "bad",
    "good",
    "tags",
    "ignorecase",
    "scope",
    "enabled",
    "skip-quotes",
    "example-config",
}
#: Where a rule looks: every block, only some block kinds, single lines, or whole blocks.
SCOPES = frozenset(
    {
        "text",
        "heading",
        "title",
        "description",
        "paragraph",
        "list-item",
        "blockquote",
        "table-cell",
        "caption",
        "line",
        "sentence",
    }
)


class KindError(ValueError):
    """A mistake in a rule mapping (the pack loader adds file and line)."""


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Common:
    """What every pack rule kind reads from its mapping besides its own keys."""

    meta: RuleMeta
    message: Message
    ignorecase: bool
    scope: tuple[str, ...]


def parse_common(
    data: Mapping[str, Any], family: str, pack_source: str | None, allowed: set[str], placeholders: Iterable[str]
) -> Common:
    """The keys every kind shares; ``placeholders`` are the names the kind fills in its message."""
    unknown = set(data) - COMMON_KEYS - allowed
    if unknown:
        raise KindError(f"unknown key(s) {', '.join(sorted(unknown))} for kind {data.get('kind')!r}")
    rule_id = _str(data, "id", required=True)
    if rule_id.split(".", 1)[0] != family:
        raise KindError(f"rule {rule_id!r} is not in the pack's family {family!r}")
    summary = _str(data, "summary", required=True)
    scope = data.get("scope", "text")
    scopes = tuple([scope] if isinstance(scope, str) else scope)
    bad = scopes and set(scopes) - SCOPES
    if bad:
        raise KindError(f"unknown scope(s) {', '.join(sorted(bad))} (known: {', '.join(sorted(SCOPES))})")
    tags = tuple(_strs(data, "tags"))
    skip_quotes = data.get("skip-quotes")
    if skip_quotes is not None and not isinstance(skip_quotes, bool):
        raise KindError("skip-quotes must be true or false")
    enabled = data.get("enabled", True)
    if not isinstance(enabled, bool):
        raise KindError("enabled must be true or false")
    example_config = data.get("example-config", {})
    if not isinstance(example_config, dict):
        raise KindError("example-config must be a mapping (the config the bad and good examples need)")
    try:
        meta = RuleMeta(
            id=rule_id,
            summary=summary,
            explanation=_str(data, "explanation") or summary,
            severity=Severity.parse(_str(data, "severity") or "warning"),
            fixable=False,
            source=_str(data, "source") or pack_source,
            bad=tuple(_strs(data, "bad")),
            good=tuple(_strs(data, "good")),
            tags=tags,
            skip_quotes=skip_quotes,
            enabled=enabled,
            example_config=MappingProxyType(example_config),
        )
    except ValueError as exc:
        raise KindError(str(exc)) from None
    ignorecase = data.get("ignorecase", True)
    if not isinstance(ignorecase, bool):
        raise KindError("ignorecase must be true or false")
    template = _str(data, "message")
    try:
        message = Message.parse(template, placeholders) if template else Message.literal(summary)
    except MessageError as exc:
        raise KindError(str(exc)) from None
    return Common(meta, message, ignorecase, scopes)


def _str(data: Mapping[str, Any], key: str, required: bool = False) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise KindError(f"missing required key {key!r}")
        return ""
    if not isinstance(value, str):
        raise KindError(f"{key} must be a string, not {value!r}")
    return value


def _strs(data: Mapping[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KindError(f"{key} must be a list of strings")
    return value


def regions(doc: Document, scopes: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """The prose stretches a rule with these scopes looks at."""
    if scopes == ("text",) or not scopes:
        for block in doc.blocks:
            yield block.span.start, block.span.end
        return
    for block in doc.blocks:
        if "text" in scopes or block.kind in scopes:
            yield block.span.start, block.span.end
        elif "line" in scopes:
            yield from _lines(doc.prose, block.span.start, block.span.end)
    if "sentence" in scopes:
        for sentence in doc.sentences:
            yield sentence.span.start, sentence.span.end


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        s, e = trim(text, pos, stop)
        if e > s:
            yield s, e
        pos = stop + 1


@cache
def _char(c: str) -> str:
    """One character of a phrase as a regex (kept per character: a phrase list has a few
    dozen distinct characters and tens of thousands of them)."""
    if c in "'’":
        return "['’]"
    if c in "-‐":
        return "[-‐]"
    if c in '"“”':
        return '["“”]'
    return re.escape(c)


def alternation(phrases: Iterable[str]) -> str:
    """One regex for many phrases, built as a trie so matching is one pass over the text."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for token in _tokens(phrase):
            node = node.setdefault(token, {})
        node[""] = {}
    return _trie_regex(trie)


def _tokens(phrase: str) -> list[str]:
    out: list[str] = []
    words = phrase.split()
    for i, word in enumerate(words):
        if i:
            out.append(r"\s+")
        out.extend(_char(c) for c in word)
    return out


def _trie_regex(node: dict[str, Any]) -> str:
    if "" in node and len(node) == 1:
        return ""
    alts = []
    optional = False
    for token in sorted(node):
        if token == "":
            optional = True
            continue
        alts.append(token + _trie_regex(node[token]))
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if optional:
        body = "(?:" + body + ")?" if len(alts) > 1 else f"(?:{body})?"
    return body


def bounded(pattern: str) -> str:
    """Wrap a pattern so it only matches whole words (when it starts/ends with a word char)."""
    return rf"(?<![\w'’-])(?:{pattern})(?![\w-]|['’]\w)"


_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or the to with".split())
_WORD = matching.later(r"[^\W\d_][\w'’-]*")


def is_title(text: str) -> bool:
    """Is a match written as the title of a work ("Sea Change", "Walking On Thin Ice")?

    Two or more words, each capitalised except small words, and not all capitals.
    """
    words = _WORD.findall(text)
    if len(words) < 2 or text.isupper():
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words) and sum(w[0].isupper() for w in words) >= 2


def skip_titles_option(data: Mapping[str, Any]) -> bool:
    value = data.get("skip-titles", False)
    if not isinstance(value, bool):
        raise KindError("skip-titles must be true or false")
    return value
