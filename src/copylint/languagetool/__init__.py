"""The LanguageTool backend: an HTTP client and one rule per family sharing one request.

It is declared as a backend family: it owns the ``languagetool:`` options section, and its
rules report under the families their LanguageTool categories belong to."""

from __future__ import annotations

from copylint.family import Family
from copylint.languagetool.options import LanguageToolOptions
from copylint.languagetool.rules import RULES

FAMILY = Family(
    name="languagetool",
    summary="LanguageTool as an optional backend, off until a server is configured; reports under grammar, spelling, style, cliche and typography.",
    options=LanguageToolOptions,
    rules=RULES,
    backend=True,
)
