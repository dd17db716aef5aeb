"""In a run over many files, a document's keyword tests (the style census, the text gates, the
phrase-set and grammar-table prefilters, ``matching.may_match``) read the keywords met in earlier
documents from one Aho-Corasick pass (``matching.KeywordPass``, ``matching.text_keywords``). The
findings are the same as with one ``in`` test a keyword."""

from __future__ import annotations

from pathlib import Path

import pytest

import copylint
from copylint import matching
from copylint.families.style import common

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TEXTS = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".md", ".html") and p.is_file())


def _found(path: Path, text: str) -> list[tuple[int, int, str, str]]:
    return [(d.line, d.column, d.rule, d.message) for d in copylint.lint_text(text, path=path.name)]


def test_documents_give_the_same_findings_with_their_keywords_found_in_one_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [(p, p.read_text(encoding="utf-8")) for p in TEXTS]
    # long texts too: every fixture of a family run together, and all of them
    by_folder: dict[str, list[str]] = {}
    for p, text in texts:
        by_folder.setdefault(p.parent.name, []).append(text)
    texts += [(Path(f"{name}.txt"), "\n\n".join(parts)) for name, parts in by_folder.items()]
    texts.append((Path("all.txt"), "\n\n".join(text for _, text in texts if _.suffix == ".txt")))
    assert sum(len(text) >= matching.LONG_TEXT for _, text in texts) >= 10
    was = matching.analysing()
    try:
        matching.analyse_new_patterns(False)
        expected = [_found(p, text) for p, text in texts]
        assert sum(map(len, expected)) > 100
        matching.analyse_new_patterns(True)
        monkeypatch.setattr(matching, "_DOCUMENT_KEYWORDS", matching.KeywordPass())
        monkeypatch.setattr(common, "_LITERALS", matching.KeywordPass())
        for _ in range(2):  # the first round notes the keywords; the second finds them in one pass
            assert [_found(p, text) for p, text in texts] == expected
        assert matching._DOCUMENT_KEYWORDS._built is not None and len(matching._DOCUMENT_KEYWORDS._built[1]) > 100
        assert common._LITERALS._built is not None
    finally:
        matching.analyse_new_patterns(was)
