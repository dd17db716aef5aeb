"""Where copylint's documentation lives, for reporters that link to it (SARIF, rdjson, GitLab).

The address comes from the installed package's metadata (``[project.urls]`` in pyproject.toml),
so a newsroom that mirrors the repository changes it in one place.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata

_FALLBACK = "https://pypi.org/project/copylint/"


@lru_cache(maxsize=1)
def _urls() -> dict[str, str]:
    try:
        entries = metadata.metadata("copylint").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return {}
    out = {}
    for entry in entries:
        label, _, url = entry.partition(",")
        out[label.strip().lower()] = url.strip()
    return out


def _homepage() -> str:
    return _urls().get("homepage", _FALLBACK)


INFORMATION_URI = _homepage()


def rules_reference() -> str:
    """The rule reference page (docs/rules.md, generated from the rules' own documentation)."""
    return _urls().get("documentation", INFORMATION_URI)


def rule_help_uri(rule_id: str) -> str:
    """The rule's section of the rule reference (GitHub's heading anchor: dots dropped)."""
    return f"{rules_reference()}#{rule_id.replace('.', '').lower()}"
