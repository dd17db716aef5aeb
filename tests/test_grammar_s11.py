"""Session 11 grammar rules, from the kinds of edit the JFLEG tune half's misses need: agreement
with a bare noun subject (grammar.bare-subject-agreement), a countable noun without its article
or plural ending after a pronoun and 'be', after 'have' and after 'there are'
(grammar.predicate-bare-noun, grammar.have-bare-noun, grammar.there-are-singular-noun), and the
pattern pack rules/grammar-s11.yaml (a finite verb after a preposition, an article before a
demonstrative, 'maybe be', 'easy to me to'). Sentences written here."""

from __future__ import annotations

import pytest
import yaml

from copylint import Linter
from pack_examples import GB, ROOT, US, assert_flagged_alone, assert_reports, check_pack, found

AGREEMENT = "grammar.bare-subject-agreement"
PREDICATE = "grammar.predicate-bare-noun"
HAVE = "grammar.have-bare-noun"
THERE = "grammar.there-are-singular-noun"
THAT = "grammar.that-clause-agreement"
SINGLING = "grammar.singling-adjective-article"
NEW = (AGREEMENT, PREDICATE, HAVE, THERE, THAT, SINGLING)
PACK = ROOT / "rules" / "grammar-s11.yaml"
PACK_RULES = yaml.safe_load(PACK.read_text(encoding="utf-8"))["rules"]


def _family(text: str, language: str = "en-US") -> list:
    lint = Linter({"language": language, "select": ["grammar"]}, plugins=False)
    return [d for d in lint.lint_text(text, "x.txt") if d.family == "grammar"]


@pytest.mark.parametrize(
    ("text", "rule", "flagged", "fix"),
    [
        ("Tourists is welcome here.", AGREEMENT, "is", "are"),
        ("Most drivers was angry about the fine.", AGREEMENT, "was", "were"),
        ("Small shops has a hard time.", AGREEMENT, "has", "have"),
        ("Nowadays, phones does everything.", AGREEMENT, "does", "do"),
        ("I think doctors works too hard.", AGREEMENT, "works", "work"),
        ("Pollution harm our health.", AGREEMENT, "harm", "harms"),
        ("Lately teacher have more work.", AGREEMENT, "teacher have", "teachers have"),
        ("Good driver need a licence.", AGREEMENT, "Good driver need", "Good drivers need"),
        ("She thinks that the train leave soon.", THAT, "leave", "leaves"),
        ("The trouble is that my car need a new tyre.", THAT, "need", "needs"),
        ("It was very useful tool.", PREDICATE, "very useful tool", "a very useful tool"),
        ("That will be long journey.", PREDICATE, "long journey", "a long journey"),
        ("She has been loyal customer for years.", PREDICATE, "loyal customer", "a loyal customer"),
        ("They were close neighbour for years.", PREDICATE, "close neighbour", "close neighbours"),
        ("Tom and I are old friend.", PREDICATE, "old friend", "old friends"),
        ("You will have nice garden there.", HAVE, "nice garden", "a nice garden"),
        ("There are some mistake in the text.", THERE, "mistake", "mistakes"),
        ("We need certain tool for it.", SINGLING, "certain tool", "a certain tool"),
        ("It works only for specific case.", SINGLING, "specific case", "a specific case"),
        ("There were no empty seat in the hall.", THERE, "empty seat", "empty seats"),
    ],
)
def test_slip_is_reported_once_with_its_fix(text: str, rule: str, flagged: str, fix: str) -> None:
    got = _family(text)
    assert [d.rule for d in got] == [rule]
    d = got[0]
    assert text[d.offset : d.end_offset] == flagged
    assert d.suggestions[0] == fix


@pytest.mark.parametrize(
    "text",
    [
        # agreement
        "Tourists are welcome here.",
        "Economics is a hard subject.",
        "Earnings was the word of the day.",
        "Darts is popular in pubs.",
        "Ten dollars was a lot then.",
        "Rising prices hurts nobody, he joked.",
        "Fields was the first to arrive. Gracie Fields sang.",
        "Staff are angry.",
        "God save the Queen.",
        "Crayfish live in rivers.",
        "Water supply lines burst.",
        "Trade talks resume today.",
        "Buying shares is risky.",
        "In the end, sales figures rose.",
        "Applicant need not reply.",
        "Mum want to know.",
        "Price rise hits shoppers.",
        "They demanded that the club pay the fee.",
        "It is essential that the patient rest.",
        "She said that the team want a new coach.",
        "He knows that the shops sell bread.",
        "I hope that the plan works.",
        "The students have left, and teachers say it is fine.",
        # predicate
        "It was a very useful tool.",
        "It is common practice here.",
        "It was great fun.",
        "That is fair game.",
        "He is former president of the club.",
        "She was team captain.",
        "It is little consolation.",
        "It was first choice for many.",
        "They are old friends.",
        "We are family.",
        "It is good news for the town.",
        "He was elected mayor.",
        "It is the only way.",
        # have
        "You will have a nice view from there.",
        "They have good reason to worry.",
        "We had hard work to do.",
        "She has direct access to the files.",
        # singling
        "We need a certain tool for it.",
        "He faced certain defeat.",
        "Pay particular attention to the date.",
        "The whole team came.",
        "Such specific case law is rare.",
        # there
        "There are some mistakes in the text.",
        "There were lots of fun.",
        "There are some school buses outside.",
        "There were a number of delays.",
        "There are many kinds of tea.",
    ],
)
def test_correct_sentences_are_left_alone(text: str) -> None:
    for language in ("en-US", "en-GB"):
        assert [d.rule for d in _family(text, language) if d.rule in NEW] == [], text


