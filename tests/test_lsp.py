"""`copylint lsp` driven by a real LSP client over stdio (tests/lspclient.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint.cli import main
from lspclient import LspClient

SERVER = [sys.executable, "-m", "copylint", "lsp", "--debounce", "0.2"]
ARTICLE = "# Report\n\nThe goverment said 😀 they could of gone. Freinds 👍🏽 waited.\n"


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.fixture()
def workspace(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A fresh folder: inside the shared server's workspace for tests using ``client``."""
    if "client" in request.fixturenames:
        base = request.getfixturevalue("shared_client").root
        root = Path(tempfile.mkdtemp(dir=base))
    else:
        root = tmp_path / "newsroom"
        root.mkdir()
    return root


@pytest.fixture(scope="module")
def shared_client(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One server for the tests that do not change the workspace root (starting one costs seconds)."""
    root = tmp_path_factory.mktemp("shared")
    (root / ".copylint.yaml").write_text("extend-select: [spelling]\n", encoding="utf-8")
    c = LspClient(SERVER, cwd=root)
    c.initialize(root)
    c.root = root  # type: ignore[attr-defined]
    yield c
    assert c.close() == 0, c.stderr()


@pytest.fixture()
def client(shared_client: LspClient, tmp_path_factory: pytest.TempPathFactory) -> LspClient:
    return shared_client


@pytest.fixture()
def own_client(workspace: Path):  # type: ignore[no-untyped-def]
    c = LspClient(SERVER, cwd=workspace)
    c.initialize(workspace)
    yield c
    assert c.close() == 0, c.stderr()


def open_doc(c: LspClient, path: Path, text: str, language: str = "markdown", version: int = 1) -> str:
    uri = path.as_uri()
    c.notify(
        "textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}}
    )
    return uri


def cli_json(path: Path, cwd: Path) -> list[dict]:
    """What `copylint check --format json` reports for the file (config found from its path)."""
    out = CliRunner().invoke(main, ["check", "--format", "json", str(path)])
    return json.loads(out.stdout)["diagnostics"]


def expected_lsp(cli: list[dict], text: str) -> list[tuple]:
    """The CLI's diagnostics converted to LSP by hand: 0-based lines, UTF-16 columns."""
    lines = text.split("\n")
    severity = {"error": 1, "warning": 2, "suggestion": 3}
    out = []
    for d in cli:
        start = (d["line"] - 1, utf16(lines[d["line"] - 1][: d["column"] - 1]))
        end = (d["end_line"] - 1, utf16(lines[d["end_line"] - 1][: d["end_column"] - 1]))
        out.append((d["rule"], severity[d["severity"]], start, end, d["message"]))
    return sorted(out)


def got_lsp(diags: list[dict]) -> list[tuple]:
    return sorted(
        (
            d["code"],
            d["severity"],
            (d["range"]["start"]["line"], d["range"]["start"]["character"]),
            (d["range"]["end"]["line"], d["range"]["end"]["character"]),
            d["message"],
        )
        for d in diags
    )


@pytest.mark.parametrize(
    ("name", "language", "text"),
    [
        ("story.md", "markdown", ARTICLE),
        ("story.txt", "plaintext", "The goverment said 😀 they could of gone.\nFreinds 👍🏽 waited.\n"),
        (
            "story.html",
            "html",
            "<p>The <b>goverment</b> said 😀 they could of gone.</p>\n<p>Freinds 👍🏽 waited.</p>\n",
        ),
    ],
)
def test_diagnostics_on_open_match_the_cli_in_utf16(
    client: LspClient, workspace: Path, name: str, language: str, text: str
) -> None:
    path = workspace / name
    path.write_text(text, encoding="utf-8")
    uri = open_doc(client, path, text, language)
    published = client.diagnostics_for(uri)
    assert published["version"] == 1
    got = got_lsp(published["diagnostics"])
    assert got == expected_lsp(cli_json(path, workspace), text)
    assert all(d["source"] == "copylint" for d in published["diagnostics"])
    # "could of" comes after an emoji (two UTF-16 units, one code point): check the column by hand
    line_no, line = next((i, ln) for i, ln in enumerate(text.split("\n")) if "could of" in ln)
    could = next(d for d in published["diagnostics"] if d["code"] == "grammar.could-of")
    assert could["range"]["start"] == {"line": line_no, "character": line.index("of gone") + 1}
    assert could["range"]["end"] == {"line": line_no, "character": line.index("of gone") + 3}
    friends = next(d for d in published["diagnostics"] if "Freinds" in d["message"])
    assert friends["severity"] == 2


def test_unknown_language_is_left_alone(client: LspClient, workspace: Path) -> None:
    uri = open_doc(client, workspace / "script.py", "x = 'goverment'\n", "python")
    other = open_doc(client, workspace / "a.md", "Fine copy.\n")
    client.diagnostics_for(other)
    assert not any(
        m["params"]["uri"] == uri for m in client.notifications if m["method"] == "textDocument/publishDiagnostics"
    )


def test_many_edits_in_a_row_are_debounced_and_end_on_the_last_text(client: LspClient, workspace: Path) -> None:
    path = workspace / "live.md"
    uri = open_doc(client, path, "Start.\n")
    client.diagnostics_for(uri, version=1)
    mark = len(client.notifications)
    text = "Start.\n"
    typed = "The goverment 😀 could of said so. "
    version = 1
    for ch in typed * 2:  # 70 single-character insertions at the end of line 1
        version += 1
        line = text.split("\n")[1] if "\n" in text else ""
        pos = {"line": 1, "character": utf16(line)}
        client.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": pos, "end": pos}, "text": ch}],
            },
        )
        text += ch
    final = client.diagnostics_for(uri, version=version, start=mark)
    path.write_text(text, encoding="utf-8")
    assert got_lsp(final["diagnostics"]) == expected_lsp(cli_json(path, workspace), text)
    assert [d["code"] for d in final["diagnostics"]].count("grammar.could-of") == 2
    published = [m for m in client.notifications[mark:] if m["method"] == "textDocument/publishDiagnostics"]
    assert len(published) < 10, "edits typed in a burst are checked once the typing pauses"
    # a save is checked at once
    mark = len(client.notifications)
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert client.diagnostics_for(uri, version=version, start=mark)["diagnostics"] == final["diagnostics"]


