"""What `copylint serve` does for one request, independent of the HTTP server: choose the rules
(config, request filters, level), lint a text and return diagnostics with their document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from copylint.api import Linter
from copylint.config import LANGUAGES, Selector
from copylint.diagnostic import Diagnostic, Severity
from copylint.document import Document
from copylint.engine import Selected, lint_document
from copylint.readers import read_document
from copylint.workspace import BrokenConfig, Linters

FORMATS = ("markdown", "html", "text")


class BadRequest(Exception):
    """A request the server cannot answer (HTTP 400); the message says what to change."""


class Unavailable(Exception):
    """The server cannot answer now (HTTP 503): a broken config, a busy server."""


@dataclass(frozen=True)
class RuleFilter:
    """Which rules a request wants, on top of the config's selection.

    ``enabled``/``disabled`` hold rule selectors (ids, families or globs); ``enabled_families``/
    ``disabled_families`` families; with ``only``, just the enabled rules and families run.
    """

    enabled: tuple[Selector, ...] = ()
    disabled: tuple[Selector, ...] = ()
    enabled_families: frozenset[str] = frozenset()
    disabled_families: frozenset[str] = frozenset()
    only: bool = False
    min_severity: Severity = Severity.SUGGESTION


@dataclass(frozen=True)
class Checked:
    document: Document
    diagnostics: list[Diagnostic]
    language: str


class Service:
    """Lints request texts with the server's config (``--config``, else the one found from the
    working directory, as `copylint check -` does); the config is reloaded when it changes."""

    def __init__(self, config: str | Path | None = None, base: Path | None = None) -> None:
        self.linters = Linters(config)
        self.base = (base or Path.cwd()).absolute()

    def linter(self) -> Linter:
        try:
            return self.linters.for_path(self.base / "request")
        except BrokenConfig as exc:
            raise Unavailable(f"copylint cannot use its config: {exc}") from None

    def default_language(self) -> str:
        return self.linter().config.settings.language

    def summary(self, rule_id: str) -> str:
        """The rule's one-line summary ("" for ids the registry does not know, e.g. directives)."""
        rule = self.linter().registry.get(rule_id)
        return rule.meta.summary if rule is not None else ""

    def check(
        self,
        text: str,
        fmt: str = "text",
        *,
        name: str = "<request>",
        language: str | None = None,
        rules: RuleFilter | None = None,
    ) -> Checked:
        if fmt not in FORMATS:
            raise BadRequest(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})")
        if language is not None and language not in LANGUAGES:
            raise BadRequest(f"unknown language {language!r} (copylint checks {' and '.join(LANGUAGES)})")
        linter = self.linter()
        selected, ctx = linter.selection(name)
        if rules is not None:
            selected = _filtered(selected, linter.registry, rules)
        if language is not None and language != ctx.language:
            ctx = replace(ctx, language=language)
        try:
            doc = read_document(text, name, fmt)
        except Exception as exc:  # noqa: BLE001 - the readers take any text; say so if one does not
            raise BadRequest(f"cannot read the text as {fmt}: {type(exc).__name__}: {exc}") from None
        diagnostics, _errors = lint_document(doc, selected, ctx, False, linter.registry.priorities())
        if rules is not None and rules.min_severity is not Severity.SUGGESTION:
            diagnostics = [d for d in diagnostics if d.severity.rank >= rules.min_severity.rank]
        return Checked(doc, diagnostics, ctx.language)


def _filtered(selected: Sequence[Selected], registry, rules: RuleFilter) -> list[Selected]:  # type: ignore[no-untyped-def]
    def wanted(rule_id: str) -> bool:
        return any(s.matches(rule_id) for s in rules.enabled) or rule_id.split(".", 1)[0] in rules.enabled_families

    def unwanted(rule_id: str) -> bool:
        return any(s.matches(rule_id) for s in rules.disabled) or rule_id.split(".", 1)[0] in rules.disabled_families

    if rules.only:
        chosen = [s for s in selected if wanted(s.rule.meta.id)]
    else:
        chosen = list(selected)
    have = {s.rule.meta.id for s in chosen}
    if rules.enabled or rules.enabled_families:
        # rules the config leaves off (or off by default) can be asked for by id or family
        for rule in registry:
            meta = rule.meta
            if (
                meta.id not in have
                and wanted(meta.id)
                and (meta.enabled or any(s.exact and s.matches(meta.id) for s in rules.enabled))
            ):
                chosen.append(Selected(rule, meta.severity, registry.skips_quotes(rule)))
                have.add(meta.id)
    return [s for s in chosen if not unwanted(s.rule.meta.id)]
