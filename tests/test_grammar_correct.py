"""The grammar family stays silent on correct English written for the purpose.

``tests/data/grammar_correct.txt`` holds over a thousand correct sentences covering the
constructions grammar rules touch: ellipsis ("she asked me to."), indirect questions after a
person ("ask your doctor which he recommends"), set phrases with bare nouns, group nouns after
"one of the", inversion, the subjunctive, absolutes, confusable words used correctly. Each
sentence is its own paragraph, so no sentence sees its neighbours.
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

import pytest

from copylint import Linter

DATA = Path(__file__).parent / "data" / "grammar_correct.txt"


def _sentences() -> list[str]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def test_the_file_is_large_and_has_no_duplicates() -> None:
    sents = _sentences()
    assert len(sents) >= 1000
    assert len(set(sents)) == len(sents)


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
def test_no_grammar_rule_fires_on_correct_sentences(language: str) -> None:
    sents = _sentences()
    starts, pos = [], 0
    for s in sents:
        starts.append(pos)
        pos += len(s) + 2
    linter = Linter({"select": ["grammar"], "language": language}, plugins=False)
    fired = [
        f"{d.rule}: {sents[bisect_right(starts, d.offset) - 1]!r}: {d.message}"
        for d in linter.lint_text("\n\n".join(sents), "correct.txt")
        if d.family == "grammar"
    ]
    assert not fired, "\n".join(fired)
