"""Value types shared by every stage: severities, spans, fixes, findings and diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from copylint.frozen import compared


class Severity(str, Enum):
    """How serious a diagnostic is; ordered ERROR > WARNING > SUGGESTION."""

    ERROR = "error"
    WARNING = "warning"
    SUGGESTION = "suggestion"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "suggestion": 1}[self.value]

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls(value.strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {names})") from None

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Span:
    """A half-open range [start, end) of offsets into ``Document.prose``.

    Compared, ordered and hashed as ``@dataclass(frozen=True, order=True)`` would (by the tuple
    ``(start, end)``, ``NotImplemented`` for another class), with those methods written here:
    spans are compared and hashed on hot paths, and ``dataclasses`` would compile each of them
    with ``exec`` when the class is made (7 of its 10 methods; about 0.5 ms of every run)."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.start, self.end) == (other.start, other.end)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    def __lt__(self, other: Span) -> bool:
        if other.__class__ is self.__class__:
            return (self.start, self.end) < (other.start, other.end)
        return NotImplemented

    def __le__(self, other: Span) -> bool:
        if other.__class__ is self.__class__:
            return (self.start, self.end) <= (other.start, other.end)
        return NotImplemented

    def __gt__(self, other: Span) -> bool:
        if other.__class__ is self.__class__:
            return (self.start, self.end) > (other.start, other.end)
        return NotImplemented

    def __ge__(self, other: Span) -> bool:
        if other.__class__ is self.__class__:
            return (self.start, self.end) >= (other.start, other.end)
        return NotImplemented

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Edit:
    """Replace the prose text under ``span`` with ``replacement``."""

    span: Span
    replacement: str


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Fix:
    """One or more edits applied together; ``safe`` fixes run with ``--fix``."""

    edits: tuple[Edit, ...]
    safe: bool = False


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Finding:
    """What a rule reports: a prose span, a message, optional suggestions and fix."""

    span: Span
    message: str
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    #: Raise (or lower) this finding's severity, unless the config sets the rule's severity.
    severity: Severity | None = None


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class SourceEdit:
    """An edit expressed as source offsets (what ``copylint.fix`` applies)."""

    start: int
    end: int
    replacement: str


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Diagnostic:
    """A finding stamped with its rule id, severity and exact source position.

    Lines and columns are 1-based; columns count Unicode code points; the end is exclusive.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    severity: Severity
    message: str
    suggestions: tuple[str, ...] = ()
    fix: tuple[SourceEdit, ...] | None = field(default=None, compare=False)
    fix_safe: bool = field(default=False, compare=False)
    offset: int = field(default=0, compare=False)
    end_offset: int = field(default=0, compare=False)
    #: How each suggestion reads in place: the suggestion itself, or for a deletion or a bare
    #: punctuation mark the phrase after the fix ("50%" for a '%' replacing ' %'). Empty: as is.
    shown: tuple[str, ...] = field(default=(), compare=False)

    @property
    def shown_suggestions(self) -> tuple[str, ...]:
        """The suggestions as a reader should see them (never '' or a lone '%')."""
        return self.shown or self.suggestions

    @property
    def family(self) -> str:
        return self.rule.split(".", 1)[0]

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.rule, self.message)

    def to_dict(self) -> dict[str, object]:
        """The stable JSON shape (add fields, never rename them)."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "fixable": self.fix is not None,
        }
