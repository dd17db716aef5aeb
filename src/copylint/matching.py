"""Multi-pattern matching: the one place that knows how to make many regexes fast.

Rule authors write plain regular expressions (``re`` syntax) and word lists; this module
computes what makes them cheap, from the public pattern syntax alone:

- :func:`compile` returns the ``re`` pattern behind a *computed* first-character guard
  (``(?=[abc])``: ``re`` passes over positions no match can start at with one test; with
  ``IGNORECASE`` or a leading ``\\b`` it cannot do that itself), with word alternations
  gathered by first letter (``\\b(?:rise|rose|fell)`` is tried as ``\\b(?:r(?:ise|ose)|f(?:ell))``).
  Matches are exactly those of ``re.compile(pattern, flags)``: same spans, groups and order.
- :func:`union` is ``(?:p1)|(?:p2)|...`` for a pack's pattern list, dispatched on the first
  character the same way.
- :func:`requirements` and :class:`Keywords` give each pattern the literal keywords every
  match must contain, so a rule skips documents its patterns cannot match; in a run over many
  files :class:`KeywordPass` finds a document's keywords in one Aho-Corasick pass (pyahocorasick).
  :func:`cased_requirements` gives a pattern compiled without ``IGNORECASE`` its keywords as
  written, to find in the text as written ("May" is not in "may", "Dr" is not in "drive").
- :class:`PhraseSet` finds whole-word phrases from a list (Aho-Corasick) for rules that
  need the set of phrases present.

Matching itself stays on Python's ``re``, so behaviour is exactly the documented ``re``
behaviour (``bench/matching_engines.py`` measures the alternatives: the ``regex`` module,
google-re2, hyperscan). No private ``re`` module is used and nothing is patched.

The reader below understands the syntax copylint's patterns use; anything else (verbose
mode, conditionals, unknown escapes) makes it answer "unknown", which only means no guard
and no prefilter for that pattern, never a different match.
"""

from __future__ import annotations

import marshal
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from threading import Lock
from typing import Any, Literal, cast, overload

from copylint.frozen import compared

#: Keys for ``\\d`` and ``\\s`` in a first-character set.
DIGIT, SPACE = "\\d", "\\s"
#: Characters that ``IGNORECASE`` matches to an ASCII letter but ``str.lower`` does not map to it.
_FOLD_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")
#: Keyword groups weaker than this (shortest keyword) or larger than this are not worth testing.
MIN_KEYWORD = 3
MAX_GROUP = 40
MAX_GROUPS = 2
#: First-character sets larger than this are not worth a guard.
MAX_KEYS = 64
#: Alternations shorter than this are left as they are by :func:`union`.
MIN_ALTERNATIVES = 4

Keywords = frozenset[str]
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_ZERO_WIDTH_ESCAPES = set("bBAZ")
_QUANT = re.compile(r"\{(\d*)(,?)(\d*)\}")
_PLAIN = re.compile(r"[^\\\[\](){}|.*+?^$#]+")


class _Unknown(Exception):
    """The reader met syntax it does not model: no analysis for this pattern."""


@compared
@dataclass(frozen=True, eq=False, repr=False)
class _Info:
    """What the reader knows about a piece of pattern."""

    first: frozenset[str] | None  # characters a match can start with (None: any)
    nullable: bool  # can match the empty string
    needs: tuple[Keywords, ...]  # keyword groups every match contains (lower case, or as written: _Reader.cased)
    text: str  # the piece, rewritten (word alternations gathered by first letter)
    literal: str | None = None  # the piece is these plain characters
    capturing: bool = False  # holds a capturing or named group
    bounded: bool = False  # every match starts with ``\\b`` (tested before anything else)
    #: strings one of which every match ends with (keywords as in ``needs``), or None: a
    #: following piece that must start with one of a few characters makes longer keywords
    #: ("Gen" before ``\\.?[ ]`` is "Gen." or "Gen ", not the "Gen" of "General")
    tail: Keywords | None = None
    #: keyword groups every match contains, made from ``tail``s and what follows them: kept apart
    #: from ``needs`` (they take the place of a group they imply, see :func:`_choose`)
    longer: tuple[Keywords, ...] = ()

    @staticmethod
    def empty(text: str = "") -> _Info:
        return _Info(frozenset(), True, (), text)


