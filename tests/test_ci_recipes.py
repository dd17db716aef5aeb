"""The CI recipes run: the GitHub composite action's steps (action.yml + ci/copylint-pr.sh) and
the GitLab job (ci/gitlab-ci.yml), executed as written on a temporary repository with a base
branch and a pull-request branch. Only the install step is left out: copylint is already
installed in this environment (test_packaging.py builds and installs the wheel)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or shutil.which("bash") is None, reason="git and bash needed"
)

GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.invalid",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def _env(**extra: str) -> dict[str, str]:
    bindir = str(Path(sys.executable).parent)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "CI_", "COPYLINT_"))}
    env.update(GIT_ENV)
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    env["COPYLINT_NO_REGEX_CACHE"] = "1"
    env.update(extra)
    return env


@pytest.fixture()
def pull_request(tmp_path: Path) -> tuple[Path, str]:
    """A content repository: main with two articles, a branch that edits one and adds one."""
    repo = tmp_path / "newsroom"
    repo.mkdir()

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=repo, env=_env(), check=True, capture_output=True, text=True).stdout

    git("init", "-q", "-b", "main")
    (repo / "news").mkdir()
    (repo / ".copylint.yaml").write_text("extend-select: [spelling]\n", encoding="utf-8")
    (repo / "news" / "budget.md").write_text("# Budget\n\nThe council recieved the plan.\n", encoding="utf-8")
    (repo / "news" / "old story #1.md").write_text("An old story with a freind.\n", encoding="utf-8")
    git("add", ".")
    git("commit", "-qm", "base")
    base = git("rev-parse", "HEAD").strip()
    git("checkout", "-qb", "pr")
    (repo / "news" / "budget.md").write_text(
        "# Budget\n\nThe council recieved the plan.\n\nCouncillors could of voted sooner.\n", encoding="utf-8"
    )
    (repo / "news" / "new story.md").write_text("A new story with a tpyo.\n", encoding="utf-8")
    git("add", ".")
    git("commit", "-qm", "pr")
    return repo, base


def _steps() -> list[dict]:  # type: ignore[type-arg]
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    return action["runs"]["steps"]


def _expand(text: str, values: dict[str, str]) -> str:
    return re.sub(r"\$\{\{\s*([^}]+?)\s*\}\}", lambda m: values[m.group(1)], text)


def test_action_installs_from_the_repository_and_uploads_sarif() -> None:
    steps = _steps()
    install = next(s for s in steps if s.get("name") == "Install copylint")
    assert install["env"]["COPYLINT_SOURCE"] == "${{ github.action_path }}"
    assert 'pip install --quiet "$COPYLINT_SOURCE"' in install["run"]
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["with"]["sarif_file"] == "${{ inputs.sarif-file }}"
    assert "always()" in upload["if"]


def test_action_check_step_on_a_pull_request(pull_request: tuple[Path, str]) -> None:
    repo, base = pull_request
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    inputs = {f"inputs.{k}": v.get("default", "") for k, v in action["inputs"].items()}
    inputs.update({"inputs.base": base, "github.action_path": str(ROOT)})
    check = next(s for s in _steps() if s.get("id") == "check")
    env = _env(**{k: _expand(v, inputs) for k, v in check["env"].items()})
    done = subprocess.run(
        ["bash", "-c", _expand(check["run"], inputs)], cwd=repo, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 1, done.stderr
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 2
    assert annotations[0].startswith(
        "::warning file=news/budget.md,line=5,col=19,endLine=5,endColumn=21,title=grammar.could-of::"
    )
    assert annotations[1].startswith("::warning file=news/new story.md,line=1,col=20,")
    assert "old story" not in done.stdout and "recieved" not in done.stdout  # unchanged lines stay quiet
    sarif = json.loads((repo / "copylint.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(SCHEMA).validate(sarif)
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]]
    assert uris == ["news/budget.md", "news/new%20story.md"]


def test_gitlab_job_on_a_merge_request(pull_request: tuple[Path, str]) -> None:
    repo, base = pull_request
    job = yaml.safe_load((ROOT / "ci" / "gitlab-ci.yml").read_text(encoding="utf-8"))["copylint"]
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert any("pip install" in line and "@${COPYLINT_VERSION}" in line for line in job["before_script"])
    assert job["variables"]["COPYLINT_VERSION"] == "v0.2.0"
    variables = {**job["variables"], "COPYLINT_BASE": base}
    script = "set -e\n" + "\n".join(job["script"])
    done = subprocess.run(
        ["bash", "-c", script],
        cwd=repo,
        env=_env(CI_MERGE_REQUEST_DIFF_BASE_SHA=base, **variables),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1, done.stderr  # the job fails on the findings
    assert "news/budget.md:5:19: warning grammar.could-of" in done.stdout
    report = json.loads((repo / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    assert [(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"]) for i in report] == [
        ("grammar.could-of", "news/budget.md", 5),
        ("spelling.unknown-word", "news/new story.md", 1),
    ]


def test_the_pr_script_in_gitlab_mode_and_without_a_base(pull_request: tuple[Path, str]) -> None:
    repo, base = pull_request
    script = str(ROOT / "ci" / "copylint-pr.sh")
    done = subprocess.run(
        ["bash", script, "gitlab"], cwd=repo, env=_env(COPYLINT_BASE=base), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 1
    assert len(json.loads((repo / "gl-code-quality-report.json").read_text(encoding="utf-8"))) == 2
    done = subprocess.run(
        ["bash", script, "github"],
        cwd=repo,
        env=_env(COPYLINT_PATHS="news"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1 and "::warning file=news/old story #1.md,line=1" in done.stdout  # no base: everything
