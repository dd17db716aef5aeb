"""The built-in offline grammar checker: lexicon-backed, high-precision patterns.

Rules live in topic modules: articles (a/an), confused words, agreement (pronoun, noun and
'of'-phrase subjects, determiners), questions (auxiliary and verb form in questions), verb forms,
nouns (missing articles, uncountable nouns, quantifiers), phrases (who/whom, prepositions,
state verbs, say/tell), constructions, comparison (comparatives, double negatives, adverb
position), usage, and agreement across a phrase (:mod:`.phrase_agreement`, from the tagger's
chunks). Word classes come from the shipped lexicon (:mod:`.lexicon`, :mod:`.tags`) and, for the
token-pattern rules in ``rules/grammar-patterns.yaml`` and phrase agreement, from the shipped
part-of-speech tagger (:mod:`copylint.nlp`), run once per document and only when such a rule
runs. Misheard set phrases ("free reign") are the pack ``rules/grammar.yaml``; the LanguageTool
backend is :mod:`copylint.languagetool`.
"""

from __future__ import annotations

from copylint.families.grammar.options import GrammarOptions
from copylint.family import lazy_family

# FAMILY is built on first use (see copylint.family.lazy_family): importing a module of this
# package (the lexicon, which the tagger and the pattern kind read) must not import every
# grammar rule, whose modules import copylint.nlp back.
__getattr__ = lazy_family(
    __name__,
    name="grammar",
    summary="Grammar: articles, confused words, agreement, verb forms, noun phrases, set phrases and comparatives.",
    options=GrammarOptions,
    priority=20,
    block_local=True,
    packs=(
        "grammar.yaml",
        "grammar-patterns.yaml",
        "grammar-ported.yaml",
        "grammar-coverage.yaml",
        "grammar-confusions.yaml",
        "grammar-articles.yaml",
        "grammar-learner.yaml",
        "grammar-soundalikes.yaml",
        "grammar-dropped-words.yaml",
        "grammar-agreement-complements.yaml",
        "grammar-clause-forms.yaml",
        "grammar-context-slips.yaml",
        "grammar-dropped-frames.yaml",
        "grammar-agreement-slips.yaml",
        "grammar-function-word-slips.yaml",
        "grammar-word-class-confusions.yaml",
        "grammar-learner-s9.yaml",
        "grammar-context-s9.yaml",
        "grammar-breadth-s10.yaml",
        "grammar-dropped-s10.yaml",
        "grammar-s11.yaml",
        "grammar-s12.yaml",
    ),
)