def test_broken_config_is_one_diagnostic_at_the_top_and_a_log_message(client: LspClient, workspace: Path) -> None:
    config = workspace / ".copylint.yaml"
    config.write_text("language: en-US\nselect: [spelling\n", encoding="utf-8")
    uri = open_doc(client, workspace / "a.md", "The goverment said so.\n")
    diags = client.diagnostics_for(uri)["diagnostics"]
    assert len(diags) == 1
    (d,) = diags
    assert d["code"] == "copylint.config" and d["severity"] == 1
    assert d["range"]["start"] == {"line": 0, "character": 0}
    assert str(config) in d["message"]
    log = client.wait_for(lambda m: m["method"] == "window/logMessage" and str(config) in m["params"]["message"])
    assert log["params"]["type"] == 1
    # the server lives on: fix the config, say so, and the document is checked again
    config.write_text("language: en-US\nselect: [spelling]\n", encoding="utf-8")
    mark = len(client.notifications)
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    diags = client.diagnostics_for(uri, start=mark)["diagnostics"]
    assert [d["code"] for d in diags] == ["spelling.unknown-word"]


def _actions(client: LspClient, uri: str, line: int, start: int, end: int) -> list[dict]:
    return client.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": {"start": {"line": line, "character": start}, "end": {"line": line, "character": end}},
            "context": {"diagnostics": []},
        },
    )


def _apply(text: str, edits: list[dict]) -> str:
    lines = text.split("\n")

    def offset(pos: dict) -> int:  # UTF-16 position -> code point offset
        before = sum(len(ln) + 1 for ln in lines[: pos["line"]])
        line, units, i = lines[pos["line"]], 0, 0
        while units < pos["character"]:
            units += 2 if ord(line[i]) > 0xFFFF else 1
            i += 1
        return before + i

    for e in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]), reverse=True):
        s, t = offset(e["range"]["start"]), offset(e["range"]["end"])
        text = text[:s] + e["newText"] + text[t:]
    return text


