"""`copylint serve` as a real server on loopback, spoken to over HTTP.

The LanguageTool request shapes are recorded from LanguageTool's API documentation and from the
clients that speak it: the Obsidian LanguageTool plugin posts a form with ``data`` (annotated
Markdown), ``language=auto``, ``enabledOnly=false``, ``level`` and category lists; LTeX posts
``language`` and ``data`` as a form body *labelled* ``application/json``; LanguageTool's own
examples use ``text`` and ``language`` in a form or a query string.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint.cli import main
from copylint.languagetool.client import parse_matches, request_check

TEXT = "The goverment said 😀 they could of gone. It is absolutely essential. In order to win, they utilize a very unique plan."


@dataclass
class Running:
    proc: subprocess.Popen
    port: int
    log: list[str] = field(default_factory=list)

    def request(
        self, method: str, path: str, body: bytes | str | None = None, headers: dict | None = None, timeout: float = 30
    ) -> tuple[int, dict, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            data = body.encode("utf-8") if isinstance(body, str) else body
            conn.request(method, path, body=data, headers=headers or {})
            resp = conn.getresponse()
            return resp.status, dict(resp.getheaders()), resp.read()
        finally:
            conn.close()

    def form(self, fields: dict[str, str], content_type: str = "application/x-www-form-urlencoded") -> tuple[int, dict]:
        status, _h, body = self.request(
            "POST", "/v2/check", urllib.parse.urlencode(fields), {"Content-Type": content_type}
        )
        return status, json.loads(body) if status == 200 else {"error": body.decode()}


def start(cwd: Path, *args: str) -> Running:
    proc = subprocess.Popen(
        [sys.executable, "-m", "copylint", "serve", "--port", "0", *args],
        cwd=cwd,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    log: list[str] = []
    ready = threading.Event()
    port: list[int] = []

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            log.append(line)
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
            if m:
                port.append(int(m.group(1)))
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    ready.wait(60)
    if not port:
        proc.kill()
        raise AssertionError("server did not start: " + "".join(log))
    return Running(proc, port[0], log)


def stop(server: Running) -> int:
    server.proc.send_signal(signal.SIGTERM)
    return server.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    root = tmp_path_factory.mktemp("serve")
    (root / ".copylint.yaml").write_text(
        "language: en-US\nextend-select: [spelling]\nvocabulary:\n  accept: [Obsidian]\n", encoding="utf-8"
    )
    running = start(root, "--max-request-size", "0.2")
    yield running
    assert stop(running) == 0
    assert "stopped" in "".join(running.log)


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def by_rule(reply: dict) -> dict[str, dict]:
    return {m["rule"]["id"]: m for m in reply["matches"]}


# -- LanguageTool's API ------------------------------------------------------------------------


def test_plain_text_form_in_languagetool_shape_with_utf16_offsets(server: Running) -> None:
    status, reply = server.form({"text": TEXT, "language": "en-US"})
    assert status == 200
    assert reply["language"]["code"] == "en-US" and reply["language"]["name"] == "English (US)"
    assert reply["software"]["apiVersion"] == 1
    matches = by_rule(reply)
    assert {"spelling.unknown-word", "grammar.could-of"} <= set(matches)
    assert all(m["type"]["typeName"] != "Hint" for m in reply["matches"])  # level=default: no suggestions
    could = matches["grammar.could-of"]
    # 'of' comes after an emoji: one code point, two UTF-16 units
    assert could["offset"] == utf16(TEXT[: TEXT.index("of gone")]) == TEXT.index("of gone") + 1
    assert could["length"] == 2
    assert could["replacements"] == [{"value": "have"}]
    assert could["sentence"] == "The goverment said 😀 they could of gone."
    ctx = could["context"]
    units = ctx["text"].encode("utf-16-le")  # the context's offset counts UTF-16 units too
    assert units[2 * ctx["offset"] : 2 * (ctx["offset"] + ctx["length"])].decode("utf-16-le") == "of"
    assert set(could) >= {
        "message",
        "shortMessage",
        "replacements",
        "offset",
        "length",
        "context",
        "sentence",
        "type",
        "rule",
    }
    assert could["rule"]["category"] == {"id": "GRAMMAR", "name": "Grammar"}
    assert could["rule"]["issueType"] == "grammar" and could["rule"]["description"]
    spelling = matches["spelling.unknown-word"]
    assert spelling["type"] == {"typeName": "UnknownWord"} and spelling["rule"]["issueType"] == "misspelling"
    assert (spelling["offset"], spelling["length"]) == (4, 9)
    assert spelling["rule"]["category"]["id"] == "TYPOS"


def v1(server: Running, text: str, fmt: str = "text") -> list[dict]:
    status, _h, body = server.request(
        "POST", "/v1/lint", json.dumps({"text": text, "format": fmt}), {"Content-Type": "application/json"}
    )
    assert status == 200
    return json.loads(body)["diagnostics"]


def test_level_default_has_errors_and_warnings_picky_adds_suggestions(server: Running) -> None:
    everything = v1(server, TEXT)
    suggestions = [d for d in everything if d["severity"] == "suggestion"]
    assert suggestions, "the text has at least one suggestion-level finding"
    _, default = server.form({"text": TEXT, "language": "en-US"})
    _, picky = server.form({"text": TEXT, "language": "en-US", "level": "picky"})
    assert sorted((m["rule"]["id"], m["offset"]) for m in picky["matches"]) == sorted(
        (d["rule"], d["utf16_offset"]) for d in everything
    )
    assert sorted((m["rule"]["id"], m["offset"]) for m in default["matches"]) == sorted(
        (d["rule"], d["utf16_offset"]) for d in everything if d["severity"] != "suggestion"
    )
    hints = [m for m in picky["matches"] if m["type"] == {"typeName": "Hint"}]
    assert len(hints) == len(suggestions)


def test_query_string_get(server: Running) -> None:
    query = urllib.parse.urlencode({"text": "They could of gone.", "language": "en-GB"})
    status, _h, body = server.request("GET", f"/v2/check?{query}")
    reply = json.loads(body)
    assert status == 200 and reply["language"]["code"] == "en-GB"
    assert [m["rule"]["id"] for m in reply["matches"]] == ["grammar.could-of"]


def test_obsidian_plugin_request_with_annotated_markdown(server: Running) -> None:
    # The shape the Obsidian plugin sends: annotated Markdown, language=auto, enabledOnly=false.
    source = "# Notes\n\nThe **goverment** said 😀 they [could of](https://x.org) gone.\n"
    annotation = [
        {"markup": "# "},
        {"text": "Notes"},
        {"markup": "\n\n", "interpretAs": "\n\n"},
        {"text": "The "},
        {"markup": "**"},
        {"text": "goverment"},
        {"markup": "**"},
        {"text": " said 😀 they "},
        {"markup": "["},
        {"text": "could of"},
        {"markup": "](https://x.org)"},
        {"text": " gone."},
        {"markup": "\n", "interpretAs": "\n"},
    ]
    assert "".join(p.get("text", p.get("markup", "")) for p in annotation) == source
    status, reply = server.form(
        {
            "data": json.dumps({"annotation": annotation}),
            "language": "auto",
            "enabledOnly": "false",
            "level": "default",
            "disabledCategories": "TYPOGRAPHY",
            "preferredVariants": "en-GB",
            "motherTongue": "de-DE",
        }
    )
    assert status == 200
    assert reply["language"]["code"] == "en-GB"  # auto + preferredVariants
    matches = by_rule(reply)
    spelling, could = matches["spelling.unknown-word"], matches["grammar.could-of"]
    # offsets count the markup: they index the Markdown the plugin holds, in UTF-16
    assert (spelling["offset"], spelling["length"]) == (utf16(source[: source.index("goverment")]), 9)
    assert could["offset"] == utf16(source[: source.index("of](")]) and could["length"] == 2


def test_ltex_request_form_body_labelled_json(server: Running) -> None:
    # LTeX posts the form with Content-Type: application/json; LanguageTool reads it as a form.
    data = {
        "annotation": [
            {"text": "They could of gone and the goverment "},
            {"markup": "\\textbf{"},
            {"text": "said"},
            {"markup": "}"},
            {"text": " so."},
        ]
    }
    status, reply = server.form(
        {
            "language": "en-US",
            "data": json.dumps(data),
            "disabledRules": "spelling.unknown-word,typography.straight-quotes",
        },
        content_type="application/json; charset=UTF-8",
    )
    assert status == 200
    assert [m["rule"]["id"] for m in reply["matches"]] == ["grammar.could-of"]


def test_enabled_and_disabled_rules_and_categories(server: Running) -> None:
    def rules(**extra: str) -> set[str]:
        status, reply = server.form({"text": TEXT, "language": "en-US", "level": "picky", **extra})
        assert status == 200, reply
        return {m["rule"]["id"] for m in reply["matches"]}

    everything = rules()
    assert {"spelling.unknown-word", "grammar.could-of"} <= everything
    assert "grammar.could-of" not in rules(disabledRules="grammar.could-of")
    assert rules(enabledOnly="true", enabledRules="grammar.could-of") == {"grammar.could-of"}
    assert rules(enabledOnly="true", enabledCategories="TYPOS") == {"spelling.unknown-word"}
    assert rules(enabledOnly="true", enabledCategories="grammar,spelling") == {
        r for r in everything if r.startswith(("spelling.", "grammar."))
    }
    assert rules(disabledCategories="TYPOS,GRAMMAR") == {
        r for r in everything if not r.startswith(("spelling.", "grammar."))
    }
    assert rules(disabledRules="grammar") == everything - {r for r in everything if r.startswith("grammar.")}


def test_mode_text_level_only_answers_no_matches(server: Running) -> None:
    status, reply = server.form({"text": TEXT, "language": "en-US", "mode": "textLevelOnly"})
    assert status == 200 and reply["matches"] == []


def test_languages(server: Running) -> None:
    status, headers, body = server.request("GET", "/v2/languages")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert json.loads(body) == [
        {"name": "English (US)", "code": "en", "longCode": "en-US"},
        {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    ]


def test_copylints_own_languagetool_client_reads_the_reply(server: Running) -> None:
    url = f"http://127.0.0.1:{server.port}"
    text = "Yesterday 😀 they could of gone home."
    reply = request_check(url, text, "en-US")
    (match,) = parse_matches(reply, text, url)
    assert text[match.start : match.end] == "of"
    assert match.rule_id == "grammar.could-of" and match.replacements == ("have",)


def test_language_tool_python_client(server: Running) -> None:
    ltp = pytest.importorskip("language_tool_python")
    tool = ltp.LanguageTool("en-US", remote_server=f"http://127.0.0.1:{server.port}")
    try:
        text = "Yesterday 😀 they could of gone home."
        (could,) = tool.check(text)
        assert could.rule_id == "grammar.could-of"
        assert text[could.offset : could.offset + could.error_length] == "of"
        assert could.replacements == ["have"]
        assert ltp.utils.correct(text, [could]) == text.replace("could of", "could have")
    finally:
        tool.close()


# -- copylint's own JSON API -------------------------------------------------------------------


def test_v1_lint_is_the_cli_json_with_offsets(server: Running, tmp_path: Path) -> None:
    text = "# Title\n\nThe goverment said 😀 they could of gone. It is absolutely essential.\n"
    status, _h, body = server.request(
        "POST", "/v1/lint", json.dumps({"text": text, "format": "markdown"}), {"Content-Type": "application/json"}
    )
    assert status == 200
    reply = json.loads(body)
    article = tmp_path / "a.md"
    article.write_text(text, encoding="utf-8")
    (tmp_path / ".copylint.yaml").write_text("language: en-US\nextend-select: [spelling]\n", encoding="utf-8")
    cli = json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(article)]).stdout)["diagnostics"]
    strip = lambda d: {k: v for k, v in d.items() if k != "path"}  # noqa: E731
    assert [strip(d) | {"path": "x"} for d in cli] == [
        {k: v for k, v in d.items() if k not in ("offset", "end_offset", "utf16_offset", "utf16_end_offset")}
        | {"path": "x"}
        for d in reply["diagnostics"]
    ]
    could = next(d for d in reply["diagnostics"] if d["rule"] == "grammar.could-of")
    assert text[could["offset"] : could["end_offset"]] == "of"
    assert could["utf16_offset"] == could["offset"] + 1
    assert reply["summary"]["diagnostics"] == len(cli) and reply["summary"]["language"] == "en-US"


def test_health(server: Running) -> None:
    status, _h, body = server.request("GET", "/health")
    assert status == 200 and json.loads(body)["status"] == "ok"


# -- bad requests: clear 4xx, never a 500 or a traceback ---------------------------------------

BAD_V2 = [
    ({"language": "en-US"}, "missing 'text' or 'data'"),
    ({"text": "x"}, "missing 'language'"),
    ({"text": "x", "language": "de-DE"}, "unsupported language 'de-DE'"),
    ({"text": "x", "data": "{}", "language": "en-US"}, "not both"),
    ({"data": "{not json", "language": "en-US"}, "'data' is not valid JSON"),
    ({"data": '{"annotation": 5}', "language": "en-US"}, "'annotation' list"),
    ({"data": '{"annotation": [{"text": 5}]}', "language": "en-US"}, "annotation 0"),
    ({"data": '{"annotation": [{"foo": "x"}]}', "language": "en-US"}, "neither 'text' nor 'markup'"),
    ({"text": "x", "language": "en-US", "level": "extreme"}, "'level' must be default or picky"),
    ({"text": "x", "language": "en-US", "enabledOnly": "maybe"}, "'enabledOnly' must be true or false"),
    ({"text": "x", "language": "en-US", "enabledOnly": "true"}, "needs enabledRules"),
    ({"text": "x", "language": "en-US", "enabledCategories": "NOPE"}, "unknown category 'NOPE'"),
    ({"text": "x", "language": "en-US", "mode": "fast"}, "'mode' must be one of"),
]


@pytest.mark.parametrize(("fields", "message"), BAD_V2)
def test_malformed_languagetool_requests_get_a_clear_400(server: Running, fields: dict, message: str) -> None:
    status, headers, body = server.request(
        "POST", "/v2/check", urllib.parse.urlencode(fields), {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status == 400
    assert headers["Content-Type"].startswith("text/plain")
    assert body.decode().startswith("Error: ") and message in body.decode()


@pytest.mark.parametrize(
    ("method", "path", "body", "headers", "status", "message"),
    [
        ("POST", "/v2/check", b"text=%FF%FE&language=en-US", {}, 400, "cannot read the form"),
        ("POST", "/v2/check", b"\xff\xfe", {}, 400, "not valid UTF-8"),
        ("POST", "/v2/check", b'{"text": "x", "language": "en-US"}', {}, 400, "form-encoded"),
        ("POST", "/v2/check", b"text=a&text=b&language=en-US", {}, 400, "given 2 times"),
        ("POST", "/v2/check", "&".join(f"f{i}=1" for i in range(200)).encode(), {}, 400, "cannot read the form"),
        ("DELETE", "/v2/check", None, {}, 405, "takes GET or POST"),
        ("GET", "/v2/nothing", None, {}, 404, "no such endpoint"),
        ("POST", "/v1/lint", b"{bad", {"Content-Type": "application/json"}, 400, "not valid JSON"),
        ("POST", "/v1/lint", b"[1]", {"Content-Type": "application/json"}, 400, "JSON object"),
        ("POST", "/v1/lint", b'{"text": 1}', {"Content-Type": "application/json"}, 400, "'text' must be a string"),
        (
            "POST",
            "/v1/lint",
            b'{"text": "x", "colour": 1}',
            {"Content-Type": "application/json"},
            400,
            "unknown field(s): colour",
        ),
        (
            "POST",
            "/v1/lint",
            b'{"text": "x", "format": "pdf"}',
            {"Content-Type": "application/json"},
            400,
            "unknown format 'pdf'",
        ),
        (
            "POST",
            "/v1/lint",
            b'{"text": "x", "language": "fr"}',
            {"Content-Type": "application/json"},
            400,
            "unknown language 'fr'",
        ),
        ("POST", "/v1/lint", b"text=x", {"Content-Type": "application/x-www-form-urlencoded"}, 400, "application/json"),
        ("GET", "/v1/lint", None, {}, 405, "takes POST"),
    ],
)
def test_malformed_requests(
    server: Running, method: str, path: str, body: bytes | None, headers: dict, status: int, message: str
) -> None:
    got, _h, reply = server.request(method, path, body, headers)
    assert got == status, reply
    assert message in reply.decode("utf-8", "replace")
    assert b"Traceback" not in reply


def raw_exchange(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(data)
        out = b""
        while chunk := s.recv(65536):
            out += chunk
        return out


def test_broken_http_gets_a_short_400(server: Running) -> None:
    for raw in (
        b"NONSENSE\r\n\r\n",
        b"POST /v2/check HTTP/1.1\r\nContent-Length: banana\r\n\r\n",
        b"POST /v2/check HTTP/1.1\r\nContent-Length: -4\r\n\r\n",
    ):
        reply = raw_exchange(server.port, raw)
        assert reply.startswith(b"HTTP/1.") and b" 400 " in reply.split(b"\r\n")[0], reply
        assert b"Traceback" not in reply and b"<html" not in reply.lower()


def test_chunked_body_is_refused_with_411(server: Running) -> None:
    reply = raw_exchange(
        server.port, b"POST /v2/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4\r\ntext\r\n0\r\n\r\n"
    )
    assert b" 411 " in reply.split(b"\r\n")[0]


def test_oversize_body_is_refused_with_413_without_reading_it(server: Running) -> None:
    big = urllib.parse.urlencode({"text": "word " * 60_000, "language": "en-US"})  # 300 KB > 0.2 MB
    status, headers, body = server.request(
        "POST", "/v2/check", big, {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status == 413
    assert b"over the limit of 200000 bytes" in body
    assert headers.get("Connection") == "close"
    # the server is fine afterwards
    assert server.form({"text": "Fine.", "language": "en-US"})[0] == 200


# -- load: many concurrent clients for a bounded time ------------------------------------------


def load(port: int, clients: int, seconds: float, text: str) -> dict:
    """Each client sends LanguageTool checks on its own keep-alive connection until time is up."""
    body = urllib.parse.urlencode({"text": text, "language": "en-US", "level": "picky"})
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine, bad = [], []
        while time.monotonic() < deadline:
            t0 = time.perf_counter()
            try:
                conn.request(
                    "POST", "/v2/check", body=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
                )
                resp = conn.getresponse()
                data = resp.read()
                if resp.status != 200 or "matches" not in json.loads(data):
                    bad.append(f"HTTP {resp.status}: {data[:100]!r}")
            except Exception as exc:  # noqa: BLE001 - counted as a failed request
                bad.append(f"{type(exc).__name__}: {exc}")
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            mine.append(time.perf_counter() - t0)
        conn.close()
        with lock:
            latencies.extend(mine)
            failures.extend(bad)

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    return {
        "requests": len(latencies),
        "failures": failures,
        "rps": len(latencies) / elapsed,
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
    }


def test_load_many_concurrent_clients_no_failed_request(server: Running) -> None:
    text = ("The minister said the goverment could of acted sooner. " * 3 + "It is absolutely essential. ") * 2
    clients = int(os.environ.get("COPYLINT_LOAD_CLIENTS", "16"))
    seconds = float(os.environ.get("COPYLINT_LOAD_SECONDS", "3"))
    result = load(server.port, clients, seconds, text)
    print(
        f"\nload: {clients} clients x {seconds:g} s: {result['requests']} requests, {result['rps']:.1f} req/s, "
        f"p50 {result['p50_ms']:.0f} ms, p99 {result['p99_ms']:.0f} ms, {len(result['failures'])} failed"
    )
    assert result["failures"] == []
    assert result["requests"] >= clients


# -- limits and lifecycle ----------------------------------------------------------------------


def _seconds_of_work() -> str:
    """About 2 MB of distinct sentences (350,000 words): many seconds of linting on any machine,
    so a test that needs a check to outlast a short timeout does not depend on the machine's speed."""
    return "".join(f"The goverment could of said so on day {i}, absolutely. " for i in range(40_000))


