"""Edited English from sources outside ../shared, one sentence per line, for grammar false alarms.

Usage::

    python bench/clean_text.py wordnet /usr/share/wordnet OUT.txt      # apt-get install wordnet-base
    python bench/clean_text.py pydoc - OUT.txt                          # this Python's pydoc_data.topics
    python bench/clean_text.py text FILE[.gz|.pod|.html]... OUT.txt     # plain prose, POD, HTML
    python bench/grammar_fa_text.py OUT.txt --set default --sample 20

Nothing here is copied into the repository: the sentences are written to OUT (give a path
outside the worktree). The sources:

- ``wordnet``: the example sentences of WordNet 3.0 (the quoted parts of the glosses in
  ``data.noun|verb|adj|adv``): short, edited sentences and phrases written by lexicographers,
  each showing one word sense. Lines with fewer than ``--min-words`` words are dropped (many
  examples are bare phrases: "a cold day"); the first letter is capitalised and a full stop added
  when the example has no closing punctuation, so a rule sees a sentence, not a fragment opening
  in lower case. WordNet marks a few literary quotations with "- Author"; those tails are cut.
- ``pydoc``: the prose paragraphs of the Python language reference shipped with the interpreter
  (``pydoc_data.topics``): indented blocks (code, grammar) and headings are dropped, paragraphs
  are split into sentences at ". " before a capital.
- ``text``: paragraphs of plain text files (blank-line separated; the indentation a whole
  paragraph shares is removed, then paragraphs with indented lines and paragraphs with many
  symbols are dropped), split the same way; e.g. the Debian Reference
  (``/usr/share/debian-reference/debian-reference.en.txt.gz``, package debian-reference-en).
  A ``.pod`` file (Perl's documentation, package perl-doc: ``/usr/share/perl/5.*/pod/*.pod``)
  loses its ``=command`` lines, and sentences with ``X<...>`` markup (code, file names,
  links) are dropped. An ``.html`` file gives the text of its ``<p>`` elements; paragraphs with
  inline code markup are dropped (e.g. the Python tutorial, package python3-doc, and the Debian
  Administrator's Handbook, package debian-handbook).

Output is deduplicated and keeps the source order.
"""

from __future__ import annotations

import argparse
import gzip
import re
from pathlib import Path

_QUOTED = re.compile(r'"([^"]+)"')
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
_ABBREV = re.compile(r"\b(?:e\.g|i\.e|etc|vs|cf|Mr|Mrs|Dr|St|No|approx)\.$")


def _words(s: str) -> int:
    return len(s.split())


def _sentence(s: str) -> str:
    s = s.strip().strip(";").strip()
    if not s:
        return s
    s = s[0].upper() + s[1:]
    if s[-1] not in ".!?\"')":
        s += "."
    return s


def wordnet(folder: Path) -> list[str]:
    out: list[str] = []
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  ") or "|" not in line:
                continue
            gloss = line.split("|", 1)[1]
            for ex in _QUOTED.findall(gloss):
                ex = re.sub(r"\s+-+\s*[A-Z][\w. ]*$", "", ex.strip())
                out.append(_sentence(ex))
    return out


def _prose(paragraphs: list[list[str]]) -> list[str]:
    out: list[str] = []
    for para in paragraphs:
        if not para or any(ln.startswith((" ", "\t")) for ln in para):
            continue
        if len(para) >= 2 and set(para[-1].strip()) <= set("*=-~^#+"):
            continue  # heading with its underline
        text = " ".join(ln.strip() for ln in para)
        if sum(not (c.isalnum() or c in " .,;:'\"()-?!") for c in text) > len(text) / 20:
            continue  # symbols: code, tables, paths
        pieces: list[str] = []
        for piece in _SPLIT.split(text):
            if pieces and _ABBREV.search(pieces[-1]):
                pieces[-1] += " " + piece
            else:
                pieces.append(piece)
        out.extend(p.strip() for p in pieces if p.strip().endswith((".", "?", "!")))
    return out


