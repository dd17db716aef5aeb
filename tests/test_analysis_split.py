"""The Treebank split that words() makes is the one the tagger uses: the same tagged sentences
whichever comes first, and a long document keeps no split lists."""

from __future__ import annotations

from pathlib import Path

from copylint.nlp import analysis
from copylint.readers import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    texts.append("“Can’t stop,” she said. ... !! \n\nWon't you? e-mail me at a@b.com - or don't.")
    return [t for t in texts if t.strip()]


def test_words_first_then_tagging_gives_the_same_sentences() -> None:
    assert len(_texts()) >= 10
    for text in _texts():
        alone = analysis.tagged(read_document(text))
        doc = read_document(text)
        vocabulary = analysis.words(doc)
        assert doc.cached(analysis._splits) is not None
        assert analysis.tagged(doc) == alone
        assert vocabulary == frozenset(t.low for s in alone for t in s)


def test_a_long_document_keeps_no_split() -> None:
    text = "The council met on Monday and agreed the budget. " * (analysis.SHARED_SPLIT_CHARS // 40)
    doc = read_document(text)
    assert len(doc.prose) > analysis.SHARED_SPLIT_CHARS
    assert "budget" in analysis.words(doc)
    assert doc.cached(analysis._splits) is None
