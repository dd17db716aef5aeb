"""Safe YAML loading that keeps line numbers, for errors that name ``file:line``.

``yaml`` is imported by the functions that read YAML, not with this module: a run with no
configuration file and cached packs reads no YAML and does not pay for the import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml


class SourceError(Exception):
    """An error in a user-supplied file, located at ``path:line`` when the line is known."""

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.detail = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


#: Most nodes a document may stand for once its aliases are expanded (a "billion laughs" alias
#: bomb is a few lines that stand for billions).
MAX_EXPANDED_NODES = 100_000


def compose(text: str, path: str | Path) -> yaml.Node | None:
    """Parse YAML text safely into a node tree, turning YAML errors into :class:`SourceError`.
    Aliases that expand to more than MAX_EXPANDED_NODES nodes, or refer to themselves, are
    refused before anything walks the tree."""
    import yaml

    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except RecursionError:
        raise SourceError(path, "YAML nested too deeply") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise SourceError(path, f"not valid YAML: {exc.problem or exc}", line) from None
    except yaml.YAMLError as exc:
        raise SourceError(path, f"not valid YAML: {exc}") from None
    if node is not None and "&" in text:  # no anchor, no alias: nothing can expand
        _check_expansion(node, path)
    return node


def _check_expansion(root: yaml.Node, path: str | Path) -> None:
    """Count the nodes ``root`` stands for, each shared (aliased) node once per use, without
    expanding anything: linear in the size of the tree as written."""
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    active: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            active.discard(key)
            children = _children(node)
            total = 1 + sum(sizes[id(c)] for c in children)
            if total > MAX_EXPANDED_NODES:
                raise SourceError(
                    path,
                    f"YAML aliases expand to more than {MAX_EXPANDED_NODES:,} values (an alias bomb?); refused",
                    line_of(node),
                )
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if key in active:
            raise SourceError(path, "a YAML alias refers to itself; refused", line_of(node))
        active.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in _children(node) if id(c) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    import yaml

    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def to_python(node: yaml.Node, path: str | Path) -> Any:
    """Construct plain Python values from a node (safe tags only)."""
    import yaml

    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        loader = yaml.SafeLoader("")  # one for the whole tree: making one costs more than a value
        try:
            return _to_python(node, path, loader)
        finally:
            loader.dispose()
    return _to_python(node, path, None)


def _to_python(node: yaml.Node, path: str | Path, loader: yaml.SafeLoader | None) -> Any:
    import yaml

    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _to_python(key_node, path, loader)
            if key in out:
                raise SourceError(path, f"duplicate key {key!r}", line_of(key_node))
            out[key] = _to_python(value_node, path, loader)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, path, loader) for item in node.value]
    own = loader is None
    if loader is None:
        loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise SourceError(path, f"invalid value: {exc}", line_of(node)) from None
    finally:
        if own:
            loader.dispose()


def mapping_items(node: yaml.Node, path: str | Path, what: str) -> list[tuple[str, yaml.Node, int]]:
    """(key, value node, line) for a mapping node; anything else is an error."""
    import yaml

    if not isinstance(node, yaml.MappingNode):
        raise SourceError(path, f"{what} must be a mapping, not {_kind(node)}", line_of(node))
    items = []
    seen: set[str] = set()
    for key_node, value_node in node.value:
        key = to_python(key_node, path)
        if not isinstance(key, str):
            raise SourceError(path, f"{what}: keys must be strings, not {key!r}", line_of(key_node))
        if key in seen:
            raise SourceError(path, f"duplicate key {key!r}", line_of(key_node))
        seen.add(key)
        items.append((key, value_node, line_of(key_node)))
    return items


def _kind(node: yaml.Node) -> str:
    import yaml

    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"the scalar {excerpt(node.value)}"


def excerpt(value: object, limit: int = 40) -> str:
    """A short, escaped quotation of a user's value for an error message: a file that is not
    YAML (``packs: [/etc/passwd]``) must not end up whole in a CI log."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def expect(value: Any, typ: type | tuple[type, ...], path: str | Path, line: int, what: str) -> Any:
    """Check a value's type (bool is never accepted as a number)."""
    types = typ if isinstance(typ, tuple) else (typ,)
    ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
    if not ok:
        names = " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in types)
        raise SourceError(path, f"{what} must be {names}, not {value!r}", line)
    return value


def expect_str_list(node: yaml.Node, path: str | Path, what: str) -> list[tuple[str, int]]:
    """A list of strings (a single string is accepted as a one-item list), with lines."""
    import yaml

    value = to_python(node, path)
    if isinstance(value, str):
        return [(value, line_of(node))]
    if not isinstance(node, yaml.SequenceNode):
        raise SourceError(path, f"{what} must be a list of strings, not {value!r}", line_of(node))
    out = []
    for item in node.value:
        v = to_python(item, path)
        expect(v, str, path, line_of(item), f"each entry of {what}")
        out.append((v, line_of(item)))
    return out


_TYPE_NAMES = {
    int: "an integer",
    float: "a number",
    str: "a string",
    bool: "true or false",
    list: "a list",
    dict: "a mapping",
}
