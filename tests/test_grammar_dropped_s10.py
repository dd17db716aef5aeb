"""The session 10 dropped-word pack (rules/grammar-dropped-s10.yaml): auxiliaries, 'to', 'of' and
'the' dropped from a clause, through the public API. Sentences written here."""

from __future__ import annotations

import pytest
import yaml

from pack_examples import GB, ROOT, US, assert_reports, check_pack, found

PACK = ROOT / "rules" / "grammar-dropped-s10.yaml"
PACK_RULES = yaml.safe_load(PACK.read_text(encoding="utf-8"))["rules"]


@pytest.mark.parametrize(
    ("text", "rule", "span", "suggestion"),
    [
        ("Officials said it planning a new law.", "grammar.pronoun-ing-missing-auxiliary", "it planning", None),
        ("I still waiting for the refund.", "grammar.pronoun-ing-missing-auxiliary", "I still waiting", None),
        ("Drivers who queuing at the pumps were angry.", "grammar.pronoun-ing-missing-auxiliary", "who queuing", None),
        ("Players who been injured will rest.", "grammar.relative-been-missing-have", "who been", None),
        ("It not likely that prices will fall.", "grammar.pronoun-not-missing-be", "It not", None),
        ("Stocks fell ahead the holiday.", "grammar.ahead-missing-of", "ahead the", "ahead of the"),
        ("Inflation in UK fell to 2%.", "grammar.country-missing-the", "in UK", "in the UK"),
        ("She will miss rest of the tour.", "grammar.part-noun-missing-the", "miss rest", "miss the rest"),
        ("The vote will decide fate of the bill.", "grammar.part-noun-missing-the", "decide fate", "decide the fate"),
        ("The club hopes sign the striker.", "grammar.verb-bare-infinitive-object", "hopes sign", "hopes to sign"),
        ("Rebels vowed fight the army.", "grammar.verb-bare-infinitive-object", "vowed fight", "vowed to fight"),
        (
            "The firm declined comment the report.",
            "grammar.verb-bare-infinitive-object",
            "declined comment",
            "declined to comment",
        ),
        ("The party pledged abolish the tax.", "grammar.verb-bare-infinitive", "pledged abolish", "pledged to abolish"),
        ("It was the only way survive.", "grammar.way-bare-verb", "way survive", "way to survive"),
        ("Nobody told us where find the key.", "grammar.how-bare-verb", "where find", "where to find"),
        ("Most them live abroad.", "grammar.partitive-pronoun-missing-of", "Most them", "Most of them"),
        ("The number cases rose sharply.", "grammar.number-lack-missing-of", "number cases", "number of cases"),
        ("We need some sort plan.", "grammar.number-lack-missing-of", "sort plan", "sort of plan"),
        ("Sales have fallen but they been steady since.", "grammar.clause-pronoun-been", "they been", None),
    ],
)
def test_pattern_rules_report_the_slip_with_its_fix(text: str, rule: str, span: str, suggestion: str | None) -> None:
    assert_reports(found(text), rule, span, suggestion)


#: Correct sentences the pack's rules must leave alone (en-US and en-GB).
CORRECT = [
    "Are they still waiting for news?",
    "Why were he and she arguing?",
    "He being the captain, the decision was his.",
    "They kept it running and found it lacking.",
    "While he was still looking for work, he moved.",
    "He not only won but set a record.",
    "It is not clear, and they were not told.",
    "The talks went ahead the next day, and the year ahead looks hard.",
    "Shares rose ahead of the results.",
    "Prices in US dollars rose, and UK firms and EU rules were blamed.",
    "Goods were made by US, British and Swiss firms.",
    "He was on the receiving end of it and she finished top of the class.",
    "In future, of course, we will check.",
    "The rest of the team left, and the future of the club is safe.",
    "The plans cut the costs, and its promises include a rebate.",
    "She continued work on the bridge.",
    "That is the best way forward and the only way out.",
    "I know how you feel; how come they left?",
    "The majority shareholder sold, and he was the number one seed.",
    "This type approval process is slow.",
    "Where have they been?",
    "They gave some them.",
]


def test_the_packs_rules_have_docs_examples_and_leave_correct_text_alone() -> None:
    check_pack(PACK_RULES, ("summary", "explanation", "message"), (US, GB), CORRECT)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The minister praised club's new plan.", "club"),
        ("He was sacked after criticising team's owner.", "team"),
        ("Shares fell on bank's weak results.", "bank"),
    ],
)
def test_possessive_missing_article_flags_the_noun(text: str, span: str) -> None:
    hits = [(r, s, sugg) for r, s, sugg in found(text) if r == "grammar.possessive-missing-article"]
    assert hits and hits[0][1] == span and hits[0][2][0] == f"the {span}", found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister praised the council's new plan.",
        "She will serve as company's agent under the contract.",
        "Does teacher's pay rise this year?",
        "He spoke of children's rights and workers' pay.",
        "The deal should be signed by year's end.",
        "It fell to Britain's lowest level.",
    ],
)
def test_possessive_missing_article_leaves_correct_text_alone(text: str) -> None:
    for linter in (US, GB):
        assert [
            d.rule for d in linter.lint_text(text, "story.md") if d.rule == "grammar.possessive-missing-article"
        ] == []
