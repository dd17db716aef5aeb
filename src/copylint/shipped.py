"""The analyses of the built-in rules' patterns, shipped in the package for a first run in an
empty user cache.

:mod:`copylint.matching` keeps its analyses of patterns (the keyword groups a match needs, the
optimised text) in the user cache; a first run in a fresh container used to compute every one
it asked for (about 0.1 s of a one-article run). ``data/patterns.bin`` holds the analyses a run
of every built-in rule asks for, computed by ``python -m copylint.ruleindex`` (with the rule
index); the store starts from them when the user cache has none. They are used only with the
very ``matching.py`` that computed them (its SHA-256): the analyses are exact, so a run finds the
same whether an analysis comes from here, the user cache or a fresh computation. A test fails
when they are stale.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

#: The file, in the package's ``data`` folder.
ANALYSES = "patterns.bin"
#: What :mod:`copylint.matching` keeps of a pattern: (pattern, flags) -> (optimised, keyword groups).
Analyses = dict[tuple[str, int], tuple[str, tuple[frozenset[str], ...]]]
#: The marshal format written (every supported Python reads it).
_MARSHAL_VERSION = 4
#: A plain sentence: on copy like it, a rule whose phrases are absent asks for its patterns' keywords.
_PLAIN = "The council met on Monday.\n"


def analyses_path() -> Path:
    return Path(__file__).resolve().parent / "data" / ANALYSES


def matching_digest() -> str:
    """The SHA-256 of the installed ``matching.py``, which computes the analyses."""
    import hashlib

    from copylint import matching

    return hashlib.sha256(Path(matching.__file__).read_bytes()).hexdigest()


def analyses() -> Analyses:
    """The shipped analyses; empty when they were computed by another ``matching.py``, are
    missing, or ``COPYLINT_NO_SHIPPED`` is set (nothing ready-made from the package is used)."""
    if os.environ.get("COPYLINT_NO_SHIPPED"):
        return {}
    found = read()
    return {} if found is None else found


def read() -> Analyses | None:
    """The analyses in the shipped file, if ``matching.py`` is the one that computed them."""
    import marshal

    try:
        raw: Any = marshal.loads(analyses_path().read_bytes())
        if not isinstance(raw, dict) or raw.get("matching") != matching_digest():
            return None
        found = raw["analyses"]
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        return None
    return found if isinstance(found, dict) else None


def sampled() -> Analyses:
    """Every analysis that every built-in rule asks for on a plain sentence and on the rules'
    own examples, in both languages. Run in a fresh process whose store is empty (``python -m
    copylint.ruleindex`` sees to it): the analyses are those this process computed."""
    from copylint import lint_text, matching
    from copylint.registry import builtin_rules

    examples = "\n\n".join(text for r in builtin_rules() for text in (*r.meta.bad, *r.meta.good))
    for language in ("en-US", "en-GB"):
        for text in (_PLAIN, examples):
            lint_text(text, {"select": ["all"], "language": language})
    return dict(matching._added)


def write(analyses: Analyses) -> None:
    import marshal

    payload = {"matching": matching_digest(), "analyses": analyses}
    analyses_path().write_bytes(marshal.dumps(payload, _MARSHAL_VERSION))
