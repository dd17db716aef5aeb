"""The dropped-frame grammar pack (rules/grammar-dropped-frames.yaml: articles, 'of', 'to' and
'be' dropped from fixed frames) and the agreement/slip pack (rules/grammar-agreement-slips.yaml:
agreement, verb forms after 'to', prepositions before -ing forms, superlatives, real-word slips)
through the public API and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from copylint.cli import main
from pack_examples import GB, ROOT, US, assert_reports, check_pack, found

PACKS = [ROOT / "rules" / "grammar-dropped-frames.yaml", ROOT / "rules" / "grammar-agreement-slips.yaml"]
PACK_RULES = [r for pack in PACKS for r in yaml.safe_load(pack.read_text(encoding="utf-8"))["rules"]]
RULES = {r["id"] for r in PACK_RULES}


@pytest.mark.parametrize(
    ("text", "rule", "span", "suggestion"),
    [
        ("Sales peaked at end of the summer.", "grammar.frame-missing-the", "at end", "at the end"),
        ("He lives in heart of the old town.", "grammar.frame-missing-the", "in heart", "in the heart"),
        ("Riots broke out on eve of the vote.", "grammar.frame-missing-the", "on eve", "on the eve"),
        ("The side won for first time in years.", "grammar.ordinal-missing-the", "first time", "the first time"),
        ("She was sent off in second half.", "grammar.ordinal-missing-the", "second half", "the second half"),
        ("They scored at last minute.", "grammar.ordinal-missing-the", "last minute", "the last minute"),
        ("Luck played big part in it.", "grammar.role-part-article", "big part", "a big part"),
        ("Luck played enormous part in it.", "grammar.role-part-article", "enormous part", "an enormous part"),
        ("Let us take look at the map.", "grammar.take-look-article", "take look", "take a look"),
        ("The board took decision on Friday.", "grammar.take-look-article", "took decision", "took a decision"),
        ("Checks are made on weekly basis.", "grammar.basis-article", "on weekly basis", "on a weekly basis"),
        (
            "Staff are hired on individual basis.",
            "grammar.basis-article",
            "on individual basis",
            "on an individual basis",
        ),
        ("We chatted for while before lunch.", "grammar.phrase-missing-a", "for while", "for a while"),
        ("It had not rained for long period.", "grammar.phrase-missing-a", "for long period", "for a long period"),
        ("It holds true to large degree.", "grammar.phrase-missing-a", "to large degree", "to a large degree"),
        ("It was waste of money.", "grammar.phrase-missing-a", "was waste", "was a waste"),
        ("Fares rose in the wake the strike.", "grammar.frame-missing-of", "wake the", "wake of the"),
        ("Cuts came at the expense staff.", "grammar.frame-missing-of", "expense staff", "expense of staff"),
        ("Firms take advantage these rules.", "grammar.frame-missing-of", "advantage these", "advantage of these"),
        ("He left home in search a job.", "grammar.frame-missing-of", "search a", "search of a"),
        ("Two the suspects were freed.", "grammar.partitive-missing-of", "Two the", "Two of the"),
        ("Most his friends had left.", "grammar.partitive-missing-of", "Most his", "Most of his"),
        ("She works most the day.", "grammar.partitive-missing-of", "most the", "most of the"),
        ("Farmers were urged sell early.", "grammar.passive-missing-to", "urged sell", "urged to sell"),
        ("He is thought have left.", "grammar.passive-missing-to", "thought have", "thought to have"),
        ("Pupils were asked bring lunch.", "grammar.passive-missing-to", "asked bring", "asked to bring"),
        ("Her failure pay the bill cost her.", "grammar.noun-bare-infinitive", "failure pay", "failure to pay"),
        ("That because the shop shut.", "grammar.this-is-because", "That because", "That is because"),
        ("We happy to help.", "grammar.pronoun-adjective-missing-be", "We happy", None),
        ("He knew that they afraid of him.", "grammar.pronoun-adjective-missing-be", "they afraid", None),
        ("This might one of the last chances.", "grammar.modal-be-one-of", "might one", None),
        ("My aunt and my uncle owns a shop.", "grammar.coordinated-subject-singular-verb", "owns", "own"),
        ("Sam and her sister plays in a band.", "grammar.coordinated-subject-singular-verb", "plays", "play"),
        ("Her brother manage a bank.", "grammar.singular-subject-base-verb", "manage", "manages"),
        ("The shop often sell out.", "grammar.singular-subject-base-verb", "sell", "sells"),
        ("She has a son whose friends was at the party.", "grammar.whose-plural-agreement", "was", "were"),
        ("The shops where still closed at noon.", "grammar.where-for-were-adverb", "where", "were"),
        ("Tickets where sold out in an hour.", "grammar.where-for-were-adverb", "where", "were"),
        ("Where they ready to leave?", "grammar.where-for-were-question", "Where", "Were"),
        ("I want to no how it works.", "grammar.no-for-know", "no", "know"),
        ("We no this road well.", "grammar.no-for-know", "no", "know"),
        ("She used to worked nights.", "grammar.to-regular-past", "worked", "work"),
        ("They decided to moved abroad.", "grammar.to-regular-past", "moved", "move"),
        ("She would like visit Rome.", "grammar.like-going-bare-verb", "like visit", "like to visit"),
        ("It is going rain later.", "grammar.like-going-bare-verb", "going rain", "going to rain"),
        ("It was an easiest win.", "grammar.superlative-without-the", "an easiest", "the easiest"),
        ("That was best thing to do.", "grammar.superlative-without-the", "best thing", "the best thing"),
        ("She is fond reading poems.", "grammar.adjective-gerund-preposition", "fond reading", "fond of reading"),
        ("He was keen joining the club.", "grammar.adjective-gerund-preposition", "keen joining", "keen on joining"),
        (
            "They are opposed building it.",
            "grammar.adjective-gerund-preposition",
            "opposed building",
            "opposed to building",
        ),
        (
            "The club apologized keeping fans waiting.",
            "grammar.verb-gerund-preposition",
            "apologized keeping",
            "apologized for keeping",
        ),
        ("He insisted paying the bill.", "grammar.verb-gerund-preposition", "insisted paying", "insisted on paying"),
        ("The park is full off birds.", "grammar.off-for-of-phrase", "off", "of"),
        ("He sat in the House off Lords.", "grammar.off-for-of-phrase", "off", "of"),
        ("She sent it too them.", "grammar.too-before-pronoun", "too", "to"),
        ("Bring it an it will be fixed.", "grammar.an-for-and-before-function-word", "an", "and"),
        ("He slipped as he got of the train.", "grammar.get-of-off", "of", "off"),
        ("Much more people came this year.", "grammar.much-more-plural", "Much more", "Many more"),
        ("They hired much more nurses.", "grammar.much-more-plural", "much more", "many more"),
        ("It is a secret between us, for him and I.", "grammar.preposition-you-and-i", "him and I", "him and me"),
        ("She sat with them and I at dinner.", "grammar.preposition-you-and-i", "them and I", "them and me"),
        ("We will be waiting you at the gate.", "grammar.wait-without-for", "waiting you", "waiting for you"),
        ("The firm was accused for fraud.", "grammar.accused-for", "for", "of"),
        (
            "New rules enable us view the data.",
            "grammar.object-bare-verb-noun-reading",
            "enable us view",
            "enable us to view",
        ),
        ("It was hard say no.", "grammar.adjective-bare-infinitive", "hard say", "hard to say"),
        ("She was glad help them.", "grammar.adjective-bare-infinitive", "glad help", "glad to help"),
    ],
)
def test_pattern_rules_report_the_slip_with_its_fix(text: str, rule: str, span: str, suggestion: str | None) -> None:
    assert_reports(found(text), rule, span, suggestion)


#: Correct sentences the pack's rules must leave alone (en-US and en-GB).
CORRECT = [
    "The film runs from start to finish without a break.",
    "On top of that, she is a poet at heart.",
    "He came first in the race and took second place in the final.",
    "At first sight, at first glance and on second thought it looked fine.",
    "It is a loan for first time buyers.",
    "Prices have risen since last year and will rise by next month.",
    "At last the rain stopped.",
    "She could not at first cope with it.",
    "She ended up in third position.",
    "They played part of the match in the rain.",
    "They played key parts in the talks.",
    "They will take part in the race, which will take place on Monday.",
    "We took care of it and took charge.",
    "It was done on the basis of trust.",
    "Not for long, and only to some extent.",
    "There is no shame in it, and the subject matter of the book is dark.",
    "In the course of the year, he grew.",
    "She took advantage when she could.",
    "He left home in search of work and in terms of cost it was cheap.",
    "All the players came, and half the staff left.",
    "He was none the wiser.",
    "Either these people know nothing or they lie.",
    "She was made captain and was asked questions.",
    "They were allowed home, and it was forced open.",
    "The move cost the club millions.",
    "Secret efforts keep outsiders in the dark.",
    "The decision means the plant closes.",
    "This, because it rained, was cancelled.",
    "He made it clear that he would go, and we found them ready to leave.",
    "It alone is enough, and they both agreed.",
    "Can one of you help?",
    "There will one day be a bridge.",
    "Every man and woman has a vote.",
    "The bed and breakfast is open all year.",
    "The government say they will act, and the couple live nearby.",
    "A man like him would know.",
    "A man whose son is ill came in.",
    "Staff will help in cases where already known, and grants go where still needed.",
    "Where you live matters.",
    "I no longer go there; it was to no avail.",
    "He is used to crowded trains and got used to armed guards.",
    "We are going home, and the firm is going bust.",
    "I'd like coffee, and we would like help.",
    "She is a best friend of mine, and it was a most welcome change.",
    "It is best practice to ask, and at best it was a draw.",
    "She came fifth as a fastest loser.",
    "They will be nervous going into the game.",
    "He pulled the front off the car.",
    "It was an extremely good year and it has an all new design.",
    "Me too.",
    "Most of the bus was empty.",
    "We need much more money, and it uses much more powerful chips.",
    "She allowed him access to the files, and we want them home soon.",
    "It is hard work, it was easy money, and it is good news.",
    "They are better off now.",
    "I'll send it to you and I will call, and it's up to you and I'm sure of it.",
    "We waited you out, and you will wait till you see it; if you wait you will see.",
    "She was accused for the first time, and he was accused for years of lying.",
]


def test_the_packs_rules_have_docs_examples_and_leave_correct_text_alone() -> None:
    check_pack(PACK_RULES, ("summary", "explanation", "message"), (US, GB), CORRECT)


def test_cli_reports_a_dropped_frame_with_its_position_and_fix(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nThe club won it for first time.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--select", "grammar.ordinal-missing-the", str(story)])
    assert result.exit_code == 1, result.output
    assert f"{story}:3:21: warning grammar.ordinal-missing-the" in result.output
    fixed = CliRunner().invoke(
        main, ["check", "--select", "grammar.ordinal-missing-the", "--fix", "--unsafe-fixes", str(story)]
    )
    assert story.read_text(encoding="utf-8") == "Title\n\nThe club won it for the first time.\n", fixed.output


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("Minister takes look at plans\n\nShe took look at them, and we won for first time.\n", "story.txt"),
        ("Club wins for first time 'in decades'\n\nShe took look at them, and we won for first time.\n", "story.txt"),
        ("# Club wins for first time\n\nShe took look at them, and we won for first time.\n", "story.md"),
        ("<h1>Minister takes look at plans</h1>\n<p>She took look at them, and we won for first time.</p>", "a.html"),
    ],
)
def test_headline_style_in_headings_is_left_alone(text: str, path: str) -> None:
    found = [(d.rule, d.line) for d in US.lint_text(text, path) if d.rule in RULES]
    line = 2 if path.endswith(".html") else 3
    assert found == [("grammar.take-look-article", line), ("grammar.ordinal-missing-the", line)]
