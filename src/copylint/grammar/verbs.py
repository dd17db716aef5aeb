"""Wrong verb forms after auxiliaries: 'has went', 'could have went', 'didn't went', 'will goes'."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.grammar.base import DETERMINERS, MODALS, OBJECT_PRONOUNS, Word, replace, sentence_words
from copylint.grammar.lexicon import Lexicon, lexicon
from copylint.rule import Context, rule

BE_BASE = frozenset({"be", "been"})
HAVE = frozenset({"has", "have", "had", "'ve", "'d", "having", "hasn't", "haven't", "hadn't"})
DO = frozenset({"do", "does", "did", "don't", "doesn't", "didn't"})
MODAL_NEG = frozenset({"won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't", "mightn't", "shan't"})
#: Adverbs that may stand between the auxiliary and the verb.
BETWEEN = frozenset("not never already just also still ever even only really recently once always since then "
                    "probably certainly definitely actually finally now previously n't".split())
NOUNISH = frozenset({"NN", "NNS", "JJ", "RB", "JJR", "JJS"})


def _past_only(lex: Lexicon, word: str) -> tuple[str, ...]:
    """Verbs whose simple past is ``word`` when it cannot be a participle, noun or adjective."""
    tags = lex.tags(word)
    if "VBD" not in tags or "VBN" in tags or tags & NOUNISH or word not in lex.base_of or word.endswith("ed"):
        return ()
    return lex.base_of[word]


def _next_verb(words: list[Word], i: int) -> int | None:
    """Index of the first word after ``i`` that is not an in-between adverb (same clause)."""
    j = i + 1
    while j < len(words) and words[j].joined and words[j].low in BETWEEN:
        j += 1
    if j < len(words) and words[j].joined:
        return j
    return None


def _split_contraction(low: str) -> str:
    for suffix in ("'ve", "'d"):
        if low.endswith(suffix) and len(low) > len(suffix):
            return suffix
    return low


RELATIVE_HEADS = frozenset({"what", "everything", "all", "whatever", "anything", "something", "nothing"})


def _verb_form_findings(doc: Document) -> Iterator[Finding]:
    lex = lexicon()
    for words in sentence_words(doc):
        for i, w in enumerate(words):
            aux = _split_contraction(w.low)
            if aux == "'d" or (w.capitalised and i > 0 and aux not in HAVE):
                continue  # I'd (had or would); "May", "Will" as names
            j = _next_verb(words, i)
            if j is None or words[j].capitalised:
                continue
            v = words[j]
            if i >= 2 and words[i - 2].low in RELATIVE_HEADS:
                continue  # "everything he had went to charity": 'had' is the main verb
            bases = _past_only(lex, v.low)
            tags = lex.tags(v.low)
            after_det = i > 0 and words[i - 1].low in DETERMINERS
            if aux in HAVE or aux in BE_BASE:
                verb = lex.verbs.get(bases[0]) if bases and aux in HAVE else None
                if verb is None and tags and tags <= {"VB", "VBP"} and v.low in lex.verbs and not after_det:
                    verb = lex.verbs[v.low]  # "has often rain", "should be do"
                if verb and verb.participle[0] != v.low and v.low not in ("got", "be", "have", "do") or (verb and v.low == "do" and aux in BE_BASE):
                    yield replace(v.start, v.end, f"After '{w.text}', use the past participle '{verb.participle[0]}', not '{v.text}'",
                                  v.text, *verb.participle)
            elif aux == "to":
                if j != i + 1 or (i > 0 and words[i - 1].low in ("next", "due", "according", "up", "similar", "close", "addition", "compared")):
                    continue
                nxt = words[j + 1] if j + 1 < len(words) else None
                regular = "VBD" in tags and "VBN" in tags and not tags & NOUNISH and v.low in lex.base_of
                if regular and (nxt is None or not nxt.joined or nxt.low in DETERMINERS or nxt.low in OBJECT_PRONOUNS):
                    bases = lex.base_of[v.low]
                elif tags == {"VBZ"}:
                    bases = tuple(b for b, verb in lex.verbs.items() if verb.third == v.low)[:1]
                if bases and bases[0] != v.low:
                    yield replace(v.start, v.end, f"After 'to', use the base form '{bases[0]}', not '{v.text}'", v.text, bases[0])
            elif (aux in DO or aux in MODALS or aux in MODAL_NEG) and not after_det:
                negative = aux.endswith("n't") or aux == "cannot" or any(x.low == "not" for x in words[i + 1 : j])
                if not bases and (tags == {"VBZ"} or ("VBZ" in tags and (aux in MODALS or aux in MODAL_NEG or negative) and "NN" not in tags or (negative and "VBZ" in tags))) and v.low.endswith("s"):
                    bases = tuple(b for b, verb in lex.verbs.items() if verb.third == v.low)[:1]
                if bases and bases[0] != v.low:
                    yield replace(v.start, v.end, f"After '{w.text}', use the base form '{bases[0]}', not '{v.text}'", v.text, bases[0])


@rule("grammar.verb-form", "Flags a past tense or -s form after an auxiliary: 'has went', 'didn't went', 'will goes'.",
      bad=["The money has went to charity.", "He could have went further.", "She didn't went to the meeting.", "It will takes years."],
      good=["The money has gone to charity.", "He could have gone further.", "She didn't go to the meeting.", "It will take years."],
      fixable=True, skip_quotes=True)
def verb_form(doc: Document, ctx: Context) -> list[Finding]:
    """After *have/has/had* the verb takes its past participle (*has gone*, *had written*);
    after *do/does/did*, a modal (*will, can, should*...) or infinitive *to* it takes its
    base form (*didn't go*, *will take*). Only forms that cannot be anything else are
    flagged (*went*, *wrote*, *took*), so *has set* or *had read* pass. Direct quotations
    are left alone."""
    return list(_verb_form_findings(doc))


RULES = (verb_form,)
