"""Clichés and journalese. The rules are the YAML pack ``rules/cliche.yaml``."""

RULES = ()
