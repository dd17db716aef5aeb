"""copylint audit: Parquet tables equal to the library's diagnostics, resuming, malformed
records, a real Dask LocalCluster (with a worker killed mid-audit) and the dashboard in Chromium."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

pq = pytest.importorskip("pyarrow.parquet")

from copylint import Linter  # noqa: E402
from copylint.audit import AuditError, AuditJob, run_audit  # noqa: E402
from copylint.cli import main  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"

PARAGRAPHS = [
    "The council recieved 40 bids for the contract, and experts say the process was flawed.",
    "At the end of the day, the mayor said the the budget would be balanced by March.",
    "Officials could of acted sooner, according to a report published on Tuesday.",
    "Residents told the BBC they were worried about rising rents in the area.",
    "Advertisement",
    "Sales rose 12% last year, the company said in a statement to investors.",
]


def _default_sigint() -> None:
    """Ctrl-C as a terminal delivers it: a suite started in the background (``cmd &`` in a script)
    inherits SIGINT ignored, and Python keeps an ignored SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _records(n: int) -> list[dict[str, object]]:
    """Synthetic articles: rotating paragraphs, months, desks and authors."""
    recs = []
    for i in range(n):
        paras = [PARAGRAPHS[(i + k) % len(PARAGRAPHS)] for k in range(3 + i % 3)]
        recs.append(
            {
                "id": f"story-{i:03d}",
                "text": "\n\n".join(paras),
                "published": f"2024-{1 + i % 4:02d}-15",
                "desk": ("news", "sport", "business")[i % 3],
                "author": f"Writer {i % 4}",
                "url": f"https://example.org/{i}",
            }
        )
    return recs


def _write_jsonl(path: Path, recs: list[dict[str, object]], extra: tuple[str, ...] = ()) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in recs) + "".join(e + "\n" for e in extra), encoding="utf-8")
    return path


def _table(out: Path, name: str) -> list[dict[str, object]]:
    rows = []
    for part in sorted((out / name).glob("part-*.parquet")):
        rows.extend(pq.read_table(part).to_pylist())
    return rows


def _key(row: dict[str, object]) -> tuple[object, ...]:
    return (
        row["article_id"],
        row["line"],
        row["column"],
        row["end_line"],
        row["end_column"],
        row["rule"],
        row["severity"],
        row["message"],
        tuple(row["suggestions"]),
    )  # type: ignore[arg-type]


def test_jsonl_audit_matches_the_library_and_keeps_metadata(tmp_path: Path) -> None:
    recs = _records(12)
    src = _write_jsonl(tmp_path / "archive.jsonl", recs)
    result = run_audit(AuditJob(str(src), str(tmp_path / "out"), partition_size=5, jobs=1, dashboard=False))
    assert (result.partitions, result.run, result.articles) == (3, 3, 12)
    linter = Linter()
    expected = sorted(
        (r["id"], d.line, d.column, d.end_line, d.end_column, d.rule, d.severity.value, d.message, tuple(d.suggestions))
        for r in recs
        for d in linter.lint_text(r["text"], str(r["id"]), "text")
    )  # type: ignore[arg-type]
    rows = _table(tmp_path / "out", "diagnostics")
    assert sorted(_key(r) for r in rows) == expected
    assert len(expected) > 20
    first = next(r for r in rows if r["rule"] == "grammar.could-of")
    assert first["matched"] == "of" and first["family"] == "grammar" and first["desk"] in ("news", "sport", "business")
    articles = {a["article_id"]: a for a in _table(tmp_path / "out", "articles")}
    assert set(articles) == {r["id"] for r in recs}
    a0 = articles["story-000"]
    assert a0["url"] == "https://example.org/0" and a0["published"] == "2024-01-15" and a0["words"] > 0
    assert a0["diagnostics"] == sum(1 for r in rows if r["article_id"] == "story-000")
    assert a0["n_grammar"] == sum(1 for r in rows if r["article_id"] == "story-000" and r["family"] == "grammar")


