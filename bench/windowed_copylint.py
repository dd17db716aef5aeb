"""The copylint CLI with large-document windows forced small: prove windowed checking changes nothing.

Block-local rules (the grammar family) check a document longer than ``engine.WINDOW_CHARS`` a
window of whole paragraphs at a time. This runs ``copylint`` with that limit set to
``COPYLINT_BENCH_WINDOW_CHARS`` (default 1: every paragraph is a window of its own, the hardest case), so
that the ordinary corpus exercises every paragraph boundary. Pass it to the behaviour diff as the
executable; every run must print "identical"::

    python bench/windowed_copylint.py --write-wrapper /tmp/copylint-windowed
    python bench/behaviour_diff.py --corpus /work/shared/corpus/news --baseline /work/baseline \\
        --copylint /tmp/copylint-windowed

or run it directly with copylint's own arguments: ``python bench/windowed_copylint.py check FILE``.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["--write-wrapper"]:
        target = Path(args[1])
        target.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{Path(__file__).resolve()}" "$@"\n', encoding="utf-8")
        target.chmod(target.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        print(f"wrote {target}")
        return
    size = int(os.environ.get("COPYLINT_BENCH_WINDOW_CHARS", "1"))
    from copylint import cli, engine

    engine.WINDOW_CHARS = size  # worker processes are forked: they inherit it
    sys.argv = ["copylint", *args]
    cli.main()


if __name__ == "__main__":
    main()
