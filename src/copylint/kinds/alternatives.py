"""Faster equivalents of big regex alternations, for Python's backtracking ``re`` engine.

``re`` tries every alternative of ``a|b|c|...`` at every position of the text (each costs a
jump in the matcher), and with ``IGNORECASE`` it cannot skip ahead by a first character. For
a pack of hundreds of phrases and patterns that is most of the run time. :func:`union` builds a
pattern that matches exactly what ``"|".join(f"(?:{p})" for p in patterns)`` matches (same
leftmost-first choice between alternatives), but first looks at the character under the
cursor: only the alternatives that can start with it are tried, in their original order.
"""

from __future__ import annotations

import re
import unicodedata
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

#: Alternations shorter than this are left as they are (dispatching costs more than it saves).
MIN_ALTERNATIVES = 4
#: Keys per group in the two-level dispatch.
_GROUP = 6
#: Most copies of each alternative, on average, that the buckets may hold.
_MAX_COPIES = 2
#: Keys for the classes ``\\d`` and ``\\s`` (a first character any digit or space may be).
DIGIT, SPACE = "\\d", "\\s"
_CATEGORIES = {C.CATEGORY_DIGIT: DIGIT, C.CATEGORY_SPACE: SPACE}
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}


def union(patterns: list[str], flags: int = 0, parsed: list[Any] | None = None) -> str:
    """A pattern equivalent to ``(?:p1)|(?:p2)|...`` compiled with ``flags``.

    ``parsed``: the patterns already parsed with ``flags`` (:func:`parse`), to save the work.
    """
    plain = "|".join(f"(?:{p})" for p in patterns)
    if len(patterns) < MIN_ALTERNATIVES or flags & re.LOCALE:
        return plain
    if parsed is None:
        parsed = [_parse(p, flags) for p in patterns]
    if any(x is None or x.state.groups > 1 for x in parsed):
        return plain  # copies of a capturing group would renumber the groups
    firsts = [_keys(x, flags) for x in parsed]
    # Alternatives that all start at a word boundary: test that once, before anything else
    # (most positions are inside words).
    lead = r"\b" if all(x.data and x.data[0] == (C.AT, C.AT_BOUNDARY) for x in parsed) else ""
    keys = sorted({k for f in firsts if f is not None for k in f})
    if not keys or len(keys) > 64:
        return plain
    buckets = []
    for key in keys:
        members = [p for p, f in zip(patterns, firsts, strict=False) if f is None or _can_start(key, f)]
        buckets.append((key, members))
    wildcards = [p for p, f in zip(patterns, firsts, strict=False) if f is None]
    if sum(len(members) for _, members in buckets) > _MAX_COPIES * len(patterns):
        # Alternatives that start with many letters would be copied into many buckets (slow
        # to compile): only pass over the positions none of them can start at.
        return lead + (f"(?:{plain})" if wildcards else f"(?={_cls(keys)})(?:{plain})")
    groups = [buckets[i : i + _GROUP] for i in range(0, len(buckets), _GROUP)]
    parts = []
    for group in groups:
        inner = "|".join(f"(?={_cls([key])})(?:{_join(members)})" for key, members in group)
        parts.append(f"(?={_cls([key for key, _ in group])})(?:{inner})" if len(groups) > 1 else inner)
    out = "|".join(parts)
    if wildcards:
        out = f"(?:{out}|(?!{_cls(keys)})(?:{_join(wildcards)}))"
    else:
        out = f"(?={_cls(keys)})(?:{out})"
    return lead + out


