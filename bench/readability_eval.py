"""Measure the readability family on a corpus of plain-text articles.

    python bench/readability_eval.py ../shared/corpus/news [--show RULE] [--sample N] [--seed S]

Prints the distribution of body-sentence lengths, sentence grades and document scores, the
share of sentences (paragraphs, documents) each rule flags, diagnostics per 1,000 words, and
the time the family adds per 1,000 words (segmentation shared with other families excluded;
cold start measured separately in a fresh process). ``--show RULE`` prints a random sample of
what that rule flags, to read for false alarms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from copylint import Linter, read_document
from copylint.document import Document
from copylint.families.readability import body_counts, measure_sentences

SENTENCE_RULES = ("readability.long-sentence", "readability.hard-sentence", "readability.passive-voice")


def percentiles(values: list[float]) -> str:
    if not values:
        return "n/a"
    q = statistics.quantiles(values, n=20, method="inclusive")
    return (
        f"p5 {q[0]:.1f}  p25 {q[4]:.1f}  median {statistics.median(values):.1f}  p75 {q[14]:.1f}"
        f"  p95 {q[18]:.1f}  max {max(values):.1f}  mean {statistics.fmean(values):.1f}"
    )


def histogram(values: list[int], edges: list[int]) -> str:
    rows = []
    lo = 1
    for hi in [*edges, 10**9]:
        n = sum(lo <= v <= hi for v in values)
        label = f"{lo}-{hi}" if hi < 10**9 else f"{lo}+"
        rows.append(f"  {label:>7} words: {n:5d}  {100 * n / len(values):5.1f}%")
        lo = hi + 1
    return "\n".join(rows)


def load(corpus: Path) -> list[tuple[str, str]]:
    return [(str(p), p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.txt"))]


def fresh_docs(texts: list[tuple[str, str]]) -> list[Document]:
    """Documents with the shared segmentation already computed (other families pay for it)."""
    docs = [read_document(text, path) for path, text in texts]
    for doc in docs:
        _ = (doc.sentences, doc.tokens, doc.masks, doc.quotes)
    return docs


def cold_start() -> str:
    code = (
        "import time; from copylint import Linter, read_document; l = Linter({'select': ['readability']});"
        "d = read_document('The plan was approved by the council on Monday after a long debate.', 'a.txt');"
        "t = time.perf_counter(); l.lint_document(d); print(f'{time.perf_counter() - t:.3f}')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return out.stdout.strip() if out.returncode == 0 else f"failed: {out.stderr.strip().splitlines()[-1:]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--show", help="print a sample of what this rule flags")
    parser.add_argument("--sample", type=int, default=15)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (median)")
    args = parser.parse_args()

    texts = load(args.corpus)
    linter = Linter({"select": ["readability"]}, plugins=False)
    docs = fresh_docs(texts)

    lengths: list[int] = []
    ari: list[float] = []
    fk: list[float] = []
    plain: list[float] = []
    doc_scores: dict[str, list[float]] = {k: [] for k in ("reading ease", "FK grade", "fog", "Dale-Chall", "SMOG")}
    paragraphs = sentences_total = words_total = 0
    for doc in docs:
        ss = measure_sentences(doc)
        lengths.extend(s.counts.words for s in ss)
        ari.extend(s.counts.ari() or 0.0 for s in ss if s.counts.words >= 14)
        fk.extend(s.counts.grade() or 0.0 for s in ss if s.counts.words >= 14)
        plain.extend(
            s.plain_grade() or 0.0 for s in ss if 14 <= s.counts.words <= 25 and not s.is_list and not s.mostly_quoted
        )
        c = body_counts(ss)
        for key, value in (
            ("reading ease", c.reading_ease()),
            ("FK grade", c.grade()),
            ("fog", c.fog()),
            ("Dale-Chall", c.dale_chall()),
            ("SMOG", c.smog()),
        ):
            if value is not None:
                doc_scores[key].append(value)
        paragraphs += len({s.block for s in ss if doc.blocks[s.block].kind == "paragraph"})
        sentences_total += len(ss)
        words_total += doc.word_count

    diags = []
    for doc in docs:
        found, errors = linter.lint_document(doc)
        if errors:
            raise SystemExit("\n".join(errors))
        diags.extend((doc, d) for d in found)

    print(
        f"corpus: {len(docs)} files, {words_total:,} words, {sentences_total:,} body sentences, {paragraphs:,} paragraphs\n"
    )
    print("Body sentence length (words):", percentiles([float(v) for v in lengths]))
    print(histogram(lengths, [10, 15, 20, 25, 30, 40]))
    print("\nSentence grade, sentences of 14+ words:")
    print("  ARI:", percentiles(ari))
    print("  Flesch-Kincaid:", percentiles(fk))
    print("  hard-sentence's grade (FK, names and numbers out; 14-25 words, not lists or quotes):", percentiles(plain))
    print("\nDocument scores (body):")
    for key, values in doc_scores.items():
        print(f"  {key:>12} ({len(values)} docs): {percentiles(values)}")

    per_rule = Counter(d.rule for _, d in diags)
    severities = Counter((d.rule, d.severity.value) for _, d in diags)
    sentence_hits: dict[str, set[tuple[str, int]]] = {r: set() for r in SENTENCE_RULES}
    for doc, d in diags:
        if d.rule in sentence_hits:
            idx = doc.sentence_index(_prose_offset(doc, d))
            sentence_hits[d.rule].add((doc.path, idx if idx is not None else -1))
    print("\nRule                          diags  per 1k words  flagged share   severities")
    for rule in sorted(r.meta.id for r in linter.registry if r.meta.family == "readability"):
        n = per_rule[rule]
        if rule in sentence_hits:
            share = f"{100 * len(sentence_hits[rule]) / sentences_total:5.1f}% sentences"
        elif rule == "readability.long-paragraph":
            share = f"{100 * n / paragraphs:5.1f}% paragraphs"
        elif rule == "readability.grade":
            share = f"{100 * n / len(docs):5.1f}% documents"
        else:
            share = ""
        sev = ", ".join(f"{s} {c}" for (r, s), c in sorted(severities.items()) if r == rule)
        print(f"{rule:<30}{n:6d}  {1000 * n / words_total:12.2f}  {share:<20} {sev}")

    long_quoted = sum(1 for _, d in diags if d.rule == "readability.long-sentence" and "quote less" in d.message)
    agent = sum(1 for _, d in diags if d.rule == "readability.passive-voice" and "actor first" in d.message)
    print(f"\nlong-sentence findings that are mostly a direct quotation: {long_quoted}")
    print(
        f"passive-voice findings that name the actor ('by ...', what passive-agent-only keeps): {agent}"
        f" = {1000 * agent / words_total:.2f} per 1k words"
    )

    times, cpu = [], []
    for _ in range(args.repeat):
        docs = fresh_docs(texts)
        start, start_cpu = time.perf_counter(), time.process_time()
        for doc in docs:
            linter.lint_document(doc)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    t, c = statistics.median(times), statistics.median(cpu)
    print(
        f"\nTime: wall {t:.3f} s, CPU {c:.3f} s for {words_total:,} words = {1e6 * t / words_total:.2f} ms wall,"
        f" {1e6 * c / words_total:.2f} ms CPU per 1,000 words (median of {args.repeat}, warm caches,"
        " segmentation excluded)"
    )
    print(f"Cold start (first document in a fresh process, dictionary loads included): {cold_start()} s")

    if args.show:
        hits = [(doc, d) for doc, d in diags if d.rule == args.show]
        random.Random(args.seed).shuffle(hits)
        print(f"\nSample of {args.show} ({min(args.sample, len(hits))} of {len(hits)}):")
        for doc, d in hits[: args.sample]:
            text = doc.source[d.offset : d.end_offset]
            if len(text) < 60:
                idx = doc.sentence_index(_prose_offset(doc, d))
                text = f"[{text}]  in: {doc.text(doc.sentences[idx].span) if idx is not None else ''}"
            print(f"- {Path(d.path).name}:{d.line}: {d.message}\n    {text[:400]}")


def _prose_offset(doc: Document, d: object) -> int:
    """Prose offset of a diagnostic (plain text maps source to prose one to one)."""
    for s in doc.sentences:
        if doc.source_offset(s.span.start) <= d.offset < doc.source_end_offset(s.span.end):  # type: ignore[attr-defined]
            return s.span.start
    return 0


if __name__ == "__main__":
    main()
