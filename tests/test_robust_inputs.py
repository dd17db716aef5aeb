"""Hostile input (issue 13): every pathological shape lints in linear time (CPU ratios between n
and 10n, never absolute times), special files, sizes, binary data, huge numbers, CR line ends,
YAML alias bombs, user packs' backtracking patterns, and output that stays one safe line."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint.api import Linter, lint_text
from copylint.cli import main
from copylint.escape import one_line

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from pathological import _shapes  # noqa: E402

#: Shapes are linted at n and 10n; linear work gives a CPU ratio near 10, quadratic near 100.
#: The bound leaves room for noise on a shared machine and for fixed costs at small n.
RATIO_LIMIT = 30
SCALE = 0.1


def run(*args: str, input: bytes | str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input)


@pytest.fixture(scope="module")
def linter() -> Linter:
    lint = Linter()
    lint.lint_text("Warm up the lexicons. Teh plan, said Mr Smith.", "w.md")
    return lint


def _cpu(linter: Linter, text: str, path: str, runs: int = 1) -> float:
    best = float("inf")
    for _ in range(runs):  # the best of several runs: less noise from the other processes
        start = time.process_time()
        linter.lint_text(text, path)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize(("name", "fmt", "build", "n"), _shapes(), ids=[s[0] for s in _shapes()])
def test_pathological_shape_is_linear(linter: Linter, name: str, fmt: str, build, n: int) -> None:  # type: ignore[no-untyped-def]
    n = max(1, int(n * SCALE))
    _cpu(linter, build(10 * n), f"shape.{fmt}")  # one-time costs (rules and data built on first use) paid first
    small = _cpu(linter, build(n), f"shape.{fmt}", runs=3)
    large = _cpu(linter, build(10 * n), f"shape.{fmt}", runs=2)
    assert large / max(small, 0.01) < RATIO_LIMIT, f"{name}: {small:.3f}s at n={n}, {large:.3f}s at 10n"


def test_exponential_name_line_is_instant(linter: Linter) -> None:
    """The 58-byte line that took 149 s: now the same time as an ordinary line, give or take."""
    base = _cpu(linter, "Mr Adams said the plan was fine.\n", "x.md")
    bad = _cpu(linter, "Mr Aaaaaaaaaaaaaaaaaaaaaaaaaaa1 said the plan was fine.\n", "x.md")
    assert bad < base * 5 + 0.05


def test_long_word_gets_no_suggestions_and_costs_little(linter: Linter) -> None:
    word = "qwzx" * 100
    base = _cpu(linter, "The qwzx is here.\n", "x.md")
    long = _cpu(linter, f"The {word} is here.\n", "x.md")
    assert long < base * 5 + 0.05
    assert lint_text("a" * 1_000_000 + "\n", path="x.txt", config={"select": ["spelling"]}) == []


def test_huge_number_crashes_no_rule() -> None:
    diags = lint_text("It cost " + "7" * 5000 + " dollars.\n", path="x.md")  # raises if a rule crashed
    assert all("\n" not in d.message for d in diags)


def test_cr_only_line_ends_give_real_lines(tmp_path: Path) -> None:
    for name in ("cr.md", "cr.txt"):
        (diag,) = [
            d for d in lint_text("The plan was fine.\r\rHe could of gone.\r", path=name) if d.rule == "grammar.could-of"
        ]
        assert (diag.line, diag.column) == (3, 10)


def test_fifo_and_devices_are_skipped_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    (tmp_path / "ok.md").write_text("Fine copy here.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "copylint", "check", str(fifo), "/dev/zero", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert f"copylint: error: {fifo}: not a regular file (a FIFO, device or socket); skipped" in proc.stderr
    assert "copylint: error: /dev/zero: not a regular file (a FIFO, device or socket); skipped" in proc.stderr
    assert "in 1 file" in proc.stdout  # ok.md was still linted (the FIFO in the folder skipped too)


def test_stdin_honours_max_file_size() -> None:
    result = run("check", "--max-file-size", "0.001", "-", input="Fine copy. " * 200)
    assert result.exit_code == 2
    assert "<stdin>: input is too large to be copy (over 0 MB; see --max-file-size); skipped" in result.output


def test_nul_anywhere_means_binary(tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_bytes(b"Fine copy. " * 1000 + b"\x00" + b"more\n")
    result = run("check", str(path))
    assert result.exit_code == 2
    assert "looks like a binary file" in result.output


def _bomb(levels: int = 12) -> str:
    lines = ["ignore:", '  - &a0 ["x","x","x","x","x","x","x","x","x"]']
    lines += [f"  - &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def test_yaml_alias_bomb_is_refused_quickly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".copylint.yaml").write_text(_bomb(), encoding="utf-8")
    (tmp_path / "a.md").write_text("Fine copy.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    start = time.process_time()
    result = run("check", "a.md")
    assert time.process_time() - start < 5  # 9**12 values if expanded
    assert result.exit_code == 2
    assert "YAML aliases expand to more than 100,000 values (an alias bomb?); refused" in result.output
    (tmp_path / ".copylint.yaml").write_text("ignore: &a [*a]\n", encoding="utf-8")
    assert "a YAML alias refers to itself; refused" in run("check", "a.md").output


PACK = """\
family: house
rules:
  - id: house.slow
    kind: existence
    summary: A pattern that backtracks.
    message: "'{match}'"
    patterns: ['{pattern}']
