"""A rule's pattern list searched with only the patterns a text has the keywords of gives exactly
the matches of the whole alternation."""

from __future__ import annotations

import random
import re

import pytest

from copylint import Context, read_document
from copylint.kinds.patternset import PatternSet

from .helpers import build, matched

PATTERNS = (
    r"\bto boot(?=\s*(?:[.,;:!?)]|$))",
    r"\b(?:bide|bides|biding) (?:my|his|their) time\b",
    r"\b(?:with|touch \w+ with) a (?:ten-foot|barge)(?: pole)?\b",
    r"\b\d+ years young\b",
    r"(?<=hot )water\b",
    r"x*",
    r"\bKelvin\b",
    r"[Ss]ome(?:thing)? old",
    r"\bsubscribe\b",
    r"\([ \t]+(?=[^\s)])|[ \t](?<=[^\s(][ \t])[ \t]*\)",
    r",,+|!!+|(?<!\.)\.\.(?!\.)",
)
WORDS = (
    "to boot bide biding my his their time with touch it a ten-foot barge pole 12 years young "
    "hot water x xx Kelvin \u212aelvin some Something old the subscribe \u017fubscribe"
).split()
SEPARATORS = [" ", "  ", ".", ", ", "\n", ")", "-", " ( ", " ) ", ",,", "!!", "...", ".."]


def _text(r: random.Random) -> str:
    return "".join(r.choice(WORDS) + r.choice(SEPARATORS) for _ in range(r.randint(0, 30)))


@pytest.mark.parametrize("seed", range(3))
def test_same_matches_as_the_whole_alternation(seed: int) -> None:
    r = random.Random(seed)
    for _ in range(300):
        patterns = tuple(r.sample(PATTERNS, r.randint(1, len(PATTERNS))))
        flags = re.IGNORECASE if r.random() < 0.6 else 0
        whole = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
        subset = PatternSet(patterns, flags)
        text = _text(r)
        start = r.randint(0, len(text))
        end = r.randint(start, len(text))
        expected = [m.span() for m in whole.finditer(text, start, end)]
        rx = subset.for_text(text)
        got = [] if rx is None else [m.span() for m in rx.finditer(text, start, end)]
        assert got == expected, (patterns, flags, text, start, end)


def test_a_text_without_any_pattern_keyword_scans_nothing() -> None:
    subset = PatternSet((r"\bbide (?:my|his) time\b", r"\bhot water\b"), re.IGNORECASE)
    assert subset.for_text("Nothing of the kind here.") is None
    rx = subset.for_text("They were in hot water.")
    assert rx is not None and rx.search("They were in hot water.") is not None


def test_ordinary_words_among_the_cheapest_keywords_do_not_keep_a_pattern() -> None:
    # every match needs "with" and " a ", but also one of the pole words
    subset = PatternSet((r"\b(?:with|touch \w+ with) a (?:ten-foot|barge)(?: pole)?\b",), re.IGNORECASE)
    assert subset.for_text("She went with a friend to a match.") is None
    assert subset.for_text("Not with a barge pole.") is not None


def test_an_existence_rule_with_phrases_and_patterns() -> None:
    rule = build(
        {
            "kind": "existence",
            "message": "'{match}' is a cliché.",
            "tokens": ["the writing on the wall", "to boot camp"],
            "patterns": [r"\bto boot(?=\s*(?:[.,;:!?)]|$))", r"\bbid(?:e|es|ing) (?:my|his|their) time\b"],
        },
        family="cliche",
    )
    assert matched(rule, "He saw the writing on the wall, and was biding his time to boot.") == [
        "the writing on the wall",
        "biding his time",
        "to boot",
    ]
    assert matched(rule, "Off to boot camp.") == ["to boot camp"]
    assert matched(rule, "Nothing to see.") == []


def test_an_existence_rule_with_patterns_only() -> None:
    rule = build({"kind": "existence", "message": "'{match}'.", "patterns": [r"\bsign up\b", r"\bsubscribe\b"]})
    doc = read_document("Subscribe now.\n\nOr sign up today.\n", "a.txt")
    found = [doc.prose[f.span.start : f.span.end] for f in rule.check(doc, Context())]
    assert found == ["Subscribe", "sign up"]


def test_punctuation_patterns_are_ruled_out_by_their_marks() -> None:
    # keywords shorter than the usual three characters count here, when they are not letters
    subset = PatternSet((r",,+|!!+|\?\?+", r"\([ \t]+(?=[^\s)])"), 0)
    assert subset.for_text("A plain sentence with one mark.") is None
    rx = subset.for_text("Really?? ( yes)")
    assert rx is not None and [m.group() for m in rx.finditer("Really?? ( yes)")] == ["??", "( "]


@pytest.mark.parametrize("seed", range(3))
def test_same_matches_over_a_region_as_the_whole_alternation(seed: int) -> None:
    r = random.Random(seed)
    for _ in range(300):
        patterns = tuple(r.sample(PATTERNS, r.randint(1, len(PATTERNS))))
        flags = re.IGNORECASE if r.random() < 0.6 else 0
        whole = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
        subset = PatternSet(patterns, flags)
        text = _text(r)
        start = r.randint(0, len(text))
        end = r.randint(start, len(text))
        rx = subset.for_region(text, start, end)
        for method in ("fullmatch", "match", "search"):
            expected = getattr(whole, method)(text, start, end)
            got = None if rx is None else getattr(rx, method)(text, start, end)
            assert (got and got.span()) == (expected and expected.span()), (patterns, flags, text, start, end)


def test_a_region_keeps_a_lookbehind_whose_keyword_lies_before_it() -> None:
    subset = PatternSet((r"(?<=hot )water\b", r"\bsubscribe\b"), re.IGNORECASE)
    text = "hot water"
    rx = subset.for_region(text, 4, len(text))
    assert rx is not None and rx.fullmatch(text, 4, len(text)) is not None
    assert PatternSet((r"\bsubscribe\b",), re.IGNORECASE).for_region("Nothing here", 0, 12) is None
