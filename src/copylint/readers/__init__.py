"""Readers turn source text into a :class:`~copylint.document.Document`."""

from __future__ import annotations

from pathlib import PurePath

from copylint.document import Document

FORMATS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".html": "html", ".htm": "html"}


def format_for(path: str) -> str:
    """The reader format for a file name ("text" when the extension is unknown)."""
    return FORMATS.get(PurePath(path).suffix.lower(), "text")


def read_document(text: str, path: str = "<text>", fmt: str | None = None) -> Document:
    """Parse ``text`` (already decoded) into a Document; a leading BOM is dropped."""
    if text.startswith("\ufeff"):
        text = text[1:]
    fmt = fmt or format_for(path)
    if fmt == "markdown":
        from copylint.readers.markdown import read_markdown

        return read_markdown(text, path)
    if fmt == "html":
        from copylint.readers.html import read_html

        return read_html(text, path)
    if fmt == "text":
        from copylint.readers.text import read_text

        return read_text(text, path)
    raise ValueError(f"unknown format {fmt!r} (expected markdown, html or text)")
