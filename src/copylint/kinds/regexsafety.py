"""Refuse, when a user's pack loads, regular expressions whose cost is not linear in the copy.

Python's ``re`` backtracks. A pack's pattern is refused if it uses a construct only a
backtracking engine has (a backreference, a conditional group) or one of the shapes that make
backtracking blow up: an ambiguous repetition inside an unbounded one (``(a+)+``,
``(\\w*\\s?)*``, ``(a|aa)+``: exponential) and two unbounded repetitions of overlapping characters
with nothing required between them and something required after (``\\w+\\w*x``, ``.*.*=``:
polynomial). What passes still runs under the per-file time budget (:mod:`copylint.budget`).

The pattern is read by a small reader of ``re``'s public syntax (no private ``re`` module);
syntax it does not know is let through (the time budget still applies).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

INF = float("inf")
#: Characters the overlap tests try: ASCII, Latin-1 letters, typographic marks, a few scripts.
_SAMPLE = [chr(c) for c in range(0x20, 0x7F)] + list("\t\n\u00a0àéßñøüŁžΩДж中’‘“”–—…€£")


@dataclass(frozen=True)
class Node:
    kind: str  # "seq", "alt", "rep", "set" (one character), "zero" (zero width), "backref", "cond"
    items: tuple[Node, ...] = ()
    low: float = 0
    high: float = 0
    chars: frozenset[str] = frozenset()


class _Unknown(Exception):
    pass


_CLASS_ESCAPES: dict[str, Callable[[str], bool]] = {
    "d": str.isdigit,
    "D": lambda c: not c.isdigit(),
    "s": str.isspace,
    "S": lambda c: not c.isspace(),
    "w": lambda c: c.isalnum() or c == "_",
    "W": lambda c: not (c.isalnum() or c == "_"),
}
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}


class _Reader:
    def __init__(self, pattern: str, ignorecase: bool) -> None:
        self.p, self.i, self.ic = pattern, 0, ignorecase

    def peek(self, k: int = 0) -> str:
        j = self.i + k
        return self.p[j] if j < len(self.p) else ""

    def alternation(self) -> Node:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else Node("alt", tuple(branches))

    def sequence(self) -> Node:
        items = []
        while self.i < len(self.p) and self.peek() not in "|)":
            items.append(self.quantified(self.atom()))
        return Node("seq", tuple(items))

    def quantified(self, atom: Node) -> Node:
        c = self.peek()
        if c in ("*", "+", "?"):
            self.i += 1
            low, high = {"*": (0, INF), "+": (1, INF), "?": (0, 1)}[c]
        elif c == "{" and (m := re.match(r"\{(\d*)(,?)(\d*)\}", self.p[self.i :])):
            self.i += m.end()
            low = int(m.group(1) or 0)
            high = (int(m.group(3)) if m.group(3) else INF) if m.group(2) else low
        else:
            return atom
        if self.peek() in ("?", "+"):
            self.i += 1  # lazy or possessive: the same matches for this purpose
        return Node("rep", (atom,), low, high)

    def one(self, test: Callable[[str], bool]) -> Node:
        if self.ic:
            base = test
            test = lambda c: base(c) or base(c.lower()) or base(c.upper())  # noqa: E731
        return Node("set", chars=frozenset(c for c in _SAMPLE if test(c)))

    def atom(self) -> Node:
        c = self.peek()
        self.i += 1
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == ".":
            return self.one(lambda x: x != "\n")
        if c in "^$":
            return Node("zero")
        if c == "\\":
            return self.escape()
        if c in "*+?{":
            raise _Unknown
        return self.one(_equals(c))

    def escape(self) -> Node:
        c = self.peek()
        self.i += 1
        if c.isdigit() and c != "0":
            return Node("backref")
        if c in "bBAZ":
            return Node("zero")
        if c in _CLASS_ESCAPES:
            return self.one(_CLASS_ESCAPES[c])
        return self.one(_equals(self.literal(c)))

    def literal(self, c: str) -> str:
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        width = {"x": 2, "u": 4, "U": 8}.get(c)
        if width:
            digits = self.p[self.i : self.i + width]
            self.i += width
            return chr(int(digits, 16))
        if c == "0" or c == "N":
            raise _Unknown
        return c

    def group(self) -> Node:
        if self.peek() == "?":
            self.i += 1
            c = self.peek()
            if c == ":" or c == ">":
                self.i += 1
            elif c == "P" and self.peek(1) == "<":
                self.i = self.p.index(">", self.i) + 1
            elif c == "P" and self.peek(1) == "=":
                self.i = self.p.index(")", self.i) + 1
                return Node("backref")
            elif c == "(":
                return Node("cond")
            elif c in "=!" or (c == "<" and self.peek(1) in "=!"):
                self.i += 1 if c in "=!" else 2
                self.alternation()
                self.expect(")")
                return Node("zero")
            elif c == "#":
                self.i = self.p.index(")", self.i) + 1
                return Node("zero")
            else:  # inline flags "(?i)" or "(?i:...)"
                m = re.match(r"[aiLmsux]*(?:-[imsx]*)?([:)])", self.p[self.i :])
                if not m:
                    raise _Unknown
                if "i" in m.group(0).split("-")[0]:
                    self.ic = True
                self.i += m.end()
                if m.group(1) == ")":
                    return Node("zero")
        inner = self.alternation()
        self.expect(")")
        return inner

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            raise _Unknown
        self.i += 1

    def char_class(self) -> Node:
        negate = self.peek() == "^"
        if negate:
            self.i += 1
        tests: list[Callable[[str], bool]] = []
        first = True
        while True:
            c = self.peek()
            if not c:
                raise _Unknown
            self.i += 1
            if c == "]" and not first:
                break
            first = False
            if c == "\\":
                e = self.peek()
                self.i += 1
                if e in _CLASS_ESCAPES:
                    tests.append(_CLASS_ESCAPES[e])
                    continue
                c = self.literal(e)
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.i += 1
                hi = self.peek()
                self.i += 1
                if hi == "\\":
                    hi = self.literal(self.peek())
                    self.i += 1
                tests.append(_between(c, hi))
            else:
                tests.append(_equals(c))
        return self.one(lambda x: negate != any(t(x) for t in tests))


def _equals(lit: str) -> Callable[[str], bool]:
    return lambda x: x == lit


def _between(lo: str, hi: str) -> Callable[[str], bool]:
    return lambda x: lo <= x <= hi


def parse(pattern: str, flags: int = 0) -> Node | None:
    """The pattern as a tree, or None for syntax the reader does not know."""
    if flags & re.VERBOSE or pattern.startswith("(?x"):
        return None
    if "(?(" in pattern:
        return Node("cond")
    reader = _Reader(pattern, bool(flags & re.IGNORECASE))
    try:
        node = reader.alternation()
        return node if reader.i == len(pattern) else None
    except (_Unknown, ValueError, IndexError):
        return None


def problem(pattern: str, flags: int = 0) -> str | None:
    """Why ``pattern`` may not run on copy, or None when it may."""
    node = parse(pattern, flags)
    return _walk(node, inside=False) if node is not None else None


def _walk(node: Node, inside: bool) -> str | None:
    if node.kind == "backref":
        return "backreferences need a backtracking engine (time can grow exponentially)"
    if node.kind == "cond":
        return "conditional groups (?(...)...) need a backtracking engine"
    if node.kind == "rep":
        if node.high == INF and _ambiguous(node.items[0]):
            return "a repetition inside an unbounded repetition (like (a+)+) can take exponential time"
        return _walk(node.items[0], inside or node.high == INF)
    if node.kind == "alt":
        if inside and len({_width(b) for b in node.items}) > 1 and _overlapping_starts(node.items):
            return "alternatives of different lengths inside an unbounded repetition (like (a|aa)+) can take exponential time"
    for child in node.items:
        why = _walk(child, inside)
        if why:
            return why
    return _adjacent_overlap(node) if node.kind == "seq" else None


def _items(node: Node) -> list[Node]:
    return list(node.items) if node.kind == "seq" else [node]


def _ambiguous(body: Node) -> bool:
    """Can one iteration of an unbounded repeat split a text in several ways? So when the body
    holds a repetition of varying length and no required character that repetition cannot
    match (which pins each iteration down: "(?:very\\\\s+)+" is safe)."""
    if body.kind == "alt":
        return any(_ambiguous(b) for b in body.items)
    inner = _varying(body)
    if not inner:
        return False
    if None in inner:
        return True
    required = _required(_items(body))
    return not all(any(not (need & chars) for need in required) for chars in inner if chars is not None)


def _varying(node: Node) -> list[frozenset[str] | None]:
    out: list[frozenset[str] | None] = []
    if node.kind == "rep":
        body = node.items[0]
        if node.low != node.high:
            out.append(body.chars if body.kind == "set" else None)
    for child in node.items:
        out.extend(_varying(child))
    return out


def _required(items: list[Node]) -> list[frozenset[str]]:
    """Character sets every match of ``items`` must contain."""
    out: list[frozenset[str]] = []
    for node in items:
        if node.kind == "set":
            out.append(node.chars)
        elif node.kind == "rep" and node.low >= 1:
            out.extend(_required(_items(node.items[0])))
        elif node.kind == "seq":
            out.extend(_required(list(node.items)))
    return out


def _width(node: Node) -> tuple[float, float]:
    if node.kind == "set":
        return (1, 1)
    if node.kind == "rep":
        lo, hi = _width(node.items[0])
        return (lo * node.low, hi * node.high if hi else 0)
    if node.kind == "alt":
        widths = [_width(b) for b in node.items]
        return (min(w[0] for w in widths), max(w[1] for w in widths))
    if node.kind == "seq":
        widths = [_width(c) for c in node.items]
        return (sum(w[0] for w in widths), sum(w[1] for w in widths))
    return (0, 0)


def _first(node: Node) -> frozenset[str] | None:
    if node.kind == "set":
        return node.chars
    if node.kind == "rep" and node.low >= 1:
        return _first(node.items[0])
    if node.kind == "seq" and node.items:
        return _first(node.items[0])
    return None


def _overlapping_starts(branches: tuple[Node, ...]) -> bool:
    seen: set[str] = set()
    for branch in branches:
        first = _first(branch)
        if first is None or first & seen:
            return True
        seen |= first
    return False


def _adjacent_overlap(seq: Node) -> str | None:
    """Two unbounded repeats of overlapping single characters, only optional items between, and
    the second required or something required after them (so that the match can fail there)."""
    items = list(seq.items)
    open_sets: list[frozenset[str]] = []
    for index, node in enumerate(items):
        chars = node.items[0].chars if node.kind == "rep" and node.high == INF and node.items[0].kind == "set" else None
        if chars is not None:
            if any(chars & seen for seen in open_sets) and (node.low >= 1 or _required(items[index + 1 :])):
                return "two unbounded repetitions of the same characters in a row (like \\w+\\w*) take time per character squared"
            if node.low >= 1:
                open_sets = [seen for seen in open_sets if seen & chars]
            open_sets.append(chars)
        elif node.kind == "zero" or (node.kind == "rep" and node.low == 0):
            continue
        elif node.kind == "set":
            open_sets = [seen for seen in open_sets if seen & node.chars]
        else:
            open_sets = []
    return None
