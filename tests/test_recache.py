"""The CLI's compiled-regex cache gives the same patterns, and the same output, as compiling."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "fixtures" / "articles" / "harbour-fraud.md"

CHECK = r'''
import re, sys
from copylint import recache
patterns = [(r"(?P<x>such)\s+(?=[A-Z])", re.I), (r"\b(?:colou?r|cent(?:re|er))s?\b", 0),
            (r"(?<![\w'’-])(a|an)\s+(\w+)", re.I | re.M), (r"^\s*#+\s*(.*)$", re.M)]
plain = [re.compile(p, f) for p, f in patterns]
re.purge()
recache.install()
cached = [re.compile(p, f) for p, f in patterns]
text = "Such Monero. A colour centre; an hour\n# Heading here\nsuch Names"
for a, b in zip(plain, cached):
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
print("ok")
'''


def _run(args: list[str], cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COPYLINT_CACHE_DIR": str(cache)}
    env.pop("COPYLINT_NO_REGEX_CACHE", None)
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=300)


def test_cached_patterns_equal_compiled_ones(tmp_path: Path) -> None:
    first = _run(["-c", CHECK], tmp_path)
    assert first.stdout.strip() == "ok", first.stderr
    second = _run(["-c", CHECK], tmp_path)  # now read back from the cache file
    assert second.stdout.strip() == "ok", second.stderr


def test_cli_output_is_the_same_with_a_warm_cache(tmp_path: Path) -> None:
    cold = _run(["-m", "copylint", "check", "--format", "json", str(ARTICLE)], tmp_path)
    assert list(tmp_path.glob("regex-*.bin")), "the first run writes the regex cache"
    warm = _run(["-m", "copylint", "check", "--format", "json", str(ARTICLE)], tmp_path)
    assert cold.returncode == warm.returncode == 1
    assert cold.stdout == warm.stdout and '"rule"' in warm.stdout


def test_switched_off_by_environment(tmp_path: Path) -> None:
    env = {**os.environ, "COPYLINT_CACHE_DIR": str(tmp_path), "COPYLINT_NO_REGEX_CACHE": "1"}
    subprocess.run([sys.executable, "-m", "copylint", "check", str(ARTICLE)], env=env, capture_output=True, timeout=300)
    assert not list(tmp_path.glob("regex-*.bin"))


def test_cache_keeps_only_what_runs_use(tmp_path: Path) -> None:
    code = "import re, sys\nfrom copylint import recache\nrecache.install()\nre.compile(sys.argv[1])\n"
    for word in ("alpha", "beta", "gamma"):
        _run(["-c", code, rf"\b{word}\b"], tmp_path)
    (cache,) = tmp_path.glob("regex-*.bin")
    import marshal

    kept = {pattern for pattern, _flags in marshal.loads(cache.read_bytes())}
    assert r"\bgamma\b" in kept and r"\balpha\b" not in kept
