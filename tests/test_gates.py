"""A family's gates tested together per document (copylint.gates) answer exactly as each gate
tested alone (copylint.ruleindex.allows)."""

from __future__ import annotations

from pathlib import Path

import pytest

from copylint import ruleindex
from copylint.document import Document
from copylint.readers import read_document
from copylint.registry import Registry
from copylint.rule import Context

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _gated() -> list[ruleindex.IndexedRule]:
    rules = Registry.base(plugins=False).rules.values()
    return [r for r in rules if isinstance(r, ruleindex.IndexedRule) and r.gate is not None]


def _documents(rules: list[ruleindex.IndexedRule]) -> list[Document]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    for r in rules:  # every rule's own examples: texts that pass some gates and not others
        texts += [*r.meta.bad, *r.meta.good]
    texts.append("İstanbul’s “KELVIN” ﬁre: the straße was closed.")  # case-folding traps
    return [read_document(t) for t in texts if t.strip()]


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
def test_the_verdicts_together_are_each_gates_own(language: str) -> None:
    rules = _gated()
    assert all(r.gates is not None for r in rules)
    assert {(r.gate or ("",))[0] for r in rules} == {"pattern", "text", "options"}
    ctx = Context(language=language)
    passed = refused = 0
    for doc in _documents(rules):
        together = [r.gates.passes(r.slot, doc, ctx) for r in rules if r.gates is not None]
        alone = [ruleindex.allows(r.gate, doc, ctx) for r in rules if r.gate is not None]
        assert together == alone, doc.prose[:80]
        passed += sum(together)
        refused += len(together) - sum(together)
    assert passed > 500 and refused > 500


def test_documents_asked_about_in_turn_get_their_own_verdicts() -> None:
    rules = [r for r in _gated() if (r.gate or ("",))[0] in ("pattern", "text")]
    ctx = Context()
    docs = _documents(rules)[:40]
    first = [[r.gates.passes(r.slot, d, ctx) for r in rules if r.gates is not None] for d in docs]
    again = [[r.gates.passes(r.slot, d, ctx) for r in rules if r.gates is not None] for d in reversed(docs)]
    assert first == again[::-1]
    assert len({tuple(v) for v in first}) > 5  # the documents differ in what their gates let through


def test_a_pattern_gate_refuses_words_present_but_apart_and_only_when_the_rule_finds_nothing() -> None:
    """The links of a pattern gate (how far apart two successive word tests' words lie) refuse
    documents that have every word a variant needs but not where a match puts them; the rule
    itself finds nothing in any document they refuse."""
    from copylint.nlp.analysis import words

    rules = [r for r in _gated() if r.gate is not None and r.gate[0] == "pattern" and r.gate[3] is not None]
    docs = _documents(rules)
    refused = 0
    for r in rules:
        assert r.gate is not None
        ctx = Context(language=r.gate[1] or "en-US")
        for doc in docs:
            vocabulary = words(doc)
            has_words = any(all(not vocabulary.isdisjoint(ws) for ws in v) for v in r.gate[3])
            if has_words and not ruleindex.allows(r.gate, doc, ctx):
                assert not list(r.rule().check(doc, ctx)), (r.meta.id, doc.prose[:80])
                refused += 1
    assert refused > 200


def test_pattern_links_count_required_tests_skips_and_optional_ones() -> None:
    from copylint.kinds.pattern import parse_sequence

    tests = parse_sequence(
        [{"word": "a"}, {"tag": "JJ", "optional": True}, {"tag": "NN", "skip": 2}, {"word": "b"}, {"word": "c"}],
        "pattern",
    )
    assert ruleindex.pattern_links(tests) == ((2, 5), (1, 1))
    doc = read_document("A big dog b c. A b c.")
    gate = ("pattern", None, None, ((frozenset({"a"}), frozenset({"b"}), frozenset({"c"})),), (((2, 5), (1, 1)),))
    assert ruleindex.allows(gate, doc, Context())
    assert not ruleindex.allows(gate, read_document("A big red dog sat there b c."), Context())
    assert not ruleindex.allows(gate, read_document("A dog b. C b a."), Context())  # c in another sentence
    assert not ruleindex.allows(gate, read_document("A b c d."), Context())  # b right after a
    assert ruleindex.allows(gate, read_document("A x x x x b c."), Context())
    assert not ruleindex.allows(gate, read_document("A x x x x x b c."), Context())  # too far


def test_a_lemma_tests_forms_are_every_form_with_that_lemma() -> None:
    """The forms a pattern gate gives a test of lemmas (:func:`copylint.nlp.lemma.forms_of`)
    hold every lexicon form, verb form and plural-looking spelling whose lemma under any tag is
    one of the test's lemmas."""
    from copylint.families.grammar.lexicon import lexicon
    from copylint.kinds.pattern import PatternRule
    from copylint.nlp.lemma import _FORMS_OF, _PLURALS, forms_of, lemma

    tested: set[str] = set()
    for r in _gated():
        if r.gate is not None and r.gate[0] == "pattern":
            built = r.rule()
            assert isinstance(built, PatternRule)
            for v in built.variants:
                tested.update(lem for t in v.tests if t.lemmas is not None for lem in t.lemmas)
    assert len(tested) > 50
    lex = lexicon()
    spellings = set(lex.forms) | set(_FORMS_OF) | set(_PLURALS)
    for verb in lex.verbs.values():
        spellings.update((verb.base, verb.third, *verb.past, *verb.participle, verb.gerund))
    spellings.update(w + "s" for w in list(spellings))
    tags = sorted({t for tags in lex.forms.values() for t in tags} | {"MD", "RB", "NNPS", "VBP"})
    of: dict[str, set[str]] = {}
    for w in spellings:
        for tag in tags:
            got = lemma(w, tag)
            if got in tested:
                of.setdefault(got, set()).add(w)
    gated = 0
    for base, forms in of.items():
        found = forms_of([base])
        if found is None:
            assert "NN" in lex.forms.get(base, ())  # a noun: "takers" is a plural of "take"
            continue
        assert forms <= found, (base, sorted(forms - found)[:5])
        gated += 1
    assert gated > 20


def test_past_the_first_documents_a_selection_builds_rules_whose_words_come_without_their_links(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A selection's pending pattern rules are built when a document passes their gates: links
    and all for the first documents (``_LINKED_DOCUMENTS``), the words alone after that (each
    such rule built once, not its links tested at every document of a long run)."""
    from copylint import matching
    from copylint.kinds import pattern

    # not a run over many files (an earlier test's may have left it on): those build every rule at once
    monkeypatch.setattr(matching, "_analyse_new", False)

    rules = [r for r in _gated() if r.gate is not None and r.gate[0] == "pattern" and r.gate[3] is not None]
    ctx = Context(language="en-US")
    docs = [d for d in _documents(rules) if len(d.prose) < 2000]
    # a rule and a document that has its words apart, not where a match puts them
    found = None
    for r in rules:
        assert r.gate is not None
        for doc in docs:
            if ruleindex.allows(r.gate, doc, ctx, links=False) and not ruleindex.allows(r.gate, doc, ctx):
                found = (r, doc)
                break
        if found:
            break
    assert found is not None
    rule, doc = found
    bank = pattern._Bank((rule,))
    for _ in range(pattern._LINKED_DOCUMENTS):
        bank.admit(doc, ctx, words_of(doc))
        assert 0 in bank._pending  # links tested: not built
    bank.admit(doc, ctx, words_of(doc))
    assert 0 not in bank._pending  # the words alone: built


def words_of(doc: Document) -> frozenset[str]:
    from copylint.nlp.analysis import words

    return words(doc)
