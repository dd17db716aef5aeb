"""Fixed constructions with a missing or wrong word: 'such X', 'in order get', 'different than'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.families.grammar.base import anchors, matcher, replace
from copylint.families.grammar.lexicon import lexicon
from copylint.families.grammar.options import GrammarOptions
from copylint.matching import may_match
from copylint.rule import Context, rule
from copylint.toolkit import match_case, suggest

SUCH_AS = matcher(r"<(?P<x>such)_(?=(?:the|these|those|his|her|their|its|our|my|your)_)")
SUCH_NAME = matcher(r"(?:,|\w)_(?P<x>such)_(?=[A-Z][\w’-]*(?:_[A-Z][\w’-]*)*(?:\s*,|_and_|_or_))")
# "privacy coins such Monero": a plural noun, then 'such', then a name.
SUCH_AFTER_PLURAL = matcher(r"<([a-z]+s)_(?P<x>such)_(?=[a-z]{2})")


#: Words after which 'such' is the determiner ("many such cases", "of such Victorian villas"),
#: not the start of a list of examples.
SUCH_DETERMINED = frozenset(
    "many any no all some few several other another two three four five of in for with by on at from to into "
    "about under over among".split()
)


def _plural_noun(word: str) -> bool:
    tags = lexicon().tags(word)
    return "NNS" in tags and not tags & {"PRP", "DT"}


#: "such" and the whitespace after it (``\s`` is ``str.isspace``, which every ``_`` character is).
_SUCH_SPACE = re.compile(r"such\s+", re.IGNORECASE)


def _such_before_capital(prose: str) -> bool:
    """Whether some "such" (any case) is followed by whitespace and then a capital letter.

    Every finding of SUCH_NAME and SUCH_AFTER_PLURAL has one: their ``_`` after 'such' is
    whitespace, the character after it is not (SUCH_NAME's ``[A-Z]``, SUCH_AFTER_PLURAL's
    ``[a-z]{2}``), and ``_such_findings`` keeps a match only when that character is upper-case.
    Without one, their scans (at every word of an article holding "such") are skipped."""
    return any(prose[m.end() : m.end() + 1].isupper() for m in _SUCH_SPACE.finditer(prose))


def _such_findings(doc: Document) -> Iterator[Finding]:
    seen: set[int] = set()
    prose = doc.prose
    # (the keyword test first: the same test SUCH_NAME's scan makes, cheaper than a scan for "such")
    capital = may_match(SUCH_NAME.needs, prose) and _such_before_capital(prose)
    scans = (SUCH_AS, SUCH_NAME, SUCH_AFTER_PLURAL) if capital else (SUCH_AS,)
    for rx in scans:
        for m in rx.finditer(doc.prose):
            if m.start("x") in seen or (rx is SUCH_NAME and m.group("x")[0].isupper()):
                continue  # "A Fool Such As I": a title
            if rx is SUCH_AFTER_PLURAL and not (
                _plural_noun(m.group(1).lower())
                and doc.prose[m.end() : m.end() + 1].isupper()
                and doc.prose[m.end() : m.end() + 3].lower() not in ("as", "as ")
            ):
                continue
            if rx is SUCH_NAME and not doc.prose[m.end("x") :].lstrip()[:1].isupper():
                continue
            before = doc.prose[max(0, m.start("x") - 20) : m.start("x")].split()
            if rx is SUCH_NAME and before and before[-1].lower() in SUCH_DETERMINED:
                continue  # "many such Americans, Britons and others": 'such' is the determiner
            seen.add(m.start("x"))
            text = m.group("x")
            span = Span(m.start("x"), m.end("x"))
            fixed = match_case(text, text + " as")
            yield suggest(span, f"'{text}' introducing examples needs 'as': '{fixed}'", fixed)


@rule(
    "grammar.such-as",
    "Flags 'such' where 'such as' is meant ('countries such France').",
    bad=[
        "Big cities such London and Paris were hit.",
        "They sell fruit such the apples grown locally.",
        "Privacy coins such Monero are hard to trace.",
    ],
    good=[
        "Big cities such as London and Paris were hit.",
        "Such a plan would fail.",
        "No such thing exists.",
        "Privacy coins such as Monero are hard to trace.",
        "He sees them as such. Britain disagrees.",
        "Many such Victorian, Georgian and Tudor houses were lost.",
    ],
    fixable=True,
)
def such_as(doc: Document, ctx: Context) -> list[Finding]:
    """Examples are introduced by *such as*: *cities such as London*. Flags `such` directly
    before a determiner (*such the*), before a list of names, or between a plural noun and a
    name (*privacy coins such Monero*)."""
    return list(_such_findings(doc))


_OBJ = r"(?:the|a|an|that|those|this|these|his|her|their|its|our|my|your|him|them|us|me|anything|any|other|previous|last|what|in|most|many|before|usual)"
DIFF_THAN = matcher(rf"<different(?:ly)?_(?P<x>than)_(?={_OBJ}>)")
DIFF_TO = matcher(rf"<different(?:ly)?_(?P<x>to)_(?={_OBJ}>)")


@rule(
    "grammar.different-than",
    "Flags 'different than' in British English and 'different to' in American English (before a noun phrase).",
    bad=["The result was different to the forecast."],
    good=["The result was different from the forecast."],
    fixable=True,
    severity="suggestion",
)
def different_than(doc: Document, ctx: Context) -> list[Finding]:
    """*Different from* is correct everywhere. In American English *different to* is
    unidiomatic; in British English *different than* is. The rule follows the `language`
    setting; `grammar: {different: strict}` flags both, `grammar: {different: off}` neither.
    Only a following noun phrase is checked (*different than I expected* before a clause is
    accepted usage)."""
    mode = ctx.options_for(GrammarOptions).different
    if mode == "off":
        return []
    patterns = []
    if mode == "strict" or ctx.language == "en-GB":
        patterns.append(DIFF_THAN)
    if mode == "strict" or ctx.language == "en-US":
        patterns.append(DIFF_TO)
    out = []
    for rx in patterns:
        for m in rx.finditer(doc.prose):
            text = m.group("x")
            # "different to the one..." ok; skip "different to that of" only when 'to' begins an infinitive
            out.append(replace(m.start("x"), m.end("x"), f"'different {text}': write 'different from'", text, "from"))
    return out


def _neither_or(doc: Document) -> Iterator[Finding]:
    for words, i in anchors(doc, ("neither",)):
        if i + 1 < len(words) and words[i + 1].low == "of":
            continue
        for j in range(i + 2, min(len(words), i + 8)):
            x = words[j]
            if x.low == "nor" or not x.joined or "," in x.gap:
                break
            if x.low == "or":
                yield replace(x.start, x.end, "'neither ... or': the pair is 'neither ... nor'", x.text, "nor")
                break


@rule(
    "grammar.neither-nor",
    "Flags 'neither ... or' (meant: 'neither ... nor').",
    bad=["The company would neither confirm or deny the report."],
    good=[
        "The company would neither confirm nor deny the report.",
        "Neither of them would comment.",
        "Neither side, he said, or its backers would comment.",
    ],
    fixable=True,
)
def neither_nor(doc: Document, ctx: Context) -> list[Finding]:
    """*Neither* pairs with *nor*: *neither confirm nor deny*; *either* pairs with *or*. Only
    an *or* within a few words of *neither*, with no punctuation between, is flagged."""
    return list(_neither_or(doc))


REASON_BECAUSE = matcher(r"<reason_(?:why_)?(?:\w+_){0,8}?(?:is|was)_(?P<x>because)>")


def _reason_because(doc: Document) -> Iterator[Finding]:
    for m in REASON_BECAUSE.finditer(doc.prose):
        if any(c in m.group(0) for c in ".;:!?"):
            continue
        span = Span(m.start("x"), m.end("x"))
        yield suggest(
            span,
            "'the reason ... is because' says it twice: write 'the reason ... is that'",
            match_case(m.group("x"), "that"),
        )


@rule(
    "grammar.reason-is-because",
    "Notes 'the reason ... is because' (write 'the reason ... is that').",
    bad=["The reason the match was called off is because the pitch froze."],
    good=[
        "The reason the match was called off is that the pitch froze.",
        "The match was called off because the pitch froze.",
    ],
    fixable=True,
    severity="suggestion",
    enabled=False,
)
def reason_is_because(doc: Document, ctx: Context) -> list[Finding]:
    """*Reason* already means *because*: write *the reason is that ...*, or drop *the reason
    ... is* and use *because* alone. A style note, not an error, and off unless selected by
    id: many editors accept the construction."""
    return list(_reason_because(doc))
