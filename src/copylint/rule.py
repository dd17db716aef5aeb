"""The one Rule interface shared by Python checks and YAML rules, and its metadata."""

from __future__ import annotations

import inspect
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol, TypeVar, runtime_checkable

from copylint.diagnostic import Finding, Severity
from copylint.document import Document
from copylint.frozen import compared

RULE_ID = re.compile(r"^[a-z][a-z0-9]*\.[a-z0-9]+(?:-[a-z0-9]+)*$")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_PACKAGE_PARENT = Path(__file__).resolve().parents[1]
_CHECKOUT = _PACKAGE_PARENT.parent
#: The two folders as string prefixes (the package's parent first, as :func:`_shown` tries them).
_PREFIXES = tuple(str(base) + os.sep for base in (_PACKAGE_PARENT, _CHECKOUT))
OptionsT = TypeVar("OptionsT")


def location(path: str | Path, line: int | None = None) -> str:
    """``path:line`` for a rule's home: relative to the installed package's folder
    (``copylint/families/...``) or to the checkout (``rules/cliche.yaml``), else absolute."""
    shown = _shown(str(path))
    return f"{shown}:{line}" if line else shown


@lru_cache(maxsize=256)
def _shown(path: str) -> str:
    """The file's part of :func:`location` (resolved once per file, not once per rule)."""
    if os.path.isabs(path) and os.path.normpath(path) == path and not os.path.islink(path):
        # a module's own path (absolute, as imported): without resolving each of its folders
        for prefix in _PREFIXES:
            if path.startswith(prefix):
                return Path(path[len(prefix) :]).as_posix()
    resolved = Path(path).resolve()
    shown = str(resolved)
    for base in (_PACKAGE_PARENT, _CHECKOUT):
        try:
            shown = resolved.relative_to(base).as_posix()
            break
        except ValueError:
            continue
    return shown


@lru_cache(maxsize=256)
def _source_file(filename: str) -> str | None:
    """``inspect.getsourcefile`` for a function compiled from ``filename``, without its search
    of every loaded module (which cost more than the rest of a rule's definition)."""
    if filename.endswith(".py") and os.path.exists(filename):
        return filename
    return None


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Precision:
    """How often a rule was right when an editor who did not write it judged its diagnostics blind,
    on copy the rule was not tuned on (see bench/judged/ and /bench/precision_meta.py)."""

    right: int
    debatable: int
    wrong: int
    date: str
    corpus: str
    seeds: tuple[int, ...] = ()

    @property
    def judged(self) -> int:
        return self.right + self.debatable + self.wrong

    @property
    def rate(self) -> float:
        """Right / judged (debatable verdicts count against)."""
        return self.right / self.judged if self.judged else 0.0

    def describe(self) -> str:
        seeds = ", ".join(str(s) for s in self.seeds)
        return (
            f"{self.rate:.0%} right ({self.right} right, {self.debatable} debatable, {self.wrong} wrong"
            f" of {self.judged}); judged blind {self.date} on {self.corpus}" + (f", seed {seeds}" if seeds else "")
        )


