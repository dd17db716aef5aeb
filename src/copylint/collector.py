"""How a lint run uses Python's cyclic garbage collector.

Linting allocates a great many short-lived container objects (tokens, tagged words, matches,
findings) that reference counting frees and that never form cycles. With the interpreter's
default first-generation threshold (700 allocations) the collector starts every few hundred
of them and traverses everything young that is still alive: over the 300-article news corpus
that was 0.55-0.7 s of CPU in about 780 collections. While copylint lints, the threshold is
raised to :data:`YOUNG_THRESHOLD` (10,000: about 70 collections, 0.06 s, see
``bench/results/run-cost-s6-2026-12-07.md``; 50,000 since: 12 collections and 22 ms less over the
corpus, 90 ms less on the corpus as one 1.5 MB file, the same peak memory, see
``bench/results/rules-s9-2026-12-07.md``); the caller's thresholds are restored afterwards,
so a program that calls the library keeps its own policy. Turning the collector off altogether
would save about as much again but roughly doubles peak memory (the few real cycles, such as a
document and the analyses it keeps, would then never be freed).

Importing the package and its command line (``copylint/__init__.py``, ``copylint/cli.py``) uses
the same raised threshold, see :func:`importing`. The ``copylint`` program (not a caller of the
library or of the command line in process) also moves what it holds out of the collector's view,
see :func:`program`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: First-generation threshold while linting (the interpreter's default is 700).
YOUNG_THRESHOLD = 50_000


@contextmanager
def linting() -> Iterator[None]:
    """Run the body with the young-generation threshold raised to :data:`YOUNG_THRESHOLD`
    (left alone when the caller's is already higher, or 0: collection off), then restore the
    thresholds exactly as they were."""
    before = gc.get_threshold()
    if before[0] == 0 or before[0] >= YOUNG_THRESHOLD:
        yield
        return
    gc.set_threshold(YOUNG_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextmanager
def importing() -> Iterator[None]:
    """Run an import with the young-generation threshold raised as :func:`linting` does, then put
    what is tracked into the oldest generation at once and restore the caller's thresholds.

    The imports of ``copylint`` and of its command line create tens of thousands of objects
    (modules, functions, classes, dataclass methods) that live as long as the process, and little
    garbage. With the default threshold the collector ran 30 times while ``import copylint.cli``
    ran (27 young, 3 older generations). Under the raised threshold it runs about 7 times
    (``import copylint.cli`` about 4 ms less CPU: ``bench/results/startup-imports-s7-2026-12-07.md``).
    But once the caller's threshold was back, a young collection traversed all of them, once after
    each of the two modules (about 3.5 ms of a one-article check). Moving them to the oldest
    generation (:func:`gc.freeze`, then :func:`gc.unfreeze`) costs no traversal
    (``bench/results/startup-s11-2026-12-07.md``). The caller's own young objects of that moment go
    with them: a cycle among them is freed by the next full collection rather than a young one.
    A caller with frozen objects (:func:`gc.freeze` before a fork) keeps them frozen: nothing is
    moved then (so not under Python 3.12 either, whose interpreter starts with a few hundred
    objects in the permanent generation)."""
    raised = 0 < gc.get_threshold()[0] < YOUNG_THRESHOLD
    with linting():
        try:
            yield
        finally:
            if raised and gc.get_freeze_count() == 0:
                gc.freeze()  # every tracked object into the permanent generation ...
                gc.unfreeze()  # ... and back into the oldest generation, without a collection


#: First-generation threshold of the ``copylint`` program while its command runs (see :func:`program`).
PROGRAM_THRESHOLD = 1_000_000


@contextmanager
def program() -> Iterator[None]:
    """The process is a ``copylint`` program that exits when the body ends (the console script,
    ``python -m copylint``): what it has imported when the body starts, and what it holds when the
    body ends, are frozen (:func:`gc.freeze`), so no later collection traverses them again.

    Nothing imported is ever garbage, yet without this every older collection of the run walked
    the modules, functions, classes and rule tables, and the interpreter's collection at exit
    walked everything once more (one article: about 0.1 s of a 0.7 s run,
    ``bench/results/startup-s8-2026-12-07.md``). The objects left at the end go with the process.
    A caller in process (click's test runner, a host program) does not go through here: its
    objects stay collectable.

    While the command runs, the young-generation threshold is :data:`PROGRAM_THRESHOLD` (unless
    it is already higher, or 0). A run's first document builds the rules, tables and models it
    needs, tens of thousands of objects that live as long as the process: at
    :data:`YOUNG_THRESHOLD` the collector traversed them 5-7 times during a one-article run (about
    11 ms of its CPU, ``bench/results/startup-s9-2026-12-07.md``). A young collection walks every
    young object still alive, and while a document is linted that is its analyses (tokens, words,
    tags, indexes: tens of thousands of objects): at 100,000 the corpus run (``-j1``) collected 8-9 times
    at 7-10 ms each, walking the document then open, most of which reference counting frees
    anyway. At 1,000,000 it does not collect while linting the news corpus (0.055 s less CPU;
    peak memory 96.6 -> 97.8 MB: the few cycles a document leaves wait longer; a longer run still
    collects, once per million objects it keeps, ``bench/results/corpus-s11-2026-12-07.md``)."""
    gc.freeze()
    before = gc.get_threshold()
    raised = 0 < before[0] < PROGRAM_THRESHOLD
    if raised:
        gc.set_threshold(PROGRAM_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        if raised:
            gc.set_threshold(*before)
        gc.freeze()