def _paragraphs(text: str) -> list[list[str]]:
    paras: list[list[str]] = [[]]
    for ln in text.splitlines():
        if ln.strip():
            paras[-1].append(ln)
        elif paras[-1]:
            paras.append([])
    return paras


def pydoc() -> list[str]:
    import pydoc_data.topics as topics

    out: list[str] = []
    for text in topics.topics.values():
        out.extend(_prose(_paragraphs(text)))
    return out


_POD_MARKUP = re.compile(r"[A-Z]<+(?:\s)?([^<>]*?)(?:\s)?>+")


def _dedented(paras: list[list[str]]) -> list[list[str]]:
    """Each paragraph without the indentation all its lines share (a text rendering that indents
    the whole body keeps its code blocks indented further)."""
    out = []
    for para in paras:
        lines = [ln.replace("\xa0", " ").rstrip() for ln in para]
        indent = min((len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()), default=0)
        out.append([ln[indent:] for ln in lines])
    return out


def plain(path: Path) -> list[str]:
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    text = raw.decode("utf-8", "replace")
    if path.suffix == ".pod":
        # sentences with markup (code, file names, links) are dropped: the words inside are code
        text = "\n".join("" if ln.startswith("=") else ln for ln in text.splitlines())
        for _ in range(3):  # nested markup: B<C<...>>
            text = _POD_MARKUP.sub("\x00\\1", text)
        return [s for s in _prose(_paragraphs(text)) if "\x00" not in s]
    return _prose(_dedented(_paragraphs(text)))


_P = re.compile(r"<p\b[^>]*>(.*?)</p>|<div class=\"para\"[^>]*>(.*?)</div>", re.S)
_CODE_TAG = re.compile(
    r"<(?:code|tt|kbd|samp|var|pre)\b|class=\"(?:literal|command|filename|option|varname|replaceable|userinput|computeroutput|package)",
    re.I,
)
_TAG = re.compile(r"<[^>]+>")


def html(path: Path) -> list[str]:
    """Text of the ``<p>`` elements (DocBook: ``<div class="para">``) of an HTML page; a paragraph with inline code, file names,
    commands or options (markup such as ``<code>``, ``class="literal"``) is dropped whole."""
    import html as htmlmod

    text = path.read_text("utf-8", "replace")
    paras: list[list[str]] = []
    for m in _P.finditer(text):
        body = m.group(1) if m.group(1) is not None else m.group(2)
        if "<div" in body:
            continue  # a DocBook para holding a list or a block: its text is not one paragraph
        if _CODE_TAG.search(body):
            continue
        plain_text = htmlmod.unescape(_TAG.sub("", body)).replace("\xa0", " ")
        paras.append([" ".join(plain_text.split())])
    return _prose(paras)


def texts(paths: list[str]) -> list[str]:
    return [s for p in paths for s in (html(Path(p)) if p.endswith((".html", ".htm")) else plain(Path(p)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", choices=["wordnet", "pydoc", "text"])
    ap.add_argument("path", nargs="+", help="WordNet dict folder, text files (.gz, .pod too), or '-' for pydoc")
    ap.add_argument("out", type=Path)
    ap.add_argument("--min-words", type=int, default=5)
    args = ap.parse_args()
    if args.source == "wordnet":
        sents = wordnet(Path(args.path[0]))
    elif args.source == "pydoc":
        sents = pydoc()
    else:
        sents = texts(args.path)
    seen: set[str] = set()
    kept = []
    for s in sents:
        if _words(s) >= args.min_words and s not in seen:
            seen.add(s)
            kept.append(s)
    args.out.write_text("".join(s + "\n" for s in kept), encoding="utf-8")
    print(f"{args.source}: {len(kept)} sentences ({sum(map(_words, kept))} words) -> {args.out}")


if __name__ == "__main__":
    main()
