"""The LanguageTool backend: an HTTP client and one rule per family sharing one request.

It is declared as a backend family: it owns the ``languagetool:`` options section, and its
rules report under the families their LanguageTool categories belong to."""

from __future__ import annotations

from functools import cache
from typing import Any

from copylint.family import Family
from copylint.languagetool.options import LanguageToolOptions

# FAMILY is built on first use (see copylint.ruleindex): importing the options does not import
# the rules and their client.


@cache
def _family() -> Family:
    from copylint.languagetool.rules import RULES

    return Family(
        name="languagetool",
        summary="LanguageTool as an optional backend, off until a server is configured; reports under grammar, spelling, style, cliche and typography.",
        options=LanguageToolOptions,
        rules=RULES,
        backend=True,
    )


def __getattr__(name: str) -> Any:
    if name == "FAMILY":
        return _family()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
