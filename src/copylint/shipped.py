"""Ready-made data shipped in the package for a first run in an empty user cache: the analyses
of the built-in rules' patterns, and a few user-cache entries that cost a first run most.

:mod:`copylint.matching` keeps its analyses of patterns (the keyword groups a match needs, the
optimised text) in the user cache; a first run in a fresh container used to compute every one
it asked for (about 0.1 s of a one-article run). ``data/patterns.bin`` holds the analyses a run
of every built-in rule asks for, computed by ``python -m copylint.ruleindex`` (with the rule
index); the store starts from them when the user cache has none. They are used only with the
very ``matching.py`` that computed them (its SHA-256): the analyses are exact, so a run finds the
same whether an analysis comes from here, the user cache or a fresh computation.

Likewise ``data/ready.bin`` holds the entries of :data:`READY_MADE` (the grammar lexicon's
tables, the grammar branches' parsed YAML: about 0.13 s of a first run) as
:func:`copylint.diskcache.load_or_build` would build them: each is used only for the very key it
was built for (a digest of the data it derives from) and only while the module that defines its
builder is byte for byte the one that built it. A test fails when either file is stale.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

#: The file, in the package's ``data`` folder.
ANALYSES = "patterns.bin"
#: What :mod:`copylint.matching` keeps of a pattern: (pattern, flags) -> (optimised, keyword
#: groups in lower case, keyword groups as written).
Analyses = dict[tuple[str, int], tuple[str, tuple[frozenset[str], ...], tuple[frozenset[str], ...]]]
#: The marshal format written (every supported Python reads it).
_MARSHAL_VERSION = 4
#: The user-cache entries shipped ready-made (``diskcache`` names).
READY_MADE = ("grammar-lexicon", "grammar-branches")
#: Their file, in the package's ``data`` folder.
READY = "ready.bin"
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


#: A ready-made user-cache entry: (key, (builder module, its SHA-256), value).
ReadyEntry = tuple[Any, tuple[str, str], Any]


def sample() -> tuple[Analyses, dict[str, ReadyEntry]]:
    """Every analysis that every built-in rule asks for on a plain sentence and on the rules'
    own examples, in both languages, and the entries of :data:`READY_MADE` those runs build. Run
    in a fresh process whose user cache and store are empty (``python -m copylint.ruleindex``
    sees to it): the analyses and entries are those this process computed."""
    from copylint import diskcache, lint_text, matching
    from copylint.registry import builtin_rules

    entries: dict[str, ReadyEntry] = {}
    real = diskcache.load_or_build

    def recording(name: str, key: str | bytes, build: Any) -> Any:
        if name not in READY_MADE:
            # built again, not read from this process's cache: an entry derived from a ready-made
            # one (the grammar lexicon's, keyed by its files' stamp) then asks for it here too
            return build()
        value = real(name, key, build)
        source = _builder_source(build)
        if name in READY_MADE and source is not None:
            entries[name] = (key, source, value)
        return value

    examples = "\n\n".join(text for r in builtin_rules() for text in (*r.meta.bad, *r.meta.good))
    from copylint.families.grammar.lexicon import lexicon

    lexicon.cache_clear()  # the rule index's pattern gates read it (nlp.lemma.forms_of): read again here
    diskcache.load_or_build = recording
    try:
        for language in ("en-US", "en-GB"):
            for text in (_PLAIN, examples):
                lint_text(text, {"select": ["all"], "language": language})
    finally:
        diskcache.load_or_build = real
    return dict(matching._added), entries


def write(analyses: Analyses) -> None:
    import marshal

    payload = {"matching": matching_digest(), "analyses": analyses}
    analyses_path().write_bytes(marshal.dumps(payload, _MARSHAL_VERSION))


# -- ready-made user-cache entries -----------------------------------------------------------------


def ready_path() -> Path:
    return Path(__file__).resolve().parent / "data" / READY


def _builder_source(build: Any) -> tuple[str, str] | None:
    """(path relative to the package, SHA-256) of the module that defines ``build``, if it is
    one of the package's."""
    import hashlib

    code = getattr(build, "__code__", None)
    if code is None:
        return None
    package = Path(__file__).resolve().parent
    try:
        path = Path(code.co_filename).resolve()
        return path.relative_to(package).as_posix(), hashlib.sha256(path.read_bytes()).hexdigest()
    except (OSError, ValueError):
        return None


def ready_made(name: str, key: str | bytes, build: Any) -> Any:
    """The shipped value of the user-cache entry (``name``, ``key``) built by ``build``, if
    there is one for this key and ``build``'s module is the one that built it; else ``build()``."""
    if name in READY_MADE and not os.environ.get("COPYLINT_NO_SHIPPED"):
        found = _ready().get(name)
        if found is not None and found[0] == key and found[1] == _builder_source(build):
            return found[2]
    return build()


@lru_cache(maxsize=1)
def _ready() -> dict[str, ReadyEntry]:
    import marshal

    try:
        raw: Any = marshal.loads(ready_path().read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {
        str(name): (entry[0], tuple(entry[1]), entry[2])
        for name, entry in raw.items()
        if isinstance(entry, (tuple, list)) and len(entry) == 3
    }


def read_ready_made() -> dict[str, ReadyEntry]:
    """The shipped entries, as written."""
    return dict(_ready())


def write_ready_made(entries: dict[str, ReadyEntry]) -> None:
    import marshal

    ready_path().write_bytes(marshal.dumps(entries, _MARSHAL_VERSION))
