#!/usr/bin/env python
"""Load test for `copylint serve`: many concurrent clients for a bounded time.

Usage:
    nice bench/serve_load.py [--clients 32] [--seconds 20] [--workers 2] [ARTICLE ...]
    nice bench/serve_load.py --url http://127.0.0.1:8081 ...     # a server already running

Starts `copylint serve` on a free loopback port (unless --url), then each client sends
LanguageTool `/v2/check` requests (form-encoded ``text``, ``language=en-US``, ``level=picky``)
on its own keep-alive connection, cycling through the articles given (news .txt files, e.g.
the corpus under shared/corpus/news/), or a built-in paragraph when none are given. Prints
requests, requests/s, latency percentiles and failed requests (any non-200 answer or a broken
connection); exits 1 if any request failed.

``--endpoint health`` measures the HTTP stack alone (`GET /health`, no linting), to compare
the server's own cost with a check's.
"""

from __future__ import annotations

import argparse
import http.client
import json
import re
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

SAMPLE = (
    "The minister said the goverment could of acted sooner. Critics say the plan is absolutely "
    "essential, but experts warn that 70% of households will pay more. At the end of the day, "
    "the decision was made by officials on Tuesday."
)


def start_server(workers: int) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "copylint",
            "serve",
            "--port",
            "0",
            "--workers",
            str(workers),
            "--queue",
            "1000",
            "--max-connections",
            "1000",
            "--timeout",
            "60",
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    for line in proc.stderr:
        m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
        if m:
            threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True).start()  # type: ignore[union-attr]
            return proc, int(m.group(1))
    raise SystemExit("copylint serve did not start")


def run(host: str, port: int, clients: int, seconds: float, bodies: list[bytes], endpoint: str) -> dict:
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients + 1)
    deadline = [0.0]

    def client(i: int) -> None:
        conn = http.client.HTTPConnection(host, port, timeout=120)
        mine: list[float] = []
        bad: list[str] = []
        n = i
        barrier.wait()
        while time.monotonic() < deadline[0]:
            body = bodies[n % len(bodies)]
            n += 1
            t0 = time.perf_counter()
            try:
                if endpoint == "health":
                    conn.request("GET", "/health")
                else:
                    conn.request(
                        "POST", "/v2/check", body=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
                    )
                resp = conn.getresponse()
                data = resp.read()
                if resp.status != 200:
                    bad.append(f"HTTP {resp.status}: {data[:120]!r}")
                elif endpoint != "health":
                    json.loads(data)["matches"]
            except Exception as exc:  # noqa: BLE001 - a failed request is counted, not fatal
                bad.append(f"{type(exc).__name__}: {exc}")
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=120)
            mine.append(time.perf_counter() - t0)
        conn.close()
        with lock:
            latencies.extend(mine)
            failures.extend(bad)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    deadline[0] = time.monotonic() + seconds
    started = time.monotonic()
    barrier.wait()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")

    return {
        "requests": len(latencies),
        "failed": len(failures),
        "seconds": elapsed,
        "rps": len(latencies) / elapsed,
        "p50_ms": pct(0.5),
        "p90_ms": pct(0.9),
        "p99_ms": pct(0.99),
        "max_ms": latencies[-1] * 1000 if latencies else float("nan"),
        "first_failures": failures[:3],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", nargs="*", type=Path)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--url", help="a running server (default: start one)")
    ap.add_argument("--endpoint", choices=["check", "health"], default="check")
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in args.articles] or [SAMPLE]
    bodies = [urllib.parse.urlencode({"text": t, "language": "en-US", "level": "picky"}).encode() for t in texts]
    proc = None
    if args.url:
        url = urllib.parse.urlsplit(args.url)
        host, port = url.hostname or "127.0.0.1", url.port or 8081
    else:
        proc, port = start_server(args.workers)
        host = "127.0.0.1"
    try:
        words = sum(len(t.split()) for t in texts) / len(texts)
        result = run(host, port, args.clients, args.seconds, bodies, args.endpoint)
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=60)
    print(
        f"copylint serve load: {args.clients} clients for {args.seconds:g} s, {args.endpoint}, "
        f"{len(texts)} text(s) of {words:.0f} words on average, {args.workers} workers"
    )
    print(
        f"requests {result['requests']}  failed {result['failed']}  {result['rps']:.1f} req/s  "
        f"p50 {result['p50_ms']:.0f} ms  p90 {result['p90_ms']:.0f} ms  p99 {result['p99_ms']:.0f} ms  "
        f"max {result['max_ms']:.0f} ms"
    )
    for failure in result["first_failures"]:
        print(f"  failed: {failure}")
    return 1 if result["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
