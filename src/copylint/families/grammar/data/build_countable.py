"""Maintainer script (not imported at run time): rebuild ``countable.tsv`` from a treebank.

For every common-noun lemma of the Universal Dependencies English Web Treebank (all three splits;
gold Penn tags and dependencies; CC BY-SA 4.0, see ``ATTRIBUTION.md`` in this folder) it counts
the singular uses that head their own noun phrase (not a modifier in a compound, not a name),
how many of those have a determiner, a possessive or a number, how many come after ``a``/``an``,
and the plural uses. From those counts each lemma gets a class:

- ``C``: countable, needs a determiner in the singular (used with one in at least
  ``MIN_DETERMINED`` of its singular uses, at least once with ``a``/``an``, seen in the
  plural, often enough to trust);
- ``M``: mass (seen at least ``MIN_MASS`` times in the singular, never after ``a``/``an`` and
  almost never in the plural);
- ``B``: often used bare in the singular (``time``, ``school``, ``person`` in "in person"): rules
  must not treat it as a countable noun that needs a determiner.

Lemmas with too few uses or mixed behaviour are left out (rules leave them alone).

    python src/copylint/families/grammar/data/build_countable.py ../shared/data/ud-english-ewt \
        src/copylint/families/grammar/data/countable.tsv
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

MIN_SINGULAR = 3  # singular head uses before a lemma is judged at all
MIN_DETERMINED = 0.9  # share of singular uses with a determiner for class C
MIN_PLURAL = 1  # plural uses needed for class C
MIN_MASS = 12  # singular uses for class M
MAX_MASS_PLURAL = 0.03  # plural uses / all uses for class M
MAX_MASS_DETERMINED = 0.6  # share of singular uses with a determiner for class M
SPLITS = ("train", "dev", "test")  # every sentence counts: the statistics are not evaluated on EWT
MIN_BARE = 8  # singular uses for class B
MAX_BARE_DETERMINED = 0.8  # share of singular uses with a determiner below which a lemma is class B
MAX_OTHER = 0.25  # adjective/adverb uses of the same word, relative to singular noun uses
DETERMINER_RELATIONS = ("det", "nmod:poss", "nummod", "det:poss", "det:predet")


def _sentences(path: Path) -> list[list[list[str]]]:
    out: list[list[list[str]]] = []
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if rows:
                out.append(rows)
            rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():  # skip multiword-token ranges and empty nodes
                rows.append(cols)
    if rows:
        out.append(rows)
    return out


def counts(path: Path) -> dict[str, Counter[str]]:
    """Per lemma: ``sing`` (singular phrase heads), ``det`` (with a determiner), ``a`` (with
    a/an), ``plur`` (plural uses)."""
    stats: dict[str, Counter[str]] = {}
    for rows in _sentences(path):
        deps: dict[str, list[list[str]]] = {}
        for cols in rows:
            deps.setdefault(cols[6], []).append(cols)
        for cols in rows:
            form, lemma, xpos, rel = cols[1], cols[2].lower(), cols[4], cols[7]
            if xpos in ("JJ", "RB") and form.islower():
                stats.setdefault(form, Counter())["other"] += 1  # the same word as an adjective or adverb
                continue
            if xpos not in ("NN", "NNS") or not lemma.isalpha() or not form.islower():
                continue
            c = stats.setdefault(lemma, Counter())
            if xpos == "NNS":
                c["plur"] += 1
                continue
            if rel.startswith(("compound", "flat", "fixed", "goeswith", "vocative", "list", "root")):
                continue  # a modifier ("school bus"), part of a name or an idiom, a form of address, a fragment ("Great job!")
            kids = deps.get(cols[0], [])
            if any(k[7].startswith(("conj", "cc")) for k in kids) or rel.startswith("conj"):
                continue  # coordination shares one determiner ("the cat and dog")
            c["sing"] += 1
            if any(k[7] in DETERMINER_RELATIONS or k[4] in ("PRP$", "WP$", "POS") for k in kids):
                c["det"] += 1
            if any(k[1].lower() in ("a", "an") for k in kids):
                c["a"] += 1
    return stats


def classify(c: Counter[str]) -> str | None:
    sing, det, plur, a = c["sing"], c["det"], c["plur"], c["a"]
    if c["other"] > MAX_OTHER * sing:
        return None  # mostly an adjective or adverb ("general", "up")
    if sing >= MIN_SINGULAR and plur >= MIN_PLURAL and a >= 1 and det / sing >= MIN_DETERMINED:
        return "C"
    if sing >= MIN_MASS and a == 0 and plur / (sing + plur) <= MAX_MASS_PLURAL and det / sing <= MAX_MASS_DETERMINED:
        return "M"
    if sing >= MIN_BARE and det / sing < MAX_BARE_DETERMINED:
        return "B"
    return None


def _word_classes(lexicon: Path) -> dict[str, set[str]]:
    """Form -> the Penn tags the shipped lexicon (``lexicon.tsv``, built by build_lexicon.py) lists."""
    out: dict[str, set[str]] = {}
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            form, tags = line.split("\t")
            out[form] = set(tags.split(","))
    return out


def main(folder: Path, out: Path) -> None:
    stats: dict[str, Counter[str]] = {}
    for split in SPLITS:
        for lemma, c in counts(folder / f"en_ewt-ud-{split}.conllu").items():
            stats.setdefault(lemma, Counter()).update(c)
    # a lemma the lexicon does not list as a noun, or lists as an adverb ("up", "home"), is left
    # out: the tagger's noun reading of it is not to be trusted
    classes = _word_classes(out.parent / "lexicon.tsv")
    stats = {k: v for k, v in stats.items() if "NN" in classes.get(k, ()) and "RB" not in classes[k]}
    lines = [
        "# lemma\tclass (C countable: needs a determiner in the singular; M mass; B often bare)\tsingular\tdetermined\twith a/an\tplural",
        "# Counted by build_countable.py from the UD English Web Treebank (train, dev and test splits) (Silveira et al. 2014),",
        "# CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file is a derived work under",
        "# the same licence: see ATTRIBUTION.md in this folder.",
    ]
    for lemma in sorted(stats):
        c = stats[lemma]
        cls = classify(c)
        if cls:
            lines.append(f"{lemma}\t{cls}\t{c['sing']}\t{c['det']}\t{c['a']}\t{c['plur']}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n = Counter(line.split("\t")[1] for line in lines if not line.startswith("#"))
    print(f"{out}: {n['C']} countable, {n['M']} mass, {n['B']} often-bare lemmas")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
