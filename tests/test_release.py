"""Installs that work: from a VCS URL with a tag (the README's line, on a clone tagged here), with
the version written once (copylint.__version__ -> the wheel's metadata)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import copylint

ROOT = Path(__file__).resolve().parents[1]
ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.invalid",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs git and a git checkout")
def test_pip_install_from_a_vcs_url_with_a_tag(tmp_path: Path) -> None:
    env = {**os.environ, **ENV}
    clone = tmp_path / "copylint"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True, env=env, capture_output=True)
    tag = f"v{copylint.__version__}"
    subprocess.run(["git", "tag", "-f", tag], cwd=clone, check=True, env=env, capture_output=True)
    target = tmp_path / "site"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            f"git+file://{clone}@{tag}#egg=copylint",
        ],  # pip's own VCS form (older pips reject file URLs in PEP 508)
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr
    (info,) = target.glob("copylint-*.dist-info")
    assert info.name == f"copylint-{copylint.__version__}.dist-info"
    metadata = (info / "METADATA").read_text(encoding="utf-8")
    assert f"\nVersion: {copylint.__version__}\n" in metadata
    assert (target / "copylint" / "rules" / "cliche.yaml").exists()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"rev: {tag}" in readme and f"@{tag}" in readme
