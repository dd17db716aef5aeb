"""Readability: sentence-, paragraph- and document-level checks tuned for news copy.

Measures come from :mod:`copylint.families.readability` (textstat's formulas over the Document's own
sentences and words). Word-level suggestions (complex words, wordy adverbs) are YAML rules in
``rules/readability.yaml``. Every threshold is an option in the ``readability`` config section.
"""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Finding, Severity, Span
from copylint.document import Document
from copylint.families.readability import body_counts, measure_sentences
from copylint.families.readability.density import density
from copylint.families.readability.options import ReadabilityOptions
from copylint.families.readability.passive import find_passives
from copylint.rule import Context, rule

SOURCE = "News guidance: 15-20 words a sentence on average, wire leads of 25-30 words at most, grade 10-12 at most"


#: The readability options (the name the rules use for them).
Limits = ReadabilityOptions


def _limits(ctx: Context) -> Limits:
    return ctx.options_for(ReadabilityOptions)


@rule(
    "readability.long-sentence",
    "Flags sentences over 25 words (error over 40; a lead over 30).",
    severity="warning",
    bad=[
        "The council said on Tuesday that the new bypass, which has been delayed twice by legal"
        " challenges from residents and a shortage of contractors, would now open to traffic in the"
        " spring of next year at the earliest.",
    ],
    good=["The council said the new bypass would open next spring. Legal challenges have delayed it twice."],
    source=SOURCE,
)
def long_sentence(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a sentence of more than 25 words (a warning) or more than 40 (an error). The lead,
    the first sentence of the body, may run to 30 words and gets its own message.

    News copy averages 15 to 20 words a sentence; readers lose the thread of longer ones, and
    wire style keeps leads to 25-30 words. Split the sentence at a conjunction or a relative
    clause ("which...", "who..."), or move detail into the next sentence; when most of it is a
    direct quotation, quote less of it or paraphrase. Headings, titles, captions and lists of
    names (a team line-up) are not measured. Options: `max-sentence-words`,
    `error-sentence-words`, `max-lead-words`.
    """
    limits = _limits(ctx)
    for s in measure_sentences(doc):
        n = s.counts.words
        limit = limits.max_lead_words if s.lead else limits.max_sentence_words
        if (n <= limit and n <= limits.error_sentence_words) or s.is_list:
            continue
        what = "Lead sentence" if s.lead else "Sentence"
        advice = "quote less of it or paraphrase" if s.mostly_quoted else "split it"
        if n > limits.error_sentence_words:
            message = (
                f"{what} of {n} words (more than {limits.error_sentence_words}): {advice}; aim for {limit} or fewer"
            )
            yield Finding(s.span, message, severity=Severity.ERROR)
        elif s.lead:
            yield Finding(s.span, f"Lead sentence of {n} words (limit {limit} for a lead): tighten it")
        else:
            advice = "quote less of it or paraphrase" if s.mostly_quoted else "consider splitting it"
            yield Finding(s.span, f"Sentence of {n} words (limit {limit}): {advice}")


@rule(
    "readability.hard-sentence",
    "Flags sentences of 14+ words whose grade level is high (hard) or very high (very hard).",
    severity="suggestion",
    bad=[
        "Officials said the unprecedented consolidation of regional administrative responsibilities"
        " would significantly complicate democratic accountability.",
    ],
    good=["Officials said merging the regional offices would make it harder to know who is in charge."],
    source="Flesch-Kincaid grade per sentence (textstat's formula); levels as in Hemingway-style editors",
)
def hard_sentence(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a sentence of 14 or more words whose Flesch-Kincaid grade is 15 or more ("hard",
    a suggestion) or 17 or more ("very hard", a warning). Names and numbers are left out of the
    syllables-per-word average, since a writer cannot shorten them.

    Long words packed into a sentence make it hard even when it is not long: "the unprecedented
    consolidation of regional administrative responsibilities". Use shorter, more common words,
    or split the sentence. Left alone: sentences over the long-sentence limit (reported by
    `readability.long-sentence`), sentences that are mostly a direct quotation (the speaker's
    words), and lists of names. Options: `hard-sentence-min-words`, `hard-grade`,
    `very-hard-grade`.
    """
    limits = _limits(ctx)
    for s in measure_sentences(doc):
        n = s.counts.words
        if n < limits.hard_sentence_min_words or n > (limits.max_lead_words if s.lead else limits.max_sentence_words):
            continue
        if s.is_list or s.mostly_quoted:
            continue
        level = s.plain_grade() or 0.0
        if level >= limits.very_hard_grade:
            yield Finding(
                s.span,
                f"Very hard to read: grade {level:.0f} ({n} words); use shorter words or split it",
                severity=Severity.WARNING,
            )
        elif level >= limits.hard_grade:
            yield Finding(s.span, f"Hard to read: grade {level:.0f} ({n} words); use shorter, more common words")


@rule(
    "readability.dense-sentence",
    "Flags a sentence a sub-editor would split or rewrite: long and dense with abstract nouns, nested clauses or figures.",
    severity="warning",
    bad=[
        "The committee's recommendation, which followed a consultation on the rationalisation of"
        " administrative responsibilities, was that implementation of the reorganisation should be"
        " postponed until the effectiveness of existing arrangements, which had been criticised by"
        " auditors, could be assessed.",
    ],
    good=[
        "The council approved the new bypass on Tuesday after a three-hour meeting in the town hall,"
        " and work on the first section will begin in the spring of next year.",
    ],
    source="Sub-editors' practice: split sentences that make the reader hold several ideas at once",
)
def dense_sentence(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a sentence that is hard to follow, judged by difficulty as well as length: its word
    count plus weights for abstract nominalisations ("consolidation", "accountability"), clause
    markers ("which", "although", commas, dashes and brackets that open asides), figures beyond
    the first two, and long words other than names. A sentence of 20 or more words whose load
    reaches 55 is reported, with what makes it heavy.

    A 31-word sentence of plain reported facts is easy to read and is left alone; a 29-word
    sentence of abstract nouns and nested clauses is not. Split it where a new idea starts, turn
    abstract nouns back into verbs ("the implementation of" -> "carrying out"), or move figures
    into a sentence of their own. Only the writer's words are measured: words inside direct
    quotations are the speaker's, a sentence that is mostly quotation is never reported, and
    lists of names or results are not prose. On edited news copy this fires about once in
    2,500 words. Options: `dense-min-words`, `dense-load`.
    """
    limits = _limits(ctx)
    for s in measure_sentences(doc):
        if s.counts.words < limits.dense_min_words or s.is_list or s.mostly_quoted:
            continue
        d = density(doc, s)
        if d is None or d.words < limits.dense_min_words or d.figures * 3 > d.words:
            continue
        if d.load >= limits.dense_load:
            yield Finding(s.span, f"Hard to follow ({d.reasons()}): split it or rewrite it")


@rule(
    "readability.long-paragraph",
    "Flags news paragraphs of more than 4 sentences or more than 100 words.",
    severity="suggestion",
    bad=[
        "The mill closed in 1982. Its owners blamed cheap imports. Hundreds lost their jobs."
        " The town never recovered. Now a developer wants to turn it into flats."
    ],
    good=["The mill closed in 1982. Its owners blamed cheap imports.\n\nHundreds lost their jobs."],
    source=SOURCE,
)
def long_paragraph(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a paragraph of more than 4 sentences or more than 100 words.

    News paragraphs are short: one idea each, usually one to three sentences, so that readers
    on a phone see white space often. Break the paragraph where the subject or the speaker
    changes. Options: `max-paragraph-sentences`, `max-paragraph-words`.
    """
    limits = _limits(ctx)
    per_block: dict[int, tuple[int, int]] = {}
    for s in measure_sentences(doc):
        if doc.blocks[s.block].kind == "paragraph":
            count, words = per_block.get(s.block, (0, 0))
            per_block[s.block] = (count + 1, words + s.counts.words)
    for index, (count, words) in per_block.items():
        if count > limits.max_paragraph_sentences or words > limits.max_paragraph_words:
            message = (
                f"Paragraph of {count} sentence{'s' if count != 1 else ''} and {words} words (limit"
                f" {limits.max_paragraph_sentences} sentences, {limits.max_paragraph_words} words): break it up"
            )
            yield Finding(doc.blocks[index].span, message)


_GRADE_BAD = (
    "Notwithstanding considerable uncertainty regarding macroeconomic conditions, the organisation"
    " anticipates substantial improvements in operational profitability throughout the forthcoming"
    " financial year. Management attributes the anticipated recovery principally to comprehensive"
    " restructuring initiatives, including the consolidation of administrative functions and the"
    " rationalisation of unprofitable distribution operations. Nevertheless, independent analysts"
    " remain considerably more cautious, emphasising persistent vulnerabilities associated with"
    " fluctuating commodity prices, intensifying international competition and deteriorating"
    " consumer confidence across principal European markets. Institutional shareholders, representing"
    " approximately forty percent of outstanding securities, have additionally requested comprehensive"
    " clarification concerning executive remuneration arrangements, particularly performance-related"
    " incentive entitlements, before the forthcoming annual general meeting considers the resolutions."
    " Independent directors consider these representations entirely reasonable."
)
_GRADE_GOOD = (
    "The firm says it will make more money next year. It has cut costs. It has shut shops that lost"
    " money, and it has merged back-office jobs. Its boss says the worst is over. Not everyone agrees."
    " Some analysts say the firm is still at risk. Oil prices go up and down. Rivals from abroad are"
    " getting stronger. Shoppers in Europe are spending less. The firm will report its results in May,"
    " and its shares rose by 3% on the news. Staff have been told that there will be no more job cuts"
    " this year. The union says it will wait and see."
)


@rule(
    "readability.grade",
    "Flags a body with Flesch Reading Ease below 50 or Flesch-Kincaid grade above 12.",
    severity="warning",
    bad=[_GRADE_BAD],
    good=[_GRADE_GOOD],
    source="Flesch Reading Ease and Flesch-Kincaid grade (textstat's formulas)",
    tags=("document",),  # about the whole article (changed-lines runs keep it when the file changed)
)
def grade(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a whole article that is hard to read: a Flesch Reading Ease below 50 or a
    Flesch-Kincaid grade above 12, computed over the body (headings and titles left out) when
    it has at least 100 words. Reported once, at the first line of the body, with the scores.

    News aims at readers of grade 10-12 or below (Reading Ease 50-60 and up). Shorten the
    longest sentences first, then swap long words for short ones; `copylint stats` shows the
    scores. Options: `min-reading-ease`, `max-grade`, `grade-min-words`.
    """
    limits = _limits(ctx)
    sentences = measure_sentences(doc)
    counts = body_counts(sentences)
    if counts.words < limits.grade_min_words:
        return
    ease, level = counts.reading_ease() or 0.0, counts.grade() or 0.0
    if ease >= limits.min_reading_ease and level <= limits.max_grade:
        return
    first = doc.blocks[sentences[0].block].span
    line_end = doc.prose.find("\n", first.start, first.end)
    span = Span(first.start, first.end if line_end < 0 else line_end)
    message = (
        f"Hard to read: Flesch Reading Ease {ease:.0f} (aim for {limits.min_reading_ease:g} or more),"
        f" Flesch-Kincaid grade {level:.1f} (aim for {limits.max_grade:g} or less);"
        f" {counts.words} words in {counts.sentences} sentences, {counts.words_per_sentence:.1f} a sentence"
    )
    yield Finding(span, message)


@rule(
    "readability.passive-voice",
    "Suggests the active voice for passive constructions ('was arrested by police').",
    severity="suggestion",
    bad=["The man was arrested by police on Friday.", "The disease has been witnessed in three towns."],
    good=["Police arrested the man on Friday.", "She was born in Leeds and is tired of the commute."],
    source="Plain-language guidance: prefer the active voice",
    skip_quotes=True,
)
def passive_voice(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Flags a passive construction: a form of "be" and a past participle ("was arrested by",
    "has been witnessed", "is being investigated").

    The active voice says who did what, and is shorter: "Police arrested the man" rather than
    "The man was arrested by police". The passive is right when the actor is unknown or beside
    the point; this is a suggestion. Left alone: participles that act as adjectives ("is
    tired", "was born", "is based in", "were worried"), "is set to", "is supposed to", and
    direct quotations. Options: `passive-allow`, a list of participles never to flag;
    `passive-agent-only: true` flags only passives that name the actor ("by ..."), where the
    active rewrite is always possible.
    """
    limits = _limits(ctx)
    allow = frozenset(w.lower() for w in limits.passive_allow)
    for s in measure_sentences(doc):
        for p in find_passives(doc.prose, s.span.start, s.span.end, allow):
            if limits.passive_agent_only and not p.agent:
                continue
            phrase = doc.prose[p.start : p.end]
            if p.agent:
                message = f"Passive voice '{phrase}': put the actor first (active voice)"
            else:
                message = f"Passive voice '{phrase}': if the actor is known, name it and use the active voice"
            yield Finding(Span(p.start, p.end), message)
