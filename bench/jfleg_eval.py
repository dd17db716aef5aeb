"""Detection of grammatical errors in JFLEG (learner sentences) and false alarms on their corrections.

Usage::

    python bench/jfleg_eval.py ../shared/eval/jfleg-dev [--half tune|heldout|all] [--show hits|misses|fa]

The 754 dev sentences are split in two halves with a fixed seed (SEED below): rules may be
tuned on the "tune" half only; the "heldout" half checks them. A sentence has a grammatical
error when at least two of its four references change more than spelling and punctuation. A
one-word change to a similar word with the same first letter is a spelling fix unless the word
changed is itself a dictionary word (``--spelling lexicon``, the default: "employee" ->
"employees" and "their" -> "there" are grammar edits); ``--spelling similarity`` counts every
such change as spelling (the measure before session 10).
Detection: share of those sentences with a grammar diagnostic on (or next to) a token the
references edit. False alarms: share of corrected sentences (the first reference) with any
grammar diagnostic. The text is tokenised; it is joined back into ordinary prose first.

A second false-alarm figure reads all four references. The first reference often keeps an
error another reference corrects ("It will be good situation" in one, "a good situation" in
another), so a flag there is not always a false alarm. A flag on a reference counts as a
*disputed-free* false alarm only when the text it covers is left the same by all four references:
the reference's words under the flag (or, for a flag on punctuation or of zero width, the words
either side) must lie in unchanged stretches of its word alignment with each of the other
three references, where a word counts as changed if another reference replaces or drops it or
inserts a word right next to it (any change, spelling included). A flag on text all four
editors wrote alike, whether the learner's words or their own, is a false alarm; a flag on text
they disagree about is an error some reference kept (or an edit where the editors chose
differently) and is left out. The text all four share is a minority of the words, and flags
cluster where editors disagree, so this figure is a lower bound on false alarms (printed with
the share of the first references' words that are shared), not the issue's measure, which is
the first-reference figure above. Printed as two lines: the first reference's sentences with such a
flag (comparable with the figure above) and all four references' sentences with such a flag.
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
from collections.abc import Callable
from pathlib import Path

from copylint import Linter
from copylint.families.spelling.lexicon import accepted, load

SEED = 20261206
_PUNCT = re.compile(r"^[^\w]+$")
_NO_SPACE_BEFORE = re.compile(r"^(?:[.,!?;:%)\]}]|n't|'s|'re|'ve|'ll|'d|'m|')$", re.I)


def detok(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Prose from tokens, with the character span of each token."""
    out = ""
    spans = []
    for i, tok in enumerate(tokens):
        if i and not _NO_SPACE_BEFORE.match(tok) and tokens[i - 1] not in ("(", "[", "$", "``"):
            out += " "
        spans.append((len(out), len(out) + len(tok)))
        out += tok
    return out, spans


def words(tokens: list[str]) -> list[tuple[int, str]]:
    return [(i, t.lower()) for i, t in enumerate(tokens) if not _PUNCT.match(t)]


def dictionary_word() -> Callable[[str], bool]:
    """Is a lower-case word spelled right in US or British English (copylint's lexicon)?"""
    lex = load()

    def known(word: str) -> bool:
        return any(accepted(lex.flags(w), lang) for w in (word, word.capitalize()) for lang in ("en-US", "en-GB"))

    return known


