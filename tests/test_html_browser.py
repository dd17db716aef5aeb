"""The HTML report in a real browser: Debian's headless Chromium driven by Playwright.

Every diagnostic must have a visible highlight at its position (the highlighted text is the
flagged source text, on its line, not covered by anything), its message visible without
hovering, filters that work from the keyboard and by touch, and no script from the copy may
run. The screenshot is saved under $COPYLINT_ARTIFACTS (default: pytest's temporary folder).

Skips, saying why, when Playwright or Chromium is missing (.ci/run installs both).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from copylint.cli import main

CHROMIUM = os.environ.get("COPYLINT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

MARKDOWN = """\
---
title: "Police recieved a tip"
tags: [crime, council]
---

# The budget

The council, which has been criticised for years by residents who say that it ignores them and their many complaints about the state of the roads and the bins, recieved the plan on Monday and said it would reconsider,, according to reports.

<script>window.__pwned = 1; document.title = 'pwned'</script>

<img src=x onerror="window.__pwned = 2; document.title = 'pwned'">

Councillors could of
voted sooner, and it was connected at the hip to the old plan.
"""
HTML = """<html><body><p onclick="window.__pwned = 3">The the mayor's office said it wanted to <b onmouseover="window.__pwned=4">reconsider</b>.</p>
<script>window.__pwned = 5</script><p><a href="javascript:window.__pwned=6">Read more</a> here.</p></body></html>
"""
HUGO = '+++\ntitle = "A freind in need"\ndate = 2024-01-05\n+++\n\nThe the end.\n'


def _chromium_or_skip():  # type: ignore[no-untyped-def]
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed (pip install playwright); .ci/run installs it")
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium); .ci/run installs it")
    return sync_playwright


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    sync_playwright = _chromium_or_skip()
    with sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=120_000)
        except Exception as exc:  # noqa: BLE001 - say why, do not fail on a machine without a usable browser
            pytest.skip(f"Chromium at {CHROMIUM} did not start: {exc}")
        yield b
        b.close()


@pytest.fixture()
def report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[dict], dict[str, str]]:  # type: ignore[type-arg]
    monkeypatch.chdir(tmp_path)
    files = {"story.md": MARKDOWN, "page.html": HTML, "hugo.md": HUGO}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    args = [
        "check",
        *files,
        "--select",
        "spelling",
        "--select",
        "grammar",
        "--select",
        "typography",
        "--select",
        "claims",
        "--select",
        "cliche",
        "--select",
        "readability.long-sentence",
    ]
    page = tmp_path / "report.html"
    CliRunner().invoke(main, [*args, "--format", "html", "-o", str(page)], catch_exceptions=False)
    payload = json.loads(CliRunner().invoke(main, [*args, "--format", "json"], catch_exceptions=False).stdout)
    return page, payload["diagnostics"], files


def _flagged(source: str, d: dict) -> str:  # type: ignore[type-arg]
    lines = source.split("\n")
    if d["line"] == d["end_line"]:
        return lines[d["line"] - 1][d["column"] - 1 : d["end_column"] - 1]
    parts = [lines[d["line"] - 1][d["column"] - 1 :]]
    parts += lines[d["line"] : d["end_line"] - 1]
    parts.append(lines[d["end_line"] - 1][: d["end_column"] - 1])
    return "".join(parts)  # the page shows the lines separately: compare without the breaks


CHECK = """(n) => {
  const marks = [...document.querySelectorAll(`mark[data-d="${n}"]`)];
  const out = {count: marks.length, text: marks.map(m => m.textContent).join(''), visible: [], lines: [], covered: []};
  for (const m of marks) {
    const r = m.getBoundingClientRect();
    const s = getComputedStyle(m);
    out.visible.push(r.width > 0 && r.height > 0 && parseFloat(s.borderBottomWidth) >= 2
                     && s.borderBottomColor !== 'rgba(0, 0, 0, 0)' && s.visibility === 'visible');
    out.lines.push(m.closest('.line').id);
    m.scrollIntoView({block: 'center'});
    // each line box the highlight occupies: the middle of its text is the mark (or one nested in it)
    for (const box of m.getClientRects()) {
      if (box.width < 1) continue;
      const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 4), box.top + box.height / 2);
      out.covered.push(!(hit && m.contains(hit)));
    }
  }
  const note = document.getElementById('d' + n);
  const nr = note.getBoundingClientRect();
  out.note = note.innerText;
  out.noteVisible = nr.width > 0 && nr.height > 0 && getComputedStyle(note).display !== 'none';
  return out;
}"""


def test_every_diagnostic_is_highlighted_in_place_and_no_copy_script_runs(browser, report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page_path, diagnostics, files = report
    assert len(diagnostics) >= 8
    rules = {d["rule"] for d in diagnostics}
    assert {"readability.long-sentence", "spelling.unknown-word", "grammar.could-of"} <= rules
    context = browser.new_context(viewport={"width": 1100, "height": 900}, java_script_enabled=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(page_path.as_uri())
    assert page.title() == "copylint report"
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('script').length") == 0
    page.mouse.move(300, 400)
    page.click("mark[data-family=spelling]")
    assert page.evaluate("window.__pwned") is None and page.title() == "copylint report"
    file_index = {path: i for i, path in enumerate(dict.fromkeys(d["path"] for d in diagnostics), 1)}
    nested = 0
    for n, d in enumerate(diagnostics, 1):
        got = page.evaluate(CHECK, n)
        where = f"diagnostic {n} {d['path']}:{d['line']}:{d['column']} {d['rule']}"
        assert got["count"] >= 1, where
        assert got["text"] == _flagged(files[d["path"]], d), where
        assert all(got["visible"]), where
        assert not any(got["covered"]), where
        assert got["lines"][0] == f"f{file_index[d['path']]}-L{d['line']}", where
        assert got["lines"][-1] == f"f{file_index[d['path']]}-L{d['end_line']}", where
        assert got["noteVisible"] and d["message"] in got["note"], where
        nested += page.evaluate(
            "(n) => document.querySelector(`mark[data-d=\"${n}\"]`).closest('mark:not([data-d=\"' + n + '\"])') !== null",
            n,
        )
    assert nested >= 2  # the typo and the doubled comma sit inside the long sentence's highlight
    # line numbers, the legend, front matter shown as metadata, the viewport meta tag
    assert page.inner_text("#f1-L8 .ln") == "8"
    assert "Legend" in page.inner_text(".legend")
    assert page.locator("table.meta th", has_text="tags").count() == 1
    assert page.get_attribute("meta[name=viewport]", "content") == "width=device-width, initial-scale=1"
    shots = Path(os.environ.get("COPYLINT_ARTIFACTS", str(tmp_path)))
    shots.mkdir(parents=True, exist_ok=True)
    shot = shots / "html-report.png"
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shot), full_page=True)
    print(f"\nscreenshot: {shot}")
    assert shot.stat().st_size > 10_000
    assert errors == []
    context.close()


def test_filters_by_keyboard_and_touch(browser, report) -> None:  # type: ignore[no-untyped-def]
    page_path, diagnostics, _ = report
    page = browser.new_page()
    page.goto(page_path.as_uri())
    spelling = [n for n, d in enumerate(diagnostics, 1) if d["rule"].startswith("spelling.")]
    shown = "(n) => getComputedStyle(document.querySelector(`mark[data-d=\"${n}\"]`)).borderBottomColor !== 'rgba(0, 0, 0, 0)'"
    note = "(n) => getComputedStyle(document.getElementById('d' + n)).display !== 'none'"
    assert page.evaluate(shown, spelling[0]) and page.evaluate(note, spelling[0])
    page.focus("#show-family-spelling")
    page.keyboard.press("Space")
    assert not page.evaluate(shown, spelling[0]) and not page.evaluate(note, spelling[0])
    page.keyboard.press("Space")
    assert page.evaluate(shown, spelling[0])
    # Tab reaches the filters and the numbered links; Enter on a link moves to its note
    page.focus("a.ref")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash").startswith("#d")
    page.close()
    touch = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    phone = touch.new_page()
    phone.goto(page_path.as_uri())
    phone.tap("label[for=show-severity-warning]")
    warnings = [n for n, d in enumerate(diagnostics, 1) if d["severity"] == "warning"]
    assert not phone.evaluate(shown, warnings[0])
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390 + 1  # fits the phone: no sideways scrolling
    touch.close()
