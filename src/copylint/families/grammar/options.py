"""The ``grammar:`` section of ``.copylint.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from copylint.family import option


@dataclass(frozen=True)
class GrammarOptions:
    """Choices where usage guides differ."""

    different: Literal["locale", "strict", "off"] = option(
        "locale",
        "grammar.different-than: 'locale' flags 'different than' in en-GB and 'different to' in en-US;"
        " 'strict' flags both; 'off' neither.",
    )