def grammar_edits(src: list[str], ref: list[str], known: Callable[[str], bool] | None = None) -> set[int]:
    """Source token indexes touched by edits that are more than spelling or punctuation (with
    ``known``, a change of a word it knows is never a spelling fix)."""
    a, b = words(src), words(ref)
    edited: set[int] = set()
    sm = difflib.SequenceMatcher(a=[w for _, w in a], b=[w for _, w in b], autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        if (
            op == "replace"
            and i2 - i1 == j2 - j1
            and all(
                (known is None or not known(a[i][1]))
                and difflib.SequenceMatcher(a=a[i][1], b=b[j1 + k][1]).ratio() >= 0.75
                and a[i][1][:1] == b[j1 + k][1][:1]
                for k, i in enumerate(range(i1, i2))
            )
        ):
            continue  # spelling
        if i1 == i2:  # insertion: the words either side
            edited.update(a[k][0] for k in (i1 - 1, i1) if 0 <= k < len(a))
        else:
            edited.update(a[k][0] for k in range(i1, i2))
    return edited


def _always(_word: str) -> bool:
    return True


def word_spans(tokens: list[str], spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(word number, start, end) of each word token (punctuation left out) of a detokenised text."""
    out = []
    for n, (i, _w) in enumerate(words(tokens)):
        out.append((n, spans[i][0], spans[i][1]))
    return out


def agreed_flag(start: int, end: int, wspans: list[tuple[int, int, int]], disputed: set[int]) -> bool:
    """Is a flag over [start, end) on text every reference leaves the same? ``disputed`` holds
    the word numbers some other reference changes or inserts next to."""
    end = max(end, start + 1)
    under = [n for n, a, b in wspans if a < end and start < b]
    if not under:  # punctuation or a gap: the words either side
        under = [n for n, a, b in wspans if b <= start][-1:] + [n for n, a, b in wspans if a >= end][:1]
    return not any(n in disputed for n in under)


def disputed_words(refs: list[list[str]], k: int) -> set[int]:
    """Word numbers of reference k that some other reference edits (any change, insertions
    marking the words either side)."""
    mine = words(refs[k])
    index = {tok: n for n, (tok, _w) in enumerate(mine)}
    out: set[int] = set()
    for j, other in enumerate(refs):
        if j != k:
            out.update(index[t] for t in grammar_edits(refs[k], other, _always))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--half", choices=("tune", "heldout", "all"), default="tune")
    ap.add_argument("--show", choices=("hits", "misses", "fa"))
    ap.add_argument("--language", default="en-US")
    ap.add_argument(
        "--set",
        choices=("family", "default"),
        default="family",
        help="family: every grammar rule, opt-in (strict) ones too; default: the grammar rules a run without config selects",
    )
    ap.add_argument(
        "--spelling",
        choices=("lexicon", "similarity"),
        default="lexicon",
        help="lexicon: a change of a dictionary word is a grammar edit (default); similarity: the measure before session 10",
    )
    args = ap.parse_args()
    known = dictionary_word() if args.spelling == "lexicon" else None
    src = [line.split() for line in (args.folder / "dev.src").read_text(encoding="utf-8").splitlines()]
    refs = [
        [line.split() for line in (args.folder / f"dev.ref{k}").read_text(encoding="utf-8").splitlines()]
        for k in range(4)
    ]
    order = list(range(len(src)))
    random.Random(SEED).shuffle(order)
    half = len(order) // 2
    chosen = sorted(order[:half] if args.half == "tune" else order[half:] if args.half == "heldout" else order)
    config: dict = {"language": args.language}
    if args.set == "family":
        config["select"] = ["grammar"]
    lint = Linter(config, plugins=False)
    errors = detected = corrected = flagged = 0
    per_rule_hits: dict[str, int] = {}
    per_rule_fa: dict[str, int] = {}
    agreed_first = agreed_any = all_refs = 0
    first_words = first_shared = 0
    per_rule_agreed: dict[str, int] = {}
    for n in chosen:
        edits = [grammar_edits(src[n], ref[n], known) for ref in refs]
        text, spans = detok(src[n])
        if sum(bool(e) for e in edits) >= 2:
            errors += 1
            touched = set().union(*edits)
            diags = [d for d in lint.lint_text(text, "x.txt") if d.family == "grammar"]
            hit = [
                d
                for d in diags
                if any(d.offset < spans[i][1] and spans[i][0] < max(d.end_offset, d.offset + 1) for i in touched)
            ]
            if hit:
                detected += 1
                for d in hit:
                    per_rule_hits[d.rule] = per_rule_hits.get(d.rule, 0) + 1
            if (args.show == "hits" and hit) or (args.show == "misses" and not hit):
                print(f"{'HIT ' if hit else 'MISS'} {text}\n     ref: {detok(refs[0][n])[0]}")
                for d in hit:
                    print(f"     {d.rule}: {d.message}")
        ref_text = detok(refs[0][n])[0]
        corrected += 1
        fa = [d for d in lint.lint_text(ref_text, "x.txt") if d.family == "grammar"]
        if fa:
            flagged += 1
            for d in fa:
                per_rule_fa[d.rule] = per_rule_fa.get(d.rule, 0) + 1
            if args.show == "fa":
                for d in fa:
                    print(f"FA   {ref_text}\n     {d.rule}: {d.message}")
        four = [r[n] for r in refs]
        disputed_first = disputed_words(four, 0)
        first_words += len(four[0])
        first_shared += len(four[0]) - len(disputed_first)
        for k in range(4):
            all_refs += 1
            text_k, spans_k = detok(four[k])
            diags_k = fa if k == 0 else [d for d in lint.lint_text(text_k, "x.txt") if d.family == "grammar"]
            if not diags_k:
                continue
            wspans = word_spans(four[k], spans_k)
            disputed = disputed_first if k == 0 else disputed_words(four, k)
            kept = [d for d in diags_k if agreed_flag(d.offset, d.end_offset, wspans, disputed)]
            if kept:
                agreed_any += 1
                if k == 0:
                    agreed_first += 1
                    for d in kept:
                        per_rule_agreed[d.rule] = per_rule_agreed.get(d.rule, 0) + 1
                if args.show == "fa":
                    for d in kept:
                        print(f"FA4  ref{k}: {text_k}\n     {d.rule}: {d.message} (text all four references share)")
    print(
        f"JFLEG dev, {args.half} half (seed {SEED}, {len(chosen)} sentences, language {args.language},"
        f" {args.set} rules, spelling edits by {args.spelling})"
    )
    print(f"detection: {detected}/{errors} = {detected / max(errors, 1):.1%} of sentences with a grammatical error")
    print(
        f"false alarms: {flagged}/{corrected} = {flagged / max(corrected, 1):.1%} of corrected sentences (first reference)"
    )
    print(
        f"false alarms on text all four references share: {agreed_first}/{corrected} ="
        f" {agreed_first / max(corrected, 1):.1%} of corrected sentences (first reference);"
        f" {agreed_any}/{all_refs} = {agreed_any / max(all_refs, 1):.1%} of all four references' sentences"
        f" (only {first_shared}/{first_words} = {first_shared / max(first_words, 1):.1%} of the first references'"
        " words are shared text: a lower bound, not the target's measure)"
    )
    print("hits by rule:", ", ".join(f"{r} {c}" for r, c in sorted(per_rule_hits.items(), key=lambda x: -x[1])))
    print("false alarms by rule:", ", ".join(f"{r} {c}" for r, c in sorted(per_rule_fa.items(), key=lambda x: -x[1])))
    print(
        "false alarms on shared text by rule (first reference):",
        ", ".join(f"{r} {c}" for r, c in sorted(per_rule_agreed.items(), key=lambda x: -x[1])),
    )


if __name__ == "__main__":
    main()
