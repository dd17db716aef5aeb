"""The engine: masks, quotations, duplicates, severities and crashing rules."""

from __future__ import annotations

from collections.abc import Iterator

from copylint import Context, Finding, Severity, Span, read_document
from copylint.engine import Selected, lint_document
from copylint.rule import CheckError, rule


def _word_rule(rule_id: str, word: str, severity: str = "warning", backend: bool = False):  # type: ignore[no-untyped-def]
    @rule(rule_id, f"Flags {word}.", severity=severity, bad=[word], good=["x"], backend=backend)
    def check(doc, ctx) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
        """Test rule."""
        start = 0
        while (i := doc.prose.find(word, start)) >= 0:
            yield Finding(Span(i, i + len(word)), f"{rule_id} found {word}")
            start = i + 1

    return check


def run(text: str, *rules, path: str = "a.md"):  # type: ignore[no-untyped-def]
    doc = read_document(text, path)
    return lint_document(doc, [Selected(r, r.meta.severity) for r in rules], Context())


def test_masked_text_is_never_reported() -> None:
    diags, _ = run("See `synergy` and https://synergy.example.com and synergy.", _word_rule("style.synergy", "synergy"))
    assert [(d.line, d.column) for d in diags] == [(1, 51)]


def test_quote_respecting_families_skip_quotations() -> None:
    text = 'He said "synergy is key" and then synergy.'
    diags, _ = run(text, _word_rule("claims.synergy", "synergy"))
    assert [(d.rule, d.column) for d in diags] == [("claims.synergy", 35)]
    diags, _ = run(text, _word_rule("spelling.synergy", "synergy"))
    assert [(d.rule, d.column) for d in diags] == [("spelling.synergy", 10), ("spelling.synergy", 35)]


def test_one_diagnostic_per_exact_span() -> None:
    diags, _ = run(
        "Synergy.",
        _word_rule("cliche.synergy", "Synergy", "suggestion"),
        _word_rule("style.synergy", "Synergy", "suggestion"),
        _word_rule("grammar.lt", "Synergy", "error", backend=True),
    )
    assert [d.rule for d in diags] == ["style.synergy"]
    diags, _ = run(
        "Synergy.",
        _word_rule("cliche.synergy", "Synergy", "warning"),
        _word_rule("style.synergy", "Synergy", "suggestion"),
    )
    assert [d.rule for d in diags] == ["cliche.synergy"]


def test_crashing_and_failing_rules_are_errors_not_tracebacks() -> None:
    @rule("grammar.broken", "Always crashes.", bad=["x"], good=["y"])
    def broken(doc, ctx):  # type: ignore[no-untyped-def]
        """Test rule."""
        raise ZeroDivisionError("boom")

    @rule("grammar.offline", "Cannot reach its server.", bad=["x"], good=["y"])
    def offline(doc, ctx):  # type: ignore[no-untyped-def]
        """Test rule."""
        raise CheckError("LanguageTool server at http://127.0.0.1:9 is unreachable")

    diags, errors = run("synergy", broken, offline, _word_rule("style.synergy", "synergy"))
    assert [d.rule for d in diags] == ["style.synergy"]
    assert errors == [
        "a.md: rule grammar.broken failed: ZeroDivisionError: boom",
        "a.md: grammar.offline: LanguageTool server at http://127.0.0.1:9 is unreachable",
    ]


def test_configured_severity_is_stamped() -> None:
    r = _word_rule("style.synergy", "synergy")
    doc = read_document("synergy", "a.txt")
    diags, _ = lint_document(doc, [Selected(r, Severity.ERROR)], Context())
    assert diags[0].severity is Severity.ERROR


def test_rules_of_one_family_keep_their_own_say() -> None:
    diags, _ = run(
        "Synergy.", _word_rule("readability.a", "Synergy"), _word_rule("readability.b", "Synergy", "suggestion")
    )
    assert sorted(d.rule for d in diags) == ["readability.a", "readability.b"]


def test_backend_gives_way_to_a_builtin_rule_of_its_own_family() -> None:
    diags, _ = run(
        "Synergy.",
        _word_rule("grammar.a", "Synergy", "suggestion"),
        _word_rule("grammar.lt", "Synergy", "error", backend=True),
    )
    assert [d.rule for d in diags] == ["grammar.a"]


class _Sharing:
    """A rule that offers a shared check (as pattern rules do), wrapping a plain rule."""

    def __init__(self, inner, how) -> None:  # type: ignore[no-untyped-def]
        self.meta = inner.meta
        self._inner = inner
        self.shared_check = how

    def check(self, doc, ctx):  # type: ignore[no-untyped-def]
        return self._inner.check(doc, ctx)


def test_rules_sharing_a_check_are_checked_together_once() -> None:
    calls: list[list[str]] = []

    def together(rules, doc, ctx):  # type: ignore[no-untyped-def]
        calls.append([r.meta.id for r in rules])
        return [[Finding(Span(0, 1), f"{r.meta.id} together")] for r in rules]

    a = _Sharing(_word_rule("grammar.a", "synergy"), together)
    b = _Sharing(_word_rule("grammar.b", "synergy"), together)
    diags, errors = run("synergy", a, _word_rule("style.synergy", "synergy"), b)
    assert calls == [["grammar.a", "grammar.b"]]
    assert sorted(d.message for d in diags) == [
        "grammar.a together",
        "grammar.b together",
        "style.synergy found synergy",
    ]
    assert errors == []


def test_a_failing_shared_check_falls_back_to_each_rule_alone() -> None:
    def together(rules, doc, ctx):  # type: ignore[no-untyped-def]
        raise RuntimeError("shared pass broke")

    @rule("grammar.broken", "Always crashes.", bad=["x"], good=["y"])
    def broken(doc, ctx):  # type: ignore[no-untyped-def]
        """Test rule."""
        raise ZeroDivisionError("boom")

    a = _Sharing(_word_rule("grammar.a", "synergy"), together)
    b = _Sharing(broken, together)
    diags, errors = run("synergy", a, b)
    assert [d.message for d in diags] == ["grammar.a found synergy"]
    assert errors == ["a.md: rule grammar.broken failed: ZeroDivisionError: boom"]
