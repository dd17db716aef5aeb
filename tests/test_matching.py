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


def test_source_reads_text_and_flags_of_every_kind_of_pattern_without_compiling() -> None:
    lazy = matching.compile(r"\bGen\. \w+", re.IGNORECASE)
    later = matching.later(r"VB.*")
    gated = matching.gated(["said", "says"], re.IGNORECASE, r"\bpolice ", r"\b")
    assert matching.source(lazy) == (r"\bGen\. \w+", re.IGNORECASE)
    assert matching.source(later) == ("VB.*", 0)
    assert matching.source(gated) == (gated.pattern, re.IGNORECASE)
    assert "finditer" not in vars(lazy) and "finditer" not in vars(later)  # not compiled
    plain = re.compile(r"\bGen\. \w+", re.IGNORECASE)
    assert matching.source(plain) == (plain.pattern, plain.flags)


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


GATED = (
    r"(?:almost|nearly)\s+(?:everyone|all|no\s+one)\b",
    r"(?<!\bthe\s)majority\s+of",
    r"(?<=hot )water",
    r"most\s+(?:people|voters)\b(?!\s+who)",
    r"x*y",
    r"[Kk]elvin",
    r"across\s+the\s+board",
)
GATED_WORDS = (
    "almost nearly everyone all no one the majority of hot water most people voters who x xy y "
    "Kelvin \u212aelvin KELVIN across board \u0130 some said"
).split()


@pytest.mark.parametrize("seed", range(3))
def test_gated_alternation_matches_exactly_the_whole_pattern(seed: int) -> None:
    import random

    r = random.Random(seed)
    for _ in range(40):
        alts = tuple(r.sample(GATED, r.randint(1, len(GATED))))
        flags = re.IGNORECASE if r.random() < 0.6 else 0
        prefix, suffix = r.choice([("", ""), (r"\b", ""), (r"\b", r"\b"), ("", r"(?=[ .])")])
        gated = matching.gated(alts, flags, prefix=prefix, suffix=suffix)
        whole = re.compile(prefix + "(?:" + "|".join(alts) + ")" + suffix, flags)
        assert gated.pattern == whole.pattern
        # one object, many texts: each text compiles what it needs on top of what came before
        for _ in range(12):
            text = "".join(r.choice(GATED_WORDS) + r.choice([" ", ". ", "\n", ""]) for _ in range(r.randint(0, 12)))
            start = r.randint(0, len(text))
            end = r.randint(start, len(text))
            assert _spans(gated, text) == _spans(whole, text), (alts, flags, text)
            assert [m.span() for m in gated.finditer(text, start, end)] == [
                m.span() for m in whole.finditer(text, start, end)
            ]
            for method in ("search", "match", "fullmatch"):
                got, expected = getattr(gated, method)(text, start, end), getattr(whole, method)(text, start, end)
                assert (got and got.span()) == (expected and expected.span()), (method, alts, text)
            assert gated.findall(text) == whole.findall(text)


def test_a_gated_alternation_without_its_keywords_matches_nothing() -> None:
    gated = matching.gated((r"nearly\s+all", r"most\s+people"), re.IGNORECASE, prefix=r"\b")
    assert list(gated.finditer("The council met on Monday.")) == []  # not the empty group's empty matches
    assert gated.search("The council met on Monday.") is None
    assert [m.group(0) for m in gated.finditer("Nearly all of them. MOST PEOPLE agree.")] == [
        "Nearly all",
        "MOST PEOPLE",
    ]
    assert isinstance(gated, re.Pattern)
    assert gated.sub("-", "most people agree") == "- agree"


def test_a_gated_alternation_refuses_groups_and_an_optional_group() -> None:
    for alts, suffix in (((r"(a)b", "c"), ""), ((r"(?P<x>a)", "c"), ""), (("a", "b"), "?")):
        with pytest.raises(ValueError):
            matching.gated(alts, 0, suffix=suffix)
    assert matching.gated((r"\(a\)", r"b"), 0).search("x (a)") is not None  # an escaped bracket is no group


