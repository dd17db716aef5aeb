"""Built-in pattern rules in a ready-made form, kept in the rule index.

A one-article check builds about 60 pattern rules from their pack mappings
(:meth:`copylint.kinds.pattern.PatternRule.from_mapping`: validating, parsing each token test,
working out the words each variant needs and its anchors), about 15 ms of its CPU. The rule index
is built from the built rules (:func:`copylint.registry.index_entries`), and is keyed on every
source file of the package and the packs (:mod:`copylint.ruleindex`), so it can keep each built
pattern rule as it was built, every field but its metadata (the index holds that already):
:func:`encode` writes it as plain values (marshal bytes), :func:`decode` makes the same objects
again without parsing or checking anything (``object.__new__`` and one ``__dict__`` update per
object, as :func:`copylint.frozen.made` does), the token tests' regexes compiled on first use as
the built-in packs' are (:func:`copylint.kinds.pattern._later`).

What the form cannot keep exactly (a value of another type, a regex that is not the pack's lazy
one) makes no ready form: that rule is built from its mapping, as before.
"""

from __future__ import annotations

import marshal
import re
import zlib
from dataclasses import fields
from typing import Any

from copylint import matching
from copylint.kinds.pattern import Anchor, PatternRule, Test, Variant, _later
from copylint.rule import RuleMeta
from copylint.toolkit import Message, Part

#: The classes a ready-made rule is made of; an object of one is written as a list (the form
#: holds no other list): its class's number here, then its fields' values in field order.
_CLASSES: tuple[type, ...] = (PatternRule, Variant, Test, Anchor, Message, Part)
_NUMBER = {cls: k for k, cls in enumerate(_CLASSES)}
_FIELDS = tuple(tuple(f.name for f in fields(cls)) for cls in _CLASSES)
#: A lazy regex is written as ``[_REGEX, pattern, flags as a number, whether they were a RegexFlag]``.
_REGEX = len(_CLASSES)
#: Written with each form and compared when it is read: a checksum of the classes' fields (the
#: index's key already changes with any source, so a mismatch is only a safeguard).
SIGNATURE = zlib.crc32(repr((1, _FIELDS)).encode("utf-8"))
_PLAIN = (str, int, bool, float, type(None))
_new = object.__new__


class _Unready(Exception):
    """A value the form cannot keep exactly."""


def encode(rule: Any) -> bytes | None:
    """The ready-made form of a built-in pattern rule as built, without its metadata; None for
    another kind of rule or a rule the form cannot keep exactly."""
    if type(rule) is not PatternRule:
        return None
    try:
        values = tuple(_encode(getattr(rule, name)) for name in _FIELDS[0][1:])
    except _Unready:
        return None
    return marshal.dumps((SIGNATURE, values))


def _encode(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple:
        out = tuple(_encode(v) for v in value)
        if out and type(out[0]) not in (list, tuple) and any(map(_made, out)):
            raise _Unready  # decode() looks at a tuple's first item to know whether to walk it
        return out
    if kind is frozenset:
        if all(type(v) in _PLAIN for v in value):
            return value
        raise _Unready
    number = _NUMBER.get(kind)
    if number is not None:
        return [number, *(_encode(getattr(value, name)) for name in _FIELDS[number])]
    if isinstance(value, re.Pattern):  # a lazy pattern says it is one
        pattern, flags = matching.source(value)
        if _later(pattern, flags) is not value:  # only the packs' shared lazy regexes
            raise _Unready
        return [_REGEX, pattern, int(flags), type(flags) is re.RegexFlag]
    raise _Unready


def _made(value: Any) -> bool:
    """Whether :func:`_decode` makes an object of this encoded value (it holds a list)."""
    kind = type(value)
    return kind is list or (kind is tuple and any(map(_made, value)))


def decode(blob: bytes, meta: RuleMeta) -> PatternRule | None:
    """The pattern rule of a ready-made form, with ``meta``; None when the form was written for
    other classes (then the rule is built from its mapping)."""
    signature, values = marshal.loads(blob)
    if signature != SIGNATURE:
        return None
    rule: Any = _new(PatternRule)
    rule.__dict__.update(zip(_FIELDS[0], (meta, *map(_decode, values)), strict=True))
    return rule  # type: ignore[no-any-return]


def _decode(value: Any) -> Any:
    """The object of an encoded value: a list is an object of :data:`_CLASSES` (or a lazy regex),
    a tuple whose first item is a list or a tuple is walked, anything else is itself."""
    kind = type(value)
    if kind is list:
        number = value[0]
        if number == _REGEX:
            return _later(value[1], re.RegexFlag(value[2]) if value[3] else value[2])
        cls = _CLASSES[number]
        args = [v if type(v) not in _WALKED else _decode(v) for v in value[1:]]
        if cls is Anchor:  # slots: no __dict__
            return cls(*args)
        obj = _new(cls)
        obj.__dict__.update(zip(_FIELDS[number], args, strict=True))
        return obj
    if kind is tuple and value and type(value[0]) in _WALKED:
        return tuple([v if type(v) not in _WALKED else _decode(v) for v in value])
    return value


_WALKED = (list, tuple)
