"""LanguageTool's HTTP API (v2) spoken by copylint: request parameters in, LanguageTool's JSON out.

`POST /v2/check` takes form fields (a GET query string too): ``text``, or ``data`` (annotated
text: ``{"annotation": [{"text": ...}, {"markup": ..., "interpretAs": ...}]}``), ``language``
(``en-US``, ``en-GB``, ``en`` or ``auto``), ``enabledRules``/``disabledRules`` (comma-separated
rule ids, families or globs), ``enabledCategories``/``disabledCategories`` (LanguageTool category
ids or copylint families), ``enabledOnly``, ``level`` (``default``: errors and warnings;
``picky``: suggestions too), ``preferredVariants`` (with ``language=auto``), ``mode``. Other
parameters LanguageTool clients send (``motherTongue``, ``username``, ``apiKey``,
``textSessionId``...) are accepted and ignored. Offsets and lengths count UTF-16 code units, in
the text as sent (markup included) for ``data``.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from copylint import __version__
from copylint.config import Selector
from copylint.diagnostic import Diagnostic, Severity
from copylint.positions import TextIndex
from copylint.serve.service import BadRequest, Checked, RuleFilter, Service

#: copylint family -> (LanguageTool category id, category name, issueType)
CATEGORIES = {
    "spelling": ("TYPOS", "Possible Typo", "misspelling"),
    "grammar": ("GRAMMAR", "Grammar", "grammar"),
    "style": ("STYLE", "Style", "style"),
    "cliche": ("CLICHES", "Clichés", "style"),
    "claims": ("CLAIMS", "Unsupported claims", "inconsistency"),
    "readability": ("READABILITY", "Readability", "style"),
    "boilerplate": ("BOILERPLATE", "Scraped-page leftovers", "uncategorized"),
    "typography": ("TYPOGRAPHY", "Typography", "typographical"),
}
CATEGORY_TO_FAMILY = {cat: family for family, (cat, _, _) in CATEGORIES.items()}
LANGUAGE_NAMES = {"en-US": "English (US)", "en-GB": "English (GB)"}
CONTEXT_CHARS = 40
MODES = ("all", "textLevelOnly", "allButTextLevelOnly")


@dataclass(frozen=True)
class CheckRequest:
    text: str
    #: for ``data``: original (UTF-16) offset of each character of ``text``, and the end of the original
    origin: tuple[int, ...] | None
    origin_end: int
    language: str | None
    detect: bool
    rules: RuleFilter
    mode: str


def _one(params: Mapping[str, Sequence[str]], name: str) -> str | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise BadRequest(f"parameter {name!r} given {len(values)} times")
    return values[0]


def _csv(params: Mapping[str, Sequence[str]], name: str) -> list[str]:
    raw = _one(params, name) or ""
    return [p.strip() for p in raw.split(",") if p.strip()]


def _flag(params: Mapping[str, Sequence[str]], name: str) -> bool:
    raw = (_one(params, name) or "false").strip().lower()
    if raw not in ("true", "false", "1", "0", "yes", "no"):
        raise BadRequest(f"parameter {name!r} must be true or false, not {raw!r}")
    return raw in ("true", "1", "yes")


def _families(names: list[str], param: str) -> frozenset[str]:
    out = set()
    for name in names:
        family = CATEGORY_TO_FAMILY.get(name.upper()) or (name.lower() if name.lower() in CATEGORIES else None)
        if family is None:
            known = ", ".join(sorted(CATEGORY_TO_FAMILY) + sorted(CATEGORIES))
            raise BadRequest(f"unknown category {name!r} in {param} (known: {known})")
        out.add(family)
    return frozenset(out)


def parse_check(params: Mapping[str, Sequence[str]]) -> CheckRequest:
    """A `/v2/check` request from its form fields; raises BadRequest with a clear message."""
    text, data = _one(params, "text"), _one(params, "data")
    if text is None and data is None:
        raise BadRequest("missing 'text' or 'data' parameter")
    if text is not None and data is not None:
        raise BadRequest("give 'text' or 'data', not both")
    origin: tuple[int, ...] | None = None
    origin_end = 0
    if data is not None:
        text, origin, origin_end = parse_annotated(data)
    assert text is not None
    language = (_one(params, "language") or "").strip()
    if not language:
        raise BadRequest("missing 'language' parameter (en-US, en-GB, en or auto)")
    detect = language == "auto"
    if detect or language == "en":
        variants = [v for v in _csv(params, "preferredVariants") if v.startswith("en")]
        chosen: str | None = variants[0] if variants else None
        if chosen is not None and chosen not in LANGUAGE_NAMES:
            raise BadRequest(f"unsupported preferredVariants {chosen!r} (copylint checks en-US and en-GB)")
    elif language in LANGUAGE_NAMES:
        chosen = language
    else:
        raise BadRequest(f"unsupported language {language!r}: copylint checks English (en-US, en-GB, en or auto)")
    level = (_one(params, "level") or "default").strip().lower()
    if level not in ("default", "picky"):
        raise BadRequest(f"parameter 'level' must be default or picky, not {level!r}")
    mode = (_one(params, "mode") or "all").strip()
    if mode not in MODES:
        raise BadRequest(f"parameter 'mode' must be one of {', '.join(MODES)}, not {mode!r}")
    only = _flag(params, "enabledOnly")
    enabled, disabled = _csv(params, "enabledRules"), _csv(params, "disabledRules")
    enabled_cats = _families(_csv(params, "enabledCategories"), "enabledCategories")
    disabled_cats = _families(_csv(params, "disabledCategories"), "disabledCategories")
    if only and not enabled and not enabled_cats:
        raise BadRequest("enabledOnly=true needs enabledRules or enabledCategories")
    rules = RuleFilter(
        enabled=tuple(Selector(s) for s in enabled),
        disabled=tuple(Selector(s) for s in disabled),
        enabled_families=enabled_cats,
        disabled_families=disabled_cats,
        only=only,
        min_severity=Severity.SUGGESTION if level == "picky" else Severity.WARNING,
    )
    return CheckRequest(text, origin, origin_end, chosen, detect, rules, mode)


def parse_annotated(data: str) -> tuple[str, tuple[int, ...], int]:
    """The plain text of annotated ``data``, the original UTF-16 offset of each of its
    characters, and the original's UTF-16 length. Markup counts in the original only;
    ``interpretAs`` text is checked and placed at its markup."""
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as exc:
        raise BadRequest(f"'data' is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    parts = parsed.get("annotation") if isinstance(parsed, dict) else None
    if not isinstance(parts, list):
        raise BadRequest("'data' must be a JSON object with an 'annotation' list")
    chars: list[str] = []
    origin: list[int] = []
    pos = 0
    for i, part in enumerate(parts):
        if not isinstance(part, dict):
            raise BadRequest(f"'data' annotation {i} must be an object with 'text' or 'markup'")
        if "text" in part:
            value = part["text"]
            if not isinstance(value, str) or "markup" in part:
                raise BadRequest(f"'data' annotation {i}: 'text' must be a string, without 'markup'")
            for c in value:
                chars.append(c)
                origin.append(pos)
                pos += 2 if c > "\uffff" else 1
        elif "markup" in part:
            markup, interpret = part["markup"], part.get("interpretAs", "")
            if not isinstance(markup, str) or not isinstance(interpret, str):
                raise BadRequest(f"'data' annotation {i}: 'markup' and 'interpretAs' must be strings")
            for c in interpret:
                chars.append(c)
                origin.append(pos)
            pos += len(markup.encode("utf-16-le")) // 2
        else:
            raise BadRequest(f"'data' annotation {i} has neither 'text' nor 'markup'")
    return "".join(chars), tuple(origin), pos


def check(service: Service, request: CheckRequest) -> dict[str, Any]:
    """Lint the request's text and answer in LanguageTool's JSON shape."""
    if request.mode == "textLevelOnly":
        # copylint's rules all work within a paragraph: the "all but text level" call has them
        checked = None
        language = request.language or service.default_language()
    else:
        checked = service.check(request.text, "text", language=request.language, rules=request.rules)
        language = checked.language
    matches = _matches(checked, request, service.summary) if checked else []
    name = LANGUAGE_NAMES[language]
    return {
        "software": {
            "name": "copylint",
            "version": __version__,
            "buildDate": None,
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": name,
            "code": language,
            "detectedLanguage": {"name": name, "code": language, "confidence": 1.0 if not request.detect else 0.5},
        },
        "matches": matches,
    }


def _matches(checked: Checked, request: CheckRequest, summary: Callable[[str], str]) -> list[dict[str, Any]]:
    doc = checked.document
    text = doc.source
    index = TextIndex(text)
    sentences = sorted(doc.source_range(s.span) for s in doc.sentences)
    starts = [s for s, _ in sentences]
    out = []
    for d in checked.diagnostics:
        start = index.offset(d.line, d.column)
        end = max(start, index.offset(d.end_line, d.end_column))
        offset, length = _original(request, index, start, end)
        family = d.family
        cat_id, cat_name, issue = CATEGORIES.get(family, (family.upper(), family.title(), "uncategorized"))
        i = bisect_right(starts, start) - 1
        sentence = text[sentences[i][0] : sentences[i][1]] if i >= 0 and sentences[i][1] >= start else ""
        ctx_start, ctx_end = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
        context = text[ctx_start:ctx_end].replace("\n", " ")
        prefix = "..." if ctx_start > 0 else ""
        out.append(
            {
                "message": d.message,
                "shortMessage": _short(d),
                "replacements": [{"value": s} for s in d.suggestions],
                "offset": offset,
                "length": length,
                "context": {
                    "text": prefix + context + ("..." if ctx_end < len(text) else ""),
                    "offset": len(prefix) + index.utf16_length(ctx_start, start),
                    "length": index.utf16_length(start, end),
                },
                "sentence": sentence,
                "type": {
                    "typeName": "UnknownWord"
                    if family == "spelling"
                    else "Hint"
                    if d.severity is Severity.SUGGESTION
                    else "Other"
                },
                "rule": {
                    "id": d.rule,
                    "description": summary(d.rule),
                    "issueType": issue,
                    "category": {"id": cat_id, "name": cat_name},
                },
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            }
        )
    return out


def _original(request: CheckRequest, index: TextIndex, start: int, end: int) -> tuple[int, int]:
    """(offset, length) in UTF-16 units of the text as the client sent it."""
    if request.origin is None:
        return index.utf16_offset(start), index.utf16_length(start, end)
    origin = request.origin
    if not origin:
        return 0, 0
    o_start = origin[start] if start < len(origin) else request.origin_end
    if end > start:
        last = end - 1
        o_end = origin[last] + (2 if index.text[last] > "\uffff" else 1)
    else:
        o_end = o_start
    return o_start, max(0, o_end - o_start)


_SHORT = {"spelling": "Spelling mistake", "grammar": "Grammar", "claims": "Unsupported claim", "cliche": "Cliché"}


def _short(d: Diagnostic) -> str:
    return _SHORT.get(d.family, "")


def languages(default: str) -> list[dict[str, str]]:
    """`GET /v2/languages`: the languages copylint checks, the configured one first."""
    codes = [default] + [c for c in LANGUAGE_NAMES if c != default]
    return [{"name": LANGUAGE_NAMES[c], "code": "en", "longCode": c} for c in codes]