@dataclass(eq=False, repr=False)
class _Reader:
    """A recursive-descent reader of one pattern's text, from ``i`` on, working out what every
    match holds (:class:`_Info`). (Written here: without a docstring, ``dataclass`` writes one
    from the class's signature, which cost a run ``inspect.signature``; readers are never
    compared or printed, so no ``__eq__`` or ``__repr__`` is made for them.)"""

    src: str
    ignorecase: bool
    i: int = 0
    groups: int = field(default=0)
    #: Keep the keywords' case (a pattern without ``IGNORECASE``: a match holds them as written).
    cased: bool = False

    # -- alternation and sequence ---------------------------------------------------------
    def alternation(self) -> _Info:
        alts = [self.sequence()]
        while self.i < len(self.src) and self.src[self.i] == "|":
            self.i += 1
            alts.append(self.sequence())
        if len(alts) == 1:
            return alts[0]
        firsts = [a.first for a in alts]
        first = None if any(f is None for f in firsts) else frozenset().union(*firsts)  # type: ignore[arg-type]
        needs: tuple[Keywords, ...] = ()
        if all(a.needs for a in alts):
            union = set().union(*(max(a.needs, key=_score) for a in alts))
            if len(union) > MAX_GROUP:  # the longest keywords make too many: the fewest, then
                union = set().union(*(min(a.needs, key=len) for a in alts))
            if len(union) <= MAX_GROUP:
                needs = (_minimal(union),)
        tails = [a.tail for a in alts]
        tail = None if any(t is None for t in tails) else frozenset().union(*tails)  # type: ignore[arg-type]
        return _Info(
            first,
            any(a.nullable for a in alts),
            needs,
            _gather(alts),
            None,
            any(a.capturing for a in alts),
            all(a.bounded for a in alts),
            tail if tail is not None and len(tail) <= MAX_GROUP else None,
        )

    def sequence(self) -> _Info:
        items: list[_Info] = []
        src = self.src
        while self.i < len(src) and src[self.i] not in "|)":
            plain = _PLAIN.match(src, self.i)
            if plain is not None:
                # a run of plain characters, read at once (the last one may take a quantifier)
                end = plain.end()
                if end < len(src) and src[end] in "*+?{" and end - self.i > 1:
                    end -= 1
                if end - self.i > 1:
                    run = src[self.i : end]
                    self.i = end
                    items.append(_Info(self.key(run[0]), False, (), run, run))
                    continue
            items.append(self.quantified(self.atom()))
        first: set[str] | None = set()
        nullable = True
        for item in items:
            if item.first is None:
                first = None
                nullable = False
                break
            first = {*(first or ()), *item.first}
            if not item.nullable:
                nullable = False
                break
        groups: list[Keywords] = []
        longer: list[Keywords] = []
        run = ""
        cased = self.cased and not self.ignorecase
        tail: Keywords | None = None  # what every match of the items read so far ends with
        for at, item in enumerate(items):
            longer.extend(item.longer)
            if item.first == frozenset() and item.nullable:
                # matches only the empty string (an assertion): what came before still ends the
                # match, and a run of literals goes on after it ("1(?<!x1)2" holds "12")
                groups.extend(item.needs)
                continue
            chars = item.literal if item.literal is not None and item.literal.isascii() else None
            if tail is not None and not (chars is not None and run):
                # what ends the match so far, followed by what this item starts with
                extended = _followed(tail, items, at, cased)
                if extended is not None:
                    longer.append(extended)
            if chars is not None:
                run += chars if cased else chars.lower()
                tail = frozenset({run})
                continue
            if run:
                groups.append(frozenset({run}))
                run = ""
            groups.extend(item.needs)
            tail = item.tail
        if run:
            groups.append(frozenset({run}))
        text = "".join(item.text for item in items)
        literal = items[0].literal if len(items) == 1 else None
        return _Info(
            None if first is None else frozenset(first),
            nullable,
            tuple(groups),
            text,
            literal,
            any(item.capturing for item in items),
            bool(items) and items[0].bounded,
            tail,
            tuple(longer),
        )

    # -- atoms ------------------------------------------------------------------------------
    def atom(self) -> _Info:
        src, i = self.src, self.i
        c = src[i]
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == "\\":
            return self.escape()
        self.i += 1
        if c in "^$":
            return _Info.empty(c)
        if c == ".":
            return _Info(None, False, (), c)
        if c in "*+?":
            raise _Unknown("nothing to repeat")
        if c == "{" and _QUANT.match(src, i):
            raise _Unknown("nothing to repeat")
        return self.char(c, c)

    def char(self, ch: str, text: str) -> _Info:
        return _Info(self.key(ch), False, (), text, ch)

    def key(self, ch: str) -> frozenset[str] | None:
        if not self.ignorecase:
            return frozenset({ch})
        if ch.isascii():
            return frozenset({ch.lower()})
        if _cased(ch):
            return None
        return frozenset({ch})

    def escape(self) -> _Info:
        src = self.src
        if self.i + 1 >= len(src):
            raise _Unknown("trailing backslash")
        c = src[self.i + 1]
        start = self.i
        self.i += 2
        text = src[start : self.i]
        if c in _ZERO_WIDTH_ESCAPES:
            return _Info(frozenset(), True, (), text, bounded=c == "b")
        if c == "d":
            return _Info(frozenset({DIGIT}), False, (), text)
        if c == "s":
            return _Info(frozenset({SPACE}), False, (), text)
        if c in "wWDS":
            return _Info(None, False, (), text)
        if c.isdigit():
            raise _Unknown("backreference or octal escape")
        ch = self.escaped_char(c)
        return self.char(ch, self.src[start : self.i])

    def escaped_char(self, c: str) -> str:
        """The character of an escape whose letter ``c`` was just read (``\\n``, ``\\x41``, ``\\.``)."""
        if c in _ESCAPES:
            return _ESCAPES[c]
        width = {"x": 2, "u": 4, "U": 8}.get(c)
        if width:
            digits = self.src[self.i : self.i + width]
            if len(digits) != width or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise _Unknown("bad hex escape")
            self.i += width
            return chr(int(digits, 16))
        if c.isascii() and c.isalnum():
            raise _Unknown(f"escape \\{c}")
        return c

    def char_class(self) -> _Info:
        src = self.src
        start = self.i
        i = self.i + 1
        negated = src[i : i + 1] == "^"
        if negated:
            i += 1
        keys: set[str] | None = set()
        members = 0
        while True:
            if i >= len(src):
                raise _Unknown("unterminated class")
            c = src[i]
            if c == "]" and members:
                i += 1
                break
            members += 1
            lo: str | None
            if c == "\\":
                e = src[i + 1 : i + 2]
                i += 2
                if e == "d":
                    keys = None if keys is None else keys | {DIGIT}
                    continue
                if e == "s":
                    keys = None if keys is None else keys | {SPACE}
                    continue
                if e in ("w", "W", "D", "S") or e.isdigit():
                    keys = None
                    continue
                if e == "b":
                    lo = "\b"
                else:
                    self.i = i
                    lo = self.escaped_char(e)
                    i = self.i
            else:
                lo = c
                i += 1
            if src[i : i + 1] == "-" and src[i + 1 : i + 2] not in ("]", ""):
                hi_c = src[i + 1]
                i += 2
                if hi_c == "\\":
                    e = src[i : i + 1]
                    i += 1
                    if e in _ESCAPES or e in "xuU" or not (e.isascii() and e.isalnum()):
                        self.i = i
                        hi = self.escaped_char(e)
                        i = self.i
                    else:
                        raise _Unknown("class range")
                else:
                    hi = hi_c
                if ord(hi) - ord(lo) >= MAX_KEYS or keys is None:
                    keys = None
                    continue
                for code in range(ord(lo), ord(hi) + 1):
                    k = self.key(chr(code))
                    keys = None if k is None or keys is None else keys | k
                continue
            k = self.key(lo)
            keys = None if k is None or keys is None else keys | k
        self.i = i
        first = None if negated or keys is None else frozenset(keys)
        return _Info(first, False, (), src[start:i])

    def group(self) -> _Info:
        src = self.src
        start = self.i
        head = src[start : start + 4]
        capturing = False
        lookaround = None
        if head.startswith("(?:") or head.startswith("(?>"):
            self.i += 3
        elif head.startswith("(?P<"):
            end = src.find(">", start)
            if end < 0:
                raise _Unknown("bad group name")
            self.i = end + 1
            capturing = True
        elif head.startswith("(?P="):
            raise _Unknown("backreference")
        elif head.startswith("(?=") or head.startswith("(?!"):
            lookaround = head[2]
            self.i += 3
        elif head.startswith("(?<=") or head.startswith("(?<!"):
            lookaround = head[3]
            self.i += 4
        elif head.startswith("(?#"):
            end = src.find(")", start)
            if end < 0:
                raise _Unknown("unterminated comment")
            self.i = end + 1
            return _Info.empty(src[start : self.i])
        elif head.startswith("(?"):
            raise _Unknown("inline flags or conditional")
        else:
            self.i += 1
            capturing = True
        opener = src[start : self.i]
        inner = self.alternation()
        if self.i >= len(src) or src[self.i] != ")":
            raise _Unknown("unbalanced parenthesis")
        self.i += 1
        text = f"{opener}{inner.text})"
        if lookaround is not None:
            ahead = lookaround in "="
            return _Info(
                frozenset(),
                True,
                inner.needs if ahead else (),
                text,
                None,
                inner.capturing,
                longer=inner.longer if ahead else (),
            )
        literal = inner.literal if not capturing else None
        return _Info(
            inner.first,
            inner.nullable,
            inner.needs,
            text,
            literal,
            capturing or inner.capturing,
            inner.bounded and not capturing,
            inner.tail,
            inner.longer,
        )

    def quantified(self, atom: _Info) -> _Info:
        src, i = self.src, self.i
        if i >= len(src):
            return atom
        c = src[i]
        if c in "*+?":
            low = 0 if c in "*?" else 1
            i += 1
        elif c == "{":
            m = _QUANT.match(src, i)
            if m is None:
                return atom
            if not m.group(1) and not m.group(3):
                raise _Unknown("empty repeat")
            low = int(m.group(1) or 0)
            i = m.end()
        else:
            return atom
        if src[i : i + 1] in ("?", "+"):
            i += 1
        if src[i : i + 1] in ("*", "+", "?", "{"):
            if src[i] != "{" or _QUANT.match(src, i):
                raise _Unknown("multiple repeat")
        text = atom.text + src[self.i : i]
        self.i = i
        return _Info(
            atom.first,
            atom.nullable or low == 0,
            atom.needs if low else (),
            text,
            None,
            atom.capturing,
            tail=atom.tail if low else None,
            longer=atom.longer if low else (),
        )


