"""kinds.alternatives.union must match exactly what the plain alternation matches."""

from __future__ import annotations

import re

import pytest

from copylint.kinds.alternatives import by_first_letter, first_chars, guard, guard_holds, union

PATTERNS = [
    r"\bto boot\b",
    r"\bbite(?:s|ing)? the bullet\b",
    r"\b(?:my|your|his) own worst enemy\b",
    r"\bto (?:my|your) heart's content\b",  # shares a first letter with the first pattern
    r"\b\d+ years young\b",  # starts with a digit class: tried everywhere
    r"(?<![\w-])ſtrange\b",
    r"\bKelvin\b",
    r"\bto\b",  # shorter, later: loses to the ones before it at the same position
]
TEXT = (
    "He went TO BOOT camp, and to boot he was biting the bullet. Your own worst enemy "
    "is YOUR OWN WORST ENEMY; to my heart's content. He is 90 years young. strange ſtrange "
    "\u212aelvin kelvin to to"
)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_union_finds_what_the_plain_alternation_finds(flags: int) -> None:
    plain = re.compile("|".join(f"(?:{p})" for p in PATTERNS), flags)
    fast = re.compile(union(PATTERNS, flags), flags)
    if not flags:
        assert fast.pattern != plain.pattern  # dispatched (with IGNORECASE "ſ" opens no bucket)
    assert [m.span() for m in fast.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert any(True for _ in plain.finditer(TEXT))


def test_capturing_groups_are_left_alone() -> None:
    patterns = ["(a)b", "cd", "ef", "(?P<x>g)h"]
    assert union(patterns) == "|".join(f"(?:{p})" for p in patterns)


def test_first_chars() -> None:
    assert first_chars(r"\b(?:Bite|bit)s?", re.IGNORECASE) == frozenset("b")
    assert first_chars(r"\b(?:Bite|bit)s?") == frozenset("Bb")
    assert first_chars(r"\w+") is None
    assert first_chars(r"(?:a)?b") == frozenset("ab")
    assert first_chars(r"(?<=\bis\s)(?:x|(?<!y))?[cd]\d") == frozenset("xcd")
    assert first_chars(r"(?:a)?b?") is None  # may match the empty string
    assert first_chars(r"\d+%|\s") == frozenset({"\\d", "\\s"})


def test_ignorecase_dispatch_keeps_unicode_case_folding() -> None:
    patterns = [r"\bto boot\b", r"\bbite the bullet\b", r"\b(?:my|his) own worst enemy\b", r"\bto\b", r"\bKelvin\b"]
    text = "TO BOOT, to boot; \u212aelvin and kelvin; HIS own worst enemy; to"
    plain = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    fast = re.compile(union(patterns, re.IGNORECASE), re.IGNORECASE)
    assert fast.pattern.startswith(r"\b(?=")  # one word-boundary test, then the first character
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(plain.findall(text)) == 6


GUARDED_MODULES = [
    "copylint.families.claims.lexicon",
    "copylint.families.claims.attribution",
    "copylint.families.claims.numbers",
    "copylint.families.claims.rules",
    "copylint.families.style.dates",
    "copylint.families.style.headlines",
    "copylint.families.style.names",
    "copylint.families.style.numbers",
    "copylint.families.style.punctuation",
    "copylint.families.style.times",
    "copylint.families.style.usage",
]


@pytest.mark.parametrize("module", GUARDED_MODULES)
def test_hand_written_guards_admit_every_first_character(module: str) -> None:
    import importlib

    patterns = {k: v for k, v in vars(importlib.import_module(module)).items() if isinstance(v, re.Pattern)}
    checked = {k: guard_holds(v) for k, v in patterns.items() if guard_holds(v) is not None}
    assert checked
    assert [k for k, ok in checked.items() if not ok] == []


def test_guard_holds_catches_a_missing_key() -> None:
    assert guard_holds(re.compile(guard("ab", r"\b(?:a|B)x"), re.IGNORECASE))
    assert guard_holds(re.compile(guard("a", r"\b(?:a|B)x"), re.IGNORECASE)) is False
    assert guard_holds(re.compile(guard("ab", r"\b(?:a|B)x"))) is False
    assert guard_holds(re.compile("x")) is None


def test_by_first_letter_keeps_the_first_match() -> None:
    pattern = r"\b(?:rise|rose|fall(?:s|en)?|(?<!x)because|fell|[ab]c|due\s+to|drop|d)\b(?!x)"
    grouped = by_first_letter(pattern)
    assert grouped.startswith(r"\b(?:r(?:ise|ose)|fall(?:s|en)?|(?<!x)because|fell|[ab]c|d(?:ue\s+to|rop|)")
    text = "Prices rise, rose and fell because of a drop; d, due to ac and Falls, fallen, Rose."
    for flags in (0, re.IGNORECASE):
        assert [m.span() for m in re.finditer(grouped, text, flags)] == [m.span() for m in re.finditer(pattern, text, flags)]
    assert by_first_letter(r"\b(?:ab|(c)|ad)") == r"\b(?:ab|(c)|ad)"  # a capturing group stays where it is
    assert by_first_letter(r"x(?:ab|ad)") == r"x(?:ab|ad)"
