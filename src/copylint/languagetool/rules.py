"""LanguageTool as an optional backend: off unless a ``languagetool`` section is configured.

``languagetool: {url: http://host:8081}`` uses a server the newsroom already runs (standard
library HTTP, bounded ``timeout``); ``languagetool: {local: true}`` lets language-tool-python
(``pip install 'copylint[languagetool]'``, Java needed) start one. One request per document is
shared by five rules, one per copylint family, each reporting the LanguageTool categories that
belong to it. They are ``backend`` rules, so a match on a span that a built-in rule already
reported is dropped. The rules are on by default but do nothing until the section exists.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

from copylint.diagnostic import Finding, Severity, Span
from copylint.document import Document
from copylint.languagetool.client import (
    LanguageToolError,
    LTMatch,
    parse_matches,
    request_check,
)
from copylint.languagetool.options import LanguageToolOptions
from copylint.rule import CheckError, Context, RuleMeta, location
from copylint.toolkit import suggest

MAX_SUGGESTIONS = 5

#: LanguageTool category ids -> copylint family (anything unlisted is grammar).
CATEGORY_FAMILY: Mapping[str, str] = {
    "TYPOS": "spelling",
    "CASING": "spelling",
    "US_SPECIFIC_TYPOS": "spelling",
    "BRE_STYLE_OXFORD_SPELLING": "spelling",
    "PUNCTUATION": "typography",
    "TYPOGRAPHY": "typography",
    "COMPOUNDING": "typography",
    "REDUNDANCY": "cliche",
    "STYLE": "style",
    "PLAIN_ENGLISH": "style",
    "WIKIPEDIA": "style",
    "CREATIVE_WRITING": "style",
    "REPETITIONS_STYLE": "style",
    "GENDER_NEUTRALITY": "style",
    "MISUSED_TERMS_EU_PUBLICATIONS": "style",
    "AMERICAN_ENGLISH_STYLE": "style",
    "AMERICAN_ENGLISH": "style",
    "BRITISH_ENGLISH": "style",
}


def family_of(category_id: str) -> str:
    return CATEGORY_FAMILY.get(category_id, "grammar")


@dataclass(frozen=True)
class Reply:
    """The server's matches for one document, or why there are none."""

    matches: tuple[LTMatch, ...] = ()
    error: str | None = None


def reply_for(doc: Document, ctx: Context) -> Reply:
    """LanguageTool's reply for ``doc``: one request per document and settings, shared by the
    five rules through the document's memo."""
    opts = ctx.options_for(LanguageToolOptions)
    if not opts.url and not opts.local:
        return Reply()
    return doc.memo(_ask, str(opts.language or ctx.language), opts)


def _ask(doc: Document, language: str, opts: LanguageToolOptions) -> Reply:
    try:
        url = str(opts.url or _local_server(language)[1])
        timeout = float(opts.timeout)
        if timeout <= 0:
            raise CheckError("languagetool: timeout must be a positive number of seconds")
        reply = request_check(
            url,
            doc.prose,
            language,
            timeout=timeout,
            disabled_rules=opts.disabled_rules,
            enabled_rules=opts.enabled_rules,
            disabled_categories=opts.disabled_categories,
            mother_tongue=opts.mother_tongue,
            level=opts.level,
        )
        return Reply(tuple(parse_matches(reply, doc.prose, f"LanguageTool server {url}")))
    except (CheckError, LanguageToolError) as exc:
        return Reply(error=str(exc))


def _reported(doc: Document) -> set[str]:
    """The backend errors already raised for ``doc`` (each is raised by one rule only)."""
    return set()


@cache
def _local_server(language: str) -> tuple[Any, str]:
    """language-tool-python's server, started once per process and language, and its address
    (the cache keeps the server object, and so its process, alive for the run)."""
    try:
        import language_tool_python
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
    return tool, str(url)


@dataclass(frozen=True)
class LanguageToolRule:
    """One copylint family's share of LanguageTool's matches."""

    meta: RuleMeta
    #: It finds nothing unless one of these options is set (the rule index does not even build
    #: it then: :mod:`copylint.ruleindex`).
    needs_options: ClassVar[tuple[type, tuple[str, ...]]] = (LanguageToolOptions, ("url", "local"))

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        reply = reply_for(doc, ctx)
        if reply.error is not None:
            reported = doc.memo(_reported)
            if reply.error not in reported:
                reported.add(reply.error)
                raise CheckError(reply.error)
            return
        family = self.meta.family
        for m in reply.matches:
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
`languagetool: {{disabled-rules: [ID]}}`. Options: `timeout` (seconds, default {timeout:g}), `language`
(default: the config's language), `enabled-rules`, `disabled-categories`, `mother-tongue`,
`level` (default or picky). A match on the same span as a built-in rule's finding is dropped."""


def _make(family: str, what: str, severity: Severity, bad: str, good: str) -> LanguageToolRule:
    cats = sorted(c for c, f in CATEGORY_FAMILY.items() if f == family) or [
        "GRAMMAR",
        "CONFUSED_WORDS",
        "COLLOCATIONS",
        "SEMANTICS",
        "and any other",
    ]
    return LanguageToolRule(
        RuleMeta(
            id=f"{family}.languagetool",
            summary=f"LanguageTool's {what} matches, when a LanguageTool server is configured.",
            explanation=_EXPLAIN.format(what=what, cats=", ".join(cats), timeout=LanguageToolOptions().timeout),
            severity=severity,
            fixable=True,
            source="LanguageTool (https://languagetool.org), LGPL-2.1; queried over its HTTP API",
            bad=(bad,),
            good=(good,),
            backend=True,
            defined_in=location(__file__),
        )
    )


RULES = (
    _make("grammar", "grammar", Severity.WARNING, "He go to school every day.", "He goes to school every day."),
    _make("spelling", "spelling", Severity.WARNING, "The goverment said no.", "The government said no."),
    _make("style", "style", Severity.SUGGESTION, "It is absolutely essential.", "It is essential."),
    _make("cliche", "redundancy", Severity.SUGGESTION, "They returned back home.", "They returned home."),
    _make("typography", "punctuation and typography", Severity.SUGGESTION, "Wait , what?", "Wait, what?"),
)
