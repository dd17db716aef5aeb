"""The Aho-Corasick phrase matcher gives exactly the spans of the trie regex it replaces."""

from __future__ import annotations

import random
import re

import pytest

from copylint import matching
from copylint.kinds.base import alternation, bounded
from copylint.kinds.phrases import WHITESPACE, PhraseMatcher

WORDS = (
    "a an the big Big deal apple at end of day don't it's well-known e-mail close call "
    "re\u2010use \u201cquote\u201d end-of-day Day"
).split()
SEPARATORS = [" ", "  ", "\n", "\t", " \u00a0", "-", "'", "’", ",", ".", "_", "x", "\u2010", "\u3000 "]


def _regex(phrases: list[str], ignorecase: bool) -> re.Pattern[str]:
    flags = re.IGNORECASE if ignorecase else 0
    return re.compile(matching.optimise(bounded(alternation(phrases)), flags), flags)


def _text(r: random.Random) -> str:
    out = []
    for _ in range(r.randint(0, 25)):
        out.append(r.choice([*WORDS, "ENd", "THE", "Apple", "bigger", "deals", "1", "Ünder", "ſ"]))
        out.append(r.choice(SEPARATORS))
    return "".join(out)


@pytest.mark.parametrize("seed", range(3))
def test_same_spans_as_the_trie_regex(seed: int) -> None:
    r = random.Random(seed)
    for _ in range(200):
        phrases = [" ".join(r.choice(WORDS) for _ in range(r.randint(1, 3))) for _ in range(r.randint(1, 8))]
        ignorecase = r.random() < 0.7
        rx = _regex(phrases, ignorecase)
        matcher = PhraseMatcher(phrases, ignorecase, lambda rx=rx: rx)
        text = _text(r)
        start = r.randint(0, len(text))
        end = r.randint(start, len(text))
        expected = [m.span() for m in rx.finditer(text, start, end)]
        assert list(matcher.finditer(text, start, end)) == expected, (phrases, ignorecase, text, start, end)


def test_the_extension_wins_and_whitespace_runs_match() -> None:
    phrases = ["at the end", "at the end of the day", "end of"]
    matcher = PhraseMatcher(phrases, True, lambda: _regex(phrases, True))
    text = "At the\n end  of the day, at the end."
    assert [text[s:e] for s, e in matcher.finditer(text, 0, len(text))] == ["At the\n end  of the day", "at the end"]


def test_phrases_it_does_not_model_go_to_the_regex() -> None:
    phrases = ["café society"]
    matcher = PhraseMatcher(phrases, True, lambda: _regex(phrases, True))
    assert not matcher.modelled
    assert list(matcher.finditer("The Café Society met.", 0, 21)) == [(4, 16)]


def test_whitespace_is_every_character_backslash_s_matches() -> None:
    assert "".join(c for c in map(chr, range(0x110000)) if c.isspace()) == WHITESPACE  # what re's \s tests
    assert re.fullmatch(r"\s+", WHITESPACE)


def test_without_pyahocorasick_the_regex_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    from copylint.kinds import phrases

    monkeypatch.setattr(phrases, "ahocorasick", None)
    listed = ["at the end of the day"]
    matcher = PhraseMatcher(listed, True, lambda: _regex(listed, True))
    assert not matcher.modelled
    assert list(matcher.finditer("At the end of the day, yes.", 0, 27)) == [(0, 21)]
