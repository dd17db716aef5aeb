"""Start-up: a default run over one article imports no module it does not use."""

from __future__ import annotations

from pathlib import Path

from copylint.family import rules_in
from loaded_modules import loaded_after

ARTICLE = (
    "The council said on Monday that it would raise the budget.\n\nEveryone knows it was the tip of the iceberg.\n"
)


def test_a_default_run_does_not_load_the_spelling_dictionary(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(ARTICLE, encoding="utf-8")
    out, loaded = loaded_after(["check", "--no-cache"], article)
    assert "cliche.stock-phrase" in out  # the run did lint the article
    assert "copylint.families.spelling.rules" in loaded  # spelling.rejected-word ran
    for module in ("lexicon", "policy", "suggest", "words"):  # unknown-word is opt-in
        assert f"copylint.families.spelling.{module}" not in loaded, module


def test_a_run_with_unknown_word_on_loads_the_dictionary_and_flags(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text("The minister said she had recieved the letter.\n", encoding="utf-8")
    out, loaded = loaded_after(["check", "--no-cache", "--select", "spelling"], article)
    assert "spelling.unknown-word" in out and "received" in out
    assert "copylint.families.spelling.lexicon" in loaded


def test_the_spelling_family_has_every_rule_of_its_package() -> None:
    import copylint.families.spelling as spelling

    assert spelling.FAMILY.rules == rules_in("copylint.families.spelling")
    assert {r.meta.id for r in spelling.FAMILY.rules} == {"spelling.unknown-word", "spelling.rejected-word"}
