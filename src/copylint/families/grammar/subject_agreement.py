"""Subject-verb agreement when the subject has no determiner of its own or opens with a
quantifier, and a prepositional phrase, a relative clause or a time word stands between its
head noun and the verb: "People in this city is", "Students who study hard gets", "Many people
in my country thinks", "Most of the people in the world wants", "Every student in the class
have". The head is found from the shipped tagger's noun-phrase chunks
(:mod:`copylint.nlp.analysis`); grammar.agreement-across-phrase checks the sentences that open
with a determiner or a possessive, this rule the others."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.grammar.base import replace
from copylint.families.grammar.lexicon import lexicon
from copylint.families.grammar.nouns import GROUP_NOUNS
from copylint.families.grammar.phrase_agreement import (
    COLLECTIVE,
    COMPASS,
    MEASURES,
    QUANTITY,
    S_SINGULAR,
    TO_PLURAL,
    TO_SINGULAR,
)
from copylint.families.grammar.tags import base_of_third
from copylint.nlp.analysis import Sentence, phrase_end, tagged
from copylint.rule import Context, rule

#: Words that open a subordinate clause whose subject may follow ("because people in ... is").
CLAUSE_OPENERS = frozenset("because although though while if when whenever since that".split())
#: Verbs of thinking and saying whose clause may follow without "that" ("I think people in
#: big cities are ...").
CLAUSE_VERBS = frozenset(
    "think thinks thought believe believes believed feel feels felt say says said hope guess".split()
)
#: Quantifiers that open a plural subject directly ("many people in my country think").
PLURAL_OPENERS = frozenset("many most some all few several both".split())
#: Quantifiers followed by "of" + a determined plural noun ("most of the people ... want").
OF_OPENERS = frozenset("most some all many several few both half".split())
OF_DETERMINERS = frozenset("the these those my your his her our their".split())
#: Determiners of a subject that opens a clause inside the sentence ("because the students ...").
CLAUSE_DETERMINERS = OF_DETERMINERS | {"this", "its"}
#: Words before a singular subject whose "were" is a subjunctive ("if the rule were changed",
#: "I wish the weather were warmer"), which this rule leaves alone.
SUBJUNCTIVE_CUES = frozenset("if wish wished though as suppose supposing imagine rather unless whether".split())
#: Singular nouns that take a plural verb or may, in either variety ("the staff are", "the data
#: are").
PLURAL_MEANING = frozenset("police people staff cattle clergy personnel data media crew youth".split())
#: Phrases ending in "of" that count more than one ("a lot of people think").
COUNTING_OF = (("a", "lot", "of"), ("lots", "of"), ("plenty", "of"))
#: Singular subjects: "every student in the class has", "everyone in the room was".
EVERY = frozenset({"every", "each"})
INDEFINITE = frozenset("everyone everybody someone somebody anyone anybody nobody".split())
#: Nouns of time the tagger keeps inside the subject's chunk ("young people today think").
TIME_WORDS = frozenset("today nowadays now tonight".split())
#: Plurals without -s whose verb right after them grammar.irregular-plural-agreement checks.
IRREGULAR_PLURALS = frozenset("people children men women".split())
#: Adverbs that may stand between the subject and its verb.
MID_ADVERBS = frozenset("also always often usually really still never sometimes generally rarely only just".split())
#: Singular verb forms -> plural ones, and the reverse (grammar.agreement-across-phrase's tables).
_SINGULAR_FORMS = TO_PLURAL
_PLURAL_FORMS = TO_SINGULAR
#: Tokens that show the stretch between subject and verb is not a plain phrase (quotes, asides,
#: lists, a second subject).
_BREAKS = frozenset({"``", "''", ",", ":", "-LRB-", "-RRB-", "CC", "PRP", "EX", "POS"})


def title_like(sent: Sentence) -> bool:
    """A headline or title: no closing punctuation and most words capitalised ("Students In
    Crisis Gets Help"). A sentence a writer left without its full stop is checked."""
    if sent[-1].text in (".", "!", "?", '"', "'", "''", ")") or (len(sent) > 1 and sent[-2].text in (".", "!", "?")):
        return False
    alpha = [t for t in sent if t.text[:1].isalpha()]
    return 2 * sum(t.text[:1].isupper() for t in alpha) >= len(alpha)


def _opening(sent: Sentence) -> int:
    i = 0
    while i < len(sent) and sent[i].tag in ("``", "''", "-LRB-", ":"):
        i += 1
    return i


#: The words after which :func:`_clause_starts` may start a clause (one set test a token).
_CLAUSE_WORDS = CLAUSE_OPENERS | CLAUSE_VERBS
#: The first words a subject :func:`_subject` reads may start with when its first token does not
#: open a noun chunk: the counting phrases', the quantifiers before "of", the indefinite pronouns.
_UNCHUNKED_FIRSTS = frozenset(phrase[0] for phrase in COUNTING_OF) | OF_OPENERS | INDEFINITE


def _clause_starts(sent: Sentence) -> Iterator[int]:
    i = _opening(sent)
    if i < len(sent):
        yield i
    words = _CLAUSE_WORDS
    for k in range(i, len(sent) - 1):
        tok = sent[k]
        low = tok.low
        if low in words and (
            (low in CLAUSE_OPENERS and tok.tag in ("IN", "WDT", "WRB"))
            or (low in CLAUSE_VERBS and tok.tag.startswith("VB"))
        ):
            yield k + 1


def _subject(sent: Sentence, s: int) -> tuple[int, int, str, bool] | None:
    """(first token of the head's phrase, head index, wanted number, opens with a quantifier)
    for a subject opening at ``s`` that this rule checks; None for any other shape."""
    first = sent[s]
    if first.chunk != "B-NP" and first.low not in _UNCHUNKED_FIRSTS:
        return None  # (what the tests below would return for it, without building ``lows``)
    n = len(sent)
    lows = tuple(t.low for t in sent[s : s + 4])
    for phrase in COUNTING_OF:
        if lows[: len(phrase)] == phrase:
            k = s + len(phrase)
            if k < n and sent[k].tag == "NNS" and sent[k].chunk == "B-NP":
                return k, k, "pl", True
            return None
    if len(lows) >= 3 and lows[0] in OF_OPENERS and lows[1] == "of" and lows[2] in OF_DETERMINERS:
        k = s + 2
        end = phrase_end(sent, k)
        h = end - 1
        return (k, h, "pl", True) if sent[h].tag == "NNS" else None
    if first.low in INDEFINITE and first.tag.startswith("NN"):
        return s, s, "sg", False
    if first.chunk != "B-NP":
        return None
    k = s
    quantified = determined = False
    if first.low in EVERY:
        end = phrase_end(sent, s)
        h = end - 1
        # (a verb right after the noun is grammar.each-every-agreement's)
        return (s, h, "sg", False) if h > s and sent[h].tag == "NN" else None
    if first.low == "all" and first.tag == "PDT":
        k, quantified = s + 1, True
    elif first.tag == "DT" and s == _opening(sent):
        return None  # "Some students in ...": grammar.agreement-across-phrase's ground
    elif first.low in PLURAL_OPENERS and first.tag in ("JJ", "JJS", "DT"):
        pass  # "many people in ...": a verb right after the noun is grammar.plural-subject-verb-s's
    elif first.low in CLAUSE_DETERMINERS and first.tag in ("DT", "PRP$") and s != _opening(sent):
        determined = True  # "because the students who study hard ...": a clause inside the sentence
    elif first.tag not in ("NNS", "JJ"):
        return None  # a determiner or possessive: grammar.agreement-across-phrase's ground
    end = phrase_end(sent, k)
    h = end - 1
    while h > k and sent[h].low in TIME_WORDS:
        h -= 1
    if h > k and sent[h].low in COMPASS and h + 1 < n and sent[h + 1].low == "of":
        h -= 1  # "the houses north of the road were ...": the head is the noun before the compass word
    if any(t.tag not in ("JJ", "JJS", "DT", "PDT", "PRP$", "CD", "NNS", "NN") for t in sent[k:h]):
        return None
    if not determined and any(t.tag == "NN" for t in sent[k:h]):
        return None  # a noun modifier: "Sales tax rises ..." is a clause, not a subject
    if sent[h].tag == "NNS":
        return k, h, "pl", quantified
    if sent[h].tag == "NN" and determined and first.low not in ("these", "those"):
        return k, h, "sg", True  # "that the account holder are"
    return None


def _after_subject(sent: Sentence, h: int, want: str) -> tuple[int, bool] | None:
    """Index of the finite verb after the subject whose head is at ``h``, and whether a phrase,
    clause or time word stands between; None when the stretch has another shape."""
    n = len(sent)
    i = phrase_end(sent, h)
    between = i > h + 1  # a time word inside the chunk ("young people today")
    # prepositional phrases: (IN NP)+
    while i + 1 < n and sent[i].tag == "IN" and sent[i].low != "that" and sent[i + 1].chunk == "B-NP":
        i = phrase_end(sent, i + 1)
        between = True
    # a relative clause whose own verb is plural or past: "who study hard", "that work all day"
    if i + 1 < n and sent[i].low in ("who", "that", "which") and sent[i].tag in ("WP", "WDT"):
        verb = sent[i + 1]
        if verb.tag not in ("VBP" if want == "pl" else "VBZ", "VBD", "MD"):
            return None
        i += 2
        while i < n and sent[i].tag in ("RB", "VB", "VBN", "VBG") and sent[i].low not in ("not", "n't"):
            i += 1
        if i < n and sent[i].chunk == "B-NP" and sent[i].tag not in ("PRP",):
            i = phrase_end(sent, i)
        while i + 1 < n and sent[i].tag == "IN" and sent[i + 1].chunk == "B-NP":
            i = phrase_end(sent, i + 1)
        between = True
    while i < n and (sent[i].low in MID_ADVERBS or sent[i].low in TIME_WORDS):
        i += 1
        between = True
    return (i, between) if i < n else None


def _fix(verb: str, want: str) -> str:
    if want == "pl":
        if verb in _SINGULAR_FORMS:
            return _SINGULAR_FORMS[verb]
        return base_of_third(verb)
    return _PLURAL_FORMS.get(verb, "")


#: Frequency and focus adverbs between a sentence's subject and its verb ("the students often
#: get lost").
GAP_ADVERBS = frozenset(
    "always usually often never sometimes rarely seldom also still really just generally normally".split()
)
#: Determiners of a sentence-opening subject checked across such an adverb.
GAP_DETERMINERS = frozenset("the this that these those my your his her its our their".split())


def _adverb_gap(sent: Sentence) -> Finding | None:
    """'The teacher always are late', 'The students often gets lost': a sentence-opening
    subject with a determiner, a frequency adverb, and a verb of the other number (a singular
    subject with a bare lexical verb is grammar.singular-subject-base-verb's)."""
    s = _opening(sent)
    if s >= len(sent) or sent[s].low not in GAP_DETERMINERS or sent[s].tag not in ("DT", "PRP$"):
        return None
    end = phrase_end(sent, s)
    h = end - 1
    head = sent[h]
    if h == s or not head.text.isalpha() or not head.text.islower() or head.tag not in ("NN", "NNS"):
        return None
    if any(t.tag not in ("JJ", "NN", "CD") for t in sent[s + 1 : h]):
        return None
    if head.low in S_SINGULAR or head.low in MEASURES or head.low in QUANTITY or head.low in PLURAL_MEANING:
        return None
    if head.low in COLLECTIVE or head.low in GROUP_NOUNS:
        return None
    v = end
    while v < len(sent) and sent[v].low in GAP_ADVERBS and sent[v].tag == "RB":
        v += 1
    if v == end or v + 1 >= len(sent):
        return None
    verb = sent[v]
    if not verb.text.islower():
        return None
    if head.tag == "NN" and sent[s].low not in ("these", "those"):
        want = "sg"
        if verb.low not in _PLURAL_FORMS or verb.tag not in ("VBP", "VBD"):
            return None  # other verbs: grammar.singular-subject-base-verb's
        fix = _PLURAL_FORMS[verb.low]
    elif head.tag == "NNS" and sent[s].low not in ("this", "that"):
        want = "pl"
        if "NN" in lexicon().tags(head.low) and head.low.endswith("s"):
            return None  # "the series": singular
        # (after a determiner and an adverb, an -s word the tagger reads as a verb is one)
        if verb.low in _SINGULAR_FORMS or (
            verb.tag == "VBZ" and lexicon().tags(verb.low) <= {"VBZ", "NNS"} and bool(base_of_third(verb.low))
        ):
            fix = _fix(verb.low, want)
        else:
            return None
    else:
        return None
    if not fix or fix == verb.low:
        return None
    message = f"'{verb.text}' does not agree with the subject '{head.text}': write '{fix}'"
    return replace(verb.start, verb.end, message, verb.text, fix)


#: Subordinators that are prepositions too: after a participle they open a time phrase.
_TIME_PREPOSITIONS = frozenset(("since", "after", "before", "until", "till"))


def _findings(doc: Document) -> Iterator[Finding]:
    for sent in tagged(doc):
        if title_like(sent):
            continue
        gap = _adverb_gap(sent)
        if gap is not None:
            yield gap
            continue
        done = -1
        for s in _clause_starts(sent):
            if s <= done:
                continue
            if s > 1 and sent[s - 1].low in _TIME_PREPOSITIONS and sent[s - 2].tag == "VBN":
                continue  # "files changed since the last backup are": a time phrase of the participle, not a clause
            got = _subject(sent, s)
            if got is None:
                continue
            k, h, want, quantified = got
            head = sent[h]
            if not head.text[1:].islower() and len(head.text) > 1:
                continue
            if not head.text.islower() and h != 0:
                continue  # a name or title
            if head.low in S_SINGULAR or head.low in MEASURES or head.low in QUANTITY:
                continue
            tags = lexicon().tags(head.low)
            if want == "pl" and ("VBZ" in tags or ("NN" in tags and head.low.endswith("s"))):
                continue  # "results", "series": a verb or singular reading
            after = _after_subject(sent, h, want)
            if after is None:
                continue
            v, between = after
            if not between and (not quantified or head.low in IRREGULAR_PLURALS):
                continue  # the verb right after the noun: grammar.subject-verb-agreement's and
                # grammar.irregular-plural-agreement's case
            stretch = sent[s:v]
            if any(t.tag in _BREAKS for t in stretch) or any(
                not t.text.islower() and t.text.isalpha() and j + s != 0 for j, t in enumerate(stretch)
            ):
                continue  # lists, asides, names, a second subject
            verb = sent[v]
            if v + 1 >= len(sent) or not verb.text.islower():
                continue
            if want == "pl":
                wrong = verb.low in _SINGULAR_FORMS or (
                    verb.tag == "VBZ" and lexicon().tags(verb.low) <= {"VBZ"} and bool(base_of_third(verb.low))
                )
            else:
                if head.low in PLURAL_MEANING or head.low in COLLECTIVE or head.low in GROUP_NOUNS:
                    continue  # "the staff are", "the government have" (British English)
                if verb.low in ("were", "weren't") and any(t.low in SUBJUNCTIVE_CUES for t in sent[:h]):
                    continue  # "if the plan were dropped": a subjunctive
                wrong = verb.low in _PLURAL_FORMS and verb.tag in ("VBP", "VB", "VBD")
                if sent[k].low in CLAUSE_DETERMINERS and verb.low not in ("are", "were", "aren't", "weren't"):
                    wrong = False  # "insists that the player have": a subjunctive
                elif verb.low in ("have", "do") and sent[v + 1].tag in ("VBN", "VBD", "VB", "TO"):
                    wrong = wrong and verb.low == "do" and sent[v + 1].tag == "VB"
            if not wrong:
                continue
            fix = _fix(verb.low, want)
            if not fix:
                continue
            done = v
            message = f"'{verb.text}' does not agree with the subject '{head.text}': write '{fix}'"
            yield replace(verb.start, verb.end, message, verb.text, fix)


@rule(
    "grammar.agreement-distant-subject",
    "Flags a verb that does not agree with a distant subject opening a sentence or clause: 'People in this city is', 'Students who study hard gets'.",
    bad=[
        "People in this city is very friendly.",
        "Students who study hard gets good marks.",
        "Many people in my country thinks that money is important.",
        "Most of the people in the world wants peace.",
        "Every student in the class have a book.",
        "I think children from poor families has fewer chances.",
    ],
    good=[
        "People in this city are very friendly.",
        "Students who study hard get good marks.",
        "Many people in my country think that money is important.",
        "Most of the people in the world want peace.",
        "Every student in the class has a book.",
        "News of the deals was welcomed.",
        "Friends of the Earth is a charity.",
        "Five years in prison is a long time.",
        "Sales tax on the goods rises next year.",
        "Parents who work all day do not see their children.",
        "Each week only the files that have been changed since the last backup are copied.",
    ],
    fixable=True,
    skip_quotes=True,
)
def agreement_distant_subject(doc: Document, ctx: Context) -> list[Finding]:
    """The verb agrees with the head of its subject, however far away: *people in this city
    **are***, *students who study hard **get***, *many people in my country **think***, *most of
    the people in the world **want***, *every student in the class **has***, *I think the man
    who owns the shops **is***. Checked are subjects that open a sentence, or a clause after
    *because*, *that*, *if*, *when*, *think*, *said* and the like, with a bare plural noun
    (possibly after adjectives), with *many*, *most*, *some*, *all* or *a lot of*, with *most
    of the* and the like, or with *every*, *each*, *everyone*; inside a sentence also a subject
    with *the* or a possessive. The head noun is found from the tagger's chunks across
    prepositional phrases, a relative clause or a time word (*today*). Names, quotations, lists
    and asides in the subject are left alone, as are nouns that are also verbs (*results*),
    nouns whose plural is their singular, group nouns (*the government are* is British usage),
    and a subjunctive (*if the plan were dropped*, *insists that the player have*). Sentences
    that open with a determiner or a possessive are grammar.agreement-across-phrase's."""
    return list(_findings(doc))
