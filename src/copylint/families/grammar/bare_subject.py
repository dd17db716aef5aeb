"""Subject-verb agreement when the subject is a bare noun phrase (no determiner) that opens its
clause and the verb follows it straight away: "Students has to work hard", "Many students is
late", "In my country, cars makes a lot of noise", "I think teachers has too much work",
"Technology make our lives easier". The older agreement rules look at subjects with a determiner
or a possessive ("the students has", grammar.subject-verb-agreement), after a conjunction
(grammar.clause-subject-agreement) or with a phrase between subject and verb
(grammar.agreement-distant-subject); a bare subject right before its verb is this rule's."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Finding, Span
from copylint.document import Document
from copylint.families.grammar.articles import indefinite_article
from copylint.families.grammar.base import replace
from copylint.families.grammar.body import body_sentences
from copylint.families.grammar.countable import _unseen_countable, noun_classes
from copylint.families.grammar.keyed import keyed
from copylint.families.grammar.lexicon import lexicon
from copylint.families.grammar.nouns import GROUP_NOUNS
from copylint.families.grammar.phrase_agreement import COLLECTIVE, MEASURES, S_SINGULAR, TO_PLURAL, TO_SINGULAR
from copylint.families.grammar.subject_agreement import INDEFINITE, PLURAL_MEANING
from copylint.families.grammar.tags import base_of_third
from copylint.nlp.analysis import Sentence, tagged
from copylint.nlp.lemma import inflect
from copylint.rule import Context, rule
from copylint.toolkit import suggest

#: Quantifiers that may open a plural subject ("many students is").
QUANTIFIERS = frozenset("many most some all several both".split())
#: Verbs of thinking and saying whose clause may follow without "that" ("I think students has").
CLAUSE_VERBS = frozenset("think thought believe believed feel felt guess suppose agree agreed".split())
#: Subject pronouns before such a verb.
THINKERS = frozenset("i we you they people".split())
#: Frequency adverbs that may stand between subject and verb ("students often forgets").
MID = frozenset("always usually often never sometimes rarely seldom also still really just generally".split())
#: -s nouns that take a singular verb or name one thing: games, diseases, set nouns, surnames
#: that are also plurals ("Jobs", "Banks" are caught by the name test too).
SINGULAR_S = S_SINGULAR | frozenset(
    "sales thanks savings damages odds arms goods aids jobs sports darts billiards dominoes draughts "
    "checkers cards mumps rabies shingles earnings proceeds premises outskirts".split()
)
#: Plural nouns without -s: grammar.irregular-plural-agreement checks them.
IRREGULAR = frozenset("people children men women feet teeth mice geese".split())
#: Indefinite pronouns in -thing (grammar.indefinite-thing-verb's).
THINGS = frozenset("nothing something anything everything".split())
#: Forms of address used as names ("Mum want to know").
ADDRESS = frozenset(
    "mum mom dad mummy mommy daddy grandma grandpa grandad granny nan nana auntie uncle sir madam".split()
)
#: Singular subjects used with a bare verb in set phrases ("God bless", "Heaven forbid").
OPTATIVE = frozenset("god heaven lord goodness fate providence".split())
#: Endings of abstract and mass nouns the treebank has too few of to class ("technology",
#: "pollution", "education").
MASS_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ism", "ence", "ance", "ogy", "ics")
#: Tags of the word after a verb that reads as a noun too ("makes", "helps") which show it is the
#: verb: its object or complement starts.
OBJECT_START = frozenset({"DT", "PRP", "PRP$", "TO", "RB", "JJ", "JJR", "CD"})
#: Words that show the clause is not a plain statement with the noun as its subject.
INTRO_STOPS = frozenset({"VB", "VBD", "VBP", "VBZ", "MD", "CC", "WDT", "WP", "WRB", "EX", "PRP", "``", "''"})
#: Endings of nouns that are plural in form but name one thing or a mass ("physics", "news").
S_ENDINGS = ("ics", "ss", "us", "is", "news", "eries", "ecies", "eans", "quarters", "works", "ings", "ways")


def _names(doc: Document) -> frozenset[str]:
    """Lower-cased words written with a capital inside a sentence somewhere in the document:
    a word opening a sentence that is a name elsewhere ("Banks", "Fields") is not checked."""
    out = set()
    for sent in tagged(doc):
        for tok in sent[1:]:
            if tok.text[:1].isupper() and tok.text[1:].islower():
                out.add(tok.low)
    return frozenset(out)


def _starts(sent: Sentence, clause_verbs: list[int]) -> Iterator[tuple[int, bool]]:
    """Where a clause's subject may open: (index, opens the sentence); ``clause_verbs``: where
    the sentence has a verb of thinking ("I think students has ...")."""
    s = 0
    while s < len(sent) and sent[s].tag in ("``", "''", "-LRB-", ":"):
        s += 1
    if s >= len(sent):
        return
    yield s, True
    if sent[s].tag == "RB" and sent[s].low != "so" and s + 1 < len(sent) and sent[s + 1].tag in ("NN", "NNS", "JJ"):
        # "Recently scientist have ...", "Nowadays students has ..." ("So rules is":
        # grammar.plural-subject-singular-verb's)
        yield s + 1, True
    # an opening adverbial phrase and a comma: "In my country, students ...", "Nowadays, cars ..."
    if sent[s].tag in ("IN", "RB", "RBR", "RBS"):
        for c in range(s + 1, min(len(sent) - 2, s + 8)):
            if sent[c].text == ",":
                if all(t.tag not in INTRO_STOPS for t in sent[s:c]):
                    yield c + 1, False
                break
    # "I think students has ...", "We believe that cars is ..."
    for k in clause_verbs:
        if 0 < k < len(sent) - 2 and sent[k].tag.startswith("VB") and sent[k - 1].low in THINKERS:
            j = k + 1
            if sent[j].low == "that" and sent[j].tag in ("IN", "DT", "WDT"):
                j += 1
            yield j, False


def _plural_verb_fix(sent: Sentence, v: int, quantified: bool) -> str:
    """The plural form for the singular verb at ``v`` after a plural subject, or ''."""
    verb = sent[v]
    if not verb.text.islower():
        return ""
    if verb.low in TO_PLURAL:
        return TO_PLURAL[verb.low]
    if verb.tag != "VBZ" or quantified:
        return ""  # "many people believes": grammar.plural-subject-verb-s's
    tags = lexicon().tags(verb.low)
    if "VBZ" not in tags:
        return ""
    if tags & {"NN", "NNS"} and not (v + 1 < len(sent) and sent[v + 1].tag in OBJECT_START):
        return ""  # "Parents rights groups": a noun the tagger read as a verb
    return base_of_third(verb.low)


def _singular_verb_fix(sent: Sentence, v: int) -> str:
    """The -s form for the plural or base verb at ``v`` after a singular mass subject, or ''."""
    verb = sent[v]
    if not verb.text.islower() or verb.tag not in ("VBP", "VB"):
        return ""
    if verb.low in TO_SINGULAR:
        return TO_SINGULAR[verb.low]
    tags = lexicon().tags(verb.low)
    if "VBP" not in tags or verb.low in ("be", "am", "were"):
        return ""
    if tags & {"NN", "NNS", "JJ"} and not (v + 1 < len(sent) and sent[v + 1].tag in OBJECT_START - {"JJ", "JJR"}):
        return ""  # "Education reform ...", "Water supply ...": a noun compound
    return inflect(verb.low, "VBZ")


def _finding(sent: Sentence, s: int, opens: bool) -> tuple[Finding, str] | None:
    """The finding for a subject opening at ``s`` and its head word (a word that is a name
    elsewhere in the document is left alone by the caller), or None."""
    n = len(sent)
    k = s
    quantified = False
    if k < n and sent[k].low in QUANTIFIERS and sent[k].tag in ("DT", "JJ", "JJS", "PDT"):
        quantified = True
        k += 1
    h = k
    while (
        h < n
        and sent[h].tag in ("JJ", "JJR")
        and not lexicon().tags(sent[h].low) & {"VBG", "CD"}  # "Understanding ideas is": a gerund subject
        and (sent[h].text.islower() or (h == s and opens and sent[h].text[1:].islower()))
        and h - k < 2
    ):
        h += 1
    if h + 1 >= n or sent[h].tag not in ("NN", "NNS"):
        return None
    head = sent[h]
    low = head.low
    if not head.text.isalpha():
        return None
    if (
        low in INDEFINITE
        or low in THINGS
        or not (head.text.islower() or (h == s and opens and head.text[1:].islower()))
    ):
        return None  # a name, an initialism
    if s > 0 and sent[s - 1].tag in ("CC",):
        return None
    v = h + 1
    if sent[v].low in MID and sent[v].tag == "RB":
        v += 1
    if v + 1 >= n or sent[v + 1].tag in ("POS", "HYPH") or sent[v + 1].text in ("-", "'s", "’s"):
        return None
    tags = lexicon().tags(low)
    if head.tag == "NNS":
        if "NNS" not in tags or "NN" in tags or low in SINGULAR_S or low in IRREGULAR or low in MEASURES:
            return None
        if low.endswith(S_ENDINGS) or any(sent[x].tag == "CD" or sent[x].low.endswith("ing") for x in range(s, h)):
            return None
        fix = _plural_verb_fix(sent, v, quantified)
        if not fix:
            return None
        verb = sent[v]
        message = f"'{head.text} {verb.text}': the subject '{head.text}' is plural: write '{fix}'"
        return replace(verb.start, verb.end, message, verb.text, fix), low
    if head.tag != "NN" or quantified or not opens:
        return None
    if low in GROUP_NOUNS or low in COLLECTIVE or low in PLURAL_MEANING or low in OPTATIVE or low in ADDRESS:
        return None
    if tags == {"NN"} and (noun_classes().get(low) == "C" or _unseen_countable(low)):
        found = _countable_subject(sent, s, h, v)
        return None if found is None else (found, low)
    # a bare singular subject opening the sentence: a mass or abstract noun ("Technology make")
    cls = noun_classes().get(low)
    if h != s or tags != {"NN"} or not (cls in ("M", "B") or (cls is None and low.endswith(MASS_ENDINGS))):
        return None  # ("Crayfish live in rivers": a noun with a zero plural)
    fix = _singular_verb_fix(sent, v)
    if not fix:
        return None
    verb = sent[v]
    message = f"'{head.text} {verb.text}': the subject '{head.text}' is singular: write '{fix}'"
    return replace(verb.start, verb.end, message, verb.text, fix), low


_COUNTABLE_MESSAGE = " a singular countable noun with no article and a plural verb"


def _countable_subject(sent: Sentence, s: int, h: int, v: int) -> Finding | None:
    """A singular countable noun with no determiner opening the sentence before a plural verb:
    "Recently scientist have found", "Successful manager need good staff" (two slips: the
    noun lost its article or its plural)."""
    verb = sent[v]
    if v != h + 1 or (verb.low in ("need", "dare") and sent[v + 1].low in ("not", "n't")):
        return None  # "Applicant need not reply": the modal 'need'
    fix = _singular_verb_fix(sent, v)
    if not fix or (verb.tag == "VB" and verb.low not in TO_SINGULAR and sent[v + 1].tag not in OBJECT_START):
        return None
    first, head = sent[s], sent[h]
    before = first.text if s < h else ""
    plural = inflect(head.low, "NNS")
    lead = " ".join(t.text for t in sent[s:h])
    opening = (lead + " " if lead else "") + head.text
    many = (lead + " " if lead else "") + (plural if head.text.islower() else plural.capitalize())
    art = indefinite_article((before or head.text).lower())
    one = f"{art.capitalize()} {opening[:1].lower()}{opening[1:]} {fix}"
    return suggest(
        Span(first.start, verb.end),
        f"'{opening} {verb.text}':{_COUNTABLE_MESSAGE}: write '{many} {verb.text}' or '{one}'",
        f"{many} {verb.text}",
        one,
    )


def owned_subjects(doc: Document) -> list[tuple[int, int]]:
    """Spans of the singular countable subjects (and their verbs) this rule reports, for
    grammar.bare-singular-noun (opt-in), which leaves them to it."""
    return [(f.span.start, f.span.end) for f in doc.memo(_found) if _COUNTABLE_MESSAGE in f.message]


def _found(doc: Document) -> tuple[Finding, ...]:
    """The rule's findings, worked out once per document for the rule and :func:`owned_subjects`."""
    return tuple(_findings(doc))


