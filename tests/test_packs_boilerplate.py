"""The boilerplate pack: scraped-page leftovers are flagged as whole lines, ordinary sentences
about clicking, sharing, cookies or subscriptions are not, and positions are exact."""

from __future__ import annotations

from functools import lru_cache

import pytest

from copylint import Linter, Severity
from copylint.packs import load_pack
from copylint.registry import builtin_packs_dir

PACK = builtin_packs_dir() / "boilerplate.yaml"


@lru_cache(maxsize=1)
def _linter() -> Linter:
    return Linter({"select": ["boilerplate"]}, plugins=False)


def found(text: str, path: str = "page.txt") -> list[tuple[str, str]]:
    return [(d.rule, text[d.offset : d.end_offset]) for d in _linter().lint_text(text, path)]


LEFTOVERS = [
    ("Click here to subscribe", "boilerplate.call-to-action"),
    ("Click here to read the full report.", "boilerplate.call-to-action"),
    ("Download our free app", "boilerplate.call-to-action"),
    ("Follow us on Twitter and Facebook", "boilerplate.call-to-action"),
    ("Find out more", "boilerplate.call-to-action"),
    ("Continue reading", "boilerplate.call-to-action"),
    ("Watch the video", "boilerplate.call-to-action"),
    ("Share this article", "boilerplate.share-prompt"),
    ("Share on WhatsApp", "boilerplate.share-prompt"),
    ("Facebook | Twitter | Email | Print", "boilerplate.share-prompt"),
    ("Tap here to join the discussion.", "boilerplate.comment-prompt"),
    ("Leave a comment", "boilerplate.comment-prompt"),
    ("Comments (12)", "boilerplate.comment-prompt"),
    ("What do you think? Let us know in the comments below.", "boilerplate.comment-prompt"),
    ("Sign up for our free morning newsletter.", "boilerplate.subscription-prompt"),
    ("Get the latest headlines delivered straight to your inbox", "boilerplate.subscription-prompt"),
    ("Already a subscriber? Log in", "boilerplate.subscription-prompt"),
    ("You have reached your limit of free articles this month.", "boilerplate.subscription-prompt"),
    ("Enter your email address", "boilerplate.subscription-prompt"),
    (
        "We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.",
        "boilerplate.cookie-notice",
    ),
    ("Accept all cookies", "boilerplate.cookie-notice"),
    ("Do not sell my personal information", "boilerplate.cookie-notice"),
    ("Advertisement", "boilerplate.advertisement"),
    ("ADVERTISEMENT", "boilerplate.advertisement"),
    ("— Advertisement —", "boilerplate.advertisement"),
    ("Story continues below advertisement", "boilerplate.advertisement"),
    ("Recommended by Outbrain", "boilerplate.advertisement"),
    (
        "The views expressed in the contents above are those of our users and do not necessarily reflect the views of"
        " MailOnline.",
        "boilerplate.forum-disclaimer",
    ),
    ("Comments are closed.", "boilerplate.forum-disclaimer"),
    ("By posting your comment, you agree to our house rules.", "boilerplate.forum-disclaimer"),
    ("Read more", "boilerplate.navigation"),
    ("Read more: Council tax to rise by 5%", "boilerplate.navigation"),
    ("» Read more", "boilerplate.navigation"),
    ("Related: Bus fares frozen for a year", "boilerplate.navigation"),
    ("More on this story", "boilerplate.navigation"),
    ("Most read", "boilerplate.navigation"),
    ("Published 3 hours ago", "boilerplate.navigation"),
    ("Media playback is unsupported on your device", "boilerplate.navigation"),
    ("Image copyright Getty Images", "boilerplate.image-credit"),
    ("(Photo by Jane Doe/Getty Images)", "boilerplate.image-credit"),
    ("Photo: AFP", "boilerplate.image-credit"),
    ("Copyright 2024 The Associated Press. All rights reserved.", "boilerplate.copyright-notice"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "boilerplate.copyright-notice"),
]


@pytest.mark.parametrize("line, rule", LEFTOVERS, ids=[line[:40] for line, _ in LEFTOVERS])
def test_scraped_line_fires_exactly_one_rule(line: str, rule: str) -> None:
    text = f"Council approves bus lanes\n\nThe council voted on Tuesday to add six bus lanes.\n\n{line}\n"
    assert [r for r, _ in found(text)] == [rule]


