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
    return subprocess.run(
        [sys.executable, "-m", "copylint", *args],
        cwd=root,
        env=env,
        input=input,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_plugin_rules_are_listed_and_run(tmp_path: Path) -> None:
    make_plugin(tmp_path, "myplugin:RULES")
    listing = copylint(tmp_path, "rules", "--family", "house")
    assert "house.no-synergy" in listing.stdout
    result = copylint(
        tmp_path, "check", "--select", "house", "-", "--stdin-filename", "x.md", input="Expect synergy.\n"
    )
    assert result.returncode == 1
    assert "x.md:1:8: warning house.no-synergy Avoid 'synergy'." in result.stdout


def test_broken_plugin_is_a_clear_error(tmp_path: Path) -> None:
    make_plugin(tmp_path, "nosuchmodule:RULES")
    result = copylint(tmp_path, "check", "-", input="Fine.\n")
    assert result.returncode == 2
    assert "plugin 'mine' (nosuchmodule:RULES) failed to load" in result.stderr
    assert "Traceback" not in result.stderr


FAMILY_PLUGIN = '''
import re
from dataclasses import dataclass

from copylint import Family, Finding, Span, option, rule


@dataclass(frozen=True)
class HouseOptions:
    banned: tuple[str, ...] = option(("synergy",), "Words the house bans.")
    strict: bool = option(False, "Also flag the words in headlines.")


@rule("house.banned-word", "Flags words the house bans.", bad=["A synergy."], good=["A merger."])
def banned_word(doc, ctx):
    """Flags each word listed in `house.banned` (default: synergy)."""
    for word in ctx.options_for(HouseOptions).banned:
        for m in re.finditer(rf"\\b{re.escape(word)}\\b", doc.prose, re.I):
            yield Finding(Span(m.start(), m.end()), f"Avoid '{m.group()}'.")


FAMILY = Family("house", "House rules of one newsroom.", options=HouseOptions, skip_quotes=True, rules=(banned_word,))
'''


def test_plugin_declares_a_family_with_options(tmp_path: Path) -> None:
    (tmp_path / "myplugin.py").write_text(FAMILY_PLUGIN, encoding="utf-8")
    info = tmp_path / "myplugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: myplugin\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[copylint.rules]\nmine = myplugin\n", encoding="utf-8")
    text = 'Expect synergy and leverage. "Synergy," he said.\n'
    # The option's default comes from the dataclass; the family's quotation policy applies.
    result = copylint(tmp_path, "check", "--select", "house", "-", "--stdin-filename", "x.md", input=text)
    assert result.returncode == 1, result.stderr
    assert [line.split(" ", 3)[-1] for line in result.stdout.splitlines()[:-1]] == ["Avoid 'synergy'."]
    # A config section for the plugin's family is validated against its options and read by its rule.
    (tmp_path / ".copylint.yaml").write_text("house: {banned: [leverage]}\n", encoding="utf-8")
    result = copylint(tmp_path, "check", "--select", "house", "-", "--stdin-filename", "x.md", input=text)
    assert "x.md:1:20: warning house.banned-word Avoid 'leverage'." in result.stdout
    assert "synergy" not in result.stdout
    (tmp_path / ".copylint.yaml").write_text("house: {strict: maybe}\n", encoding="utf-8")
    result = copylint(tmp_path, "check", "-", input=text)
    assert result.returncode == 2 and "house.strict must be true or false, not 'maybe'" in result.stderr
    # Its options are documented with the other families'.
    (tmp_path / ".copylint.yaml").unlink()
    docs = copylint(tmp_path, "rules", "--family", "house", "--format", "markdown").stdout
    assert (
        "House rules of one newsroom." in docs
        and "| `banned` | list of string | `[synergy]` | Words the house bans. |" in docs
    )
    explain = copylint(tmp_path, "explain", "house.banned-word").stdout
    assert f"Defined in: {tmp_path / 'myplugin.py'}:" in explain