def test_folder_and_parquet_sources(tmp_path: Path) -> None:
    import pyarrow as pa

    folder = tmp_path / "site"
    shutil.copytree(FIXTURES, folder)
    run_audit(AuditJob(str(folder), str(tmp_path / "o1"), partition_size=2, jobs=1, dashboard=False))
    ids = {a["article_id"] for a in _table(tmp_path / "o1", "articles")}
    assert ids == {p.name for p in FIXTURES.iterdir() if p.suffix in (".md", ".html", ".txt")}
    html = (FIXTURES / "council-budget.html").read_text(encoding="utf-8")
    table = pa.table({"id": ["h1", "t1"], "html": [html, None], "text": [None, PARAGRAPHS[2]], "desk": ["a", "b"]})
    pq.write_table(table, tmp_path / "rec.parquet")
    run_audit(AuditJob(str(tmp_path / "rec.parquet"), str(tmp_path / "o2"), partition_size=1, jobs=1, dashboard=False))
    rows = _table(tmp_path / "o2", "diagnostics")
    expected = Linter().lint_text(html, "h1", "html")
    assert sorted((r["line"], r["column"], r["rule"]) for r in rows if r["article_id"] == "h1") == sorted(
        (d.line, d.column, d.rule) for d in expected
    )
    assert any(r["article_id"] == "t1" and r["rule"] == "grammar.could-of" for r in rows)


def test_malformed_records_are_reported_by_id_and_the_rest_go_on(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "a.jsonl", _records(3), ('{"id": "broken", "text": 5}', "{oops", '["x"]'))
    res = CliRunner().invoke(main, ["audit", str(src), "-o", str(tmp_path / "out"), "-j", "1", "--no-dashboard"])
    assert res.exit_code == 2
    assert "broken: record has no 'text' or 'html' string" in res.stderr
    assert "a.jsonl:5: not valid JSON" in res.stderr
    assert "a.jsonl:6: record is not an object" in res.stderr
    articles = {a["article_id"]: a for a in _table(tmp_path / "out", "articles")}
    assert {"story-000", "story-001", "story-002", "broken"} <= set(articles)
    assert articles["story-001"]["problem"] is None and articles["broken"]["problem"]


def test_an_interrupted_audit_resumes_and_never_duplicates(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "a.jsonl", _records(9))
    full = tmp_path / "full"
    run_audit(AuditJob(str(src), str(full), partition_size=3, jobs=1, dashboard=False))
    out = tmp_path / "out"
    run_audit(AuditJob(str(src), str(out), partition_size=3, jobs=1, dashboard=False))
    # An interruption after partition 1's diagnostics landed but before it was committed:
    (out / "articles" / "part-00001.parquet").unlink()
    again = run_audit(AuditJob(str(src), str(out), partition_size=3, jobs=1, dashboard=False))
    assert (again.run, again.skipped) == (1, 2)
    assert sorted(map(_key, _table(out, "diagnostics"))) == sorted(map(_key, _table(full, "diagnostics")))
    assert len(_table(out, "articles")) == 9
    nothing = run_audit(AuditJob(str(src), str(out), partition_size=3, jobs=1, dashboard=False))
    assert (nothing.run, nothing.skipped) == (0, 3)
    with pytest.raises(AuditError, match="different partition_size"):
        run_audit(AuditJob(str(src), str(out), partition_size=4, jobs=1, dashboard=False))


def test_local_processes_match_one_process(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "a.jsonl", _records(16))
    run_audit(AuditJob(str(src), str(tmp_path / "one"), partition_size=2, jobs=1, dashboard=False))
    run_audit(AuditJob(str(src), str(tmp_path / "two"), partition_size=2, jobs=2, dashboard=False))
    assert sorted(map(_key, _table(tmp_path / "two", "diagnostics"))) == sorted(
        map(_key, _table(tmp_path / "one", "diagnostics"))
    )


def test_an_interrupt_between_partitions_stops_the_workers_at_once(tmp_path: Path) -> None:
    """Ctrl-C or SIGTERM can land while the caller handles a finished partition (outside the pool's
    wait): the pool must still be torn down then, not left running until the interpreter exits."""
    import multiprocessing

    src = _write_jsonl(tmp_path / "a.jsonl", _records(40))

    def progress(done: int, total: int, _res: object) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as caught:
        run_audit(
            AuditJob(str(src), str(tmp_path / "out"), partition_size=1, jobs=2, dashboard=False), progress=progress
        )
    assert caught.tb is not None  # the traceback (and every frame in it) stays alive, as in a CLI's except block
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []
    assert 0 < len(list((tmp_path / "out" / "articles").glob("*.parquet"))) < 40


@pytest.fixture
def cluster():  # type: ignore[no-untyped-def]
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None, silence_logs=40
        ) as lc,
        distributed.Client(lc) as client,
    ):
        yield client


