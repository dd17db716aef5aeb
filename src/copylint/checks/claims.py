"""Unsupported claims: unattributed statistics, sweeping and superlative claims, causal claims,
speculation, certainty markers, vague sources, agentless passives, quotes without a speaker.

The machinery lives in :mod:`copylint.claims`; this module only exports it to the registry.
"""

from __future__ import annotations

from copylint.claims.rules import OPTIONS, RULES

__all__ = ["OPTIONS", "RULES"]
