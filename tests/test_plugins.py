"""Third-party rules through the `copylint.rules` entry-point group, in a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PLUGIN = '''
import re
from copylint.rule import rule
from copylint.diagnostic import Finding, Span

@rule("house.no-synergy", "Flags the word 'synergy'.", bad=["A synergy."], good=["A merger."])
def no_synergy(doc, ctx):
    """Newsrooms ban 'synergy': say what the companies will actually share."""
    for m in re.finditer(r"\\bsynergy\\b", doc.prose, re.I):
        yield Finding(Span(m.start(), m.end()), "Avoid 'synergy'.")

RULES = (no_synergy,)
'''


def make_plugin(root: Path, target: str) -> None:
    (root / "myplugin.py").write_text(PLUGIN, encoding="utf-8")
    info = root / "myplugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: myplugin\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[copylint.rules]\nmine = {target}\n", encoding="utf-8")


def copylint(root: Path, *args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-m", "copylint", *args], cwd=root, env=env, input=input,
                          capture_output=True, text=True, timeout=120)


def test_plugin_rules_are_listed_and_run(tmp_path: Path) -> None:
    make_plugin(tmp_path, "myplugin:RULES")
    listing = copylint(tmp_path, "rules", "--family", "house")
    assert "house.no-synergy" in listing.stdout
    result = copylint(tmp_path, "check", "--select", "house", "-", "--stdin-filename", "x.md", input="Expect synergy.\n")
    assert result.returncode == 1
    assert "x.md:1:8: warning house.no-synergy Avoid 'synergy'." in result.stdout


def test_broken_plugin_is_a_clear_error(tmp_path: Path) -> None:
    make_plugin(tmp_path, "nosuchmodule:RULES")
    result = copylint(tmp_path, "check", "-", input="Fine.\n")
    assert result.returncode == 2
    assert "plugin 'mine' (nosuchmodule:RULES) failed to load" in result.stderr
    assert "Traceback" not in result.stderr
