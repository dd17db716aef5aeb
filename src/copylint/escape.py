"""Text from users (file names, config values, quoted copy) made safe for one line of output."""

from __future__ import annotations

import re

# Control characters (but tab), DEL, C1 controls, Unicode line/paragraph separators and the
# bidirectional overrides: a file name holding "\n::warning ..." must not start a GitHub
# workflow command, and an ANSI escape must not reach the terminal.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile("[\r\n\x85\u2028\u2029]+")


def one_line(text: str) -> str:
    """``text`` with every unsafe character written as a Python escape (``\\n``, ``\\x1b``)."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def flat(text: str) -> str:
    """A message on one line: line breaks (and the spaces around them) become one space, other
    unsafe characters are escaped."""
    if not _BREAKS.search(text):
        return one_line(text)
    # Split, then trim each piece: a pattern with "[ \t]*" around the breaks rescanned a long
    # run of spaces from each of its spaces (quadratic).
    pieces = _BREAKS.split(text)
    last = len(pieces) - 1
    joined = " ".join(
        (p if i == 0 else p.lstrip(" \t")) if i == last else (p.rstrip(" \t") if i == 0 else p.strip(" \t"))
        for i, p in enumerate(pieces)
    )
    return one_line(joined)
