"""Find every family and rule: the built-in family packages, their packs, entry-point plugins
and a config's local packs."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Any

from copylint.config import Config, ConfigError, Selector
from copylint.family import Family, implicit
from copylint.frozen import compared
from copylint.packs import PackError, load_pack_path
from copylint.rule import Rule, RuleMeta

if TYPE_CHECKING:
    from copylint import ruleindex

ENTRY_POINT_GROUP = "copylint.rules"
#: Packages outside ``copylint.families`` that declare a family (backends).
BACKEND_PACKAGES = ("copylint.languagetool",)


class PluginError(Exception):
    """A third-party plugin that cannot be loaded (the message names it)."""


@cache
def builtin_packs_dir() -> Path:
    """``rules/`` inside the installed package, or the checkout's top-level ``rules/``."""
    installed = Path(__file__).with_name("rules")
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "rules"


def family_packages() -> list[str]:
    """The packages that declare the built-in families (``copylint.families.*``, then the backends)."""
    from copylint import families

    names = sorted(m.name for m in pkgutil.iter_modules(families.__path__) if m.ispkg and not m.name.startswith("_"))
    return [f"copylint.families.{name}" for name in names] + list(BACKEND_PACKAGES)


@lru_cache(maxsize=1)
def builtin_families() -> Mapping[str, Family]:
    """Every built-in family by name, with the rules of its packs added (once per process).

    The families come from the rule index (:mod:`copylint.ruleindex`): their rules are known by
    their metadata, and each is built when it first runs (a Python rule with its family's
    modules, a pack rule alone). When the user cache has no index, the one shipped in the
    package is used if it was written from these very sources, else every family is built to
    write it. Without a usable index every family is built here."""
    import os

    from copylint import ruleindex

    package_dir = Path(os.path.dirname(os.path.abspath(__file__)))

    def build() -> list[ruleindex.Entry]:
        shipped = ruleindex.shipped_entries(package_dir, builtin_packs_dir(), family_packages())
        return shipped if shipped is not None else index_entries()

    folders = (str(package_dir), str(builtin_packs_dir()))
    found = ruleindex.families(folders, build, indexed_rule)
    if found is None:
        found = {}
        for package in family_packages():
            family = built_family(package)
            found[family.name] = family
    return MappingProxyType(found)


def index_entries() -> list[ruleindex.Entry]:
    """Every built-in family, built, as the rule index keeps it (:func:`copylint.ruleindex.encode`)."""
    from copylint import ruleindex
    from copylint.packs import builtin_entry

    def entry(pack: str, position: int) -> Mapping[str, Any]:
        return builtin_entry(builtin_packs_dir() / pack, position)

    return [ruleindex.encode(package, built_family(package), _PACK_POSITIONS, entry) for package in family_packages()]


#: Built-in families built whole in this process (package -> family).
_BUILT: dict[str, Family] = {}
#: Built-in pack rule id -> (pack file name, position in the pack), as the packs were read.
_PACK_POSITIONS: dict[str, tuple[str, int]] = {}


def built_family(package: str) -> Family:
    """The built-in family declared in ``package``: its Python rules and its packs' rules, with
    the default state and measured precision of each (built once per process)."""
    found = _BUILT.get(package)
    if found is None:
        family = _declared(package)
        family = _with_packs(family, builtin_packs_dir())
        rules = tuple(_with_defaults(r) for r in family.rules)
        found = _BUILT[package] = replace(family, rules=rules)
    return found


def _declared(package: str) -> Family:
    family = importlib.import_module(package).FAMILY
    if not isinstance(family, Family):
        raise TypeError(f"{package}.FAMILY is not a Family")
    return family


def _with_defaults(r: Rule) -> Rule:
    from copylint import defaults

    return _with_meta(r, defaults.apply(r.meta))


@cache
def family_rules(package: str) -> Mapping[str, Rule]:
    """Rule id -> rule, of the built-in family declared in ``package`` (built on first use)."""
    return MappingProxyType({r.meta.id: r for r in built_family(package).rules})


