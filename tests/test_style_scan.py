"""The style rules find the same things however their patterns are searched: in a run over many
files (which analyses patterns, and tries a pattern only where a match can start when those
characters are few in a document) and in a run over one article (which scans every paragraph)."""

from __future__ import annotations

import re

import pytest

import copylint
from copylint import matching

# Figures, money, dates, times, titles and a few capitals: the characters the style patterns
# start with.
FIGURES = """Police said the raid on 5 January 2004 at 10.30am cost £3,000,000 and $4.5 million.

On Monday, Mr. Smith met Dr Jones at 12 noon; the 1990's boom, 45 percent and 20% of sales.

It rose from 1990-2000. Between 5-6 people, the 3rd and 21st of June, Jan. 5, 2004 and 2004.

U.S. and UN officials & the web site, E-mail: 10000 items, 1,000,000 more, $2,000,000,000 and 7.

12/05/2004 and 2004-05-12; 5pm, 5 p.m. and 17:00; Sept. 11 and September 11th, 2001.
"""
WORDS = "There were no figures in this paragraph at all, only words about the weather and the sea.\n\n"
#: Few figures for their length (tried where they are), and many (scanned).
SPARSE = WORDS * 20 + FIGURES + WORDS * 20
DENSE = FIGURES
#: Non-ASCII copy, with and without figures other than 0-9 (a figure is then any ``\\d``).
ACCENTED = (
    FIGURES.replace("Police", "The café’s police")
    + "Le 5 janvier, à 10h, 2 € ; ٣ and ١٢٣٤٥٦ people, ٢٠٢٠s and ٥٪ are figures too.\n"
)


def _style(text: str, preset: str) -> list[tuple[int, int, str, str]]:
    found = copylint.lint_text(text, {"style": {"preset": preset}}, path="story.txt")
    return [(d.line, d.column, d.rule, d.message) for d in found if d.rule.startswith("style.")]


@pytest.mark.parametrize("preset", ["ap", "bbc"])
@pytest.mark.parametrize(
    "text", [SPARSE, DENSE, ACCENTED, ACCENTED.replace("٣", "3")], ids=["sparse", "dense", "accented", "accented-ascii"]
)
def test_style_findings_are_the_same_in_a_run_over_many_files(text: str, preset: str) -> None:
    was = matching.analysing()
    matching.analyse_new_patterns(False)
    try:
        one_article = _style(text, preset)
        matching.analyse_new_patterns(True)
        many_files = _style(text, preset)
    finally:
        matching.analyse_new_patterns(was)
    assert len(one_article) > 10  # the copy gives the date, number and title rules work
    assert many_files == one_article


#: Lower-case words that hold the style patterns' keywords in lower case ("may", "mar" in
#: "market", "gen" in "general", "ms" in "terms"), and the same copy with the capitals.
LOWER_KEYWORDS = (
    "Prices may rise in the market, the general said on terms agreed in the morning by dr who.\n\n"
    "Sales from 5 to 6 between 7 and 8; the decline in june was at night o'clock.\n"
)
CAPITAL_KEYWORDS = (
    LOWER_KEYWORDS
    + "\nOn May 5 Mr Smith met Gen. Jones and Dr Brown at 10 in the morning; Ms Jane Doe left on 3 June 2004.\n"
    + "From 5 to 6 in Mar. 2004, Lt Col Grey said; Mrs Green, Mx Blue and Miss Amy White on Monday.\n"
)


@pytest.mark.parametrize("preset", ["ap", "bbc"])
@pytest.mark.parametrize(
    "text", [LOWER_KEYWORDS, CAPITAL_KEYWORDS, FIGURES, ACCENTED], ids=["lower", "capitals", "figures", "accented"]
)
def test_style_findings_are_the_same_without_the_as_written_keyword_gate(
    text: str, preset: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from copylint.families.style import common, dates, names, numbers  # the last three register theirs

    assert dates and names and numbers

    gated = _style(text, preset)
    monkeypatch.setattr(common, "_cased_keywords", lambda pattern, flags: ())
    assert _style(text, preset) == gated


def test_a_pattern_whose_keywords_are_absent_as_written_is_not_compiled() -> None:
    from copylint.families.style import common, dates, names, numbers  # the last three register theirs

    assert dates and names and numbers

    rx = matching.compile(r"\b(?P<month>May|June)[ \u00a0](?P<day>\d{1,2})\b")
    assert (
        list(common.finditer(copylint.read_document("Prices may rise in june 5, analysts said.\n", "a.txt"), rx)) == []
    )
    assert "finditer" not in vars(rx)  # ruled out by "May" and "June" as written, never compiled
    found = common.finditer(copylint.read_document("Prices may rise on May 5, analysts said.\n", "a.txt"), rx)
    assert [m.group() for m in found] == ["May 5"]


#: Copy with a match of each pattern :func:`copylint.families.style.common.whole_words` knows:
#: every form of its leading words (case, hyphenated tens, abbreviated months with and without
#: a full stop, "per cent" written three ways).
WHOLE_WORD_COPY = [
    "Ten people and twenty-one others came.",
    "About seventeen staff; forty-two were there; NINETY years.",
    "Seventeen per cent and TWENTY-ONE PCT and one pc and nine percent; Five per\u00a0cent.",
    "It was the twenty-first time, the nineteenth and the Tenth day.",
    "The trial opens Jan. 5, 2004 and Sept 11 and September 11th, 2001, then May 3.",
    "On 5th of January 2004 and 6 Sept 2005, 7 Dec. and 8 Mar 2001.",
    "Sales fell in Jan. 2004, Sept 2005 and Sep 2006 and Dec 1999.",
    "Dr. Ana Ruiz met Gen Mark Smith, Lt\u00a0Jones and Prof. Lee; Sgt O'Neill stayed.",
]


def test_a_pattern_with_whole_words_matches_only_where_the_copy_has_them() -> None:
    # a document without the words is not scanned: every match must hold them, or a finding is lost
    from copylint.families.style import common, dates, names, numbers  # the last three register theirs

    assert dates and names and numbers

    for rx, groups in common._WHOLE.items():
        matched = 0
        for text in WHOLE_WORD_COPY:
            doc = copylint.read_document(text, "a.txt")
            found = list(rx.finditer(doc.prose))
            matched += len(found)
            if found:
                assert common._has_runs(doc, groups), (matching.source(rx)[0][:60], text)
            for m in found:  # the match itself holds a word of each group, whole
                runs = {w.lower() for w in re.findall(r"\w+", m.group())}
                assert all(runs & group for group in groups), (m.group(), groups)
        assert matched >= 2, matching.source(rx)[0][:60]
    assert len(common._WHOLE) >= 7
    doc = copylint.read_document("Often the tenants wrote, tentatively, of maybe a march.", "a.txt")
    spelled = [g for rx, g in common._WHOLE.items() if "eleven" in matching.source(rx)[0]]
    assert spelled and not any(common._has_runs(doc, g) for g in spelled)
