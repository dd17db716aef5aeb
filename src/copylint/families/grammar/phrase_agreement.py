"""Subject-verb agreement across a phrase, from the shipped tagger's chunks: the verb agrees with
the head of the subject, not with the noun next to it ("The archive of records and posters
were ..."), and two subjects joined by "and" take a plural verb."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.grammar.base import replace
from copylint.nlp.analysis import Sentence, Tok, phrase_end, subject_head, tagged
from copylint.nlp.lemma import inflect
from copylint.rule import Context, rule

#: Nouns British English treats as a group of people (a plural verb is fine in en-GB).
COLLECTIVE = frozenset(
    "army audience band board cabinet class club committee community company council couple crew crowd "
    "family firm government group jury management majority minority navy opposition orchestra panel "
    "parliament party police population press public regiment school side squad staff team union "
    "electorate federation league association authority administration department ministry service "
    "trust charity bank agency partnership consortium coalition alliance family trio duo pair quartet "
    "quintet line-up lineup cast choir troupe gang mob delegation".split()
)
#: Heads whose number comes from the noun after "of" ("a number of people are", "the rest of it is").
QUANTITY = frozenset(
    "number majority minority lot lots rest bulk half third quarter proportion percentage total range variety "
    "couple group host handful series kind sort type pair set most some all none any part share fraction "
    "plenty dozens hundreds thousands millions billions per cent percent amount average maximum minimum "
    "one each either neither".split()
)
#: Nouns ending in -s that take a singular verb.
S_SINGULAR = frozenset(
    "news politics economics physics mathematics statistics athletics gymnastics series species means "
    "headquarters crossroads whereabouts measles diabetes".split()
)
#: Measures: "five years is a long time".
MEASURES = frozenset(
    "years months weeks days hours minutes seconds miles metres meters kilometres pounds dollars euros "
    "pence cents tonnes tons litres percent".split()
)
#: Compass words that follow a noun as an adverb ("the houses north of the road").
COMPASS = frozenset("north south east west northeast northwest southeast southwest upstream downstream".split())
TO_PLURAL = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}
TO_SINGULAR = {v: k for k, v in TO_PLURAL.items()}
_DETERMINERS = frozenset({"DT", "PRP$"})
#: Only the forms of "be", "have" and "do" are checked: their number is certain, whatever the tagger.
_CHECKED_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "does", "do"})
_SINGULAR_DETS = frozenset({"a", "an", "this", "that", "each", "every", "another"})
_PLURAL_DETS = frozenset({"these", "those", "many", "several", "few", "both"})
#: Words that open a clause of its own between a head and a verb: a subordinator, or a pronoun
#: that can only be a subject.
_INNER_CLAUSE = frozenset(
    {"if", "because", "although", "though", "unless", "whereas", "whether", "i", "he", "she", "we", "they"}
)


def _verb_number(tok: Tok) -> str | None:
    if tok.low in TO_PLURAL:
        return "sg"
    if tok.low in TO_SINGULAR:
        return "pl"
    if tok.tag == "VBZ":
        return "sg"
    if tok.tag == "VBP":
        return "pl"
    return None


def _clause_not_phrase(sent: Sentence, h: int) -> bool:
    """Is the head at ``h`` a noun plus an -s word that may be its verb ("place smells")?"""
    from copylint.families.grammar.lexicon import lexicon

    head = sent[h]
    return head.tag == "NNS" and h > 0 and sent[h - 1].tag == "NN" and "VBZ" in lexicon().tags(head.low)


def _fix(tok: Tok, want: str) -> str:
    table = TO_PLURAL if want == "pl" else TO_SINGULAR
    if tok.low in table:
        return table[tok.low]
    return inflect(tok.lemma, "VBP" if want == "pl" else "VBZ")


def _start(sent: Sentence) -> int | None:
    i = 0
    while i < len(sent) and sent[i].tag in ("``", "''", "-LRB-", ":"):
        i += 1
    if i < len(sent) and sent[i].tag in _DETERMINERS and sent[i].chunk == "B-NP":
        return i
    return None


def _complete(sent: Sentence) -> bool:
    return sent[-1].text in (".", "!", "?") or (len(sent) > 1 and sent[-2].text in (".", "!", "?"))


def _findings(doc: Document, british: bool) -> Iterator[Finding]:
    for sent in tagged(doc):
        start = _start(sent)
        if start is None or not _complete(sent):
            continue
        first_end = phrase_end(sent, start)
        got = subject_head(sent, start)
        if got is None:
            continue
        h, v = got
        head = sent[h]
        if head.low in COMPASS and h + 1 < v and sent[h + 1].low == "of":
            continue  # "The houses north of the road were ...": the head is the noun before the compass word
        if h + 2 < v and sent[h + 1].low == "that" and not sent[h + 2].tag.startswith(("VB", "MD")):
            continue  # "The fact that some people are ...": the verb belongs to the clause after 'that'
        coordinated = False
        if v == first_end and v + 2 < len(sent) and sent[v].low == "and" and sent[v + 1].tag in _DETERMINERS:
            # "The chairman and the chief executive is ...": two subjects
            second = phrase_end(sent, v + 1)
            got_other = subject_head(sent, v + 1)
            other = sent[got_other[0]] if got_other else None
            if other is None or other.tag not in ("NN", "NNS") or sent[v + 1].low in ("each", "every"):
                continue
            if _clause_not_phrase(sent, h):
                continue  # "The place smells and the owner is rude": two clauses, not two subjects
            coordinated, v = True, second
        elif v == first_end:
            continue  # no phrase between subject and verb: grammar.subject-verb-agreement's case
        while v < len(sent) and sent[v].tag == "RB" and sent[v].low not in ("n't", "not"):
            v += 1
        if v >= len(sent) or v + 1 >= len(sent):
            continue
        verb = sent[v]
        number = _verb_number(verb)
        if number is None or verb.low not in _CHECKED_VERBS or verb.tag not in ("VBZ", "VBP", "VBD"):
            continue
        if sent[start].low in ("each", "every", "either", "neither", "any", "no"):
            continue
        if head.tag not in ("NN", "NNS") or not head.text.islower() or head.low in QUANTITY:
            continue
        det = sent[start].low
        if (head.tag == "NNS" and det in _SINGULAR_DETS) or (head.tag == "NN" and det in _PLURAL_DETS):
            continue  # the tagger and the determiner disagree: not sure what the head is
        if any(t.tag in ("``", "''") or t.text in ("(", ")", "—", "–", ";", ":") for t in sent[start:v]):
            continue  # quoted titles, asides
        if any(t.low in _INNER_CLAUSE for t in sent[h + 1 : v]):
            continue  # "The growth shows that they are ...", "... forfeits if the work was late": another clause's verb
        if coordinated or (head.tag == "NNS" and head.low not in S_SINGULAR and head.low not in MEASURES):
            want = "pl"
        elif head.tag == "NN":
            want = "sg"
            if number == "pl" and head.low in COLLECTIVE and british:
                continue
            if head.low in ("police", "people", "staff", "cattle", "clergy"):
                continue
        else:
            continue
        if want == number:
            continue
        fix = _fix(verb, want)
        if not fix:
            continue
        if coordinated:
            message = f"'{verb.text}': two subjects joined by 'and' take a plural verb: write '{fix}'"
        else:
            message = f"'{verb.text}' does not agree with the subject '{head.text}': write '{fix}'"
        yield replace(verb.start, verb.end, message, verb.text, fix)


@rule(
    "grammar.agreement-across-phrase",
    "Flags a verb that agrees with the nearest noun instead of the subject's head: 'The archive of records and posters were'.",
    bad=[
        "The archive of instruments, signed records and posters were sold last year.",
        "The results of the survey was published on Monday.",
        "The man who owns the shops are away.",
        "The mayor and the council leader is expected to resign.",
    ],
    good=[
        "The archive of instruments, signed records and posters was sold last year.",
        "The results of the survey were published on Monday.",
        "A number of the players were injured.",
        "The government of the islands have said no.",
        "The place smells and the owner is rude.",
        "The fact that some shops are closed does not mean much.",
        "The pale faces of the pupils showed that they were tired.",
    ],
    fixable=True,
    skip_quotes=True,
    example_config={"language": "en-GB"},
)
def agreement_across_phrase(doc: Document, ctx: Context) -> list[Finding]:
    """The verb agrees with the head of its subject, however far away: *the archive of records
    and posters **was** sold*, *the results of the survey **show***, *the man who owns the shops
    **is***. Two subjects joined by *and* take a plural verb (*the chairman and the chief
    executive **are***). The subject is found by the part-of-speech tagger's noun-phrase chunks,
    across prepositional phrases (lists included) and a simple relative clause; only sentences
    that open with a determiner are checked. In British English a collective noun (*team*,
    *government*, *council*) may take a plural verb, and is left alone."""
    return list(_findings(doc, ctx.language == "en-GB"))
