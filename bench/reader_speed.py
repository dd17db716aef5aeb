"""Reader speed: time to read a ~100 KB Markdown article and its HTML rendering.

Usage: python bench/reader_speed.py /work/shared/corpus/news

Builds a ~100 KB Markdown article from the corpus text (front matter, headings, lists, block
quotes, emphasis, links and code spans on every paragraph) and an HTML page with the same text,
then prints the best and median of 7 reads for each reader, markdown-it's own parse time, and
the time to read every corpus file as Markdown.
"""

from __future__ import annotations

import html
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from copylint.document import Document
from copylint.readers.html import read_html
from copylint.readers.markdown import _parser, read_markdown


def article(texts: list[str], size: int = 100_000) -> str:
    parts = ['---\ntitle: A long article\ndescription: "A test of the reader"\n---\n\n# Heading\n']
    total, i = 0, 0
    while total < size:
        for para in filter(None, texts[i % len(texts)].split("\n\n")):
            words = para.split(" ")
            if len(words) > 6:
                words[2] = f"**{words[2]}**"
                words[4] = f"[{words[4]}](https://example.com/x)"
                words[5] = f"`{words[5]}`"
            line = ["", "- ", "> ", "## "][i % 4] + " ".join(words) + "\n\n"
            parts.append(line)
            total += len(line)
        i += 1
    return "".join(parts)


def timed(fn: Callable[[str, str], Document], text: str) -> tuple[float, float, Document]:
    times = []
    doc = fn(text, "bench")
    for _ in range(7):
        start = time.perf_counter()
        doc = fn(text, "bench")
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), doc


def main(folder: Path) -> None:
    files = sorted(folder.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    md = article(texts)
    page = (
        "<html><body>"
        + "".join(f"<p>{html.escape(p)} <em>x</em> &amp; y</p>\n" for p in md.split("\n\n"))
        + "</body></html>"
    )
    print(f"{'input':<28} {'KB':>6} {'best ms':>8} {'median ms':>10} {'blocks':>7}")
    for name, fn, text in (("markdown article", read_markdown, md), ("html page", read_html, page)):
        best, median, doc = timed(fn, text)
        print(f"{name:<28} {len(text) / 1000:>6.0f} {best * 1000:>8.1f} {median * 1000:>10.1f} {len(doc.blocks):>7}")
    start = time.perf_counter()
    _parser().parse(md)
    print(f"{'markdown-it parse alone':<28} {len(md) / 1000:>6.0f} {(time.perf_counter() - start) * 1000:>8.1f}")
    start = time.perf_counter()
    for text in texts:
        read_markdown(text, "bench")
    size = sum(map(len, texts))
    print(f"{f'{len(texts)} corpus files as md':<28} {size / 1000:>6.0f} {(time.perf_counter() - start) * 1000:>8.1f}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python bench/reader_speed.py CORPUS_FOLDER")
    main(Path(sys.argv[1]))
