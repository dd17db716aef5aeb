"""A rule family as a declared thing: name, summary, typed options, quotation policy, priority,
rules and packs.

Each family package (``copylint/families/<name>/__init__.py``) and each plugin declares one
:class:`Family`. Options are a frozen dataclass whose field defaults are the only defaults; the
config loader validates ``<family>: {...}`` sections from the field types, rules read the typed
object with :meth:`copylint.rule.Context.options_for`, and the generated docs list them::

    @dataclass(frozen=True)
    class HouseOptions:
        max_words: int = option(30, "Longest sentence, in words.")

    FAMILY = Family("house", "House rules.", options=HouseOptions, rules=(long_sentence,))
"""

from __future__ import annotations

import importlib
import pkgutil
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import MISSING, Field, dataclass, field, fields, is_dataclass
from functools import cache
from types import MappingProxyType
from typing import Any, Literal, TypeVar, get_args, get_origin

from copylint.frozen import compared
from copylint.rule import Rule

T = TypeVar("T")

#: Priority of a family that declares none (and of undeclared families): it speaks last.
LAST = 1000


@compared
@dataclass(frozen=True, eq=False, repr=False)
class NoOptions:
    """The options of a family that has none."""


def option(default: Any, doc: str) -> Any:
    """A dataclass field for an option: its default and one line for the docs."""
    if isinstance(default, (list, dict, set)):
        raise TypeError("option defaults must be immutable (use a tuple or MappingProxyType)")
    if isinstance(default, Mapping):  # read-only, but unhashable: dataclasses want a factory
        return field(default_factory=lambda: default, metadata={"doc": doc})
    return field(default=default, metadata={"doc": doc})


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Family:
    """What a family is: everything the engine, the config loader and the docs need to know."""

    name: str
    summary: str
    #: The options dataclass (each field with a default); its section in a config is ``name``.
    options: type = NoOptions
    #: Drop findings inside direct quotations (a rule may say otherwise in its metadata).
    skip_quotes: bool = False
    #: Where rules of several families flag exactly the same text, the lowest number speaks.
    priority: int = LAST
    rules: tuple[Rule, ...] = ()
    #: YAML packs in the top-level ``rules/`` folder that belong to this family (file names).
    packs: tuple[str, ...] = ()
    #: A backend (LanguageTool) reports through rules of other families; it owns only options.
    backend: bool = False
    #: Each rule's findings in a paragraph depend only on that paragraph (and the text just around
    #: it), so a very large document may be checked a stretch of paragraphs at a time
    #: (see :mod:`copylint.engine`). Backend rules and document-wide kinds are never split.
    block_local: bool = False

    def __post_init__(self) -> None:
        if not self.name.isidentifier() or self.name != self.name.lower():
            raise ValueError(f"family name must be a lower-case identifier, not {self.name!r}")
        if not (isinstance(self.options, type) and is_dataclass(self.options)):
            raise TypeError(f"family {self.name!r}: options must be a dataclass type")
        for f in fields(self.options):
            if f.default is MISSING and f.default_factory is MISSING:
                raise TypeError(f"family {self.name!r}: option {f.name!r} needs a default")
        for r in self.rules:
            if not self.backend and r.meta.family != self.name:
                raise ValueError(f"family {self.name!r} declares rule {r.meta.id!r} of another family")

    @property
    def has_options(self) -> bool:
        return bool(fields(self.options))

    def defaults(self) -> Any:
        return self.options()


def implicit(name: str) -> Family:
    """The family of rules (local packs, old-style plugins) that nobody declared."""
    return Family(name, f"Rules of the {name!r} family.")


def lazy_family(
    package: str,
    *,
    rules: Callable[[], tuple[Rule, ...]] | None = None,
    attributes: Mapping[str, str] | None = None,
    **declaration: Any,
) -> Callable[[str], Any]:
    """The module ``__getattr__`` of a family package whose ``FAMILY`` is built on first use::

        __getattr__ = lazy_family(__name__, name="house", summary="House rules.", options=HouseOptions)

    Importing the package (for its options, or one of its modules: the rule index does) then
    imports none of its rules. ``FAMILY`` is ``Family(**declaration)`` with the rules that
    :func:`rules_in` finds in the package's modules, or those ``rules()`` returns; it is built
    once. ``attributes`` names other attributes kept in the package's modules (attribute ->
    module name within the package), imported on first use too."""
    lazy = dict(attributes or {})

    @cache
    def family() -> Family:
        return Family(rules=rules_in(package) if rules is None else rules(), **declaration)

    def __getattr__(name: str) -> Any:
        if name == "FAMILY":
            return family()
        if name in lazy:
            return getattr(importlib.import_module(f"{package}.{lazy[name]}"), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__


def rules_in(package: str) -> tuple[Rule, ...]:
    """The rules defined at module level in the package's modules (not sub-packages): every
    ``@rule`` function of a module, plus any rules a module lists in ``RULES`` (rules built by a
    factory). Nothing needs registering by hand; a rule listed twice counts once."""
    pkg = importlib.import_module(package)
    seen: dict[int, Rule] = {}
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.ispkg or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package}.{info.name}")
        for value in (*vars(module).values(), *getattr(module, "RULES", ())):
            if _defined_in(value, module.__name__):
                seen.setdefault(id(value), value)
    return tuple(seen.values())


