"""The spelling family, through the public API: typos caught, names left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from copylint import Linter, lint_text

US = Linter({"select": ["spelling"]}, plugins=False)
GB = Linter({"select": ["spelling"], "language": "en-GB"}, plugins=False)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "spelling"


def flagged(text: str, linter: Linter = US, path: str = "story.txt") -> list[str]:
    """The flagged words, as written in the source (the spans of the diagnostics)."""
    lines = text.splitlines()
    return [
        lines[d.line - 1][d.column - 1 : d.end_column - 1]
        for d in linter.lint_text(text, path)
        if d.rule == "spelling.unknown-word"
    ]


def first_suggestion(text: str, linter: Linter = US) -> str:
    (diag,) = [d for d in linter.lint_text(text, "story.txt") if d.rule == "spelling.unknown-word"]
    return diag.suggestions[0]


@pytest.mark.parametrize(
    ("typo", "correction"),
    [
        ("recieved", "received"),
        ("untill", "until"),
        ("responsilbe", "responsible"),
        ("aiport", "airport"),
        ("commited", "committed"),
        ("seperate", "separate"),
    ],
)
def test_lowercase_typos_are_caught_with_the_right_first_suggestion(typo: str, correction: str) -> None:
    text = f"Police said the {typo} report was on the desk of the chief constable."
    assert flagged(text) == [typo]
    assert first_suggestion(text) == correction


@pytest.mark.parametrize(("typo", "correction"), [("Freinds", "Friends"), ("Collegues", "Colleagues")])
def test_capitalised_typos_at_a_sentence_start_are_caught(typo: str, correction: str) -> None:
    text = f"The vote was close. {typo} of the minister said she would stand again."
    assert flagged(text) == [typo]
    assert first_suggestion(text) == correction


def test_names_acronyms_and_house_words_are_left_alone() -> None:
    text = (
        "Kazakhstan's President Kassym-Jomart Tokayev met Europol officials and Sher Miralizoda's "
        "team in Astana. Tokayev said the NATO summit and the Nasa launch would go ahead. "
        "Shamsiddin Oripov, a Dushanbe lawyer, did not comment."
    )
    assert flagged(text) == []
    assert flagged(text, GB) == []


def test_a_capitalised_word_seen_twice_is_a_name() -> None:
    once = "Reporters waited outside. Frends arrived at noon and left by car."
    twice = once + " Frends later said the meeting had gone well."
    assert flagged(once) == ["Frends"]
    assert flagged(twice) == []


def test_a_rare_name_mid_sentence_is_not_corrected() -> None:
    assert flagged("The striker Marcos Servat scored twice against Potito Spadea's side.") == []


def test_repeated_typos_are_all_reported() -> None:
    diags = US.lint_text("The firm recieved the bid. The board recieved it too, and recieved a third.", "s.txt")
    assert [d.column for d in diags] == [10, 38, 59]


def test_suggestions_are_ordered_and_at_most_three_and_the_first_is_an_unsafe_fix() -> None:
    (diag,) = US.lint_text("She had definately left the building.", "s.txt")
    assert diag.suggestions[0] == "definitely"
    assert 1 <= len(diag.suggestions) <= 3
    assert diag.fix is not None and diag.fix[0].replacement == "definitely"
    assert diag.fix_safe is False


def test_british_and_american_spellings_follow_the_language() -> None:
    british = "The organisation said the colour of the theatre was grey."
    american = "The organization said the color of the theater was gray."
    assert flagged(british, GB) == []
    assert flagged(american, US) == []
    assert flagged(british, US) == ["organisation", "colour", "theatre", "grey"]
    assert flagged(american, GB) == ["color", "theater", "gray"]  # "organization" is British too
    (diag,) = GB.lint_text("The color was wrong.", "s.txt")
    assert diag.suggestions[0] == "colour"
    assert "American spelling" in diag.message


def test_config_vocabulary_accepts_and_suggests_house_words() -> None:
    config = {
        "select": ["spelling"],
        "vocabulary": {"accept": ["Brexiteer", "vlogger"], "accept-ignorecase": ["Ofcom"]},
    }
    assert lint_text("The vlogger, a Brexiteer, wrote to OFCOM and Ofcom.", config) == []
    (diag,) = lint_text("The vloger posted again.", config)
    assert diag.suggestions[0] == "vlogger"


def test_rejected_words_are_flagged_with_the_preferred_form() -> None:
    config = {"select": ["spelling"], "vocabulary": {"reject": {"judgment": "judgement", "alright": ""}}}
    diags = lint_text("Judgment day came. The judgment was alright, said the judge's clerk.", config)
    rejected = [(d.rule, d.column, tuple(d.suggestions)) for d in diags]
    assert rejected == [
        ("spelling.rejected-word", 1, ("Judgement",)),
        ("spelling.rejected-word", 24, ("judgement",)),
        ("spelling.rejected-word", 37, ()),
    ]


def test_tokens_that_are_not_words_are_never_checked() -> None:
    text = (
        "Follow @bbcnwes and #brexitt, open reprot.pdf or src/mian.py, read www.exmaple.com, mail "
        "desk@exmaple.com, run `recieve()`, note the XYZZQ and MP3z formats and the iPhnoe."
    )
    assert flagged(text, path="s.md") == []


def test_contractions_possessives_compounds_and_soft_hyphens() -> None:
    text = "The minister's aides didn't say it wasn't a well-known, co-operative, respon\u00adsible plan."
    assert flagged(text) == []
    assert flagged("It was a well-knwon fact.") == ["knwon"]
    assert flagged("He did'nt say.") == ["did'nt"]


def test_a_possessive_typo_reports_only_the_stem() -> None:
    (diag,) = US.lint_text("The goverment's plan failed.", "s.txt")
    assert (diag.column, diag.end_column, diag.suggestions[0]) == (5, 14, "government")


def test_position_after_an_emoji_counts_code_points() -> None:
    (diag,) = US.lint_text("😀 Fans said the concert was unforgetable.", "s.txt")
    assert (diag.line, diag.column, diag.end_column) == (1, 29, 41)


def test_markdown_emphasis_inside_and_around_words() -> None:
    pytest.importorskip("copylint.readers.markdown")
    text = "# Vote\n\nThe *recieved* wisdom was res**pon**sible for it.\n"
    diags = US.lint_text(text, "story.md")
    assert [(d.line, d.column, d.end_column, d.suggestions[0]) for d in diags] == [(3, 6, 14, "received")]


def test_news_fixture_flags_only_its_typos() -> None:
    text = (FIXTURES / "court_report.txt").read_text(encoding="utf-8")
    sidecar = (FIXTURES / "court_report.txt.expect").read_text(encoding="utf-8")
    expected = [line.split()[0] for line in sidecar.splitlines() if line.strip()]
    assert [f"{d.line}:{d.column}" for d in GB.lint_text(text, "court_report.txt")] == expected


def test_the_word_index_is_cached_on_disk_and_works_without_a_writable_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from copylint.families.spelling import lexicon

    blocked = tmp_path / "not-a-dir"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    try:
        monkeypatch.setenv("COPYLINT_CACHE_DIR", str(blocked / "copylint"))
        lexicon.load.cache_clear()
        assert flagged("The firm recieved the bid.") == ["recieved"]
        monkeypatch.setenv("COPYLINT_CACHE_DIR", str(tmp_path / "cache"))
        lexicon.load.cache_clear()
        assert flagged("The firm recieved the bid.") == ["recieved"]
        (cached,) = (tmp_path / "cache").iterdir()
        assert cached.name.startswith("spelling-") and cached.suffix == ".bin"
        assert not list((tmp_path / "cache").glob("*.tmp"))
        lexicon.load.cache_clear()
        assert flagged("The firm recieved the bid.") == ["recieved"]  # now read from the cache
    finally:
        lexicon.load.cache_clear()


def test_capitalised_typos_mid_sentence_with_a_near_certain_correction() -> None:
    from copylint import lint_text

    diags = lint_text("He thanked his Freinds and Collegues, and Spadea and Laursen.", {"select": ["spelling"]})
    assert [(d.column, d.suggestions[0]) for d in diags] == [(16, "Friends"), (28, "Colleagues")]
