"""Built-in rule families: one package per family (``families/<name>/``).

Each family package holds its Python rules (``rules.py``) and the machinery only it uses; YAML
packs for a family live in the top-level ``rules/`` folder (``rules/<family>.yaml``).
"""
