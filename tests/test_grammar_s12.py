"""Session 12 grammar rules (rules/grammar-s12.yaml), written from kinds of slip frequent in
learner and news writing rather than from evaluation sentences: 'of' dropped from a compound
preposition, 'be' dropped after 'who'/'which' before an adjective and from a passive after a
subject pronoun, a manner adverb between 'speak' and the language, 'one' for 'once' in set
phrases, a passive without 'was'/'were' after a noun subject when the sentence has no other
verb, an -s form after an infinitive's 'to', and real-word slips in set frames ('There where',
'to good', 'one again', 'Get of'). Sentences written here."""

from __future__ import annotations

import pytest
import yaml

from copylint import Linter
from pack_examples import GB, ROOT, US, assert_flagged_alone, assert_reports, check_pack, found

PACK = ROOT / "rules" / "grammar-s12.yaml"
PACK_RULES = yaml.safe_load(PACK.read_text(encoding="utf-8"))["rules"]
OF = "grammar.compound-preposition-missing-of"
RELATIVE = "grammar.relative-adjective-missing-be"
PASSIVE = "grammar.pronoun-passive-missing-be"
SPEAK = "grammar.speak-well-language"
ONCE = "grammar.once-set-phrase"


@pytest.mark.parametrize(
    ("text", "rule", "span", "suggestion"),
    [
        ("The bus stopped in front the school.", OF, "in front the", "in front of the"),
        ("A flag flew on top the tower.", OF, "on top the", "on top of the"),
        ("The board voted in favor a merger.", OF, "in favor a", "in favor of a"),
        ("Prices rose in the aftermath the war.", OF, "in the aftermath the", "in the aftermath of the"),
        ("Everyone is welcome regardless their age.", OF, "regardless their", "regardless of their"),
        ("She finally got hold the manager.", OF, "hold the", "hold of the"),
        ("Pupils who eligible for free meals get one.", RELATIVE, "who eligible", "who is eligible"),
        ("A driver who unaware of the rule was fined.", RELATIVE, "who unaware", "who is unaware"),
        ("The player, who born in Lagos, moved young.", RELATIVE, "who born", "who is born"),
        ("Police said she detained at the airport.", PASSIVE, "she detained", "she was detained"),
        ("We hospitalised after the accident.", PASSIVE, "We hospitalised", "We were hospitalised"),
        ("Last year he banned for two matches.", PASSIVE, "he banned", "he was banned"),
        ("Our guide spoke very well German.", SPEAK, "very well German", "German very well"),
        ("Few pupils write perfectly Latin.", SPEAK, "perfectly Latin", "Latin perfectly"),
        ("I see her one in a while.", ONCE, "one", "once"),
        (
            "The club captain fined for dissent.",
            "grammar.noun-passive-missing-be",
            "captain fined",
            "captain was fined",
        ),
        (
            "Two guards injured in the attack.",
            "grammar.noun-passive-missing-be",
            "guards injured",
            "guards were injured",
        ),
        ("We need to finds a new home.", "grammar.to-verb-s-form", "to finds", "to find"),
        ("They plan to sells the house.", "grammar.to-verb-s-form", "to sells", "to sell"),
        ("He is going to makes a speech.", "grammar.to-verb-s-form", "to makes", "to make"),
        ("Most of us was late.", "grammar.quantifier-of-verb-s", "was", "were"),
        ("Lots of people wants a change.", "grammar.quantifier-of-verb-s", "wants", "want"),
        ("Some of our neighbours works at night.", "grammar.quantifier-of-verb-s", "works", "work"),
        ("The bank lent they the money.", "grammar.subject-pronoun-object", "they", "them"),
        ("Nobody sent she a card.", "grammar.subject-pronoun-object", "she", "her"),
        ("The waiter brought we the bill.", "grammar.subject-pronoun-object", "we", "us"),
        ("She has met her husband in Spain last summer.", "grammar.perfect-past-time", "has met", "met"),
        ("They have sold the house last month.", "grammar.perfect-past-time", "have sold", "sold"),
        ("Almost teachers agree with it.", "grammar.almost-plural-noun", "Almost", "Almost all"),
        ("Many cars damaged by the flood.", "grammar.noun-passive-missing-be", "cars damaged", "cars were damaged"),
        ("You must not sure of it.", "grammar.modal-not-adjective", "must not sure", "must not be sure"),
        ("The test will hard for them.", "grammar.modal-not-adjective", "will hard", "will be hard"),
        ("We usually will eat at six.", "grammar.frequency-adverb-before-modal", "usually will", "will usually"),
        ("They come always to class late.", "grammar.verb-adverb-to-place", "come always", "always come"),
        ("There where several reasons for it.", "grammar.there-where-were", "There where", "There were"),
        ("The film was to long.", "grammar.to-for-too-good-long", "to", "too"),
        ("She tried it one again.", "grammar.one-for-once-again", "one again", "once again"),
        ("Get of my bag!", "grammar.get-of-off-imperative", "of", "off"),
        ("I am afraid to loose you.", "grammar.lose-loose", "loose", "lose"),
        ("The lights went out all at one.", ONCE, "one", "once"),
    ],
)
def test_pattern_rules_report_the_slip_with_its_fix(text: str, rule: str, span: str, suggestion: str) -> None:
    assert_reports(found(text), rule, span, suggestion)


