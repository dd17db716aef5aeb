"""Does a sentence name a source for what it asserts?

A claim is *attributed* when its sentence, or one of the previous sentences of the same
paragraph (the claim continues it), names a specific source: a reporting verb with a named or
pronoun subject ("police said", "Ellis told Reuters", "she added"), "according to" a named
source, a named document ("a report by the UN found", "figures from the ONS"), or a citation
(a link, a footnote marker, an author-year reference). Vague sources ("experts say", "studies
show", "it is believed") are found too, but never count as attribution.

Everything is computed on the prose with direct quotations blanked out, so the quoted words
can neither raise nor answer a claim.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from copylint import matching
from copylint.document import Document
from copylint.families.claims import lexicon as lx
from copylint.frozen import compared
from copylint.kinds.base import alternation

#: Blocks whose sentences are not checked for unsupported claims by default.
HEADLINE_KINDS = frozenset({"heading", "title"})

# Words before a vague noun that describe the source well enough ("official figures",
# "Downing Street sources", "the researchers").
_SPECIFIERS = frozenset(
    "the this that these those its his her their our my your official government ministry treasury police "
    "census company club court party union army bank council federal state national regional".split()
)
# Reporting verbs that are also common nouns, and what follows them when they are nouns.
_NOUN_LIKE = frozenset(
    "report reports show shows claim claims estimate estimates note notes forecast forecasts find finds "
    "quote quotes fear fears tweet tweets release releases record records publish".split()
)
_NOUN_AFTER = matching.compile(
    r"\s*(?:$|[.,;:!?)\]\"”’'—–-]|(?:of|on|in|for|by|from|at|with|to|about|and|or|into|over)\b)", re.IGNORECASE
)
_NOT_VERB_BEFORE = frozenset(
    "the a an this that its his her their our my your these those every each no some many several certain "
    "other various numerous few united member".split()
)
_PASSIVE_BEFORE = matching.compile(r"\b(?:is|are|was|were|be|been|being|'s|’s)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BY_AGENT = matching.compile(r"^\s+by\s+(?:the\s+)?(?:[A-Z0-9]|his|her|their|its|police|officials|researchers\s+at)")
# "... was described as 'average' by scouts": the agent comes later in the clause.
_NAMED_AGENT = matching.compile(
    r"\bby\s+(?!(?:some|many|most|critics|experts|others|observers|scholars|historians|commentators|people|analysts|various|several)\b)"
    r"(?:the\s+|his\s+|her\s+|their\s+|its\s+)?[\w'’-]+",
)
_CLAUSE_END = matching.compile(r"[.;:!?]|\s[-–—]\s")
# Words one of which every vague-source or passive pattern contains (a cheap first test): whole
# words, and words beginning with one of the prefixes; as tries, which ``re`` runs faster.
_HINT_WORDS = """
    say says said think thinks thought find finds found according seen viewed described hailed
    touted acclaimed suspected credited acknowledged presumed supposed assumed understood
    alleged deemed perceived those could view belief wisdom speculation criticism concern debate
    controversy agreement consensus dubbed branded called see saw feel feels felt held accepted
    hoped stated calculated proposed recommended some many others people reportedly evidence
    research studies widely generally commonly popularly universally often frequently
    traditionally reckoned reputed reputedly criticised criticized questioned disputed
    challenged doubted contested condemned praised lauded derided ridiculed attacked blamed
    accused regarded deemed consent contend allege hold holds that known has labeled labelled
    theorise theorize
""".split()
_HINT_PREFIXES = """
    argu believ claim suggest fear show indicat reveal prov confirm estimat predict expect
    speculat reported consider regard recogni reckon contend maintain insist warn agree point
    not assert worr question criticis criticiz prais doubt dismiss forecast demonstrat conclud
    dispute rumor rumour
