"""Part-of-speech tokens: words split the way the Penn Treebank (and UD EWT) splits them.

Copylint's own word tokens keep contractions whole ("don't") and leave out punctuation; the
tagger needs Treebank tokens: "do" + "n't", "Sam" + "'s", "£" + "4m", and each punctuation mark.
Every token keeps its exact prose span. Linear in the sentence length (one regex pass).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: One token: a URL or e-mail, a number (with separators, an optional unit suffix "4m", "5bn",
#: "10am"), a word (inner apostrophes, hyphens, dotted abbreviations), or one punctuation mark.
_URL = r"(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)'’]"
_EMAIL = r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{0,190}\w"  # bounded: "+" rescanned a run of dots from each dot
_REST = r"""
    \d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|m|bn|tn|k|am|pm|km|kg|mph|ft|in|cm|mm|ml)?(?![\w]|[-‐]\w)
  | (?:[^\W\d_]\.){2,}(?![^\W\d_])
  | [\w](?:[\w]|['’](?=[^\W_])|[-‐](?=\w)|\.(?=\w\.))*
  | \.\.\.|…|--|—|–|[^\w\s]
"""
_TOKEN = re.compile(f"{_URL}|{_EMAIL}|{_REST}", re.VERBOSE)
#: The same without the e-mail branch (which rescans every word up to an "@"), for text with no "@".
_TOKEN_NO_AT = re.compile(f"{_URL}|{_REST}", re.VERBOSE)
#: Clitics split off a word: n't, 's, 're, 've, 'll, 'd, 'm.
_CLITIC = re.compile(r"(?i)(?:n['’]t|['’](?:s|re|ve|ll|d|m))$")


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans (absolute offsets into ``text``) of the Treebank tokens of ``text[start:end]``."""
    forms, starts = split(text, start, end)
    for form, s in zip(forms, starts, strict=True):
        yield s, s + len(form)


def split(text: str, start: int = 0, end: int | None = None) -> tuple[list[str], list[int]]:
    """The Treebank tokens of ``text[start:end]`` and their start offsets (ends: start + length)."""
    stop = len(text) if end is None else end
    forms: list[str] = []
    starts: list[int] = []
    rx = _TOKEN if text.find("@", start, stop) >= 0 else _TOKEN_NO_AT
    for m in rx.finditer(text, start, stop):
        form = m[0]
        s = m.start()
        if "'" in form or "’" in form:
            c = _CLITIC.search(form)
            if c and c.start() > 0:
                # "can't" -> "ca" + "n't", "won't" -> "wo" + "n't"
                cs = c.start()
                forms += (form[:cs], form[cs:])
                starts += (s, s + cs)
                continue
        forms.append(form)
        starts.append(s)
    return forms, starts
