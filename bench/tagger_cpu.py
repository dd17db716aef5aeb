"""CPU time of the part-of-speech tagger alone (no tokenising, chunking or token tuples).

    python bench/tagger_cpu.py ../shared/corpus/news [--runs 3]

Splits every sentence of the folder's files into Treebank tokens first, then for each run builds
a fresh :class:`~copylint.nlp.tagger.Tagger` from the shipped model (every per-form cache and the
feature helpers' caches empty, as in a fresh process) and tags every sentence twice: the first
pass is the cold figure (a run over the corpus), the second the warm one (every form seen before).
Prints the minimum CPU seconds (process time) of each over the runs, and a digest of the tags
(equal digests: the same tags), so that two versions of the tagger can be compared on the same
sentences.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import time
from importlib import resources
from pathlib import Path

from copylint import read_document
from copylint.nlp import features
from copylint.nlp.tagger import Tagger
from copylint.nlp.tokenize import split

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


def sentences(folder: Path) -> list[list[str]]:
    out: list[list[str]] = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES):
        doc = read_document(path.read_text(encoding="utf-8"), str(path))
        for s in doc.sentences:
            forms, _ = split(doc.prose, s.span.start, s.span.end)
            if forms:
                out.append(forms)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sents = sentences(args.folder)
    data = pickle.loads((resources.files("copylint.nlp") / "data" / "pos-model.pickle").read_bytes())  # noqa: S301
    features.lexicon_classes("the")  # the grammar lexicon loaded (shared with the grammar rules)
    cold: list[float] = []
    warm: list[float] = []
    tags: list[list[str]] = []
    for _ in range(args.runs):
        for cached in (features.shape, features.lexicon_classes, features.lexicon_tags, features._open):
            cached.cache_clear()
        model = Tagger(data)
        t0 = time.process_time()
        tags = [model.tag(s) for s in sents]
        t1 = time.process_time()
        again = [model.tag(s) for s in sents]
        t2 = time.process_time()
        assert again == tags, "warm caches changed a tag"
        cold.append(t1 - t0)
        warm.append(t2 - t1)
    digest = hashlib.sha256(repr(tags).encode()).hexdigest()[:16]
    tokens = sum(map(len, sents))
    print(f"{len(sents)} sentences, {tokens} tokens")
    print(f"tagger cold: {min(cold):.3f} s CPU (min of {args.runs}; {tokens / min(cold):,.0f} tokens/s)")
    print(f"tagger warm: {min(warm):.3f} s CPU (min of {args.runs}; {tokens / min(warm):,.0f} tokens/s)")
    print(f"tags digest {digest}")


if __name__ == "__main__":
    main()
