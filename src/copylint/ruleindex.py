"""The index of the built-in families and rules: each family's declaration and each rule's
metadata, so that listing, selecting and describing rules imports no family module and builds
no pack rule, and a run imports a family only when one of its rules runs.

Each rule also carries what it needs of a document before it can find anything (its *gate*:
the words of a pattern rule's tests, the phrases and regex keywords of an existence or
substitution rule), so a rule that cannot match a document is neither built nor compiled.

The index is derived from the rules themselves (their ``@rule`` declarations and packs, with
:mod:`copylint.defaults` applied) and kept in the user cache, keyed by the size and modification
time of every file in the package and in the packs folder (the package's Python version and this
module's format too), so an edited rule, pack or default is read again, never an old copy of it.

When the user cache has no index for these files (a first run in a fresh container, or after an
upgrade), the index shipped in the package (``data/ruleindex.bin``, written by ``python -m
copylint.ruleindex``) is used if it was written from exactly these sources: it names the files its
build read (the modules it imported, the data files it opened, the packs folder) with a digest of
their content, and is used only when the installed files have that digest. Otherwise (an edited
rule, module or pack) every family is built, as before. The tests check that the index describes
exactly the rules a family builds, and that the shipped index is current.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from copylint.diagnostic import Finding, Severity
from copylint.document import Document
from copylint.family import Family
from copylint.frozen import compared, made
from copylint.gates import GateTable, some_variant
from copylint.rule import Context, Precision, Rule, RuleMeta

#: Changes when what the index holds changes.
FORMAT = 9
_META_FIELDS = tuple(f.name for f in fields(RuleMeta))
_PRECISION_FIELDS = tuple(f.name for f in fields(Precision))
_FAMILY_FIELDS = tuple(f.name for f in fields(Family))

#: Where a pack rule is: (pack file name, position in the pack); None for a Python rule.
Where = tuple[str, int] | None
#: What a rule needs of a document before it can find anything, tested before it is built:
#:
#: - ``("pattern", language, needs, variants, links)``: a pattern rule's own first test (its language,
#:   the words one of which it needs: :func:`copylint.kinds.pattern.applies`), then, for each
#:   variant, the word sets of its required token tests (:func:`gate_words`: the document must
#:   have a word of each set of one variant), or None when some variant has none; and for each variant, how far
#:   apart in a sentence the words of each two successive sets must be (:func:`pattern_links`,
#:   :func:`copylint.gates.linked`), None with the variants;
#: - ``("text", phrases, patterns)``: an existence or substitution rule of a pack with phrases
#:   (``tokens`` or ``swap``): each phrase as
#:   its runs of word characters, all of which the lower-cased prose must hold as whole runs; each
#:   regex with its flags, whose keywords (:func:`copylint.matching.requirements`, analysed when
#:   first needed and kept in the user cache, not when the index is built: a first run in a fresh
#:   container does not pay for every pack's analysis) the prose must contain. One phrase or one
#:   regex that may match is enough;
#: - ``("options", options, names)``: a rule that finds nothing unless one of these fields of
#:   its family's options (``"module:qualname"``) is set: the LanguageTool backend's rules
#:   without a server (a rule declares it as ``needs_options = (options class, field names)``).
#:
#: None: no gate (the rule is built when it first runs).
Gate = tuple[Any, ...] | None
#: One rule as the index keeps it: its metadata (field -> plain value), where, gate, and a pattern
#: rule of a pack as built, ready-made (:mod:`copylint.kinds.ready`; None for other rules).
RuleEntry = tuple[dict[str, Any], Where, Gate, bytes | None]
#: One family as the index keeps it: package, name, options class ("module:name"), its other
#: declared fields (field -> value), and its rules.
Entry = tuple[str, str, str, dict[str, Any], list[RuleEntry]]
#: Builds one rule: (package, rule id, where) -> the rule.
Loader = Callable[[str, str, Where], Rule]


@compared
@dataclass(frozen=True, eq=False, repr=False)
class IndexedRule:
    """A built-in rule known by its metadata. It is built (its family's modules imported, or
    its pack entry built) when it first runs or an attribute other than ``meta`` is asked for;
    every attribute of the rule itself is then the built rule's. A pattern rule whose first
    test rules the document out (its language, the words it needs) is not even built."""

    meta: RuleMeta
    #: The family package that declares the rule (LanguageTool's rules report under others).
    package: str = field(repr=False)
    where: Where = field(repr=False)
    gate: Gate = field(repr=False)
    load: Loader = field(repr=False, compare=False)
    #: The gates of the family's rules, tested together once per document, and this one's slot.
    gates: GateTable | None = field(default=None, repr=False, compare=False)
    slot: int = field(default=-1, repr=False, compare=False)

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        if self.gate is not None:
            if not (allows(self.gate, doc, ctx) if self.gates is None else self.gates.passes(self.slot, doc, ctx)):
                return ()
        return self.rule().check(doc, ctx)

    @property
    def shared_check(self) -> Callable[[Any, Document, Context], Any] | None:
        """A pattern rule's shared check (:func:`copylint.kinds.pattern.check_together`), known
        from the gate without building the rule; None for other rules."""
        gate = self.gate
        return _pattern_tests()[2] if gate is not None and gate[0] == "pattern" else None

    def rule(self) -> Rule:
        """The rule as its family builds it."""
        return self.load(self.package, self.meta.id, self.where)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and Protocol probes: not the rule's business
            raise AttributeError(name)
        return getattr(self.rule(), name)


_INDEXED_FIELDS = tuple(f.name for f in fields(IndexedRule))

#: A run of word characters, as the phrase kinds' whole-word regexes see words.
_WORD_RUN = re.compile(r"\w+")
#: Every ASCII character that is not a word character (``\w``) -> a space, for
#: :func:`_word_runs`'s fast path.
_ASCII_NON_WORD = str.maketrans({chr(i): " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "_")})
#: Non-ASCII characters of news copy that are not word characters either (currency, quotes,
#: dashes, ellipsis, no-break space): replaced by spaces before the ASCII test.
_COMMON_NON_WORD = ("\u00a3", "\u20ac", "\u2019", "\u2018", "\u201c", "\u201d", "\u2014", "\u2013", "\u2026", "\u00a0")
#: The pack kinds whose findings are matches of their phrases or patterns (a ``text`` gate).
_TEXT_KINDS = ("existence", "substitution")


def gate_of(r: Rule, entry: Mapping[str, Any] | None) -> Gate:
    """The gate of a built rule (``entry``: its mapping in its pack, for a pack rule)."""
    from copylint.kinds.pattern import PatternRule

    needs_options = getattr(type(r), "needs_options", None)
    if needs_options is not None:
        options, names = needs_options
        defaults = options()
        if not any(getattr(defaults, name) for name in names):
            return ("options", f"{options.__module__}:{options.__qualname__}", tuple(names))
    if type(r) is PatternRule:
        variants = tuple(tuple(ws for _, ws in gate_words(v.tests)) for v in r.variants)
        if not all(variants):
            return ("pattern", r.language, r.needs, None, None)
        return ("pattern", r.language, r.needs, variants, tuple(pattern_links(v.tests) for v in r.variants))
    if entry is not None and entry.get("kind") in _TEXT_KINDS:
        return _text_gate(entry)
    return None


def gate_words(tests: Sequence[Any]) -> list[tuple[int, frozenset[str]]]:
    """(position, word set) of each required token test of a sequence that a word of the set
    must pass: its words, or for a test of lemmas alone every form with one of those lemmas
    (:func:`copylint.nlp.lemma.forms_of`, when they are finitely many)."""
    out: list[tuple[int, frozenset[str]]] = []
    for k, t in enumerate(tests):
        if t.optional:
            continue
        if t.words is not None:
            out.append((k, t.words))
        elif t.lemmas is not None:
            from copylint.nlp.lemma import forms_of

            forms = forms_of(t.lemmas)
            if forms is not None:
                out.append((k, forms))
    return out


def pattern_links(tests: Sequence[Any]) -> tuple[tuple[int, int], ...]:
    """For each two successive tests of a token-test sequence that the gate's variant lists
    (:func:`gate_words`), how many tokens apart a match puts them: at least one more than the required
    tests between them, at most their distance in the sequence plus the skips from the first to
    the one before the second (an absent optional test takes no token; in the same sentence)."""
    at = [k for k, _ in gate_words(tests)]
    out = []
    for i, j in zip(at, at[1:], strict=False):
        near = 1 + sum(1 for t in tests[i + 1 : j] if not t.optional)
        far = j - i + sum(t.skip for t in tests[i:j])
        out.append((near, far))
    return tuple(out)


def _text_gate(entry: Mapping[str, Any]) -> Gate:
    """An existence or substitution rule's phrases and patterns as a ``text`` gate (None for a
    rule without phrases, or when a phrase has nothing a cheap test can look for)."""
    from copylint.matching import _FOLD_TRAPS

    phrases: list[tuple[str, ...]] = []
    for phrase in [*_listed(entry.get("tokens")), *(entry.get("swap") or {})]:
        runs = tuple(sorted(set(_WORD_RUN.findall(str(phrase).lower()))))
        if not runs or any(ch in str(phrase) for ch in _FOLD_TRAPS):
            return None
        phrases.append(runs)
    if not phrases:
        # Regexes alone are left to the rule (a first run would analyse them all: the regex
        # reader costs about what compiling them does).
        return None
    flags = int(re.IGNORECASE) if entry.get("ignorecase", True) else 0  # a plain int: marshal keeps no enum
    patterns = [(pattern, flags) for pattern in _listed(entry.get("patterns"))]
    return ("text", tuple(sorted(set(phrases))), tuple(patterns))


def _listed(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else [str(v) for v in value or ()]


def allows(gate: tuple[Any, ...], doc: Document, ctx: Context, links: bool = True) -> bool:
    """False only when the rule with this gate cannot find anything in ``doc`` (``links=False``:
    a pattern gate's links are not tested, a weaker test that lets more documents through)."""
    if gate[0] == "options":
        _, options, names = gate
        for kind, value in ctx.typed.items():
            if f"{kind.__module__}:{kind.__qualname__}" == options:
                return any(getattr(value, name, None) for name in names)
        return False  # the defaults, which set none of them
    if gate[0] == "pattern":
        applies, words, _ = _pattern_tests()
        language, needs, variants = gate[1:4]
        if not applies(language, needs, doc, ctx):
            return False
        if variants is None:
            return True
        return some_variant(doc, words(doc), variants, gate[4] if links else None)
    _, phrases, patterns = gate
    runs = doc.memo(_lowered_runs)
    if runs is None or any(runs.issuperset(p) for p in phrases):
        return True
    from copylint.matching import may_match, requirements

    return any(may_match(requirements(pattern, flags), doc.prose) for pattern, flags in patterns)


@cache
def _pattern_tests() -> tuple[
    Callable[[str | None, frozenset[str] | None, Document, Context], bool],
    Callable[[Document], frozenset[str]],
    Callable[[Any, Document, Context], Any],
]:
    """:func:`copylint.kinds.pattern.applies`, :func:`copylint.nlp.analysis.words` and
    :func:`copylint.kinds.pattern.check_together`, imported on first use (import statements run at every check cost more than the test: 3-8 us, for
    each pack rule and document)."""
    from copylint.kinds.pattern import applies, check_together
    from copylint.nlp.analysis import words

    return applies, words, check_together


def _lowered_runs(doc: Document) -> frozenset[str] | None:
    """The runs of word characters of the lower-cased prose (None: a case-folding trap in it)."""
    from copylint.matching import lowered

    low = lowered(doc.prose)
    return None if low is None else _word_runs(low)


def _word_runs(text: str) -> frozenset[str]:
    """``frozenset(_WORD_RUN.findall(text))``, at half the cost for text that is ASCII once its
    common non-word characters are spaces (about 300 documents: 29 -> 15 ms): every ASCII
    non-word character becomes a space (:meth:`str.translate`'s ASCII fast path) and the rest
    split at spaces. Other text takes the regex."""
    if not text.isascii():
        for ch in _COMMON_NON_WORD:
            if ch in text:
                text = text.replace(ch, " ")
        if not text.isascii():
            return frozenset(_WORD_RUN.findall(text))
    return frozenset(text.translate(_ASCII_NON_WORD).split())


def source_stamp(folders: Iterable[str]) -> list[tuple[str, int, int]]:
    """(path, size, modification time) of every file under ``folders`` (``__pycache__`` left out)."""
    out: list[tuple[str, int, int]] = []
    for folder in folders:
        _walk(folder, out)
    return out


def _walk(folder: str, out: list[tuple[str, int, int]]) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir():
            if entry.name != "__pycache__":
                _walk(entry.path, out)
        elif not entry.name.endswith((".pyc", ".pyo")):
            try:
                st = entry.stat()
            except OSError:
                continue
            out.append((entry.path, st.st_size, st.st_mtime_ns))


def encode_meta(meta: RuleMeta) -> dict[str, Any]:
    """A rule's metadata as plain values (what marshal keeps)."""
    out: dict[str, Any] = {}
    for name in _META_FIELDS:
        value = getattr(meta, name)
        if isinstance(value, Severity):
            value = value.value
        elif isinstance(value, Precision):
            value = tuple(getattr(value, f) for f in _PRECISION_FIELDS)
        elif isinstance(value, Mapping):
            value = _plain(value)
        out[name] = value
    return out


def decode_meta(data: Mapping[str, Any]) -> RuleMeta:
    values = dict(data)
    values["severity"] = Severity(values["severity"])
    if values["precision"] is not None:
        values["precision"] = made(Precision, dict(zip(_PRECISION_FIELDS, values["precision"], strict=True)))
    values["example_config"] = MappingProxyType(dict(values["example_config"]))
    return made(RuleMeta, values)


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    return value


def encode(
    package: str,
    family: Family,
    where: Mapping[str, tuple[str, int]],
    entry: Callable[[str, int], Mapping[str, Any]] | None = None,
) -> Entry:
    """A built family as the index keeps it (``where``: pack rule id -> pack and position;
    ``entry``: (pack, position) -> the rule's mapping in the pack, for the rules' gates)."""
    options = f"{family.options.__module__}:{family.options.__qualname__}"
    from copylint.kinds.ready import encode as ready

    rules: list[RuleEntry] = []
    for r in family.rules:
        at = where.get(r.meta.id)
        gate = gate_of(r, None if at is None or entry is None else entry(*at))
        rules.append((encode_meta(r.meta), at, gate, None if at is None else ready(r)))
    # every other field of the declaration, whatever fields Family has
    others = {f: getattr(family, f) for f in _FAMILY_FIELDS if f not in ("name", "options", "rules")}
    return (package, family.name, options, others, rules)


def decode(entry: Entry, load: Loader) -> Family:
    package, name, options, others, rules = entry
    module, _, qualname = options.partition(":")
    options_type: Any = importlib.import_module(module)
    for part in qualname.split("."):
        options_type = getattr(options_type, part)
    gates = [None if gate is None else tuple(gate) for _, _, gate, _ in rules]
    table = GateTable(gates)
    indexed = []
    for slot, (m, where, _, ready) in enumerate(rules):
        at = None if where is None else (str(where[0]), int(where[1]))
        meta = decode_meta(m)
        fields_of = (meta, package, at, gates[slot], load, table, slot)
        indexed.append(made(IndexedRule, dict(zip(_INDEXED_FIELDS, fields_of, strict=True))))
        if ready is not None and at is not None:
            _READY[(package, *at)] = (meta, ready)
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in others.items()}
    return Family(name=name, options=options_type, rules=tuple(indexed), **values)