@compared
@dataclass(frozen=True, eq=False, repr=False)
class RuleMeta:
    """Everything `copylint rules`, `copylint explain` and the engine know about a rule."""

    id: str
    summary: str
    explanation: str
    severity: Severity = Severity.WARNING
    fixable: bool = False
    source: str | None = None
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()
    #: Labels for people (``cliche``, ``journalese``); they change nothing a rule does.
    tags: tuple[str, ...] = ()
    origin: str = "builtin"
    #: Drop findings inside direct quotations (None: the family's default).
    skip_quotes: bool | None = None
    #: On unless a config turns it off; off-by-default rules run only when selected by id or group.
    enabled: bool = True
    #: Where the rule is defined: ``copylint/families/claims/rules.py:57`` or ``rules/cliche.yaml:12``.
    defined_in: str | None = None
    #: The opt-in group an off-by-default rule belongs to (``select: [coaching]``), if any.
    group: str | None = None
    #: Blind-judged precision on unseen news copy, when measured.
    precision: Precision | None = None
    #: An external engine's rule (LanguageTool): its findings are dropped where another rule
    #: already reported on the same source span.
    backend: bool = False
    #: Config under which the ``bad`` and ``good`` examples run (docs and tests), e.g. a preset.
    example_config: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, hash=False)

    def __post_init__(self) -> None:
        if not RULE_ID.match(self.id):
            raise ValueError(f"invalid rule id {self.id!r}: expected 'family.rule-name' in lower-case kebab case")

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def skips_quotes(self) -> bool:
        """Whether findings inside direct quotations are dropped: the rule's own say, else its
        built-in family's policy (the engine resolves plugin families through the registry)."""
        if self.skip_quotes is not None:
            return self.skip_quotes
        from copylint.registry import builtin_families

        family = builtin_families().get(self.family)
        return family.skip_quotes if family is not None else False


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Vocabulary:
    """Accepted and rejected words from the config (used by spelling and style)."""

    accept: frozenset[str] = frozenset()
    accept_ignorecase: frozenset[str] = frozenset()  # stored lower-case
    reject: Mapping[str, str] = field(default_factory=lambda: _EMPTY)  # word -> preferred form ("" = none)

    def accepts(self, word: str) -> bool:
        return word in self.accept or word.lower() in self.accept_ignorecase


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Context:
    """Per-file settings a rule may read: language, vocabulary and the families' options.

    ``typed`` maps each family's options dataclass to the object that applies to this file;
    ``options`` keeps the same sections as written in the config (kebab-case keys)."""

    language: str = "en-US"
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: _EMPTY)
    typed: Mapping[type, Any] = field(default_factory=lambda: MappingProxyType({}))

    def options_for(self, kind: type[OptionsT]) -> OptionsT:
        """The options object of type ``kind`` for this file (its defaults when unconfigured)."""
        found = self.typed.get(kind)
        return found if found is not None else kind()

    def family_options(self, family: str) -> Mapping[str, Any]:
        """A section as written in the config (no defaults filled in); rules read ``options_for``."""
        return self.options.get(family, _EMPTY)


class CheckError(Exception):
    """Raised by a rule that cannot run (e.g. an unreachable server); the engine reports the
    message as a one-line error naming the file, other rules still report, and the exit code is 2."""


@runtime_checkable
class Rule(Protocol):
    """A rule: metadata plus a check that yields findings with prose spans."""

    @property
    def meta(self) -> RuleMeta: ...

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]: ...


CheckFn = Callable[[Document, Context], Iterable[Finding]]


@compared
@dataclass(frozen=True, eq=False, repr=False)
class FunctionRule:
    """A Python check written as a function; its docstring is its explanation."""

    meta: RuleMeta
    fn: CheckFn = field(repr=False)

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        return self.fn(doc, ctx)


def rule(
    id: str,
    summary: str,
    *,
    severity: Severity | str = Severity.WARNING,
    bad: Iterable[str] = (),
    good: Iterable[str] = (),
    fixable: bool = False,
    source: str | None = None,
    tags: Iterable[str] = (),
    skip_quotes: bool | None = None,
    enabled: bool = True,
    backend: bool = False,
    example_config: Mapping[str, Any] | None = None,
) -> Callable[[CheckFn], FunctionRule]:
    """Decorate a check function into a :class:`FunctionRule` (attaches metadata, registers nothing)."""

    def wrap(fn: CheckFn) -> FunctionRule:
        source_file = _source_file(fn.__code__.co_filename)
        meta = RuleMeta(
            id=id,
            summary=summary,
            explanation=inspect.cleandoc(fn.__doc__ or summary),
            severity=Severity.parse(severity) if isinstance(severity, str) else severity,
            fixable=fixable,
            source=source,
            bad=tuple(bad),
            good=tuple(good),
            tags=tuple(tags),
            skip_quotes=skip_quotes,
            enabled=enabled,
            backend=backend,
            example_config=MappingProxyType(dict(example_config or {})),
            defined_in=location(source_file, fn.__code__.co_firstlineno) if source_file else None,
        )
        return FunctionRule(meta, fn)

    return wrap