#: Most characters a keyword is extended by (:func:`_followed`), and most keywords the longer group holds.
MAX_FOLLOWING = 4
MAX_EXTENDED = 64


def _followed(tail: Keywords, items: list[_Info], at: int, cased: bool) -> Keywords | None:
    """The keywords of ``tail`` (one of which ends what precedes ``items[at]``) each followed by
    a character the rest of the sequence, ``items[at:]``, must start with: a group every match
    contains too. None when that character is not one of a few known ones (``\\d``, ``\\s``, any
    character, a letter whose lower case is another, or nothing at all: the match may end there)."""
    following: set[str] = set()
    for item in items[at:]:
        if item.first is None:
            return None
        following.update(item.first)
        if not item.nullable:
            break
    else:
        return None  # the rest may match the empty string: the match may end after the tail
    if not following or len(following) > MAX_FOLLOWING or len(tail) * len(following) > MAX_EXTENDED:
        return None
    chars = []
    for key in following:
        if len(key) != 1:
            return None  # DIGIT or SPACE
        if not cased:
            if not key.isascii() and key.lower() + key.upper() != key + key:
                return None  # a non-ASCII letter: keep to characters whose case is plain
            key = key.lower()
        chars.append(key)
    return frozenset(word + ch for word in tail for ch in chars)


def _cased(ch: str) -> bool:
    return ch.lower() != ch or ch.upper() != ch or unicodedata.category(ch).startswith("L")


def _score(group: Keywords) -> tuple[int, int]:
    return (min(map(len, group)), -len(group))


def _minimal(words: set[str]) -> Keywords:
    """Drop keywords that contain another keyword of the group (finding the shorter suffices)."""
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def _gather(alts: list[_Info]) -> str:
    """The alternatives joined by ``|``, runs of those that start with a plain lower-case ASCII
    letter gathered by that letter ("rise|rose|fell" -> "r(?:ise|ose)|f(?:ell)").

    Two distinct ASCII lower-case letters never match the same character (with or without
    ``IGNORECASE``), so at any position only one letter's alternatives can match, tried in their
    original order: the same matches. Runs holding a capturing group are left alone (moving one
    would renumber the groups)."""
    out: list[str] = []
    run: dict[str, list[str]] = {}

    def flush() -> None:
        for first, rests in run.items():
            out.append(f"{first}(?:{'|'.join(rests)})" if len(rests) > 1 else first + rests[0])
        run.clear()

    if any(a.capturing for a in alts):
        return "|".join(a.text for a in alts)
    for alt in alts:
        head = alt.text[:1]
        if head.isascii() and head.islower() and alt.text[1:2] not in ("?", "*", "+", "{"):
            run.setdefault(head, []).append(alt.text[1:])
        else:
            flush()
            out.append(alt.text)
    flush()
    return "|".join(out)


#: Global inline flags at the start of a pattern ("(?i)").
_INLINE_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")


