"""The dropped-word, agreement/complement and clause-form grammar packs
(rules/grammar-dropped-words.yaml, rules/grammar-agreement-complements.yaml,
rules/grammar-clause-forms.yaml) and the context-slip pack (rules/grammar-context-slips.yaml)
through the public API and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from copylint.cli import main
from pack_examples import GB, ROOT, US, assert_reports, check_pack, found

PACKS = [
    ROOT / "rules" / "grammar-dropped-words.yaml",
    ROOT / "rules" / "grammar-agreement-complements.yaml",
    ROOT / "rules" / "grammar-clause-forms.yaml",
    ROOT / "rules" / "grammar-context-slips.yaml",
]
PACK_RULES = [r for pack in PACKS for r in yaml.safe_load(pack.read_text(encoding="utf-8"))["rules"]]
RULES = {r["id"] for r in PACK_RULES}


@pytest.mark.parametrize(
    ("text", "rule", "span", "suggestion"),
    [
        (
            "Prices rose, according official figures.",
            "grammar.according-without-to",
            "according official",
            "according to official",
        ),
        ("The walls must painted by Friday.", "grammar.modal-participle", "must painted", None),
        ("It will done by Friday.", "grammar.modal-participle", "will done", None),
        ("Such forms cannot signed by proxy.", "grammar.modal-participle", "cannot signed", None),
        ("Two of the men been charged.", "grammar.been-without-have", "men been", None),
        ("There could more delays next week.", "grammar.there-modal-be", "could more", "could be more"),
        ("It was signed as part a wider deal.", "grammar.fixed-phrase-missing-of", "as part a", "as part of a"),
        ("It was held prior the election.", "grammar.fixed-phrase-missing-of", "prior the", "prior to the"),
        ("Shares fell as result.", "grammar.fixed-phrase-missing-of", "as result", "as a result"),
        ("We saw a lot birds in the park.", "grammar.quantity-without-of", "lot birds", "lot of birds"),
        ("The bank is likely raise rates.", "grammar.be-adjective-bare-verb", "likely raise", "likely to raise"),
        (
            "Voters who wants change will be heard.",
            "grammar.relative-verb-agreement",
            "Voters who wants",
            "Voters who want",
        ),
        ("She and her brother owns the farm.", "grammar.pronoun-coordinated-verb", "owns", "own"),
        ("A number of shops is closing.", "grammar.quantity-of-plural-verb", "is", "are"),
        (
            "They insisted to see the manager.",
            "grammar.verb-preposition-gerund",
            "insisted to see",
            "insisted on seeing",
        ),
        (
            "Rules prevent staff to accept gifts.",
            "grammar.verb-preposition-gerund",
            "prevent staff to accept",
            "prevent staff from accepting",
        ),
        ("The coach will than pick the side.", "grammar.than-for-then", "than", "then"),
        ("Some said the ministers where angry.", "grammar.where-for-were-noun", "where", "were"),
        ("Why you said that?", "grammar.question-missing-auxiliary", "Why you said", None),
        ("Do you want seeing it?", "grammar.verb-ing-for-infinitive", "want seeing", "want to see"),
        ("After an hour we felt confusing.", "grammar.feel-ing-adjective", "confusing", None),
        ("The news were bad for the firm.", "grammar.singular-s-noun-verb", "news were", None),
        ("He was married with her for years.", "grammar.married-with-pronoun", "married with", "married to"),
        ("Bring a coat: its snowing.", "grammar.its-progressive", "its", "it's"),
        ("She was short of breathe at the top.", "grammar.breath-breathe", "breathe", "breath"),
        ("Engineers must device a fix.", "grammar.device-devise", "device", "devise"),
        ("She claimed a silver metal in Paris.", "grammar.medal-metal", "metal", "medal"),
        ("He is dying his beard grey.", "grammar.dyeing-dying", "dying", "dyeing"),
        ("Their farther was a miner.", "grammar.father-farther", "farther", "father"),
        ("They payed a high price.", "grammar.paid-payed", "payed", "paid"),
        ("She preceded to read the letter.", "grammar.proceed-precede", "preceded", "proceeded"),
        ("My aunt learned me how to knit.", "grammar.learn-teach", "learned me", "taught me"),
        ("The row rose fears of a strike.", "grammar.rise-with-object", "rose fears", "raised fears"),
        ("We stayed their for a week.", "grammar.their-for-there", "their", "there"),
        ("A man jumped of the roof.", "grammar.motion-of-off", "of", "off"),
        ("Most off the staff left.", "grammar.quantity-off-of", "Most off", "Most of"),
        ("We asked them too put it right.", "grammar.too-for-to-verb", "too", "to"),
    ],
)
def test_pattern_rules_report_the_slip_with_its_fix(text: str, rule: str, span: str, suggestion: str | None) -> None:
    assert_reports(found(text), rule, span, suggestion)


#: Correct sentences the pack's rules must leave alone (en-US and en-GB).
CORRECT = [
    "Everything went according to plan, according to the police.",
    "The crowd rose, according them a standing ovation.",
    "He could have done more, and it can be done again.",
    "Has the company been fined, and have the police been told?",
    "Having long been a rival, the firm merged.",
    "Getting there will cost a lot.",
    "Prices will likely rise, and the shop will open on Monday.",
    "How can excellent be described?",
    "He is by no means the only one, in spite of the rain.",
    "A lot more people came, and thousands more fans arrived.",
    "The table is set for six, and she is ready now.",
    "It is about time we left.",
    "She is one of the players who scores most.",
    "The head of the companies that owns it spoke.",
    "He told reporters that it was over.",
    "He and everyone else knows it.",
    "The number of companies is growing.",
    "He insisted to reporters that he was innocent.",
    "He succeeded to the throne.",
    "She left earlier than he did.",
    "The roads where possible are gritted.",
    "What you want is rest.",
    "How come you left?",
    "When you feed him, how many do you feed him?",
    "We want housing for everyone.",
    "It feels boring after a while.",
    "The news channels are full of it.",
    "He is married with two children.",
    "The firm kept its going rate.",
    "We have been engaged with them for two years.",
    "Let the wine breathe; they breathe the fumes.",
    "The device was new, and they added it to device settings.",
    "They won a metal detector.",
    "He was dying of cancer.",
    "They walked farther north.",
    "The sailor payed out the line.",
    "The speech preceded the vote.",
    "I learned how to swim and we learned it by heart.",
    "Rising prices and the rise in taxes hit families.",
    "They did their best and made their way home.",
    "It was a jump of the imagination, and the climb of the hill took hours.",
    "They sold some off the back of a lorry and will hold off the challenge.",
    "He finished one off the lead.",
    "It was too big a risk and he came too late.",
    "It was an investment, and she made an offer.",
    "There will no doubt be a vote, and there can no longer be any doubt.",
    "There will one day be a bridge.",
    "The album was released as part 2 of the series.",
    "The film is about love, and he was bound hand and foot.",
    "The data that shows a rise was published.",
    "Folk who live here know it.",
    "What you see is what you get?",
    "It doesn't feel exciting any more.",
    "Sky News are reporting it.",
    "The club held its going away party.",
]


def test_the_packs_rules_have_docs_examples_and_leave_correct_text_alone() -> None:
    check_pack(PACK_RULES, ("summary", "explanation"), (US, GB), CORRECT)


def test_cli_reports_a_dropped_word_rule_with_its_position(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nPrices rose, according official data.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--select", "grammar.according-without-to", str(story)])
    assert result.exit_code == 1, result.output
    assert f"{story}:3:14: warning grammar.according-without-to" in result.output
