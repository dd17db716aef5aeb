"""The readability family through the public API: what each rule flags, where, and with what."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
import textstat

from copylint import Linter, lint_text, read_document
from copylint.families.readability import syllables
from copylint.stats import file_stats

SELECT = {"select": ["readability"]}
LEAD = "The council approved the budget on Monday."  # a short lead, so later sentences are body


def run(text: str, rule: str, path: str = "story.txt", **options: object) -> list:  # type: ignore[type-arg]
    config: dict = {"select": [rule]}
    if options:
        config["readability"] = {k.replace("_", "-"): v for k, v in options.items()}
    return [d for d in lint_text(text, config, path=path) if d.rule == rule]


def flagged(text: str, d) -> str:  # type: ignore[no-untyped-def]
    return text[d.offset : d.end_offset]


def words(n: int) -> str:
    """A plain sentence of exactly ``n`` words."""
    base = (
        "the old man saw a red bus stop by the park near the shop and then he went home to eat "
        "his tea with his wife and son who had come back from town"
    ).split()
    return " ".join((base * 3)[:n]).capitalize() + "."


# -- long-sentence ---------------------------------------------------------------------------


def test_long_sentence_warns_over_25_words_and_spans_the_sentence() -> None:
    sentence = words(26)
    text = f"{LEAD} {sentence} It rained."
    [d] = run(text, "readability.long-sentence")
    assert d.severity.value == "warning"
    assert flagged(text, d) == sentence
    assert "26 words" in d.message and "limit 25" in d.message


def test_25_words_is_fine() -> None:
    assert run(f"{LEAD} {words(25)}", "readability.long-sentence") == []


def test_over_40_words_is_an_error() -> None:
    [d] = run(f"{LEAD} {words(41)}", "readability.long-sentence")
    assert d.severity.value == "error"
    assert "41 words" in d.message and "more than 40" in d.message


def test_the_lead_may_run_to_30_words_and_gets_its_own_message() -> None:
    assert run(words(30), "readability.long-sentence") == []
    [d] = run(words(31) + " It rained.", "readability.long-sentence")
    assert d.message.startswith("Lead sentence of 31 words") and "limit 30" in d.message
    assert d.line == 1 and d.column == 1


def test_the_lead_is_the_first_body_sentence_not_the_headline() -> None:
    text = f"# Council approves the budget\n\n{words(28)}\n\n{words(28)}\n"
    hits = run(text, "readability.long-sentence", path="story.md")
    assert [d.line for d in hits] == [5]  # the lead (line 3) is within 30 words; line 5 is not


def test_headings_are_not_measured() -> None:
    heading = "# " + words(45)[:-1]
    assert run(f"{heading}\n\n{LEAD}\n", "readability.long-sentence", path="story.md") == []


def test_limits_are_configurable() -> None:
    text = f"{LEAD} {words(12)}"
    [d] = run(text, "readability.long-sentence", max_sentence_words=10)
    assert "limit 10" in d.message
    assert (
        run(f"{LEAD} {words(41)}", "readability.long-sentence", error_sentence_words=50)[0].severity.value == "warning"
    )


def test_configured_severity_wins_over_the_rules_own_grading() -> None:
    config = {"select": ["readability.long-sentence"], "severity": {"readability.long-sentence": "suggestion"}}
    [d] = lint_text(f"{LEAD} {words(45)}", config)
    assert d.severity.value == "suggestion"


def test_a_team_line_up_is_not_a_sentence_to_split() -> None:
    line_up = (
        "Backs: Mike Blair (Edinburgh), Andy Craig (Glasgow), Chris Cusiter (Borders), Simon Danielli "
        "(Borders), Marcus Di Rollo (Edinburgh), Phil Godman (Edinburgh), Calvin Howarth (Glasgow)."
    )
    assert run(f"{LEAD} {line_up}", "readability.long-sentence") == []


def test_a_long_quotation_gets_quotation_advice() -> None:
    quote = '"' + words(30)[:-1] + '," said the mayor.'
    [d] = run(f"{LEAD} {quote}", "readability.long-sentence")
    assert "quote less of it or paraphrase" in d.message


# -- hard-sentence ---------------------------------------------------------------------------

DENSE = (
    "Officials said the unprecedented consolidation of regional administrative responsibilities "
    "would significantly complicate democratic accountability."
)


def test_a_dense_sentence_is_hard() -> None:
    [d] = run(f"{LEAD} {DENSE}", "readability.hard-sentence")
    assert flagged(f"{LEAD} {DENSE}", d) == DENSE
    assert d.message.startswith("Very hard to read: grade") and d.severity.value == "warning"


def test_plain_words_of_the_same_length_are_not_hard() -> None:
    plain = "Officials said that putting the town halls under one roof would make it hard to know who is in charge."
    assert run(f"{LEAD} {plain}", "readability.hard-sentence") == []


def test_hard_grade_levels_are_configurable() -> None:
    [d] = run(f"{LEAD} {DENSE}", "readability.hard-sentence", very_hard_grade=40.0)
    assert d.message.startswith("Hard to read") and d.severity.value == "suggestion"


def test_short_sentences_and_long_ones_are_left_to_other_rules() -> None:
    assert (
        run(
            f"{LEAD} Unprecedented administrative consolidation complicates accountability.",
            "readability.hard-sentence",
        )
        == []
    )
    long_dense = (
        DENSE[:-1]
        + ", according to several independent constitutional specialists, two parliamentary committees and many of the regional representatives."
    )
    assert run(f"{LEAD} {long_dense}", "readability.long-sentence")
    assert run(f"{LEAD} {long_dense}", "readability.hard-sentence") == []


def test_a_quoted_sentence_is_the_speakers_words() -> None:
    assert run(f'{LEAD} "{DENSE[:-1]}," she said.', "readability.hard-sentence") == []


# -- long-paragraph --------------------------------------------------------------------------


def test_a_paragraph_of_five_sentences_is_long() -> None:
    para = "The mill closed in 1982. Its owners blamed imports. Hundreds lost jobs. The town declined. Now it may be flats."
    text = f"{LEAD}\n\n{para}\n"
    [d] = run(text, "readability.long-paragraph")
    assert flagged(text, d) == para
    assert "5 sentences" in d.message and "limit 4 sentences, 100 words" in d.message


def test_four_sentences_or_a_hundred_words_are_fine_but_more_words_are_not() -> None:
    assert run("It rained. It poured. We stayed in. We read.", "readability.long-paragraph") == []
    three_long = " ".join([words(34)] * 3)  # 102 words
    [d] = run(three_long, "readability.long-paragraph")
    assert "102 words" in d.message


# -- grade -----------------------------------------------------------------------------------

HARD_BODY = textwrap.dedent("""\
    Notwithstanding considerable uncertainty regarding macroeconomic conditions, the organisation
    anticipates substantial improvements in operational profitability throughout the forthcoming
    financial year.

    Management attributes the anticipated recovery principally to comprehensive restructuring
    initiatives, including the consolidation of administrative functions and the rationalisation of
    unprofitable distribution operations.

    Nevertheless, independent analysts remain considerably more cautious, emphasising persistent
    vulnerabilities associated with fluctuating commodity prices and intensifying international
    competition across principal European markets.

    Institutional shareholders, representing approximately forty percent of outstanding
    securities, have additionally requested comprehensive clarification concerning executive
    remuneration arrangements, particularly performance-related incentive entitlements, before
    the forthcoming annual general meeting considers the proposed resolutions. Independent
    directors consider these representations entirely reasonable.
    """)


def test_a_hard_body_is_reported_once_at_its_first_line_with_the_scores() -> None:
    text = "# Firm expects recovery\n\n" + HARD_BODY
    [d] = run(text, "readability.grade", path="story.md")
    assert (d.line, d.column, d.end_line) == (3, 1, 3)
    assert "Flesch Reading Ease" in d.message and "Flesch-Kincaid grade" in d.message
    stats = file_stats(read_document(text, "story.md"))
    assert f"{stats.flesch_reading_ease:.0f}" in d.message and f"{stats.words} words" in d.message


def test_a_short_body_gets_no_grade() -> None:
    first = HARD_BODY.split("\n\n")[0]
    assert run(first, "readability.grade") == []


def test_an_easy_body_passes_and_thresholds_are_configurable() -> None:
    easy = " ".join(["The dog ran to the park. It saw a cat and a bird. Then it ran home for tea."] * 6)
    assert run(easy, "readability.grade") == []
    assert run(easy, "readability.grade", min_reading_ease=150.0)  # demand more: now it fires


# -- passive-voice ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("The man was arrested by police on Friday.", "was arrested by"),
        ("The disease has been witnessed in three towns.", "has been witnessed"),
        ("The case is being investigated.", "is being investigated"),
        ("The plan wasn't approved.", "wasn't approved"),
        ("Two men were quickly detained.", "were quickly detained"),
        ("Thousands of jobs will be cut.", "will be cut"),
    ],
)
def test_passive_phrases_are_flagged_and_spanned(text: str, phrase: str) -> None:
    [d] = run(text, "readability.passive-voice")
    assert flagged(text, d) == phrase
    assert d.severity.value == "suggestion"


@pytest.mark.parametrize(
    "text",
    [
        "She is tired of waiting.",
        "He was born in Leeds.",
        "The firm is based in Cardiff.",
        "Fans were worried about the result.",
        "Prices are set to rise.",
        "Sales were unchanged in March.",
        "The need was great.",
        "He was Alfred's brother.",
        "The team is playing well.",
    ],
)
def test_false_friends_are_left_alone(text: str) -> None:
    assert run(text, "readability.passive-voice") == []


def test_passives_inside_quotations_are_left_alone() -> None:
    assert run('"Mistakes were made," the minister said.', "readability.passive-voice") == []


def test_passive_options() -> None:
    text = "The bridge was blocked by police. The road was repaired."
    assert len(run(text, "readability.passive-voice")) == 2
    assert [flagged(text, d) for d in run(text, "readability.passive-voice", passive_agent_only=True)] == [
        "was blocked by"
    ]
    assert [flagged(text, d) for d in run(text, "readability.passive-voice", passive_allow=["repaired"])] == [
        "was blocked by"
    ]


# -- word-level suggestions (rules/readability.yaml) -----------------------------------------


def test_complex_words_get_a_plain_suggestion() -> None:
    text = "The council will utilise the funds prior to the vote."
    hits = run(text, "readability.complex-word")
    assert [(flagged(text, d), d.suggestions) for d in hits] == [("utilise", ("use",)), ("prior to", ("before",))]
    assert run('"We will utilise every penny," she said.', "readability.complex-word") == []


def test_wordy_adverbs_are_flagged_but_set_phrases_are_not() -> None:
    assert [flagged("The vote was very close.", d) for d in run("The vote was very close.", "readability.adverb")] == [
        "very"
    ]
    for text in ("It was the very first game.", "He was not quite ready.", "RSS stands for Really Simple Syndication."):
        assert run(text, "readability.adverb") == [], text


# -- measures agree with textstat and with the Document's segmentation -----------------------

SAMPLE = (
    "The council approved the budget on Monday. Officials expect the new library to open next spring. "
    "Residents have waited three years for the building, which replaces a temporary site near the station. "
    "The mayor thanked volunteers for their patience during construction."
)


def test_scores_equal_textstats_when_the_sentences_agree() -> None:
    stats = file_stats(read_document(SAMPLE, "a.txt"))
    assert stats.sentences == 4 and stats.words == textstat.lexicon_count(SAMPLE)
    assert stats.flesch_reading_ease == pytest.approx(textstat.flesch_reading_ease(SAMPLE))
    assert stats.flesch_kincaid_grade == pytest.approx(textstat.flesch_kincaid_grade(SAMPLE))
    assert stats.gunning_fog == pytest.approx(textstat.gunning_fog(SAMPLE))
    assert stats.dale_chall == pytest.approx(textstat.dale_chall_readability_score(SAMPLE))


def test_short_sentences_count_as_the_document_cut_them() -> None:
    text = "Police arrived at noon. He fled. They searched the house for an hour."
    doc = read_document(text, "a.txt")
    assert file_stats(doc).sentences == len(doc.sentences) == 3
    assert textstat.sentence_count(text) == 2  # textstat's counter drops "He fled."


@pytest.mark.parametrize(
    "word",
    ["council", "library", "temporary", "construction", "the", "volunteers", "Xylophonist", "zeitgeisty", "2004"],
)
def test_syllables_equal_textstats_for_plain_words(word: str) -> None:
    assert syllables(word) == textstat.syllable_count(word)


def test_words_missing_from_the_cmu_dictionary_count_like_textstat() -> None:
    """The pyphen path (hyphenation points plus one), through pyphen's public API."""
    words = [
        "Starmerite",
        "zeitgeistiness",
        "antidisestablishmentarianist",
        "Kyivska",
        "cryptoverse",
        "deplatformed",
        "Brexiteering",
        "hyperlocalism",
        "unsubscribable",
        "Zelensky",
    ]
    assert [syllables(w) for w in words] == [textstat.syllable_count(w) for w in words]