def test_sweeping_claims_match_as_the_whole_pattern_sentence_by_sentence() -> None:
    from copylint.families.claims import lexicon as lx

    sentences = [
        "Almost everyone agrees.",
        "The vast majority of voters stayed home.",
        "A majority of people said no.",
        "It is universally accepted.",
        "Everybody knows that. All economists now agree.",
        "Most people distrust it. Most voters who stayed left.",
        "Most of these coins were created by launderers.",
        "Without exception, across the board, the world over.",
        "The whole world knows.",
        "The council met on Monday.",
        "Nearly all of the staff were there; at most people's homes.",
    ]
    whole = re.compile(lx.SWEEPING_RX.pattern, re.IGNORECASE)
    gated = matching.gated(lx.SWEEPING, re.IGNORECASE, prefix=r"\b")
    for sentence in sentences:
        assert _spans(gated, sentence) == _spans(whole, sentence), sentence
        assert _spans(lx.SWEEPING_RX, sentence) == _spans(whole, sentence), sentence


def test_a_top_level_alternation_gets_a_guard_unless_every_alternative_starts_with_a_literal() -> None:
    # re skips ahead to a BRANCH's first characters only when every alternative starts with a
    # literal: here one starts with a lookbehind, so without the guard every position is tried
    doubled = r",,+|!!+|\?\?+|;;+|(?<!\.)\.\.(?!\.)|,\.(?!\d)"
    for pattern in (doubled, f"(?:{doubled})", f"(?:(?:{doubled}))", r"[.;:!?]|\s[-–—]\s"):
        assert matching.optimise(pattern).startswith("(?=["), pattern
    for pattern in (r"abc|abd", r"(?:abc|abd)", r"\(x|\.y", r"(?:a|b)c", r"x[|]y", r"[a-z]+"):
        assert not matching.optimise(pattern).startswith("(?=["), pattern
    for pattern in (r"(?:a|b)?c|d", r"(?:a|b)+", r"\bfoo|bar", r"a?b|c"):
        assert not matching._starts_plain(pattern, 0), pattern
    text = "Really!! Why?? a,,b Apple.. and... then,. 3,.5; x;; y - z. (a) [b]"
    for pattern in (doubled, f"(?:{doubled})", r"[.;:!?]|\s[-–—]\s"):
        want = [m.span() for m in re.finditer(pattern, text)]
        assert [m.span() for m in re.finditer(matching.optimise(pattern), text)] == want


# -- keywords as written (patterns without IGNORECASE) ---------------------------------------------

CASED_PATTERNS = (
    r"\b(?P<month>(?:January|June|May|Mar\.?))[ \u00a0](?P<day>\d{1,2})\b",
    r"\b(?P<title>Mr|Mrs|Ms|Mx)\.?[ \u00a0](?=[A-Z])",
    r"\b(?P<title>Dr|Gen|Lt)\.?[ \u00a0](?P<name>[A-Z][a-z]+)",
    r"\b(?:[Ff]rom|[Bb]etween) \d+",
    r"(?:in the|at night|o['’]clock)\b",
    r"(?i)\bMay\b",
    r"\bon (?=(?:Monday|Tuesday)\b)",
)
CASED_WORDS = (
    "May may MAY June june January january Mar Mar. mar market Mr mr Mrs Ms ms terms Mx Dr dr Drive "
    "Gen General gen Lt lt From from Between between in the IN THE at night o'clock o’clock clock "
    "Monday monday Tuesday on On 5 12 3 Smith X \u212a \u0130"
).split()


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(CASED_WORDS), max_size=12), seps=st.sampled_from([" ", "\u00a0", ". ", ""]))
def test_keywords_as_written_never_hide_a_match(words: list[str], seps: str) -> None:
    text = seps.join(words)
    for pattern in CASED_PATTERNS:
        cased = matching.cased_requirements(pattern)
        if re.search(pattern, text):
            assert matching.holds_every_group(cased, text), (pattern, text)
            assert matching.may_match_text(re.compile(pattern), text)


