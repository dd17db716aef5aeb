"""Recall on errors injected into clean news sentences, per error type.

Usage::

    python bench/grammar_inject.py /work/tune [--per-type 150] [--seed 20261206] [--language en-GB]

From the articles in the folder, sentences of 8-45 words that copylint's grammar family leaves
clean are drawn with a fixed seed, and one error is put into each:

- ``agreement``: the verb after a subject that carries a prepositional phrase or relative
  clause ("The archive of records and posters was ...") takes the other number (was <-> were,
  is <-> are, has <-> have);
- ``dropped``: one function word (the, a, an, to, of, is, was, has, have, be, and) is deleted;
- ``confused``: a word of a confusable pair is swapped for its partner (its/it's, there/their,
  then/than, lose/loose, of/off, were/where, led/lead, quite/quiet, an/and, one/once, ...).

Recall is the share of injected sentences with a grammar diagnostic on the changed word (for a
dropped word: on a word next to the gap). The clean sentences' own flag rate is printed too.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

from copylint import Linter, read_document
from copylint.nlp.analysis import phrase_end, subject_head, tagged

PAIRS = {
    "its": "it's",
    "it's": "its",
    "their": "there",
    "there": "their",
    "then": "than",
    "than": "then",
    "lose": "loose",
    "loose": "lose",
    "of": "off",
    "off": "of",
    "were": "where",
    "where": "were",
    "led": "lead",
    "quite": "quiet",
    "quiet": "quite",
    "an": "and",
    "and": "an",
    "one": "once",
    "effect": "affect",
    "affect": "effect",
    "your": "you're",
    "whose": "who's",
    "too": "to",
    "to": "too",
    "they're": "their",
    "principle": "principal",
    "advice": "advise",
    "passed": "past",
    "past": "passed",
}
DROPPABLE = ("the", "a", "an", "to", "of", "is", "was", "has", "have", "be", "and")
SWAP_NUMBER = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has"}


def sentences(folder: Path, lint: Linter) -> list[str]:
    out = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = read_document(text, str(path))
        for s in doc.sentences:
            sent = doc.prose[s.span.start : s.span.end].replace("\n", " ")
            n = len(sent.split())
            if 8 <= n <= 45 and sent[-1:] in ".!?" and '"' not in sent and "“" not in sent:
                out.append(sent)
    return out


def inject_agreement(sent: str) -> tuple[str, int, int] | None:
    doc = read_document(sent, "s.txt")
    for toks in tagged(doc):
        if not toks or toks[0].tag not in ("DT", "PRP$"):
            continue
        got = subject_head(toks, 0)
        if got is None:
            continue
        _h, v = got
        if v == phrase_end(toks, 0) or v >= len(toks):
            continue
        verb = toks[v]
        if verb.text in SWAP_NUMBER:
            new = SWAP_NUMBER[verb.text]
            return sent[: verb.start] + new + sent[verb.end :], verb.start, verb.start + len(new)
    return None


def inject_dropped(sent: str, rng: random.Random) -> tuple[str, int, int] | None:
    spots = [m for m in re.finditer(r"(?<=\s)(\w+)\s", sent) if m.group(1) in DROPPABLE]
    if not spots:
        return None
    m = rng.choice(spots)
    new = sent[: m.start()] + sent[m.end() :]
    # the gap: the word before it and the word after it
    before = sent.rfind(" ", 0, m.start() - 1) + 1
    after_end = new.find(" ", m.start())
    return new, before, after_end if after_end > 0 else len(new)


def inject_confused(sent: str, rng: random.Random) -> tuple[str, int, int] | None:
    spots = [m for m in re.finditer(r"(?<![\w'’])([a-z]+(?:'[a-z]+)?)(?![\w'’])", sent) if m.group(1) in PAIRS]
    if not spots:
        return None
    m = rng.choice(spots)
    new_word = PAIRS[m.group(1)]
    return sent[: m.start()] + new_word + sent[m.end() :], m.start(), m.start() + len(new_word)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--per-type", type=int, default=150)
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--language", default="en-GB")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--by-word", action="store_true", help="also print dropped-word recall per deleted word")
    args = ap.parse_args()
    lint = Linter({"select": ["grammar"], "language": args.language}, plugins=False)
    rng = random.Random(args.seed)
    pool = sentences(args.folder, lint)
    rng.shuffle(pool)
    clean, flagged_clean = [], 0
    for sent in pool:
        if len(clean) >= 20 * args.per_type:
            break
        if any(d.family == "grammar" for d in lint.lint_text(sent, "s.txt")):
            flagged_clean += 1
            continue
        clean.append(sent)
    seen = len(clean) + flagged_clean
    print(
        f"{args.folder} (seed {args.seed}, {args.language}): {seen} sentences drawn, {flagged_clean} "
        f"({flagged_clean / max(seen, 1):.1%}) already had a grammar diagnostic and were set aside"
    )
    stats: Counter = Counter()
    kinds = {
        "agreement": lambda s: inject_agreement(s),
        "dropped": lambda s: inject_dropped(s, rng),
        "confused": lambda s: inject_confused(s, rng),
    }
    for kind, make in kinds.items():
        for sent in clean:
            if stats[kind + ":n"] >= args.per_type:
                break
            got = make(sent)
            if got is None:
                continue
            new, a, b = got
            stats[kind + ":n"] += 1
            diags = [d for d in lint.lint_text(new, "s.txt") if d.family == "grammar"]
            hit = any(d.offset < b and a < max(d.end_offset, d.offset + 1) for d in diags)
            stats[kind + ":hit"] += hit
            if kind == "dropped":
                word = _deleted(sent, new)
                stats["word:" + word + ":n"] += 1
                stats["word:" + word + ":hit"] += hit
            if args.show:
                print(f"{'HIT ' if hit else 'MISS'} {kind}: {new}")
    for kind in kinds:
        n, hit = stats[kind + ":n"], stats[kind + ":hit"]
        print(f"{kind:10s} recall {hit}/{n} = {hit / max(n, 1):.1%}")
    if args.by_word:
        for word in DROPPABLE:
            n, hit = stats["word:" + word + ":n"], stats["word:" + word + ":hit"]
            print(f"  dropped {word!r:7s} {hit}/{n} = {hit / max(n, 1):.1%}")


def _deleted(sent: str, new: str) -> str:
    """The word ``inject_dropped`` deleted from ``sent`` to make ``new``."""
    i = next((k for k, (a, b) in enumerate(zip(sent, new, strict=False)) if a != b), len(new))
    for k in range(max(0, i - 8), i + 1):
        for w in DROPPABLE:
            if sent[k:].startswith(w + " ") and sent[:k] + sent[k + len(w) + 1 :] == new:
                return w
    return "?"


if __name__ == "__main__":
    main()