#: Correct near misses of each rule's trigger (en-US and en-GB), none flagged by the family.
CORRECT = [
    "He sat in front.",
    "They finished on top again this year.",
    "The party came out on top the following year.",
    "We are in favour this time.",
    "He got a firm hold on the rope.",
    "She stood in the middle, the crowd around her.",
    "The heart the team showed was remarkable.",
    "He went by way of Paris.",
    "Regardless, the vote went ahead.",
    "They pressed on regardless.",
    "She is the one who likely knew the answer.",
    "I wonder which new phones will sell.",
    "People who used to live here came back.",
    "Shops which close at five lose trade.",
    "Those who qualified for the final were happy.",
    "The men who, aware of the risk, stayed home were right.",
    "Police arrested him on Sunday.",
    "He charged at the door.",
    "They married in 1990.",
    "The officer who arrested him was praised.",
    "We hired from abroad last year.",
    "She named her dog after him.",
    "Who appointed him as chair?",
    "She reads well for her age.",
    "He speaks well, English teachers say.",
    "He spoke well of English cooking.",
    "She understands perfectly English people's humour.",
    "One in a million people have it.",
    "They were all at one with nature.",
    "He is at one with himself.",
    "The guard injured in the attack is recovering.",
    "The captain fined for dissent will appeal.",
    "Two guards injured in the attack, officials said.",
    "He agreed to talks with the union.",
    "They are going to talks in Geneva.",
    "The people I wrote to says nothing.",
    "There, where the river bends, we swam.",
    "The aim is to good effect.",
    "We are to long for peace.",
    "Which one again?",
    "Give me one again.",
    "Get rid of it.",
    "Get out of the car.",
]


def test_the_packs_rules_have_docs_examples_and_leave_correct_text_alone() -> None:
    check_pack(PACK_RULES, ("summary", "explanation", "message"), (US, GB), CORRECT)


@pytest.mark.parametrize("rule_id", [str(r["id"]) for r in PACK_RULES])
def test_bad_examples_are_flagged_alone_and_good_ones_left_alone(rule_id: str) -> None:
    rule = US.registry.rules[rule_id]
    assert rule.meta.bad and rule.meta.good
    for example in rule.meta.bad:
        assert_flagged_alone(US, example, {rule_id})
        assert_flagged_alone(GB, example, {rule_id})
    for example in rule.meta.good:
        for linter in (US, GB):
            assert [d.rule for d in linter.lint_text(example, "story.md") if d.rule == rule_id] == [], example


PASSIVE_NOUN = "grammar.noun-passive-missing-be"
OPT_IN = {"grammar.frequency-adverb-before-modal", "grammar.noun-passive-missing-be"}


@pytest.mark.parametrize("rule_id", [str(r["id"]) for r in PACK_RULES])
def test_pack_rules_are_on_by_default_but_the_opt_in_one(rule_id: str) -> None:
    lint = Linter({"language": "en-US"}, plugins=False)
    rule = lint.registry.rules[rule_id]
    assert rule.meta.enabled is (rule_id not in OPT_IN)
    assert (rule_id in {d.rule for d in lint.lint_text(rule.meta.bad[0], "story.md")}) is (rule_id not in OPT_IN)


def test_a_bold_subhead_or_caption_is_not_flagged_by_default() -> None:
    # the shape of noun-passive-missing-be, which is opt-in for that reason
    text = "# Raid\n\n**Two men arrested in Leeds raid**\n\n*Two fans injured in the crush*\n"
    default = Linter({"language": "en-US"}, plugins=False)
    assert [d.rule for d in default.lint_text(text, "story.md") if d.family == "grammar"] == []
    assert PASSIVE_NOUN in {d.rule for d in US.lint_text(text, "story.md")}  # the rule itself would flag it


def test_headlines_and_quotes_are_left_alone() -> None:
    assert [d.rule for d in US.lint_text("# Man Arrested In Front The Station\n", "story.md") if d.rule == OF] == []
    assert [
        d.rule for d in US.lint_text('He said: "They injured in the crash."', "story.md") if d.rule == PASSIVE
    ] == []
