"""The claims rules: assertions that need a source, and sources that are not sources.

Every rule reports the *cue* (the number, quantifier, superlative, causal link, vague source),
never the whole sentence, so that the engine's quotation filter can drop cues in quoted words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Container, Iterable, Iterator
from functools import lru_cache

from copylint import matching
from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.families.claims import lexicon as lx
from copylint.families.claims.attribution import DOCUMENT_CUE, DOCUMENT_WORDS, Attribution, analyse
from copylint.families.claims.numbers import statistics
from copylint.families.claims.options import ClaimsOptions
from copylint.rule import Context, rule

Finder = Callable[[str], Iterable[tuple[int, int]]]

#: How far back the "... just before this point" patterns look (they end in "$"). Searching
#: from the sentence start for every cue made long sentences with many cues quadratic.
_BACK = 120


def _options(ctx: Context) -> tuple[str, int, bool]:
    opts = ctx.options_for(ClaimsOptions)
    return opts.attribution_scope, opts.quote_min_words, opts.headlines


def _regex(rx: re.Pattern[str]) -> Finder:
    return lambda text: [m.span() for m in rx.finditer(text)]


def _claims(
    doc: Document,
    ctx: Context,
    finder: Finder,
    message: str,
    *,
    first_only: bool = False,
    possible: Container[int] | None = None,
) -> Iterator[Finding]:
    """Findings for cues in sentences that no nearby named source supports.

    Sentences in the first person ("I think", "we had to") are the writer's own experience or
    opinion, not claims of fact, and are left alone. In the encyclopedic profile a citation or
    link on the sentence is the only support. ``possible``: the only sentences (indexes) the
    finder can find a cue in, when known.
    """
    scope, _, headlines = _options(ctx)
    reference = _profile(ctx) == "encyclopedic"
    analysis = analyse(doc)
    for index, sentence in enumerate(doc.sentences):
        if possible is not None and index not in possible:
            continue
        if not headlines and analysis.is_headline(index):
            continue
        text = analysis.text(index)
        cues = list(finder(text))
        # the cues first: most sentences have none, and need no first-person test
        if not cues or analysis.first_person(index) or _supported(analysis, index, scope, reference):
            continue
        base = sentence.span.start
        for start, end in cues[:1] if first_only else cues:
            cue = " ".join(text[start:end].split())
            yield Finding(Span(base + start, base + end), message.format(cue=cue))


def _supported(analysis: Attribution, index: int, scope: str, reference: bool) -> bool:
    """Is sentence ``index`` supported: by a named source in ``scope``, or in reference copy
    (the encyclopedic profile) by a citation or link on the sentence itself?"""
    if reference:
        return _cited(analysis, index)
    return analysis.attributed(index, scope)


def _cited(analysis: Attribution, index: int) -> bool:
    return analysis.sources(index).linked or bool(lx.CITATION_RX.search(analysis.text(index)))


def _clean(text: str) -> str:
    return " ".join(text.split())


# -- statistics -------------------------------------------------------------------------------


@rule(
    "claims.unattributed-statistic",
    "A statistic (percentage, sum of money, millions, ratio) with no named source nearby.",
    severity="warning",
    bad=["Crime in the city rose 38 percent last year."],
    good=[
        "Crime in the city rose 38 percent last year, according to police figures.",
        "Police arrested two men on Friday.",
    ],
    tags=("claims",),
)
def unattributed_statistic(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a **statistic about the world** that no named source supports: a percentage
    ("rose 38 percent", "17%"), a sum of money ("$3 billion", "£150m"), a magnitude ("1.2
    million"), a ratio ("one in five", "two-thirds of"), a multiplier ("doubled", "three times
    as many") or a large count ("100,000 households").

    Not statistics: dates, times, ages, scores, street and phone numbers, and small counts of
    people or things in one event ("police arrested two men").

    Supported when the sentence, or the sentence before it in the same paragraph, names the
    source: "according to the health ministry", "the company said", "figures from the Office
    for National Statistics show", a link or a footnote. Write where the number comes from.
    """
    return _claims(
        doc,
        ctx,
        statistics,
        "Statistic '{cue}' has no named source here: say who measured or reported it "
        '("according to the ministry", "the company said") or link the data.',
        first_only=True,
    )


# -- sweeping claims ----------------------------------------------------------------------------


