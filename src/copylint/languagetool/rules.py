"""LanguageTool as an optional backend: off unless a ``languagetool`` section is configured.

``languagetool: {url: http://host:8081}`` uses a server the newsroom already runs (standard
library HTTP, bounded ``timeout``); ``languagetool: {local: true}`` lets language-tool-python
(``pip install 'copylint[languagetool]'``, Java needed) start one. One request per document is
shared by five rules, one per copylint family, each reporting the LanguageTool categories that
belong to it. They are tagged ``backend``, so a match on a span that a built-in rule already
reported is dropped. The rules are on by default but do nothing until the section exists.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from copylint.diagnostic import Finding, Severity, Span
from copylint.document import Document
from copylint.languagetool.client import DEFAULT_TIMEOUT, LanguageToolError, LTMatch, parse_matches, request_check
from copylint.rule import CheckError, Context, RuleMeta
from copylint.toolkit import suggest

SECTION = "languagetool"
MAX_SUGGESTIONS = 5

#: LanguageTool category ids -> copylint family (anything unlisted is grammar).
CATEGORY_FAMILY: Mapping[str, str] = {
    "TYPOS": "spelling", "CASING": "spelling", "US_SPECIFIC_TYPOS": "spelling", "BRE_STYLE_OXFORD_SPELLING": "spelling",
    "PUNCTUATION": "typography", "TYPOGRAPHY": "typography", "COMPOUNDING": "typography",
    "REDUNDANCY": "cliche",
    "STYLE": "style", "PLAIN_ENGLISH": "style", "WIKIPEDIA": "style", "CREATIVE_WRITING": "style",
    "REPETITIONS_STYLE": "style", "GENDER_NEUTRALITY": "style", "MISUSED_TERMS_EU_PUBLICATIONS": "style",
    "AMERICAN_ENGLISH_STYLE": "style", "AMERICAN_ENGLISH": "style", "BRITISH_ENGLISH": "style",
}


def family_of(category_id: str) -> str:
    return CATEGORY_FAMILY.get(category_id, "grammar")


@dataclass
class Backend:
    """Talks to the configured server; remembers the reply (or failure) for the last document,
    so the five rules make one request per document. Mutable on purpose: it is a cache."""

    _key: tuple[Any, ...] | None = None
    _matches: list[LTMatch] | None = None
    _failed: bool = False
    _local: dict[str, Any] = field(default_factory=dict)

    def matches(self, doc: Document, ctx: Context) -> list[LTMatch]:
        opts = ctx.family_options(SECTION)
        url, local = opts.get("url"), bool(opts.get("local"))
        if not url and not local:
            return []
        language = str(opts.get("language") or ctx.language)
        key = (id(doc), doc.path, doc.prose, language, tuple(sorted((k, repr(v)) for k, v in opts.items())))
        if key == self._key:
            return [] if self._failed else list(self._matches or [])
        self._key, self._matches, self._failed = key, None, True
        if not url:
            url = self._local_url(language)
        timeout = float(opts.get("timeout", DEFAULT_TIMEOUT))
        if timeout <= 0:
            raise CheckError("languagetool: timeout must be a positive number of seconds")
        try:
            reply = request_check(
                str(url), doc.prose, language, timeout=timeout,
                disabled_rules=_strs(opts.get("disabled-rules")), enabled_rules=_strs(opts.get("enabled-rules")),
                disabled_categories=_strs(opts.get("disabled-categories")),
                mother_tongue=opts.get("mother-tongue"), level=opts.get("level"),
            )
            found = parse_matches(reply, doc.prose, f"LanguageTool server {url}")
        except LanguageToolError as exc:
            raise CheckError(str(exc)) from None
        self._matches, self._failed = found, False
        return list(found)

    def _local_url(self, language: str) -> str:
        if "url" in self._local:
            return str(self._local["url"])
        try:
            import language_tool_python  # type: ignore[import-not-found]
        except ImportError:
            raise CheckError(
                "languagetool: {local: true} needs language-tool-python: pip install 'copylint[languagetool]'"
            ) from None
        try:
            tool = language_tool_python.LanguageTool(language)
        except Exception as exc:  # noqa: BLE001 - Java missing, download refused...
            raise CheckError(f"could not start a local LanguageTool server: {type(exc).__name__}: {exc}") from None
        url = getattr(tool, "_url", None)
        if not url:
            raise CheckError("language-tool-python started a server but did not say where it listens")
        self._local.update(tool=tool, url=url)
        return str(url)


def _strs(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


@dataclass(frozen=True)
class LanguageToolRule:
    """One copylint family's share of LanguageTool's matches."""

    meta: RuleMeta
    backend: Backend = field(repr=False, compare=False)

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        family = self.meta.family
        for m in self.backend.matches(doc, ctx):
            if family_of(m.category_id) != family:
                continue
            span = Span(m.start, m.end)
            suggestions = m.replacements[:MAX_SUGGESTIONS]
            yield suggest(span, f"{m.message} [LanguageTool {m.rule_id}]", *suggestions)


_EXPLAIN = """Reports LanguageTool's {what} matches (categories: {cats}) when a LanguageTool server is
configured: `languagetool: {{url: http://localhost:8081}}` for a server you run, or
`languagetool: {{local: true}}` to let language-tool-python start one (`pip install
'copylint[languagetool]'`, Java needed). Without that section the rule does nothing. The
message ends with LanguageTool's own rule id, e.g. `[LanguageTool EN_A_VS_AN]`; disable one with
`languagetool: {{disabled-rules: [ID]}}`. Options: `timeout` (seconds, default 10), `language`
(default: the config's language), `enabled-rules`, `disabled-categories`, `mother-tongue`,
`level` (default or picky). A match on the same span as a built-in rule's finding is dropped."""


def _make(family: str, what: str, severity: Severity, bad: str, good: str, backend: Backend) -> LanguageToolRule:
    cats = sorted(c for c, f in CATEGORY_FAMILY.items() if f == family) or ["GRAMMAR", "CONFUSED_WORDS", "COLLOCATIONS", "SEMANTICS", "and any other"]
    return LanguageToolRule(
        RuleMeta(
            id=f"{family}.languagetool",
            summary=f"LanguageTool's {what} matches, when a LanguageTool server is configured.",
            explanation=_EXPLAIN.format(what=what, cats=", ".join(cats)),
            severity=severity,
            fixable=True,
            source="LanguageTool (https://languagetool.org), LGPL-2.1; queried over its HTTP API",
            bad=(bad,),
            good=(good,),
            tags=("backend",),
        ),
        backend,
    )


_BACKEND = Backend()
RULES = (
    _make("grammar", "grammar", Severity.WARNING, "He go to school every day.", "He goes to school every day.", _BACKEND),
    _make("spelling", "spelling", Severity.WARNING, "The goverment said no.", "The government said no.", _BACKEND),
    _make("style", "style", Severity.SUGGESTION, "It is absolutely essential.", "It is essential.", _BACKEND),
    _make("cliche", "redundancy", Severity.SUGGESTION, "They returned back home.", "They returned home.", _BACKEND),
    _make("typography", "punctuation and typography", Severity.SUGGESTION, "Wait , what?", "Wait, what?", _BACKEND),
)

OPTIONS = {
    SECTION: {
        "url": str,
        "local": bool,
        "timeout": (int, float),
        "language": str,
        "disabled-rules": list,
        "enabled-rules": list,
        "disabled-categories": list,
        "mother-tongue": str,
        "level": frozenset({"default", "picky"}),
    }
}
