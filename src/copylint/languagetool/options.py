"""The ``languagetool:`` section of ``.copylint.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from copylint.family import option
from copylint.frozen import compared

#: Seconds to wait for the server (the client's default too).
DEFAULT_TIMEOUT = 10.0


@compared
@dataclass(frozen=True, eq=False, repr=False)
class LanguageToolOptions:
    """Which LanguageTool server to ask, and what to ask it; without ``url`` or ``local`` the backend is off."""

    url: str | None = option(None, "A LanguageTool server's address (http://host:8081).")
    local: bool = option(
        False, "Let language-tool-python start a local server (pip install 'copylint[languagetool]'; Java)."
    )
    timeout: float = option(DEFAULT_TIMEOUT, "Seconds to wait for the server.")
    language: str | None = option(None, "LanguageTool's language code (default: the config's language).")
    disabled_rules: tuple[str, ...] = option((), "LanguageTool rule ids to turn off.")
    enabled_rules: tuple[str, ...] = option((), "LanguageTool rule ids to turn on.")
    disabled_categories: tuple[str, ...] = option((), "LanguageTool category ids to turn off.")
    mother_tongue: str | None = option(None, "The writer's first language (for false-friend rules).")
    level: Literal["default", "picky"] | None = option(None, "LanguageTool's level: default or picky.")
