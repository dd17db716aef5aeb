"""Sentence splitting, tokens, quotations and masks."""

from __future__ import annotations

import pytest

from copylint import read_document
from copylint.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices rose. Shares fell.", ["Prices rose.", "Shares fell."]),
        ("Dr. Jones met Mr. Smith on Feb. 3. They talked.", ["Dr. Jones met Mr. Smith on Feb. 3.", "They talked."]),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("He lives in the U.S. The rest moved.", ["He lives in the U.S.", "The rest moved."]),
        ("Growth was 3.5 percent. Good.", ["Growth was 3.5 percent.", "Good."]),
        ("It starts at 10 a.m. Monday in Ala. Then it ends.", ["It starts at 10 a.m. Monday in Ala.", "Then it ends."]),
        ("John F. Kennedy spoke. Crowds cheered!", ["John F. Kennedy spoke.", "Crowds cheered!"]),
        ('"We won," she said. "It was hard."', ['"We won," she said.', '"It was hard."']),
        ("He waited... and waited. Then left?", ["He waited... and waited.", "Then left?"]),
        ("She lives at No. 10 Downing Street. Yes.", ["She lives at No. 10 Downing Street.", "Yes."]),
        ("Why? Because. Fine", ["Why?", "Because.", "Fine"]),
        ("Acme Ltd. The firm said so.", ["Acme Ltd.", "The firm said so."]),
    ],
)
def test_news_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentences_stay_inside_blocks() -> None:
    doc = read_document("Headline here\n\nFirst para. Second sentence.\n\nNext para", "a.txt")
    assert [doc.text(s.span) for s in doc.sentences] == [
        "Headline here",
        "First para.",
        "Second sentence.",
        "Next para",
    ]
    assert [s.block for s in doc.sentences] == [0, 1, 1, 2]
    assert doc.blocks[0].kind == "heading"


def test_tokens() -> None:
    doc = read_document("The U.S. firm's e-mail didn't reach 3 co-workers at 10:30.", "a.txt")
    assert [t.text for t in doc.tokens] == [
        "The",
        "U.S.",
        "firm's",
        "e-mail",
        "didn't",
        "reach",
        "3",
        "co-workers",
        "at",
        "10",
        "30",
    ]


@pytest.mark.parametrize(
    "text, quoted",
    [
        ('He said "we will win" today.', ['"we will win"']),
        ("He said “we will win” today.", ["“we will win”"]),
        (
            "She said: “It is over. We lost. ‘Never again,’ they said.” Then silence.",
            ["“It is over. We lost. ‘Never again,’ they said.”"],
        ),
        ("The boys' bikes and the girls' cars.", []),
        ("He called it 'a disgrace' on Monday.", ["'a disgrace'"]),
        ("“This quote runs on to the next paragraph", ["“This quote runs on to the next paragraph"]),
        ("It's 6 o'clock and they're late.", []),
    ],
)
def test_quotes(text: str, quoted: list[str]) -> None:
    doc = read_document(text, "a.txt")
    assert [doc.text(q) for q in doc.quotes] == quoted


def test_masks_urls_emails_code() -> None:
    doc = read_document("Write to news@example.com or see https://example.com/a-b, or run `rm -rf` now.", "a.txt")
    kinds = {m.kind: doc.text(m.span) for m in doc.masks}
    assert kinds["email"] == "news@example.com"
    assert kinds["url"] == "https://example.com/a-b"
    assert kinds["code"] == "`rm -rf`"


def test_plain_text_bullets_are_list_items() -> None:
    text = "Headline\n\nThe plan has three parts:\n- cut fares by 10%\n- run more buses\n  at night\n* and hire drivers\n\nEnd."
    doc = read_document(text, "a.txt")
    assert [(b.kind, doc.text(b.span)) for b in doc.blocks] == [
        ("heading", "Headline"),
        ("paragraph", "The plan has three parts:"),
        ("list-item", "cut fares by 10%"),
        ("list-item", "run more buses\n  at night"),
        ("list-item", "and hire drivers"),
        ("paragraph", "End."),
    ]
    item = doc.blocks[3].span
    assert doc.location(item)[:2] == (5, 3)


@pytest.mark.parametrize(
    "text, urls",
    [
        ("See WWW.BBC.CO.UK/news or HTTP://Example.com/x today.", ["WWW.BBC.CO.UK/news", "HTTP://Example.com/x"]),
        # a chunk longer than the first window read back for its start
        (
            "Visit " + "a" * 100 + ".example.co.uk now, or news.bbc.co.uk.",
            ["a" * 100 + ".example.co.uk", "news.bbc.co.uk"],
        ),
        ("It cost 3.5m. At e.g. the U.S. site, no address.", []),
        ("one.two.three.com\nfour.org", ["one.two.three.com", "four.org"]),
    ],
)
def test_bare_domains_and_urls(text: str, urls: list[str]) -> None:
    doc = read_document(text, "a.txt")
    assert [doc.text(m.span) for m in doc.masks if m.kind == "url"] == urls


def test_a_title_before_a_line_break_and_a_period_ends_no_sentence() -> None:
    # the word before a period is read past a line break just before it ("Gov" here)
    assert sentences("Talks with Gov\n. Smith went home.") == ["Talks with Gov\n. Smith went home."]
    assert sentences("Talks with them\n. Smith went home.") == ["Talks with them\n.", "Smith went home."]
