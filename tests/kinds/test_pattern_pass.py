"""The pattern rules of a run are matched in one pass per document (``check_together``): each
rule still reports exactly what it reports when it runs alone, under its own id, and selection,
suppression comments, ``ignore``, per-rule severity and a failing rule behave as before."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from copylint import Context, Linter, Severity, read_document
from copylint.engine import Selected, lint_document
from copylint.kinds.pattern import PatternRule, check_together

from .helpers import build
from .test_pattern_index import TEXT, TEXT2, _rule

Found = list[tuple[str, int, int, str, str]]


def _lint(rules: list[PatternRule], text: str, language: str = "en-US") -> Found:
    doc = read_document(text, "a.txt")
    diags, errors = lint_document(doc, [Selected(r, Severity.WARNING) for r in rules], Context(language=language))
    assert not errors
    return sorted((d.rule, d.line, d.column, d.message, doc.source[d.offset : d.end_offset]) for d in diags)


def _numbered(rule: PatternRule, n: int, language: str | None = None) -> PatternRule:
    return replace(rule, meta=replace(rule.meta, id=f"grammar.test-rule-{n}"), language=language)


@pytest.mark.parametrize("seed", range(60))
def test_rules_matched_together_find_what_each_finds_alone(seed: int) -> None:
    rng = random.Random(seed)
    rules = [_numbered(_rule(rng), n, rng.choice([None, None, "en-US", "en-GB"])) for n in range(8)]
    for text in (TEXT, TEXT2, TEXT + "\n\n" + TEXT2):
        for language in ("en-US", "en-GB"):
            alone = sorted(f for r in rules for f in _lint([r], text, language))
            assert _lint(rules, text, language) == alone


@pytest.mark.parametrize("seed", range(60))
def test_the_pass_finds_what_each_rule_finds_by_its_own_check(seed: int) -> None:
    # the pass tries most shapes only where the document has a pair of their words (first
    # anchor and first word set tested, one or two tokens apart, in either order); a rule's own
    # check tries every shape at every position of its anchor's words
    rng = random.Random(1000 + seed)
    rules = [_numbered(_rule(rng), n) for n in range(8)]
    ctx = Context(language="en-US")
    for text in (TEXT, TEXT2):
        doc = read_document(text, "a.txt")
        assert check_together(rules, doc, ctx) == [list(r.check(doc, ctx)) for r in rules]


def test_a_shape_found_later_still_loses_to_an_earlier_one() -> None:
    # two shapes of one variant (the optional word present or absent) start from different
    # anchor words: the first shape in order wins at a start, whichever word is looked at first
    first = build(
        {
            "id": "grammar.test-a",
            "kind": "pattern",
            "message": "{match}",
            "pattern": [{"word": ["he", "the"]}, {"word": ["still", "mayor"], "optional": True}, {"tag": "VBG|NN"}],
        },
        family="grammar",
    )
    other = build(
        {"id": "grammar.test-b", "kind": "pattern", "message": "{match}", "pattern": [{"word": "mayor"}]},
        family="grammar",
    )
    together = _lint([first, other], TEXT)
    assert together == sorted(_lint([first], TEXT) + _lint([other], TEXT))
    assert ("grammar.test-a", 1, 7, "he still looking", "he still looking") in together


PACK = """\
family: grammar
rules:
  - id: grammar.house-could-of
    kind: pattern
    summary: could of
    message: "Write 'could have'"
    pattern: [{word: could}, {word: of}]
  - id: grammar.house-went-on-win
    kind: pattern
    summary: went on win
    message: "Missing 'to'"
    pattern: [{lemma: go}, {word: "on"}, {tag: VB}]
  - id: grammar.house-double-the
    kind: pattern
    summary: the the
    message: "Doubled 'the'"
    pattern: [{word: the}, {word: the}]
