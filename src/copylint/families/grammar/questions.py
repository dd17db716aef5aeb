"""Questions: the auxiliary agrees with the subject that follows it ('Does your parents...?'),
and the verb after the subject takes the form the auxiliary asks for ('Did you forgot?')."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.grammar.base import Word, replace, sentence_words
from copylint.families.grammar.lexicon import lexicon
from copylint.families.grammar.tags import adjective, base_of_past, base_of_third, count_singular, plural_only, tagset
from copylint.rule import Context, rule

MODAL_Q = frozenset("can could will would shall should must might".split())
INDEFINITE = frozenset("anybody anyone somebody someone everybody everyone nobody".split())
WH = frozenset("what where when why how who which whom whose".split())
COUNT_DETS = frozenset("both two three four five six seven eight nine ten twelve twenty several".split())
NP_DETS = frozenset("the a an this that these those my your his her our their its".split())
SINGULAR_DETS = frozenset({"a", "an", "this", "that"})
PLURAL_DETS = frozenset({"these", "those"})
#: auxiliary -> (its form for a singular subject, for a plural subject)
AUX_FORMS = {
    "do": ("does", "do"),
    "does": ("does", "do"),
    "have": ("has", "have"),
    "has": ("has", "have"),
    "is": ("is", "are"),
    "are": ("is", "are"),
    "was": ("was", "were"),
    "doesn't": ("doesn't", "don't"),
    "don't": ("doesn't", "don't"),
    "hasn't": ("hasn't", "haven't"),
    "haven't": ("hasn't", "haven't"),
    "isn't": ("isn't", "aren't"),
    "aren't": ("isn't", "aren't"),
    "wasn't": ("wasn't", "weren't"),
}
I_FORMS = {"is": "am", "are": "am", "has": "have", "does": "do", "was": "was", "doesn't": "don't", "hasn't": "haven't"}
#: Nouns that take a plural verb in British English, or whose number varies.
COLLECTIVE = frozenset(
    "government team council committee police family company club party board public staff crowd union band group "
    "audience jury couple majority minority number rest army navy management press media data cabinet remainder bulk "
    "proportion percentage total half third quarter fraction squad side trio duo pair cast crew choir orchestra "
    "panel authority opposition parliament assembly federation league association firm bank group "
    "audience consortium coalition delegation line-up lineup".split()
)


def noun_phrase_number(words: list[Word], j: int) -> tuple[str, int] | None:
    """Number ('sg'/'pl'/'i', '?' for a noun of either number) of the subject starting at words[j] and the index after it."""
    if j >= len(words) or (j > 0 and not words[j].joined):
        return None
    w = words[j]
    if w.low == "i" and w.text == "I":
        return "i", j + 1
    if w.low in ("he", "she", "it") or w.low in INDEFINITE:
        return "sg", j + 1
    if w.low in ("we", "they", "you"):
        return "pl", j + 1
    if w.low in COUNT_DETS and j + 1 < len(words) and words[j + 1].joined and not words[j + 1].capitalised:
        noun = words[j + 1].low
        if ("NNS" in tagset(noun) and "NN" not in tagset(noun)) or noun in (
            "people",
            "men",
            "women",
            "children",
            "police",
        ):
            return "pl", j + 2
        return None
    if w.low in NP_DETS:
        k = j + 1
        while (
            k < len(words)
            and words[k].joined
            and not words[k].capitalised
            and (
                adjective(words[k].low)
                or ("JJ" in tagset(words[k].low) and k + 1 < len(words) and count_singular(words[k + 1].low))
            )
        ):
            k += 1
        if k >= len(words) or not words[k].joined or words[k].capitalised:
            return None
        noun = words[k].low
        if k + 1 < len(words) and words[k + 1].joined and words[k + 1].low in ("and", "or", "of", "&"):
            return None
        if not tagset(noun) & {"NN", "NNS"}:
            return None  # "This was nothing like ...": 'this' is the subject, not a determiner
        while (
            k + 1 < len(words)
            and words[k + 1].joined
            and not words[k + 1].capitalised
            and tagset(words[k + 1].low) & {"NN", "NNS"}
            and not tagset(words[k + 1].low) & {"VB", "VBZ", "VBD", "VBN", "VBG", "JJ", "RB"}
        ):
            k += 1  # "your memory usage": the head is the last noun
            noun = words[k].low
        if noun in COLLECTIVE:
            return "?", k + 1
        tags = tagset(noun)
        if (
            plural_only(noun) or ("NNS" in tags and "NN" not in tags and noun.endswith("s"))
        ) and w.low not in SINGULAR_DETS:
            return "pl", k + 1
        if count_singular(noun) and w.low not in PLURAL_DETS:
            nxt = words[k + 1] if k + 1 < len(words) else None
            if nxt is not None and nxt.joined and count_singular(nxt.low):
                return None  # "the car park": a compound whose head comes later
            return "sg", k + 1
        if tags & {"NN", "NNS"}:
            return "?", k + 1  # number unknown ("school", "data"): only the verb form is checked
    return None


def _question_findings(doc: Document) -> Iterator[Finding]:
    lex = lexicon()
    for words in sentence_words(doc):
        last = words[-1]
        if doc.prose[last.end : last.end + 1] != "?":
            continue
        a = 0
        while a < len(words) - 1 and words[a].low in WH and words[a].joined:
            a += 1
        aux = words[a]
        if a > 0 and words[a - 1].low not in WH:
            continue
        if aux.low not in AUX_FORMS and aux.low not in ("did", "didn't") and aux.low not in MODAL_Q:
            continue
        subj = noun_phrase_number(words, a + 1)
        if subj is None:
            continue
        number, v = subj
        flagged = False
        if aux.low in AUX_FORMS and number != "?":
            want = I_FORMS.get(aux.low, aux.low) if number == "i" else AUX_FORMS[aux.low][0 if number == "sg" else 1]
            if number == "i" and aux.low in ("do", "have", "don't", "haven't"):
                want = aux.low
            if want != aux.low:
                flagged = True
                subject = doc.prose[words[a + 1].start : words[v - 1].end]
                yield replace(
                    aux.start,
                    aux.end,
                    f"'{aux.text} {subject}': the auxiliary does not agree with its subject; write '{want}'",
                    aux.text,
                    want,
                )
        if flagged or v >= len(words) or not words[v].joined or words[v].capitalised:
            continue
        verb = words[v]
        tags = tagset(verb.low)
        if aux.low in ("do", "does", "did", "don't", "doesn't", "didn't") or aux.low in MODAL_Q:
            base = ""
            if tags & {"VBZ"} and not tags & {"NNS", "VB"} and verb.low.endswith("s"):
                base = base_of_third(verb.low)
            elif (
                "VBD" in tags
                and not tags & {"NN", "NNS", "VB"}
                and ("JJ" not in tags or words[a + 1].low in ("i", "you", "he", "she", "it", "we", "they"))
            ):
                later = any(x.low in lex.verbs and "VB" in tagset(x.low) for x in words[v + 1 :])
                if "VBN" not in tags or words[a + 1].low in ("i", "you", "he", "she", "it", "we", "they") or not later:
                    base = base_of_past(verb.low)  # not "Did a man called Ann come?"
            if base:
                yield replace(
                    verb.start,
                    verb.end,
                    f"After '{aux.text}', use the base form '{base}', not '{verb.text}'",
                    verb.text,
                    base,
                )
        elif aux.low in ("have", "has", "haven't", "hasn't"):
            participle = ""
            if verb.low == "got":
                pass  # "Have you got a pen?": 'have got' (possession, obligation) in British and US English alike
            elif tags & {"VBD"} and "VBN" not in tags and not tags & {"NN", "NNS", "JJ"}:
                b = base_of_past(verb.low)
                participle = lex.verbs[b].participle[0] if b else ""
            elif tags and tags <= {"VB", "VBP"} and verb.low in lex.verbs:
                participle = lex.verbs[verb.low].participle[0]
            elif verb.low in ("were", "was"):
                participle = "been"
            if participle and participle != verb.low:
                yield replace(
                    verb.start,
                    verb.end,
                    f"After '{aux.text}', use the past participle '{participle}', not '{verb.text}'",
                    verb.text,
                    participle,
                )


@rule(
    "grammar.question-agreement",
    "Flags questions whose auxiliary or verb does not fit the subject: 'Does your parents know?', 'Did you forgot?', 'Have you went?'.",
    bad=[
        "Does your parents live in London?",
        "Did you forgot the keys?",
        "Have you went to the match?",
        "Where is your dogs?",
    ],
    good=[
        "Do your parents live in London?",
        "Did you forget the keys?",
        "Have you been to the match?",
        "Does the team play today?",
        "Have you got a pen?",
    ],
    fixable=True,
    skip_quotes=True,
)
def question_agreement(doc: Document, ctx: Context) -> list[Finding]:
    """In a question the auxiliary comes first and still agrees with the subject after it:
    *does your father*, *do your parents*, *has she*, *is your dog*, *are your dogs*. The verb
    that follows takes the form the auxiliary asks for: the base form after *do/does/did*
    (*did you forget*), the past participle after *have/has* (*have you been*). Only
    sentences ending in a question mark are checked, and collective nouns (*team*,
    *government*), whose verb may be singular or plural, are left alone."""
    return list(_question_findings(doc))
