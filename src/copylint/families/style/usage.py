"""Usage: "more than"/"over", toward(s), email, website, internet, loaded speech verbs, "&"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint import matching
from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.style.common import BODY, EVERYWHERE, finditer, flag, next_word, previous_word, sentence_start
from copylint.families.style.presets import preset_for
from copylint.rule import Context, rule
from copylint.toolkit import match_case

_NUMBER_AHEAD = (
    r"(?=[$£€¥]?\d|(?:a |one )?(?:hundred|thousand|million|billion|dozen)\b"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"
)
OVER = matching.compile(rf"\b(?P<over>[Oo]ver)[ \u00a0]{_NUMBER_AHEAD}")
_TIME_UNITS = matching.compile(
    r"[$£€¥]?[\d,.]+[ \u00a0-]?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|seasons?|nights?|games?|matches|laps?|holes?"
    r"|m|km|metres?|meters?|miles?|yards?|hurdles|furlongs?)\b"
    r"|\S+[ \u00a0]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|seasons?|nights?)\b",
    re.IGNORECASE,
)
_AGE_GROUP = matching.compile(r"\d+['’]?s\b")
_OVER_IDIOM_BEFORE = frozenset(
    "just well slightly little way over all the won win wins victory lead leads led are is was were be being aged".split()
)


@rule(
    "style.more-than",
    "'more than' rather than 'over' with figures (British preset; AP accepts both since 2014).",
    severity="suggestion",
    fixable=True,
    source="Guardian and Observer style guide: 'over'; AP Stylebook: 'more than, over' (before 2014)",
    bad=["Over 200 people signed the petition."],
    good=["More than 200 people signed the petition.", "Talks went on over 10 years.", "It was just over 50."],
    example_config={"style": {"preset": "bbc"}},
)
def more_than(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Many British desks keep "over" for position and time and write "more than" for
    quantities: "more than 200 people". AP dropped the distinction in 2014, so the `ap` preset
    does not run this check (turn it on with `more-than: true`). Left alone: periods of time
    ("over 10 years" often means "during"), distances ("6.6 seconds over 60m"), ages ("they are
    over 18"), "just over", "well over", and sport ("a win over ...")."""
    if not preset_for(ctx).more_than:
        return
    prose = doc.prose
    for m in finditer(doc, OVER):
        ahead = prose[m.end() : m.end() + 30]
        if _TIME_UNITS.match(ahead):
            continue
        if previous_word(doc, m.start()).lower().strip(",") in _OVER_IDIOM_BEFORE:
            continue
        if _AGE_GROUP.match(prose, m.end()):
            continue  # "the over 50s"
        want = match_case(m.group("over"), "more than")
        yield flag(
            m.start("over"), m.end("over"), f"Write '{want}' with a figure; 'over' is for position or time.", want
        )


TOWARD = matching.compile(r"\b(?P<word>[Tt]oward|[Aa]fterward)(?P<s>s?)\b")


@rule(
    "style.toward",
    "'toward', 'afterward' (AP) or 'towards', 'afterwards' (British).",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'toward' (not towards), 'afterward'; Oxford/BBC British usage: towards",
    bad=["The crowd surged towards the stage."],
    good=["The crowd surged toward the stage."],
)
def toward(doc: Document, ctx: Context) -> Iterator[Finding]:
    """AP writes "toward" and "afterward" without the "s"; British English (and the `bbc`
    preset) writes "towards" and "afterwards"."""
    want_s = preset_for(ctx).toward == "towards"
    for m in finditer(doc, TOWARD, EVERYWHERE):
        has_s = bool(m.group("s"))
        if has_s == want_s:
            continue
        want = m.group("word") + ("s" if want_s else "")
        yield flag(m.start(), m.end(), f"Write '{want}'.", want, safe=True)


EMAIL = matching.compile(r"\b(?P<e>[Ee])-(?P<mail>mail(?:s|ed|ing)?)\b")


@rule(
    "style.email",
    "'email', not 'e-mail'.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'email' (2011); BBC News style guide: email",
    bad=["Readers can send an e-mail to the desk."],
    good=["Readers can send an email to the desk."],
)
def email(doc: Document, ctx: Context) -> Iterator[Finding]:
    """ "Email" lost its hyphen years ago in AP and BBC style alike (also "emails", "emailed")."""
    for m in finditer(doc, EMAIL, EVERYWHERE):
        want = m.group("e") + m.group("mail")
        yield flag(m.start(), m.end(), f"Write '{want}'.", want, safe=True)


WEBSITE = matching.compile(r"\b(?P<w>[Ww])eb[ \u00a0]?(?P<s>[Ss]ite(?:s)?)\b")


@rule(
    "style.website",
    "'website', one word and lower case.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'website' (2010); BBC News style guide: website",
    bad=["The Web site crashed on launch day."],
    good=["The website crashed on launch day.", "Website traffic doubled."],
)
def website(doc: Document, ctx: Context) -> Iterator[Finding]:
    """One word, lower case: "website" (capitalised only where a sentence starts)."""
    for m in finditer(doc, WEBSITE, EVERYWHERE):
        text = m.group()
        want = "websites" if text.lower().endswith("sites") else "website"
        if sentence_start(doc, m.start()):
            want = want.capitalize()
        if text != want:
            yield flag(m.start(), m.end(), f"Write '{want}'.", want, safe=True)


INTERNET = matching.compile(r"\b(?:Internet|Web(?![ \u00a0]?[Ss]ites?\b))\b")


