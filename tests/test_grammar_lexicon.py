"""The grammar lexicon as its build script makes it: a mass noun is not listed as its own plural
(the SPECIALIST lexicon, through LemmInflect, gives "help", "say", "view" the plural "help",
"say", "view": their mass reading), but it is listed as a mass noun."""

from __future__ import annotations

import pytest

from copylint.families.grammar.data.build_lexicon import plural_forms
from copylint.families.grammar.lexicon import lexicon


@pytest.mark.parametrize(
    ("lemma", "listed", "plurals"),
    [
        ("help", ("helps", "help"), ("helps",)),
        ("say", ("say",), ()),
        ("view", ("views", "view"), ("views",)),
        ("sheep", ("sheep",), ("sheep",)),
        ("fish", ("fishes", "fish"), ("fishes", "fish")),
        ("series", ("series",), ("series",)),
        ("clothes", ("clothes",), ("clothes",)),
        ("car", ("cars",), ("cars",)),
    ],
)
def test_the_build_keeps_the_base_form_as_a_plural_only_for_zero_plurals(
    lemma: str, listed: tuple[str, ...], plurals: tuple[str, ...]
) -> None:
    assert plural_forms(lemma, listed) == plurals


@pytest.mark.parametrize("word", ["say", "play", "help", "keep", "view", "music", "advice", "life"])
def test_a_mass_noun_is_a_singular_noun_with_a_mass_reading(word: str) -> None:
    lex = lexicon()
    assert "NN" in lex.tags(word) and "NNS" not in lex.tags(word), lex.tags(word)
    assert word in lex.mass


@pytest.mark.parametrize("word", ["sheep", "people", "police", "species", "series", "helps", "views"])
def test_real_plurals_stay_plural(word: str) -> None:
    assert "NNS" in lexicon().tags(word)
