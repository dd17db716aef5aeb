"""Maintainer script (not imported at run time): rebuild ``lexicon.tsv``, ``mass.txt`` and ``verbs.tsv``.

Needs ``pip install lemminflect wordfreq`` in a scratch environment. Word forms and their
inflection tags come from LemmInflect (MIT; derived from the NLM SPECIALIST Lexicon); wordfreq
is used only to keep forms that are common in real English text.

    python src/copylint/families/grammar/data/build_lexicon.py src/copylint/families/grammar/data
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

MIN_LEMMA_ZIPF = 2.5
MIN_FORM_ZIPF = 1.5
UPOS = {"noun": "NOUN", "verb": "VERB", "adj": "ADJ", "adv": "ADV"}
#: Nouns whose plural is the singular form. The SPECIALIST lexicon gives a mass noun's base form
#: as its plural too (its "uncount" reading: "some help", "have a say"), so LemmInflect lists
#: "help", "say", "view" as plurals; only these nouns (and plural-only nouns in -s: "series",
#: "clothes") keep the base form as a plural. The others are written to ``mass.txt`` instead:
#: nouns with a mass reading.
ZERO_PLURALS = frozenset(
    """aircraft bison cattle clergy cod data deer elk fish hovercraft livestock means media moose
    offspring people personnel police poultry salmon series sheep shrimp spacecraft species squid
    swine trout vermin yen""".split()
)


def plural_forms(lemma: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    """A noun's plural forms as LemmInflect lists them, less the base form of a noun that is
    not a zero plural (its mass reading, listed as a plural by the SPECIALIST lexicon)."""
    if lemma not in forms or lemma in ZERO_PLURALS or (forms == (lemma,) and lemma.endswith("s")):
        return forms
    return tuple(f for f in forms if f != lemma)


def main(out: Path) -> None:
    import lemminflect
    from wordfreq import zipf_frequency

    data = resources.files("lemminflect") / "resources" / "infl_lu.csv.gz"
    lemmas: set[tuple[str, str]] = set()
    with gzip.open(str(data), "rt", encoding="utf-8") as fh:
        for line in fh:
            lemma, upos = line.split(",")[:2]
            if lemma.islower() and lemma.isalpha() and upos in UPOS:
                lemmas.add((lemma, UPOS[upos]))
    tags: dict[str, set[str]] = defaultdict(set)
    verbs: list[str] = []
    mass: set[str] = set()
    for lemma, upos in sorted(lemmas):
        if zipf_frequency(lemma, "en") < MIN_LEMMA_ZIPF:
            continue
        infl = dict(lemminflect.getAllInflections(lemma, upos=upos))
        if upos == "NOUN" and "NNS" in infl:
            plurals = plural_forms(lemma, infl["NNS"])
            if plurals != infl["NNS"] and zipf_frequency(lemma, "en") >= MIN_FORM_ZIPF:
                mass.add(lemma)
            infl["NNS"] = plurals
        if upos == "VERB" and "VBD" in infl and "VBN" not in infl:
            infl["VBN"] = infl["VBD"]  # regular verbs: the participle is the past form
        if upos == "VERB" and "VBN" in infl:
            # an -ed past ("leaned" beside "leant", "spelled" beside "spelt") is always a participle too
            extra = [f for f in infl.get("VBD", ()) if f.endswith("ed") and f not in infl["VBN"]]
            infl["VBN"] = (*infl["VBN"], *extra)
        for tag, forms in infl.items():
            for form in forms:
                if form.isalpha() and form.islower() and zipf_frequency(form, "en") >= MIN_FORM_ZIPF:
                    tags[form].add(tag)
        if upos == "VERB" and all(infl.get(t) for t in ("VBZ", "VBD", "VBN", "VBG")):
            cols = [lemma] + ["|".join(infl[t]) for t in ("VBZ", "VBD", "VBN", "VBG")]
            verbs.append("\t".join(cols))
    with open(out / "lexicon.tsv", "w", encoding="utf-8") as fh:
        fh.write("# form\tPenn tags it can carry (LemmInflect, MIT; NLM SPECIALIST Lexicon); common forms only\n")
        for form in sorted(tags):
            fh.write(f"{form}\t{','.join(sorted(tags[form]))}\n")
    with open(out / "mass.txt", "w", encoding="utf-8") as fh:
        fh.write("# nouns with a mass reading (LemmInflect, MIT; NLM SPECIALIST Lexicon: 'uncount'): 'some help'\n")
        fh.write("\n".join(sorted(mass)) + "\n")
    with open(out / "verbs.tsv", "w", encoding="utf-8") as fh:
        fh.write("# base\t3rd-sg\tpast\tpast-participle\tgerund (LemmInflect, MIT)\n")
        fh.write("\n".join(verbs) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
