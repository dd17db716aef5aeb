"""The shipped part-of-speech tagger, tokenizer, chunker and lemmas, through their public API."""

from __future__ import annotations

import subprocess
import sys

import pytest

from copylint import read_document
from copylint.nlp.analysis import subject_head, tagged
from copylint.nlp.lemma import inflect, lemma
from copylint.nlp.tagger import tagger
from copylint.nlp.tokenize import tokens


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in tokens(text)]


def test_tokens_split_like_the_treebank() -> None:
    text = "He said: \"Sam's plan won't cost £4.5m (10%) in the U.S.\" They’re well-known."
    assert split(text) == [
        "He",
        "said",
        ":",
        '"',
        "Sam",
        "'s",
        "plan",
        "wo",
        "n't",
        "cost",
        "£",
        "4.5m",
        "(",
        "10",
        "%",
        ")",
        "in",
        "the",
        "U.S.",
        '"',
        "They",
        "’re",
        "well-known",
        ".",
    ]


def test_tokens_keep_urls_numbers_and_ages_whole() -> None:
    assert split("See https://example.com/a?b=1, a 27-year-old and a 3-1 win.") == [
        "See",
        "https://example.com/a?b=1",
        ",",
        "a",
        "27-year-old",
        "and",
        "a",
        "3-1",
        "win",
        ".",
    ]


def test_tokens_keep_email_addresses_whole_and_split_clitics() -> None:
    assert split("Write to news@example.co.uk, don't wait.") == [
        "Write",
        "to",
        "news@example.co.uk",
        ",",
        "do",
        "n't",
        "wait",
        ".",
    ]


def test_tokens_are_linear_on_long_runs() -> None:
    assert len(list(tokens("a " * 50_000))) == 50_000


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council approved the plan on Tuesday .", ["DT", "NN", "VBD", "DT", "NN", "IN", "NNP", "."]),
        ("She has been named best newcomer .", ["PRP", "VBZ", "VBN", "VBN", "JJS", "NN", "."]),
        ("Other plans include a new bridge .", ["JJ", "NNS", "VBP", "DT", "JJ", "NN", "."]),
    ],
)
def test_tagger_tags_plain_news_sentences(sentence: str, expected: list[str]) -> None:
    assert tagger().tag(sentence.split()) == expected


def test_tagger_reads_a_capitalised_headline_like_running_text() -> None:
    assert tagger().tag("Minister Says Cuts Will Hit Schools".split())[1:4] == ["VBZ", "NNS", "MD"]


def test_tagging_is_deterministic_and_total() -> None:
    words = "Colour organisers travelled to the centre of the town with £5m".split()
    first = tagger().tag(words)
    assert first == tagger().tag(words) and len(first) == len(words)


def test_document_tags_are_computed_once_and_keep_spans() -> None:
    doc = read_document("The archive of records and posters were sold.\n\nIt rained.", "a.txt")
    sentences = tagged(doc)
    assert tagged(doc) is sentences
    assert [t.text for t in sentences[0]][:3] == ["The", "archive", "of"]
    assert all(doc.prose[t.start : t.end] == t.text for s in sentences for t in s)


def test_subject_head_crosses_prepositional_phrases_and_relative_clauses() -> None:
    doc = read_document(
        "The archive of instruments, signed records and posters were sold.\n\n"
        "The man who owns the shops in the town is away.",
        "a.txt",
    )
    first, second = tagged(doc)
    h, after = subject_head(first, 0)  # type: ignore[misc]
    assert first[h].text == "archive" and first[after].text == "were"
    h, after = subject_head(second, 0)  # type: ignore[misc]
    assert second[h].text == "man" and second[after].text == "is"


@pytest.mark.parametrize(
    ("word", "tag", "base"),
    [
        ("went", "VBD", "go"),
        ("saw", "VBD", "see"),
        ("decides", "VBZ", "decide"),
        ("is", "VBZ", "be"),
        ("women", "NNS", "woman"),
        ("cities", "NNS", "city"),
        ("boxes", "NNS", "box"),
        ("n't", "RB", "not"),
    ],
)
def test_lemmas(word: str, tag: str, base: str) -> None:
    assert lemma(word, tag) == base


def test_inflection() -> None:
    assert [inflect("go", t) for t in ("VBZ", "VBD", "VBN", "VBG")] == ["goes", "went", "gone", "going"]
    assert inflect("be", "VBP") == "are" and inflect("city", "NNS") == "cities"


def test_a_run_without_tag_rules_never_loads_the_model() -> None:
    code = (
        "from copylint import Linter\n"
        "Linter({'select': ['cliche', 'typography']}, plugins=False).lint_text('At the end of the day, it rained.', 'a.txt')\n"
        "from copylint.nlp.tagger import tagger\n"
        "print(tagger.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"
