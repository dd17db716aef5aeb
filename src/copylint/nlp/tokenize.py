"""Part-of-speech tokens: words split the way the Penn Treebank (and UD EWT) splits them.

Copylint's own word tokens keep contractions whole ("don't") and leave out punctuation; the
tagger needs Treebank tokens: "do" + "n't", "Sam" + "'s", "£" + "4m", and each punctuation mark.
Every token keeps its exact prose span. Linear in the sentence length (one regex pass).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate, chain
from operator import itemgetter

from copylint import matching

#: One token: a URL or e-mail, a number (with separators, an optional unit suffix "4m", "5bn",
#: "10am"), a word (inner apostrophes, hyphens, dotted abbreviations), or one punctuation mark.
_URL = r"(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)'’]"
_EMAIL = r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{0,190}\w"  # bounded: "+" rescanned a run of dots from each dot
_REST = r"""
    \d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|m|bn|tn|k|am|pm|km|kg|mph|ft|in|cm|mm|ml)?(?![\w]|[-‐]\w)
  | (?:[^\W\d_]\.){2,}(?![^\W\d_])
  | \w+(?:(?:['’](?=[^\W_])|[-‐](?=\w)|\.(?=\w\.))\w+)*
  | \.\.\.|…|--|—|–|[^\w\s]
"""
#: Clitics split off a word: n't, 's, 're, 've, 'll, 'd, 'm.
_CLITIC = re.compile(r"(?i)(?:n['’]t|['’](?:s|re|ve|ll|d|m))$")
#: A token with the spaces before it, as two groups (see :func:`split`).
_SPACED = matching.later(rf"(\s*)({_URL}|{_EMAIL}|{_REST})", re.VERBOSE)
#: The same without the e-mail branch (which rescans every word up to an "@"), for text with no "@".
_SPACED_NO_AT = matching.later(rf"(\s*)({_URL}|{_REST})", re.VERBOSE)
_SECOND = itemgetter(1)
_APOSTROPHE = re.compile("['’]")


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans (absolute offsets into ``text``) of the Treebank tokens of ``text[start:end]``."""
    forms, starts = split(text, start, end)
    for form, s in zip(forms, starts, strict=True):
        yield s, s + len(form)


def split(text: str, start: int = 0, end: int | None = None) -> tuple[list[str], list[int]]:
    """The Treebank tokens of ``text[start:end]`` and their start offsets (ends: start + length)."""
    stop = len(text) if end is None else end
    # Every character is a word character, a space or a mark that a token alternative matches alone, so
    # only spaces lie between tokens: each token comes with the spaces before it, and the offsets
    # are running sums of the lengths (all in C). Spaces at the end, followed by no token, are cut
    # first (each search would rescan them).
    stop = start + len(text[start:stop].rstrip())
    rx = _SPACED if text.find("@", start, stop) >= 0 else _SPACED_NO_AT
    pairs = rx.findall(text, start, stop)
    forms = list(map(_SECOND, pairs))
    starts = list(accumulate(map(len, chain.from_iterable(pairs)), initial=start))[1::2]
    if text.find("'", start, stop) < 0 and text.find("’", start, stop) < 0:
        return forms, starts
    # the few tokens with an apostrophe may end in a clitic: found from the apostrophes' offsets
    at: list[int] = []
    for a in _APOSTROPHE.finditer(text, start, stop):
        i = bisect_right(starts, a.start()) - 1
        if not at or at[-1] != i:
            at.append(i)
    for i in reversed(at):
        form = forms[i]
        c = _CLITIC.search(form)
        if c and c.start() > 0:
            # "can't" -> "ca" + "n't", "won't" -> "wo" + "n't"
            cs = c.start()
            forms[i : i + 1] = (form[:cs], form[cs:])
            starts[i : i + 1] = (starts[i], starts[i] + cs)
    return forms, starts
