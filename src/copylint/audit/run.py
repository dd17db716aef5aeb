"""Drive an audit: plan partitions, run the missing ones locally or on Dask, then the dashboard."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import time
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import closing
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from copylint.audit.plan import AuditError, Partition, plan_partitions
from copylint.audit.work import PartitionResult, done, process_partition

MANIFEST = "audit.json"


@dataclass(frozen=True)
class AuditJob:
    """What to audit, where to write it, and how."""

    source: str
    out: str
    config: str | None = None
    partition_size: int = 200
    jobs: int = 0  # local worker processes (0: one per CPU)
    scheduler: str | None = None  # a Dask scheduler address ("tcp://host:8786")
    dashboard: bool = True


@dataclass
class AuditResult:
    """Counts for this run (committed partitions only; skipped ones were done before)."""

    partitions: int = 0
    run: int = 0
    skipped: int = 0
    articles: int = 0
    diagnostics: int = 0
    words: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


Progress = Callable[[int, int, AuditResult], None]


def run_audit(job: AuditJob, *, progress: Progress | None = None, client: Any = None) -> AuditResult:
    """Audit ``job.source`` into ``job.out``; resumes an interrupted audit of the same source and config.

    ``client``: a ``distributed.Client`` to run on (else one is made for ``job.scheduler``, else local
    processes are used).
    """
    t0 = time.perf_counter()
    out = Path(job.out)
    parts = plan_partitions(job.source, job.partition_size)
    _check_manifest(out, job, len(parts))
    todo = [p for p in parts if not done(out, p)]
    result = AuditResult(partitions=len(parts), skipped=len(parts) - len(todo))
    config = str(Path(job.config).resolve()) if job.config else _discovered_config(job.source)
    if client is None and job.scheduler:
        from distributed import Client

        with Client(job.scheduler) as own:
            _collect(_run_dask(own, todo, str(out.resolve()), config), result, len(parts), progress)
    elif client is not None:
        _collect(_run_dask(client, todo, str(out.resolve()), config), result, len(parts), progress)
    else:
        _collect(_run_local(todo, str(out), config, job.jobs), result, len(parts), progress)
    result.seconds = time.perf_counter() - t0
    if job.dashboard:
        from copylint.audit.dashboard import write_dashboard

        write_dashboard(out, parts, config)
    return result


def _collect(
    results: Generator[PartitionResult, None, None], into: AuditResult, total: int, progress: Progress | None
) -> None:
    # Closed whatever happens: an interrupt that lands here, outside the generator, must still
    # stop its workers now (a suspended generator would keep its pool until garbage collection).
    with closing(results):
        for res in results:
            if res.skipped:
                into.skipped += 1
            else:
                into.run += 1
                into.articles += res.articles
                into.diagnostics += res.diagnostics
                into.words += res.words
                into.problems.extend(res.problems)
            if progress is not None:
                progress(into.run + into.skipped, total, into)


def _run_local(
    todo: list[Partition], out: str, config: str | None, jobs: int
) -> Generator[PartitionResult, None, None]:
    workers = jobs or os.cpu_count() or 1
    if workers == 1 or len(todo) <= 1:
        for part in todo:
            yield process_partition(part, out, config)
        return
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    pending: set[Future[PartitionResult]] = set()
    queue = iter(todo)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        try:
            for part in queue:  # at most two partitions in flight per worker: bounded memory
                pending.add(pool.submit(process_partition, part, out, config))
                if len(pending) >= 2 * workers:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    yield from (f.result() for f in finished)
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in finished)
        except BaseException:  # Ctrl-C, SIGTERM or a failure: stop the workers now, leave no orphans
            pool.shutdown(wait=False, cancel_futures=True)
            for child in multiprocessing.active_children():
                child.terminate()
            raise


def _run_dask(
    client: Any, todo: list[Partition], out: str, config: str | None
) -> Generator[PartitionResult, None, None]:
    from distributed import as_completed

    window = max(4, 2 * sum(client.nthreads().values()))
    queue = iter(todo)
    first = [
        client.submit(process_partition, p, out, config, key=f"copylint-audit-{p.name}-{_token(out)}", pure=False)
        for p in _take(queue, window)
    ]
    completed = as_completed(first)
    for future in completed:
        yield future.result()
        for p in _take(queue, 1):
            completed.add(
                client.submit(
                    process_partition, p, out, config, key=f"copylint-audit-{p.name}-{_token(out)}", pure=False
                )
            )


def _take(queue: Iterator[Partition], n: int) -> list[Partition]:
    taken = []
    for p in queue:
        taken.append(p)
        if len(taken) == n:
            break
    return taken


def _token(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def _discovered_config(source: str) -> str | None:
    from copylint.config import find_config

    found = find_config(Path(source).absolute())
    return str(found) if found else None


def _check_manifest(out: Path, job: AuditJob, partitions: int) -> None:
    """Refuse to resume into a folder that holds an audit of another source, config or plan."""
    config_text = Path(job.config).read_bytes() if job.config else b""
    wanted = {
        "source": str(Path(job.source).resolve()),
        "partition_size": job.partition_size,
        "partitions": partitions,
        "config_sha256": hashlib.sha256(config_text).hexdigest(),
    }
    path = out / MANIFEST
    if path.exists():
        try:
            have = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            raise AuditError(f"{path}: not an audit manifest (use an empty output folder)") from None
        diffs = [k for k in wanted if have.get(k) != wanted[k]]
        if diffs:
            raise AuditError(f"{out}: holds an audit with a different {', '.join(diffs)}; use a new output folder")
        return
    if out.exists() and any(out.iterdir()):
        raise AuditError(f"{out}: not empty and not an audit folder; use a new output folder")
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(wanted, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def result_dict(result: AuditResult) -> dict[str, Any]:
    return asdict(result)