@rule(
    "style.internet",
    "'internet' and 'web' in lower case.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'internet', 'web' (lower case since 2016); BBC News style guide: internet",
    bad=["Most households now have the Internet."],
    good=["Most households now have the internet.", "He uses Internet Explorer.", "Internet use is rising."],
)
def internet(doc: Document, ctx: Context) -> Iterator[Finding]:
    """AP lower-cased "internet" and "web" in 2016, as British styles already did. Capitals
    stay at the start of a sentence and in names ("Internet Explorer", "World Wide Web")."""
    for m in finditer(doc, INTERNET):
        if sentence_start(doc, m.start()):
            continue
        nxt = next_word(doc, m.end())
        prev = previous_word(doc, m.start())
        if nxt[:1].isupper() or (
            prev[:1].isupper() and prev[-1:].isalpha() and not sentence_start(doc, m.start() - len(prev) - 1)
        ):
            continue
        want = m.group().lower()
        yield flag(m.start(), m.end(), f"Write '{want}' in lower case.", want, safe=True)


_LOADED = r"claimed|claims|admitted|admits|conceded|concedes|confessed|confesses|slammed|blasted"
_NOT_SUBJECT = r"(?!(?:If|When|As|But|And|Or|So|Yet|Then|Now|While|After|Before|Once|Although|Though|Because|The|A|An|In|On|At|This|That|It|He|She|They|We)\b)"
_SUBJECT = rf"(?:he|she|they|it|we|I|(?:the|a|an|his|her|their|its)[ \u00a0][a-z]+(?:[ \u00a0][a-z]+)?|(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \u00a0][A-Z][\w'’-]+|{_NOT_SUBJECT}[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+)?)"
SPEECH_AFTER_QUOTE = matching.compile(
    rf"""[,?!]["”][ \u00a0]+(?:{_SUBJECT}[ \u00a0]+)?(?P<verb>{_LOADED})\b(?![ \u00a0](?:to|that)\b)"""
)
SPEECH_THAT = matching.compile(
    r"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbe )(?<!\bbeen )\b(?P<verb>claimed|admitted|conceded|confessed)[ \u00a0]+that\b"
)
SPEECH_COLON = matching.compile(rf"""\b(?P<verb>{_LOADED})[ \u00a0]*:[ \u00a0]*["“]""")
HIT_OUT = matching.compile(
    r"\b(?P<verb>(?:hit|hits|lashed|lashes)[ \u00a0]+out[ \u00a0]+at|slammed|blasted)(?=[ \u00a0]+(?:the|a|his|her|their|its|plans?|[A-Z]))"
)
_NOT_SPEECH = matching.compile(
    r"[ \u00a0]+(?:the[ \u00a0]+)?(?:door|brakes?|into|off|away|through|shut|down|open|out[ \u00a0]+of)\b"
)


@rule(
    "style.said",
    "Prefer 'said' to loaded speech verbs such as 'claimed', 'admitted' or 'slammed'.",
    severity="suggestion",
    source="AP Stylebook: 'say, said' and 'claim'; BBC News style guide: reported speech",
    bad=[
        '"We did nothing wrong," the minister claimed.',
        "The company admitted that profits had fallen.",
        "Unions slammed the plan.",
    ],
    good=['"We did nothing wrong," the minister said.', "He was admitted to hospital.", "The flood claimed 12 lives."],
)
def said(doc: Document, ctx: Context) -> Iterator[Finding]:
    """ "Said" is neutral. "Claimed" casts doubt on the speaker, "admitted" and "conceded"
    imply a confession, and "slammed", "blasted"
    and "hit out at" are tabloid shorthand for "criticised". Use them only when that is what
    happened; otherwise write "said" (or "criticised"). Fires on attribution only: after a
    quotation, before "that" or before a colon and quotation ("admitted to hospital" and "the
    flood claimed 12 lives" are left alone)."""
    seen: set[int] = set()
    for rx in (SPEECH_AFTER_QUOTE, SPEECH_THAT, SPEECH_COLON):
        for m in finditer(doc, rx):
            start, end = m.span("verb")
            if start in seen:
                continue
            seen.add(start)
            verb = m.group("verb")
            want = "says" if verb.endswith("s") and not verb.endswith("ss") and not verb.endswith("ed") else "said"
            yield flag(start, end, f"'{verb}' is loaded: '{want}' is neutral.", suggestions=(want,))
    for m in finditer(doc, HIT_OUT):
        start, end = m.span("verb")
        if start in seen or _NOT_SPEECH.match(doc.prose, end):
            continue
        seen.add(start)
        yield flag(
            start,
            end,
            f"'{m.group('verb')}' is tabloid shorthand: write 'criticised' or 'said'.",
            suggestions=("criticised", "said"),
        )


# The look-behinds come after the "&", so that re can skip ahead to it.
AMPERSAND = matching.compile(r"&(?<![\w'’-]&)(?<=[a-z][ \u00a0]&)(?=[ \u00a0][a-z])")


@rule(
    "style.ampersand",
    "Write 'and', not '&', outside names.",
    severity="warning",
    fixable=True,
    source="AP Stylebook: 'ampersand (&)'; BBC House Style and Writing Guidelines: ampersand",
    bad=["The firm cut research & development."],
    good=["The firm cut research and development.", "He shops at Marks & Spencer.", "Profits at AT&T rose."],
)
def ampersand(doc: Document, ctx: Context) -> Iterator[Finding]:
    """The ampersand belongs to names ("Marks & Spencer", "AT&T", "Procter & Gamble"); in
    running copy write "and". Fires only between lower-case words, so names are safe."""
    for m in finditer(doc, AMPERSAND, BODY):
        if not previous_word(doc, m.start())[:1].islower():
            continue  # "Steve Walker & the Bold": a name
        yield flag(m.start(), m.end(), "Write 'and' in running copy.", "and", safe=True)