""".split()
_VAGUE_HINT = matching.compile(rf"\b(?:{alternation(_HINT_WORDS)}|{alternation(_HINT_PREFIXES)}\w*)\b", re.IGNORECASE)
_REFERS_BACK = matching.compile(
    r"\b(?:the|this|that|its|their)\s+(?:survey|study|report|poll|research|figures|data|analysis|index|review|"
    r"census|findings)\b|\b(?:respondents|those\s+(?:surveyed|questioned|polled|asked|interviewed)|"
    r"(?:people|adults|readers|users)\s+(?:surveyed|questioned|polled|asked|interviewed)|of\s+readers|of\s+those)\b|"
    r"(?:^|\n)[\"'“‘(]*(?:They|It|These|This|Its|Their)\b"
)
# Plurals of words for people ("critics", "proponents", "historians", "scientists").
_AGENT_PLURAL = matching.compile(r"(?:ers|ors|ists|ants|ents|ians|ics|ives|als|ites|ees)$")
# Sides of a case or a deal: named by the story itself.
_PARTIES = frozenset(
    "prosecutors lawyers defendants plaintiffs claimants investigators detectives officers ministers officials".split()
)
_HEDGED_SAID = matching.compile(r"be\s+said\s+to\b", re.IGNORECASE)
_MODAL_BEFORE = matching.compile(r"\b(?:could|might|can)\s+$", re.IGNORECASE)
_WORD_BEFORE = matching.compile(r"([\w'’.-]+)\W*$")
_CAPITALISED = matching.compile(r"[A-Z][\w'’.-]*")
_SENTENCE_START_FILLER = matching.compile(r"^[\s\"'“‘(\[]*$")


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Cue:
    """A cue found in a sentence: offsets into the prose, the matched text and its kind."""

    start: int
    end: int
    text: str
    kind: str  # "vague"; "impersonal" ("it is believed"); "passive" ("is said to")


@compared
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Sources:
    """What one sentence says about its sources (offsets into the prose)."""

    named: tuple[tuple[int, int], ...]
    vague: tuple[Cue, ...]
    linked: bool = False
    #: Names a document ("a survey by PC Pro", "figures from the ONS") that later paragraphs
    #: may go on quoting from.
    document: bool = False

    @property
    def specific(self) -> bool:
        return self.linked or bool(self.named)


def blank_quotes(doc: Document) -> str:
    """``doc.prose`` with the inside of every direct quotation replaced by spaces."""
    prose = doc.prose
    if not doc.quotes:
        return prose
    parts: list[str] = []
    pos = 0
    for q in doc.quotes:
        inner_start, inner_end = q.start + 1, max(q.start + 1, q.end - 1)
        if inner_start < pos:
            continue
        parts.append(prose[pos:inner_start])
        # every character but a line break becomes a space (one str method call per line, not
        # a regex substitution per character)
        parts.append("\n".join(" " * len(line) for line in prose[inner_start:inner_end].split("\n")))
        pos = inner_end
    parts.append(prose[pos:])
    return "".join(parts)


#: How far back the "... before this point" patterns look. Searching from the sentence start
#: for every cue made long sentences with many cues quadratic.
_BACK = 80


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - _BACK), start)
    return m.group(1) if m else ""


_PREPOSITIONS = frozenset("of for with among from than like about between".split())


def described(text: str, start: int) -> bool:
    """Is the vague noun phrase at ``start`` described, or not the subject at all?

    "official figures", "Downing Street sources", "the critics", "last year's survey" name a
    source; "a survey of 1,000 people reported" has "people" inside a prepositional phrase.
    """
    if _SENTENCE_START_FILLER.match(text[:start]):
        return False
    word = _word_before(text, start)
    low = word.lower()
    return (
        low in _SPECIFIERS
        or low in _PREPOSITIONS
        or low.endswith(("'s", "’s", "s'"))
        or bool(_CAPITALISED.fullmatch(word))
    )


def vague_cues(text: str, base: int = 0) -> list[Cue]:
    """Vague sources and agentless passives in a (quote-blanked) sentence."""
    cues: list[Cue] = []
    if not _VAGUE_HINT.search(text):
        return cues

    def add(m: re.Match[str], kind: str) -> None:
        cues.append(Cue(base + m.start(), base + m.end(), m.group(0), kind))

    for rx in (lx.VAGUE_SOURCE_RX, lx.VAGUE_STUDY_RX):
        for m in rx.finditer(text):
            if not described(text, m.start()):
                add(m, "vague")
    for m in lx.GROUP_VIEW_RX.finditer(text):
        group = m.group("group")
        if described(text, m.start()) or (group[0].isupper() and not _SENTENCE_START_FILLER.match(text[: m.start()])):
            continue  # "the authors argue that", "Democrats argue that": a source the reader can place
        if group[0].isupper() and not _AGENT_PLURAL.search(group):
            continue  # "Yukos argued that", "Spears claimed that": a name opening the sentence
        if group.lower() in _PARTIES:
            continue  # "Prosecutors alleged that": a party to the case the story reports
        add(m, "vague")
    for rx in (lx.VAGUE_INVERTED_RX, lx.VAGUE_ACCORDING_RX, lx.SOME_SAY_RX, lx.OTHER_VAGUE_RX):
        for m in rx.finditer(text):
            add(m, "vague")
    passives = (
        (lx.IT_PASSIVE_RX, "impersonal"),
        (lx.NP_PASSIVE_RX, "passive"),
        (lx.ADVERB_PASSIVE_RX, "passive"),
        (lx.KNOWN_TO_RX, "passive"),
    )
    for rx, kind in passives:
        for m in rx.finditer(text):
            if _HEDGED_SAID.match(m.group(0)) and _MODAL_BEFORE.search(text, max(0, m.start() - _BACK), m.start()):
                continue  # "could be said to feature": the writer's own hedge ("arguably"), no hidden source
            clause = _CLAUSE_END.split(text[m.end() : m.end() + 400], 1)[0]
            if not _NAMED_AGENT.search(clause):
                add(m, kind)
    return _dedupe([c for c in cues if not _specific_document(text, c.start - base, c.end - base)])


#: A document cue ("a report", "research", "the figures").
DOCUMENT_WORDS = (
    r"reports?|stud(?:y|ies)|surveys?|polls?|research|figures|data|analys[ie]s|papers?|review|audit|"
    r"estimates?|findings|evidence|statistics|documents?|memos?|letters?|dossiers?"
)
DOCUMENT_CUE = matching.compile(rf"\b(?:{DOCUMENT_WORDS})\b", re.IGNORECASE)
# "a leaked report", "the council's own figures", "an internal memo": a document the reader can
# place even without its author's name.
_SPECIFIC_DOCUMENT = matching.compile(
    r"\b(?:leaked|internal|confidential|draft|own|secret|unpublished|classified|official|annual|quarterly|"
    r"monthly|independent|government|parliamentary|select\s+committee|public)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "according to a report earlier this week from the British Retail Consortium": named after.
_NAMED_AFTER = matching.compile(
    r"^(?:\s+[\w'’-]+){0,5}?\s+(?:by|from|for|of|at|published\s+by|commissioned\s+by|conducted\s+by)\s+"
    r"(?:the\s+)?[A-Z0-9]"
)


def _specific_document(text: str, start: int, end: int) -> bool:
    """Is the cue at ``start:end`` a document the reader can place: "a leaked report", "the
    council's own figures", "a report this week from the British Retail Consortium"?"""
    found = DOCUMENT_CUE.search(text, start, end)
    if not found:
        return False
    clause = _CLAUSE_END.split(text[end:], 1)[0]
    if _NAMED_AFTER.match(clause) or _NAMED_AFTER.match(text[found.end() : end] + clause):
        return True
    return bool(_SPECIFIC_DOCUMENT.search(text, max(0, start - 40), found.start()))


