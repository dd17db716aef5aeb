"""What the tagger-based noun-phrase rules share: the sentences of running text they read, and
where a noun phrase ends."""

from __future__ import annotations

from collections.abc import Iterator, Set

from copylint.document import Document
from copylint.families.grammar.countable import _in_heading
from copylint.families.grammar.subject_agreement import title_like
from copylint.nlp.analysis import Sentence, tagged

#: Words after a noun that join it to more of its phrase ("the firm's", "co-", "state-owned").
JOINERS = frozenset({"'", "’", "-", "'s", "’s"})


def body_sentences(doc: Document) -> Iterator[Sentence]:
    """The tagged sentences of ``doc`` that are running text: not a headline-like title, not in
    a heading (picked out once per document: several rules read them)."""
    return iter(doc.memo(_body_sentences))


def _body_sentences(doc: Document) -> tuple[Sentence, ...]:
    return tuple(sent for sent in tagged(doc) if not (title_like(sent) or _in_heading(doc, sent)))


def phrase_ends(sent: Sentence, i: int, after: Set[str], joiners: Set[str] = JOINERS) -> bool:
    """Does the noun phrase end at ``sent[i]``: the sentence ends, or the next word is not a
    joiner and has one of the tags in ``after``?"""
    if i + 1 >= len(sent):
        return True
    nxt = sent[i + 1]
    return nxt.text not in joiners and nxt.tag in after
