"""How many sentences of a folder some tag-reading rule of the default selection could look at.

    python bench/tag_needs.py ../shared/corpus/news

The greedy tagger's tags of a sentence depend on that sentence alone, so a sentence that no rule
reading tags can look at would not need tagging. This counts, with word-level criteria that can
only over-count what a rule reads (so the skippable share it prints is an upper bound):

- pattern shapes: a shape of a built pattern rule (in the run's language) whose every word set
  has a word in the sentence; and, closer to what is read, a shape whose words all match at
  their offsets from some start in the sentence (a shape reads tags only at such a start);
- the pattern rules whose variants are matched by their own plan (tag anchors, backtracking):
  listed with the words they need; those that need none read the tags of every document;
- grammar.agreement-across-phrase: sentences with one of the verbs it checks.

grammar.counted-singular-noun reads the tag of every token of every sentence (outside headings),
so it is listed, not counted.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from copylint import Linter, read_document
from copylint.families.grammar import phrase_agreement
from copylint.kinds import pattern
from copylint.nlp.analysis import tagged

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


def _words_match(shape: pattern.Shape, lows: list[str]) -> bool:
    """Do the shape's word sets all match at their offsets from some start in the sentence?"""
    reach, first = shape.anchors[0]
    for i, low in enumerate(lows):
        g = i - reach
        if low in first and g >= 0 and g + shape.size <= len(lows):
            if all(lows[g + k] in ws for k, ws in shape.words):
                return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    linter = Linter()
    docs = []
    language = None
    for path in sorted(p for p in args.folder.rglob("*") if p.suffix in SUFFIXES):
        doc = read_document(path.read_text(encoding="utf-8"), str(path))
        linter.lint_document(doc)  # builds the pattern rules whose gates let a document through
        language = linter.selection(doc.path)[1].language
        docs.append(doc)
    bank = next(iter(pattern._BANKS.values()))
    filed = bank.filed
    print(f"pattern rules built: {len(filed.built)}, never built (gates): {len(bank._pending)}")
    print(f"languages of the rules that tag every document: {sorted(map(str, filed.tagging))}")
    for pos in filed.own:
        rule = filed.built[pos]
        print(f"  own plan: {rule.meta.id} needs {sorted(rule.needs) if rule.needs is not None else 'no word'}")
    shapes = [
        (rule.language, [ws for _, ws in shape.anchors], rule.meta.id, shape)
        for rule in filed.built.values()
        for how in rule._plans
        if how.shapes is not None
        for shape in how.shapes
        if shape.anchors
    ]
    total = by_shapes = by_agreement = either = placed = placed_either = 0
    rules: Counter[str] = Counter()
    for doc in docs:
        for sent in tagged(doc):
            total += 1
            vocabulary = {tok.low for tok in sent}
            hit = {
                rule_id
                for lang, sets, rule_id, _ in shapes
                if lang in (None, language) and all(not vocabulary.isdisjoint(ws) for ws in sets)
            }
            lows = [tok.low for tok in sent]
            at_offsets = any(
                _words_match(shape, lows)
                for lang, sets, _, shape in shapes
                if lang in (None, language) and all(not vocabulary.isdisjoint(ws) for ws in sets)
            )
            agreement = not vocabulary.isdisjoint(phrase_agreement._CHECKED_VERBS)
            placed += at_offsets
            placed_either += at_offsets or agreement
            by_shapes += bool(hit)
            by_agreement += agreement
            either += bool(hit) or agreement
            rules.update(hit)
    print(f"{total} sentences; with every word set of some pattern shape: {by_shapes}")
    print(f"with a verb grammar.agreement-across-phrase checks: {by_agreement}; either: {either}")
    print(f"at most {total - either} ({(total - either) / total:.1%}) could skip tagging on these criteria")
    print(
        f"with some shape's words at their offsets: {placed}; or a verb agreement-across-phrase checks: {placed_either}"
    )
    print(f"at most {total - placed_either} ({(total - placed_either) / total:.1%}) by that criterion")
    print("shapes' rules by sentences:", ", ".join(f"{r} {n}" for r, n in rules.most_common(8)))


if __name__ == "__main__":
    main()
