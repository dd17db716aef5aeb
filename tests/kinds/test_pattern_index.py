"""The pattern kind's anchor index and its shapes (a pattern with optional tokens and skips
expanded into fixed layouts, checked in place) only skip starts that cannot match and find the
reading backtracking finds: a rule finds exactly what the same rule finds when it tries every
token with the backtracking matcher (its anchors removed)."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

import pytest

from copylint.kinds.pattern import PatternRule, parse_test

from .helpers import build, run

TEXT = (
    "While he still looking for work, they went on win three titles. The council is going be late. "
    "He was able finish the race and the mayor or the council could of seen it. Neither the mayor "
    "or the council came to and end. An his wife said the kind thinking was one the best. "
    "We depend of course on them, but we depend of them too. It is is a test; a a b c d e f or g. "
    "And so it ended. Police said the man fled as and when he could. Prices were rise quickly."
)
# sentence ends, a sentence-initial "is", "and" at either end, optional words present and absent
TEXT2 = (
    "Is important to know. He still going home and the mayor or the council was rise. The the end. "
    "Police said the man was not able go. And he went on win; he could not of seen it or and. "
    "A council of the mayor is is late and the went. The mayor could. Of course the council is."
)
WORDS = ["he", "the", "or", "and", "on", "of", "a", "is", "could", "went", "to", "mayor", "an", "his", "was"]
TAGS = ["VB.*", "NN.*", "DT", "IN", "PRP", "MD", "JJ", "VBG", "CC"]
LEMMAS = ["go", "be", "depend", "have"]


def _test(rng: random.Random) -> dict[str, Any]:
    test: dict[str, Any] = {}
    kind = rng.choice(["word", "word", "tag", "lemma", "lemma-tag", "word-tag", "regex", "not", "case"])
    if kind == "word":
        test["word"] = rng.sample(WORDS, rng.randint(1, 3))
    elif kind == "tag":
        test["tag"] = rng.choice(TAGS)
    elif kind == "lemma":
        test["lemma"] = rng.choice(LEMMAS)
    elif kind == "lemma-tag":
        test["lemma"] = rng.sample(LEMMAS, 2)
        test["tag"] = rng.choice(TAGS)
    elif kind == "word-tag":
        test["word"] = rng.sample(WORDS, rng.randint(1, 3))
        test["tag"] = rng.choice(TAGS)
        if rng.random() < 0.5:
            test["lemma"] = rng.choice(LEMMAS)
    elif kind == "regex":
        test["regex"] = "[a-z]{2,4}"
    elif kind == "not":
        test["not"] = {"tag": rng.choice(TAGS)}
    else:
        test["case"] = "lower"
    if rng.random() < 0.3:
        test["skip"] = rng.randint(1, 4) if rng.random() < 0.9 else 8  # 8: too many shapes, backtracking
    if rng.random() < 0.2:
        test["optional"] = True
    if rng.random() < 0.15:
        test["except"] = [{"word": rng.sample(WORDS, 2)}]
    if rng.random() < 0.1:
        test["anchor"] = rng.choice(["start", "end"])
    return test


def _rule(rng: random.Random) -> PatternRule:
    variants = [{"pattern": [_test(rng) for _ in range(rng.randint(1, 4))]} for _ in range(rng.randint(1, 3))]
    data: dict[str, Any] = {"kind": "pattern", "message": "{match}", "patterns": variants}
    if rng.random() < 0.4:
        data["antipatterns"] = [[_test(rng) for _ in range(rng.randint(1, 2))]]
    rule = build(data, family="grammar")
    assert isinstance(rule, PatternRule)
    return rule


def _unindexed(rule: PatternRule) -> PatternRule:
    return replace(
        rule,
        variants=tuple(replace(v, anchors=()) for v in rule.variants),
        anti_anchors=tuple(() for _ in rule.antipatterns),
    )


@pytest.mark.parametrize("seed", range(200))
def test_the_index_finds_what_trying_every_token_finds(seed: int) -> None:
    rule = _rule(random.Random(seed))
    assert run(rule, TEXT) == run(_unindexed(rule), TEXT)
    assert run(rule, TEXT2) == run(_unindexed(rule), TEXT2)


@pytest.mark.parametrize(
    "pattern",
    [
        # an optional word present is the reading backtracking takes first, absent the next
        [{"word": ["he", "the"]}, {"word": ["still", "mayor"], "optional": True}, {"tag": "VBG|VBD|NN"}],
        # a skip: the nearest token that holds comes first
        [{"word": "the", "skip": 3}, {"word": ["or", "council", "was"]}],
        # a skip after an absent optional token counts from where that token would have been
        [{"word": "the"}, {"word": "big", "optional": True, "skip": 2}, {"tag": "NN"}],
        # a sentence anchor and a match that would run into the next sentence
        [{"word": ["is", "the", "of"], "anchor": "start"}, {"tag": "JJ|DT|NN"}],
        [{"word": ["council", "could", "end"]}, {"regex": "[a-z]+", "optional": True}, {"word": ["is", "the", "of"]}],
        # every test optional: a match with no token reports nothing
        [{"word": "mayor", "optional": True}, {"word": "or", "optional": True}],
    ],
)
def test_shapes_take_the_reading_backtracking_takes(pattern: list[dict[str, Any]]) -> None:
    rule = build({"kind": "pattern", "message": "{match}", "pattern": pattern}, family="grammar")
    assert isinstance(rule, PatternRule)
    for text in (TEXT, TEXT2):
        assert run(rule, text) == run(_unindexed(rule), text)


def test_too_many_shapes_fall_back_to_backtracking() -> None:
    pattern = [{"word": "the", "skip": 8}, {"tag": "NN.*", "skip": 8}, {"word": ["the", "a", "of"]}]
    rule = build({"kind": "pattern", "message": "{match}", "pattern": pattern}, family="grammar")
    assert isinstance(rule, PatternRule)
    found = run(rule, TEXT2)
    assert found and found == run(_unindexed(rule), TEXT2)


def test_skips_and_optional_tokens_before_the_anchor_are_reached() -> None:
    rule = build(
        {
            "kind": "pattern",
            "message": "{match}",
            "pattern": [{"tag": "DT", "skip": 3}, {"word": "mayor", "optional": True}, {"word": ["or"]}],
        },
        family="grammar",
    )
    found = [m for m, *_ in run(rule, TEXT)]
    assert found == [m for m, *_ in run(_unindexed(rule), TEXT)]
    assert "the mayor or" in found


def test_the_word_forms_are_the_same_before_and_after_tagging() -> None:
    from copylint import read_document
    from copylint.nlp.analysis import tagged, words

    text = "Don’t say the Council’s plans aren't news. He said: “It’s late” — and left.\n\nA second PARAGRAPH."
    fresh = words(read_document(text, "a.txt"))
    doc = read_document(text, "a.txt")
    tagged(doc)
    assert words(doc) == fresh
    assert {"n't", "'s", "paragraph"} <= fresh  # Treebank tokens, apostrophes as ASCII


def test_a_verb_tagged_lemma_tests_forms_are_every_form_with_that_lemma_under_a_verb_tag() -> None:
    """A shape tests a token's word against the forms its lemma test allows before lemmatising
    it (``_lemma_forms``): under a verb-only tag, every spelling whose lemma under a verb tag is
    one of the lemmas must be among them (nouns such as "hope" included); under any tag, the
    forms are :func:`copylint.nlp.lemma.forms_of`'s."""
    from copylint.families.grammar.lexicon import lexicon
    from copylint.kinds.pattern import _lemma_forms, _verb_tags_only
    from copylint.nlp.lemma import _FORMS_OF, _PLURALS, forms_of, lemma

    lex = lexicon()
    spellings = set(lex.forms) | set(_FORMS_OF) | set(_PLURALS)
    for verb in lex.verbs.values():
        spellings.update((verb.base, verb.third, *verb.past, *verb.participle, verb.gerund))
    spellings.update(w + "s" for w in list(spellings))
    verb_tags = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
    of: dict[str, set[str]] = {}
    for w in spellings:
        for tag in verb_tags:
            of.setdefault(lemma(w, tag), set()).add(w)
    bases = sorted(b for b in of if b in lex.verbs or b in _FORMS_OF.values())
    assert len(bases) > 1000
    for base in [*bases[::7], "be", "have", "do", "go", "hope", "decide", "wish", "promise"]:
        found = _lemma_forms(frozenset([base]), True)
        assert found is not None and of[base] <= found, (base, sorted(of[base] - (found or set()))[:5])
        assert all(any(lemma(w, t) == base for t in verb_tags) for w in found)  # nothing else
    pair = frozenset(["go", "hope"])
    assert _lemma_forms(pair, True) == _lemma_forms(frozenset(["go"]), True) | _lemma_forms(frozenset(["hope"]), True)
    assert _lemma_forms(frozenset(["depend"]), False) == forms_of(["depend"])
    assert _lemma_forms(frozenset(["hope"]), False) is None  # a noun too: not finitely many

    def tag(text: str) -> Any:
        return parse_test({"tag": text}).tag

    for text in ("VB.*", "VBP?", "VB|VBP|VBZ|VBD", "VB", "VBG|VBN"):
        assert _verb_tags_only(tag(text)), text
        assert _verb_tags_only(parse_test({"tag": text}, check=False).tag), text  # not compiled for it
    for text in ("VB*", "VB?", "V.*", "NN|VB", "VB(D|N)", "VB[DN]", "VB.*|MD", ".*", "VB.*|", "(?i)VB"):
        assert not _verb_tags_only(tag(text)), text
    assert not _verb_tags_only(None)