@lru_cache(maxsize=4096)
def _read(pattern: str, flags: int, cased: bool = False) -> _Info | None:
    """What the reader knows of ``pattern``; with ``cased``, keywords of a pattern without
    ``IGNORECASE`` as written (else lower case)."""
    if flags & (re.VERBOSE | re.LOCALE):
        return None
    m = _INLINE_FLAGS.match(pattern)
    body_start = 0
    if m:
        if set(m.group(1)) & set("xL"):
            return None
        if "i" in m.group(1):
            flags |= re.IGNORECASE
        body_start = m.end()
    reader = _Reader(pattern, bool(flags & re.IGNORECASE), body_start, cased=cased)
    try:
        info = reader.alternation()
    except (_Unknown, IndexError):
        return None
    if reader.i != len(pattern):
        return None  # an unbalanced ")": re will say so
    return replace(info, text=pattern[:body_start] + info.text)


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can start with, as keys (``DIGIT`` and ``SPACE``
    stand for ``\\d`` and ``\\s``; with ``IGNORECASE`` ASCII letters are given in lower case), or
    None when that is not a small known set or a match may be empty."""
    info = _read(pattern, flags)
    if info is None or info.first is None or info.nullable or not info.first:
        return None
    if len(info.first) > MAX_KEYS:
        return None
    return info.first


def requirements(pattern: str, flags: int = 0) -> tuple[Keywords, ...]:
    """Up to ``MAX_GROUPS`` keyword groups (lower case) such that every match of ``pattern``
    contains at least one keyword of each group, cheapest first; () when none is known."""
    return _analysis(pattern, flags)[1]


def cased_requirements(pattern: str, flags: int = 0) -> tuple[Keywords, ...]:
    """For a pattern compiled without ``IGNORECASE``: up to ``MAX_GROUPS`` keyword groups *as
    written* such that every match of ``pattern`` contains at least one keyword of each group
    exactly as written (test them against the text itself, not lower-cased), cheapest first; ()
    for a pattern with ``IGNORECASE`` or when none is known. A keyword with a capital letter
    counts from two characters ("Dr", "May"), others from ``MIN_KEYWORD``."""
    return _analysis(pattern, flags)[2]


def keyword_groups(pattern: str, flags: int = 0, shortest: int = MIN_KEYWORD) -> tuple[Keywords, ...]:
    """Every keyword group (lower case, keywords of at least ``shortest`` characters) known for
    ``pattern``, not only the cheapest :func:`requirements`; () when none is known. Computed
    anew (not stored): for the few patterns whose cheapest groups were not enough to rule a
    text out."""
    info = _read(pattern, flags)
    if info is None:
        return ()
    return tuple(g for g in info.needs if min(map(len, g)) >= shortest and len(g) <= MAX_GROUP)


def _requirements(pattern: str, flags: int) -> tuple[Keywords, ...]:
    info = _read(pattern, flags)
    if info is None:
        return ()
    groups = {g for g in info.needs if min(map(len, g)) >= MIN_KEYWORD and len(g) <= MAX_GROUP}
    return _choose(groups, {g for g in info.longer if min(map(len, g)) >= MIN_KEYWORD})


def _cheapest(group: Keywords) -> tuple[int, int, list[str]]:
    return (len(group), -min(map(len, group)), sorted(group))


def _implies(longer: Keywords, group: Keywords) -> bool:
    """Does a text holding a keyword of ``longer`` hold one of ``group`` ("Dr." holds "Dr")?"""
    return all(any(k in word for k in group) for word in longer)


def _choose(groups: set[Keywords], longer: set[Keywords]) -> tuple[Keywords, ...]:
    """Up to ``MAX_GROUPS`` of ``groups``, cheapest first, each replaced by a group of ``longer``
    that implies it (the keywords followed by what must follow them: "Gen." or "Gen " rather
    than the "Gen" of "General"); groups of ``longer`` fill the places left."""
    chosen = sorted(groups, key=_cheapest)[:MAX_GROUPS]
    wider = sorted((g for g in longer if len(g) <= MAX_EXTENDED), key=_cheapest)
    out = []
    for group in chosen:
        out.append(next((g for g in wider if _implies(g, group)), group))
    for g in wider:
        if len(out) >= MAX_GROUPS:
            break
        if g not in out and not any(_implies(o, g) or _implies(g, o) for o in out):
            out.append(g)
    return tuple(out)


#: A keyword with a capital letter is rare enough in copy from this length (tested as written).
MIN_CASED_KEYWORD = 2


def _strong(keyword: str) -> bool:
    """Is ``keyword`` (as written) worth testing: long enough, or shorter with a capital letter?"""
    return len(keyword) >= MIN_KEYWORD or (len(keyword) >= MIN_CASED_KEYWORD and keyword != keyword.lower())


def _cased_requirements(pattern: str, flags: int) -> tuple[Keywords, ...]:
    """See :func:`cased_requirements`."""
    inline = _INLINE_FLAGS.match(pattern)
    if flags & re.IGNORECASE or (inline is not None and "i" in inline.group(1)):
        return ()
    info = _read(pattern, flags, cased=True)
    if info is None:
        return ()
    groups = {g for g in info.needs if all(map(_strong, g)) and len(g) <= MAX_GROUP}
    return _choose(groups, {g for g in info.longer if all(map(_strong, g))})


def _cls(keys: Iterable[str]) -> str:
    return "[" + "".join(k if k in (DIGIT, SPACE) else _escape_key(k) for k in sorted(keys)) + "]"


def _escape_key(key: str) -> str:
    return "\\" + key if key in "\\]^-[" else key


def _starts_plain(pattern: str, flags: int) -> bool:
    """Does ``re`` already skip ahead by itself (case-sensitive, the pattern starts with a literal
    or a class rather than an assertion or a group)? A pattern that is an alternation at its top
    level does only when every alternative starts with a literal character: ``re`` skips ahead
    to the first characters of a ``BRANCH`` only then, so ``,,+|(?<!\\.)\\.\\.`` is tried at
    every position without the guard (twice as slow over news copy as with it)."""
    if flags & re.IGNORECASE:
        return False
    if "|" in pattern and not flags & re.VERBOSE:
        branches = _top_branches(pattern)
        if branches is not None:
            if len(branches) > 1:
                return all(_starts_literal(b) for b in branches)
            end = _top_branches(pattern[3:], group=True) if pattern.startswith("(?:") else None
            if end is not None:  # a group first: what it starts with, unless it is repeated
                return pattern[3 + end + 1 : 3 + end + 2] not in ("?", "*", "+", "{") and _starts_plain(
                    pattern[3 : 3 + end], flags
                )
    head = pattern
    while head.startswith("(?:"):
        head = head[3:]
    if head[:1] in ("(", "^", "$", ".", "|", ""):
        return False
    return not (head[:1] == "\\" and head[1:2] in ("b", "B", "A", "Z", "w", "W", "S"))


def _starts_literal(branch: str) -> bool:
    """Does ``branch`` start with one literal character that is always there (a plain character
    or an escaped non-alphanumeric one, not made optional by ``?``, ``*`` or ``{``)?"""
    if branch[:1] == "\\":
        if branch[1:2].isalnum() or not branch[1:2]:
            return False
        rest = branch[2:3]
    elif branch[:1] in ("(", "[", "^", "$", ".", "|", "", "*", "+", "?", "{", ")"):
        return False
    else:
        rest = branch[1:2]
    return rest not in ("?", "*", "{")


@overload
def _top_branches(pattern: str) -> list[str] | None: ...


@overload
def _top_branches(pattern: str, group: Literal[True]) -> int | None: ...


def _top_branches(pattern: str, group: bool = False) -> list[str] | int | None:
    """The alternatives of ``pattern`` at its top level (outside groups and classes), or None
    when its brackets do not balance as read here. With ``group``: ``pattern`` is the inside of
    a group and what follows it, and the answer is where the group's closing bracket is."""
    out: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1  # a "]" first in a class is the character itself
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            if i >= n:
                return None
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return i if group else None
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth or group:
        return None
    out.append(pattern[start:])
    return out


def optimise(pattern: str, flags: int = 0) -> str:
    """``pattern`` rewritten to match exactly the same, faster: word alternations gathered by
    first letter, and a computed first-character guard where ``re`` cannot skip ahead itself."""
    return _analysis(pattern, flags)[0]


def _optimise(pattern: str, flags: int) -> str:
    info = _read(pattern, flags)
    if info is None:
        return pattern
    text = info.text
    keys = first_chars(pattern, flags)
    if keys is None or _starts_plain(pattern, flags):
        return text
    return f"(?={_cls(keys)})(?:{text})"


_PATTERN_ATTRS = (
    "finditer",
    "search",
    "match",
    "fullmatch",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class _Lazy:
    """A pattern compiled (and analysed) on first use; then every attribute is the compiled
    pattern's own (bound methods are copied onto the instance: no indirection afterwards).
    The source may be a function that writes the pattern (a long phrase list's trie): then not
    even the pattern text is built until the first use."""

    def __init__(self, source: str | Callable[[], str], flags: int, analyse: bool = True) -> None:
        self._source = source
        self._flags = flags
        self._analyse = analyse

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # noqa: PLE0100 - a stand-in: isinstance(x, re.Pattern) holds, as for mock's spec objects
        return re.Pattern

    def __getattr__(self, name: str) -> Any:
        if name == "pattern":
            source = self._source
            self.pattern = source if isinstance(source, str) else source()
            return self.pattern
        if name not in _PATTERN_ATTRS:
            # Only a compiled pattern's own attributes compile it: probing (``hasattr(x, "meta")``
            # by a rule finder, ``copy``'s dunders) must not pay for a compilation.
            raise AttributeError(name)
        text = _for_this_run(self.pattern, self._flags) if self._analyse else self.pattern
        rx = re.compile(text, self._flags)
        for attr in _PATTERN_ATTRS:
            setattr(self, attr, getattr(rx, attr))
        return getattr(rx, name)

    def __repr__(self) -> str:
        source = self._source if isinstance(self._source, str) else getattr(self._source, "__name__", "<deferred>")
        return f"matching.compile({source!r}, {self._flags})"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    """``re.compile(pattern, flags)``, made faster by :func:`optimise` (identical matches) and
    compiled on first use, so that importing rules costs nothing for patterns a run never uses
    (a malformed pattern raises ``re.error`` at its first use)."""
    if flags & re.DEBUG:
        return re.compile(pattern, flags)
    return cast(re.Pattern[str], _Lazy(pattern, flags))


def later(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` on first use, as written (never analysed: for the small
    patterns that a rule holds many of and may never use, such as pattern rules' token tests)."""
    return cast(re.Pattern[str], _Lazy(pattern, flags, analyse=False))


#: Whether patterns are compiled in :func:`optimise`'s form (analysed first if the store does not
#: know them yet). The analysis is pure Python, and the optimised form takes longer to compile
#: (about 12% over a one-article run's patterns): both pay for themselves over many files, not on
#: one article, so a small run compiles every pattern as written (the same matches, see
#: :func:`optimise`) and a first run in a fresh container does not pay for the analysis. Runs
#: over many files turn it on.
_analyse_new = False


def analyse_new_patterns(on: bool = True) -> None:
    """Analyse (and keep in the user cache) every pattern compiled from now on in this process:
    for runs long enough that faster matching repays the analysis."""
    global _analyse_new
    _analyse_new = on


def analysing() -> bool:
    """Whether this run analyses new patterns (:func:`analyse_new_patterns`: a run over many files)."""
    return _analyse_new


def _for_this_run(pattern: str, flags: int) -> str:
    """The text to compile: :func:`optimise`'s in a run over many files, else ``pattern``."""
    return optimise(pattern, flags) if _analyse_new else pattern


def deferred(write: Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """Like :func:`compile`, for a pattern that ``write()`` builds on first use (its errors,
    ``re.error`` or the writer's own, are raised then)."""
    return cast(re.Pattern[str], _Lazy(write, flags))


#: The methods of :func:`gated`'s patterns that search their first argument (only the pieces
#: that text can hold are compiled); every other attribute is the whole pattern's.
_GATED_SEARCHES = ("finditer", "search", "match", "fullmatch", "findall")


def _may_capture(pattern: str) -> bool:
    """Might ``pattern`` hold a capturing group? (An unescaped ``(`` not followed by ``?``, or a
    named group or reference; a bracket in a character class counts too: never a false no.)"""
    if "(" not in pattern:
        return False
    if "(?P" in pattern:
        return True
    escaped = False
    for i, c in enumerate(pattern):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif c == "(" and pattern[i + 1 : i + 2] != "?":
            return True
    return False


class _Gated:
    """``prefix(?:a1|a2|...)suffix``, compiled with only the alternatives a text can match.

    An alternative whose keyword groups (:func:`requirements`: every match of it contains a
    keyword of each group) are missing from the whole text matches nowhere in it, at no
    position and from no starting point, so the pattern without it has exactly the same
    matches over that text (any ``pos``/``endpos``): the same leftmost-first choice between the
    alternatives left, in their order. The alternatives hold no capturing group, so the groups
    are the same too. With none left the pattern cannot match at all (the group is required).

    The alternatives compiled only grow (those a text needs are added to those compiled before,
    and past half of the whole the whole is compiled): a document's texts cost at most a few
    compilations, and a run over many files (see :func:`analyse_new_patterns`) compiles the
    whole pattern at once."""

    def __init__(self, alternatives: Sequence[str], flags: int, prefix: str, suffix: str) -> None:
        self._alts = tuple(alternatives)
        self._flags = flags
        self._prefix = prefix
        self._suffix = suffix
        self.pattern = self._text(range(len(self._alts)))  # as re.compile would be given it
        self._needs: tuple[tuple[Keywords, ...], ...] | None = None
        self._whole: re.Pattern[str] | None = None
        #: the alternatives compiled so far (indices, in order) and their pattern
        self._current: tuple[frozenset[int], re.Pattern[str]] | None = None
        for name in _GATED_SEARCHES:
            setattr(self, name, self._searcher(name))

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # noqa: PLE0100 - a stand-in, as for _Lazy
        return re.Pattern

    def _text(self, chosen: Sequence[int]) -> str:
        if not chosen:
            return "(?!)"  # no alternative can match: neither can the pattern (the group is required)
        alts = self._alts
        return f"{self._prefix}(?:{'|'.join(alts[i] for i in chosen)}){self._suffix}"

    def _searcher(self, name: str) -> Callable[..., Any]:
        def search(string: str, *args: Any, **kwargs: Any) -> Any:
            return getattr(self._for(string), name)(string, *args, **kwargs)

        search.__name__ = name
        return search

    def whole(self) -> re.Pattern[str]:
        """The whole pattern, compiled (as :func:`compile` would)."""
        rx = self._whole
        if rx is None:
            rx = self._whole = compile(self.pattern, self._flags)
        return rx

    def _for(self, string: str) -> re.Pattern[str]:
        if self._whole is not None or _analyse_new or not isinstance(string, str):
            return self.whole()
        needs = self._needs
        if needs is None:
            needs = self._needs = tuple(requirements(a, self._flags) for a in self._alts)
        low = lowered(string)
        if low is None:  # a case-folding trap: keyword tests are unsafe
            return self.whole()
        wanted = {i for i, groups in enumerate(needs) if not groups or holds_every_group(groups, low)}
        current = self._current
        if current is not None and wanted <= current[0]:
            return current[1]
        chosen = frozenset(wanted if current is None else wanted | current[0])
        if 2 * sum(len(self._alts[i]) for i in chosen) > len(self.pattern):
            return self.whole()
        rx = re.compile(self._text(sorted(chosen)), self._flags)
        self._current = (chosen, rx)
        return rx

    def __getattr__(self, name: str) -> Any:
        if name not in _PATTERN_ATTRS:
            raise AttributeError(name)
        return getattr(self.whole(), name)

    def __repr__(self) -> str:
        return f"matching.gated({self.pattern!r}, {self._flags})"


def gated(alternatives: Sequence[str], flags: int = 0, prefix: str = "", suffix: str = "") -> re.Pattern[str]:
    """``re.compile(prefix + "(?:" + "|".join(alternatives) + ")" + suffix, flags)``, whose
    searches (``finditer``, ``search``, ``match``, ``fullmatch``, ``findall``) compile only the
    alternatives the searched text holds the keywords of (the same matches: see
    :class:`_Gated`). For a long alternation that most texts need little of: one article then
    compiles only the pieces it can reach. No part may hold a capturing group, and ``suffix``
    may not repeat the group."""
    if not alternatives or suffix[:1] in ("*", "+", "?", "{"):
        raise ValueError("gated: the alternation must have alternatives and be required")
    if any(map(_may_capture, (prefix, suffix, *alternatives))):
        raise ValueError("gated: no part may hold a capturing group")
    if flags & re.DEBUG:
        return re.compile(prefix + "(?:" + "|".join(alternatives) + ")" + suffix, flags)
    return cast(re.Pattern[str], _Gated(alternatives, flags, prefix, suffix))


# -- analyses kept across runs -------------------------------------------------------------------
# The reader is pure Python; its answers (plain strings and keyword sets) are kept in the user
# cache, keyed by this module's own source and the Python version, and loaded once per process.

#: (pattern, flags) -> (optimised text, keyword groups in lower case, keyword groups as written).
_Analysis = tuple[str, tuple[Keywords, ...], tuple[Keywords, ...]]
#: The store read from the user cache: each analysis as marshal bytes, decoded when a run asks
#: for it (:func:`_stored`): the store keeps every run's patterns, and an article asks for a
#: few hundred of them (reading 1,300 analyses whole cost 2.5 ms, as bytes 0.5 ms). The store
#: made from the shipped analyses holds them decoded.
_store: dict[tuple[str, int], _Analysis | bytes] | None = None
#: Most analyses the store keeps across runs (a few thousand patterns exist).
MAX_STORED = 20_000
_added: dict[tuple[str, int], _Analysis] = {}
_used: set[tuple[str, int]] = set()
#: Whether the store is the shipped analyses, not read from the user cache (then it is written
#: there at exit, even when the run added nothing: the next run reads it without checking the
#: shipped file, whose check hashes ``matching.py``).
_unsaved = False


def _stored(key: tuple[str, int]) -> _Analysis | None:
    """The store's analysis of ``key`` (decoded, and kept decoded, when it is bytes)."""
    store = _load_store()
    hit = store.get(key)
    if type(hit) is bytes:
        hit = store[key] = marshal.loads(hit)
    return hit  # type: ignore[return-value]


def _load_store() -> dict[tuple[str, int], _Analysis | bytes]:
    global _store, _unsaved
    if _store is None:
        import atexit

        from copylint import diskcache

        found = diskcache.read_entry(*_store_path())
        if found is not None:
            _store = found[0]
        else:
            from copylint.shipped import analyses

            _store = dict(analyses())  # an empty user cache: the built-in rules' analyses, shipped
            _unsaved = bool(_store)
        if not isinstance(_store, dict):
            _store = {}
        atexit.register(_save_store)
    return _store


def _store_path() -> tuple[Any, str]:
    """The store's user-cache file and key: this ``matching.py`` (its size and modification
    time, as the rule index keys its sources) and this Python."""
    import sys

    from copylint import diskcache

    st = Path(__file__).stat()
    key = f"{st.st_size}-{st.st_mtime_ns}-{sys.version}"
    return diskcache.cache_path("matching", key), key


def _save_store() -> None:
    if not (_added or _unsaved) or _store is None:
        return
    from copylint import diskcache

    # Keep what was there plus what this run added (runs on other copy use other patterns: a
    # store of one run's patterns makes the next article analyse its own again); past
    # MAX_STORED, only what this run used and added: patterns that changed do not pile up.
    keep = dict(_store) if len(_store) + len(_added) <= MAX_STORED else {k: _store[k] for k in _used if k in _store}
    keep.update(_added)
    try:
        encoded = {k: v if type(v) is bytes else marshal.dumps(v) for k, v in keep.items()}
        diskcache.write_entry(*_store_path(), encoded)
    except ValueError:
        return


def _analysis(pattern: str, flags: int) -> _Analysis:
    key = (pattern, int(flags))
    hit = _added.get(key)
    if hit is None:
        hit = _stored(key)
        if hit is None:
            hit = _added[key] = (
                _optimise(pattern, flags),
                _requirements(pattern, flags),
                _cased_requirements(pattern, flags),
            )
        else:
            _used.add(key)
    return hit


def union(patterns: Sequence[str], flags: int = 0) -> str:
    """A pattern equivalent to ``(?:p1)|(?:p2)|...`` compiled with ``flags`` (same leftmost-first
    choice between the alternatives), that first looks at the character under the cursor: only
    the alternatives that can start with it are tried, in their original order."""
    key = ("\x00".join(patterns), int(flags) | _UNION)
    hit = _added.get(key)
    if hit is None:
        hit = _stored(key)
        if hit is None:
            hit = _added[key] = (_union(patterns, flags), (), ())
        else:
            _used.add(key)
    return hit[0]


def alternatives(patterns: Sequence[str], flags: int = 0) -> str:
    """``(?:p1)|(?:p2)|...``: as :func:`union` writes it in a run that analyses its patterns
    (many files: faster matching repays it), else as written, which compiles in about half the
    time (one article). The same matches either way."""
    if _analyse_new:
        return union(patterns, flags)
    return "|".join(f"(?:{p})" for p in patterns)


#: Marks the stored answers of :func:`union` (a flag bit ``re`` does not use).
_UNION = 1 << 40


def _union(patterns: Sequence[str], flags: int) -> str:
    plain = "|".join(f"(?:{p})" for p in patterns)
    if len(patterns) < MIN_ALTERNATIVES or flags & (re.LOCALE | re.VERBOSE):
        return plain
    infos = [_read(p, flags) for p in patterns]
    if any(x is None or x.capturing for x in infos):
        return plain  # copies of a capturing group would renumber the groups
    firsts = [first_chars(p, flags) for p in patterns]
    lead = r"\b" if all(x is not None and x.bounded for x in infos) else ""
    keys = sorted({k for f in firsts if f is not None for k in f})
    if not keys or len(keys) > MAX_KEYS:
        return plain
    wildcards = [p for p, f in zip(patterns, firsts, strict=False) if f is None]
    buckets = [
        (key, [p for p, f in zip(patterns, firsts, strict=False) if f is None or _can_start(key, f)]) for key in keys
    ]
    if sum(len(members) for _, members in buckets) > 2 * len(patterns):
        # Alternatives that start with many letters would be copied into many buckets (slow
        # to compile): only pass over the positions none of them can start at.
        return lead + (f"(?:{plain})" if wildcards else f"(?={_cls(keys)})(?:{plain})")
    per_group = 6
    groups = [buckets[i : i + per_group] for i in range(0, len(buckets), per_group)]
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


def _can_start(key: str, firsts: frozenset[str]) -> bool:
    """Can a match starting with one of ``firsts`` start with a character ``key`` matches?"""
    if key in firsts:
        return True
    if key == DIGIT:
        return any(len(k) == 1 and unicodedata.category(k) == "Nd" for k in firsts)
    if key == SPACE:
        return any(len(k) == 1 and k.isspace() for k in firsts)
    return (DIGIT in firsts and unicodedata.category(key) == "Nd") or (SPACE in firsts and key.isspace())


# -- keyword prefilters -------------------------------------------------------------------------


@lru_cache(maxsize=2)
def lowered(prose: str) -> str | None:
    """The prose lower-cased for keyword tests, or None when a case-folding trap makes the test unsafe."""
    if not prose.isascii() and any(ch in prose for ch in _FOLD_TRAPS):
        return None
    return prose.lower()


def source(rx: re.Pattern[str]) -> tuple[str, int]:
    """The text and flags ``rx`` was made from, read without compiling a pattern of
    :func:`compile`, :func:`later`, :func:`deferred` or :func:`gated` (a compiled pattern's flags
    also hold those its text sets inline and ``re.UNICODE``)."""
    obj: Any = rx
    if type(obj) is _Lazy or type(obj) is _Gated:
        return obj.pattern, obj._flags
    return rx.pattern, rx.flags


def may_match_within(rx: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """False only when no match of ``rx`` over ``text[start:end]`` (``rx.match(text, start, end)``
    and the like) can exist: a keyword group of the pattern is absent from that stretch. Never
    compiles a pattern (:func:`compile`'s are read as written; their analysis is kept, see
    :func:`requirements`); a pattern with a lookbehind that needs a keyword (which may lie before
    ``start``) is always a maybe."""
    pattern, flags = source(rx)
    if "(?<=" in pattern:
        return True
    return may_match(requirements(pattern, flags), text[start:end])


def may_match_text(rx: re.Pattern[str], text: str) -> bool:
    """``may_match(requirements(rx.pattern, rx.flags), text)``, and for a pattern without
    ``IGNORECASE`` its keywords as written in ``text`` as written (:func:`cased_requirements`):
    False only when ``rx`` cannot match anywhere in ``text``; a pattern of :func:`compile` or :func:`deferred` is not
    compiled for the test (a run whose copy rules it out never compiles it)."""
    pattern, flags = source(rx)
    return may_match(requirements(pattern, flags), text) and holds_every_group(cased_requirements(pattern, flags), text)


def may_match(needs: tuple[Keywords, ...], prose: str) -> bool:
    """False only when ``prose`` lacks every keyword of some group, so the regex cannot match."""
    if not needs:
        return True
    if _analyse_new and len(prose) >= LONG_TEXT:
        known = text_keywords(prose)
        return known is None or known.holds(needs)
    low = lowered(prose)
    return low is None or holds_every_group(needs, low)


class KeywordPass:
    """Keywords looked for in many long texts (whole documents), found in one Aho-Corasick pass
    (pyahocorasick) of each text once they are known. A failing ``keyword in text`` scans the
    whole text (about 1.3 us for a 3 kB article), and most of a document's keyword tests fail.

    :meth:`known` gives, for a text, each keyword met so far -> whether the text holds it: the
    answers of ``keyword in text`` (the automaton reports every occurrence, overlapping ones
    included). A keyword it does not give is the caller's to test with ``in``, and to
    :meth:`note`: once enough keywords are new, the next text's automaton has them too."""

    def __init__(self) -> None:
        #: (automaton, the keywords in it), replaced whole; None before the first build.
        self._built: tuple[Any, frozenset[str]] | None = None
        self._new: set[str] = set()
        self._lock = Lock()

    def note(self, keyword: str) -> None:
        """Tell of a keyword the caller tested itself (not given by :meth:`known`). Past
        :data:`MAX_PASS_KEYWORDS` keywords nothing more is noted (a long-lived process with many
        rule packs keeps a bounded automaton; the rest are tested with ``in``)."""
        if keyword and len(self._new) + (len(self._built[1]) if self._built else 0) < MAX_PASS_KEYWORDS:
            self._new.add(keyword)

    def known(self, text: str) -> dict[str, bool]:
        """Each keyword of the current automaton -> whether ``text`` holds it (as ``in`` answers);
        empty without pyahocorasick or before any keyword was noted."""
        if len(self._new) >= _NEW_KEYWORDS or (self._new and self._built is None):
            self._build()
        built = self._built
        if built is None:
            return {}
        automaton, keywords = built
        out = dict.fromkeys(keywords, False)
        for _, keyword in automaton.iter(text):
            out[keyword] = True
        return out

    def _build(self) -> None:
        try:
            import ahocorasick
        except ImportError:  # pragma: no cover - a declared dependency; without it, ``in`` tests
            self._new.clear()
            self.note = lambda keyword: None  # type: ignore[method-assign]  # nothing is noted again
            return
        with self._lock:
            new = set(self._new)
            old = self._built[1] if self._built is not None else frozenset()
            keywords = old | new
            automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
            for keyword in keywords:
                automaton.add_word(keyword, keyword)
            automaton.make_automaton()
            self._built = (automaton, keywords)
            self._new -= new


#: Most keywords a :class:`KeywordPass` holds (the built-in rules test about 600 over the news
#: corpus).
MAX_PASS_KEYWORDS = 20_000
#: A :class:`KeywordPass` builds its automaton again once this many keywords were noted since
#: (the first time: as soon as one was): a document's keywords are nearly all met in the first
#: documents, and one that stays out is still tested, with ``in``.
_NEW_KEYWORDS = 8


#: A text this long or longer (a document) is tested for many keywords in a run over many files
#: (:func:`text_keywords`); an Aho-Corasick pass costs about as much as 18 failing ``in`` tests.
LONG_TEXT = 1000


class TextKeywords:
    """The keyword tests of one long text (lower-cased): each keyword -> whether the text holds
    it, those met in earlier documents found in one pass (:class:`KeywordPass`), the others
    with ``in`` on first ask; every answer is ``keyword in low``'s, kept for the text."""

    __slots__ = ("known", "low")

    def __init__(self, low: str) -> None:
        self.low = low
        self.known = _DOCUMENT_KEYWORDS.known(low)

    def holds(self, needs: Iterable[Iterable[str]]) -> bool:
        """:func:`holds_every_group` of ``needs`` in this text."""
        known = self.known
        for group in needs:
            for keyword in group:
                hit = known.get(keyword)
                if hit is None:
                    hit = known[keyword] = keyword in self.low
                    _DOCUMENT_KEYWORDS.note(keyword)
                if hit:
                    break
            else:
                return False
        return True


def text_keywords(text: str) -> TextKeywords | None:
    """The keyword tests of ``text`` (the same object: a document's prose; a few texts are
    kept), or None when a case-folding trap makes keyword tests unsafe (see :func:`lowered`)."""
    got = _TEXTS.get(id(text))
    if got is not None and got[0] is text:
        return got[1]
    low = lowered(text)
    known = None if low is None else TextKeywords(low)
    if len(_TEXTS) >= 4:
        _TEXTS.clear()
    _TEXTS[id(text)] = (text, known)  # the text is held, so its id is not reused meanwhile
    return known


_DOCUMENT_KEYWORDS = KeywordPass()
#: id(text) -> (text, its keyword tests), for the last few texts.
_TEXTS: dict[int, tuple[str, TextKeywords | None]] = {}


def holds_every_group(needs: tuple[Keywords, ...], low: str) -> bool:
    """Does the lower-cased ``low`` hold a keyword of every group? (Loops, not generators: called
    for every pattern of every document.)"""
    for group in needs:
        for keyword in group:
            if keyword in low:
                break
        else:
            return False
    return True