def _findings(doc: Document) -> Iterator[Finding]:
    clause_verbs: dict[int, list[int]] = {}
    for sent, k in keyed(doc, CLAUSE_VERBS):
        clause_verbs.setdefault(id(sent), []).append(k)
    names: frozenset[str] | None = None
    for sent in body_sentences(doc):
        done = -1
        for s, opens in _starts(sent, clause_verbs.get(id(sent), [])):
            if s <= done:
                continue
            found = _finding(sent, s, opens)
            if found is None:
                continue
            if names is None:
                names = _names(doc)
            if found[1] not in names:
                done = s
                yield found[0]


@rule(
    "grammar.bare-subject-agreement",
    "Flags a verb that does not agree with a bare noun subject right before it: 'Students has to work hard', 'Technology make life easier'.",
    bad=[
        "Students has to work hard before exams.",
        "Many students is late on Mondays.",
        "In my town, buses runs every hour.",
        "I think teachers has too much work.",
        "Technology make our lives easier.",
    ],
    good=[
        "Students have to work hard before exams.",
        "Many students are late on Mondays.",
        "Physics is hard.",
        "Sales is the department he runs.",
        "Parents rights groups met on Monday.",
        "Banks has said he will stay. Mr Banks was unhappy.",
        "Heaven help us if it rains.",
        "Technology makes our lives easier.",
        "Police are looking for him.",
        "Ten years is a long time.",
    ],
    fixable=True,
    skip_quotes=True,
    source="tags from the shipped tagger; word classes from the shipped lexicon",
)
def bare_subject_agreement(doc: Document, ctx: Context) -> list[Finding]:
    """A verb agrees with its subject also when the subject has no determiner: *students
    **have** to work*, *many students **are** late*, *technology **makes** life easier*. The rule
    checks a bare noun phrase (a plural noun, perhaps after *many*, *most*, *some*, *all* and an
    adjective or two) that opens its clause: the sentence, the clause after an opening phrase
    and its comma (*In my town, buses run ...*), or the clause after *I think* / *we believe
    (that)*, with its verb straight after it (or after a frequency adverb). A singular subject is
    checked only when it opens the sentence and is a mass or abstract noun (*technology*,
    *history*, *pollution*); a countable one has lost its article as well.

    Left alone: nouns that are plural in form but singular in use (*news*, *physics*, *sales*,
    *means*, game and disease names), group nouns (*police*, *staff*, *government*), a
    capitalised word that is a name elsewhere in the document (*Banks has said ...*), a verb that
    reads as a noun too unless an object follows (*Parents rights groups*), set phrases such as
    *Heaven help us*, headlines and quotations."""
    return list(doc.memo(_found))