def test_keywords_as_written_keep_their_case() -> None:
    assert matching.cased_requirements(r"\b(?:May|June)\b") == (frozenset({"May", "June"}),)
    # a capital makes a two-letter keyword worth testing; lower-case ones need three letters
    assert matching.cased_requirements(r"\b(?:Mr|Mrs|Ms)\b") == (frozenset({"Mr", "Ms"}),)
    assert matching.cased_requirements(r"\b(?:mr|ms)\b") == ()
    assert matching.cased_requirements(r"\bin the (?:morning|evening)") == (
        frozenset({"in the m", "in the e"}),
        frozenset({"morning", "evening"}),
    )
    # case-insensitive patterns have none (their lower-case keywords are requirements())
    assert matching.cased_requirements(r"\b(?:May|June)\b", re.IGNORECASE) == ()
    assert matching.cased_requirements(r"(?i)\b(?:May|June)\b") == ()
    assert matching.cased_requirements(r"(?si)\b(?:May|June)\b") == ()
    assert matching.requirements(r"\b(?:May|June)\b") == (frozenset({"may", "june"}),)
    assert not matching.holds_every_group(matching.cased_requirements(r"\bMay \d"), "Prices may rise in the market.")
    assert not matching.may_match_text(matching.compile(r"\bMay \d"), "Prices may rise in the market.")
    assert matching.may_match_text(matching.compile(r"\bMay \d"), "On May 5 prices rose.")


def test_keywords_take_the_character_that_must_follow_them() -> None:
    # "Gen" before "." or a space is "Gen." or "Gen ": "General" no longer passes the test
    title = r"\b(?P<title>Dr|Gen|Lt)\.?[ \u00a0](?P<name>[A-Z]\w+)"
    longer = frozenset(t + c for t in ("Dr", "Gen", "Lt") for c in ". \u00a0")
    assert matching.cased_requirements(title) == (longer,)
    assert matching.requirements(title) == (frozenset(k.lower() for k in longer),)
    assert not matching.may_match_text(matching.compile(title), "General Motors and Colt reported results.")
    assert matching.may_match_text(matching.compile(title), "General Lt. Smith spoke.")
    assert matching.cased_requirements(r"\b(?:May|June)[ \u00a0]\d") == (
        frozenset({"May ", "May\u00a0", "June ", "June\u00a0"}),
    )
    assert matching.cased_requirements(r"\b(?:mr|ms) ") == (frozenset({"mr ", "ms "}),)
    assert matching.cased_requirements(r"(?:Dr|Gov)+\.") == (frozenset({"Dr.", "Gov."}),)
    # an assertion consumes nothing: the literals on either side are one keyword
    assert matching.requirements(r"1(?<!\d1)2:\d") == (frozenset({"12:"}),)
    # nothing is known to follow: the keyword stays as it was
    assert matching.cased_requirements(r"\b(?:Gen|Lt)\b") == (frozenset({"Gen", "Lt"}),)
    assert matching.cased_requirements(r"\bGen\.?") == (frozenset({"Gen"}),)
    assert matching.cased_requirements(r"\bGen\s") == (frozenset({"Gen"}),)  # \s is many characters
    assert matching.cased_requirements(r"\bGen(?:\.|eral)?\b") == (frozenset({"Gen"}),)
    # a longer group takes the place of the group it implies, never of a better one
    assert matching.requirements(r"\b(?:set|sets) (?:my|your) teeth\b") == (
        frozenset({" teeth"}),
        frozenset({"set ", "sets "}),
    )


FOLLOWED_PATTERNS = (
    r"\b(?P<title>Dr|Gen|Lt|Rep)\.?[ \u00a0](?P<name>[A-Z]\w+)",
    r"\b(?:mr|ms) [a-z]",
    r"(?:Dr|Gov)+\.\w",
    r"\b(?:Gen|Lt)(?:eral)?\.? [A-Z]",
    r"(?i)\b(?:rep|sen)\.?(?=\s)",
    r"(?:on|in)(?: the)? (?:Monday|May)\b",
    r"1(?<!\d1)2(?:[:.]00)? ?(?:am|pm|noon)",
)
FOLLOWED_WORDS = (
    "Dr Gen General Lt Rep Report Sen Gov Government mr ms Mr May on in the Monday 12 1 2 noon pm X".split()
)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(FOLLOWED_WORDS), max_size=10),
    seps=st.lists(st.sampled_from([" ", "\u00a0", ".", ". ", "", ":00 ", "\n"]), min_size=1, max_size=3),
)
def test_longer_keywords_never_hide_a_match(words: list[str], seps: list[str]) -> None:
    text = "".join(w + seps[i % len(seps)] for i, w in enumerate(words))
    for pattern in FOLLOWED_PATTERNS:
        if re.search(pattern, text):
            assert matching.holds_every_group(matching.cased_requirements(pattern), text), (pattern, text)
            assert matching.may_match(matching.requirements(pattern), text), (pattern, text)


