"""Typography: spacing, punctuation and quote marks (``rules.py`` and ``rules/typography.yaml``)."""