#: Words whose "that" clause may take a subjunctive ("insisted that the minister resign", "it is
#: vital that the patient rest", "the demand that the firm pay"): a clause after any of them in
#: the sentence is left alone.
MANDATIVE = frozenset(
    "insist demand suggest recommend propose request require ask urge order command decree move prefer "
    "stipulate advise desire beg direct rule vote resolve mandate pray ensure agree arrange petition "
    "essential important vital necessary crucial imperative critical key best better advisable desirable "
    "fitting appropriate proper urgent mandatory compulsory obligatory preferable right fair reasonable "
    "insistence proposal recommendation requirement suggestion condition motion provision stipulation "
    "wish decision resolution instruction".split()
)
THAT = frozenset({"that"})
#: Determiners of a singular subject in the clause.
CLAUSE_DETERMINERS = frozenset("the this my his her its our your their".split())


def _that_findings(doc: Document) -> Iterator[Finding]:
    for sent, t in keyed(doc, THAT):
        n = len(sent)
        if 0 < t < n - 3 and sent[t].tag == "IN":
            k = t + 1
            if sent[k].low not in CLAUSE_DETERMINERS:
                continue
            h = k + 1
            if h < n and sent[h].tag == "JJ" and sent[h].text.islower():
                h += 1
            if h + 2 >= n:
                continue
            head, verb = sent[h], sent[h + 1]
            if head.tag != "NN" or not head.text.isalpha() or not head.text.islower():
                continue
            low = head.low
            if lexicon().tags(low) & {"NNS", "VBZ"} or low.endswith("s"):
                continue
            if low in GROUP_NOUNS or low in COLLECTIVE or low in PLURAL_MEANING or low in INDEFINITE:
                continue
            if sent[h + 2].tag == "POS" or sent[h + 2].text in ("'s", "’s", "-"):
                continue
            if verb.low in TO_SINGULAR or not verb.text.islower():
                continue  # "that the price are": grammar.agreement-distant-subject's and the others'
            fix = _singular_verb_fix(sent, h + 1)
            if not fix or any(tok.low in MANDATIVE or tok.lemma in MANDATIVE for tok in sent[:t]):
                continue  # a subjunctive may follow
            yield replace(
                verb.start,
                verb.end,
                f"'{head.text} {verb.text}': the subject '{head.text}' is singular: write '{fix}'",
                verb.text,
                fix,
            )