def indexed_rule(package: str, rule_id: str, where: tuple[str, int] | None) -> Rule:
    """One built-in rule, built the way its family builds it: a Python rule with its family's
    modules, a pack rule alone (its family's modules are not imported for it)."""
    if package in _BUILT:
        return family_rules(package)[rule_id]
    if where is not None:
        return _pack_rule(package, *where)
    found = _python_rules(package).get(rule_id)
    return found if found is not None else family_rules(package)[rule_id]


@cache
def _python_rules(package: str) -> Mapping[str, Rule]:
    return MappingProxyType({r.meta.id: _with_indexed_defaults(package, r) for r in _declared(package).rules})


@cache
def _pack_rule(package: str, pack: str, position: int) -> Rule:
    from copylint import ruleindex

    ready = ruleindex.ready_rule(package, pack, position)  # a pattern rule as the index's build made it
    if ready is not None:
        return ready
    from copylint.packs import load_pack_rule

    return _with_indexed_defaults(package, load_pack_rule(builtin_packs_dir() / pack, position))


def _with_indexed_defaults(package: str, r: Rule) -> Rule:
    """:func:`_with_defaults` for a rule of the rule index: the index holds every built-in
    rule's metadata with the defaults applied (:func:`index_entries` writes what
    :func:`built_family` builds, from these very sources), so the rule takes that metadata
    (itself when equal) and the defaults (and their measured precision, read from JSON) are
    not worked out again for each rule a run builds."""
    meta = _indexed_metas().get((package, r.meta.id))
    if meta is None:
        return _with_defaults(r)
    return r if r.meta == meta else replace(r, meta=meta)  # type: ignore[type-var]


@cache
def _indexed_metas() -> Mapping[tuple[str, str], RuleMeta]:
    """(family package, rule id) -> the metadata the rule index holds (empty without an index)."""
    from copylint.ruleindex import IndexedRule

    return MappingProxyType(
        {
            (r.package, r.meta.id): r.meta
            for family in builtin_families().values()
            for r in family.rules
            if type(r) is IndexedRule
        }
    )


def _with_meta(r: Rule, meta: RuleMeta) -> Rule:
    return r if meta is r.meta else replace(r, meta=meta)  # type: ignore[type-var]


def _with_packs(family: Family, folder: Path) -> Family:
    """The family with its packs' rules appended to its Python rules."""
    rules = list(family.rules)
    for name in family.packs:
        single = (folder / name).is_file()
        for position, r in enumerate(load_pack_path(folder / name, "builtin")):
            if r.meta.family != family.name:
                raise PackError(folder / name, f"pack of family {r.meta.family!r} declared by family {family.name!r}")
            if single:
                _PACK_POSITIONS[r.meta.id] = (name, position)
            rules.append(r)
    return replace(family, rules=tuple(rules))


def builtin_rules() -> tuple[Rule, ...]:
    return tuple(r for family in builtin_families().values() for r in family.rules)


def option_schemas() -> Mapping[str, Family]:
    """Deprecated: ``load_config`` knows the declared families; kept for old callers."""
    return builtin_families()


def _plugin_family(obj: Any, name: str) -> tuple[Family, bool]:
    """A plugin's declaration: a Family, a module with FAMILY or RULES, a Rule, rules, or a
    callable returning any of these. Rules without a declared family get an implicit one."""
    if isinstance(obj, ModuleType):
        if isinstance(getattr(obj, "FAMILY", None), Family):
            obj = obj.FAMILY
        elif hasattr(obj, "RULES"):
            obj = obj.RULES
        else:
            raise PluginError(f"plugin {name!r}: module has no FAMILY or RULES")
    elif callable(obj) and not hasattr(obj, "meta") and not isinstance(obj, Family):
        obj = obj()
    origin = f"plugin:{name}"
    if isinstance(obj, Family):
        return replace(obj, rules=tuple(_stamp(r, origin) for r in obj.rules)), True
    items = [obj] if hasattr(obj, "meta") else list(obj) if isinstance(obj, Iterable) else None
    if not items or not all(hasattr(r, "meta") and callable(getattr(r, "check", None)) for r in items):
        raise PluginError(f"plugin {name!r}: expected a Family, a Rule or a list of rules, got {type(obj).__name__}")
    families = {r.meta.family for r in items}
    if len(families) != 1:
        raise PluginError(
            f"plugin {name!r}: rules of several families ({', '.join(sorted(families))}); declare a Family each"
        )
    return replace(implicit(families.pop()), rules=tuple(_stamp(r, origin) for r in items)), False


