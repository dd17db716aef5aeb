"""The built-in packs' parsed forms shipped in the package: exactly what parsing the YAML gives,
and used only for the text they were written from."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from copylint import packs
from copylint.registry import builtin_packs_dir


def test_a_shipped_pack_is_exactly_its_parsed_yaml() -> None:
    shipped = packs._shipped()
    current = 0
    for pack in sorted(builtin_packs_dir().glob("*.yaml")):
        text = pack.read_text(encoding="utf-8")
        record = shipped.get(pack.name)
        if record is None or record["sha256"] != hashlib.sha256(text.encode("utf-8")).hexdigest():
            continue  # edited since `python -m copylint.packs` wrote them: parsed as YAML instead
        current += 1
        digest = record["sha256"]
        assert packs._shipped_or_parsed(pack, text, digest) == packs._parse(pack, text)
    assert current, "no shipped pack matches its YAML: run `python -m copylint.packs`"


def test_another_text_is_parsed_not_taken_from_the_shipped_form(tmp_path: Path) -> None:
    name = next(iter(packs._shipped()))
    pack = tmp_path / name
    text = "family: cliche\nrules:\n  - id: cliche.made-up\n    kind: existence\n    summary: A made-up rule.\n    message: Avoid '{match}'.\n    tokens: [made up]\n"
    pack.write_text(text, encoding="utf-8")
    family, _source, entries = packs._shipped_or_parsed(pack, text, hashlib.sha256(text.encode()).hexdigest())
    assert family == "cliche" and [data["id"] for data, _ in entries] == ["cliche.made-up"]
    assert [r.meta.id for r in packs.load_pack(pack)] == ["cliche.made-up"]


def test_write_shipped_keeps_only_what_json_keeps_exactly(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "plain.yaml").write_text(
        "family: cliche\nrules:\n  - id: cliche.a\n    kind: existence\n    summary: A.\n    message: M.\n    tokens: [a b]\n",
        encoding="utf-8",
    )
    (folder / "dated.yaml").write_text(
        "family: cliche\nsource: 2024-01-01\nrules:\n  - id: cliche.b\n    kind: existence\n    summary: B.\n    message: M.\n    tokens: [c d]\n",
        encoding="utf-8",
    )
    out = tmp_path / "packs.json"
    assert packs.write_shipped(folder, out) == ["plain.yaml"]  # a YAML date is not JSON
    assert list(json.loads(out.read_text(encoding="utf-8"))) == ["plain.yaml"]
