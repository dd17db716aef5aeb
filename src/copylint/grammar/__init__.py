"""The built-in offline grammar checker: lexicon-backed, high-precision patterns.

Rules live in topic modules (articles, confused words, agreement, verb forms, constructions,
comparison); :mod:`copylint.checks.grammar` exports them to the registry.
"""