def _dedupe(cues: list[Cue]) -> list[Cue]:
    """Keep the longest of overlapping cues (vague before passive on ties)."""
    cues.sort(key=lambda c: (c.start, -(c.end - c.start), c.kind != "vague"))
    out: list[Cue] = []
    for c in cues:
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


def _specific_sources(text: str, vague: list[Cue], base: int = 0) -> tuple[list[tuple[int, int]], bool]:
    """Spans (offsets into ``text``) of named sources in a (quote-blanked) sentence, and whether
    the sentence names a document ("a report by", "official figures"; see ``Sources.document``)."""
    covered = sorted((c.start - base, c.end - base) for c in vague)
    starts = [s for s, _ in covered]
    reach = list(itertools.accumulate((e for _, e in covered), max))  # furthest end so far

    def inside(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1  # the spans starting at or before ``start``
        return i >= 0 and end <= reach[i]

    found: list[tuple[int, int]] = []
    document = False
    for rx in (lx.CITATION_RX, lx.DOCUMENT_SOURCE_RX, lx.INTERVIEW_RX, lx.OFFICIAL_RX, lx.RANKED_BY_RX):
        before = len(found)
        found.extend(m.span() for m in rx.finditer(text))
        if rx is lx.DOCUMENT_SOURCE_RX or rx is lx.OFFICIAL_RX:
            document = document or len(found) > before
    found.extend(m.span() for m in lx.ACCORDING_RX.finditer(text) if not inside(m.start(), m.end()))
    for m in lx.REPORTING_RX.finditer(text):
        if inside(m.start(), m.end()):
            continue
        if _word_before(text, m.start()).lower() in _NOT_VERB_BEFORE:
            continue  # a noun: "the show", "its report"
        if m.group(0).lower() in _NOUN_LIKE and _NOUN_AFTER.match(text, m.end()):
            continue  # a noun: "a long report.", "claims of abuse"
        if _PASSIVE_BEFORE.search(text, max(0, m.start() - _BACK), m.start()) and not _BY_AGENT.match(
            text[m.end() : m.end() + 200]
        ):
            continue  # "was found", "is expected": no agent
        found.append(m.span())
    return sorted(found), document


#: Where a claim's source may be: its own sentence, also the sentence before it, or anywhere
#: in its paragraph.
REACHES = frozenset({"sentence", "previous", "paragraph"})


def analyse(doc: Document) -> Attribution:
    """The (lazily filled) attribution analysis of ``doc``, shared by the claims rules through
    the document's memo."""
    return doc.memo(Attribution)


class Attribution:
    """Lazily computed sources of each sentence of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.blanked = blank_quotes(doc)
        self._sources: dict[int, Sources] = {}
        self._vague: dict[int, list[Cue]] = {}
        self._first_person: dict[int, bool] = {}
        self._linked = _linked_sentences(doc)
        self._intro = _first_body_block(doc)
        self._bodies: tuple[int | None, dict[str, int]] | None = None

    def _is_intro(self, block: int) -> bool:
        return block == self._intro

    def _body_block(self, block: int) -> bool:
        return self.doc.blocks[block].kind == "paragraph"

    def text(self, index: int) -> str:
        span = self.doc.sentences[index].span
        return self.blanked[span.start : span.end]

    def is_headline(self, index: int) -> bool:
        return self.doc.blocks[self.doc.sentences[index].block].kind in HEADLINE_KINDS

    def vague(self, index: int) -> list[Cue]:
        """The vague cues of sentence ``index`` (offsets into the prose); do not mutate."""
        found = self._vague.get(index)
        if found is None:
            found = self._vague[index] = vague_cues(self.text(index), self.doc.sentences[index].span.start)
        return found

    def vague_spans(self, index: int) -> list[tuple[int, int]]:
        """A new list of the vague cues' spans, as offsets into the sentence's text."""
        base = self.doc.sentences[index].span.start
        return [(c.start - base, c.end - base) for c in self.vague(index)]

    def first_person(self, index: int) -> bool:
        """Is sentence ``index`` written in the first person ("I think", "we had to")?"""
        found = self._first_person.get(index)
        if found is None:
            found = self._first_person[index] = lx.FIRST_PERSON_RX.search(self.text(index)) is not None
        return found

    def sources(self, index: int) -> Sources:
        found = self._sources.get(index)
        if found is None:
            span = self.doc.sentences[index].span
            text = self.text(index)
            vague = self.vague(index)
            spans, document = _specific_sources(text, vague, span.start)
            named = tuple((span.start + a, span.start + b) for a, b in spans)
            found = self._sources[index] = Sources(named, tuple(vague), index in self._linked, document)
        return found

    def attributed(self, index: int, scope: str = "paragraph", *, own: bool = True) -> bool:
        """Does a named source support sentence ``index`` within ``scope`` (one of REACHES)?

        "paragraph" also accepts a survey, study or set of figures named in the paragraph
        before, which the claim's paragraph goes on quoting from, and for the story's intro (its
        first paragraph) a source opening the paragraph after it. With ``own=False`` only the
        other sentences in scope are looked at (the caller has judged the sentence itself).
        """
        if own and self.sources(index).specific:
            return True
        if scope == "sentence":
            return False
        sentences = self.doc.sentences
        block = sentences[index].block
        if scope == "previous":
            return index > 0 and sentences[index - 1].block == block and self.sources(index - 1).specific
        j = index - 1
        while j >= 0 and sentences[j].block == block:
            if self.sources(j).specific:
                return True
            j -= 1
        j = index + 1
        while j < len(sentences) and sentences[j].block == block:
            if self.sources(j).specific:
                return True
            j += 1
        # The intro of a story, attributed at the start of the paragraph after it (wire style:
        # "Mexicans in the US sent home a record $16.6bn." / "The Bank of Mexico said ...").
        if (
            self._is_intro(block)
            and j < len(sentences)
            and self._body_block(sentences[j].block)
            and self.sources(j).specific
        ):
            return True
        # The source named in the next paragraph, speaking of the same thing (news copy states the
        # fact, then says who gave it: "... rose 6%." / "The figures, from the ONS, show ...").
        if j < len(sentences) and self._body_block(sentences[j].block):
            following = sentences[j].block
            claim = None
            while j < len(sentences) and sentences[j].block == following:
                if self.sources(j).specific:
                    claim = _topic(self.text(index)) if claim is None else claim
                    if claim & _topic(self.text(j)) or _DOCUMENT_BACK_REFERENCE.search(self.text(j)):
                        return True
                j += 1
        # The same body named as a source earlier in the story ("Sony said ..." ... "Sony has sold
        # 800,000 units"; "the company", "the survey" referring back to it).
        if self._same_body_earlier(index):
            return True
        # A paragraph going on with the figures of a survey or report named in the one before,
        # and referring back to it ("the survey", "respondents", "They ...").
        j = index - 1
        while j >= 0 and sentences[j].block == block:
            j -= 1
        block_span = self.doc.blocks[block].span
        if not _REFERS_BACK.search(self.blanked, block_span.start, sentences[index].span.end):
            return False
        while j >= 0 and sentences[j].block == block - 1:
            if self.sources(j).document:
                return True
            j -= 1
        return False

    def _same_body_earlier(self, index: int) -> bool:
        """Was a body this paragraph refers to named as a source in an earlier paragraph?"""
        sentences = self.doc.sentences
        block = sentences[index].block
        first_source, named_in = self._bodies_before()
        if first_source is None or first_source >= block:
            return False
        block_span = self.doc.blocks[block].span
        here = self.blanked[block_span.start : sentences[index].span.end]
        if _BODY_BACK_REFERENCE.search(here):
            return True
        return any(named_in.get(m.group(0), block) < block for m in _NAME.finditer(here))

    def _bodies_before(self) -> tuple[int | None, dict[str, int]]:
        """The block of the first specific source, and each name near a source -> the block it is
        first named in (a name counts for the blocks after that one). One map for the document:
        a copy of the names per block grew with blocks x names on a long file."""
        if self._bodies is not None:
            return self._bodies
        named_in: dict[str, int] = {}
        first_source: int | None = None
        sentences = self.doc.sentences
        for j, sentence in enumerate(sentences):
            sources = self.sources(j)
            if not sources.specific:
                continue
            if first_source is None:
                first_source = sentence.block
            base = sentence.span.start
            text = self.text(j)
            for a, b in sources.named:
                window = text[max(0, a - base - 80) : b - base + 80]
                for m in _NAME.finditer(window):
                    if m.group(0) not in _NOT_NAMES:
                        named_in.setdefault(m.group(0), sentence.block)
        self._bodies = (first_source, named_in)
        return self._bodies


_NAME = matching.compile(r"\b[A-Z][\w&’'-]*[A-Za-z]")
_NOT_NAMES = frozenset(
    """The A An But And He She It They We I In On At For Of As If When While This That These Those His Her Its Their
    Mr Mrs Ms Dr Sir Lord However Meanwhile Last Next Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December New Chief Prime
    Minister President Secretary Mayor Professor""".split()
)
#: "the survey", "these figures": a document already named in the story.
_BODY_BACK_REFERENCE = matching.compile(
    r"\b(?:the|this|that|these|its)\s+(?:survey|report|study|poll|research|figures|data|index|review|audit|findings)\b",
    re.IGNORECASE,
)
_DOCUMENT_BACK_REFERENCE = _BODY_BACK_REFERENCE
_STOP = frozenset(
    """about after again against among another because before being below between could during every first
    further having other their there these those through under until where which while would should
    since still later years today yesterday month months week weeks people""".split()
)


def _topic(text: str) -> frozenset[str]:
    """What a sentence is about, roughly: its names, and the first five letters of its longer words."""
    out = {m.group(0) for m in _NAME.finditer(text) if m.group(0) not in _NOT_NAMES}
    out.update(w[:5] for w in re.findall(r"\b[a-z]{5,}\b", text) if w not in _STOP and w not in _REPORTING_WORDS)
    return frozenset(out)


_REPORTING_WORDS = frozenset("said says saying added told according reported stated announced explained".split())


def _first_body_block(doc: Document) -> int | None:
    for i, block in enumerate(doc.blocks):
        if block.kind == "paragraph":
            return i
    return None


def _linked_sentences(doc: Document) -> frozenset[int]:
    """Sentences carrying a link: a URL or link mask, or link syntax in their source text."""
    out: set[int] = set()
    for mask in doc.masks:
        if mask.kind in {"url", "link"}:
            i = doc.sentence_index(mask.span.start)
            if i is not None:
                out.add(i)
    links = getattr(doc, "links", ())
    for link in links:
        span = getattr(link, "span", link)
        i = doc.sentence_index(span.start)
        if i is not None:
            out.add(i)
    if doc.format != "text" or "](" in doc.source or "<a " in doc.source:
        for i, sentence in enumerate(doc.sentences):
            start, end = doc.source_range(sentence.span)
            if lx.SOURCE_LINK_RX.search(doc.source, start, min(len(doc.source), end + 2)):
                out.add(i)
    return frozenset(out)