def _defined_in(value: Any, module: str) -> bool:
    """A rule object whose check was written in ``module`` (not one imported from elsewhere)."""
    if getattr(value, "check", None) is None or not hasattr(value, "meta"):
        return False  # isinstance(value, Rule) as the runtime Protocol tests it, without its cost
    fn = getattr(value, "fn", None)
    return (fn.__module__ if fn is not None else type(value).__module__) == module


# -- options: keys, validation, conversion and docs, all read from the dataclass ------------


def key_of(field_name: str) -> str:
    """The config key of an option field: ``max_words`` -> ``max-words``."""
    return field_name.replace("_", "-")


@compared
@dataclass(frozen=True, eq=False, repr=False)
class OptionSpec:
    """One option as the config loader and the docs see it."""

    key: str
    name: str
    annotation: Any
    default: Any
    doc: str

    def type_text(self) -> str:
        return _describe(self.annotation)

    def default_text(self) -> str:
        d = self.default
        if d is None:
            return "none"
        if isinstance(d, bool):
            return "true" if d else "false"
        if isinstance(d, (tuple, list)):
            return "[" + ", ".join(map(str, d)) + "]"
        if isinstance(d, Mapping):
            return "{" + ", ".join(f"{k}: {v}" for k, v in d.items()) + "}"
        return str(d)


def specs(options: type) -> tuple[OptionSpec, ...]:
    """The options of a dataclass, with resolved types."""
    hints = typing.get_type_hints(options)
    out = []
    for f in fields(options):
        out.append(OptionSpec(key_of(f.name), f.name, hints[f.name], _default(f), str(f.metadata.get("doc", ""))))
    return tuple(out)


def _default(f: Field[Any]) -> Any:
    if f.default is not MISSING:
        return f.default
    if f.default_factory is not MISSING:
        return f.default_factory()
    raise TypeError(f"option {f.name!r} has no default")


def coerce(annotation: Any, value: Any, what: str) -> Any:
    """``value`` (plain YAML data) checked against ``annotation`` and converted (lists to
    tuples, mappings to read-only mappings); raises ValueError with the message to show."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        if value not in args:
            raise ValueError(f"{what} must be one of {', '.join(sorted(map(str, args)))}, not {value!r}")
        return value
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in (a for a in args if a is not type(None)):
            try:
                return coerce(arg, value, what)
            except ValueError as exc:
                errors.append(str(exc))
        literals = [a for a in args if get_origin(a) is Literal]
        if len(errors) == 1 or literals:
            raise ValueError(errors[0])
        names = " or ".join(_ARTICLED.get(a, _describe(a)) for a in args if a is not type(None))
        raise ValueError(f"{what} must be {names}, not {value!r}")
    if origin is tuple:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise ValueError(f"{what} must be a list, not {value!r}")
        return tuple(coerce(args[0], v, f"each entry of {what}") for v in value)
    if origin in (Mapping, dict) or annotation is dict:
        if not isinstance(value, dict):
            raise ValueError(f"{what} must be a mapping, not {value!r}")
        key_t, value_t = args or (Any, Any)
        return MappingProxyType(
            {coerce(key_t, k, f"a key of {what}"): coerce(value_t, v, f"{what}.{k}") for k, v in value.items()}
        )
    if annotation is Any:
        return value
    if annotation is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{what} must be a number, not {value!r}")
        return value  # an int is a valid float (PEP 484); kept as written
    if annotation in (int, str, bool):
        if not isinstance(value, annotation) or (annotation is int and isinstance(value, bool)):
            raise ValueError(f"{what} must be {_ARTICLED[annotation]}, not {value!r}")
        return value
    raise TypeError(f"{what}: unsupported option type {annotation!r}")


def build(options: type[T], values: Mapping[str, Any]) -> T:
    """An options object from already-coerced values keyed by config key."""
    by_key = {s.key: s.name for s in specs(options)}
    return options(**{by_key[k]: v for k, v in values.items()})


_ARTICLED = {int: "an integer", float: "a number", str: "a string", bool: "true or false"}


def _describe(annotation: Any) -> str:
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return " | ".join(map(str, args))
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_describe(a) for a in args if a is not type(None))
    if origin is tuple:
        return f"list of {_describe(args[0])}"
    if origin in (Mapping, dict):
        return "mapping"
    names = {int: "integer", float: "number", str: "string", bool: "true/false"}
    return names.get(annotation, getattr(annotation, "__name__", str(annotation)))
