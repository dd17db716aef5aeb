"""The built-in offline grammar checker: lexicon-backed, high-precision patterns.

Rules live in topic modules: articles (a/an), confused words, agreement (pronoun, noun and
'of'-phrase subjects, determiners), questions (auxiliary and verb form in questions), verb forms,
nouns (missing articles, uncountable nouns, quantifiers), phrases (who/whom, prepositions,
state verbs, say/tell), constructions, comparison (comparatives, double negatives, adverb
position) and usage. Word classes come from the shipped lexicon (:mod:`.lexicon`, :mod:`.tags`);
no tagger model is loaded. :mod:`copylint.families.grammar.rules` exports the rules to the registry.
"""
