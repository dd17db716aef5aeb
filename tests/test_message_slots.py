"""Every rule's messages on its own examples fill their placeholders (no empty quoted slot)."""

from __future__ import annotations

import re
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden" / "examples.txt"
#: A quoted slot with nothing in it: two quotes with no word character either side ("before ''").
EMPTY_SLOT = re.compile(r"(?<![\w'])''(?![\w'])")


def test_no_example_message_has_an_empty_quoted_slot() -> None:
    lines = [line for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line.startswith("  ")]
    assert len(lines) > 1000
    empty = [line for line in lines if EMPTY_SLOT.search(line)]
    assert empty == []
