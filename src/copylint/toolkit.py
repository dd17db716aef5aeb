"""The rule toolkit: one way to do each thing every rule needs.

- :func:`suggest` builds a finding that offers replacements; the first one is its fix.
- :func:`match_case` writes a replacement in the original's capitals.
- :class:`Message` is a message template (``{name}`` placeholders, ``[...]`` optional parts),
  checked when a rule pack loads.
- ``Document.memo`` (in :mod:`copylint.document`) keeps an analysis that several rules share
  with the document it describes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from copylint.diagnostic import Edit, Finding, Fix, Severity, Span
from copylint.frozen import compared

__all__ = ["Message", "MessageError", "Part", "match_case", "suggest"]


def suggest(
    span: Span,
    message: str,
    *suggestions: str,
    safe: bool = False,
    edit: Edit | None = None,
    severity: Severity | None = None,
) -> Finding:
    """A finding on ``span`` offering ``suggestions``.

    Its fix writes the first suggestion over ``span``, or applies ``edit`` when the change is not
    that (deleting a doubled word, moving a mark). No suggestion and no edit: no fix. ``safe``
    fixes are applied by ``--fix``; the others need ``--unsafe-fixes``.
    """
    if edit is None and suggestions:
        edit = Edit(span, suggestions[0])
    fix = Fix((edit,), safe=safe) if edit is not None else None
    return Finding(span, message, suggestions, fix, severity)


def match_case(model: str, text: str, *, upper: bool = True, keep_capitals: bool = False) -> str:
    """``text`` in the capitals of ``model``, the words it replaces.

    A capitalised model capitalises the first letter ("Its" -> "It's"); with ``upper`` an
    all-capitals model of two or more characters gives all capitals ("THEIR" -> "THERE").
    With ``keep_capitals`` a ``text`` that has capitals of its own ("iPhone") is kept as written.
    """
    if keep_capitals and not text.islower():
        return text
    if upper and len(model) > 1 and model.isupper():
        return text.upper()
    if model[:1].isupper() and text[:1].islower():
        return text[:1].upper() + text[1:]
    return text


class MessageError(ValueError):
    """A message template that does not parse or names a placeholder its rule does not fill."""


_TOKEN = re.compile(r"\{\{|\}\}|\[\[|\]\]|\{[^{}\[\]]*\}|[{}\[\]]|[^{}\[\]]+")


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Part:
    """A stretch of a message: literal text and placeholders, maybe optional."""

    #: (text, is_placeholder) in order; a placeholder's text is its name.
    segments: tuple[tuple[str, bool], ...]
    optional: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(text for text, is_name in self.segments if is_name)

    def render(self, values: Mapping[str, str]) -> str:
        return "".join(values.get(text, "") if is_name else text for text, is_name in self.segments)


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Message:
    """A message template: ``{name}`` placeholders and ``[...]`` optional parts.

    An optional part is written only when every placeholder inside it has a value:
    ``"'{match}' is a cliché[; consider '{replacement}']."``. ``{{``, ``}}``, ``[[`` and ``]]``
    are literal braces and brackets. Whitespace inside values collapses to one space.
    """

    parts: tuple[Part, ...]

    @classmethod
    def parse(cls, template: str, names: Iterable[str]) -> Message:
        """Parse ``template``; every placeholder must be one of ``names`` (MessageError if not)."""
        known = frozenset(names)
        parts: list[Part] = []
        current: list[tuple[str, bool]] = []
        optional = False

        def close(now_optional: bool) -> None:
            nonlocal current
            if current:
                parts.append(Part(tuple(current), now_optional))
            current = []

        for token in _TOKEN.findall(template):
            if token in ("{{", "}}", "[[", "]]"):
                current.append((token[0], False))
            elif token == "[":
                if optional:
                    raise MessageError(f"nested '[' in message {template!r} (write '[[' for a literal bracket)")
                close(False)
                optional = True
            elif token == "]":
                if not optional:
                    raise MessageError(f"unmatched ']' in message {template!r} (write ']]' for a literal bracket)")
                if not any(is_name for _, is_name in current):
                    raise MessageError(f"optional part without a placeholder in message {template!r}")
                close(True)
                optional = False
            elif token in ("{", "}"):
                raise MessageError(f"unmatched {token!r} in message {template!r} (write '{token * 2}' for a literal)")
            elif token.startswith("{"):
                name = token[1:-1]
                if name not in known:
                    hint = " (write \"[; consider '{replacement}']\" instead)" if name == "suggestion" else ""
                    expected = ", ".join("{" + n + "}" for n in sorted(known)) or "none"
                    raise MessageError(f"unknown placeholder {token} in message {template!r}{hint}; known: {expected}")
                current.append((name, True))
            else:
                current.append((token, False))
        if optional:
            raise MessageError(f"unclosed '[' in message {template!r}")
        close(False)
        return cls(tuple(parts))

    @classmethod
    def literal(cls, text: str) -> Message:
        """A message with no placeholders (braces and brackets are kept as written)."""
        return cls((Part(((text, False),)),) if text else ())

    @property
    def placeholders(self) -> frozenset[str]:
        return frozenset(name for part in self.parts for name in part.names)

    def format(self, **values: str) -> str:
        """The message with ``values`` filled in (a missing value is empty)."""
        filled = {k: (" ".join(v.split()) if v.strip() else v) for k, v in values.items()}
        return "".join(
            part.render(filled) for part in self.parts if not part.optional or all(filled.get(n) for n in part.names)
        )
