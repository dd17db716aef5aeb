"""Refuse, when a pack loads, regular expressions whose cost is not linear in the copy.

Python's ``re`` backtracks. A pack's pattern is refused if it uses a construct only a
backtracking engine has (a backreference, a conditional group) or one of the shapes that make
backtracking blow up: a repetition nested in an unbounded repetition (``(a+)+``, ``(\\w*\\s?)*``:
exponential) and two unbounded repetitions of overlapping characters with nothing required
between them (``\\w+\\w*x``, ``.*.*=``: polynomial). What passes still runs under the per-file
time budget (:mod:`copylint.budget`).

The pattern is read with the standard library's own regex parser (``re._parser``, the module
``re.compile`` uses), so what is checked is exactly what runs.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())
_UNBOUNDED = C.MAXREPEAT
#: Characters the overlap test tries: ASCII, Latin-1 letters, typographic marks, a few scripts.
_SAMPLE = [chr(c) for c in range(0x20, 0x7F)] + list("\t\n\u00a0àéßñøüŁžΩДж中’‘“”–—…€£")
_CATEGORY_TEST = {
    C.CATEGORY_DIGIT: str.isdigit,
    C.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
    C.CATEGORY_SPACE: str.isspace,
    C.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    C.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    C.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}


def problem(pattern: str, flags: int = 0) -> str | None:
    """Why ``pattern`` may not run on copy, or None when it may. (It must already compile.)"""
    try:
        parsed = P.parse(pattern, flags)
    except re.error as exc:  # pragma: no cover - callers compile first
        return str(exc)
    ignorecase = bool(flags & re.IGNORECASE) or bool(parsed.state.flags & re.IGNORECASE)
    return _walk(list(parsed), ignorecase, inside_unbounded=False)


def _walk(items: list[tuple[Any, Any]], ic: bool, inside_unbounded: bool) -> str | None:
    for op, av in items:
        if op in (C.GROUPREF, getattr(C, "GROUPREF_IGNORE", None)):
            return "backreferences need a backtracking engine (time can grow exponentially)"
        if op is C.GROUPREF_EXISTS:
            return "conditional groups (?(...)...) need a backtracking engine"
        if op in _REPEATS:
            low, high, body = av
            body = list(body)
            if high == _UNBOUNDED and _ambiguous(body, ic):
                return "a repetition inside an unbounded repetition (like (a+)+) can take exponential time"
            why = _walk(body, ic, inside_unbounded or high == _UNBOUNDED)
            if why:
                return why
        elif op is C.SUBPATTERN:
            why = _walk(list(av[-1]), ic, inside_unbounded)
            if why:
                return why
        elif op is C.BRANCH:
            if inside_unbounded and len({_width(list(b)) for b in av[1]}) > 1 and _overlapping_starts(av[1], ic):
                return "alternatives of different lengths inside an unbounded repetition (like (a|aa)+) can take exponential time"
            for branch in av[1]:
                why = _walk(list(branch), ic, inside_unbounded)
                if why:
                    return why
        elif op in (C.ASSERT, C.ASSERT_NOT):
            why = _walk(list(av[1]), ic, inside_unbounded)
            if why:
                return why
        elif op is getattr(C, "ATOMIC_GROUP", None):
            why = _walk(list(av), ic, inside_unbounded)
            if why:
                return why
    return _adjacent_overlap(items, ic)


def _ambiguous(body: list[tuple[Any, Any]], ic: bool) -> bool:
    """Can one iteration of an unbounded repeat with this body split a text in several ways? So
    when the body holds a repetition of varying length and no required character that the
    repetition cannot match (which would pin each iteration down: "(?:very\\s+)+" is safe)."""
    if len(body) == 1 and body[0][0] is C.SUBPATTERN:
        body = list(body[0][1][-1])
    if len(body) == 1 and body[0][0] is C.BRANCH:  # each alternative on its own
        return any(_ambiguous(list(branch), ic) for branch in body[0][1][1])
    inner = _varying(body, ic)
    if not inner:
        return False
    required = _required(body, ic)
    return not all(any(not (need & chars) for need in required) for chars in inner if chars is not None) or None in inner


def _varying(items: list[tuple[Any, Any]], ic: bool) -> list[set[str] | None]:
    """Character sets of the variable-length repetitions in ``items`` (None: not one character)."""
    out: list[set[str] | None] = []
    for op, av in items:
        if op in _REPEATS:
            if av[0] != av[1]:
                body = list(av[2])
                out.append(_single_chars(*body[0], ic) if len(body) == 1 else None)
            out.extend(_varying(list(av[2]), ic))
        elif op is C.SUBPATTERN:
            out.extend(_varying(list(av[-1]), ic))
        elif op is C.BRANCH:
            for branch in av[1]:
                out.extend(_varying(list(branch), ic))
    return out


def _required(items: list[tuple[Any, Any]], ic: bool) -> list[set[str]]:
    """Character sets every match of ``items`` must contain (one-character items and repeats)."""
    out: list[set[str]] = []
    for op, av in items:
        single = _single_chars(op, av, ic)
        if single is not None:
            out.append(single)
        elif op in _REPEATS and av[0] >= 1:
            out.extend(_required(list(av[2]), ic))
        elif op is C.SUBPATTERN:
            out.extend(_required(list(av[-1]), ic))
    return out


def _overlapping_starts(branches: list[Any], ic: bool) -> bool:
    """Can two alternatives start with the same character (or is a start unknown)?"""
    seen: set[str] = set()
    for branch in branches:
        items = list(branch)
        while items and items[0][0] in _REPEATS and items[0][1][0] >= 1:
            items = list(items[0][1][2])  # "\\d+ ...": starts as its repeated part starts
        first = _single_chars(*items[0], ic) if items else None
        if first is None or first & seen:
            return True
        seen |= first
    return False


def _width(items: list[tuple[Any, Any]]) -> tuple[int, int]:
    state = P.State() if hasattr(P, "State") else P.Pattern()
    return tuple(P.SubPattern(state, items).getwidth())  # type: ignore[return-value]


def _adjacent_overlap(items: list[tuple[Any, Any]], ic: bool) -> str | None:
    """Two unbounded repeats of overlapping single characters, only optional items between and
    something required after them."""
    open_sets: list[set[str]] = []  # character sets of unbounded repeats still "reachable"
    for index, (op, av) in enumerate(items):
        chars = _repeat_chars(op, av, ic)
        if chars is not None:
            # Only harmful when something required comes after: a pattern that ends in
            # "\\s*.*" always succeeds once it gets there and never backtracks into the pair.
            if any(chars & seen for seen in open_sets) and _required(items[index + 1 :], ic):
                return "two unbounded repetitions of the same characters in a row (like \\w+\\w*) take time per character squared"
            if av[0] >= 1:  # required: separates the repeats that cannot match its characters
                open_sets = [seen for seen in open_sets if seen & chars]
            open_sets.append(chars)
            continue
        if op in _REPEATS and av[0] == 0:
            continue  # optional: does not separate
        if op is C.AT:
            continue  # zero width
        single = _single_chars(op, av, ic)
        if single is not None:
            # A required character separates only the repeats that cannot match it.
            open_sets = [s for s in open_sets if s & single]
            continue
        open_sets = []
    return None


def _repeat_chars(op: Any, av: Any, ic: bool) -> set[str] | None:
    if op not in _REPEATS or av[1] != _UNBOUNDED:
        return None
    body = list(av[2])
    if len(body) != 1:
        return None
    return _single_chars(*body[0], ic)


def _single_chars(op: Any, av: Any, ic: bool) -> set[str] | None:
    """The sample characters a one-character item matches, or None for other items."""
    if op is C.LITERAL:
        test = _literal(av, ic)
    elif op is C.NOT_LITERAL:
        lit = _literal(av, ic)
        test = lambda c: not lit(c)  # noqa: E731
    elif op is C.ANY:
        test = lambda c: c != "\n"  # noqa: E731
    elif op is C.IN:
        test = _in(list(av), ic)
    else:
        return None
    return {c for c in _SAMPLE if test(c)}


def _literal(code: int, ic: bool):  # type: ignore[no-untyped-def]
    ch = chr(code)
    return (lambda c: c.lower() == ch.lower()) if ic else (lambda c: c == ch)


def _in(items: list[tuple[Any, Any]], ic: bool):  # type: ignore[no-untyped-def]
    negate = bool(items) and items[0][0] is C.NEGATE
    tests = []
    for op, av in items:
        if op is C.LITERAL:
            tests.append(_literal(av, ic))
        elif op is C.RANGE:
            lo, hi = av
            tests.append(lambda c, lo=lo, hi=hi: lo <= ord(c) <= hi or (ic and (lo <= ord(c.lower()) <= hi or lo <= ord(c.upper()) <= hi)))
        elif op is C.CATEGORY:
            tests.append(_CATEGORY_TEST.get(av, lambda c: True))
    return lambda c: negate != any(t(c) for t in tests)
