"""Which parts of a Document's word tokens are spell-checked, and how.

Tokens with digits, underscores, dots or inner capitals (U.S., MP3, iPhone, snake_case), ALL-CAPS
acronyms, @handles, #hashtags and parts of file names or paths are skipped. Soft hyphens are
ignored, curly apostrophes read as straight ones, possessives and contractions are cut back to
their stem when the whole form is unknown, and hyphenated compounds are checked part by part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from copylint.diagnostic import Span
from copylint.document import Document

SOFT_HYPHEN = "\u00ad"
HYPHENS = "-‐"
#: Endings that attach to a word: tried when the whole form is unknown.
CLITICS = ("'s", "n't", "'ll", "'re", "'ve", "'d", "'m")
#: Prefixes written with a hyphen that are not words on their own.
PREFIXES = frozenset(
    "anti bi bio co counter cyber de eco euro ex geo hyper inter intra macro mega micro mid mini multi neo"
    " non over pan post pre pro proto pseudo quasi re semi socio sub super trans tri ultra un under vice"
    " afro anglo franco sino indo russo greco judeo".split()
)


@dataclass(frozen=True, slots=True)
class Word:
    """One checkable word: its span in the prose, its text, and where it stands."""

    span: Span
    text: str  # soft hyphens removed, apostrophes straightened
    sentence_start: bool  # first word of a sentence or block
    whole: str  # the token it came from (for hyphenated parts: the compound)
    before_capital: bool = False  # followed, after a space, by a capitalised word ("Shami Chakrabarti")


_NOT_A_WORD = re.compile(r"[\d_.]")


def _skip_token(prose: str, start: int, end: int, text: str) -> bool:
    """Digits, underscores or dots in the token (``_NOT_A_WORD``, tested by the caller), or a
    token that is part of a handle, hashtag, path, file name or domain."""
    before = prose[start - 1] if start > 0 else " "
    after = prose[end] if end < len(prose) else " "
    if before in "@#/\\" or after in "/\\@&":  # &: "caf&#233;" in an entity-encoded text
        return True
    if after == "." and end + 1 < len(prose) and prose[end + 1].isalnum():
        return True  # report.pdf, bbc.co.uk
    if before == "." and start > 1 and prose[start - 2].isalnum():
        return True
    return False


def _bad_case(part: str) -> bool:
    """ALL-CAPS acronyms and inner capitals (iPhone, McDonald, PlayStation) are never checked."""
    if part.islower() or (part[1:].islower() and part[0].isupper()):
        return False
    letters = part.replace("'", "")
    if len(letters) > 1 and letters.isupper():
        return True
    return any(ch.isupper() for ch in letters[1:])


def sentence_starts(doc: Document) -> frozenset[int]:
    """Offsets of the first word token of every sentence and block."""
    starts = sorted({s.span.start for s in doc.sentences} | {b.span.start for b in doc.blocks})
    out: set[int] = set()
    token_starts = doc.tokens.starts
    n = len(token_starts)
    i = 0
    for start in starts:
        while i < n and token_starts[i] < start:
            i += 1
        if i < n:
            gap = doc.prose[start : token_starts[i]]
            if all(not ch.isalnum() for ch in gap) and "\n\n" not in gap:
                out.add(token_starts[i])
    return frozenset(out)


def words(doc: Document) -> Iterator[Word]:
    """The checkable words of a document, in order."""
    prose = doc.prose
    starts = sentence_starts(doc)
    tokens = doc.tokens
    token_starts, token_ends = tokens.starts, tokens.ends
    masked = doc.is_masked if doc.masks else None
    skip = _NOT_A_WORD.search
    last = len(tokens) - 1
    for i, (start, stop) in enumerate(zip(token_starts, token_ends, strict=True)):
        text = prose[start:stop]
        if skip(text) or _skip_token(prose, start, stop, text):
            continue
        span = Span(start, stop)
        if masked is not None and masked(span):
            continue
        clean = text.replace("’", "'") if "’" in text else text
        at_start = start in starts
        nxt = token_starts[i + 1] if i < last else -1
        capital_next = nxt >= 0 and prose[nxt : nxt + 1].isupper() and nxt not in starts and prose[stop:nxt] == " "
        whole = clean.replace(SOFT_HYPHEN, "") if SOFT_HYPHEN in clean else clean
        if "-" not in clean and "‐" not in clean:  # one part: the token itself
            if len(whole) >= 2 and not _bad_case(whole):
                end = span.start + len(clean)
                yield Word(
                    span if end == span.end else Span(span.start, end),
                    whole,
                    at_start,
                    whole,
                    capital_next and end == span.end,
                )
            continue
        offset = span.start
        for part in _split_hyphens(clean):
            p_start = offset
            offset += len(part) + 1
            bare = part.replace(SOFT_HYPHEN, "")
            if len(bare) < (4 if part != clean else 2) or _bad_case(bare):
                continue
            p_end = p_start + len(part)
            first, last_part = p_start == span.start, p_end == span.end
            yield Word(Span(p_start, p_end), bare, at_start and first, whole, capital_next and last_part)


def _split_hyphens(text: str) -> list[str]:
    parts = [text]
    for h in HYPHENS:
        parts = [p for chunk in parts for p in chunk.split(h)]
    return parts


def stems(word: str) -> Iterator[str]:
    """The word itself, then the word without a possessive or contraction ending."""
    yield word
    low = word.lower()
    for clitic in CLITICS:
        if low.endswith(clitic) and len(word) > len(clitic) + 1:
            yield word[: -len(clitic)]
            return
