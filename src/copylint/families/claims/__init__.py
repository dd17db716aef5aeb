"""Unsupported-claims analysis: cue lexicons, attribution detection and the claims rules.

``copylint.families.claims.rules`` exports the rules; this package holds the machinery:

- :mod:`.lexicon`      cue patterns (vague sources, passives, quantifiers, superlatives...)
- :mod:`.numbers`      which numbers are statistics about the world (not dates, ages, scores)
- :mod:`.attribution`  does a sentence (or its paragraph) name a source for what it asserts?
- :mod:`.rules`        the rules themselves
"""