def _join(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def guard(keys: str, pattern: str) -> str:
    """``pattern`` behind the lookahead ``(?=[keys])``, where ``keys`` is the body of a
    character class holding every character a match can start with (as :func:`first_chars`
    computes it; :func:`guard_holds` checks it). The matches are the same, but ``re`` passes
    over the positions where none can start with one test instead of trying every branch.
    Written out by hand so that importing a module costs no analysis."""
    return f"(?=[{keys}])(?:{pattern})"


_GUARDED = re.compile(r"\(\?=\[((?:\\.|[^\]\\])*)\]\)\(\?:(.*)\)", re.DOTALL)


def guard_holds(rx: re.Pattern[str]) -> bool | None:
    """For a pattern built with :func:`guard`: does its class admit every first character of
    the guarded pattern? None for other patterns."""
    m = _GUARDED.fullmatch(rx.pattern)
    if m is None:
        return None
    keys = first_chars(m.group(2), rx.flags)
    if keys is None:
        return False
    cls = re.compile(f"[{m.group(1)}]", rx.flags)
    for key in keys:
        if key in (DIGIT, SPACE):
            if key not in m.group(1):
                return False
        elif not cls.fullmatch(key):
            return False
    return True


def by_first_letter(pattern: str) -> str:
    """``pattern`` with the alternatives of its leading ``\\b(?:a|b|...)`` group gathered by
    first letter ("\\b(?:rise|rose|fell)" -> "\\b(?:r(?:ise|ose)|f(?:ell))"): ``re`` then tries
    one branch per letter, not one per word. Only alternatives that start with a plain
    lower-case letter are gathered, each run of them between other alternatives on its own and
    in its original order, so the first match at every position is the same. Any other shape
    is returned unchanged."""
    head = "\\b(?:"
    if not pattern.startswith(head):
        return pattern
    end = _group_end(pattern, len(head) - 3)
    if end < 0:
        return pattern
    return head + grouped(pattern[len(head) : end]) + pattern[end:]


def grouped(alternatives: str) -> str:
    """The ``|``-separated ``alternatives`` (the inside of a group) gathered by first letter as
    :func:`by_first_letter` does; unchanged if they hold a capturing group. Valid wherever the
    group stands: at any position the alternatives that can match are tried in the same order."""
    parts = _split_top(alternatives)
    if parts is None:
        return alternatives
    out: list[str] = []
    run: dict[str, list[str]] = {}

    def flush() -> None:
        out.extend(f"{first}(?:{'|'.join(rests)})" if len(rests) > 1 else first + rests[0] for first, rests in run.items())
        run.clear()

    for part in parts:
        if part[:1].islower() and part[:1].isascii() and part[1:2] not in ("?", "*", "+", "{"):
            run.setdefault(part[0], []).append(part[1:])
        else:
            flush()
            out.append(part)
    flush()
    return "|".join(out)


def _group_end(pattern: str, start: int) -> int:
    """Index of the ")" closing the group opened at ``pattern[start]`` ("("), or -1."""
    depth = 0
    i = start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            if i < 0:
                return -1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _class_end(pattern: str, i: int) -> int:
    """Index of the "]" closing the character class opened at ``pattern[i]``, or -1."""
    j = i + 1
    if pattern[j : j + 1] == "^":
        j += 1
    if pattern[j : j + 1] == "]":
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "]":
            return j
        j += 1
    return -1


def _split_top(body: str) -> list[str] | None:
    """``body`` split at the "|" that are not inside a group or a class; None when it holds a
    capturing group (moving it would renumber the groups) or cannot be read."""
    parts: list[str] = []
    depth = 0
    last = i = 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(body, i)
            if i < 0:
                return None
        elif c == "(":
            if body[i + 1 : i + 2] != "?" or body[i + 1 : i + 4] in ("?P<", "?P="):
                return None
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(body[last:i])
            last = i + 1
        i += 1
    parts.append(body[last:])
    return parts


def _can_start(key: str, firsts: frozenset[str]) -> bool:
    """Can a match starting with one of ``firsts`` start with a character ``key`` matches?"""
    if key in firsts:
        return True
    if key == DIGIT:
        return any(len(k) == 1 and unicodedata.category(k) == "Nd" for k in firsts)
    if key == SPACE:
        return any(len(k) == 1 and k.isspace() for k in firsts)
    return (DIGIT in firsts and unicodedata.category(key) == "Nd") or (SPACE in firsts and key.isspace())


def _cls(keys: list[str]) -> str:
    return "[" + "".join(_escape(k) for k in keys) + "]"


def _escape(key: str) -> str:
    return "\\" + key if key in "\\]^-[" else key


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can start with, as dispatch keys, or None.

    None when a match may be empty or start with a character class that is not a small set
    (``\\w``, ``\\d``, ``[^x]``) or with a cased character other than an ASCII letter. With
    ``IGNORECASE`` the ASCII letters are given in lower case (one key per letter: ``(?=a)``
    matches what ``a`` matches, both ways of writing it).
    """
    parsed = _parse(pattern, flags)
    return None if parsed is None else _keys(parsed, flags)


def parse(pattern: str, flags: int = 0) -> Any:
    """``re``'s parse tree of ``pattern`` (raises ``re.error`` as ``re.compile`` would)."""
    return P.parse(pattern, flags)


def _parse(pattern: str, flags: int) -> Any:
    try:
        return P.parse(pattern, flags)
    except re.error:
        return None


def _keys(parsed: Any, flags: int) -> frozenset[str] | None:
    if parsed.getwidth()[0] == 0:
        return None
    found, nullable = _first(parsed.data)
    if found is None or nullable:
        return None
    ignorecase = bool(flags & re.IGNORECASE)
    keys: set[str] = set()
    for code in found:
        if isinstance(code, str):
            keys.add(code)
            continue
        ch = chr(code)
        if ch.isascii():
            keys.add(ch.lower() if ignorecase else ch)
        elif not ignorecase or not _cased(ch):
            keys.add(ch)
        else:
            return None
    return frozenset(keys)


def _cased(ch: str) -> bool:
    return ch.lower() != ch or ch.upper() != ch or unicodedata.category(ch).startswith("L")


def _first(items: Any) -> tuple[set[int | str] | None, bool]:
    """The characters a match of a parsed sequence can start with (None: unknown), and whether
    it can match the empty string."""
    out: set[int | str] = set()
    for op, av in items:
        found, nullable = _first_item(op, av)
        if found is None:
            return None, False
        out |= found
        if not nullable:
            return out, False
    return out, True


def _first_item(op: Any, av: Any) -> tuple[set[int | str] | None, bool]:
    if op in _ZERO_WIDTH:
        return set(), True
    if op is C.LITERAL:
        return {av}, False
    if op is C.IN:
        out: set[int | str] = set()
        for o, a in av:
            if o is C.LITERAL:
                out.add(a)
            elif o is C.CATEGORY and a in _CATEGORIES:
                out.add(_CATEGORIES[a])
            elif o is C.RANGE and a[1] - a[0] < 64:
                out.update(range(a[0], a[1] + 1))
            else:
                return None, False
        return out, False
    if op is C.BRANCH:
        out = set()
        nullable = False
        for alt in av[1]:
            found, empty = _first(alt.data)
            if found is None:
                return None, False
            out |= found
            nullable = nullable or empty
        return out, nullable
    if op is C.SUBPATTERN:
        _, add, remove, sub = av
        if add or remove:
            return None, False
        return _first(sub.data)
    if op in _REPEATS:
        low, _, sub = av
        found, empty = _first(sub.data)
        return (None, False) if found is None else (found, empty or low == 0)
    return None, False
