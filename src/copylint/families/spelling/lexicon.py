"""The word list: loaded from the packaged data once, cached on disk in a compact form.

``data/spelling/words.tsv.xz`` holds every word form of the en-US (SCOWL) and en-GB
(LibreOffice) Hunspell dictionaries with wordfreq frequencies (see its README). Parsing it takes
about 0.3 s, so the first use writes a marshal file to the user cache directory (atomically,
keyed by copylint version, data hash and Python version); later runs load that in ~60 ms. If the
cache cannot be written the lexicon is simply rebuilt in memory each run.
"""

from __future__ import annotations

import lzma
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from copylint.diskcache import load_or_build

US, GB, GB_VARIANT, US_VARIANT = 1, 2, 4, 8
_FLAG_BITS = 4
_ID_BITS = 20
#: Words at least this frequent (Zipf x 10) are reachable by the edit-distance-2 index.
INDEX_MIN_ZIPF10 = 15
#: Words at least this frequent are found by consonant skeleton (three or more edits away).
SKELETON_MIN_ZIPF10 = 30
_DATA = "words.tsv.xz"
_FORMAT = 3  # bump when the cached structure changes
#: ``crc32(key) >> _PRESENT_SHIFT`` addresses a bit of ``Lexicon.present``.
_PRESENT_SHIFT = 8


def accepted(flags: int, language: str) -> bool:
    """Is a dictionary entry with these flags a correct spelling in ``language``?"""
    if language == "en-GB":
        return bool(flags & GB or (flags & US and not flags & US_VARIANT))
    return bool(flags & US or (flags & GB and not flags & GB_VARIANT))


@dataclass(frozen=True)
class Lexicon:
    """Word forms with language flags and frequencies, plus a deletion index for suggestions."""

    #: word form (original case) -> flags | zipf10 << 4; flags 0 = only attested in wordfreq
    entries: Mapping[str, int]
    #: suggestible word forms, addressed by id from ``index``
    words: tuple[str, ...]
    #: sorted ``crc32(key) << 20 | id`` for each lower-cased word and each one-letter deletion
    index: array[int]
    #: consonant skeleton -> common lower-case words with it, "\n"-joined (far-off typos)
    skeletons: Mapping[str, str]
    #: bitmap over ``crc32(key) >> 8`` of the keys in ``index``: a clear bit means no entry, so
    #: most look-ups of non-words skip the binary search
    present: bytes = b""

    def flags(self, word: str) -> int:
        return self.entries.get(word, 0) & 15

    def zipf(self, word: str) -> float:
        """wordfreq Zipf frequency of the lower-cased word (0 when unknown)."""
        get = self.entries.get
        code = get(word) or get(word.lower()) or get(word.capitalize()) or get(word.upper()) or 0
        return (code >> _FLAG_BITS) / 10

    def lookup_all(self, keys: Iterable[str]) -> list[str]:
        """Suggestible words whose lower-case form, or a one-letter deletion of it, is one of
        ``keys``, concatenated (keys absent from ``present`` are skipped cheaply)."""
        index, words, present = self.index, self.words, self.present
        crc, search = zlib.crc32, bisect_left
        mask = (1 << _ID_BITS) - 1
        n = len(index)
        out: list[str] = []
        for key in keys:
            c = crc(key.encode("utf-8"))
            if present:
                bit = c >> _PRESENT_SHIFT
                if not present[bit >> 3] >> (bit & 7) & 1:
                    continue
            h = c << _ID_BITS
            end = h + (1 << _ID_BITS)
            i = search(index, h)
            while i < n and index[i] < end:
                out.append(words[index[i] & mask])
                i += 1
        return out


def skeleton(word: str) -> str:
    """First letter plus the following consonants, doubles collapsed: "accidantly" and
    "accidentally" both give "acdntl"."""
    low = word.lower()
    out = [low[:1]]
    for ch in low[1:]:
        if ch not in "aeiouy'" and ch != out[-1]:
            out.append(ch)
    return "".join(out)


def _skeletons(entries: Mapping[str, int]) -> dict[str, str]:
    groups: dict[str, list[str]] = {}
    for word, code in entries.items():
        if code & 3 and code >> _FLAG_BITS >= SKELETON_MIN_ZIPF10 and word.islower() and len(word) >= 5:
            groups.setdefault(skeleton(word), []).append(word)
    return {k: "\n".join(v) for k, v in groups.items()}


def _parse(raw: str) -> tuple[dict[str, int], list[str]]:
    entries: dict[str, int] = {}
    for line in raw.splitlines():
        word, flags, zipf10 = line.split("\t")
        entries[word] = int(flags) | int(zipf10) << _FLAG_BITS
    words = sorted(w for w, code in entries.items() if code & 3 and code >> _FLAG_BITS >= INDEX_MIN_ZIPF10)
    return entries, words


def _build_index(words: list[str]) -> array[int]:
    keys: list[int] = []
    crc = zlib.crc32
    for i, word in enumerate(words):
        low = word.lower()
        variants = {low}
        variants.update(low[:j] + low[j + 1 :] for j in range(len(low)))
        keys.extend(crc(v.encode("utf-8")) << _ID_BITS | i for v in variants)
    keys.sort()
    return array("Q", keys)


def _build_present(index: array[int]) -> bytes:
    bits = bytearray(1 << (32 - _PRESENT_SHIFT - 3))
    shift = _ID_BITS + _PRESENT_SHIFT
    for key in index:
        bit = key >> shift
        bits[bit >> 3] |= 1 << (bit & 7)
    return bytes(bits)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon, from the disk cache when possible (built and cached otherwise)."""
    data = (Path(__file__).with_name("data") / _DATA).read_bytes()
    # The key changes with the data, the structure's parameters and its layout (_FORMAT).
    key = data + f"{_FORMAT}:{INDEX_MIN_ZIPF10}:{SKELETON_MIN_ZIPF10}".encode()

    def build() -> tuple[dict[str, int], str, bytes, dict[str, str], bytes]:
        entries, words = _parse(lzma.decompress(data).decode("utf-8"))
        index = _build_index(words)
        return entries, "\n".join(words), index.tobytes(), _skeletons(entries), _build_present(index)

    try:
        entries, joined, index_bytes, skeletons, present = load_or_build("spelling", key, build)
        index = array("Q")
        index.frombytes(index_bytes)
    except (ValueError, TypeError):  # a cache file of another layout: rebuild in memory
        entries, joined, index_bytes, skeletons, present = build()
        index = array("Q")
        index.frombytes(index_bytes)
    return Lexicon(entries, tuple(joined.split("\n")), index, skeletons, present)