def _stamp(r: Rule, origin: str) -> Rule:
    try:
        return replace(r, meta=replace(r.meta, origin=origin))  # type: ignore[type-var]
    except TypeError:
        return r


def _installed_metadata() -> list[tuple[str, int, int]]:
    """Every installed distribution's entry-point file on ``sys.path`` with its size and
    modification time: what the entry points are read from."""
    import os
    import sys

    out = []
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                path = os.path.join(folder or ".", name, "entry_points.txt")
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                out.append((path, st.st_size, st.st_mtime_ns))
    return out


def _plugin_entries() -> list[tuple[str, str]]:
    """(name, value) of each ``copylint.rules`` entry point. ``importlib.metadata`` reads them
    (and costs a one-article run more than its rules' checks); its answer is kept in the user
    cache, keyed by every entry-point file on ``sys.path`` with its size and modification time,
    so installing, removing or changing any distribution reads them again."""
    import sys

    from copylint.diskcache import load_or_build

    installed = _installed_metadata()

    def read() -> list[tuple[str, str]]:
        if _no_plugin_listed([path for path, _, _ in installed]):
            return []  # what entry_points() finds, without importing and running it
        from importlib.metadata import entry_points

        return [(ep.name, ep.value) for ep in entry_points(group=ENTRY_POINT_GROUP)]

    key = repr((sys.path, installed))
    try:
        return [(str(name), str(value)) for name, value in load_or_build("entry-points", key, read)]
    except (TypeError, ValueError):
        return read()


def _no_plugin_listed(files: list[str]) -> bool:
    """True when no distribution can declare a ``copylint.rules`` entry point: none of the
    entry-point files on ``sys.path`` names the group, and distributions are found only there
    (every ``sys.path`` entry is a folder, and no finder but the standard one finds them)."""
    import os
    import sys
    from importlib.machinery import PathFinder

    if any(f is not PathFinder and hasattr(f, "find_distributions") for f in sys.meta_path):
        return False
    if any(os.path.isfile(folder) for folder in sys.path if folder):
        return False  # a zip or an egg: entry points inside it
    for path in files:
        try:
            with open(path, "rb") as handle:
                if ENTRY_POINT_GROUP.encode() in handle.read():
                    return False
        except OSError:
            return False
    return True


def plugin_families() -> list[tuple[Family, bool]]:
    """The families of the ``copylint.rules`` entry points, each with whether it was declared
    (a Family) or is implied by a list of rules."""
    entries = _plugin_entries()
    if not entries:
        return []
    from importlib.metadata import EntryPoint

    out = []
    for ep in (EntryPoint(name, value, ENTRY_POINT_GROUP) for name, value in entries):
        try:
            loaded = ep.load()
        except Exception as exc:  # noqa: BLE001 - any import failure is the plugin's
            raise PluginError(f"plugin {ep.name!r} ({ep.value}) failed to load: {exc}") from None
        try:
            out.append(_plugin_family(loaded, ep.name))
        except (TypeError, ValueError) as exc:
            raise PluginError(f"plugin {ep.name!r}: {exc}") from None
    return out


