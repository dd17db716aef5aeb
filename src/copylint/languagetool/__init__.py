"""The LanguageTool backend: an HTTP client and one rule per family sharing one request.

It is declared as a backend family: it owns the ``languagetool:`` options section, and its
rules report under the families their LanguageTool categories belong to."""

from __future__ import annotations

from copylint.family import lazy_family
from copylint.languagetool.options import LanguageToolOptions
from copylint.rule import Rule


def _rules() -> tuple[Rule, ...]:
    from copylint.languagetool.rules import RULES

    return tuple(RULES)


# FAMILY is built on first use (see copylint.family.lazy_family): importing the options does
# not import the rules and their client.
__getattr__ = lazy_family(
    __name__,
    rules=_rules,
    name="languagetool",
    summary="LanguageTool as an optional backend, off until a server is configured; reports under grammar, spelling, style, cliche and typography.",
    options=LanguageToolOptions,
    backend=True,
)