def test_per_request_timeout_is_a_503(tmp_path: Path) -> None:
    running = start(tmp_path, "--timeout", "0.1", "--max-request-size", "5")
    try:
        status, reply = running.form({"text": _seconds_of_work(), "language": "en-US"})
        assert status == 503 and "took longer than 0.1 s" in reply["error"]
        # the worker running it was stopped and replaced: the next check is answered at once
        started = time.monotonic()
        assert running.form({"text": "Fine.", "language": "en-US"})[0] == 200
        assert time.monotonic() - started < 5
    finally:
        assert stop(running) == 0


def test_busy_server_answers_503_instead_of_queueing_without_bound(tmp_path: Path) -> None:
    running = start(tmp_path, "--workers", "1", "--queue", "0", "--timeout", "3", "--max-request-size", "5")
    try:
        big = urllib.parse.urlencode({"text": _seconds_of_work(), "language": "en-US"})
        slow = threading.Thread(target=running.request, args=("POST", "/v2/check", big, {}))
        slow.start()
        time.sleep(0.5)  # the one worker is busy with the big text until the 3 s timeout stops it
        status, reply = running.form({"text": "Fine.", "language": "en-US"})
        slow.join()
        assert status == 503 and "server busy" in reply["error"]
    finally:
        assert stop(running) == 0


