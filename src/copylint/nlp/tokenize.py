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
_TOKEN = re.compile(
    r"""
    (?:https?://|www\.)[^\s<>"“”]+[^\s<>"“”.,;:!?)'’]
  | [\w.+-]+@[\w-]+\.[\w.-]+\w
  | \d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|m|bn|tn|k|am|pm|km|kg|mph|ft|in|cm|mm|ml)?(?![\w]|[-‐]\w)
  | (?:[^\W\d_]\.){2,}(?![^\W\d_])
  | [\w](?:[\w]|['’](?=[^\W_])|[-‐](?=\w)|\.(?=\w\.))*
  | \.\.\.|…|--|—|–|[^\w\s]
    """,
    re.VERBOSE,
)
#: Clitics split off a word: n't, 's, 're, 've, 'll, 'd, 'm.
_CLITIC = re.compile(r"(?i)(?:n['’]t|['’](?:s|re|ve|ll|d|m))$")


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans (absolute offsets into ``text``) of the Treebank tokens of ``text[start:end]``."""
    stop = len(text) if end is None else end
    for m in _TOKEN.finditer(text, start, stop):
        s, e = m.span()
        c = _CLITIC.search(text, s, e)
        if c and c.start() > s:
            cs = c.start()
            # "can't" -> "ca" + "n't", "won't" -> "wo" + "n't"
            yield s, cs
            yield cs, e
        else:
            yield s, e
