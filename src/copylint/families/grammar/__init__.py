"""The built-in offline grammar checker: lexicon-backed, high-precision patterns.

Rules live in topic modules: articles (a/an), confused words, agreement (pronoun, noun and
'of'-phrase subjects, determiners), questions (auxiliary and verb form in questions), verb forms,
nouns (missing articles, uncountable nouns, quantifiers), phrases (who/whom, prepositions,
state verbs, say/tell), constructions, comparison (comparatives, double negatives, adverb
position) and usage. Word classes come from the shipped lexicon (:mod:`.lexicon`, :mod:`.tags`);
no tagger model is loaded. Misheard set phrases ("free reign") are the pack ``rules/grammar.yaml``;
the LanguageTool backend is :mod:`copylint.languagetool`.
"""

from __future__ import annotations

from copylint.families.grammar.options import GrammarOptions
from copylint.family import Family, rules_in

FAMILY = Family(
    name="grammar",
    summary="Grammar: articles, confused words, agreement, verb forms, noun phrases, set phrases and comparatives.",
    options=GrammarOptions,
    priority=20,
    rules=rules_in(__name__),
    packs=("grammar.yaml",),
)