def test_code_actions_fix_suggest_disable_and_add_word(own_client: LspClient, workspace: Path) -> None:
    client = own_client
    text = "Friends 😀 said the goverment could of gone.\n"
    (workspace / ".copylint.yaml").write_text("extend-select: [spelling]\n", encoding="utf-8")
    path = workspace / "a.md"
    path.write_text(text, encoding="utf-8")
    uri = open_doc(client, path, text)
    diags = client.diagnostics_for(uri)["diagnostics"]
    spell = next(d for d in diags if d["code"] == "spelling.unknown-word")
    rng = spell["range"]
    actions = _actions(client, uri, 0, rng["start"]["character"], rng["start"]["character"] + 1)
    titles = [a["title"] for a in actions]
    assert "Replace 'goverment' with 'government' (spelling.unknown-word)" in titles
    assert "Replace 'goverment' with 'governments' (spelling.unknown-word)" in titles
    assert "Disable spelling.unknown-word for this line" in titles
    assert "Add 'goverment' to the house dictionary" in titles
    assert all(a["kind"] == "quickfix" for a in actions)
    # the fix
    fix = next(a for a in actions if a["title"].startswith("Replace 'goverment' with 'government' "))
    (change,) = fix["edit"]["documentChanges"]
    assert change["textDocument"] == {"uri": uri, "version": 1}
    assert _apply(text, change["edits"]) == "Friends 😀 said the government could of gone.\n"
    # the suppression comment, applied and sent back as an edit: the diagnostic goes
    disable = next(a for a in actions if a["title"].startswith("Disable"))
    new_text = _apply(text, disable["edit"]["documentChanges"][0]["edits"])
    assert (
        new_text
        == "Friends 😀 said the goverment could of gone. <!-- copylint-disable-line spelling.unknown-word -->\n"
    )
    mark = len(client.notifications)
    client.notify(
        "textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": new_text}]}
    )
    after = client.diagnostics_for(uri, version=2, start=mark)["diagnostics"]
    assert [d["code"] for d in after] == ["grammar.could-of"]
    # disabling a second rule on the same line extends the comment
    could = after[0]["range"]
    second = next(
        a
        for a in _actions(client, uri, 0, could["start"]["character"], could["end"]["character"])
        if a["title"].startswith("Disable")
    )
    assert _apply(new_text, second["edit"]["documentChanges"][0]["edits"]).endswith(
        "<!-- copylint-disable-line spelling.unknown-word grammar.could-of -->\n"
    )
    # add to the house dictionary: the config and word file are created, the word is accepted
    mark = len(client.notifications)
    client.notify(
        "textDocument/didChange", {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": text}]}
    )
    client.diagnostics_for(uri, version=3, start=mark)
    add = next(
        a
        for a in _actions(client, uri, 0, rng["start"]["character"], rng["end"]["character"])
        if a["title"].startswith("Add")
    )
    mark = len(client.notifications)
    written = client.request("workspace/executeCommand", add["command"])
    assert Path(written) == workspace / ".copylint-words.txt"
    assert "goverment" in (workspace / ".copylint-words.txt").read_text(encoding="utf-8").splitlines()
    assert (workspace / ".copylint.yaml").read_text(encoding="utf-8") == (
        "extend-select: [spelling]\nvocabulary:\n  file: .copylint-words.txt\n"
    )
    after = client.diagnostics_for(uri, version=3, start=mark)["diagnostics"]
    assert [d["code"] for d in after] == ["grammar.could-of"]
    # and the CLI agrees
    assert [d["rule"] for d in cli_json(path, workspace)] == ["grammar.could-of"]


def test_hover_shows_the_rules_explanation(client: LspClient, workspace: Path) -> None:
    text = "They 😀 could of gone.\n"
    uri = open_doc(client, workspace / "a.md", text)
    diag = client.diagnostics_for(uri)["diagnostics"][0]
    hover = client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": diag["range"]["start"]})
    explained = CliRunner().invoke(main, ["explain", "grammar.could-of"]).output.strip()
    assert hover["contents"]["value"] == explained
    assert (
        client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}})
        is None
    )


def test_utf8_position_encoding_and_markdown_hover_when_the_client_asks_for_them(workspace: Path) -> None:
    c = LspClient(SERVER, cwd=workspace)
    try:
        result = c.initialize(
            workspace,
            {"general": {"positionEncodings": ["utf-8"]}, "textDocument": {"hover": {"contentFormat": ["markdown"]}}},
        )
        assert result["capabilities"]["positionEncoding"] == "utf-8"
        text = "They 😀 could of gone.\n"
        uri = open_doc(c, workspace / "a.md", text)
        (d,) = c.diagnostics_for(uri)["diagnostics"]
        assert d["range"]["start"]["character"] == len(text[: text.index("of gone")].encode("utf-8"))
        hover = c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": d["range"]["start"]})
        assert hover["contents"]["kind"] == "markdown" and hover["contents"]["value"].startswith("grammar.could-of: ")
    finally:
        assert c.close() == 0


def test_tcp_listens_on_loopback(workspace: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([*SERVER, "--tcp", "--port", str(port)], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                conn = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.2)
        with conn:
            body = json.dumps(
                {
                    "jsonrpc": "2.0",
                    "id": 1,
                    "method": "initialize",
                    "params": {"processId": None, "rootUri": None, "capabilities": {}},
                }
            ).encode()
            conn.sendall(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            data = b""
            while b"serverInfo" not in data:
                chunk = conn.recv(65536)
                assert chunk
                data += chunk
        assert b'"name": "copylint"' in data or b'"name":"copylint"' in data
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_without_pygls_the_command_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "copylint.lsp.server", raising=False)
    monkeypatch.setitem(sys.modules, "pygls", None)
    result = CliRunner().invoke(main, ["lsp"])
    assert result.exit_code == 2
    assert "pip install 'copylint[lsp]'" in result.output
