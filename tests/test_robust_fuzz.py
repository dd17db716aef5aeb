"""Property-based fuzzing (hypothesis) of the whole pipeline on hostile copy: reading, every
default rule, positions and fixes. `bench/fuzz.py` runs the same properties longer.

Properties, for any text in Markdown, HTML or plain text:
1. linting finishes without a rule or reader crash;
2. every diagnostic's position lies inside the source, end after start, 1-based;
3. every message is one line (no CR, LF or other control character);
4. every fix edits only inside its diagnostic's span, and replaces prose copied verbatim from
   the source (so no markup character is ever deleted);
5. applying the safe fixes keeps every markup character ([ ] ( ) < > ` *) of the source.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copylint.api import Linter
from copylint.fix import fix_text

PIECES = [
    "The ",
    "minister ",
    "said ",
    "Mr ",
    "Mrs ",
    "Dr. ",
    "Aaaa",
    "aaaa",
    "1",
    "1.",
    "4,300",
    "45% ",
    "5 April ",
    "could  of ",
    "experts say ",
    "it is believed ",
    "was cancelled ",
    "programme ",
    "teh ",
    "Freinds ",
    "some ",
    "many ",
    '"',
    "“",
    "”",
    "'",
    "’",
    "!",
    "?",
    "…",
    ".",
    "...",
    ",",
    ";",
    ":",
    "-",
    "—",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    "[",
    "]",
    "(",
    ")",
    "](",
    "[x](http://a.b/c)",
    "<",
    ">",
    "<b>",
    "</b>",
    "<p>",
    "<div>",
    "<!--",
    "-->",
    "&amp;",
    "&#x27;",
    "`",
    "```\n",
    "*",
    "_",
    "#",
    "> ",
    "- ",
    "1. ",
    "http://",
    "www.",
    "a@b.co",
    "well-",
    "\u00a0",
    "\u200b",
    "é",
    "ß",
    "中",
    "\x00",
]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join) | st.text(max_size=200)
formats = st.sampled_from(["x.md", "x.html", "x.txt"])
LINTER = Linter()
MARKUP = re.compile(r"[\[\]()<>`*]")


def _lint(text: str, path: str):  # type: ignore[no-untyped-def]
    return LINTER.lint_text(text, path)  # raises RuntimeError if any rule crashed


def check_sound(text: str, path: str) -> None:
    """Properties 1-4."""
    text = text.replace("\x00", "")  # NUL is rejected as binary before the linter sees it
    diags = _lint(text, path)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for d in diags:
        assert 0 <= d.offset <= d.end_offset <= len(text)
        assert 1 <= d.line <= d.end_line <= len(lines)
        assert d.column >= 1 and d.end_column >= 1
        assert not re.search(r"[\x00-\x08\x0a-\x1f\x7f]", d.message), d.message
        for edit in d.fix or ():
            assert d.offset <= edit.start <= edit.end <= d.end_offset, (d, edit)
            assert not MARKUP.search(text[edit.start : edit.end]) or path.endswith(".txt"), (d, edit)


def check_markup(text: str, path: str) -> None:
    """Property 5."""
    text = text.replace("\x00", "")
    fixed, _ = fix_text(text, lambda t: _lint(t, path))
    assert sorted(MARKUP.findall(fixed)) == sorted(MARKUP.findall(text))


markup_formats = st.sampled_from(["x.md", "x.html"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, formats)
def test_lint_never_crashes_and_positions_messages_fixes_are_sound(text: str, path: str) -> None:
    check_sound(text, path)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, markup_formats)
def test_safe_fixes_keep_every_markup_character(text: str, path: str) -> None:
    check_markup(text, path)
