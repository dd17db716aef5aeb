"""CPU time of a full lint (reader, segmentation, every default rule) on pathological shapes at
size n and 10n, each in its own child process with a time limit.

    nice python bench/pathological.py [--scale 1.0] [--timeout 60] [--only NAME ...]

Prints one row per shape: CPU seconds at n and at 10n and their ratio (about 10 for linear
work; 100 would be quadratic). A child that runs past the limit prints ">LIMIT". The shapes
are those of issue 13's hostile-input audit.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import sys
import time
from collections.abc import Callable

Shape = tuple[str, str, Callable[[int], str], int]  # name, format, builder, n


def _shapes() -> list[Shape]:
    sent = "The minister said the plan was fine. "
    return [
        ("courtesy-title name", "md", lambda n: "Mr A" + "a" * n + "1 said the plan was fine.\n", 2000),
        ("run of !", "md", lambda n: "Wow" + "!" * n + " Next one.\n", 20000),
        ("run of ?", "md", lambda n: "Why" + "?" * n + " Next one.\n", 20000),
        ("run of …", "md", lambda n: "So" + "…" * n + " Next one.\n", 20000),
        ("only dots", "txt", lambda n: "." * n + "\n", 20000),
        ("only !", "txt", lambda n: "!" * n + "\n", 20000),
        ("sentence never ends", "md", lambda n: "the plan was fine and " * n + "\n", 1000),
        ("abbreviations, no end", "md", lambda n: "Mr. Smith " * n + "\n", 2000),
        ("one-line article", "md", lambda n: sent * n + "\n", 1000),
        ("mask 1.1.1", "md", lambda n: "See " + "1." * n + "1 now.\n", 10000),
        ("mask well-well-", "md", lambda n: "It was " + "well-" * n + "done.\n", 5000),
        ("mask <!--", "md", lambda n: "Text " + "<!--" * n + "\n", 5000),
        ("mask a@a@a", "md", lambda n: "Mail " + "a@" * n + "b.com now.\n", 10000),
        ("mask http://", "md", lambda n: "See " + "http://" * n + " now.\n", 5000),
        ("quote without speaker", "md", lambda n: '"' + "it was fine, " * n + 'really."\n', 1000),
        ("many quote marks", "md", lambda n: 'He said "a" ' * n + "\n", 1000),
        ("agentless passive", "md", lambda n: "It was decided " * n + "today.\n", 1000),
        ("vague attribution", "md", lambda n: "Experts say " * n + "so.\n", 1000),
        ("vague quantifier", "md", lambda n: "Some many " * n + "people.\n", 1000),
        ("unattributed statistic", "md", lambda n: "Prices rose 45% and " * n + "fell.\n", 1000),
        ("of-phrase spaces", "md", lambda n: "The list of" + " " * n + "items are long.\n", 5000),
        ("could-of spaces", "md", lambda n: "He could" + " " * n + "of gone.\n", 5000),
        ("say-tell spaces", "md", lambda n: "She said" + " " * n + "me the news.\n", 5000),
        ("spaces between words", "md", lambda n: ("word" + " " * 50) * n + "\n", 200),
        ("html deep nesting", "html", lambda n: "<div>" * n + "Text here." + "</div>" * n + "\n", 2000),
        ("html unclosed nesting", "html", lambda n: "<p><b><i>" * n + "Text here.\n", 2000),
        ("long word", "md", lambda n: "The " + "qwzx" * (n // 4) + " is here.\n", 400),
        ("all a", "txt", lambda n: "a" * n + "\n", 20000),
        ("many unknown words", "md", lambda n: "Zqxwv blorf " * n + "\n", 300),
        ("huge number", "md", lambda n: "It cost " + "7" * n + " dollars.\n", 5000),
        ("cr-only lines", "md", lambda n: "The plan was fine.\r\r" * n, 1000),
        ("markdown nested quotes", "md", lambda n: ">" * n + " text\n", 2000),
        ("markdown nested lists", "md", lambda n: "".join("  " * (i % 60) + "- item\n" for i in range(n)), 300),
        ("markdown emphasis", "md", lambda n: "*a _b " * n + "\n", 2000),
        ("markdown brackets", "md", lambda n: "[" * n + "text" + "](" * n + "\n", 2000),
    ]


def _child(fmt: str, text: str, conn) -> None:  # type: ignore[no-untyped-def]
    from copylint.api import Linter

    linter = Linter()
    linter.lint_text("Warm up the lexicons. Teh plan.", "w.md")
    start = time.process_time()
    try:
        linter.lint_text(text, f"shape.{fmt}")
        result = time.process_time() - start
    except Exception as exc:  # noqa: BLE001
        result = f"{type(exc).__name__}"
    conn.send(result)


def measure(fmt: str, text: str, timeout: float) -> str:
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(fmt, text, send))
    proc.start()
    if recv.poll(timeout):
        value = recv.recv()
        proc.join()
        return f"{value:.3f}" if isinstance(value, float) else value
    proc.kill()
    proc.join()
    return f">{timeout:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n by this")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--only", nargs="*", default=None, help="shape names (substrings)")
    args = parser.parse_args()
    resource.setrlimit(resource.RLIMIT_AS, (8 << 30, 8 << 30))  # a blow-up fails, not the machine
    print(f"{'shape':<26} {'n':>8} {'CPU n (s)':>10} {'CPU 10n (s)':>12} {'ratio':>6}")
    for name, fmt, build, n in _shapes():
        if args.only and not any(o in name for o in args.only):
            continue
        n = max(1, int(n * args.scale))
        small = measure(fmt, build(n), args.timeout)
        large = measure(fmt, build(10 * n), args.timeout)
        try:
            ratio = f"{float(large) / max(float(small), 1e-3):.1f}"
        except ValueError:
            ratio = "-"
        print(f"{name:<26} {n:>8} {small:>10} {large:>12} {ratio:>6}", flush=True)


if __name__ == "__main__":
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    os.environ.setdefault("COPYLINT_NO_REGEX_CACHE", "1")
    main()
