"""Speed of the part-of-speech tagger and of the grammar family on news copy, and the start-up
cost the tagger adds to a one-article run.

Usage::

    python bench/grammar_speed.py /work/tune [--article FILE]

- tagging: words per second of ``copylint.nlp.analysis.tagged`` over every article (documents
  read first; model loaded first), with the per-form caches cold (first pass) and warm;
- family: words per second of ``select: [grammar]`` (en-GB) over the folder, in one process;
All times are CPU time (the machine is shared; wall time would measure the neighbours).

- start-up: CPU time of a fresh ``python -c`` that lints one article with the grammar family,
  against the same run with the tag-using rules switched off (median of 3 each), and the model
  load alone.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from copylint import Linter, read_document


def fresh(code: str) -> float:
    """CPU seconds (user + system) of a fresh process running ``code``: median of 3."""
    runs = []
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        runs.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--article", type=Path)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.glob("*.txt"))]
    t0 = time.process_time()
    from copylint.nlp.tagger import tagger

    tagger()
    load = time.process_time() - t0
    from copylint.nlp.analysis import tagged

    for label in ("first pass (caches cold)", "second pass (caches warm)"):
        docs = [read_document(t, "a.txt") for t in texts]
        words = sum(d.word_count for d in docs)
        for d in docs:
            _ = d.sentences
        t0 = time.process_time()
        tokens = sum(len(s) for d in docs for s in tagged(d))
        dt = time.process_time() - t0
        print(
            f"tagging, {label}: {words} words, {tokens} tokens in {dt:.2f} s = {words / dt:,.0f} words/s, "
            f"{tokens / dt:,.0f} tokens/s"
        )
    print(f"model load (import and parse): {load * 1000:.0f} ms CPU")
    lint = Linter({"select": ["grammar"], "language": "en-GB"}, plugins=False)
    docs = [read_document(t, "a.txt") for t in texts]
    words = sum(d.word_count for d in docs)
    t0 = time.process_time()
    for d in docs:
        lint.lint_document(d)
    dt = time.process_time() - t0
    print(f"grammar family (en-GB, tagger included): {words} words in {dt:.2f} s = {words / dt:,.0f} words/s")
    article = args.article or sorted(args.folder.glob("*.txt"))[0]
    base = (
        "from copylint import Linter\n"
        "Linter({{'select': ['grammar'], 'ignore': {ignore!r}, 'language': 'en-GB'}}, plugins=False)"
        f".lint_text(open({str(article)!r}).read(), 'a.txt')\n"
    )
    from copylint.registry import Registry

    tag_rules = sorted(r.meta.id for r in Registry.load(plugins=False) if type(r).__name__ == "PatternRule")
    tag_rules.append("grammar.agreement-across-phrase")
    with_tags = fresh(base.format(ignore=[]))
    without = fresh(base.format(ignore=tag_rules))
    print(
        f"one-article run ({article.name}), fresh process, CPU, median of 3: grammar family {with_tags:.2f} s; "
        f"without the tag-using rules {without:.2f} s; the tagger adds {with_tags - without:.2f} s"
    )


if __name__ == "__main__":
    main()
