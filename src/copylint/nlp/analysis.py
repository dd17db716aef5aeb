"""Tagged, chunked sentences of a Document, computed once per document on first request.

``tagged(doc)`` is shared by every rule that needs parts of speech (grammar patterns, and any
other family); a run whose rules never ask pays nothing, not even the model load.

Chunks are labelled per token: ``B-NP``/``I-NP`` (noun phrase: determiners, numbers, adjectives,
participle modifiers and nouns, possessives included: "the council's new cabinet"), ``B-VG``/
``I-VG`` (verb group: modals, auxiliaries, adverbs inside, "to" + verb), ``B-PP`` (preposition),
``O`` (anything else). :func:`subject_head` walks a clause-initial noun phrase across
prepositional phrases and a relative clause to its head noun.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from functools import partial
from operator import add
from typing import NamedTuple

from copylint.document import Document
from copylint.nlp.lemma import lemma as _lemma
from copylint.nlp.tagger import Tagger, tagger
from copylint.nlp.tokenize import split as _split

_NP_START = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "WP$", "$"})
_NP_INNER = frozenset({"CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "VBN", "VBG", "$"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "PRP"})
_VERBS = frozenset({"MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
#: What :func:`chunk` tests, as sets (one look-up each).
_NP_OPEN = _NP_START | {"PRP", "EX"}
_PARTICIPLES = frozenset({"VBN", "VBG"})
_BEFORE_PARTICIPLE = frozenset({",", "CC", "IN", "DT", "PRP$", "JJ"})
_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})
_ARTICLES = frozenset({"the", "a", "an", "every", "no"})
#: Quantifiers the tagger may read as adjectives that open a noun phrase of their own.
_QUANTIFIERS = frozenset({"several", "many", "few", "most", "numerous", "various"})


class Tok(NamedTuple):
    """A Treebank token of a sentence with its Penn tag and chunk label (an immutable record; a
    named tuple because a document builds one per token and this is the cheapest to build)."""

    text: str
    low: str  # lower case, apostrophes as ASCII
    start: int
    end: int
    tag: str
    chunk: str

    @property
    def lemma(self) -> str:
        return _lemma(self.low, self.tag)


Sentence = tuple[Tok, ...]


class _Lowered(dict[str, str]):
    """Word form -> its :attr:`Tok.low` (lower case, apostrophes as ASCII), kept for the whole run:
    a form is lowered once, however many documents use it, and its tokens share one string (whose
    hash the rules' look-ups then compute once)."""

    def __missing__(self, form: str) -> str:
        low = form.lower().replace("’", "'")
        if low == form:
            low = form
        if len(form) > _LOWERED_LONGEST:
            return low  # not kept: a few 5,000-character "words" would hold megabytes
        if len(self) > _LOWERED_LIMIT:
            self.clear()
        self[form] = low
        return low


#: :class:`_Lowered` is emptied past this many forms (bounded memory on huge archives).
_LOWERED_LIMIT = 200_000
#: Longer forms are lowered on every use, not kept, so the table holds at most about
#: _LOWERED_LIMIT * _LOWERED_LONGEST characters.
_LOWERED_LONGEST = 32
#: A word form's :attr:`Tok.low`.
lowered = _Lowered().__getitem__


def tagged(doc: Document) -> tuple[Sentence, ...]:
    """Every sentence of ``doc`` as tagged tokens (memoised on the document)."""
    return doc.memo(_build)


def tagged_yet(doc: Document) -> tuple[Sentence, ...] | None:
    """The tagged sentences of ``doc`` if a rule already asked for them, else None (never tags)."""
    return doc.cached(_build)


def words(doc: Document) -> frozenset[str]:
    """Lower-case word forms of the document (no tagging): lets a rule skip a document cheaply."""
    return doc.memo(_words)


#: Documents up to this many characters of prose keep their sentences' Treebank tokens once
#: :func:`words` has split them, for the tagger (the split is a fifth of the tagging's cost; the
#: lists share their strings with the tagged tokens). A longer document (windows of a big file
#: are tagged one at a time) does not: its lists would outlive any use.
SHARED_SPLIT_CHARS = 1 << 18


def _words(doc: Document) -> frozenset[str]:
    built = doc.cached(_build)
    if built is not None:  # the tagged sentences hold the same forms, lowered the same way
        return frozenset([tok.low for sentence in built for tok in sentence])
    out: set[str] = set()
    if len(doc.prose) <= SHARED_SPLIT_CHARS:
        for forms, _ in doc.memo(_splits):
            out.update(forms)
    else:
        prose = doc.prose
        for s in doc.sentences:
            out.update(_split(prose, s.span.start, s.span.end)[0])
    return frozenset(map(lowered, out))


#: The document's tokens in order as :func:`placed` gives them: their lower-case forms, for each
#: token the number just past its sentence's last, and each form's token numbers.
Placed = tuple[list[str], list[int], dict[str, list[int]]]


def placed(doc: Document) -> Placed | None:
    """Where each lower-case word form of ``doc`` is, as the tagged sentences have them (no
    tagging); None for a document longer than :data:`SHARED_SPLIT_CHARS` not tagged yet, whose
    sentences' tokens are not kept."""
    return doc.memo(_placed)


def _placed(doc: Document) -> Placed | None:
    built = doc.cached(_build)
    if built is not None:
        sentences: Iterable[list[str]] = ([tok.low for tok in sentence] for sentence in built)
    elif len(doc.prose) <= SHARED_SPLIT_CHARS:
        sentences = (list(map(lowered, forms)) for forms, _ in doc.memo(_splits))
    else:
        return None
    lows: list[str] = []
    ends: list[int] = []
    for sentence in sentences:
        lows += sentence
        ends += [len(lows)] * len(sentence)
    return lows, ends, token_positions(lows)


def token_positions(keys: Iterable[str]) -> dict[str, list[int]]:
    """Key -> the numbers of the tokens where it occurs, in order (keys given a token each, in
    document order)."""
    at: dict[str, list[int]] = {}
    get = at.get
    for g, key in enumerate(keys):
        found = get(key)
        if found is None:
            at[key] = [g]
        else:
            found.append(g)
    return at


def _splits(doc: Document) -> tuple[tuple[list[str], list[int]], ...]:
    """Each sentence's Treebank tokens and their start offsets (:func:`copylint.nlp.tokenize.split`)."""
    prose = doc.prose
    return tuple(_split(prose, s.span.start, s.span.end) for s in doc.sentences)


def _build(doc: Document) -> tuple[Sentence, ...]:
    model = tagger()
    # Building a token tuple per word would start the cyclic garbage collector every 700 or so
    # (each pass over everything the run holds: a fifth of this function's time on news copy);
    # nothing built here can form a cycle, so the collector is paused while it runs.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _tag_sentences(doc, model)
    finally:
        if paused:
            gc.enable()


def _tag_sentences(doc: Document, model: Tagger) -> tuple[Sentence, ...]:
    prose = doc.prose
    out: list[Sentence] = []
    make = partial(tuple.__new__, Tok)  # Tok(*fields) without a Python-level __new__ per token
    split = doc.cached(_splits)  # words() split them already
    for k, s in enumerate(doc.sentences):
        forms, starts = split[k] if split is not None else _split(prose, s.span.start, s.span.end)
        if not forms:
            continue
        tags = model.tag(forms)
        lows = list(map(lowered, forms))
        chunks = chunk(tags, lows)
        ends = map(add, starts, map(len, forms))
        out.append(tuple(map(make, zip(forms, lows, starts, ends, tags, chunks, strict=True))))
    return tuple(out)


def chunk(tags: list[str], lows: list[str]) -> list[str]:
    """Chunk labels for a tagged sentence (one left-to-right pass)."""
    n = len(tags)
    out = ["O"] * n
    i = 0
    while i < n:
        t = tags[i]
        # a noun phrase opens at a determiner, number, adjective, noun or pronoun, or at a participle
        # between a list/preposition/determiner and a noun ("the reported cases")
        if t in _NP_OPEN or (
            t in _PARTICIPLES and 0 < i < n - 1 and tags[i + 1].startswith("NN") and tags[i - 1] in _BEFORE_PARTICIPLE
        ):
            out[i] = "B-NP"
            j = i + 1
            if t != "PRP" and t != "EX":
                while j < n and tags[j] in _NP_INNER:
                    if tags[j] in _PARTICIPLES and not (j + 1 < n and tags[j + 1].startswith("NN")):
                        break
                    out[j] = "I-NP"
                    j += 1
            if j == i + 1 and t == "DT" and lows[i] in _ARTICLES:
                out[i] = "O"  # an article alone is no noun phrase
            i = j
        elif t in _VERBS or (t == "TO" and i + 1 < n and tags[i + 1] == "VB"):
            out[i] = "B-VG"
            j = i + 1
            while j < n and (tags[j] in _VERBS or (tags[j] == "RB" and j + 1 < n and tags[j + 1] in _VERBS)):
                if tags[j] in _FINITE and tags[j - 1] in _VERBS:
                    break  # a second finite verb starts its own group
                out[j] = "I-VG"
                j += 1
            i = j
        elif t == "IN" or t == "TO":
            out[i] = "B-PP"
            i += 1
        else:
            i += 1
    return out


def phrase_end(sent: Sentence, i: int) -> int:
    """Index just past the chunk that starts at ``i``."""
    j = i + 1
    while j < len(sent) and sent[j].chunk.startswith("I-"):
        j += 1
    return j


def head(sent: Sentence, start: int, end: int) -> int:
    """The head of the noun phrase ``sent[start:end]``: its last noun (or last token)."""
    for k in range(end - 1, start - 1, -1):
        if sent[k].tag in _NOUNS and sent[k].tag != "POS":
            return k
    return end - 1


def subject_head(sent: Sentence, start: int) -> tuple[int, int] | None:
    """For a clause whose subject noun phrase starts at ``start``: (head index, index of the
    token after the subject), skipping "of"-style prepositional phrases and a relative clause
    ("The archive of records and posters ...", "The man who owns the shops ..."); None when the
    subject does not have that simple shape."""
    n = len(sent)
    if start >= n or sent[start].chunk != "B-NP":
        return None
    end = phrase_end(sent, start)
    h = head(sent, start, end)
    i = end
    # prepositional phrases: (IN NP)+, each object possibly a list of bare nouns ("of
    # instruments, signed records and posters"); a conjunct with its own article or its own
    # "of" phrase ("the ease of use and the growth of music") may be a second subject: give up
    while i + 1 < n and sent[i].chunk == "B-PP" and sent[i].tag == "IN" and sent[i + 1].chunk == "B-NP":
        i = phrase_end(sent, i + 1)
        j = i
        while j + 1 < n and (sent[j].tag == "," or sent[j].tag == "CC"):
            k = j + 1 if sent[j].tag == "CC" or sent[j + 1].tag != "CC" else j + 2
            if k >= n or sent[k].chunk != "B-NP":
                break
            if sent[k].tag in ("DT", "PRP$", "PRP", "CD") or sent[k].low in _QUANTIFIERS:
                return None  # ", and several children were": a clause with its own subject
            end = phrase_end(sent, k)
            if end < n and sent[end].low == "of":
                return None
            if sent[j].tag == "CC" or sent[j + 1].tag == "CC":
                i = end  # the list is closed by "and"/"or"
            j = end
            if sent[j - 1].chunk and j < n and sent[j].tag not in (",", "CC"):
                break
    # a relative clause: who/which/that + verb group + optional object NP and PPs
    if i < n and sent[i].tag in ("WP", "WDT") and i + 1 < n and sent[i + 1].chunk == "B-VG":
        i = phrase_end(sent, i + 1)
        if i < n and sent[i].chunk == "B-NP":
            i = phrase_end(sent, i)
        while i + 1 < n and sent[i].chunk == "B-PP" and sent[i + 1].chunk == "B-NP":
            i = phrase_end(sent, i + 1)
    return h, i
