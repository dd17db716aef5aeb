"""The grammar family's shared look-ups answer what a plain walk over the words answers: the
sentence index (words per sentence, where each word is, doubled words) and the lexicon's tags."""

from __future__ import annotations

import pytest

from copylint import read_document
from copylint.families.grammar.base import anchor_groups, anchors, repeats, sentence_words
from copylint.families.grammar.lexicon import lexicon

TEXTS = [
    "The the council said it could’ve done more. Don't you think so? They won’t, and we can't.\n\n"
    "A a b. An hour later an MP said: “It is is over”. ΟΔΟΣ ΣΑΣ İstanbul? Yes yes.",
    "# Heading here\n\nPolice is looking. The the.\n\nSomething  \n  spread over lines, they've said.",
    "",
    "One.",
]
KEYS = [("the",), ("a", "an"), ("*n't",), ("*'ve", "the", "is"), ("could've", "yes"), ("absent",), ()]


def _walk(text: str) -> list[tuple[int, int, str]]:
    """(sentence, word, low) of every word, by walking the sentences."""
    return [
        (s, i, w.low)
        for s, words in enumerate(sentence_words(read_document(text, "a.md")))
        for i, w in enumerate(words)
    ]


def _starred(low: str) -> str | None:
    if "'" not in low:
        return None
    return "*n't" if low.endswith("n't") else "*" + low[low.rfind("'") :]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("keys", KEYS)
def test_anchors_are_the_words_a_walk_finds(text: str, keys: tuple[str, ...]) -> None:
    doc = read_document(text, "a.md")
    sentences = list(sentence_words(doc))
    want = [(s, i) for s, i, low in _walk(text) if low in keys or _starred(low) in keys]
    got = [(next(k for k, ws in enumerate(sentences) if ws is words), i) for words, i in anchors(doc, keys)]
    assert got == want
    grouped = [(words, i) for words, found in anchor_groups(doc, keys) for i in found]
    assert grouped == anchors(doc, keys)


@pytest.mark.parametrize("text", TEXTS)
def test_words_gaps_and_doubles(text: str) -> None:
    doc = read_document(text, "a.md")
    for words in sentence_words(doc):
        assert words[0].gap == "" and words[0].joined
        for prev, w in zip(words, words[1:], strict=False):
            assert w.text == doc.prose[w.start : w.end]
            assert w.low == w.text.lower().replace("\u2019", "'")
            assert w.gap == doc.prose[prev.end : w.start]
            assert w.joined == (not w.gap.strip())
            assert w.capitalised == w.text[:1].isupper()
    want = [
        (s, i)
        for s, words in enumerate(sentence_words(doc))
        for i in range(1, len(words))
        if words[i].low == words[i - 1].low
    ]
    sentences = list(sentence_words(doc))
    assert [(next(k for k, ws in enumerate(sentences) if ws is words), i) for words, i in repeats(doc)] == want


def test_the_doubled_words_of_a_text_are_found() -> None:
    doc = read_document("It is is over. Over the the hill.", "a.txt")
    assert [(words[i].low, i) for words, i in repeats(doc)] == [("is", 2), ("the", 2)]


@pytest.mark.parametrize("word", ["house", "House", "HOUSE", "ran", "Ran", "zzyzx", "Zzyzx", "İs", "the", ""])
def test_tags_of_a_word_in_any_case_are_its_lower_case_tags(word: str) -> None:
    lex = lexicon()
    assert lex.tags(word) == lex.forms.get(word.lower(), frozenset())


def test_every_form_of_the_lexicon_is_lower_case() -> None:
    # tags() looks a word up as spelt before lowering it: a form with a capital would be found
    # for that spelling only
    assert all(form == form.lower() for form in lexicon().forms)