#: (family package, pack, position) -> the metadata and ready-made form of a built-in pattern
#: rule, as the index read this process holds them (:func:`ready_rule`).
_READY: dict[tuple[str, str, int], tuple[RuleMeta, bytes]] = {}


def ready_rule(package: str, pack: str, position: int) -> Rule | None:
    """The built-in pack rule at ``position`` of ``pack`` made from its ready-made form in the
    index, with the index's metadata: the rule :func:`copylint.registry.built_family` built when
    the index was written, without parsing its mapping again; None when the index holds no such
    form (another kind of rule, no index)."""
    found = _READY.get((package, pack, position))
    if found is None:
        return None
    from copylint.kinds.ready import decode as ready

    return ready(found[1], found[0])


def key(folders: Iterable[str]) -> str:
    from copylint import __version__

    return repr(
        (FORMAT, __version__, sys.version, _META_FIELDS, _PRECISION_FIELDS, _FAMILY_FIELDS, source_stamp(folders))
    )


def _unusable() -> bool:
    """``COPYLINT_NO_INDEX=1`` builds every family eagerly (as a check on the index)."""
    return bool(os.environ.get("COPYLINT_NO_INDEX"))


def families(folders: Iterable[str], build: Callable[[], list[Entry]], load: Loader) -> dict[str, Family] | None:
    """The families from the index (``build()`` writes it when the cache has none for these
    sources), or None when it cannot be used (then the caller builds every family itself)."""
    if _unusable():
        return None
    from copylint.diskcache import load_or_build

    _READY.clear()  # the ready-made rules of the index read now, not of one read before
    try:
        entries = load_or_build("rule-index", key(folders), lambda: shared(build()))
        return {entry[1]: decode(entry, load) for entry in entries}
    except (ValueError, TypeError, KeyError, IndexError):  # a value marshal cannot keep, an old layout
        return None


