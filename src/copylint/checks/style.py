"""The `style` family (newsroom style with presets); the rules live in :mod:`copylint.style`."""

from copylint.style import OPTIONS, RULES

__all__ = ["OPTIONS", "RULES"]
