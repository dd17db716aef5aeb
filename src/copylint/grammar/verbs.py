"""Wrong verb forms after auxiliaries: 'has went', 'could have went', 'didn't went', 'will goes'."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.grammar.base import MODALS, Word, replace, sentence_words
from copylint.grammar.lexicon import Lexicon, lexicon
from copylint.rule import Context, rule

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
    if "VBD" not in tags or "VBN" in tags or tags & NOUNISH or word not in lex.base_of:
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
            if aux in HAVE:
                verb = lex.verbs.get(bases[0]) if bases else None
                if verb and verb.participle[0] != v.low:
                    yield replace(v.start, v.end, f"After '{w.text}', use the past participle '{verb.participle[0]}', not '{v.text}'",
                                  v.text, *verb.participle)
            elif aux in DO or aux in MODALS or aux in MODAL_NEG or (aux == "to" and j == i + 1):
                if not bases and lex.tags(v.low) == {"VBZ"}:
                    bases = tuple(b for b, verb in lex.verbs.items() if verb.third == v.low)[:1]
                if bases:
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
