"""`.copylint.yaml` -> a frozen :class:`Config`; every mistake names the file and line.

Schema (all keys optional)::

    language: en-US | en-GB
    select: [all | family | group | rule-id | glob, ...]   # default: every rule that is on by default
    extend-select: [group | rule-id | ...]       # add to the selection (e.g. [coaching])
    ignore: [family | rule-id | glob, ...]
    severity: {selector: error | warning | suggestion | off}
    include: [glob, ...]          # files to take when walking directories
    exclude: [glob, ...]          # files and folders to skip
    packs: [path, ...]            # local YAML packs (files or folders), relative to this file
    vocabulary: {accept: [...], accept-ignorecase: [...], reject: {word: preferred}, file: path}
    fail-on: error | warning | suggestion
    overrides: [{files: [glob, ...], <any key above but include/exclude/packs/overrides>}]
    <family>: {...}               # options of a family (style, readability, claims, ...), checked
                                  # against the family's declared options dataclass
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from copylint.diagnostic import Severity
from copylint.family import build, coerce, specs
from copylint.frozen import compared
from copylint.rule import Context, Vocabulary
from copylint.yamlnodes import (
    SourceError,
    expect,
    expect_str_list,
    line_of,
    mapping_items,
    to_python,
)

CONFIG_NAMES = (".copylint.yaml", ".copylint.yml")
LANGUAGES = ("en-US", "en-GB")

if TYPE_CHECKING:
    import yaml

    from copylint.family import Family


class ConfigError(SourceError):
    """A configuration file that cannot be used."""


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Selector:
    """A rule selector as written in a config (kept with its line for error messages)."""

    pattern: str
    line: int = 0

    def matches(self, rule_id: str, group: str | None = None) -> bool:
        """Does this selector pick the rule (``group``: the opt-in group the rule belongs to)?"""
        p = self.pattern
        if p == "all" or (group is not None and p == group):
            return True
        if "." not in p and not any(c in p for c in "*?["):
            return rule_id.split(".", 1)[0] == p
        return fnmatch.fnmatchcase(rule_id, p)

    @property
    def exact(self) -> bool:
        return "." in self.pattern and not any(c in self.pattern for c in "*?[")


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Settings:
    """Rule selection, severities, language, vocabulary and options for a set of files."""

    select: tuple[Selector, ...] | None = None
    extend_select: tuple[Selector, ...] = ()
    ignore: tuple[Selector, ...] = ()
    severity: tuple[tuple[Selector, Severity | None], ...] = ()
    language: str = "en-US"
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: MappingProxyType({}))

    def merged(self, other: Settings, fields: frozenset[str]) -> Settings:
        """Apply the keys an override set (``fields``) on top of these settings."""
        changes: dict[str, Any] = {}
        for name in ("select", "language"):
            if name in fields:
                changes[name] = getattr(other, name)
        if "ignore" in fields:
            changes["ignore"] = self.ignore + other.ignore
        if "extend_select" in fields:
            changes["extend_select"] = self.extend_select + other.extend_select
        if "severity" in fields:
            changes["severity"] = self.severity + other.severity
        if "vocabulary" in fields:
            changes["vocabulary"] = Vocabulary(
                self.vocabulary.accept | other.vocabulary.accept,
                self.vocabulary.accept_ignorecase | other.vocabulary.accept_ignorecase,
                MappingProxyType({**self.vocabulary.reject, **other.vocabulary.reject}),
            )
        opts = {k: dict(v) for k, v in self.options.items()}
        for section, values in other.options.items():
            opts.setdefault(section, {}).update(values)
        changes["options"] = MappingProxyType({k: MappingProxyType(v) for k, v in opts.items()})
        return replace(self, **changes)

    def is_enabled(self, rule_id: str, on_by_default: bool, group: str | None = None) -> bool:
        """Selected and not ignored. ``all`` picks the rules that are on by default; a family or a
        glob also picks the family's rules in an opt-in group (naming the family asks for all of
        it); a group name picks its rules; a rule id picks that rule even when it is off."""

        def picks(s: Selector) -> bool:
            if not s.matches(rule_id, group):
                return False
            return on_by_default or s.exact or (group is not None and s.pattern != "all")

        chosen = on_by_default if self.select is None else any(picks(s) for s in self.select)
        chosen = chosen or any(picks(s) for s in self.extend_select)
        return chosen and not any(s.matches(rule_id, group) for s in self.ignore)

    def severity_for(self, rule_id: str, default: Severity, group: str | None = None) -> Severity | None:
        """The configured severity (``None`` = turned off); later, more specific entries win."""
        best: tuple[int, Severity | None] | None = None
        for selector, sev in self.severity:
            if selector.matches(rule_id, group):
                rank = 2 if selector.exact else 1 if "." in selector.pattern or "*" in selector.pattern else 0
                if best is None or rank >= best[0]:
                    best = (rank, sev)
        return default if best is None else best[1]

    def context(self, families: Mapping[str, Family] | None = None) -> Context:
        """The context rules read; each configured section becomes its family's typed options."""
        typed: dict[type, Any] = {}
        for name, values in self.options.items():
            family = families.get(name) if families is not None else None
            if family is not None:
                typed[family.options] = build(family.options, values)
        return Context(self.language, self.vocabulary, self.options, MappingProxyType(typed))


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Override:
    """Settings that apply to the files matching some globs (an ``overrides:`` entry)."""

    files: tuple[str, ...]
    settings: Settings
    fields: frozenset[str]
    line: int = 0


