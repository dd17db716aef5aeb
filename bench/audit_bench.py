"""Audit throughput and memory: a synthetic archive, local processes and a Dask cluster.

    python bench/audit_bench.py ../shared/corpus/news --articles 2000 [--workers 1 2] [--big-gb 1]

Builds a JSON Lines archive of ``--articles`` articles made by shuffling the paragraphs of the
corpus (dates over 2023-2025 and desks assigned at random, seeded), then audits it with 1 and 2
local worker processes and on a Dask LocalCluster with 1 and 2 single-threaded workers. Prints
articles/s, peak RSS of the driver and of the largest worker, and projects from the per-worker
rate how many workers audit 5 million articles in one hour. With ``--big-gb`` it also writes an
archive of that size, audits it for ``--big-seconds`` with 2 local workers, and reports the peak
RSS seen (planning a 1 GB file and linting it partition by partition must stay bounded).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DESKS = ("politics", "business", "sport", "technology", "entertainment", "health")


def build(corpus: Path, n: int, out: Path, seed: int) -> int:
    rng = random.Random(seed)
    paras = []
    for p in sorted(corpus.glob("*.txt")):
        paras += [x.strip() for x in p.read_text(encoding="utf-8").split("\n\n") if x.strip()]
    words = 0
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            body = rng.sample(paras, rng.randint(5, 12))
            words += sum(len(b.split()) for b in body)
            fh.write(
                json.dumps(
                    {
                        "id": f"art-{i:07d}",
                        "text": "\n\n".join(body),
                        "published": f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        "desk": rng.choice(DESKS),
                        "author": f"Reporter {rng.randint(1, 40)}",
                    }
                )
                + "\n"
            )
    return words


def _rss_tree(pid: int) -> int:
    """Resident memory (bytes) of the largest process in pid's tree."""
    best = 0
    try:
        out = subprocess.run(["ps", "-o", "pid=,ppid=,rss=", "-A"], capture_output=True, text=True).stdout
    except OSError:
        return 0
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for line in out.splitlines():
        a, b, c = line.split()
        children.setdefault(int(b), []).append(int(a))
        rss[int(a)] = int(c) * 1024
    stack = [pid]
    while stack:
        p = stack.pop()
        best = max(best, rss.get(p, 0))
        stack += children.get(p, [])
    return best


def run_cli(args: list[str], timeout: float | None = None) -> tuple[float, int, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "copylint", "audit", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    t0 = time.perf_counter()
    while proc.poll() is None:
        peak = max(peak, _rss_tree(proc.pid))
        if timeout and time.perf_counter() - t0 > timeout:
            proc.terminate()
            break
        time.sleep(0.2)
    out, _err = proc.communicate()
    return time.perf_counter() - t0, peak, out.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--partition-size", type=int, default=100)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--big-gb", type=float, default=0.0)
    ap.add_argument("--big-seconds", type=float, default=90.0)
    ap.add_argument("--big-file", type=Path, help="reuse this big archive instead of building one")
    ap.add_argument("--skip-small", action="store_true", help="only the big-archive run")
    ap.add_argument("--skip-dask", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="copylint-audit-bench-"))
    src = tmp / "archive.jsonl"
    words = build(args.corpus, args.articles, src, args.seed)
    print(f"archive: {args.articles:,} articles, {words:,} words, {src.stat().st_size / 1e6:.1f} MB ({src})")
    rates: dict[str, float] = {}
    for w in [] if args.skip_small else args.workers:
        secs, peak, _ = run_cli(
            [
                str(src),
                "-o",
                str(tmp / f"local{w}"),
                "-j",
                str(w),
                "--no-dashboard",
                "--partition-size",
                str(args.partition_size),
            ]
        )
        rates[f"local x{w}"] = args.articles / secs
        print(
            f"local processes x{w}: {secs:7.1f} s  {args.articles / secs:7.1f} articles/s  peak RSS (largest process) {peak / 2**20:.0f} MiB"
        )
    if not args.skip_dask and not args.skip_small:
        from distributed import Client, LocalCluster

        for w in args.workers:
            with (
                LocalCluster(
                    n_workers=w,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    silence_logs=40,
                ) as lc,
                Client(lc) as client,
            ):
                secs, peak, _ = run_cli(
                    [
                        str(src),
                        "-o",
                        str(tmp / f"dask{w}"),
                        "--scheduler",
                        lc.scheduler_address,
                        "--no-dashboard",
                        "--partition-size",
                        str(args.partition_size),
                    ]
                )
                worker_peak = (
                    max(client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss).values()) * 1024
                )
            rates[f"dask x{w}"] = args.articles / secs
            print(
                f"dask workers x{w}:   {secs:7.1f} s  {args.articles / secs:7.1f} articles/s  peak RSS driver {peak / 2**20:.0f} MiB, worker {worker_peak / 2**20:.0f} MiB"
            )
    per_worker = max(rates.get("local x1", 0), rates.get("dask x1", 0))
    if per_worker:
        need = 5_000_000 / 3600 / per_worker
        print(
            f"projection: {per_worker:.1f} articles/s per worker -> {need:,.0f} workers (cores) audit 5,000,000 articles in one hour"
        )
    if args.big_gb or args.big_file:
        big = args.big_file or tmp / "big.jsonl"
        t0 = time.perf_counter()
        if not args.big_file:
            build(args.corpus, int(args.articles * args.big_gb * 1e9 / src.stat().st_size), big, args.seed + 1)
        n = sum(1 for _ in big.open("rb"))
        secs, peak, _ = run_cli(
            [
                str(big),
                "-o",
                str(tmp / "big"),
                "-j",
                "2",
                "--no-dashboard",
                "--partition-size",
                str(args.partition_size),
            ],
            timeout=args.big_seconds,
        )
        done = len(list((tmp / "big" / "articles").glob("*.parquet"))) if (tmp / "big" / "articles").exists() else 0
        print(
            f"big archive: {big.stat().st_size / 1e9:.2f} GB, {n:,} articles; audited {secs:.0f} s ({done} partitions "
            f"committed) with peak RSS (largest process) {peak / 2**20:.0f} MiB; built in {time.perf_counter() - t0 - secs:.0f} s"
        )
        if not args.big_file:
            big.unlink()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    main()
