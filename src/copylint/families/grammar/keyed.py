"""The tokens of a document's running-text sentences whose lower-case form is one of the key
words some session 11 rules start from ("that", "there", "have", subject pronouns, "certain"):
found in one walk over the document's tokens, shared by those rules, instead of one walk each."""

from __future__ import annotations

from collections.abc import Iterator, Set

from copylint.document import Document
from copylint.families.grammar.body import body_sentences
from copylint.nlp.analysis import Sentence

#: Every key word a caller of :func:`keyed` asks for (a caller's keys must be among them).
KEYS = frozenset(
    "it this that he she i you we they these those "  # predicate-bare-noun's subjects
    "there have has had having "  # there-are-singular-noun, have-bare-noun
    "certain particular specific whole entire "  # singling-adjective-article
    "think thought believe believed feel felt guess suppose agree agreed".split()  # bare-subject-agreement
)


def _index(doc: Document) -> list[tuple[Sentence, int, str]]:
    keys = KEYS
    out = []
    for sent in body_sentences(doc):
        for i, tok in enumerate(sent):
            if tok.low in keys:
                out.append((sent, i, tok.low))
    return out


def keyed(doc: Document, keys: Set[str]) -> Iterator[tuple[Sentence, int]]:
    """(sentence, index) of each token whose lower-case form is in ``keys`` (a subset of
    :data:`KEYS`), in document order, in sentences that are running text (not a headline-like
    title or a heading)."""
    for sent, i, low in doc.memo(_index):
        if low in keys:
            yield sent, i
