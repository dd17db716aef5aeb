"""The ``grammar:`` section of ``.copylint.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from copylint.family import option
from copylint.frozen import compared


@compared
@dataclass(frozen=True, eq=False, repr=False)
class GrammarOptions:
    """Choices where usage guides differ."""

    different: Literal["locale", "strict", "off"] = option(
        "locale",
        "grammar.different-than: 'locale' flags 'different than' in en-GB and 'different to' in en-US;"
        " 'strict' flags both; 'off' neither.",
    )