def test_sigterm_lets_the_request_in_flight_finish(tmp_path: Path) -> None:
    (tmp_path / ".copylint.yaml").write_text("extend-select: [spelling]\n", encoding="utf-8")
    running = start(tmp_path, "--max-request-size", "5")
    big = urllib.parse.urlencode({"text": "The goverment could of said so. " * 500, "language": "en-US"})
    result: list = []
    t = threading.Thread(target=lambda: result.append(running.request("POST", "/v2/check", big, {})))
    t.start()
    time.sleep(0.5)
    started = time.monotonic()
    assert stop(running) == 0
    t.join(30)
    status, _h, body = result[0]
    assert status == 200 and len(json.loads(body)["matches"]) >= 1_000
    assert time.monotonic() - started < 30
    assert "stopped" in "".join(running.log)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", running.port), timeout=2).close()


def test_binds_to_loopback_by_default_and_takes_config(tmp_path: Path) -> None:
    house = tmp_path / "house.yaml"
    house.write_text("language: en-GB\nextend-select: [spelling]\nignore: [grammar]\n", encoding="utf-8")
    running = start(tmp_path, "--config", str(house))
    try:
        assert any("listening on http://127.0.0.1:" in line for line in running.log)
        status, _h, body = running.request("GET", "/v2/languages")
        assert json.loads(body)[0]["longCode"] == "en-GB"  # the configured language first
        _, reply = running.form({"text": "They could of gone. The goverment", "language": "auto"})
        assert reply["language"]["code"] == "en-GB"
        assert {m["rule"]["id"] for m in reply["matches"]} == {"spelling.unknown-word"}
        # a config broken while serving: a clear 503, and the server lives on
        house.write_text("language: en-GB\nignore: [grammar\n", encoding="utf-8")
        status, reply = running.form({"text": "Fine.", "language": "en-US"})
        assert status == 503 and str(house) in reply["error"]
        house.write_text("language: en-GB\n", encoding="utf-8")
        assert running.form({"text": "Fine.", "language": "en-US"})[0] == 200
    finally:
        assert stop(running) == 0


def test_broken_config_at_start_is_a_clear_error(tmp_path: Path) -> None:
    house = tmp_path / "house.yaml"
    house.write_text("select: [\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "copylint", "serve", "--port", "0", "--config", str(house)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("copylint: error: ") and str(house) in proc.stderr
    assert "Traceback" not in proc.stderr
