"""The built-in grammar family: articles, confused words, agreement, questions, verb forms, noun
phrases, fixed phrases, constructions, comparatives and double negatives (see
:mod:`copylint.families.grammar`). The LanguageTool backend lives in :mod:`copylint.languagetool.rules`;
misheard set phrases ("free reign") are the YAML rule in ``rules/grammar.yaml``."""

from __future__ import annotations

from copylint.families.grammar import (
    agreement,
    articles,
    comparison,
    confused,
    constructions,
    nouns,
    phrase_agreement,
    phrases,
    questions,
    usage,
    verbs,
)

RULES = (
    *articles.RULES,
    *confused.RULES,
    *agreement.RULES,
    *phrase_agreement.RULES,
    *verbs.RULES,
    *constructions.RULES,
    *comparison.RULES,
    *usage.RULES,
    *nouns.RULES,
    *questions.RULES,
    *phrases.RULES,
)

#: ``grammar: {different: locale | strict | off}``: which of "different than/to" to flag.
OPTIONS = {"grammar": {"different": frozenset({"locale", "strict", "off"})}}