def shared(value: Any, seen: dict[Any, Any] | None = None) -> Any:
    """``value`` with equal strings, and equal tuples and frozensets of strings, made one object
    (lists and dicts are changed in place). Equal values, so the same index; marshal writes a
    value met again as a reference, so the index is smaller and loads faster (601 -> 562 kB)."""
    if seen is None:
        seen = {}
    kind = type(value)
    if kind is str:
        return seen.setdefault(value, value)
    if kind is list:
        value[:] = [shared(v, seen) for v in value]
        return value
    if kind is dict:
        pairs = [(shared(k, seen), shared(v, seen)) for k, v in value.items()]
        value.clear()
        value.update(pairs)
        return value
    if kind is tuple or kind is frozenset:
        items = [shared(v, seen) for v in value]
        if all(type(v) is str for v in items):
            value = kind(items)
            return seen.setdefault((kind, value), value)  # keyed by kind: () is not frozenset()
        return kind(items) if kind is tuple else value
    return value


# -- the index shipped in the package ------------------------------------------------------------

#: The built-in index, ready to load, in the package's ``data`` folder (``python -m
#: copylint.ruleindex`` writes it).
SHIPPED = "ruleindex.bin"
#: Ready-made forms of other files (never what the index is derived from): left out of its sources.
_READY_MADE = ("data/packs.json", f"data/{SHIPPED}", "data/patterns.bin", "data/ready.bin")
#: The marshal format written (every supported Python reads it).
_MARSHAL_VERSION = 4
#: A file the index was built from: ("package" or "packs", path relative to that folder).
Source = tuple[str, str]


