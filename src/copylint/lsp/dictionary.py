"""Add a word to the house dictionary: the word file named by the config's ``vocabulary.file``.

With no config, ``.copylint.yaml`` and ``.copylint-words.txt`` are created in ``root``; with a
config that has no ``vocabulary`` yet, ``vocabulary: {file: .copylint-words.txt}`` is added to
it. The config is validated after the change and restored if it no longer loads.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from copylint.config import ConfigError, load_config
from copylint.files import write_bytes_atomic
from copylint.registry import option_schemas

WORD_FILE = ".copylint-words.txt"
_HEADER = "# House words for copylint: one per line (Word, word/i for any case, !word to reject)\n"


class DictionaryError(Exception):
    """The word could not be added (the message says why and what to do)."""


def add_word(word: str, config_path: Path | None, root: Path) -> Path:
    """Accept ``word`` in the house dictionary; returns the word file written."""
    word = word.strip()
    if not word or any(c.isspace() for c in word) or word.startswith(("#", "!")):
        raise DictionaryError(f"cannot add {word!r} to the dictionary: one word, not starting with # or !")
    if config_path is None:
        config_path = root / ".copylint.yaml"
        _write_new(config_path, f"vocabulary:\n  file: {WORD_FILE}\n")
        words = root / WORD_FILE
    else:
        words = _word_file(config_path)
    _append_word(words, word)
    return words


def _word_file(config_path: Path) -> Path:
    original = config_path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(original) or {}
    except yaml.YAMLError as exc:
        raise DictionaryError(f"{config_path}: cannot read the config: {exc}") from None
    vocab = data.get("vocabulary") if isinstance(data, dict) else None
    if isinstance(vocab, dict) and isinstance(vocab.get("file"), str):
        return config_path.parent / str(vocab["file"])
    updated: str | None
    if vocab is None and isinstance(data, dict):
        updated = (
            original + ("" if original.endswith("\n") or not original else "\n") + f"vocabulary:\n  file: {WORD_FILE}\n"
        )
    else:
        updated = _insert_file_key(original)
        if updated is None:
            raise DictionaryError(f"{config_path}: add 'file: {WORD_FILE}' under 'vocabulary' by hand, then try again")
    words = config_path.parent / WORD_FILE
    created = not words.exists()
    if created:  # the config names the word file, so it must exist before the config is checked
        _write_new(words, _HEADER)
    write_bytes_atomic(config_path, updated.encode("utf-8"))
    try:
        load_config(config_path, option_schemas())
    except ConfigError as exc:
        write_bytes_atomic(config_path, original.encode("utf-8"))
        if created:
            words.unlink(missing_ok=True)
        raise DictionaryError(f"{config_path}: left unchanged: adding the word file would break it ({exc})") from None
    return words


def _insert_file_key(text: str) -> str | None:
    """``file: .copylint-words.txt`` inserted under a block-style ``vocabulary:`` key."""
    m = re.search(r"^vocabulary:[ \t]*(?:#.*)?\r?\n", text, re.MULTILINE)
    if not m:
        return None
    nxt = re.match(r"([ \t]+)\S", text[m.end() :])
    indent = nxt.group(1) if nxt else "  "
    return text[: m.end()] + f"{indent}file: {WORD_FILE}\n" + text[m.end() :]


def _append_word(path: Path, word: str) -> None:
    try:
        existing = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        existing = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(f"{path}: cannot read the word file: {exc}") from None
    if word in (line.split("#", 1)[0].strip() for line in existing.splitlines()):
        return
    if not existing:
        _write_new(path, _HEADER + word + "\n")
        return
    if existing == _HEADER:  # created empty just now, with its config
        write_bytes_atomic(path, (_HEADER + word + "\n").encode("utf-8"))
        return
    sep = "" if existing.endswith("\n") else "\n"
    write_bytes_atomic(path, (existing + sep + word + "\n").encode("utf-8"))


def _write_new(path: Path, text: str) -> None:
    try:
        with open(path, "x", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except FileExistsError:
        raise DictionaryError(f"{path} appeared meanwhile: try again") from None
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot write: {exc.strerror or exc}") from None
