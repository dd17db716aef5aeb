"""Clichés and journalese. The rules are the YAML pack ``rules/cliche.yaml``."""

from __future__ import annotations

from copylint.family import Family

FAMILY = Family(
    name="cliche",
    summary="Clichés, journalese and redundant phrases, with plainer alternatives.",
    skip_quotes=True,
    priority=50,
    packs=("cliche.yaml",),
)