@compared
@dataclass(frozen=True, eq=False, repr=False)
class Config:
    """A loaded configuration (``path`` is None for the built-in defaults)."""

    path: Path | None = None
    settings: Settings = field(default_factory=Settings)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    packs: tuple[Path, ...] = ()
    overrides: tuple[Override, ...] = ()
    fail_on: Severity | None = None

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def matching_overrides(self, file_path: str | Path) -> tuple[int, ...]:
        """Indexes of the ``overrides`` whose globs match a file."""
        if not self.overrides:
            return ()
        rel = _relative(Path(file_path), self.root)
        return tuple(
            i
            for i, override in enumerate(self.overrides)
            if any(_glob_match(rel, pattern) for pattern in override.files)
        )

    def settings_for(self, file_path: str | Path, matching: tuple[int, ...] | None = None) -> Settings:
        """Settings for one file, with matching ``overrides`` applied in order."""
        settings = self.settings
        for i in self.matching_overrides(file_path) if matching is None else matching:
            override = self.overrides[i]
            settings = settings.merged(override.settings, override.fields)
        return settings

    def selectors(self) -> list[tuple[Selector, Path | None]]:
        """Every selector written in this config (for validating rule ids)."""
        out: list[Selector] = []
        for settings in [self.settings, *(o.settings for o in self.overrides)]:
            out.extend(settings.select or ())
            out.extend(settings.extend_select)
            out.extend(settings.ignore)
            out.extend(s for s, _ in settings.severity)
        return [(s, self.path) for s in out]


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _glob_match(rel: str, pattern: str) -> bool:
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines([pattern]).match_file(rel)


def find_config(start: Path) -> Path | None:
    """The nearest ``.copylint.yaml`` in ``start`` (a folder or a file's folder) or above it."""
    folder = start if start.is_dir() else start.parent
    folder = folder.resolve()
    for candidate_dir in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = candidate_dir / name
            if candidate.is_file():
                return candidate
    return None


