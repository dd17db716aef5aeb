"""copylint.matching: computed guards, gathered alternations and keyword prefilters never change
what a pattern matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint import matching

SRC = Path(__file__).resolve().parents[1] / "src" / "copylint"

PATTERNS = [
    r"\b(?:rise|rose|fell|fall(?:s|en)?|increas(?:e|ed))\b",
    r"\b(?:is|are|was|were|be|been|being|'s|’s)\s+(?:\w+ly\s+)?$",
    r"(?<![\w'’-])(?:some|many|others|few|most|several)\s+(?:have\s+)?(?:say|said|argue)\b(?!\s+by)",
    r"\b(?P<title>Mr|Mrs|Ms|Mx)\.?[ \u00a0](?=[A-Z])",
    r"(?P<before>[ \u00a0]?)(?P<dash>—|--)(?P<after>[ \u00a0]?)(?=\S)",
    r"[$£€]\s?\d+(?:[.,]\d+)*(?:\s?(?:bn|m|k)\b)?|\b\d+\s?(?:pounds|dollars)\b",
    r"\d|\b(?:one|two|ten|twice|doubled)\b|(?<=\w)fold\b",
    r"(?:a|an|the)\s+(?:study|survey)\s+(?:shows?|found)",
    r"\b(?:ok|okay|o\.k\.)\b",
    r"x*y?",
    r"[^a-z]+",
    r"(?:ab|ac|ad)+e{2,3}",
    r"\bon[ \u00a0](?=(?:Monday|Tuesday)\b(?!['’]s))",
]
ALPHABET = "abcdefiklmnoprstuwyAEIKMORST .,'’-\n0123456789$£—\u212a\u017f\u0130é"


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("pattern", PATTERNS)
@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=80))
def test_compile_matches_exactly_what_re_matches(pattern: str, flags: int, text: str) -> None:
    assert _spans(matching.compile(pattern, flags), text) == _spans(re.compile(pattern, flags), text)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=80))
def test_union_matches_exactly_the_plain_alternation(flags: int, text: str) -> None:
    patterns = [f"(?:{p})" for p in PATTERNS if "?P<" not in p]
    plain = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    assert _spans(re.compile(matching.union(patterns, flags), flags), text) == _spans(plain, text)


def test_the_guard_is_computed_from_the_pattern() -> None:
    assert matching.first_chars(r"\b(?:is|Are|was)\s", re.IGNORECASE) == frozenset("iaw")
    assert matching.first_chars(r"\b(?:is|Are|was)\s") == frozenset("iAw")
    assert matching.first_chars(r"(?<=x)\d+|\s") == frozenset({matching.DIGIT, matching.SPACE})
    assert matching.first_chars(r"a?b*") is None  # may be empty
    assert matching.first_chars(r"\w+") is None  # too many characters
    assert matching.first_chars(r"é", re.IGNORECASE) is None  # a cased non-ASCII letter
    assert matching.optimise(r"\b(?:rise|rose|fell)", re.IGNORECASE) == r"(?=[fr])(?:\b(?:r(?:ise|ose)|fell))"


def test_alternations_with_capturing_groups_keep_their_order() -> None:
    assert matching.optimise(r"x(?:r(a)|f|r(b))") == r"x(?:r(a)|f|r(b))"


def test_unknown_syntax_is_left_alone() -> None:
    for pattern in (r"(?x) a b", r"(a)\1", r"(?(1)a|b)", r"a{,"):
        assert matching.optimise(pattern) == pattern or re.compile(pattern)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=80))
def test_keyword_prefilter_never_hides_a_match(text: str) -> None:
    for pattern in PATTERNS:
        needs = matching.requirements(pattern, re.IGNORECASE)
        if re.search(pattern, text, re.IGNORECASE):
            assert matching.may_match(needs, text), pattern


def test_requirements_are_literal_keywords() -> None:
    assert matching.requirements(r"\b(?:the|a)\s+study\s+(?:shows|found)", re.IGNORECASE) == (
        frozenset({"study"}),
        frozenset({"shows", "found"}),
    )
    assert not matching.may_match(matching.requirements(r"\bstudy\s+shows"), "No such words here.")


def test_no_private_re_api_and_no_patching() -> None:
    private = re.compile(r"\bre\._|\bsre_(?:parse|compile|constants)\b|\b_sre\b|_compiler\.compile\s*=")
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if private.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_may_match_text_reads_a_lazy_pattern_without_compiling_it() -> None:
    written: list[str] = []

    def write() -> str:
        written.append("x")
        return r"\bpolice (?:said|say)\b"

    rx = matching.deferred(write, re.IGNORECASE)
    assert not matching.may_match_text(rx, "The council met on Monday.")
    assert matching.may_match_text(rx, "POLICE SAID so.")
    assert "finditer" not in vars(rx)  # tested, never compiled
    assert written == ["x"]
    plain = re.compile(r"\bpolice (?:said|say)\b", re.IGNORECASE)
    for text in ("The council met on Monday.", "POLICE SAID so.", "the police say"):
        assert matching.may_match_text(plain, text) == matching.may_match_text(rx, text)
    assert rx.search("POLICE SAID so.") is not None
