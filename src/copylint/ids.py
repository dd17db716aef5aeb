"""Did-you-mean for rule ids and families (command line, suppression comments, explain)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(name: str, known: Iterable[str], n: int = 3) -> list[str]:
    """The known ids closest to ``name``: close spellings first, then ids containing it."""
    known = sorted(set(known))
    found = difflib.get_close_matches(name, known, n=n, cutoff=0.6)
    if len(found) < n and "." in name:  # the rule part alone ("cliche.stock-phrse")
        rule = name.split(".", 1)[1]
        names = {k.split(".", 1)[1]: k for k in known if "." in k}
        for match in difflib.get_close_matches(rule, list(names), n=n, cutoff=0.75):
            if names[match] not in found:
                found.append(names[match])
    for k in known:
        if len(found) >= n:
            break
        if name and name in k and k not in found:
            found.append(k)
    return found[:n]


def hint(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'a' or 'b'?)`` or ``''``."""
    found = closest(name, known)
    if not found:
        return ""
    quoted = [f"'{f}'" for f in found]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
    return f" (did you mean {listed}?)"


def unknown(pattern: str, rule_ids: Iterable[str], families: Iterable[str]) -> str | None:
    """Why ``pattern`` (an id, a family, a glob or 'all') names no rule, or None when it does."""
    import fnmatch

    rule_ids = list(rule_ids)
    if pattern == "all":
        return None
    if any(c in pattern for c in "*?["):
        return None if any(fnmatch.fnmatchcase(r, pattern) for r in rule_ids) else f"no rule matches {pattern!r}"
    if "." in pattern:
        return None if pattern in rule_ids else f"unknown rule id {pattern!r}{hint(pattern, rule_ids)}"
    families = set(families)
    return None if pattern in families else f"unknown rule family {pattern!r}{hint(pattern, families)}"
