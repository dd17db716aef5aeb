"""Built-in rule families: one package per family (``families/<name>/``), collected by the registry.

A family package declares ``FAMILY`` (a :class:`copylint.family.Family`) in its ``__init__.py``:
its name, summary, options dataclass (``options.py``), quotation policy, duplicate priority, its
Python rules (``rules_in(__name__)`` collects every ``@rule`` of its modules) and its YAML packs
in the top-level ``rules/`` folder. The machinery only one family uses lives in its package.

To add a rule: write a ``@rule`` function in a module of the family's package (or an entry in its
pack); nothing else needs registering. To add a family: a new package here with ``FAMILY``.
"""
