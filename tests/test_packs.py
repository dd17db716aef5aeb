"""Loading YAML packs: local packs through the config, and errors that name file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from copylint.packs import PackError, load_pack, load_pack_path, load_pack_rule
from copylint.registry import builtin_packs_dir, builtin_rules

GOOD = """\
family: house
source: "A house list"
rules:
  - id: house.hip
    kind: substitution
    summary: Cliché.
    swap: {"connected at the hip": "closely linked"}
"""


def test_loads_rules_with_metadata(tmp_path: Path) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text(GOOD, encoding="utf-8")
    (rule,) = load_pack(pack, origin="pack:house")
    assert rule.meta.id == "house.hip"
    assert rule.meta.source == "A house list"
    assert rule.meta.origin == "pack:house"


@pytest.mark.parametrize(
    "text, line, fragment",
    [
        ("family: house\nrules:\n  - id: house.a\n    kind: magic\n    summary: x\n", 3, "unknown kind 'magic'"),
        ("family: house\nrules:\n  - id: house.a\n    kind: existence\n    summary: x\n", 3, "needs 'tokens'"),
        (
            "family: house\nrules:\n  - id: other.a\n    kind: existence\n    summary: x\n    tokens: [a]\n",
            3,
            "not in the pack's family",
        ),
        ("family: house\nrulez: []\n", 2, "unknown key 'rulez'"),
        ("family: house\nrules: {a: 1}\n", 2, "rules must be a list"),
        ("family: [house\n", None, "not valid YAML"),
        ("family: house\nrules:\n  - just a string\n", 3, "each rule must be a mapping"),
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, text: str, line: int | None, fragment: str) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text(text, encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_pack(pack, origin="pack:house")
    assert fragment in str(info.value)
    assert str(info.value).startswith(f"{pack}:{line}:" if line else str(pack))


def test_folder_of_packs_and_missing_pack(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.yml").write_text(GOOD.replace("house.hip", "house.other"), encoding="utf-8")
    assert [r.meta.id for r in load_pack_path(tmp_path, "pack")] == ["house.hip", "house.other"]
    with pytest.raises(PackError, match="not found"):
        load_pack_path(tmp_path / "missing.yaml", "pack")


def test_builtin_packs_are_found() -> None:
    assert (builtin_packs_dir() / "cliche.yaml").is_file()
    families = {r.meta.family for r in builtin_rules()}
    assert {"cliche", "boilerplate", "typography"} <= families


def test_a_builtin_pack_read_back_from_the_user_cache_is_the_pack_as_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A built-in pack is kept in the user cache rule by rule, each rule's entry decoded when a run
    builds it: read back whole or one rule at a time, it is the pack as parsed."""
    monkeypatch.setenv("COPYLINT_CACHE_DIR", str(tmp_path))
    for pack in sorted(builtin_packs_dir().glob("*.yaml")):
        parsed = [(type(r), r.meta) for r in load_pack(pack)]  # parsed (or ready-made), then cached
        assert list(tmp_path.glob("pack-rules-*"))
        assert [(type(r), r.meta) for r in load_pack(pack)] == parsed
        alone = [load_pack_rule(pack, i) for i in range(len(parsed))]
        assert [(type(r), r.meta) for r in alone] == parsed
        with pytest.raises(IndexError):
            load_pack_rule(pack, len(parsed))


def test_builtin_pack_patterns_compile() -> None:
    """The built-in packs' regexes are written and compiled on first use: every one must compile."""
    compiled = 0
    for pack in sorted(builtin_packs_dir().glob("*.yaml")):
        for r in load_pack(pack, "builtin"):
            for name in ("regex", "exceptions"):
                rx = getattr(r, name, None)
                if rx is not None:
                    assert rx.flags & 32  # re.UNICODE: a compiled str pattern
                    compiled += 1
    assert compiled > 20


def test_a_broken_builtin_pattern_fails_at_first_use(tmp_path: Path) -> None:
    bad = tmp_path / "house.yaml"
    bad.write_text(
        "family: house\nrules:\n  - id: house.bad\n    kind: existence\n    summary: S.\n    patterns: ['(']\n"
    )
    with pytest.raises(PackError, match="invalid pattern"):
        load_pack(bad, "pack")  # a user's pack: checked when loaded
    (rule,) = load_pack(bad, "builtin")
    with pytest.raises(Exception, match="missing \\)"):
        rule.regex.search("text")