def test_a_keyword_pass_answers_as_in_does_for_every_keyword_it_knows() -> None:
    """:class:`matching.KeywordPass` gives, for each keyword noted before, what ``keyword in
    text`` gives: overlapping keywords, one inside another, at the text's ends, whitespace of
    every kind and non-ASCII letters included; a keyword noted later is not given until the
    automaton is built again (the caller tests it itself)."""
    import random

    rng = random.Random(1512)
    alphabet = "ab c\t\n\xa0é’-."
    keywords = {"a", "ab", "b a", "aa", "aaa", "c\t", "é’", "\xa0-", ".", "ba\n", "abcab"}
    keywords |= {"".join(rng.choices(alphabet, k=rng.randint(1, 6))) for _ in range(200)}
    kp = matching.KeywordPass()
    assert kp.known("anything") == {}  # nothing noted yet
    for keyword in sorted(keywords):
        kp.note(keyword)
    texts = ["", "a", "abcab", "b a\xa0-é’"] + [
        "".join(rng.choices(alphabet, k=rng.randint(0, 400))) for _ in range(300)
    ]
    for text in texts:
        known = kp.known(text)
        assert known == {k: k in text for k in keywords}
    kp.note("zz")
    assert "zz" not in kp.known("zzz")  # one new keyword: not built again yet
    for k in ("zy", "zx", "zw", "zv", "zu", "zt", "zs"):
        kp.note(k)
    known = kp.known("zzz zx")
    assert known["zz"] and known["zx"] and not known["zy"]
    assert known == {k: k in "zzz zx" for k in known}


def test_a_keyword_pass_holds_at_most_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past MAX_PASS_KEYWORDS nothing more is noted (a bounded automaton in a long-lived
    process); the keywords it holds are still answered as ``in`` answers."""
    monkeypatch.setattr(matching, "MAX_PASS_KEYWORDS", 10)
    kp = matching.KeywordPass()
    for n in range(50):
        kp.note(f"w{n:02d}")
    known = kp.known("w03 w07 w42")
    assert len(known) == 10
    assert known == {k: k in "w03 w07 w42" for k in known}
    for n in range(50, 100):
        kp.note(f"w{n:02d}")
    assert len(kp.known("w55")) == 10


def test_the_style_census_answers_the_same_with_and_without_the_keyword_pass() -> None:
    """In a run over many files the style census reads keywords and literals met in earlier
    documents from one pass; its answers are those of ``in`` on the lowered prose and the prose."""
    from copylint import read_document
    from copylint.families.style import common

    texts = [
        "On 5 Dec the firm's Ms Jones said sales rose 20%.",
        "In the afternoon Mr. Smith met the UN and UK envoys; £5m and €3m — not $2m.",
        "No figures here at all, only words.",
        "DEC and Dec and dec: the March of time, St Ives, Gen. Lee, 1,000 people.",
    ]
    groups = [("dec", "jan"), ("in the ",), ("ms ", "mr "), ("feb",), ("march", "may"), (",000",), ("st ive",)]
    literals = [("Dec",), ("£", "€"), ("—",), ("Ms",), ("Gen",), ("UK", "UN"), ("Oct",)]
    was = matching.analysing()
    try:
        matching.analyse_new_patterns(True)
        for round_ in range(2):  # the first round notes the keywords, the second reads them from the pass
            for text in texts:
                census = common._Census(read_document(text, "story.txt"))
                if round_:
                    assert "dec" in census._found and "Dec" in census._literal  # read from the pass
                low = text.lower()
                for group in groups:
                    assert census.holds((group,)) == any(k in low for k in group)
                for group in literals:
                    assert census.has_literal(group) == any(k in text for k in group)
    finally:
        matching.analyse_new_patterns(was)