def load_config(
    path: str | Path, families: Mapping[str, Family] | Iterable[Family] | None = None, trusted: bool = False
) -> Config:
    """Read and validate a config file; raises :class:`ConfigError` naming the file and line.

    A config found in the copy's folders (not ``trusted``) may only name rule packs that are
    YAML files inside its repository or inside installed packages; one the user names
    (``--config``, the API) is trusted.

    Family sections are checked against the declared families' options (built-in and
    plugin families unless ``families`` is given)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError(path, "not valid UTF-8") from None
    except OSError as exc:
        raise ConfigError(path, f"cannot read: {exc.strerror or exc}") from None
    return parse_config(text, path, families, trusted)


def _sections(families: Mapping[str, Family] | Iterable[Family] | None) -> Mapping[str, Family]:
    """Families with options, by name."""
    if families is None:
        from copylint.registry import families_for_config

        families = families_for_config()
    items = families.values() if isinstance(families, Mapping) else families
    return {f.name: f for f in items if f.has_options}


def parse_config(
    text: str, path: str | Path, families: Mapping[str, Family] | Iterable[Family] | None = None, trusted: bool = True
) -> Config:
    """A config from YAML text (``path`` is named in errors and anchors relative paths)."""
    path = Path(path)
    schemas = _sections(families)
    try:
        from copylint.yamlnodes import compose

        node = compose(text, path)
    except SourceError as exc:
        raise ConfigError(exc.path, exc.detail, exc.line) from None
    if node is None:
        return Config(path=path)
    try:
        config = _parse_root(node, path, schemas)
        if not trusted:
            _confine_packs(node, path, config.packs)
        return config
    except ConfigError:
        raise
    except SourceError as exc:
        raise ConfigError(exc.path, exc.detail, exc.line) from None


_SETTINGS_KEYS = {"language", "select", "extend-select", "ignore", "severity", "vocabulary"}
_ROOT_ONLY = {"include", "exclude", "packs", "overrides", "fail-on"}


def _parse_root(node: yaml.Node, path: Path, schemas: Mapping[str, Family]) -> Config:
    items = mapping_items(node, path, "the configuration")
    settings, _fields = _parse_settings(items, path, schemas, allowed=_SETTINGS_KEYS | _ROOT_ONLY)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    packs: tuple[Path, ...] = ()
    overrides: list[Override] = []
    fail_on = None
    for key, value, line in items:
        if key == "include":
            include = tuple(v for v, _ in expect_str_list(value, path, "include"))
        elif key == "exclude":
            exclude = tuple(v for v, _ in expect_str_list(value, path, "exclude"))
        elif key == "packs":
            packs = tuple((path.parent / v) for v, _ in expect_str_list(value, path, "packs"))
        elif key == "fail-on":
            fail_on = _severity(to_python(value, path), path, line_of(value), allow_off=False)
        elif key == "overrides":
            import yaml

            if not isinstance(value, yaml.SequenceNode):
                raise ConfigError(path, "overrides must be a list of mappings", line)
            for item in value.value:
                overrides.append(_parse_override(item, path, schemas))
    return Config(path, settings, include, exclude, packs, tuple(overrides), fail_on)


def _confine_packs(node: yaml.Node, path: Path, packs: tuple[Path, ...]) -> None:
    """Packs of a discovered config: YAML files (or folders) inside the repository that holds
    the config (the folder with ``.git`` above it, else the config's folder) or inside installed
    packages. Anything else (``/etc/passwd``, ``../../secrets``) is refused unread."""
    import sysconfig

    folder = path.parent.resolve()
    root = next((d for d in (folder, *folder.parents) if (d / ".git").exists()), folder)
    allowed = [root, *(Path(p).resolve() for p in {sysconfig.get_paths()[k] for k in ("purelib", "platlib")})]
    line = next((ln for key, _, ln in mapping_items(node, path, "the configuration") if key == "packs"), None)
    for pack in packs:
        real = pack.resolve()
        if not any(real == base or base in real.parents for base in allowed):
            raise ConfigError(
                path,
                f"rule pack {str(pack)!r} is outside this repository; refused "
                "(a config found next to the copy may only use packs inside its repository)",
                line,
            )
        if real.exists() and not real.is_dir() and real.suffix.lower() not in (".yaml", ".yml"):
            raise ConfigError(path, f"rule pack {str(pack)!r} is not a .yaml file; refused", line)


def _parse_override(node: yaml.Node, path: Path, schemas: Mapping[str, Family]) -> Override:
    items = mapping_items(node, path, "an override")
    files: tuple[str, ...] | None = None
    for key, value, _line in items:
        if key == "files":
            files = tuple(v for v, _ in expect_str_list(value, path, "files"))
    if not files:
        raise ConfigError(path, "an override needs 'files': a list of globs", line_of(node))
    settings, fields = _parse_settings(items, path, schemas, allowed=_SETTINGS_KEYS | {"files"})
    return Override(files, settings, frozenset(fields), line_of(node))


def _parse_settings(
    items: list[tuple[str, yaml.Node, int]], path: Path, schemas: Mapping[str, Family], allowed: set[str]
) -> tuple[Settings, set[str]]:
    values: dict[str, Any] = {}
    options: dict[str, Mapping[str, Any]] = {}
    for key, value, line in items:
        if key in schemas:
            options[key] = MappingProxyType(_parse_options(key, value, path, schemas[key]))
            continue
        if key not in allowed:
            known = sorted(allowed | set(schemas))
            raise ConfigError(path, f"unknown key {key!r} (known keys: {', '.join(known)})", line)
        if key == "language":
            lang = expect(to_python(value, path), str, path, line_of(value), "language")
            if lang not in LANGUAGES:
                raise ConfigError(
                    path, f"unknown language {lang!r} (expected {' or '.join(LANGUAGES)})", line_of(value)
                )
            values["language"] = lang
        elif key in ("select", "extend-select", "ignore"):
            values[key.replace("-", "_")] = tuple(Selector(v, ln) for v, ln in expect_str_list(value, path, key))
        elif key == "severity":
            pairs = []
            for sel, sev_node, sel_line in mapping_items(value, path, "severity"):
                pairs.append((Selector(sel, sel_line), _severity(to_python(sev_node, path), path, line_of(sev_node))))
            values["severity"] = tuple(pairs)
        elif key == "vocabulary":
            values["vocabulary"] = _parse_vocabulary(value, path)
    settings = Settings(**values, options=MappingProxyType(options))
    return settings, set(values) | ({"options"} if options else set())


def _severity(value: Any, path: Path, line: int, allow_off: bool = True) -> Severity | None:
    if allow_off and (value is False or value == "off"):
        return None
    if not isinstance(value, str):
        raise ConfigError(
            path, f"severity must be error, warning, suggestion{' or off' if allow_off else ''}, not {value!r}", line
        )
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(path, str(exc), line) from None


def _parse_vocabulary(node: yaml.Node, path: Path) -> Vocabulary:
    accept: set[str] = set()
    accept_ci: set[str] = set()
    reject: dict[str, str] = {}
    for key, value, line in mapping_items(node, path, "vocabulary"):
        if key == "accept":
            accept.update(v for v, _ in expect_str_list(value, path, "vocabulary.accept"))
        elif key == "accept-ignorecase":
            accept_ci.update(v.lower() for v, _ in expect_str_list(value, path, "vocabulary.accept-ignorecase"))
        elif key == "reject":
            import yaml

            if isinstance(value, yaml.SequenceNode):
                reject.update((v, "") for v, _ in expect_str_list(value, path, "vocabulary.reject"))
            else:
                for word, pref_node, _ in mapping_items(value, path, "vocabulary.reject"):
                    pref = to_python(pref_node, path)
                    reject[word] = "" if pref is None else str(pref)
        elif key == "file":
            file_path = path.parent / expect(to_python(value, path), str, path, line_of(value), "vocabulary.file")
            a, ci, r = read_word_file(file_path)
            accept |= a
            accept_ci |= ci
            reject.update(r)
        else:
            raise ConfigError(
                path, f"unknown key {key!r} in vocabulary (known: accept, accept-ignorecase, reject, file)", line
            )
    return Vocabulary(frozenset(accept), frozenset(accept_ci), MappingProxyType(reject))


def read_word_file(path: Path) -> tuple[set[str], set[str], dict[str, str]]:
    """A house word file: one entry per line.

    ``Word`` accepts it exactly; ``word/i`` accepts it in any case; ``!word`` or
    ``word -> preferred`` rejects it (with the preferred form); ``#`` starts a comment.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, f"cannot read word file: {getattr(exc, 'strerror', None) or exc}") from None
    accept: set[str] = set()
    accept_ci: set[str] = set()
    reject: dict[str, str] = {}
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if "->" in line:
            word, pref = (part.strip() for part in line.split("->", 1))
            reject[word] = pref
        elif line.startswith("!"):
            reject[line[1:].strip()] = ""
        elif line.endswith("/i"):
            accept_ci.add(line[:-2].strip().lower())
        else:
            accept.add(line)
    return accept, accept_ci, reject


def _parse_options(section: str, node: yaml.Node, path: Path, family: Family) -> dict[str, Any]:
    """A family's section, each value checked and converted by its declared option type."""
    known = {spec.key: spec for spec in specs(family.options)}
    out: dict[str, Any] = {}
    for key, value_node, line in mapping_items(node, path, section):
        spec = known.get(key)
        if spec is None:
            raise ConfigError(path, f"unknown option {key!r} in {section} (known: {', '.join(sorted(known))})", line)
        try:
            out[key] = coerce(spec.annotation, to_python(value_node, path), f"{section}.{key}")
        except ValueError as exc:
            raise ConfigError(path, str(exc), line_of(value_node)) from None
    return out
