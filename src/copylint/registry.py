"""Find every rule: built-in checks, built-in packs, local packs and entry-point plugins."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

from copylint.config import Config, ConfigError, OptionSchemas
from copylint.packs import load_pack_path
from copylint.rule import Rule

ENTRY_POINT_GROUP = "copylint.rules"


class PluginError(Exception):
    """A third-party plugin that cannot be loaded (the message names it)."""


def builtin_packs_dir() -> Path:
    """``rules/`` inside the installed package, or the checkout's top-level ``rules/``."""
    installed = resources.files("copylint") / "rules"
    if installed.is_dir():
        return Path(str(installed))
    return Path(__file__).resolve().parents[2] / "rules"


def _check_modules() -> list[ModuleType]:
    """Each family's rule module (``families/<name>/rules.py``, else the package), then LanguageTool's."""
    import copylint.families as families

    modules = []
    for name in sorted(m.name for m in pkgutil.iter_modules(families.__path__) if not m.name.startswith("_")):
        try:
            modules.append(importlib.import_module(f"copylint.families.{name}.rules"))
        except ModuleNotFoundError as exc:
            if exc.name != f"copylint.families.{name}.rules":
                raise
            modules.append(importlib.import_module(f"copylint.families.{name}"))
    modules.append(importlib.import_module("copylint.languagetool.rules"))
    return modules


@lru_cache(maxsize=1)
def builtin_rules() -> tuple[Rule, ...]:
    """Every built-in rule, with its default state, group and measured precision (copylint.defaults)."""
    from dataclasses import replace

    from copylint import defaults

    rules: list[Rule] = []
    for module in _check_modules():
        rules.extend(getattr(module, "RULES", ()))
    folder = builtin_packs_dir()
    for pack in sorted(folder.glob("*.yaml")):
        rules.extend(load_pack_path(pack, "builtin"))
    out: list[Rule] = []
    for r in rules:
        meta = defaults.apply(r.meta)
        out.append(r if meta is r.meta else replace(r, meta=meta))  # type: ignore[type-var]
    return tuple(out)


@lru_cache(maxsize=1)
def option_schemas() -> OptionSchemas:
    """Config sections the built-in checks read, merged across modules."""
    merged: dict[str, dict[str, Any]] = {}
    for module in _check_modules():
        for section, schema in getattr(module, "OPTIONS", {}).items():
            merged.setdefault(section, {}).update(schema)
    return merged


def _as_rules(obj: Any, name: str) -> list[Rule]:
    if isinstance(obj, ModuleType):
        obj = getattr(obj, "RULES", None)
        if obj is None:
            raise PluginError(f"plugin {name!r}: module has no RULES")
    elif callable(obj) and not hasattr(obj, "meta"):
        obj = obj()
    items = [obj] if hasattr(obj, "meta") else list(obj) if isinstance(obj, Iterable) else None
    if items is None or not all(hasattr(r, "meta") and callable(getattr(r, "check", None)) for r in items):
        raise PluginError(f"plugin {name!r}: expected a Rule or a list of rules, got {type(obj).__name__}")
    return items


def plugin_rules() -> list[Rule]:
    from dataclasses import replace
    from importlib.metadata import entry_points

    rules: list[Rule] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = ep.load()
        except Exception as exc:  # noqa: BLE001 - any import failure is the plugin's
            raise PluginError(f"plugin {ep.name!r} ({ep.value}) failed to load: {exc}") from None
        for r in _as_rules(loaded, ep.name):
            try:
                r = replace(r, meta=replace(r.meta, origin=f"plugin:{ep.name}"))  # type: ignore[type-var]
            except TypeError:
                pass
            rules.append(r)
    return rules


@dataclass(frozen=True)
class Registry:
    """Every known rule by id, in a stable order."""

    rules: Mapping[str, Rule]

    @classmethod
    def load(cls, config: Config | None = None, plugins: bool = True) -> Registry:
        rules: dict[str, Rule] = {}
        extra: list[Rule] = []
        if plugins:
            extra.extend(plugin_rules())
        if config is not None:
            for pack in config.packs:
                extra.extend(load_pack_path(pack, f"pack:{pack.name}"))
        for r in (*builtin_rules(), *extra):
            if r.meta.id in rules:
                raise PluginError(f"duplicate rule id {r.meta.id!r} ({rules[r.meta.id].meta.origin} and {r.meta.origin})")
            rules[r.meta.id] = r
        registry = cls(dict(sorted(rules.items())))
        if config is not None:
            registry.validate(config)
        return registry

    def validate(self, config: Config) -> None:
        """Every selector in the config must name a known rule, family or matching glob."""
        from copylint.ids import hint
        from copylint.rule import FAMILIES

        families = {rid.split(".", 1)[0] for rid in self.rules} | set(FAMILIES)
        groups = self.groups()
        for selector, path in config.selectors():
            p = selector.pattern
            if p == "all" or p in groups:
                continue
            if any(c in p for c in "*?["):
                if not any(selector.matches(rid) for rid in self.rules):
                    raise ConfigError(path or "<config>", f"no rule matches {p!r}", selector.line)
            elif "." in p:
                if p not in self.rules:
                    raise ConfigError(path or "<config>", f"unknown rule id {p!r}{hint(p, self.rules)}", selector.line)
            elif p not in families:
                raise ConfigError(path or "<config>", f"unknown rule family {p!r}{hint(p, families)}", selector.line)

    def groups(self) -> frozenset[str]:
        """The names of the opt-in groups (built-in ones and any a rule names)."""
        from copylint.defaults import GROUPS

        return frozenset(GROUPS) | {r.meta.group for r in self.rules.values() if r.meta.group}

    def get(self, rule_id: str) -> Rule | None:
        return self.rules.get(rule_id)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rules.values())

    def __len__(self) -> int:
        return len(self.rules)