"""


@pytest.mark.parametrize(
    ("pattern", "why"),
    [
        (r"(a+)+b", "a repetition inside an unbounded repetition"),
        (r"(\w+)\s\1", "backreferences need a backtracking engine"),
        (r"(a|aa)+b", "alternatives of different lengths inside an unbounded repetition"),
        (r"\w+\w*x", "two unbounded repetitions of the same characters in a row"),
    ],
)
def test_user_pack_backtracking_patterns_are_refused_at_load(tmp_path: Path, pattern: str, why: str) -> None:
    (tmp_path / "pack.yaml").write_text(PACK.replace("{pattern}", pattern), encoding="utf-8")
    (tmp_path / "c.yaml").write_text("packs: [pack.yaml]\n", encoding="utf-8")
    result = run("check", "--config", str(tmp_path / "c.yaml"), "-", input="Fine.\n")
    assert result.exit_code == 2
    assert why in result.output and "refused" in result.output


def test_user_pack_linear_patterns_load(tmp_path: Path) -> None:
    good = r"\b(?:very|really)\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)*"
    (tmp_path / "pack.yaml").write_text(PACK.replace("{pattern}", good), encoding="utf-8")
    (tmp_path / "c.yaml").write_text("packs: [pack.yaml]\nselect: [house]\n", encoding="utf-8")
    result = run("check", "--config", str(tmp_path / "c.yaml"), "-", input="It was very Good Work.\n")
    assert result.exit_code == 1


def test_pack_outside_the_repository_is_refused_without_quoting_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n" * 50, encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "copy").mkdir()
    (repo / "copy" / ".copylint.yaml").write_text(f"packs: [{secret}, ../../secret.txt]\n", encoding="utf-8")
    (repo / "copy" / "a.md").write_text("Fine copy.\n", encoding="utf-8")
    monkeypatch.chdir(repo / "copy")
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert "is outside this repository; refused" in result.output
    assert "root:x" not in result.output


def test_non_yaml_pack_error_quotes_a_short_escaped_excerpt(tmp_path: Path) -> None:
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n" * 50, encoding="utf-8")
    (tmp_path / "c.yaml").write_text(f"packs: [{secret}]\n", encoding="utf-8")
    result = run("check", "--config", str(tmp_path / "c.yaml"), "-", input="Fine.\n")
    assert result.exit_code == 2
    (line,) = [ln for ln in result.output.splitlines() if "error" in ln]
    assert len(line) < 200 + len(str(secret))
    assert line.count("/bin/bash") <= 1  # a 40-character excerpt, not the file


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "html"])
def test_file_names_are_escaped_on_stderr_in_every_format(tmp_path: Path, fmt: str) -> None:
    name = tmp_path / "evil\n::warning file=x::pwned\x1b[31m.md"
    name.write_bytes(b"Fine copy.\x00\n")  # an error that names the file
    result = subprocess.run(
        [sys.executable, "-m", "copylint", "check", "--format", fmt, str(name)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "\x1b" not in result.stderr and "\n::warning" not in result.stderr
    assert "evil\\n::warning file=x::pwned\\x1b[31m.md" in result.stderr
    assert all(line.startswith("copylint: ") for line in result.stderr.splitlines())


def test_one_line_escapes_controls_and_bidi() -> None:
    assert one_line("a\nb\rc\x1b[0m\u202ed\te") == "a\\nb\\rc\\x1b[0m\\u202ed\te"


def test_messages_never_contain_raw_newlines() -> None:
    """Whatever a rule writes (here a message quoting copy across a line break), the diagnostic
    is one line."""
    from copylint.diagnostic import Finding, Span
    from copylint.engine import Selected, lint_document
    from copylint.readers import read_document
    from copylint.rule import Context, rule

    @rule("house.quoting", "Quotes the copy.", bad=["A b."], good=["C."])
    def quoting(doc, ctx):  # type: ignore[no-untyped-def]
        """Quotes the whole prose."""
        yield Finding(Span(0, 12), f"Passive voice '{doc.prose[:22]}'\x1b[2J: name the actor")

    doc = read_document("The plan was\ncancelled.\n", "x.md")
    (diag,), _ = lint_document(doc, [Selected(quoting, quoting.meta.severity)], Context())
    assert diag.message == "Passive voice 'The plan was cancelled'\\x1b[2J: name the actor"
    for d in lint_text("The plan was\ncancelled by\nsome experts, it is\nbelieved.\n", path="x.md"):
        assert "\n" not in d.message and "\r" not in d.message


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        try:
            self.wfile.write(b'{"matches": [' + b'{"x": 1},' * 400_000)  # endless-looking reply
        except OSError:
            pass

    def log_message(self, *args: object) -> None:
        pass


def test_languagetool_url_scheme_reply_size_and_remote_warning(capsys: pytest.CaptureFixture[str]) -> None:
    from copylint.languagetool import client

    for bad in ("file:///etc/passwd", "ftp://example.com/", "gopher://x", "http://"):
        with pytest.raises(client.LanguageToolError, match="must be an http:// or https:// URL"):
            client.request_check(bad, "Text.", "en-US")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        with pytest.raises(client.LanguageToolError, match="sent a reply larger than"):
            client.request_check(url, "Text.", "en-US")
        assert "warning" not in capsys.readouterr().err  # loopback: no warning
    finally:
        server.shutdown()
    client._warn_remote.cache_clear()
    client.safe_url("https://lt.example.org:8081/v2")
    client.safe_url("https://lt.example.org:8081/v2")
    err = capsys.readouterr().err
    assert err.count("copylint: warning: copy is sent to the LanguageTool server at https://lt.example.org:8081") == 1