@rule(
    "claims.sweeping-generalisation",
    "A sweeping quantifier ('most people', 'nearly all', 'everyone knows') with no source.",
    severity="warning",
    bad=["Most people now distrust the press.", "Most of these coins were created by launderers."],
    good=[
        "Most people now distrust the press, according to an Ipsos poll of 2,000 adults.",
        "Most of these coins were created by launderers, Chainalysis found.",
        "Most of the victims were killed instantly.",
    ],
    tags=("claims",),
)
def sweeping_generalisation(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags **sweeping generalisations** about whole classes of people or things:
    "most people", "most voters", "the vast majority of", "nearly all", "almost every",
    "virtually no one", "everyone knows", "nobody believes", "all economists agree",
    "universally accepted", "without exception", "across the board", and "most of these
    coins were created by ..." (most/all of a whole set said to share a property).

    Such claims are rarely literally true and almost never checked. Give the figure and its
    source ("62% of adults, an Ipsos poll found") or narrow the claim to what you know.
    """
    analysis = analyse(doc)
    possible = _sweeping_sentences(doc, analysis.blanked)
    return _claims(
        doc,
        ctx,
        _regex(lx.SWEEPING_RX) if possible is not None else _sweeping_finder(analysis.blanked),
        "Sweeping generalisation '{cue}': give the figure and who measured it, or narrow the claim.",
        possible=possible,
    )


@lru_cache(maxsize=1)
def _sweeping_needs() -> tuple[tuple[matching.Keywords, ...], ...]:
    """The keyword groups of each kind of sweeping claim (:data:`lexicon.SWEEPING`)."""
    return tuple(matching.requirements(alternative, re.IGNORECASE) for alternative in lx.SWEEPING)


def _sweeping_sentences(doc: Document, blanked: str) -> set[int] | None:
    """The sentences (indexes) of ``doc`` that hold the keywords of a kind of sweeping claim,
    read from the lower-cased quote-blanked document ``blanked`` at once: where each keyword of
    a kind's first group occurs (``str.find``), then that kind's other groups tested in those
    sentences only (most sentences hold none: testing each sentence cost ~16,000 keyword tests
    a corpus, and the other groups' tests on the whole document ~3,000 more; a sentence that
    holds a kind's keywords is in a document that holds them, so the document test is not
    needed). A sentence holds a keyword when the keyword lies within its span,
    as ``in`` on the sentence's own lower-cased text would find it: ``lower`` maps each
    character to one (the case-folding traps aside, which give None here). None: not known
    (a case-folding trap, a kind without keywords, sentences out of order): every sentence
    is tested on its own (:func:`_sweeping_finder`)."""
    needs = _sweeping_needs()
    low = matching.lowered(blanked)
    if low is None or len(low) != len(blanked) or not all(needs):
        return None
    starts: list[int] = []
    ends: list[int] = []
    for sentence in doc.sentences:
        if ends and sentence.span.start < ends[-1]:
            return None
        starts.append(sentence.span.start)
        ends.append(sentence.span.end)
    found: set[int] = set()
    for first, *rest in needs:
        held: set[int] = set()
        for keyword in first:
            at = low.find(keyword)
            while at >= 0:
                index = bisect_right(starts, at) - 1
                if index >= 0 and at + len(keyword) <= ends[index]:
                    held.add(index)
                at = low.find(keyword, at + 1)
        for index in held - found:
            if not rest or matching.holds_every_group(tuple(rest), low[starts[index] : ends[index]]):
                found.add(index)
    return found


def _sweeping_finder(blanked: str) -> Finder:
    """:data:`lexicon.SWEEPING_RX`'s matches in a sentence of the (quote-blanked) document
    ``blanked``, searched for only in a sentence that holds the keywords of one of the kinds
    of claim the document as a whole holds the keywords of: a match of the alternation is a
    match of one of them, and holds its keywords (most sentences hold none)."""
    needs = _sweeping_needs()
    low = matching.lowered(blanked)
    if low is None or not all(needs):  # a case-folding trap, or a kind without keywords
        return _regex(lx.SWEEPING_RX)
    kinds = [groups for groups in needs if matching.holds_every_group(groups, low)]
    if not kinds:
        return lambda text: ()

    def finder(text: str) -> Iterable[tuple[int, int]]:
        lowered = matching.lowered(text)
        if lowered is not None and not any(matching.holds_every_group(groups, lowered) for groups in kinds):
            return ()
        return [m.span() for m in lx.SWEEPING_RX.finditer(text)]

    return finder


@rule(
    "claims.vague-quantifier",
    "A vague quantity as the subject of a claim ('many newspapers', 'some scholars').",
    severity="suggestion",
    bad=["Many newspapers are investing in colour presses."],
    good=["Many newspapers are investing in colour presses, the Newspaper Society said."],
    tags=("claims",),
)
def vague_quantifier(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a **vague quantity** that a claim rests on: "many newspapers", "some scholars",
    "several studies", "a number of countries", in a sentence with no named source.

    Cues: some, many, several, numerous, countless, various, certain, a number of, a host
    of, followed by a group of people or sources ("many scholars", "some critics", "several
    studies", "some countries"), or opening the sentence ("Some newspapers have ...").
    Numbers, times and named sets are left alone ("some 200 people", "many years", "some of
    the 90 staff").

    With ``claims: {quantifiers: all}`` or ``claims: {profile: encyclopedic}`` the weasel-word
    test of reference copy applies: "some", "many" and "several" over anything ("in some
    cases", "many of his works", "in several countries"), and "certain", "countless" opening a
    clause; not after degree words ("so many", "as many as", "the many") or "to", "into",
    "from". Too noisy for news. In the encyclopedic profile only a citation or link on the
    sentence supports it (reference copy cites; "he argued that many ..." is still vague).
    In either mode the group's own verb is no source ("Many parents believe ...").

    Say how many, and according to whom, or name the ones you mean.
    """
    finder = _broad_quantities if _broad(ctx) else _vague_quantities
    # Reference copy is supported by its citations, not by who said what: a vague quantity in
    # "He argued that many works ..." still needs its source.
    reference = _profile(ctx) == "encyclopedic"
    scope, _, headlines = _options(ctx)
    analysis = analyse(doc)
    for index, sentence in enumerate(doc.sentences):
        if not headlines and analysis.is_headline(index):
            continue
        if analysis.first_person(index):
            continue
        text = analysis.text(index)
        cues = list(finder(text, analysis.vague_spans(index)))
        if not cues:
            continue
        base = sentence.span.start
        sources = analysis.sources(index)
        # "Some followers suggest ...": the verb of the vague group itself names no one.
        if _cited(analysis, index):
            continue
        if not reference:
            named = [a for a, _ in sources.named if not any(0 <= a - (base + end) <= _OWN_VERB_GAP for _, end in cues)]
            if named or analysis.attributed(index, scope, own=False):
                continue
        for start, end in cues:
            cue = _clean(text[start:end])
            yield Finding(
                Span(base + start, base + end),
                f"Vague quantity '{cue}': how many, and according to whom? Give the number or name them.",
            )


#: Characters between a vague group and its own verb ("many parents now believe").
_OWN_VERB_GAP = 24


def _profile(ctx: Context) -> str:
    return ctx.options_for(ClaimsOptions).profile


def _broad(ctx: Context) -> bool:
    return ctx.options_for(ClaimsOptions).quantifiers == "all" or _profile(ctx) == "encyclopedic"


def _broad_quantities(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Broad quantifiers in ``text`` outside ``taken`` (the vague sources' spans; extended)."""
    for m in lx.BROAD_QUANTIFIER_RX.finditer(text):
        start = m.start()
        word = lx.WORD_BEFORE_RX.search(text, max(0, start - _BACK), start)
        lead = word.group(1).lower() if word else ""
        if (
            lead in lx.BROAD_DEGREE and not lx.AS_WELL_AS_RX.search(text, max(0, start - _BACK), start)
        ) or lead in lx.BROAD_NOT_AFTER:
            continue  # "so many", "the many", "as many as"; "added to some dishes", "into many languages"
        opens = (
            lx.BROAD_OPENING_RX.search(text, max(0, start - _BACK), start) is not None or lead in lx.BROAD_CONJUNCTIONS
        )
        if not opens and m.group("q").lower() not in {"some", "many", "several"}:
            continue  # "certain" and "countless" only as the subject: "in certain lights" describes
        if not any(s < m.end() and start < e for s, e in taken):
            taken.append((start, m.end()))
            yield start, m.end()


_CLAUSE_OPENING = matching.compile(
    r"(?:^|[,;:(—–]|\s-|\b(?:and|but|or|while|whilst|whereas|although|though|that|because|as|since|by|among|to|"
    r"when|where|if|so|yet|for|with|like|among|say|says|said|believe|think|argue))[\s\"'“‘(]*$",
    re.IGNORECASE,
)


def _vague_quantities(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Vague quantities in ``text`` outside ``taken`` (the vague sources' spans, reported as
    such already; extended)."""
    for m in (*lx.VAGUE_SUBJECT_RX.finditer(text), *lx.VAGUE_QUANTIFIER_RX.finditer(text)):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip("\"'“‘( "))
        if not _CLAUSE_OPENING.search(text, max(0, start - _BACK), start):
            continue  # an object ("could hold many people harmless"), not what the claim is about
        if not any(s < m.end() and start < e for s, e in taken):
            taken.append((start, m.end()))
            yield start, m.end()


@rule(
    "claims.unsupported-trend",
    "A trend ('increasingly', 'a growing number of') with no figures or source.",
    severity="suggestion",
    bad=["A growing number of families are giving up their cars."],
    good=["A growing number of families are giving up their cars, the RAC Foundation said."],
    tags=("claims",),
)
def unsupported_trend(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a **trend claim** with no source: "increasingly", "a growing number of",
    "growing numbers of", "an increasing number of", "more and more", "fewer and fewer",
    "ever more", "on the rise", "on the wane".

    A trend is a statistic over time: give the figures for two dates and who counted them, or
    attribute the observation.
    """
    return _claims(
        doc,
        ctx,
        _regex(lx.TREND_RX),
        "Trend claim '{cue}': give figures over time and their source, or attribute it.",
    )


# -- superlatives ---------------------------------------------------------------------------------


@rule(
    "claims.unsupported-superlative",
    "A superlative or record ('the largest', 'first ever', 'unprecedented') with no source.",
    severity="suggestion",
    bad=["The plant is the largest of its kind in Europe."],
    good=["The plant is the largest of its kind in Europe, according to the European Commission."],
    tags=("claims",),
)
def unsupported_superlative(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a **superlative or record claim** in the writer's voice: "the largest", "one of
    the best", "the world's biggest", "the most popular", "first ever", "unprecedented",
    "record high", "all-time low", "of all time", and peacock terms ("world-class",
    "legendary", "iconic", "renowned", "best known", "widely acclaimed").

    Idioms are not claims: "at least", "at best", "do their best", "make the most of".

    With ``claims: {profile: encyclopedic}`` the peacock terms of reference copy count too:
    "well known", "best known", "influential", "the finest", "legendary", "world-famous"; and
    only a citation or link on the sentence supports the claim.

    Say who ranks it so (a named source, a link to the ranking) or describe the thing itself.
    """
    return _claims(
        doc,
        ctx,
        _peacocks_too if _profile(ctx) == "encyclopedic" else _superlatives,
        "Superlative '{cue}': who says so? Name the source of the ranking or record, or describe instead.",
    )


def _superlatives(text: str) -> Iterator[tuple[int, int]]:
    idioms = [m.span() for m in lx.SUPERLATIVE_IDIOMS.finditer(text)]
    found = [(m, True) for m in lx.SUPERLATIVE_RX.finditer(text)]
    found += [(m, False) for m in lx.SUPERLATIVE_BARE_RX.finditer(text)]
    taken: list[tuple[int, int]] = []
    for m, ranked in sorted(found, key=lambda f: f[0].start()):
        if any(s < m.end() and m.start() < e for s, e in idioms + taken):
            continue
        words = m.group(0).split()
        if len(words) >= 2 and words[-2].lower() in {"most", "least"}:
            following = words[-1]
            if following.lower() in lx.NOT_AFTER_MOST or not following[:1].islower():
                continue
        if words[-1].lower() in {"best", "worst"} and lx.SUPERLATIVE_TITLE.match(text, m.end()):
            continue  # an award category: "the best director Oscar"
        if not ranked and not lx.SUPERLATIVE_SCOPE.match(text, m.end()):
            continue
        taken.append(m.span())
        yield m.start(), m.end()


def _peacocks_too(text: str) -> Iterator[tuple[int, int]]:
    found = list(_superlatives(text))
    for m in lx.PEACOCK_RX.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in found):
            found.append(m.span())
    yield from sorted(found)


# -- causation --------------------------------------------------------------------------------


@rule(
    "claims.unsupported-causation",
    "A causal claim ('led to', 'because of', 'driven by') with no named source.",
    severity="suggestion",
    bad=["The closures led to a rise in crime."],
    good=["The closures led to a rise in crime, a Home Office report found."],
    tags=("claims",),
)
def unsupported_causation(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a **causal claim** in the writer's voice: "led to", "caused", "because (of)",
    "due to" (not "is due to be"), "owing to", "as a result of", "resulted in", "driven by",
    "fuelled by", "blamed on", "thanks to", "contributed to", "attributed to", "stems from".

    Only explanations of a change in the world are flagged (the sentence speaks of a rise,
    fall, growth, prices, rates, sales, crime, deaths...): the reason for a single event ("she
    withdrew because of injury") is usually reported fact.

    That one thing caused another is an interpretation, not an observation. Attribute the
    explanation to a named source ("..., the bank said", "a Home Office report found"), or
    report the two facts side by side without asserting the link.
    """
    return _claims(
        doc,
        ctx,
        _causes,
        "Causal claim '{cue}': attribute the explanation to a named source or show the evidence.",
    )


def _causes(text: str) -> Iterator[tuple[int, int]]:
    if not lx.CHANGE_RX.search(text):
        return
    for m in lx.CAUSAL_RX.finditer(text):
        cue = m.group(0).lower()
        if cue.startswith("due") and lx.DUE_SCHEDULE.match(text, m.end()):
            continue
        yield m.start(), m.end()


# -- speculation and certainty ---------------------------------------------------------------


@rule(
    "claims.unattributed-speculation",
    "Speculation in the writer's voice ('probably', 'apparently', 'seems to').",
    severity="suggestion",
    bad=["The fire was probably started deliberately."],
    good=["The fire was probably started deliberately, the fire service said."],
    tags=("claims",),
)
def unattributed_speculation(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags **speculation in the writer's voice**: "probably", "possibly", "perhaps",
    "presumably", "apparently", "seemingly", "arguably", "in all likelihood", "it is possible that",
    "it seems that", "appears to have", "may well".

    A hedge tells the reader that nobody has confirmed the claim. Say who thinks so (a named
    source), report what is known, or wait until it is confirmed.
    """
    return _claims(
        doc,
        ctx,
        _regex(lx.SPECULATION_RX),
        "Speculation '{cue}' in the writer's voice: say who thinks so, or report only what is confirmed.",
    )


@rule(
    "claims.certainty-marker",
    "A certainty marker ('clearly', 'undeniably', 'it is a fact that') in place of evidence.",
    severity="suggestion",
    bad=["The policy has clearly failed."],
    good=["The policy has failed to cut waiting lists, NHS figures show.", "Speak clearly."],
    tags=("claims",),
)
def certainty_marker(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags **certainty markers** that assert instead of showing: "clearly", "obviously",
    "undeniably", "undoubtedly", "certainly", "definitely", "of course", "indeed", "in fact",
    "without doubt", "needless to say", "it is a fact that", "it is clear that", "the truth is",
    "there is no doubt", "everyone knows".

    Manner uses are left alone ("spoke clearly", "clearly visible"), as are reported speech
    ("he said it was clearly a mistake": the certainty is the speaker's) and sentences in the
    first person (the writer's opinion, signed as such).

    Cut the marker and let the facts, or a named source, carry the claim.
    """
    _, _, headlines = _options(ctx)
    analysis = analyse(doc)
    for index, sentence in enumerate(doc.sentences):
        if not headlines and analysis.is_headline(index):
            continue
        if analysis.first_person(index):
            continue  # the writer's own opinion, signed as such
        text = analysis.text(index)
        cues = [
            m
            for m in lx.CERTAINTY_RX.finditer(text)
            if not _manner(text, m)
            and not _AIM.search(text, max(0, m.start() - 300), m.start())
            and not _connective(text, m)
        ]
        if not cues or analysis.sources(index).specific:
            continue
        for m in cues:
            yield Finding(
                Span(sentence.span.start + m.start(), sentence.span.start + m.end()),
                f"Certainty marker '{_clean(m.group(0))}' asserts instead of showing: cut it and "
                "let the evidence or a named source carry the claim.",
            )


# "set out to prove that bigger is definitely better": the certainty belongs to someone's aim.
_AIM = matching.compile(
    r"\b(?:prove|show|argue|convince(?:\s+[\w'’]+){1,4}?|persuade(?:\s+[\w'’]+){1,4}?|insist|claim|believe|hope|demonstrate)\s+that\b[^.;]*$",
    re.IGNORECASE,
)


_CONNECTIVES = frozenset({"indeed", "in fact"})
_CONNECTIVE_OPENING = matching.compile(r"(?:^|[,;:(]|\s[-–—]|\b(?:and|but|yet|so|or))\s*$", re.IGNORECASE)


def _connective(text: str, m: re.Match[str]) -> bool:
    """ "In fact," and "Indeed," opening a sentence or clause link it to the one before: they
    are connectives, not certainty claims ("Indeed, sales fell again in May")."""
    return " ".join(m.group(0).lower().split()) in _CONNECTIVES and bool(_CONNECTIVE_OPENING.search(text, 0, m.start()))


def _manner(text: str, m: re.Match[str]) -> bool:
    word = m.group(0).lower()
    if word not in {"clearly", "plainly"}:
        return False
    return bool(
        lx.MANNER_BEFORE.search(text, max(0, m.start() - _BACK), m.start())
        or lx.MANNER_AFTER.match(text[m.end() : m.end() + 200])
    )


# -- sources that are not sources ----------------------------------------------------------------


@rule(
    "claims.vague-attribution",
    "A vague source ('experts say', 'critics argue', 'studies show', 'some people').",
    severity="warning",
    bad=["Experts say the scheme will fail.", "Studies show that sugar is addictive."],
    good=[
        "Economists at the Institute for Fiscal Studies say the scheme will fail.",
        "A 2019 study by the University of Bristol found that sugar was addictive in rats.",
    ],
    tags=("claims",),
)
def vague_attribution(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags **vague attribution**: a source the reader cannot identify or check.

    Cues: "experts say", "critics argue", "analysts said", "observers believe", "sources
    say" (with no description), "some say", "many believe", "others argue", "some people",
    "studies show", "research suggests", "a recent study found", "according to some",
    "according to reports", "reportedly", "there are those who", "it could be argued",
    "the conventional wisdom", "there is growing concern", "tradition holds", "one story has
    it", and an unnamed class holding a view
    ("proponents of the theory argue that", "supporters claim that", "purists contend that").

    A described source is not vague: "economists at the IFS", "Downing Street sources", "a
    2019 study by the University of Bristol", "official figures". Name who says it (their
    name, job, organisation) or cite the study (author, publisher, year, link).
    """
    _, _, headlines = _options(ctx)
    analysis = analyse(doc)
    named_documents: set[str] | None = None
    for index, sentence in enumerate(doc.sentences):
        if not headlines and analysis.is_headline(index):
            continue
        sources = analysis.sources(index)
        for cue in sources.vague:
            if cue.kind != "vague":
                continue
            document = DOCUMENT_CUE.search(cue.text)
            if document:
                if named_documents is None:
                    named_documents = _named_documents(analysis.blanked)
                if _document_noun(document.group(0)) in named_documents:
                    continue  # "a survey suggests" in the intro; "Dimension Data, which commissioned the survey" later
            if not _reported(analysis.blanked, sentence.span.end, cue.start, cue.end, sources.named):
                yield Finding(
                    Span(cue.start, cue.end),
                    f"Vague source '{_clean(cue.text)}': name who says it (person, role, organisation) "
                    "or cite the study (author, publisher, year, link).",
                )


def _document_noun(word: str) -> str:
    word = word.lower()
    return {
        "studies": "study",
        "analyses": "analysis",
        "research": "study",
        "data": "figures",
        "statistics": "figures",
    }.get(word, word[:-1] if word.endswith("s") and word not in ("analysis", "figures", "findings") else word)


_DOCUMENT_ORIGIN = matching.compile(
    r"\b(?:commissioned|conducted|carried\s+out|published|released|compiled|produced|issued|ran|run)\s+(?:by\s+[A-Z][\w&-]*\s+)?"
    r"(?:the|a|an|its|their|this)\s+(?:[\w-]+\s+)?(" + DOCUMENT_WORDS + r")\b",
    re.IGNORECASE,
)


def _named_documents(text: str) -> set[str]:
    """The kinds of document ("survey", "report") whose origin the story names somewhere."""
    found = {_document_noun(m.group(1)) for m in _DOCUMENT_ORIGIN.finditer(text)}
    for m in lx.DOCUMENT_SOURCE_RX.finditer(text):
        d = DOCUMENT_CUE.match(m.group(0))
        if d:
            found.add(_document_noun(d.group(0)))
    for m in lx.OFFICIAL_RX.finditer(text):
        d = DOCUMENT_CUE.search(m.group(0))
        if d and m.group(0)[:1].isupper():
            found.add(_document_noun(d.group(0)))
    return found


@rule(
    "claims.agentless-passive",
    "A claim with no one behind it ('it is believed', 'is said to', 'it has been suggested').",
    severity="suggestion",
    bad=["It is believed that the minister will resign.", "The deal is thought to be worth billions."],
    good=["Aides believe that the minister will resign, the BBC understands.", "The bridge was built in 1890."],
    tags=("claims",),
)
def agentless_passive(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags **agentless passives** that report a belief or claim without saying whose it is:
    "it is believed", "it is reported that", "it has been suggested", "it is understood",
    "it is thought", "it is claimed", "it is widely accepted", and "X is said to", "is thought
    to", "is believed to", "is considered (to be)", "is regarded as", "is seen as", "has been
    described as", "is widely regarded as", "is estimated to", "is known to be", "widely
    expected", "generally accepted", "has been criticised", "reputedly".

    Ordinary passives are fine ("the bridge was built in 1890"), and so is a passive with its
    agent ("is seen by the Bank of England as") or next to a named source ("Police say the
    man fled. He is described as tall and white."); "it is thought" needs its own source.
    "Allegedly" is left alone: it is the legal hedge court copy needs.

    With ``claims: {profile: encyclopedic}`` (reference copy) opinion passives of any shape
    count too ("was considered important", "is said by locals", "were thought lost"), as do
    the doubt markers "allegedly", "supposedly", "purportedly", "so-called", "ostensibly",
    "reputedly"; and only a citation or link on the sentence supports it.

    Say who believes, reports or suggests it.
    """
    _, _, headlines = _options(ctx)
    encyclopedic = _profile(ctx) == "encyclopedic"
    analysis = analyse(doc)
    for index in range(len(doc.sentences)):
        if not headlines and analysis.is_headline(index):
            continue
        sources = analysis.sources(index)
        if _cited(analysis, index) if encyclopedic else sources.specific:
            continue
        # "He is described as tall" after "Police said ...": the agent is the source just named.
        # "It is thought that ..." stays the writer's own unnamed source wherever it stands.
        # Reference copy needs a citation on the sentence itself.
        continues = not encyclopedic and analysis.attributed(index, "previous")
        spans = [
            (c.start, c.end) for c in sources.vague if c.kind == "impersonal" or (c.kind == "passive" and not continues)
        ]
        if encyclopedic:
            spans += _reference_passives(
                analysis.text(index), doc.sentences[index].span.start, [(c.start, c.end) for c in sources.vague]
            )
        for start, end in sorted(spans):
            yield Finding(
                Span(start, end),
                f"Agentless '{_clean(doc.prose[start:end])}': say who believes, reports or suggests it.",
            )


def _reference_passives(text: str, base: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Opinion passives of any shape and doubt markers: the encyclopedic profile's extra cues."""
    found: list[tuple[int, int]] = []
    for rx in (lx.OPINION_PASSIVE_RX, lx.DOUBT_RX):
        for m in rx.finditer(text):
            start, end = base + m.start(), base + m.end()
            if not any(s < end and start < e for s, e in taken + found):
                found.append((start, end))
    return found


_CONTRAST = matching.compile(r"\b(?:but|while|whilst|although|though|whereas|however|yet)\b|;", re.IGNORECASE)
_SPEECH_VERB = matching.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|stated|states|explained|insisted|argued|argues|"
    r"believes|thinks|warned|warns|according\s+to|reported|reports|claimed|claims|found|finds|suggested|suggests)\b",
    re.IGNORECASE,
)


def _reported(text: str, sentence_end: int, start: int, end: int, named: tuple[tuple[int, int], ...]) -> bool:
    """Is the cue at ``start:end`` inside what a named source is reported as saying?

    "Baroness Kennedy said people already thought ...", "... evidence proves it, according to
    the Bishop": the vague words are the named speaker's, not the writer's. Not so in
    "Although Gardner claimed it, some would argue ...": a clause break stands between.
    """
    for a, b in named:
        if not _SPEECH_VERB.fullmatch(text[a:b]):
            continue
        if b <= start and not _CONTRAST.search(text, b, start) and "," not in text[b:start]:
            return True
        if a >= end and sentence_end - a < 80 and not _CONTRAST.search(text, end, a):
            return True
    return False


# -- quotations ----------------------------------------------------------------------------------

_SPEECH = matching.gated(
    (
        *lx.REPORTING_PIECES,
        r"according\s+to|continued|went\s+on|remarked|commented|joked|laughed|exclaimed|"
        r"shouted|cried|whispered|quipped|conceded|promised|vowed|pleaded|answered|countered|sang|read|reads|"
        r"wrote|tweeted|posted|declared|added",
    ),
    re.IGNORECASE,
    prefix=r"\b",
    suffix=r"\b",
)
_SENTENCE_END = matching.compile(r"[.!?…]")


@rule(
    "claims.quote-without-speaker",
    "A direct quotation with no speaker: the reader cannot tell who said it.",
    severity="warning",
    bad=['The plan has critics. "This will cost jobs and nobody in government seems to care."'],
    good=['"This will cost jobs and nobody in government seems to care," said Jane Ellis, a union official.'],
    tags=("claims",),
    skip_quotes=False,
)
def quote_without_speaker(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a **direct quotation with no speaker**: a quoted sentence (at least six words, or
    with sentence punctuation inside) in a paragraph that names no one saying it, and that
    does not continue a quotation from the previous paragraph.

    A speaker is a reporting verb outside the quotation in the same paragraph ("she said",
    "said Jane Ellis", "told the BBC", "according to"), a colon introducing the quote, or a
    person named in the sentence just before it.
    Short quoted phrases (titles, scare quotes) are left alone.

    Say who said it: "..., said Jane Ellis, a union official."
    """
    _, min_words, headlines = _options(ctx)
    blanked = analyse(doc).blanked
    previous_end = -1
    # what _has_speaker finds in a whole paragraph, by paragraph: a paragraph of several
    # quotations is searched once (the searches cost more than the rest of the rule)
    speech: dict[int, bool] = {}
    before: dict[int, bool] = {}
    for q in doc.quotes:
        after_quote, previous_end = previous_end, q.end
        block_index = doc.block_of(q.start)
        if block_index is None:
            continue
        block = doc.blocks[block_index]
        if not headlines and block.kind in {"heading", "title"}:
            continue
        inner = doc.prose[q.start + 1 : q.end - 1]
        words = len(inner.split())
        if words < min_words and not (_SENTENCE_END.search(inner.rstrip("\"'”’")) and words >= 3):
            continue
        lead = blanked[block.span.start : q.start]
        if not _OPENS_SENTENCE.search(lead):
            continue  # a quoted phrase inside the writer's sentence, not a quotation of its own
        if after_quote >= block.span.start and not blanked[after_quote : q.start].strip():
            continue  # continues the quotation just before it
        if _has_speaker(doc, blanked, block_index, lead, speech, before):
            continue
        yield Finding(
            Span(q.start, q.start + 1),
            'Quotation with no speaker: say who said it ("..., said Jane Ellis, a union official").',
        )


_OPENS_SENTENCE = matching.compile(r"(?:^|[.!?…:]\s*|[-–—]\s+)$")
_DASH_NAME = matching.compile(r"\s[-–—]\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z]")
_NAME = matching.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Lady)\.?\s+[A-Z]|"
    r"\b(?!(?:The|A|An|This|That|These|Those|It|In|On|At|But|And|He|She|They|We|If|When|As|For|So)\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+"
)


def _has_speaker(
    doc: Document,
    blanked: str,
    block_index: int,
    lead: str,
    speech: dict[int, bool] | None = None,
    before: dict[int, bool] | None = None,
) -> bool:
    """A speaker for a quotation in block ``block_index`` whose preceding text is ``lead``.

    A reporting verb or a dash-and-name anywhere in the paragraph, a colon before the quote, a
    person or organisation named in the sentence before it, or a speaker in the previous
    paragraph (a quotation running on across paragraphs). ``speech`` and ``before`` keep the
    answers that depend on the paragraph alone (block -> answer) for the document's next
    quotations.
    """
    found = None if speech is None else speech.get(block_index)
    if found is None:
        block = doc.blocks[block_index]
        text = blanked[block.span.start : block.span.end]
        found = bool(_SPEECH.search(text) or _DASH_NAME.search(text))
        if speech is not None:
            speech[block_index] = found
    if found or lead.rstrip().endswith(":"):
        return True
    last_sentence = re.split(r"(?<=[.!?])\s+", lead.strip())[-1] if lead.strip() else ""
    if _NAME.search(last_sentence):
        return True
    if block_index == 0:
        return False
    found = None if before is None else before.get(block_index)
    if found is None:
        previous = doc.blocks[block_index - 1]
        prev_text = blanked[previous.span.start : previous.span.end]
        has_quote = any(previous.span.start <= q.start < previous.span.end for q in doc.quotes)
        prev_last = re.split(r"(?<=[.!?])\s+", prev_text.strip())[-1]
        found = (
            has_quote or bool(_SPEECH.search(prev_text) or _NAME.search(prev_last)) or prev_text.rstrip().endswith(":")
        )
        if before is not None:
            before[block_index] = found
    return found
