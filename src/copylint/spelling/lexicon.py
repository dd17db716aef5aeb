"""The word list: loaded from the packaged data once, cached on disk in a compact form.

``data/spelling/words.tsv.xz`` holds every word form of the en-US (SCOWL) and en-GB
(LibreOffice) Hunspell dictionaries with wordfreq frequencies (see its README). Parsing it takes
about 0.3 s, so the first use writes a marshal file to the user cache directory (atomically,
keyed by copylint version, data hash and Python version); later runs load that in ~60 ms. If the
cache cannot be written the lexicon is simply rebuilt in memory each run.
"""

from __future__ import annotations

import hashlib
import lzma
import marshal
import os
import sys
import tempfile
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

US, GB, GB_VARIANT, US_VARIANT = 1, 2, 4, 8
_FLAG_BITS = 4
_ID_BITS = 20
#: Words at least this frequent (Zipf x 10) are reachable by the edit-distance-2 index.
INDEX_MIN_ZIPF10 = 15
#: Words at least this frequent are found by consonant skeleton (three or more edits away).
SKELETON_MIN_ZIPF10 = 30
_DATA = "words.tsv.xz"
_FORMAT = 2  # bump when the cached structure changes


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
    index: array
    #: consonant skeleton -> common lower-case words with it, "\n"-joined (far-off typos)
    skeletons: Mapping[str, str]

    def flags(self, word: str) -> int:
        return self.entries.get(word, 0) & 15

    def zipf(self, word: str) -> float:
        """wordfreq Zipf frequency of the lower-cased word (0 when unknown)."""
        get = self.entries.get
        code = get(word) or get(word.lower()) or get(word.capitalize()) or get(word.upper()) or 0
        return (code >> _FLAG_BITS) / 10

    def lookup(self, key: str) -> Iterator[str]:
        """Suggestible words whose lower-case form, or a one-letter deletion of it, is ``key``."""
        h = zlib.crc32(key.encode("utf-8")) << _ID_BITS
        index = self.index
        i = bisect_left(index, h)
        mask = (1 << _ID_BITS) - 1
        end = h + (1 << _ID_BITS)
        n = len(index)
        while i < n and index[i] < end:
            yield self.words[index[i] & mask]
            i += 1


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


def _build_index(words: list[str]) -> array:
    keys: list[int] = []
    crc = zlib.crc32
    for i, word in enumerate(words):
        low = word.lower()
        variants = {low}
        variants.update(low[:j] + low[j + 1 :] for j in range(len(low)))
        keys.extend(crc(v.encode("utf-8")) << _ID_BITS | i for v in variants)
    keys.sort()
    return array("Q", keys)


def cache_dir() -> Path:
    """``$COPYLINT_CACHE_DIR``, else the platform's user cache directory + ``copylint``."""
    if os.environ.get("COPYLINT_CACHE_DIR"):
        return Path(os.environ["COPYLINT_CACHE_DIR"])
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "copylint"


def _cache_path(data: bytes) -> Path:
    from copylint import __version__

    # The key changes with the data, the structure's parameters and its layout (_FORMAT).
    digest = hashlib.sha256(data + f"{_FORMAT}:{INDEX_MIN_ZIPF10}:{SKELETON_MIN_ZIPF10}".encode()).hexdigest()[:16]
    tag = f"py{sys.version_info[0]}{sys.version_info[1]}"
    return cache_dir() / f"spelling-{__version__}-{digest}-{tag}.bin"


def _write_atomic(path: Path, payload: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # read-only home, full disk...: run without a cache


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon, from the disk cache when possible (built and cached otherwise)."""
    data = (resources.files("copylint") / "data" / "spelling" / _DATA).read_bytes()
    path = _cache_path(data)
    try:
        entries, joined, index_bytes, skeletons = marshal.loads(path.read_bytes())
        index = array("Q")
        index.frombytes(index_bytes)
        return Lexicon(entries, tuple(joined.split("\n")), index, skeletons)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    entries, words = _parse(lzma.decompress(data).decode("utf-8"))
    index = _build_index(words)
    skeletons = _skeletons(entries)
    _write_atomic(path, marshal.dumps((entries, "\n".join(words), index.tobytes(), skeletons)))
    return Lexicon(entries, tuple(words), index, skeletons)