"""
TEXT3 = "He could of won. They went on win three titles. It was the the end.\n"


def _linter(tmp_path: Path, extra: str = "") -> Linter:
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "copylint.yaml").write_text(
        f"packs: [{tmp_path / 'pack.yaml'}]\nselect: [grammar.house-could-of, grammar.house-went-on-win, "
        f"grammar.house-double-the]\n{extra}",
        encoding="utf-8",
    )
    return Linter(tmp_path / "copylint.yaml", plugins=False)


def _found(lt: Linter, text: str) -> list[tuple[int, str, str]]:
    return [(d.column, d.rule, d.severity.value) for d in lt.lint_text(text, "a.txt")]


def test_each_rule_reports_under_its_own_id_and_severity(tmp_path: Path) -> None:
    lt = _linter(tmp_path, "severity: {grammar.house-went-on-win: error}\n")
    assert _found(lt, TEXT3) == [
        (4, "grammar.house-could-of", "warning"),
        (23, "grammar.house-went-on-win", "error"),
        (56, "grammar.house-double-the", "warning"),
    ]


def test_ignored_and_suppressed_rules_stay_silent(tmp_path: Path) -> None:
    lt = _linter(tmp_path, "ignore: [grammar.house-double-the]\n")
    assert [r for _, r, _ in _found(lt, TEXT3)] == ["grammar.house-could-of", "grammar.house-went-on-win"]
    lt = _linter(tmp_path)
    text = "He could of won. <!-- copylint-disable-line grammar.house-could-of -->\n" + TEXT3
    assert [r for _, r, _ in _found(lt, text)] == [
        "grammar.house-could-of",
        "grammar.house-went-on-win",
        "grammar.house-double-the",
    ]


def test_a_rule_failing_in_the_shared_pass_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = PatternRule._finding

    def broken(self: PatternRule, *args: Any) -> Any:
        if self.meta.id == "grammar.house-went-on-win":
            raise ValueError("boom")
        return real(self, *args)

    monkeypatch.setattr(PatternRule, "_finding", broken)
    lt = _linter(tmp_path)
    doc = read_document(TEXT3, "a.txt")
    diags, errors = lt.lint_document(doc)
    assert [d.rule for d in diags] == ["grammar.house-could-of", "grammar.house-double-the"]
    assert errors == ["a.txt: rule grammar.house-went-on-win failed: ValueError: boom"]


def test_built_in_rules_together_find_what_each_finds_alone() -> None:
    text = (
        "He could of seen it. They went on win three titles and the the council said it were late. "
        "An historic win was one the best, but she don't know where he go yesterday.\n\n"
        "Neither the mayor or the council came. He is more taller than his brother.\n"
    )
    together = Linter({"select": ["grammar"]}, plugins=False).lint_text(text)
    ids = sorted({d.rule for d in together})
    assert len(ids) >= 4
    alone = [d for rule_id in ids for d in Linter({"select": [rule_id]}, plugins=False).lint_text(text)]
    key = lambda d: (d.rule, d.offset, d.end_offset, d.message)  # noqa: E731
    assert sorted(together, key=key) == sorted(alone, key=key)


def test_a_run_over_many_files_builds_every_pattern_rule_at_once_and_finds_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # one article: a rule is built when its gate first lets a document through; a run over many
    # files (matching.analysing()) builds them all when the pass first runs
    from copylint import matching
    from copylint.kinds import pattern

    text = (
        "He could of seen it. They went on win three titles and the the council said it were late. "
        "An historic win was one the best, but she don't know where he go yesterday.\n\n"
        "Neither the mayor or the council came. He is more taller than his brother.\n"
    )
    key = lambda d: (d.rule, d.offset, d.end_offset, d.message)  # noqa: E731
    found = {}
    for many in (False, True):
        monkeypatch.setattr(matching, "_analyse_new", many)
        monkeypatch.setattr(pattern, "_BANKS", {})
        found[many] = sorted(Linter({"select": ["grammar"]}, plugins=False).lint_text(text), key=key)
        (bank,) = pattern._BANKS.values()
        assert bool(bank._pending) is not many  # one article: most rules never built
        if many:
            assert len(bank.filed.built) > 300
    assert len({d.rule for d in found[False]}) >= 4
    assert found[True] == found[False]
