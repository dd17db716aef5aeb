"""Leftovers of scraped pages. The rules are the YAML pack ``rules/boilerplate.yaml``."""

RULES = ()