def test_headlines_and_quotes_are_left_alone() -> None:
    assert [d.rule for d in _family("Students Has Its Say") if d.rule in NEW] == []
    assert [d.rule for d in _family('He said: "Students has to work."') if d.rule in NEW] == []


def test_british_english_too() -> None:
    assert [d.rule for d in _family("Tourists is welcome here.", "en-GB")] == [AGREEMENT]


def test_bare_singular_noun_leaves_the_predicate_to_the_new_rules() -> None:
    got = _family("It will be good situation for everyone.")
    assert [d.rule for d in got] == [PREDICATE]


@pytest.mark.parametrize("rule_id", NEW)
def test_bad_examples_are_flagged_alone_and_good_ones_left_alone(rule_id: str) -> None:
    rule = US.registry.rules[rule_id]
    assert rule.meta.bad and rule.meta.good
    for example in rule.meta.bad:
        assert_flagged_alone(US, example, {rule_id})
    for example in rule.meta.good:
        for linter in (US, GB):
            assert [d.rule for d in linter.lint_text(example, "story.md") if d.rule == rule_id] == [], example


def test_new_rules_are_on_by_default() -> None:
    lint = Linter({"language": "en-US"}, plugins=False)
    text = (
        "Tourists is welcome here. This is important thing. There are some mistake here. They will have better"
        " chance. She thinks that the train leave soon. We need certain tool for it."
    )
    assert set(NEW) <= {d.rule for d in lint.lint_text(text, "x.txt")}


@pytest.mark.parametrize(
    ("text", "rule", "span", "suggestion"),
    [
        ("Think about sells the house.", "grammar.preposition-finite-verb", "about sells", "about selling"),
        ("He left without pays the bill.", "grammar.preposition-finite-verb", "without pays", "without paying"),
        ("After wrote the letter, she slept.", "grammar.preposition-finite-verb", "After wrote", "After writing"),
        ("I read the those pages twice.", "grammar.article-demonstrative", "the those", "those"),
        ("They maybe be right.", "grammar.maybe-be", "maybe be", "may be"),
        ("It was hard to him to stop.", "grammar.easy-to-me-to", "to him", "for him"),
        ("We spent alot of money.", "grammar.alot", "alot", "a lot"),
        ("She walks rather that driving.", "grammar.rather-that", "rather that", "rather than"),
        ("We both seen that film.", "grammar.pronoun-all-participle", "We both seen", "We both see"),
        ("He is a chess players.", "grammar.article-compound-plural", "a chess players", "a chess player"),
    ],
)
def test_pattern_rules_report_the_slip_with_its_fix(text: str, rule: str, span: str, suggestion: str) -> None:
    assert_reports(found(text), rule, span, suggestion)


#: Correct sentences the pack's rules must leave alone (en-US and en-GB).
CORRECT = [
    "The flat she lives in needs work.",
    "The firm he worked for makes cars.",
    "He talked about costs and sales.",
    "After dinner, we went out.",
    "It was sold by auction.",
    "Maybe be quieter next time.",
    "Maybe they will be late.",
    "It is important to me to win.",
    "It is easy to see why.",
    "All these books are mine.",
    "Both those plans failed.",
    "They allot time to each speaker.",
    "I'd rather that nobody knew.",
    "We all made it home, and they all heard the news.",
    "He drives a sports car and she bought a dozen eggs.",
    "When a bond breaks, the load shifts.",
]


def test_the_packs_rules_have_docs_examples_and_leave_correct_text_alone() -> None:
    check_pack(PACK_RULES, ("summary", "explanation", "message"), (US, GB), CORRECT)


@pytest.mark.parametrize("rule_id", [str(r["id"]) for r in PACK_RULES])
def test_pack_rules_are_on_by_default(rule_id: str) -> None:
    rule = US.registry.rules[rule_id]
    assert rule.meta.enabled
    assert_flagged_alone(US, rule.meta.bad[0], {rule_id})


def test_the_shared_key_word_walk_knows_every_rules_keys() -> None:
    from copylint.families.grammar.bare_subject import CLAUSE_VERBS, THAT
    from copylint.families.grammar.keyed import KEYS
    from copylint.families.grammar.predicate_noun import HAVE as HAVE_WORDS
    from copylint.families.grammar.predicate_noun import SINGLING as SINGLING_WORDS
    from copylint.families.grammar.predicate_noun import SUBJECTS
    from copylint.families.grammar.predicate_noun import THERE as THERE_WORDS

    assert THAT | CLAUSE_VERBS | HAVE_WORDS | SINGLING_WORDS | SUBJECTS | THERE_WORDS <= KEYS
