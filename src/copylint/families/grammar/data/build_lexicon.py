"""Maintainer script (not imported at run time): rebuild ``lexicon.tsv`` and ``verbs.tsv``.

Needs ``pip install lemminflect wordfreq`` in a scratch environment. Word forms and their
inflection tags come from LemmInflect (MIT; derived from the NLM SPECIALIST Lexicon); wordfreq
is used only to keep forms that are common in real English text.

    python src/copylint/grammar/data/build_lexicon.py src/copylint/grammar/data
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
    for lemma, upos in sorted(lemmas):
        if zipf_frequency(lemma, "en") < MIN_LEMMA_ZIPF:
            continue
        infl = dict(lemminflect.getAllInflections(lemma, upos=upos))
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
    with open(out / "verbs.tsv", "w", encoding="utf-8") as fh:
        fh.write("# base\t3rd-sg\tpast\tpast-participle\tgerund (LemmInflect, MIT)\n")
        fh.write("\n".join(verbs) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