def shipped_path(package_dir: Path) -> Path:
    return package_dir / "data" / SHIPPED


def sources_digest(package_dir: Path, packs_dir: Path, files: Iterable[Source], packages: Sequence[str]) -> str | None:
    """A digest of the content of ``files`` and of every file in the packs folder (with this
    module's format, the fields the index keeps and the family packages), or None when one of
    ``files`` is missing."""
    import hashlib

    digest = hashlib.sha256(
        repr((FORMAT, _META_FIELDS, _PRECISION_FIELDS, _FAMILY_FIELDS, tuple(packages))).encode("utf-8")
    )
    packs = [
        ("packs", os.path.relpath(path, packs_dir).replace(os.sep, "/"))
        for path, _, _ in source_stamp([str(packs_dir)])
    ]
    for root, name in sorted({*files, *packs}):
        try:
            data = ((packs_dir if root == "packs" else package_dir) / name).read_bytes()
        except OSError:
            return None
        digest.update(f"\0{root}/{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _packs_prefix(packs_dir: Path) -> str:
    """How a pack rule's ``defined_in`` starts in this installation (``rules/`` in a checkout,
    ``copylint/rules/`` in an installed package)."""
    from copylint.rule import location

    return location(packs_dir) + "/"


def shipped_entries(package_dir: Path, packs_dir: Path, packages: Sequence[str]) -> list[Entry] | None:
    """The shipped index, when it was written from exactly the installed sources; else None
    (the caller builds the families). ``COPYLINT_NO_SHIPPED=1``: None."""
    if os.environ.get("COPYLINT_NO_SHIPPED"):
        return None
    return _read_shipped(package_dir, packs_dir, packages)


def _read_shipped(package_dir: Path, packs_dir: Path, packages: Sequence[str]) -> list[Entry] | None:
    import marshal

    try:
        shipped = marshal.loads(shipped_path(package_dir).read_bytes())
        if not isinstance(shipped, dict) or shipped.get("format") != FORMAT:
            return None
        files = [(str(root), str(name)) for root, name in shipped["files"]]
        if sources_digest(package_dir, packs_dir, files, packages) != shipped["digest"]:
            return None
        entries: list[Entry] = shipped["entries"]
        return _relocated(entries, str(shipped["packs_prefix"]), _packs_prefix(packs_dir))
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        return None


def _comparable(entries: list[Entry] | None) -> list[Any] | None:
    """``entries`` with each rule's ready-made form decoded: marshal writes equal values as
    different bytes across Python versions (3.13 marks shared objects differently from 3.11), so
    the index is current when the values are equal."""
    import marshal

    if entries is None:
        return None
    return [
        (*entry[:4], [(m, w, g, None if r is None else marshal.loads(r)) for m, w, g, r in entry[4]])
        for entry in entries
    ]


def _relocated(entries: list[Entry], old: str, new: str) -> list[Entry]:
    """``entries`` with their pack rules' ``defined_in`` moved from the packs folder ``old`` to
    ``new`` (a checkout's ``rules/`` is an installed package's ``copylint/rules/``)."""
    if old != new:
        for entry in entries:
            for meta, _, _, _ in entry[4]:
                where = meta.get("defined_in")
                if isinstance(where, str) and where.startswith(old):
                    meta["defined_in"] = new + where[len(old) :]
    return entries


def _package_file(path: str, package_dir: Path, packs_dir: Path) -> Source | None:
    """``path`` as a source of the index, if it is in the package or the packs folder."""
    resolved = Path(path).resolve()
    for root, base in (("packs", packs_dir), ("package", package_dir)):
        try:
            name = resolved.relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
        if root == "package" and (name in _READY_MADE or "__pycache__" in name.split("/")):
            return None
        return root, name
    return None


def _fresh_build() -> tuple[list[Entry], list[Source], Path, Path, list[str]]:
    """Build every built-in family in this (fresh) process, as a first run in an empty cache
    would, and record what the build read: the package's modules it imported and the package
    files it opened. Returns the entries, those sources, the package and packs folders and the
    family packages."""
    opened: set[str] = set()

    def audit(event: str, args: tuple[Any, ...]) -> None:
        if event == "open" and isinstance(args[0], (str, os.PathLike)):
            opened.add(os.fsdecode(args[0]))

    sys.addaudithook(audit)
    from copylint import registry

    entries = registry.index_entries()
    package_dir = Path(registry.__file__).resolve().parent
    packs_dir = registry.builtin_packs_dir()
    modules = [
        getattr(m, "__file__", None) for name, m in list(sys.modules.items()) if name.split(".")[0] == "copylint"
    ]
    found = {_package_file(path, package_dir, packs_dir) for path in [*opened, *filter(None, modules)]}
    files = sorted(s for s in found if s is not None and s[0] == "package")
    return entries, files, package_dir, packs_dir, registry.family_packages()


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m copylint.ruleindex [--check]``: write the ready-made data shipped in the
    package for a first run in an empty user cache (the rule index, ``data/ruleindex.bin``; the
    analyses of the built-in rules' patterns, ``data/patterns.bin``; a few user-cache entries,
    ``data/ready.bin``: see :mod:`copylint.shipped`), or check that it is current. Run in a fresh process: what it imports is what the index is keyed on."""
    import argparse
    import atexit
    import marshal
    import shutil
    import tempfile

    parser = argparse.ArgumentParser(prog="python -m copylint.ruleindex", description=main.__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped data is not current")
    args = parser.parse_args(argv)
    cache = tempfile.mkdtemp(prefix="copylint-ruleindex-")
    atexit.register(shutil.rmtree, cache, True)  # registered first: runs after the pattern store is saved
    os.environ["COPYLINT_CACHE_DIR"] = cache  # nothing read from a user cache: every source is read
    os.environ["COPYLINT_NO_SHIPPED"] = "1"  # every analysis computed here
    os.environ.pop("COPYLINT_NO_INDEX", None)

    entries, files, package_dir, packs_dir, packages = _fresh_build()
    target = shipped_path(package_dir)
    try:
        listed = [tuple(f) for f in marshal.loads(target.read_bytes())["files"]]
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        listed = []
    index_current = _comparable(_read_shipped(package_dir, packs_dir, packages)) == _comparable(entries)
    index_current = index_current and listed == files
    from copylint import shipped as ready  # after the build: not a source of the index

    analyses, ready_made = ready.sample()
    outputs = (
        (target, index_current),
        (ready.analyses_path(), ready.read() == analyses),
        (ready.ready_path(), ready.read_ready_made() == ready_made),
    )
    rules = sum(len(e[4]) for e in entries)
    if args.check:
        stale = [str(path) for path, current in outputs if not current]
        if not stale:
            print(f"{', '.join(str(path) for path, _ in outputs)}: current ({rules} rules, {len(analyses)} analyses)")
            return 0
        print(
            f"stale: {', '.join(stale)}: a rule, pack or module they are built from changed. Regenerate them with "
            "`python -m copylint.ruleindex` (after `python -m copylint.packs` if a pack changed) and commit them; "
            "after a merge that conflicts on them, regenerate them too."
        )
        return 1
    if index_current:
        print(f"{target}: already current")
    else:
        payload = {
            "format": FORMAT,
            "digest": sources_digest(package_dir, packs_dir, files, packages),
            "files": [list(f) for f in files],
            "packs_prefix": _packs_prefix(packs_dir),
            "entries": shared(entries),
        }
        target.write_bytes(marshal.dumps(payload, _MARSHAL_VERSION))
        print(f"wrote {target} ({rules} rules, {len(files)} package files)")
    for path, current in outputs[1:]:
        if current:
            print(f"{path}: already current")
    if not outputs[1][1]:
        ready.write(analyses)
        print(f"wrote {ready.analyses_path()} ({len(analyses)} pattern analyses)")
    if not outputs[2][1]:
        ready.write_ready_made(ready_made)
        print(f"wrote {ready.ready_path()} ({', '.join(sorted(ready_made))})")
    return 0


if __name__ == "__main__":
    from copylint.ruleindex import main as _main  # the module the registry imports, not this copy

    raise SystemExit(_main())
