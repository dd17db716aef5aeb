"""The LanguageTool backend against a real HTTP server on loopback that answers ``/v2/check``
with replies in LanguageTool's documented JSON shape (offsets in UTF-16 code units)."""

from __future__ import annotations

import json
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint import Linter, lint_text, read_document
from copylint.api import make_config

#: phrase -> (LanguageTool rule id, category id, category name, message, replacements)
RULES = {
    "He go": (
        "HE_VERB_AGR",
        "GRAMMAR",
        "Grammar",
        "The pronoun 'He' must be used with a third-person verb.",
        ["He goes"],
    ),
    "goverment": (
        "MORFOLOGIK_RULE_EN_US",
        "TYPOS",
        "Possible Typo",
        "Possible spelling mistake found.",
        ["government", "governments"],
    ),
    "return back": ("RETURN_BACK", "REDUNDANCY", "Redundant Phrases", "Consider using 'return'.", ["return"]),
    "absolutely essential": ("ABSOLUTELY_ESSENTIAL", "STYLE", "Style", "Use 'essential'.", ["essential"]),
    "Wait ,": (
        "COMMA_PARENTHESIS_WHITESPACE",
        "PUNCTUATION",
        "Punctuation",
        "Don't put a space before the comma.",
        ["Wait,"],
    ),
    "a investigation": ("EN_A_VS_AN", "MISC", "Miscellaneous", "Use 'an' instead of 'a'.", ["an"]),
}


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def lt_reply(text: str, language: str) -> dict:
    matches = []
    for phrase, (rid, cat, cat_name, message, repl) in RULES.items():
        start = text.find(phrase)
        while start >= 0:
            length = len(phrase) if rid != "EN_A_VS_AN" else 1
            matches.append(
                {
                    "message": message,
                    "shortMessage": "",
                    "replacements": [{"value": r} for r in repl],
                    "offset": utf16_len(text[:start]),
                    "length": utf16_len(text[start : start + length]),
                    "context": {
                        "text": text[max(0, start - 20) : start + 40],
                        "offset": min(start, 20),
                        "length": length,
                    },
                    "sentence": text,
                    "type": {"typeName": "Other"},
                    "rule": {
                        "id": rid,
                        "description": message,
                        "issueType": "grammar",
                        "category": {"id": cat, "name": cat_name},
                    },
                    "ignoreForIncompleteSentence": False,
                    "contextForSureMatch": 0,
                }
            )
            start = text.find(phrase, start + 1)
    return {
        "software": {
            "name": "LanguageTool",
            "version": "6.4",
            "buildDate": "2024-03-28",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": "English (US)",
            "code": language,
            "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.99},
        },
        "matches": matches,
    }


@dataclass
class FakeLT:
    url: str
    mode: str = "ok"  # ok | http500 | garbage | hang | no-matches-key
    requests: list[dict[str, str]] = field(default_factory=list)


@pytest.fixture
def server() -> Iterator[FakeLT]:
    state = FakeLT(url="")
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # silence
            pass

        def do_POST(self) -> None:  # noqa: N802 - http.server API
            body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
            form = {k: v[0] for k, v in urllib.parse.parse_qs(body).items()}
            state.requests.append({"path": self.path, **form})
            if self.path != "/v2/check":
                self._send(404, b"Not found")
            elif state.mode == "http500":
                self._send(500, b"Error: internal error while checking")
            elif state.mode == "garbage":
                self._send(200, b"<html>not json</html>")
            elif state.mode == "no-matches-key":
                self._send(200, json.dumps({"software": {}}).encode())
            elif state.mode == "hang":
                stop.wait(5)
            else:
                self._send(200, json.dumps(lt_reply(form.get("text", ""), form.get("language", ""))).encode())

        def _send(self, code: int, payload: bytes) -> None:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()


def lt_config(server: FakeLT, **extra: object) -> dict:
    return {"select": ["grammar", "*.languagetool"], "languagetool": {"url": server.url, "timeout": 2, **extra}}


def run(text: str, config: dict, path: str = "story.md") -> tuple[list, list[str]]:
    linter = Linter(config, plugins=False)
    return linter.lint_document(read_document(text, path))


def test_grammar_match_maps_to_source_position_after_emoji(server: FakeLT) -> None:
    text = "Fans cheered 🎉🎉 as **He go** home.\n"
    diags, errors = run(text, lt_config(server))
    assert errors == []
    hits = [d for d in diags if d.rule == "grammar.languagetool"]
    assert len(hits) == 1
    d = hits[0]
    start = text.index("He go")
    assert (d.line, d.column, d.end_column) == (1, start + 1, start + 1 + len("He go"))
    assert text[d.offset : d.end_offset] == "He go"
    assert "[LanguageTool HE_VERB_AGR]" in d.message
    assert d.suggestions == ("He goes",)