ORDINARY = [
    "Users who click a link in the email are taken to a fake bank page.",
    "Click here, the sign said, and thousands did.",
    "Readers were asked to click here and there on the map to find their street.",
    "Shares in the company fell 4% on Tuesday.",
    "She shared a photo of the flood on Facebook.",
    "Share prices rose.",
    "Regulators say many websites use cookies to track visitors without consent.",
    '"We use cookies to keep the site running and we ask for consent," a spokesman said.',
    "The newsletter, launched in 2019, now has 40,000 subscribers.",
    "Readers who subscribe before Friday will pay the old price.",
    "The advertisement was banned by the watchdog last week.",
    "Advertising revenue fell by 8% in the second quarter.",
    "Comments made by the minister caused anger.",
    "The views expressed at the meeting were mostly hostile to the plan.",
    "Read more widely, the report says, and children's vocabulary grows.",
    "Related charities will share the money.",
    "Getty Images declined to comment on the lawsuit.",
    "The band lost the copyright to its early songs in 1998.",
    "Published in 1998, the novel has sold a million copies.",
    "Follow the money, the investigators were told.",
    "Thank you for your support, she told the crowd.",
    "Sign up numbers fell for the third year.",
    "Email",
    "Print",
    "Share",
    "Comments",
    "| Party | Votes | Share |\n|---|---|---|\n| Labour | 9,552,436 | 35.2% |",
]


@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_sentences_are_not_flagged(sentence: str) -> None:
    assert found(sentence + "\n") == []
    assert found(f"Headline here\n\n{sentence}\n") == []
    assert found(f"# Headline here\n\n{sentence}\n", "story.md") == []


def test_a_leftover_inside_a_sentence_is_not_flagged() -> None:
    text = "The page told readers to tap here to join the discussion, but the forum had closed."
    assert found(text) == []


def test_long_lines_are_not_whole_line_leftovers() -> None:
    text = "Read more: " + " ".join(["the council said the plan would go ahead"] * 3)
    assert found(text) == []


def test_a_line_with_a_url_is_reported_up_to_the_url() -> None:
    text = "Bus lanes approved\n\nRead more at https://example.com/buses\n"
    (d,) = _linter().lint_text(text, "page.txt")
    assert (d.rule, d.line, d.column, d.end_column) == ("boilerplate.navigation", 3, 1, 13)


def test_positions_in_markdown() -> None:
    text = (
        "# Bus lanes approved\n\n"
        "The council voted on Tuesday to add six bus lanes.\n\n"
        "- Share this article\n\n"
        "Read more: [How bus lanes work](https://example.com/lanes)\n\n"
        "> Tap here to join the discussion.\n"
    )
    got = [(d.rule, d.line, d.column) for d in _linter().lint_text(text, "story.md")]
    assert got == [
        ("boilerplate.share-prompt", 5, 3),
        ("boilerplate.navigation", 7, 1),
        ("boilerplate.comment-prompt", 9, 3),
    ]


def test_positions_in_html() -> None:
    text = (
        "<article>\n  <h1>Bus lanes approved</h1>\n"
        "  <p>The council voted on Tuesday.</p>\n"
        '  <div class="ad"><span>Advertisement</span></div>\n'
        '  <p>We use cookies to improve your experience &amp; to show ads. <a href="/privacy">Privacy policy</a></p>\n'
        "</article>\n"
    )
    got = [(d.rule, d.line, d.column) for d in _linter().lint_text(text, "page.html")]
    assert got == [
        ("boilerplate.advertisement", 4, text.split("\n")[3].index("Advertisement") + 1),
        ("boilerplate.cookie-notice", 5, text.split("\n")[4].index("We use") + 1),
    ]


def test_severities() -> None:
    severity = {r.meta.id: r.meta.severity for r in load_pack(PACK)}
    assert severity["boilerplate.cookie-notice"] is Severity.ERROR
    assert severity["boilerplate.advertisement"] is Severity.ERROR
    assert severity["boilerplate.call-to-action"] is Severity.WARNING
    assert severity["boilerplate.image-credit"] is Severity.SUGGESTION


def test_every_rule_is_a_whole_line_rule() -> None:
    for rule in load_pack(PACK):
        assert rule.scope == ("line",) and rule.whole and rule.max_words, rule.meta.id


@pytest.mark.parametrize("rule", load_pack(PACK), ids=lambda r: r.meta.id)
def test_bad_examples_fire_only_their_rule_and_good_ones_nothing(rule) -> None:  # type: ignore[no-untyped-def]
    for example in rule.meta.bad:
        assert {r for r, _ in found(example + "\n")} == {rule.meta.id}, example
    for example in rule.meta.good:
        assert found(example + "\n") == [], example
