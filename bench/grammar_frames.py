"""Grammar flags that appear on a correct sentence only once it stands inside a context frame.

Usage::

    python bench/grammar_frames.py tests/data/grammar_correct.txt [more files] \
        [--set default|all] [--frame however --frame quote ...] [--language en-GB]

A rule that leaves a construction alone at the start of a sentence may fire on the same words
after a clause opener ("However, ...", "He said that ...", a quotation mark, a bracket). Each
input sentence (plain text, one per line, ``#`` lines skipped, or the ``# text =`` lines of a CoNLL-U file) that gets
no grammar diagnostic on its own is linted again inside every frame; a diagnostic that appears
only there is printed as ``frame<TAB>rule<TAB>sentence with [[the flagged words]]``. Read them:
some are artefacts of the frame (a title lower-cased, "and and", nested quotation marks).
Tab-separated output; a per-frame count goes to standard error.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from copylint import Linter
from grammar_fa_text import run, sentences

_KEEP_CAPITAL = ("I", "I'm", "I'd", "I've", "I'll")


def lowered(sentence: str) -> str:
    """The sentence with its first word lower-cased, unless that word is "I", an acronym, a name
    with an inner capital or not a word."""
    first = sentence.split(" ", 1)[0]
    if first in _KEEP_CAPITAL or not first[:1].isalpha():
        return sentence
    if len(first) > 1 and any(c.isupper() for c in first[1:]):
        return sentence
    return sentence[0].lower() + sentence[1:]


def _body(sentence: str) -> str:
    return sentence.rstrip(".!?")


FRAMES: dict[str, Callable[[str], str]] = {
    "however": lambda s: "However, " + lowered(s),
    "year": lambda s: "In 2010, " + lowered(s),
    "and": lambda s: "It rained, and " + lowered(s),
    "semicolon": lambda s: "It rained; " + lowered(s),
    "dash": lambda s: "And then \u2013 " + lowered(s),
    "i-think": lambda s: "I think " + lowered(s),
    "said-that": lambda s: "He said that " + lowered(s),
    "quote": lambda s: 'He said: "' + s + '"',
    "bracket": lambda s: "(" + s + ")",
    "because": lambda s: "We left because " + lowered(_body(s)) + ".",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--set", choices=("default", "all"), default="default")
    parser.add_argument("--frame", action="append", choices=sorted(FRAMES), help="only these frames")
    parser.add_argument("--language", default=None, help="en-US or en-GB (default: the config's)")
    args = parser.parse_args(argv)
    config: dict[str, object] = {"select": ["grammar"]} if args.set == "all" else {}
    if args.language:
        config["language"] = args.language
    linter = Linter(config, plugins=False)
    sents = [s for path in args.files for s in sentences(path) if not s.startswith("#")]
    alone = run(linter, sents)
    clean = [s for s, found in zip(sents, alone, strict=True) if not found]
    print(f"{len(sents)} sentences, {len(clean)} with no grammar diagnostic alone", file=sys.stderr)
    counts: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    for name in args.frame or list(FRAMES):
        framed = [FRAMES[name](s) for s in clean]
        for original, text, found in zip(clean, framed, run(linter, framed), strict=True):
            for rule, start, end, _message in found:
                if (original, rule) in seen:
                    continue
                seen.add((original, rule))
                counts[name] += 1
                print(f"{name}\t{rule}\t{text[:start]}[[{text[start:end]}]]{text[end:]}")
    for name in args.frame or list(FRAMES):
        print(f"{name}: {counts[name]} new", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
