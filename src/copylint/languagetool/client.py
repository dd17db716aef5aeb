"""A minimal LanguageTool HTTP client (standard library only) for the ``/v2/check`` API.

LanguageTool reports offsets in UTF-16 code units (Java strings); :func:`utf16_to_index`
turns them into Python code-point offsets so that emoji and other astral characters do not
shift the positions that follow them.
"""

from __future__ import annotations

import functools
import json
import urllib.parse
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from copylint.languagetool.options import DEFAULT_TIMEOUT


class LanguageToolError(Exception):
    """The server could not be used; the message is one line naming it."""


@dataclass(frozen=True)
class LTMatch:
    """One LanguageTool match, with ``start``/``end`` as code-point offsets into the checked text."""

    start: int
    end: int
    message: str
    short_message: str
    replacements: tuple[str, ...]
    rule_id: str
    rule_description: str
    category_id: str
    category_name: str
    issue_type: str


def check_url(url: str) -> str:
    """The ``/v2/check`` endpoint for a server URL given as ``http://host:8081`` (or with ``/v2``)."""
    base = url.rstrip("/")
    if base.endswith("/v2/check"):
        return base
    if base.endswith("/v2"):
        return base + "/check"
    return base + "/v2/check"


#: Replies are read up to this many bytes per character of copy (and at least MIN_REPLY): a
#: server that streams without end must not fill the memory.
REPLY_BYTES_PER_CHAR = 64
MIN_REPLY = 1 << 20


def max_reply(text: str) -> int:
    return max(MIN_REPLY, REPLY_BYTES_PER_CHAR * len(text))


@functools.cache
def _opener() -> Any:
    """An opener that does not follow redirects: a server must not send the copy on to another
    URL (built on first use: importing the backend family does not load the HTTP stack)."""
    import urllib.request

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            return None

    return urllib.request.build_opener(_NoRedirect)


def safe_url(url: str) -> str:
    """``url`` if it is an http(s) URL with a host; else LanguageToolError. A server that is not
    this machine gets a one-time warning on stderr: the copy leaves the machine."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise LanguageToolError(f"LanguageTool url {url[:80]!r} must be an http:// or https:// URL with a host")
    if not is_loopback(parts.hostname):
        _warn_remote(f"{parts.scheme}://{parts.netloc}")
    return url


def is_loopback(host: str) -> bool:
    import ipaddress

    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@functools.cache
def _warn_remote(server: str) -> None:
    import sys

    from copylint.escape import one_line

    sys.stderr.write(
        one_line(f"copylint: warning: copy is sent to the LanguageTool server at {server}, which is not this machine")
        + "\n"
    )


def request_check(
    url: str,
    text: str,
    language: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    disabled_rules: Iterable[str] = (),
    enabled_rules: Iterable[str] = (),
    disabled_categories: Iterable[str] = (),
    mother_tongue: str | None = None,
    level: str | None = None,
) -> dict[str, Any]:
    """POST ``text`` to the server and return the decoded JSON reply."""
    endpoint = check_url(safe_url(url))
    form: dict[str, str] = {"text": text, "language": language}
    if disabled_rules := ",".join(disabled_rules):
        form["disabledRules"] = disabled_rules
    if enabled_rules := ",".join(enabled_rules):
        form["enabledRules"] = enabled_rules
    if disabled_categories := ",".join(disabled_categories):
        form["disabledCategories"] = disabled_categories
    if mother_tongue:
        form["motherTongue"] = mother_tongue
    if level:
        form["level"] = level
    import socket
    import urllib.error
    import urllib.request

    data = urllib.parse.urlencode(form).encode("utf-8")
    req = urllib.request.Request(
        endpoint,
        data=data,
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        method="POST",
    )
    where = f"LanguageTool server {url}"
    try:
        with _opener().open(req, timeout=timeout) as resp:  # noqa: S310 - http(s) only, checked above
            limit = max_reply(text)
            body = resp.read(limit + 1)
            if len(body) > limit:
                raise LanguageToolError(f"{where} sent a reply larger than {limit:,} bytes; ignored")
    except urllib.error.HTTPError as exc:
        detail = exc.read(200).decode("utf-8", "replace").strip().splitlines()
        suffix = f": {detail[0]}" if detail else ""
        raise LanguageToolError(f"{where} answered HTTP {exc.code} {exc.reason}{suffix}") from None
    except TimeoutError:
        raise LanguageToolError(f"{where} did not answer within {timeout:g} s") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise LanguageToolError(f"{where} did not answer within {timeout:g} s") from None
        raise LanguageToolError(f"{where} is unreachable: {reason}") from None
    except OSError as exc:
        raise LanguageToolError(f"{where} is unreachable: {exc}") from None
    try:
        reply = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise LanguageToolError(f"{where} sent a reply that is not JSON") from None
    if not isinstance(reply, dict):
        raise LanguageToolError(f"{where} sent a malformed reply (expected a JSON object)")
    return reply


def utf16_index(text: str) -> list[int]:
    """Cumulative UTF-16 lengths: ``result[i]`` is the UTF-16 offset of code point ``i``."""
    out = [0]
    total = 0
    for ch in text:
        total += 2 if ord(ch) > 0xFFFF else 1
        out.append(total)
    return out


def utf16_to_index(units: list[int], offset: int) -> int:
    """The code-point offset for a UTF-16 offset (an offset inside a surrogate pair rounds down)."""
    return max(0, bisect_right(units, offset) - 1)


def parse_matches(reply: Mapping[str, Any], text: str, where: str) -> list[LTMatch]:
    """Matches from a ``/v2/check`` reply, offsets converted to code points of ``text``."""
    raw = reply.get("matches")
    if not isinstance(raw, list):
        raise LanguageToolError(f"{where} sent a malformed reply (no 'matches' list)")
    units = utf16_index(text)
    out: list[LTMatch] = []
    for item in raw:
        try:
            offset, length = item["offset"], item["length"]
            if not isinstance(offset, int) or not isinstance(length, int) or offset < 0 or length < 0:
                raise TypeError("offset/length")
            rule = item.get("rule") or {}
            category = rule.get("category") or {}
            replacements = tuple(
                r["value"]
                for r in item.get("replacements") or ()
                if isinstance(r, dict) and isinstance(r.get("value"), str)
            )
            start = utf16_to_index(units, offset)
            end = max(start, utf16_to_index(units, offset + length))
            out.append(
                LTMatch(
                    start=min(start, len(text)),
                    end=min(end, len(text)),
                    message=str(item.get("message") or ""),
                    short_message=str(item.get("shortMessage") or ""),
                    replacements=replacements,
                    rule_id=str(rule.get("id") or "UNKNOWN"),
                    rule_description=str(rule.get("description") or ""),
                    category_id=str(category.get("id") or ""),
                    category_name=str(category.get("name") or ""),
                    issue_type=str(rule.get("issueType") or ""),
                )
            )
        except (KeyError, TypeError, AttributeError):
            raise LanguageToolError(f"{where} sent a malformed match: {json.dumps(item)[:120]}") from None
    return out
