"""CPU seconds of copylint against proselint on the same files, alternating, in one run.

    python bench/peers_cpu.py ../shared/corpus/news --proselint PEERS/venv-proselint/bin/proselint \
        [--runs 3] [--article FILE] [-- extra copylint args]

Installs nothing: make proselint with ``/work/shared/peers/setup.sh DEST`` (or pip in a venv).
Each measurement is a fresh process; CPU is user + system time of the child (getrusage), which a
busy shared machine disturbs far less than wall time. The two tools run alternately (copylint,
proselint, copylint, ...) so that both see the same machine load; medians are compared.

Prints, for the folder (whole corpus, copylint ``-j1 --no-cache``: every default rule in one
process) and for one article (the pre-commit case; default: the folder's first file):
copylint CPU, proselint CPU and the ratio (<= 1.0 means copylint costs no more). With
``--cache`` it also prints a cached re-run of the folder against the first run; with ``--cold``
the article's first run in a fresh home (empty user cache, as in a new CI container) against
the warm run that follows it; ``--no-folder`` skips the folder.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path


def cpu(cmd: list[str], env: dict[str, str] | None = None) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compare(label: str, ours: list[str], theirs: list[str], runs: int) -> None:
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        a.append(cpu(ours))
        b.append(cpu(theirs))
    ma, mb = statistics.median(a), statistics.median(b)
    print(
        f"{label:<28} copylint {ma:6.2f} s   proselint {mb:6.2f} s   ratio {ma / mb:5.2f}   "
        f"(CPU user+sys, median of {runs}, alternating)"
    )


def cold_start(cmd: list[str], runs: int) -> None:
    """First run in a fresh home (empty user cache) against the next run in the same home, paired."""
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = {**os.environ, "HOME": home, "XDG_CACHE_HOME": os.path.join(home, ".cache")}
            env.pop("COPYLINT_CACHE_DIR", None)
            cold.append(cpu(cmd, env))
            warm.append(cpu(cmd, env))
    mc, mw = statistics.median(cold), statistics.median(warm)
    diffs = statistics.median(c - w for c, w in zip(cold, warm, strict=True))
    print(
        f"{'one article, cold start':<28} cold {mc:6.2f} s   warm {mw:6.2f} s   cold - warm {diffs:5.2f} s   "
        f"(median of {runs} pairs, fresh HOME and XDG_CACHE_HOME each)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--proselint", required=True, help="the proselint executable")
    parser.add_argument("--copylint", default=shutil.which("copylint") or "copylint")
    parser.add_argument("--article", help="one article for the start-up case (default: the folder's first file)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", action="store_true", help="also time a cached re-run")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="also time the article's first run with an empty user cache (a fresh container) against a warm one",
    )
    parser.add_argument("--no-folder", action="store_true", help="skip the folder comparison")
    args, extra = parser.parse_known_args()
    extra = [a for a in extra if a != "--"]
    folder = Path(args.folder)
    article = args.article or str(sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md"))[0])
    copylint = [args.copylint, "check", "--no-cache", "-j1", "--format", "json", *extra]
    proselint = [args.proselint, "check", "-o", "compact"]
    if not args.no_folder:
        compare(f"folder {folder.name}", [*copylint, str(folder)], [*proselint, str(folder)], args.runs)
    compare("one article", [*copylint, article], [*proselint, article], args.runs)
    if args.cold:
        cold_start([*copylint, article], args.runs)
    if args.cache:
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "COPYLINT_CACHE_DIR": tmp}
            env.pop("COPYLINT_NO_CACHE", None)
            cached = [args.copylint, "check", "-j1", "--format", "json", *extra, str(folder)]
            first = cpu(cached, env)
            second = statistics.median(cpu(cached, env) for _ in range(args.runs))
            print(
                f"{'cached re-run':<28} first {first:6.2f} s   second {second:6.2f} s   "
                f"second/first {second / first:5.3f}"
            )


if __name__ == "__main__":
    main()
