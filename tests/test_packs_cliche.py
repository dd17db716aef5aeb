"""The cliché pack: every entry fires exactly its own rule, ordinary news phrases and quotations
are left alone, suggestions and positions are right, and big lists compile to one pattern."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from copylint import Linter
from copylint.packs import load_pack
from copylint.registry import builtin_packs_dir

PACK = builtin_packs_dir() / "cliche.yaml"
RULE_IDS = ("cliche.stock-phrase", "cliche.idiom", "cliche.journalese", "cliche.wordy-phrase")


@lru_cache(maxsize=1)
def _linter() -> Linter:
    return Linter({"select": ["cliche"]}, plugins=False)


def cliches(text: str, path: str = "story.md") -> list[tuple[str, str]]:
    """(rule, matched source text) for every cliché diagnostic in ``text``."""
    out = []
    for d in _linter().lint_text(text, path):
        if d.family == "cliche":
            out.append((d.rule, text[d.offset : d.end_offset]))
    return out


def _entries() -> list[tuple[str, str]]:
    data = yaml.safe_load(PACK.read_text(encoding="utf-8"))
    out = []
    for r in data["rules"]:
        for phrase in [*(r.get("swap") or {}), *(r.get("tokens") or [])]:
            out.append((r["id"], phrase))
    return out


ENTRIES = _entries()


def test_pack_has_several_hundred_entries_in_four_rules() -> None:
    assert {rule for rule, _ in ENTRIES} == set(RULE_IDS)
    assert len(ENTRIES) >= 600
    phrases = [p.lower() for _, p in ENTRIES]
    assert len(phrases) == len(set(phrases)), "an entry is listed twice"


def test_every_entry_fires_exactly_its_own_rule() -> None:
    wrong = []
    for rule, phrase in ENTRIES:
        text = f"Officials say {phrase} now."
        found = cliches(text)
        if [r for r, _ in found] != [rule]:
            wrong.append((rule, phrase, found))
    assert not wrong, f"{len(wrong)} entries misfire, e.g. {wrong[:5]}"


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_bad_examples_fire_only_their_rule_and_good_ones_nothing(rule_id: str) -> None:
    (rule,) = [r for r in load_pack(PACK) if r.meta.id == rule_id]
    for example in rule.meta.bad:
        assert {r for r, _ in cliches(example)} == {rule_id}, example
    for example in rule.meta.good:
        assert cliches(example) == [], example


@pytest.mark.parametrize(
    "sentence",
    [
        # Ordinary news phrasing that public cliché lists flag but news copy needs.
        "The referee gave him the benefit of the doubt.",
        "Police will keep an eye on the area over the weekend.",
        "The rank and file of the party backed the leader.",
        "Prices rose in the wake of the 1997 currency crisis.",
        "Ministers met in order to agree a budget.",
        "It was trial and error for the engineers.",
        "The court system should only be used as a last resort.",
        "Divorce papers are by no means the only documents in the archive.",
        "Plans to draw the line at 18 were dropped.",
        # Literal senses of journalese words.
        "She slammed the door and left the building.",
        "The car slammed into a wall on the ring road.",
        "He wants to focus on the Grand Slams next year.",
        "Two bomb blasts hit the city centre.",
        "The Huygens space probe landed on Titan on Friday.",
        "Stalls sold mulled wine at the market.",
        "He died from a blow to the head, the inquest heard.",
        "The computers failed to boot.",
        "The names printed on the cards were wrong.",
        "Shares fell sharply after the results.",
        "The FTSE 100 was 0.5% lower at the end of the day.",
        "He used the cutting edge of the blade to open the box.",
        "Police warned children not to play on thin ice.",
        "The boy walked out of the woods unharmed.",
        "Both stories were printed on the same page.",
        "Flights were cancelled under the weather warning.",
        "He died from a blow to the jaw.",
        "A man was found dead in the water near the pier.",
        "Strong winds fanned the flames overnight.",
        "Par for the course is 72.",
        "His corner threw in the towel in the fifth round.",
        "The bay is known for its crystal clear waters.",
        "Police found writing on the wall of the mosque.",
        "Diseases like the plague spread quickly in the camps.",
        "Engineers opened the floodgates to release water from the dam.",
        "Passengers who missed the boat were put up in a hotel.",
    ],
)
def test_ordinary_news_phrases_are_not_flagged(sentence: str) -> None:
    assert cliches(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        'The coach said: "It was a blessing in disguise for the club."',
        "The coach said: “It was a blessing in disguise for the club.”",
        "“At the end of the day, people have cameras,” he said.",
        '"He slammed the decision," his aide told reporters.',
        "'We are poised to complain,' a spokesman said.",
    ],
)
def test_quotations_are_left_alone(text: str) -> None:
    assert cliches(text) == []


def test_the_same_words_outside_a_quotation_are_flagged() -> None:
    text = 'The coach said the injury was a blessing in disguise. "We move on," he said.'
    assert cliches(text) == [("cliche.idiom", "blessing in disguise")]


def test_journalese_is_left_alone_in_headlines_but_not_in_body_copy() -> None:
    text = "# Minister slams plan to close library\n\nThe minister slammed the plan on Tuesday.\n"
    assert cliches(text) == [("cliche.journalese", "slammed")]


def test_journalese_exceptions_only_veto_the_literal_sense() -> None:
    assert cliches("He slammed the door, then slammed the plan in a speech.") == [("cliche.journalese", "slammed")]


def test_suggestions_keep_the_capital_and_the_meaning() -> None:
    diags = [d for d in _linter().lint_text("At the end of the day, the lion’s share went to London.", "a.md")]
    assert [(d.rule, d.suggestions) for d in diags] == [
        ("cliche.stock-phrase", ("Ultimately,",)),
        ("cliche.stock-phrase", ("most",)),
    ]
    assert diags[0].message == "'At the end of the day,' is a cliché; consider 'Ultimately,'."


def test_wordy_phrase_without_suggestion_says_so_plainly() -> None:
    (d,) = _linter().lint_text("Needless to say, it should be noted that costs rose.", "a.md")[1:]
    assert d.rule == "cliche.wordy-phrase"
    assert d.message == "'it should be noted that' is wordy."
    assert d.suggestions == ()


def test_inflected_and_pronoun_forms() -> None:
    text = "The players bit the bullet. The manager is biding his time. Critics turned in their graves."
    assert [m for _, m in cliches(text)] == ["bit the bullet", "biding his time", "turned in their graves"]


def test_to_boot_only_at_the_end_of_a_clause() -> None:
    assert cliches("It was cheap, and fast to boot.") == [("cliche.idiom", "to boot")]
    assert cliches("Users wanted to boot the machine from a stick.") == []


def test_positions_in_markdown_across_emphasis_and_a_line_break() -> None:
    text = (
        "---\ntitle: Audit\n---\n\nThe audit describes officials and smugglers as *connected at\nthe hip*, it says.\n"
    )
    (d,) = [d for d in _linter().lint_text(text, "audit.md")]
    lines = text.split("\n")
    start_col = lines[4].index("connected") + 1
    end_col = lines[5].index("*") + 1  # exclusive end: just after "hip"
    assert (d.rule, d.line, d.column, d.end_line, d.end_column) == ("cliche.stock-phrase", 5, start_col, 6, end_col)
    assert (start_col, end_col) == (49, 8)


def test_positions_in_html_with_entities() -> None:
    text = "<html><body>\n<p>Caf&eacute; owners &amp; staff said it was the tip of the iceberg.</p>\n</body></html>\n"
    (d,) = [d for d in _linter().lint_text(text, "page.html")]
    assert (d.rule, d.line, d.column) == ("cliche.stock-phrase", 2, text.split("\n")[1].index("the tip") + 1)
    assert text[d.offset : d.end_offset] == "the tip of the iceberg"


def test_each_rule_is_one_compiled_pattern() -> None:
    for rule in load_pack(PACK):
        assert isinstance(rule.regex, re.Pattern)  # one pass over the text per rule


def test_a_300_entry_pack_compiles_into_a_single_pattern(tmp_path: Path) -> None:
    phrases = [f"stock phrase number {i} today" for i in range(300)]
    pack = tmp_path / "house.yaml"
    pack.write_text(
        yaml.safe_dump(
            {
                "family": "house",
                "rules": [
                    {"id": "house.big-list", "kind": "existence", "summary": "Big list.", "tokens": phrases},
                    {
                        "id": "house.big-swap",
                        "kind": "substitution",
                        "summary": "Big swap.",
                        "swap": {p.replace("stock", "worn"): "plain" for p in phrases},
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    existence, substitution = load_pack(pack, origin="pack:house")
    for rule, word in ((existence, "stock"), (substitution, "worn")):
        assert isinstance(rule.regex, re.Pattern)
        # A trie shares the common prefix: the words appear once, not once per entry.
        assert rule.regex.pattern.count(word) == 1
        assert rule.regex.pattern.count("number") == 1
    text = "It was stock phrase number 299 today and worn phrase number 7 today."
    assert [m.group() for m in existence.regex.finditer(text)] == ["stock phrase number 299 today"]
    assert [m.group() for m in substitution.regex.finditer(text)] == ["worn phrase number 7 today"]


def test_wordy_phrases_are_not_reported_twice_with_readability_complex_word() -> None:
    from copylint.registry import Registry

    if Registry.load(plugins=False).get("readability.complex-word") is None:
        pytest.skip("readability.complex-word is not installed")
    both = Linter({"select": ["cliche.wordy-phrase", "readability.complex-word"]}, plugins=False)
    doubled = []
    for rule, phrase in ENTRIES:
        if rule == "cliche.wordy-phrase":
            diags = both.lint_text(f"Officials say {phrase} now.", "a.md")
            if len({d.rule for d in diags}) > 1:
                doubled.append(phrase)
    assert not doubled


def test_titles_of_works_in_title_case_are_left_alone() -> None:
    text = "Beck's album Sea Change and the film The Perfect Storm. A sea change is coming, a perfect storm."
    assert cliches(text) == [("cliche.stock-phrase", "sea change"), ("cliche.stock-phrase", "perfect storm")]