@rule(
    "grammar.that-clause-agreement",
    "Flags a base-form verb after a singular noun subject in a 'that' clause: 'he said that the shop need a new sign'.",
    bad=[
        "He said that the shop need a new sign.",
        "I know that my brother want a car.",
        "The problem is that the customer lose interest.",
    ],
    good=[
        "He said that the company needs more money.",
        "They insisted that the minister resign.",
        "It is vital that the patient rest.",
        "The demand that the firm pay more was rejected.",
        "She said that the team want to stay.",
        "He said that the staff need a break.",
        "I know that the books sell well.",
    ],
    fixable=True,
    skip_quotes=True,
    source="tags from the shipped tagger; word classes from the shipped lexicon",
)
def that_clause_agreement(doc: Document, ctx: Context) -> list[Finding]:
    """A singular noun subject takes the -s form of a present-tense verb also in a clause after
    *that*: *he said that the shop **needs** a new sign*, *I know that my brother **wants** a
    car*. The subject must be a determiner (*the*, *this*, a possessive), perhaps an
    adjective, and a singular noun, with the verb straight after it.

    Left alone: a clause after a word that takes the subjunctive anywhere before it in the
    sentence (*insist*, *demand*, *suggest*, *recommend*, *essential*, *vital*, *important*, *the
    demand that* ...: *they insisted that the minister resign*), group nouns (*the team want*,
    *the staff need*), nouns that end in -s, a verb that is a noun too without an object after
    it, *are*/*were*/*have*/*do* (the older agreement rules check them), headlines and
    quotations."""
    return list(_that_findings(doc))
