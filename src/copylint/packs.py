"""Load YAML rule packs into Rule objects; every error names the pack file and line."""

from __future__ import annotations

import marshal
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, overload

from copylint.kinds import KINDS
from copylint.kinds.base import KindError
from copylint.kinds.existence import refuse_slow
from copylint.rule import Rule, location
from copylint.yamlnodes import SourceError, compose, line_of, mapping_items, to_python

PACK_KEYS = {"family", "source", "licence", "license", "description", "rules"}


class PackError(SourceError):
    """A rule pack that cannot be loaded."""


#: The parsed form of a pack: its family, its source, and each rule's mapping with its line.
Parsed = tuple[Any, Any, Sequence[tuple[dict[str, Any], int]]]


def load_pack(path: str | Path, origin: str = "builtin") -> list[Rule]:
    """Read one pack file (``family``, ``source``, ``rules: [...]``). A built-in pack's parsed
    form is kept in the user cache (keyed by its text): YAML parsing cost a one-article run more
    than building the rules."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(path, f"cannot read rule pack: {getattr(exc, 'strerror', None) or exc}") from None
    if origin == "builtin":
        family, source, entries = _parsed_cached(path, text)
    else:
        family, source, entries = _parse(path, text)
    return [_build(path, data, line, family, source, origin) for data, line in entries]


def load_pack_rule(path: str | Path, position: int) -> Rule:
    """The rule at ``position`` (0-based) of a built-in pack, built alone: the same rule as
    :func:`load_pack` builds there (the rule index builds a pack's rules one by one, as they run)."""
    path = Path(path)
    family, source, entries = _builtin_parsed(path)
    data, line = entries[position]
    return _build(path, data, line, family, source, "builtin")


def builtin_entry(path: str | Path, position: int) -> dict[str, Any]:
    """The mapping of the rule at ``position`` (0-based) of a built-in pack, as written."""
    return _builtin_parsed(Path(path))[2][position][0]


@lru_cache(maxsize=32)
def _builtin_parsed(path: Path) -> Parsed:
    """A built-in pack's parsed form, read once per process: found in the user cache by the
    file's size and modification time, without reading and hashing its text (16 packs, 670 kB,
    on one article); else as :func:`_parsed_cached` finds it from the text (then kept by both)."""
    from copylint.diskcache import file_stamp, load_or_build

    try:
        stamp = file_stamp(path)
    except OSError as exc:
        raise PackError(path, f"cannot read rule pack: {exc.strerror or exc}") from None
    try:
        family, source, blobs = load_or_build("pack-rules-file", stamp, lambda: _split_cached(path, _text(path)))
    except ValueError:  # a value marshal cannot keep (a YAML date): parse every time
        return _parse(path, _text(path))
    return family, source, _Entries(blobs)


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(path, f"cannot read rule pack: {getattr(exc, 'strerror', None) or exc}") from None


def _build(path: Path, data: dict[str, Any], line: int, family: Any, source: Any, origin: str) -> Rule:
    kind = data.get("kind")
    if kind not in KINDS:
        raise PackError(path, f"unknown kind {kind!r} (known: {', '.join(sorted(KINDS))})", line)
    try:
        # The built-in packs' patterns are checked by the tests, and compiled on first use; the
        # rule's place is set with the rest of its metadata (no copy of the rule made for it).
        if origin == "builtin" and kind in ("existence", "pattern"):
            unchecked: Any = KINDS[str(kind)]
            ready: Rule = unchecked.from_mapping(data, family, source, check=False, defined_in=location(path, line))
            return ready
        built: Any = KINDS[str(kind)].from_mapping(data, family, source)
        if origin != "builtin":  # a user's pack: only patterns that run in linear time
            refuse_slow(_patterns(data), getattr(getattr(built, "regex", None), "flags", 0))
    except KindError as exc:
        raise PackError(path, f"rule {data.get('id', '?')!r}: {exc}", line) from None
    changes: dict[str, str] = {"defined_in": location(path, line)}
    if origin != "builtin":
        changes["origin"] = origin
    return replace(built, meta=replace(built.meta, **changes))  # type: ignore[no-any-return]


def _parsed_cached(path: Path, text: str) -> Parsed:
    """The pack's parsed form, kept in the user cache with each rule's mapping marshalled on its
    own (:class:`_Entries`): a run decodes the rules it builds, not the whole pack (one article
    builds about a third of the built-in pack rules)."""
    try:
        family, source, entries = _split_cached(path, text)
    except ValueError:  # a value marshal cannot keep (a YAML date): parse every time
        return _parse(path, text)
    return family, source, _Entries(entries)


def _split_cached(path: Path, text: str) -> tuple[Any, Any, tuple[bytes, ...]]:
    """The pack's family, source and marshalled rule entries, from the user cache by a digest of
    ``text`` (raises ValueError for a value marshal cannot keep)."""
    import hashlib

    from copylint.diskcache import load_or_build

    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    found: tuple[Any, Any, tuple[bytes, ...]] = load_or_build(
        "pack-rules", key, lambda: _split(_shipped_or_parsed(path, text, key))
    )
    return found


def _split(parsed: Parsed) -> tuple[Any, Any, tuple[bytes, ...]]:
    family, source, entries = parsed
    return family, source, tuple(marshal.dumps((data, line)) for data, line in entries)


class _Entries(Sequence[tuple[dict[str, Any], int]]):
    """A pack's (mapping, line) pairs, each decoded from its marshal bytes when first asked for
    (then the same objects every time)."""

    def __init__(self, blobs: Sequence[bytes]) -> None:
        self._blobs = blobs
        self._decoded: dict[int, tuple[dict[str, Any], int]] = {}

    def __len__(self) -> int:
        return len(self._blobs)

    @overload
    def __getitem__(self, position: int) -> tuple[dict[str, Any], int]: ...

    @overload
    def __getitem__(self, position: slice) -> Sequence[tuple[dict[str, Any], int]]: ...

    def __getitem__(self, position: int | slice) -> tuple[dict[str, Any], int] | Sequence[tuple[dict[str, Any], int]]:
        if isinstance(position, slice):
            return [self[i] for i in range(len(self._blobs))[position]]
        at = range(len(self._blobs))[position]  # IndexError as a list gives it
        found = self._decoded.get(at)
        if found is None:
            data, line = marshal.loads(self._blobs[at])
            found = self._decoded[at] = (data, line)
        return found


#: The built-in packs' parsed forms shipped in the package (``python -m copylint.packs``
#: writes them): a first run in a fresh container reads them instead of composing the YAML, which
#: cost it more than the rest of its start-up. Each is used only for the exact text it was
#: written from (its SHA-256); any other text is parsed.
SHIPPED = "packs.json"


def _shipped_or_parsed(path: Path, text: str, digest: str) -> Parsed:
    found = _shipped().get(path.name)
    if found is not None and found.get("sha256") == digest:
        return found["family"], found["source"], [(data, line) for data, line in found["entries"]]
    return _parse(path, text)


@lru_cache(maxsize=1)
def _shipped() -> dict[str, Any]:
    import json

    try:
        raw = json.loads((Path(__file__).with_name("data") / SHIPPED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def write_shipped(folder: Path, out: Path) -> list[str]:
    """Write the parsed form of every pack in ``folder`` that JSON keeps exactly to ``out``;
    the names of the packs written."""
    import hashlib
    import json

    shipped: dict[str, Any] = {}
    for pack in sorted(folder.glob("*.yaml")):
        text = pack.read_text(encoding="utf-8")
        family, source, entries = _parse(pack, text)
        record = {
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "family": family,
            "source": source,
            "entries": [[data, line] for data, line in entries],
        }
        try:
            back = json.loads(json.dumps(record, ensure_ascii=False))
        except (TypeError, ValueError):  # a value JSON cannot hold (a YAML date)
            continue
        if (back["family"], back["source"], [(d, ln) for d, ln in back["entries"]]) == (family, source, entries):
            shipped[pack.name] = record
    out.write_text(
        json.dumps(shipped, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    return sorted(shipped)


def _parse(path: Path, text: str) -> Parsed:
    """The pack's family, source and rule mappings (with lines); PackError for a malformed pack."""
    try:
        node = compose(text, path)
    except SourceError as exc:
        raise PackError(exc.path, exc.detail, exc.line) from None
    if node is None:
        raise PackError(path, "empty rule pack")
    try:
        items = {key: (value, line) for key, value, line in mapping_items(node, path, "a rule pack")}
    except SourceError as exc:
        raise PackError(exc.path, exc.detail, exc.line) from None
    for key, (_, line) in items.items():
        if key not in PACK_KEYS:
            raise PackError(path, f"unknown key {key!r} (known: {', '.join(sorted(PACK_KEYS))})", line)
    if "family" not in items or "rules" not in items:
        raise PackError(path, "a rule pack needs 'family' and 'rules'", line_of(node))
    family = to_python(items["family"][0], path)
    if not isinstance(family, str) or not family.isidentifier() or family != family.lower():
        raise PackError(path, f"family must be a lower-case name, not {family!r}", items["family"][1])
    source = to_python(items["source"][0], path) if "source" in items else None
    import yaml

    rules_node = items["rules"][0]
    if not isinstance(rules_node, yaml.SequenceNode):
        raise PackError(path, "rules must be a list", items["rules"][1])
    entries = []
    for rule_node in rules_node.value:
        data = to_python(rule_node, path)
        line = line_of(rule_node)
        if not isinstance(data, dict):
            raise PackError(path, "each rule must be a mapping", line)
        entries.append((data, line))
    return family, source, entries


def _patterns(data: dict) -> list[str]:  # type: ignore[type-arg]
    """The regular expressions a rule mapping holds (``patterns``, ``token``)."""
    found = data.get("patterns") or []
    token = data.get("token")
    return [p for p in (*found, token) if isinstance(p, str)]


def load_pack_path(path: Path, origin: str) -> list[Rule]:
    """A pack file, or every ``*.yaml``/``*.yml`` file in a folder (sorted)."""
    if path.is_dir():
        files = sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
        if not files:
            raise PackError(path, "no *.yaml rule packs in this folder")
        return [r for f in files for r in load_pack(f, origin)]
    if not path.exists():
        raise PackError(path, "rule pack not found")
    return load_pack(path, origin)


if __name__ == "__main__":  # python -m copylint.packs: rewrite the shipped parsed packs
    from copylint.registry import builtin_packs_dir

    target = Path(__file__).resolve().parent / "data" / SHIPPED
    print(f"wrote {', '.join(write_shipped(builtin_packs_dir(), target))} to {target}")