@pytest.mark.parametrize("word", ["house", "governor", "council", "spokeswoman", "the", "quarterly"])
def test_the_easy_word_list_is_textstats(word: str) -> None:
    from copylint.families.readability.syllables import is_easy_word

    assert is_easy_word(word) == (not textstat.is_difficult_word(word, syllable_threshold=0))


def test_syllables_of_tokens_textstat_would_mangle() -> None:
    assert syllables("well-known") == syllables("well") + syllables("known")
    assert syllables("U.S.") == 2
    assert syllables("Pearson’s") == syllables("Pearson's") == 2  # CMU: P IH1 R S AH0 N Z


def test_no_download_is_attempted_in_a_fresh_process() -> None:
    code = textwrap.dedent("""\
        import socket, sys
        def refuse(*a, **k):
            raise SystemExit("network access attempted")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from copylint import Linter, read_document
        from copylint.stats import file_stats
        text = "The plan was approved by the council. Officials expect the library to open next spring."
        found = Linter({"select": ["readability"]}, plugins=False).lint_text(text, "a.txt")
        stats = file_stats(read_document(text, "a.txt"))
        assert stats.flesch_reading_ease is not None and stats.dale_chall is not None
        assert any(d.rule == "readability.passive-voice" for d in found)
        assert "nltk" not in sys.modules, "nltk was imported"
        print("ok")
        """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_the_family_in_one_linter_run() -> None:
    text = f"{LEAD} {words(45)} The man was arrested by police."
    rules = {d.rule for d in Linter(SELECT, plugins=False).lint_text(text)}
    assert rules == {"readability.long-sentence", "readability.passive-voice"}


def test_options_are_validated_by_the_config() -> None:
    from copylint import ConfigError

    with pytest.raises(ConfigError, match="max-sentence-word"):
        lint_text("It rained.", {"select": ["readability"], "readability": {"max-sentence-word": 20}})
    with pytest.raises(ConfigError):
        lint_text("It rained.", {"select": ["readability"], "readability": {"max-sentence-words": "long"}})
    assert lint_text(
        f"{LEAD} {DENSE}", {"select": ["readability.hard-sentence"], "readability": {"very-hard-grade": 99}}
    )
