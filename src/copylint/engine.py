"""Run rules over a Document: stamp id and severity, drop masked and quoted findings,
dedupe, apply suppression comments and sort.

A large document is checked by the rules of block-local families (grammar: each finding depends
only on its paragraph) a window of whole paragraphs at a time (:meth:`Document.windows`), so the
per-word analyses they share (tagged sentences, token indexes) are built and dropped per window:
peak memory stays a small constant per word of the file. Every other rule sees the whole
document, and the findings are the same as a single pass gives (tests/test_engine.py and
``bench/windowed_copylint.py`` check it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress

from copylint import collector, suppress
from copylint.diagnostic import Diagnostic, Finding, Severity, SourceEdit
from copylint.document import Document
from copylint.escape import flat
from copylint.frozen import compared
from copylint.rule import CheckError, Context, Rule

#: Prose characters per window for block-local rules (documents this long or shorter: one pass).
WINDOW_CHARS = 1 << 18
#: Characters of context around each window (for rules that look around a match).
WINDOW_MARGIN = 2000


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Selected:
    """A rule chosen for a file, with the severity it reports at and whether findings inside
    direct quotations are dropped (None: the rule's metadata decides)."""

    rule: Rule
    severity: Severity
    skip_quotes: bool | None = None


def lint_document(
    doc: Document,
    selected: Sequence[Selected],
    ctx: Context,
    report_unused: bool = False,
    priorities: Mapping[str, int] | None = None,
    known: frozenset[str] | None = None,
) -> tuple[list[Diagnostic], list[str]]:
    """Diagnostics for one document, and error messages for rules that crashed on it.

    ``priorities``: family name -> rank (lower speaks first) where families flag the same text
    (default: the built-in families' declared priorities). ``known``: every rule id there is
    (suppression comments naming another are reported)."""
    with collector.linting():
        return _lint(doc, selected, ctx, report_unused, priorities, known)


def _lint(
    doc: Document,
    selected: Sequence[Selected],
    ctx: Context,
    report_unused: bool,
    priorities: Mapping[str, int] | None,
    known: frozenset[str] | None,
) -> tuple[list[Diagnostic], list[str]]:
    seen: set[tuple[str, int, int, str]] = set()
    out: list[Diagnostic] = []
    plan = _plan(selected)
    found, errors = _check_all(doc, selected, ctx)
    prose_end = len(doc.prose)
    ids, quotes = plan.ids, plan.skip_quotes
    # only the rules that found something (a few of the hundreds run), picked out in C: a step of
    # Python per rule and document cost about 0.1 s over the corpus (130,800 steps, 1,658 findings)
    for i in compress(range(len(found)), found):
        item, rule_id, skip_quotes = selected[i], ids[i], quotes[i]
        meta = item.rule.meta
        for finding in found[i] or ():
            span = finding.span
            if span.end > prose_end or doc.is_masked(span):
                continue
            if skip_quotes and doc.in_quote(span):
                continue
            key = (rule_id, span.start, span.end, finding.message)
            if key in seen:
                continue
            seen.add(key)
            severity = item.severity
            if finding.severity is not None and item.severity == meta.severity:
                severity = finding.severity  # the rule's own grading, when the config leaves it
            out.append(_stamp(doc, rule_id, severity, finding))
    if priorities is None:
        from copylint.registry import builtin_families

        priorities = {name: f.priority for name, f in builtin_families().items() if not f.backend}
    out = _house_first(out, plan.house_ids)
    out = _drop_duplicates(out, plan.backend_ids, priorities)
    out = suppress.apply(doc, out, report_unused, known)
    out.sort(key=Diagnostic.sort_key)
    return out, errors


def _check(rule: Rule, doc: Document, ctx: Context) -> tuple[list[Finding] | None, str | None]:
    """The rule's findings on ``doc``, or None and the error message when it failed."""
    try:
        return list(rule.check(doc, ctx)), None
    except CheckError as exc:
        return None, f"{doc.path}: {rule.meta.id}: {exc}"
    except Exception as exc:  # noqa: BLE001 - a broken rule must not take the run down
        return None, f"{doc.path}: rule {rule.meta.id} failed: {type(exc).__name__}: {exc}"


def _check_all(
    doc: Document, selected: Sequence[Selected], ctx: Context
) -> tuple[list[list[Finding] | None], list[str]]:
    """Each selected rule's findings (None where it failed) and the failures' messages, in
    selection order. Block-local rules run window by window on a document longer than
    :data:`WINDOW_CHARS`, each window's analyses dropped before the next is built."""
    found: list[list[Finding] | None] = [None] * len(selected)
    failed: list[str | None] = [None] * len(selected)
    plan = _plan(selected)
    local = _block_local(selected) if len(doc.prose) > WINDOW_CHARS else []
    if local:
        windowed = set(local)
        whole = [i for i in range(len(selected)) if i not in windowed]
        _check_some(doc, selected, ctx, _subplan(plan, whole), found, failed)
        kept: dict[int, list[Finding]] = {i: [] for i in local}
        for window in doc.windows(WINDOW_CHARS, WINDOW_MARGIN):
            got: list[list[Finding] | None] = [None] * len(selected)
            _check_some(window.doc, selected, ctx, _subplan(plan, list(kept)), got, failed)
            for i in list(kept):
                findings = got[i]
                if findings is None:
                    del kept[i]  # as in one pass: a rule that fails reports nothing
                else:
                    kept[i] += window.place(findings)
            if window.doc is not doc:
                window.doc.forget()  # its analyses go now, even if something still points at it
        for i, findings in kept.items():
            found[i] = findings
    else:
        _check_some(doc, selected, ctx, (plan.together, plan.alone), found, failed)
    return found, [e for e in failed if e is not None]


#: Checks a list of rules on a document together: each one's findings, in order (what each
#: one's ``check`` gives). A rule offers one as its ``shared_check`` (the pattern kind does).
SharedCheck = Callable[[Sequence[Rule], Document, Context], list[list[Finding]]]
#: The rules a check visits: the shared checks with their members (positions) and rules, and the
#: positions of the rules checked on their own, in order.
_Together = tuple[tuple[SharedCheck, tuple[int, ...], tuple[Rule, ...]], ...]
_Subplan = tuple[_Together, tuple[int, ...]]


def _subplan(plan: _Plan, which: Sequence[int]) -> _Subplan:
    """The plan's shared checks and lone rules restricted to the positions ``which`` (a shared
    check left with fewer than two members runs its rule on its own)."""
    wanted = set(which)
    together = []
    grouped: set[int] = set()
    for how, members, rules in plan.together:
        mine = [(i, rule) for i, rule in zip(members, rules, strict=True) if i in wanted]
        if len(mine) >= 2:
            together.append((how, tuple(i for i, _ in mine), tuple(rule for _, rule in mine)))
            grouped.update(i for i, _ in mine)
    return tuple(together), tuple(i for i in which if i not in grouped)


def _check_some(
    doc: Document,
    selected: Sequence[Selected],
    ctx: Context,
    subplan: _Subplan,
    found: list[list[Finding] | None],
    failed: list[str | None],
) -> None:
    """The checks of ``subplan`` on ``doc``, each rule's findings and error written into
    ``found`` and ``failed`` at its position: the shared checks first, then every other rule in
    order; when a shared check fails, each of its rules is checked on its own (and a rule that
    fails reports its own error, as it would alone)."""
    together, alone = subplan
    broken: list[int] = []
    for how, members, rules in together:
        try:
            lists = how(rules, doc, ctx)
        except Exception:  # noqa: BLE001 - each rule is checked on its own below
            broken.extend(members)
            continue
        for i, findings in zip(members, lists, strict=True):
            found[i] = findings
            failed[i] = None
    for i in alone if not broken else sorted((*alone, *broken)):
        found[i], failed[i] = _check(selected[i].rule, doc, ctx)


@compared
@dataclass(frozen=True, eq=False, repr=False)
class _Plan:
    """What the engine reads from a selection for every document it checks, worked out once."""

    #: Each rule's id, and whether its findings inside direct quotations are dropped.
    ids: tuple[str, ...]
    skip_quotes: tuple[bool, ...]
    #: The ids of the backend rules and of the house rules (see :func:`_is_house`).
    backend_ids: frozenset[str]
    house_ids: frozenset[str]
    #: The rules that offer the same shared check, by check: positions and the rules themselves
    #: (what the check is given); and the positions of the rules checked on their own, in order.
    together: _Together
    alone: tuple[int, ...]


#: The plans of recent selections (id -> the selection, its plan); the selection is kept with
#: its plan, so its id is not reused while it is here.
_PLANS: dict[int, tuple[Sequence[Selected], _Plan]] = {}


def _plan(selected: Sequence[Selected]) -> _Plan:
    cached = _PLANS.get(id(selected))
    if cached is not None and cached[0] is selected:
        return cached[1]
    metas = [item.rule.meta for item in selected]
    shared = _groups(selected)
    grouped = {i for _, members in shared for i in members}
    plan = _Plan(
        ids=tuple(meta.id for meta in metas),
        skip_quotes=tuple(
            bool(item.skip_quotes if item.skip_quotes is not None else meta.skips_quotes)
            for item, meta in zip(selected, metas, strict=True)
        ),
        backend_ids=frozenset(meta.id for meta in metas if meta.backend),
        house_ids=frozenset(meta.id for meta in metas if _is_house(meta)),
        together=tuple((how, members, tuple(selected[i].rule for i in members)) for how, members in shared),
        alone=tuple(i for i in range(len(selected)) if i not in grouped),
    )
    if len(_PLANS) >= 8:
        del _PLANS[next(iter(_PLANS))]
    _PLANS[id(selected)] = (selected, plan)
    return plan


def _shared(selected: Sequence[Selected]) -> tuple[tuple[SharedCheck, tuple[int, ...]], ...]:
    """The rules of ``selected`` that offer the same shared check, by check (positions; for the
    bench scripts that time the checks one by one)."""
    return tuple((how, members) for how, members, _ in _plan(selected).together)


def _groups(selected: Sequence[Selected]) -> tuple[tuple[SharedCheck, tuple[int, ...]], ...]:
    groups: dict[SharedCheck, list[int]] = {}
    for i, item in enumerate(selected):
        how = getattr(item.rule, "shared_check", None)
        if how is not None:
            groups.setdefault(how, []).append(i)
    return tuple((how, tuple(members)) for how, members in groups.items() if len(members) > 1)


def _block_local(selected: Sequence[Selected]) -> list[int]:
    """Positions of the rules whose findings in a paragraph depend only on that paragraph:
    the rules of families that say so, less backend and document-wide kinds."""
    from copylint.registry import builtin_families

    families = {name for name, f in builtin_families().items() if f.block_local}
    return [
        i
        for i, item in enumerate(selected)
        if item.rule.meta.family in families
        and not item.rule.meta.backend
        and not getattr(item.rule, "document_wide", False)
    ]


def _stamp(doc: Document, rule_id: str, severity: Severity, finding: Finding) -> Diagnostic:
    start, end = doc.source_range(finding.span)
    line, col = doc.line_col(start)
    end_line, end_col = doc.line_col(end)
    fix = None
    if finding.fix is not None and _fix_ok(doc, finding):
        edits = []
        for edit in finding.fix.edits:
            s, e = doc.source_range(edit.span)
            edits.append(SourceEdit(s, e, edit.replacement))
        fix = tuple(edits)
    return Diagnostic(
        path=doc.path,
        line=line,
        column=col,
        end_line=end_line,
        end_column=end_col,
        rule=rule_id,
        severity=severity,
        message=flat(finding.message),
        suggestions=finding.suggestions,
        fix=fix,
        fix_safe=bool(finding.fix and finding.fix.safe),
        offset=start,
        end_offset=end,
        shown=tuple(in_context(doc.source, start, end, s) for s in finding.suggestions),
    )


_WORD_BEFORE = re.compile(r"\w[\w'’-]*[^\S\n]*$")
_WORD_AFTER = re.compile(r"^[^\S\n]*[\w'’-]*\w")


def in_context(source: str, start: int, end: int, replacement: str) -> str:
    """``replacement`` as it reads in place: unchanged when it has a letter or digit of its own,
    otherwise (a deletion, a punctuation mark) with the neighbouring words on its line."""
    if any(c.isalnum() for c in replacement):
        return replacement
    before = _WORD_BEFORE.search(source, max(0, start - 40), start)
    after = _WORD_AFTER.match(source[end : end + 40])
    left = before.group() if before else ""
    right = after.group() if after else ""
    text = " ".join((left + replacement + right).split())
    return text or replacement


#: House rules: the config's own vocabulary and local packs. Where one flags a word,
#: ``spelling.unknown-word`` stays silent on it (the house has said what to write).
HOUSE_RULES = frozenset({"spelling.rejected-word", "style.house-term", "style.house-casing"})
UNKNOWN_WORD = "spelling.unknown-word"


def _is_house(meta) -> bool:  # type: ignore[no-untyped-def]
    return meta.id in HOUSE_RULES or (meta.origin != "builtin" and not meta.origin.startswith("plugin:"))


def _house_first(diags: list[Diagnostic], house_ids: frozenset[str]) -> list[Diagnostic]:
    """Drop ``spelling.unknown-word`` where a house rule flags an overlapping span."""
    house = [(d.offset, d.end_offset) for d in diags if d.rule in house_ids]
    if not house:
        return diags
    return [d for d in diags if d.rule != UNKNOWN_WORD or not any(s < d.end_offset and d.offset < e for s, e in house)]


#: Characters a fix may not write into a source of this format: they could make markup.
_MARKUP_CHARS = {"html": set("<>&"), "markdown": set("<>[]`*_\\")}


def _fix_ok(doc: Document, finding: Finding) -> bool:
    """A fix edits prose only: each edit stays inside the finding's span, replaces characters
    copied verbatim from the source (no markup, entity or collapsed whitespace in between) and
    writes no character that is markup in the document's format. Other fixes are dropped (the
    diagnostic is still reported)."""
    assert finding.fix is not None
    forbidden = _MARKUP_CHARS.get(doc.format, set())
    for edit in finding.fix.edits:
        span = edit.span
        if not finding.span.contains(span) or not doc.is_verbatim(span):
            return False
        if forbidden and (set(edit.replacement) - set(doc.text(span))) & forbidden:
            return False
    return True


def _drop_duplicates(
    diags: list[Diagnostic], backend_ids: frozenset[str], priorities: Mapping[str, int]
) -> list[Diagnostic]:
    """One diagnostic per exact source span and family: where rules of different families
    (or a backend such as LanguageTool) flag exactly the same text, built-in rules beat backend
    rules, then the higher severity wins, then the family with the lower declared priority.
    Rules of one family keep their own say (a long sentence can also be a hard one)."""
    by_span: dict[tuple[int, int], list[Diagnostic]] = {}
    for d in diags:
        by_span.setdefault((d.offset, d.end_offset), []).append(d)
    if all(len(group) == 1 for group in by_span.values()):
        return diags
    out = []
    key = _precedence(backend_ids, priorities)
    for group in by_span.values():
        if len(group) > 1:
            group = [d for d in group if d.rule not in backend_ids] or group
            if len({d.family for d in group}) > 1:
                best = min(group, key=key)
                group = [d for d in group if d.family == best.family]
        out.extend(group)
    return out


def _precedence(
    backend_ids: frozenset[str], priorities: Mapping[str, int]
) -> Callable[[Diagnostic], tuple[int, int, int, str]]:
    last = max(priorities.values(), default=0) + 1

    def key(d: Diagnostic) -> tuple[int, int, int, str]:
        return (d.rule in backend_ids, -d.severity.rank, priorities.get(d.family, last), d.rule)

    return key