@pytest.mark.slow
def test_dask_cluster_matches_a_local_run_even_when_a_worker_is_killed(tmp_path: Path, cluster) -> None:  # type: ignore[no-untyped-def]
    src = _write_jsonl(tmp_path / "a.jsonl", _records(40))
    run_audit(AuditJob(str(src), str(tmp_path / "local"), partition_size=1, jobs=1, dashboard=False))
    expected = sorted(map(_key, _table(tmp_path / "local", "diagnostics")))

    run_audit(AuditJob(str(src), str(tmp_path / "dask"), partition_size=2, dashboard=False), client=cluster)
    assert sorted(map(_key, _table(tmp_path / "dask", "diagnostics"))) == expected

    # Kill one worker process while partitions are in flight; the nanny restarts it, the
    # scheduler reruns its tasks, and every partition is committed exactly once.
    killed: list[int] = []

    def progress(done: int, total: int, _res: object) -> None:
        if done == 3 and not killed:
            pids = cluster.run(os.getpid)
            victim = sorted(pids.values())[0]
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    out = tmp_path / "killed"
    res = run_audit(AuditJob(str(src), str(out), partition_size=1, dashboard=False), client=cluster, progress=progress)
    assert killed and res.partitions == 40
    assert sorted(map(_key, _table(out, "diagnostics"))) == expected
    ids = [a["article_id"] for a in _table(out, "articles")]
    assert sorted(ids) == sorted(f"story-{i:03d}" for i in range(40))


def test_cli_scheduler_address(tmp_path: Path, cluster) -> None:  # type: ignore[no-untyped-def]
    src = _write_jsonl(tmp_path / "a.jsonl", _records(4))
    address = cluster.scheduler.address
    res = CliRunner().invoke(
        main,
        [
            "audit",
            str(src),
            "-o",
            str(tmp_path / "out"),
            "--scheduler",
            address,
            "--partition-size",
            "2",
            "--no-dashboard",
        ],
    )
    assert res.exit_code == 0, res.output
    assert "Audited 4 articles" in res.stdout and "in 2 partitions" in res.stdout


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_dashboard_renders_offline_in_a_real_browser(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "a.jsonl", _records(24))
    out = tmp_path / "out"
    run_audit(AuditJob(str(src), str(out), partition_size=6, jobs=1))
    page_html = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page_html and "http://" not in page_html.split("</style>", 1)[1].split("<svg", 1)[0]
    assert "id=chart-months" in page_html and "id=chart-desk" in page_html and "id=chart-author" in page_html
    links = [p for p in (out / "reports").iterdir()]
    assert links and all(f"reports/{p.name}" in page_html for p in links)
    browser = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api")
    if browser is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    requests: list[str] = []
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=browser,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        page = b.new_page()
        page.on("request", lambda r: requests.append(r.url))
        page.goto((out / "report.html").as_uri())
        for chart in ("families", "months", "desk", "author"):
            box = page.locator(f"#chart-{chart} svg").bounding_box()
            assert box and box["width"] > 200 and box["height"] > 100, chart
        assert page.locator("#worst tr").count() > 1
        assert "24 articles" in page.locator("#totals").inner_text()
        page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
        page.locator("#worst a").first.click()
        page.wait_for_load_state()
        assert "copylint" in page.title().lower()
        b.close()
    assert all(u.startswith("file://") for u in requests), requests


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_audit_exits_130_leaves_no_process_and_resumes(tmp_path: Path, sig: int) -> None:
    src = _write_jsonl(tmp_path / "a.jsonl", _records(60))
    out = tmp_path / "out"
    args = [
        sys.executable,
        "-m",
        "copylint",
        "audit",
        str(src),
        "-o",
        str(out),
        "-j",
        "2",
        "--partition-size",
        "1",
        "--no-dashboard",
    ]
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, preexec_fn=_default_sigint
    )
    deadline = time.monotonic() + 120
    while not list((out / "articles").glob("*.parquet")) if (out / "articles").exists() else True:
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.05)
    os.kill(proc.pid, sig)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert b"run the same command again to resume" in err
    gone = time.monotonic() + 20  # no worker, forkserver or tracker left behind (zombies are reaped by init)
    with pytest.raises(ProcessLookupError):
        while time.monotonic() < gone:
            os.killpg(proc.pid, 0)
            time.sleep(0.1)
    done_before = len(list((out / "articles").glob("*.parquet")))
    assert 0 < done_before < 60
    res = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    assert f"({done_before} already done)" in res.stdout
    assert sorted(a["article_id"] for a in _table(out, "articles")) == sorted(f"story-{i:03d}" for i in range(60))