def test_categories_map_to_families_with_one_request_per_document(server: FakeLT) -> None:
    text = "The goverment will return back. It is absolutely essential. Wait , what?"
    diags, errors = run(text, lt_config(server), path="story.txt")
    assert errors == []
    by_rule = {d.rule: text[d.offset : d.end_offset] for d in diags if d.rule.endswith(".languagetool")}
    assert by_rule == {
        "spelling.languagetool": "goverment",
        "cliche.languagetool": "return back",
        "style.languagetool": "absolutely essential",
        "typography.languagetool": "Wait ,",
    }
    assert len(server.requests) == 1
    sent = server.requests[0]
    assert sent["language"] == "en-US" and sent["text"].startswith("The goverment")


def test_match_on_a_span_a_builtin_rule_reported_is_dropped(server: FakeLT) -> None:
    diags, errors = run("Police opened a investigation.", lt_config(server))
    assert errors == []
    rules = [d.rule for d in diags if d.offset == 14]
    assert "grammar.a-an" in rules and "grammar.languagetool" not in rules


def test_without_a_section_nothing_is_sent(server: FakeLT) -> None:
    diags, errors = run("He go home.", {"select": ["all"]})
    assert errors == [] and not [d for d in diags if d.rule.endswith(".languagetool")]
    assert server.requests == []


def test_options_are_sent_and_language_follows_the_config(server: FakeLT) -> None:
    config = lt_config(server, **{"disabled-rules": ["EN_QUOTES", "WHITESPACE_RULE"], "level": "picky"})
    config["language"] = "en-GB"
    run("He go home.", config)
    sent = server.requests[0]
    assert sent["language"] == "en-GB"
    assert sent["disabledRules"] == "EN_QUOTES,WHITESPACE_RULE"
    assert sent["level"] == "picky"


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("http500", "answered HTTP 500"),
        ("garbage", "not JSON"),
        ("no-matches-key", "malformed reply"),
        ("hang", "did not answer within 0.5 s"),
    ],
)
def test_server_failures_are_one_clear_error_and_other_rules_still_report(
    server: FakeLT, mode: str, expected: str
) -> None:
    server.mode = mode
    started = time.monotonic()
    diags, errors = run("Police opened a investigation. He go home.", lt_config(server, timeout=0.5))
    assert time.monotonic() - started < 4
    assert len(errors) == 1, errors
    assert expected in errors[0] and server.url in errors[0] and "languagetool" in errors[0]
    assert "\n" not in errors[0]
    assert any(d.rule == "grammar.a-an" for d in diags)
    assert len(server.requests) == 1


def test_unreachable_server_is_reported() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    _diags, errors = run(
        "He go home.", {"select": ["grammar"], "languagetool": {"url": f"http://127.0.0.1:{port}", "timeout": 1}}
    )
    assert len(errors) == 1 and "unreachable" in errors[0] and f"127.0.0.1:{port}" in errors[0]


def test_cli_exits_2_and_names_the_server(server: FakeLT, tmp_path: Path) -> None:
    from copylint.cli import main

    server.mode = "http500"
    (tmp_path / ".copylint.yaml").write_text(f"languagetool:\n  url: {server.url}\n  timeout: 1\n", encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_text("Police opened a investigation.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--config", str(tmp_path / ".copylint.yaml"), "--format", "json", str(story)]
    )
    assert result.exit_code == 2, result.output
    assert server.url in result.output + (result.stderr if result.stderr_bytes is not None else "")


def test_local_mode_without_the_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "language_tool_python", None)
    _diags, errors = run("He go home.", {"select": ["grammar"], "languagetool": {"local": True}})
    assert len(errors) == 1 and "pip install 'copylint[languagetool]'" in errors[0]


def test_option_types_are_validated() -> None:
    from copylint.config import ConfigError

    with pytest.raises(ConfigError):
        make_config({"languagetool": {"timeout": "soon"}})


def test_utf16_offsets_convert_to_code_points() -> None:
    from copylint.languagetool.client import utf16_index, utf16_to_index

    text = "a😀b𝄞c"
    units = utf16_index(text)
    for i in range(len(text) + 1):
        assert utf16_to_index(units, utf16_len(text[:i])) == i


def test_plain_lint_text_reports_backend_findings(server: FakeLT) -> None:
    found = lint_text(
        "The goverment said no.", {"select": ["spelling.languagetool"], "languagetool": {"url": server.url}}
    )
    assert [(d.rule, d.suggestions[0]) for d in found] == [("spelling.languagetool", "government")]


def test_without_a_server_the_backend_rules_are_not_even_built(tmp_path: Path) -> None:
    from loaded_modules import loaded_after

    article = tmp_path / "story.md"
    article.write_text("He go to school every day.\n", encoding="utf-8")
    _, loaded = loaded_after(["check", "--no-cache"], article)
    assert "copylint.languagetool.options" in loaded  # the section's options are known
    assert "copylint.languagetool.rules" not in loaded
    assert "copylint.languagetool.client" not in loaded
