#!/usr/bin/env python
"""Score the claims family on labelled sentences, and measure its false alarms on news copy.

Usage:
    bench/claims_eval.py EVAL.jsonl [--split test] [--news DIR] [--sample 50] [--seed 5]

EVAL.jsonl rows have ``sentence``, ``positive`` (should be flagged), ``source`` (which set) and
``split``. Rows still wrapped in CSV quoting (doubled inner quote marks) are unwrapped first. Each sentence is linted on its own; a sentence is predicted positive when any claims
diagnostic falls in it. Precision, recall and F1 are printed per source and split. The pattern
sample's sentences that also appear in the weasel set are dropped before counting.

With --news, every ``.txt`` file in DIR is linted as an article: diagnostics per 1,000 words
by rule, then a fixed-seed random sample of diagnostics with their sentences to read.

Configurations measured for the Wikipedia weasel target (precision >= 0.75, recall >= 0.45):

    bench/claims_eval.py EVAL.jsonl                                   # default (news) profile
    bench/claims_eval.py EVAL.jsonl --option profile=encyclopedic     # whole family, reference copy
    bench/claims_eval.py EVAL.jsonl --option profile=encyclopedic --only weasel

``--only weasel`` scores the weasel-type rules: vague-attribution, agentless-passive,
vague-quantifier, unattributed-speculation and unsupported-superlative (the CoNLL-2010 labels
mark weasel and hedge words, not statistics, causes or certainty).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from copylint import read_document
from copylint.engine import Selected, lint_document
from copylint.families.claims import FAMILY as CLAIMS
from copylint.rule import Context

RULES = CLAIMS.rules

FAMILY = "claims"
#: The rules whose cues the CoNLL-2010 Wikipedia labels mark (weasel words, hedges, peacocks).
WEASEL_RULES = (
    "vague-attribution",
    "agentless-passive",
    "vague-quantifier",
    "unattributed-speculation",
    "unsupported-superlative",
)


class ClaimsLinter:
    """The claims rules alone, run through the engine (quote and mask filtering, dedupe).

    The registry is bypassed so that the measurement does not depend on other families' packs.
    """

    def __init__(
        self, extra: list[str], headlines: bool, only: list[str] | None = None, options: dict | None = None
    ) -> None:
        chosen = [r for r in RULES if r.meta.enabled or r.meta.id in extra]
        if only:
            chosen = [r for r in RULES if r.meta.id in only or r.meta.id.split(".", 1)[1] in only]
        self.selected = [Selected(r, r.meta.severity) for r in chosen]
        self.ctx = Context(options={FAMILY: {"headlines": headlines, **(options or {})}})

    def lint_document(self, doc):  # type: ignore[no-untyped-def]
        return lint_document(doc, self.selected, self.ctx)

    def lint_text(self, text: str, path: str, fmt: str):  # type: ignore[no-untyped-def]
        diags, errors = self.lint_document(read_document(text, path, fmt))
        if errors:
            raise RuntimeError("; ".join(errors))
        return diags


def linter(
    extra: list[str], headlines: bool, only: list[str] | None = None, options: dict | None = None
) -> ClaimsLinter:
    return ClaimsLinter(extra, headlines, only, options)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _uncsv(sentence: str) -> str:
    """Undo CSV quoting left in some rows (outer quote marks, doubled inner ones): it reads as
    one long quotation."""
    if len(sentence) > 2 and sentence[0] == sentence[-1] == '"' and ('""' in sentence or sentence.count('"') == 2):
        return sentence[1:-1].replace('""', '"')
    return sentence


def score(path: Path, lint: ClaimsLinter, split: str | None, show: int) -> None:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    weasel = {r["sentence"] for r in rows if r["source"] == "conll2010_wiki_weasel"}
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        if r["source"] == "conll2010_wiki_pattern_sample" and r["sentence"] in weasel:
            continue
        if split and r.get("split") not in (split, None):
            continue
        groups[(r["source"], r.get("split") or "-")].append(r)
    print(f"\n## {path.name}: any claims diagnostic in the sentence vs `positive`\n")
    print("| source | split | n | positives | flagged | precision | recall | F1 |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    by_rule: dict[str, Counter[str]] = {}
    errors: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (source, sp), items in sorted(groups.items()):
        tp = fp = fn = 0
        rules: Counter[str] = Counter()
        for r in items:
            diags = lint.lint_text(_uncsv(r["sentence"]), path="s.txt", fmt="text")
            hit = bool(diags)
            for d in {d.rule for d in diags}:
                rules[f"{d}|{'pos' if r['positive'] else 'neg'}"] += 1
            if hit and r["positive"]:
                tp += 1
            elif hit:
                fp += 1
                errors[source].append(("FP", f"{sorted({d.rule for d in diags})} {r['sentence'][:160]}"))
            elif r["positive"]:
                fn += 1
                errors[source].append(("FN", r["sentence"][:160]))
        p, rc, f = prf(tp, fp, fn)
        pos = sum(1 for r in items if r["positive"])
        print(f"| {source} | {sp} | {len(items)} | {pos} | {tp + fp} | {p:.3f} | {rc:.3f} | {f:.3f} |")
        by_rule[f"{source}/{sp}"] = rules
    print("\nSentences flagged per rule (on positives / on negatives):\n")
    for key, rules in by_rule.items():
        names = sorted({k.split("|")[0] for k in rules})
        cells = ", ".join(f"{n.split('.', 1)[1]} {rules[n + '|pos']}/{rules[n + '|neg']}" for n in names)
        print(f"- {key}: {cells}")
    if show:
        rng = random.Random(1)
        for source, errs in errors.items():
            for kind in ("FP", "FN"):
                pool = [e for k, e in errs if k == kind]
                print(f"\n### {source}: {min(show, len(pool))} random {kind}\n")
                for e in rng.sample(pool, min(show, len(pool))):
                    print(f"- {e}")


def news(folder: Path, lint: ClaimsLinter, sample: int, seed: int) -> None:
    files = sorted(folder.glob("*.txt"))
    words = 0
    found: list[tuple[str, object, str, str]] = []
    started = time.perf_counter()
    for f in files:
        text = f.read_text(encoding="utf-8")
        doc = read_document(text, f.name)
        words += doc.word_count
        diags, errors = lint.lint_document(doc)
        if errors:
            print("ERROR", errors, file=sys.stderr)
        for d in diags:
            found.append((f.name, d, _sentence(doc, d), doc.source[d.offset : d.end_offset]))
    elapsed = time.perf_counter() - started
    counts = Counter(d.rule for _, d, _, _ in found)
    print(f"\n## {folder}: {len(files)} files, {words} words, {len(found)} diagnostics, {elapsed:.1f} s\n")
    print("| rule | diagnostics | per 1,000 words |")
    print("|---|---:|---:|")
    for rule, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"| {rule} | {n} | {1000 * n / words:.2f} |")
    print(f"| **all** | {len(found)} | {1000 * len(found) / words:.2f} |")
    if sample:
        rng = random.Random(seed)
        picked = rng.sample(found, min(sample, len(found)))
        print(f"\n### random sample of {len(picked)} (seed {seed})\n")
        for i, (name, d, sentence, cue) in enumerate(picked, 1):
            print(f"{i}. {name}:{d.line}:{d.column} {d.rule} [{cue}]\n   > {sentence}")


def _sentence(doc, d) -> str:  # type: ignore[no-untyped-def]
    # Diagnostic offsets are source offsets; plain text maps one-to-one onto the prose.
    for s in doc.sentences:
        start, end = doc.source_range(s.span)
        if start <= d.offset < end:
            return " ".join(doc.text(s.span).split())
    return ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval", type=Path, nargs="?", help="claims.jsonl")
    ap.add_argument("--split", default=None, help="only this split (e.g. test); default: each split separately")
    ap.add_argument("--news", type=Path, help="folder of .txt articles for the false-alarm measurement")
    ap.add_argument("--sample", type=int, default=50, help="diagnostics to print from the news run")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--errors", type=int, default=0, help="print N random false positives/negatives per source")
    ap.add_argument("--select", action="append", default=[], help="also select these rule ids (off-by-default rules)")
    ap.add_argument("--option", action="append", default=[], help="claims option as KEY=VALUE (e.g. quantifiers=all)")
    ap.add_argument(
        "--only", default="", help="comma-separated rule names to score alone ('weasel': the weasel-type rules)"
    )
    args = ap.parse_args()
    if args.eval:
        only = [
            r
            for x in args.only.split(",")
            if x.strip()
            for r in (WEASEL_RULES if x.strip() == "weasel" else (x.strip(),))
        ] or None
        options = dict(o.split("=", 1) for o in args.option)
        print(f"options: {options or 'default'}; rules: {', '.join(only) if only else 'all enabled'}")
        score(args.eval, linter(args.select, headlines=True, only=only, options=options), args.split, args.errors)
    if args.news:
        news(
            args.news,
            linter(args.select, headlines=False, options=dict(o.split("=", 1) for o in args.option)),
            args.sample,
            args.seed,
        )


if __name__ == "__main__":
    main()
