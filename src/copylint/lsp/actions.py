"""Editor actions computed from copylint diagnostics, independent of the LSP library:
fixes and suggestions as text edits, the suppression comment for one line, hover text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from copylint.diagnostic import Diagnostic
from copylint.positions import TextIndex

#: How many suggestions are offered as separate actions.
MAX_SUGGESTIONS = 5

_LINE_DIRECTIVE = re.compile(r"<!--\s*copylint-disable-line\b(?P<rules>[^>]*?)\s*-->")


@dataclass(frozen=True)
class TextEdit:
    """Replace code points [start, end) of the document text with ``text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Action:
    title: str
    edits: tuple[TextEdit, ...]
    preferred: bool = False


def diagnostic_offsets(d: Diagnostic, index: TextIndex) -> tuple[int, int]:
    """Code point offsets of a diagnostic in the text it was computed from."""
    return index.offset(d.line, d.column), index.offset(d.end_line, d.end_column)


def fix_actions(d: Diagnostic, index: TextIndex) -> list[Action]:
    """The rule's own fix, then each suggestion as a replacement of the flagged text."""
    out: list[Action] = []
    start, end = diagnostic_offsets(d, index)
    flagged = index.text[start:end]
    offered: set[str] = set()
    if d.fix:
        edits = tuple(TextEdit(e.start, e.end, e.replacement) for e in d.fix)
        if len(edits) == 1:
            e = edits[0]
            title = (
                f"Replace '{index.text[e.start : e.end]}' with '{e.text}'"
                if e.text
                else f"Delete '{index.text[e.start : e.end]}'"
            )
            if (e.start, e.end) == (start, end):
                offered.add(e.text)
        else:
            title = f"Apply the fix for {d.rule}"
        out.append(Action(f"{title} ({d.rule})", edits, preferred=d.fix_safe))
    for suggestion in d.suggestions[:MAX_SUGGESTIONS]:
        if suggestion in offered or suggestion == flagged:
            continue
        offered.add(suggestion)
        out.append(Action(f"Replace '{flagged}' with '{suggestion}' ({d.rule})", (TextEdit(start, end, suggestion),)))
    return out


def disable_line_action(d: Diagnostic, index: TextIndex) -> Action:
    """Insert (or extend) ``<!-- copylint-disable-line RULE -->`` at the end of the diagnostic's line."""
    line = index.line_text(d.line - 1)
    line_start = index.offset(d.line, 1)
    existing = _LINE_DIRECTIVE.search(line)
    if existing:
        rules = existing.group("rules").split()
        if not rules or d.rule in rules:  # already covers every rule, or this one
            insert_at, text = line_start + existing.end(), ""
        else:
            insert_at, text = line_start + existing.end("rules"), f" {d.rule}"
    else:
        body = line.rstrip("\r")
        trimmed = body.rstrip()
        insert_at = line_start + len(trimmed)
        text = f"{' ' if trimmed else ''}<!-- copylint-disable-line {d.rule} -->"
    return Action(f"Disable {d.rule} for this line", (TextEdit(insert_at, insert_at, text),) if text else ())


def word_of(d: Diagnostic, index: TextIndex) -> str:
    start, end = diagnostic_offsets(d, index)
    return index.text[start:end]