def plugin_rules() -> list[Rule]:
    return [r for family, _ in plugin_families() for r in family.rules]


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Registry:
    """Every known family and rule (rules by id, in a stable order)."""

    rules: Mapping[str, Rule]
    families: Mapping[str, Family] = field(default_factory=builtin_families)

    @classmethod
    def base(cls, plugins: bool = True) -> Registry:
        """Built-in families and rules, and the plugins' (built once per run)."""
        families = dict(builtin_families())
        rules: dict[str, Rule] = {}
        for family, declared in plugin_families() if plugins else []:
            known = families.get(family.name)
            if known is None:
                families[family.name] = family
            elif declared:
                raise PluginError(f"plugin family {family.name!r}: a family of that name already exists")
            else:  # rules added to an existing family
                families[family.name] = replace(known, rules=(*known.rules, *family.rules))
        for family in families.values():
            for r in family.rules:
                if r.meta.id in rules:
                    raise PluginError(
                        f"duplicate rule id {r.meta.id!r} ({rules[r.meta.id].meta.origin} and {r.meta.origin})"
                    )
                rules[r.meta.id] = r
        return cls(MappingProxyType(dict(sorted(rules.items()))), MappingProxyType(families))

    @classmethod
    def load(cls, config: Config | None = None, plugins: bool = True) -> Registry:
        registry = cls.base(plugins)
        return registry.for_config(config) if config is not None else registry

    def for_config(self, config: Config) -> Registry:
        """This registry with the config's local packs, after checking the config's selectors."""
        registry = self
        if config.packs:
            rules = dict(self.rules)
            for pack in config.packs:
                for r in load_pack_path(pack, f"pack:{pack.name}"):
                    if r.meta.id in rules:
                        raise PluginError(
                            f"duplicate rule id {r.meta.id!r} ({rules[r.meta.id].meta.origin} and {r.meta.origin})"
                        )
                    rules[r.meta.id] = r
            registry = replace(self, rules=MappingProxyType(dict(sorted(rules.items()))))
        registry.validate(config)
        return registry

    def family(self, name: str) -> Family:
        """The declared family, or an implicit one (no options, quotations checked, speaks last)."""
        found = self.families.get(name)
        return found if found is not None else implicit(name)

    def priorities(self) -> Mapping[str, int]:
        return {name: f.priority for name, f in self.families.items() if not f.backend}

    def skips_quotes(self, rule: Rule) -> bool:
        """A rule's own quotation setting, else its family's policy."""
        own = rule.meta.skip_quotes
        return own if own is not None else self.family(rule.meta.family).skip_quotes

    def validate(self, config: Config) -> None:
        """Every selector in the config must name a known rule, family or matching glob."""
        for selector, path in config.selectors():
            self.check_selector(selector, str(path or "<config>"))

    def check_selector(self, selector: Selector, where: str) -> None:
        from copylint.ids import hint

        p = selector.pattern
        if p == "all" or p in self.groups():
            return
        families = {rid.split(".", 1)[0] for rid in self.rules} | {n for n, f in self.families.items() if not f.backend}
        if any(c in p for c in "*?["):
            if not any(selector.matches(rid) for rid in self.rules):
                raise ConfigError(where, f"no rule matches {p!r}", selector.line)
        elif "." in p:
            if p not in self.rules:
                raise ConfigError(where, f"unknown rule id {p!r}{hint(p, self.rules)}", selector.line)
        elif p not in families:
            raise ConfigError(where, f"unknown rule family {p!r}{hint(p, families | self.groups())}", selector.line)

    def groups(self) -> frozenset[str]:
        """The names of the opt-in groups (built-in ones and any a rule names)."""
        from copylint.defaults import GROUPS

        return frozenset(GROUPS) | {r.meta.group for r in self.rules.values() if r.meta.group}

    def get(self, rule_id: str) -> Rule | None:
        return self.rules.get(rule_id)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules.values())

    def __len__(self) -> int:
        return len(self.rules)


def families_for_config(plugins: bool = True) -> Mapping[str, Family]:
    """The families whose option sections a config may hold."""
    return Registry.base(plugins).families if plugins else builtin_families()
