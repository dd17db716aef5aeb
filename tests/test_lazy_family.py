"""Family packages declare FAMILY with copylint.family.lazy_family: built on first use, once."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from copylint.family import Family, lazy_family

PACKAGES = {
    "copylint.families.claims": "copylint.families.claims.rules",
    "copylint.families.grammar": "copylint.families.grammar.articles",
    "copylint.families.readability": "copylint.families.readability.rules",
    "copylint.families.spelling": "copylint.families.spelling.rules",
    "copylint.families.style": "copylint.families.style.dates",
    "copylint.families.typography": "copylint.families.typography.rules",
    "copylint.languagetool": "copylint.languagetool.rules",
}


def _loaded(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize(("package", "rules_module"), sorted(PACKAGES.items()))
def test_importing_a_family_package_imports_none_of_its_rules(package: str, rules_module: str) -> None:
    assert rules_module not in _loaded(f"import {package}")
    assert rules_module in _loaded(f"import {package}\n{package}.FAMILY")


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_family_is_built_once_and_holds_the_packages_rules(package: str) -> None:
    import importlib

    module = importlib.import_module(package)
    family = module.FAMILY
    assert isinstance(family, Family)
    assert module.FAMILY is family
    assert family.rules
    with pytest.raises(AttributeError, match="no attribute 'NOT_THERE'"):
        module.NOT_THERE  # noqa: B018


def test_lazy_family_declares_from_keywords_and_imports_named_attributes_on_use() -> None:
    calls: list[int] = []

    def rules() -> tuple[()]:
        calls.append(1)
        return ()

    getattr_ = lazy_family(
        "copylint.families.readability",
        rules=rules,
        attributes={"body_counts": "measure"},
        name="house",
        summary="House rules.",
        priority=5,
    )
    assert calls == []
    family = getattr_("FAMILY")
    assert (family.name, family.summary, family.priority, family.rules) == ("house", "House rules.", 5, ())
    assert getattr_("FAMILY") is family
    assert calls == [1]
    from copylint.families.readability.measure import body_counts

    assert getattr_("body_counts") is body_counts
    with pytest.raises(AttributeError):
        getattr_("measure")
