"""The shipped part-of-speech tagger, tokenizer, chunker and lemmas, through their public API."""

from __future__ import annotations

import pickle
import random
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from copylint import read_document
from copylint.nlp.analysis import chunk, subject_head, tagged
from copylint.nlp.features import LEXICON_FILES, lexicon_digest
from copylint.nlp.lemma import inflect, lemma
from copylint.nlp.tagger import FIELD_LIMIT, Tagger, _decode, _in_word, tagger
from copylint.nlp.tokenize import tokens
from copylint.nlp.train import WORD_KINDS, Reference, by_word, flat, unpack

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in tokens(text)]


def test_tokens_split_like_the_treebank() -> None:
    text = "He said: \"Sam's plan won't cost £4.5m (10%) in the U.S.\" They’re well-known."
    assert split(text) == [
        "He",
        "said",
        ":",
        '"',
        "Sam",
        "'s",
        "plan",
        "wo",
        "n't",
        "cost",
        "£",
        "4.5m",
        "(",
        "10",
        "%",
        ")",
        "in",
        "the",
        "U.S.",
        '"',
        "They",
        "’re",
        "well-known",
        ".",
    ]


def test_tokens_keep_urls_numbers_and_ages_whole() -> None:
    assert split("See https://example.com/a?b=1, a 27-year-old and a 3-1 win.") == [
        "See",
        "https://example.com/a?b=1",
        ",",
        "a",
        "27-year-old",
        "and",
        "a",
        "3-1",
        "win",
        ".",
    ]


def test_tokens_keep_email_addresses_whole_and_split_clitics() -> None:
    assert split("Write to news@example.co.uk, don't wait.") == [
        "Write",
        "to",
        "news@example.co.uk",
        ",",
        "do",
        "n't",
        "wait",
        ".",
    ]


def test_tokens_are_linear_on_long_runs() -> None:
    assert len(list(tokens("a " * 50_000))) == 50_000


def test_tokens_cover_every_character_but_spaces_in_order() -> None:
    rng = random.Random(15)
    alphabet = "ab'’ -.@nt\u00a0\u2003\t\nsdl0123,é:/\"“…—"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        spans = list(tokens(text, start, end))
        assert all(start <= s < e <= end for s, e in spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
        assert not any(ch.isspace() for s, e in spans for ch in text[s:e])
        assert "".join(text[s:e] for s, e in spans) == "".join(text[start:end].split())


def test_tokens_split_clitics_only_at_a_word_end() -> None:
    text = "They’d say it's the dogs' bones, won't they? O'Neill's rock 'n' roll.  \n  "
    expected = "They ’d say it 's the dogs ' bones , wo n't they ? O'Neill 's rock ' n ' roll ."
    assert split(text) == expected.split()
    assert split("Can't") == ["Ca", "n't"]
    assert split("   ") == []


def test_tokens_are_linear_on_a_long_run_of_spaces_after_the_last_token() -> None:
    assert len(list(tokens("word" + " " * 200_000))) == 1
    assert len(list(tokens("word" + " " * 200_000 + "’"))) == 2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council approved the plan on Tuesday .", ["DT", "NN", "VBD", "DT", "NN", "IN", "NNP", "."]),
        ("She has been named best newcomer .", ["PRP", "VBZ", "VBN", "VBN", "JJS", "NN", "."]),
        ("Other plans include a new bridge .", ["JJ", "NNS", "VBP", "DT", "JJ", "NN", "."]),
    ],
)
def test_tagger_tags_plain_news_sentences(sentence: str, expected: list[str]) -> None:
    assert tagger().tag(sentence.split()) == expected


def test_tagger_reads_a_capitalised_headline_like_running_text() -> None:
    assert tagger().tag("Minister Says Cuts Will Hit Schools".split())[1:4] == ["VBZ", "NNS", "MD"]


def test_tagging_is_deterministic_and_total() -> None:
    words = "Colour organisers travelled to the centre of the town with £5m".split()
    first = tagger().tag(words)
    assert first == tagger().tag(words) and len(first) == len(words)


def test_document_tags_are_computed_once_and_keep_spans() -> None:
    doc = read_document("The archive of records and posters were sold.\n\nIt rained.", "a.txt")
    sentences = tagged(doc)
    assert tagged(doc) is sentences
    assert [t.text for t in sentences[0]][:3] == ["The", "archive", "of"]
    assert all(doc.prose[t.start : t.end] == t.text for s in sentences for t in s)


def test_token_low_forms_are_lowered_once_per_run_and_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    from copylint.nlp import analysis

    text = "It’s Don’t DON'T the THE Straße İstanbul ΣΑΣ 4m.\n\nIt’s the THE day."
    doc = read_document(text, "a.txt")
    sentences = tagged(doc)
    toks = [t for s in sentences for t in s]
    assert all(t.low == t.text.lower().replace("’", "'") for t in toks)
    by_text = {t.text: t.low for t in toks}
    assert all(t.low is by_text[t.text] for t in toks)  # one string per form, whichever document
    again = tagged(read_document(text, "b.txt"))
    assert [t.low for s in again for t in s] == [t.low for t in toks]
    assert all(a.low is b.low for a, b in zip((t for s in again for t in s), toks, strict=True))
    assert analysis.words(read_document(text, "c.txt")) == {t.low for t in toks}
    table = analysis.lowered.__self__  # type: ignore[attr-defined]
    assert len(table) > 1
    monkeypatch.setattr(analysis, "_LOWERED_LIMIT", 0)  # past the limit the table starts again
    assert analysis.lowered("ÉTÉ") == "été" and analysis.lowered("ÉTÉ") == "été"
    assert dict(table) == {"ÉTÉ": "été"}  # emptied, then holds the one new form
    long = "Ab" * 2500  # a 5,000-character "word" is lowered but not kept
    assert analysis.lowered(long) == long.lower() and long not in table


def test_subject_head_crosses_prepositional_phrases_and_relative_clauses() -> None:
    doc = read_document(
        "The archive of instruments, signed records and posters were sold.\n\n"
        "The man who owns the shops in the town is away.",
        "a.txt",
    )
    first, second = tagged(doc)
    h, after = subject_head(first, 0)  # type: ignore[misc]
    assert first[h].text == "archive" and first[after].text == "were"
    h, after = subject_head(second, 0)  # type: ignore[misc]
    assert second[h].text == "man" and second[after].text == "is"


@pytest.mark.parametrize(
    ("word", "tag", "base"),
    [
        ("went", "VBD", "go"),
        ("saw", "VBD", "see"),
        ("decides", "VBZ", "decide"),
        ("is", "VBZ", "be"),
        ("women", "NNS", "woman"),
        ("cities", "NNS", "city"),
        ("boxes", "NNS", "box"),
        ("n't", "RB", "not"),
    ],
)
def test_lemmas(word: str, tag: str, base: str) -> None:
    assert lemma(word, tag) == base


def test_inflection() -> None:
    assert [inflect("go", t) for t in ("VBZ", "VBD", "VBN", "VBG")] == ["goes", "went", "gone", "going"]
    assert inflect("be", "VBP") == "are" and inflect("city", "NNS") == "cities"


def test_a_run_without_tag_rules_never_loads_the_model() -> None:
    code = (
        "from copylint import Linter\n"
        "Linter({'select': ['cliche', 'typography']}, plugins=False).lint_text('At the end of the day, it rained.', 'a.txt')\n"
        "from copylint.nlp.tagger import tagger\n"
        "print(tagger.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


def _model() -> dict[str, Any]:
    data = (resources.files("copylint.nlp") / "data" / "pos-model.pickle").read_bytes()
    return pickle.loads(data)  # type: ignore[no-any-return]  # noqa: S301 - the shipped model file


def _types(value: Any) -> Any:
    """The value's container and leaf types, nested as the value is."""
    if isinstance(value, dict):
        return {k: _types(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return (type(value), [_types(v) for v in value])
    return type(value)


def test_the_model_kept_in_the_user_cache_is_the_pickled_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import copylint.nlp.tagger as module

    monkeypatch.setenv("COPYLINT_CACHE_DIR", str(tmp_path))
    shipped = _model()
    seen: list[Any] = []
    monkeypatch.setattr(module, "Tagger", seen.append)
    for _ in range(2):  # written by the first (from the pickle), read by the second
        module.tagger.cache_clear()
        module.tagger()
    module.tagger.cache_clear()
    assert list(tmp_path.glob("tagger-model-*.bin"))
    assert seen[0] == shipped and seen[1] == shipped
    assert _types(seen[1]) == _types(shipped)
    monkeypatch.setattr(module, "_unpickled", lambda path: pytest.fail("read the pickle again"))
    module.tagger()
    module.tagger.cache_clear()


def test_the_model_was_trained_with_the_shipped_lexicon() -> None:
    # lexicon classes are features of the model: a lexicon edited after training leaves a model
    # that the training script no longer builds (and tags it was never trained on)
    trained, shipped = _model().get("lexicon"), lexicon_digest()
    assert trained == shipped, (
        "the grammar lexicon changed after the part-of-speech model was trained: retrain it with "
        "`python -m copylint.nlp.train /work/shared/data/ud-english-ewt src/copylint/nlp/data/pos-model.pickle` "
        "(the UD English EWT treebank folder) and commit the new model file"
    )


def test_the_lexicon_digest_follows_the_lexicon_data(tmp_path: Path) -> None:
    # the digest must change with the data the features read, or the check above could never fail
    for name in LEXICON_FILES:
        data = (resources.files("copylint.families.grammar") / "data" / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(data, encoding="utf-8")
    shipped = (tmp_path / "lexicon.tsv").read_text(encoding="utf-8")
    assert lexicon_digest(tmp_path) == lexicon_digest()
    (tmp_path / "lexicon.tsv").write_text(shipped.replace("\tNN\n", "\tNN,VB\n", 1), encoding="utf-8")
    assert lexicon_digest(tmp_path) != lexicon_digest()


def _sentences_for_the_reference() -> list[list[str]]:
    """Sentences of the shipped fixtures, then generated ones mixing their words with unseen,
    British, numeric, hyphenated, capitalised and upper-case forms (and headlines)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*")) if p.suffix in (".txt", ".md")]
    out: list[list[str]] = []
    vocabulary: list[str] = []
    for text in texts:
        doc = read_document(text, "a.md")
        for s in doc.sentences:
            forms = split(doc.prose[s.span.start : s.span.end])
            if forms:
                out.append(forms)
                vocabulary += forms
    extra = (
        "Zorblax flimmered colourised organisation travellers £4.5m 1990s 21st 2,000 30-year-old "
        "re-elected cross-border U.S. NATO ’s n't “ ” — … Qwertyuiop quux-based wibbling Smythe-Jones"
    ).split()
    rng = random.Random(20261207)
    pool = sorted(set(vocabulary)) + extra
    for n in range(400):
        words = [rng.choice(pool) for _ in range(rng.randint(1, 18))]
        if n % 5 == 0:
            words = [w[:1].upper() + w[1:] for w in words]  # headline case
        elif n % 7 == 0:
            words = [w.upper() for w in words]
        out.append(words)
    return out


def test_tagger_tags_exactly_as_the_plain_reading_of_its_model() -> None:
    # the tagger's caches and score vectors must not change a tag: compare it, from cold caches,
    # with the training module's feature-by-feature reading of the same model
    data = _model()
    fast, reference = Tagger(data), Reference(data)
    sentences = _sentences_for_the_reference()
    assert sum(map(len, sentences)) > 5000
    for forms in sentences:
        assert fast.tag(forms) == reference.tag(forms), forms
    for forms in sentences[::3]:  # warm caches
        assert fast.tag(forms) == reference.tag(forms), forms


def test_the_model_keeps_word_features_by_word_and_flat_reads_them_back() -> None:
    # the tagger reads a form's own features from "words"; the reference reads them by name
    data = _model()
    weights = flat(data)
    assert "w=report" in weights and "tw=NNS report" in weights and "w=report" not in data["weights"]
    assert set(weights) - set(data["weights"]) == {f for f in weights if f.split("=")[0] in ("tw", *WORD_KINDS)}
    assert by_word(weights) == (data["weights"], data["words"], data["prev"])
    fast = Tagger(data)
    for feat, blob in weights.items():
        kind, _, low = feat.partition("=")
        if kind == "tw":
            prev, _, low = low.partition(" ")
            got = fast._after_tag(data["words"][low], prev)
        elif kind in WORD_KINDS:
            got = _in_word(data["words"][low], WORD_KINDS.index(kind))
        else:
            continue
        assert got == _decode(blob), feat
    assert fast._after_tag(data["words"]["report"], "UH") == 0  # no such feature: none read


def test_no_tag_score_can_overflow_its_field_of_the_score_vectors() -> None:
    # a token's score sums at most two features of each kind ("s1=" is a token's last letter and
    # its next word's last three): twice the sum of the largest weight of every kind bounds it,
    # and must fit a signed field of the tagger's score vectors
    data = _model()
    largest: dict[str, int] = {}
    for feat, blob in flat(data).items():
        kind = feat.split("=", 1)[0]
        top = max(abs(v) for v in unpack(blob, tuple(data["tags"])).values())
        largest[kind] = max(largest.get(kind, 0), top)
    assert 2 * sum(largest.values()) < FIELD_LIMIT


def _conllu(sents: list[list[tuple[str, str]]]) -> str:
    out = []
    for sent in sents:
        out += [f"{i}\t{form}\t_\t_\t{tag}\t_\t_\t_\t_\t_" for i, (form, tag) in enumerate(sent, 1)]
        out.append("")
    return "\n".join(out) + "\n"


def test_the_training_script_is_reproducible_and_reads_dev_only_when_asked(tmp_path: Path) -> None:
    from copylint.nlp.train import main as train

    base = [[("The", "DT"), ("dog", "NN"), ("runs", "VBZ"), (".", ".")], [("Dogs", "NNS"), ("run", "VBP"), (".", ".")]]
    (tmp_path / "en_ewt-ud-train.conllu").write_text(_conllu(base * 3), encoding="utf-8")
    (tmp_path / "en_ewt-ud-dev.conllu").write_text(
        _conllu([[("A", "DT"), ("zorblax", "NN"), ("sleeps", "VBZ")]] * 6), encoding="utf-8"
    )
    paths = [tmp_path / name for name in ("a.pickle", "b.pickle", "dev.pickle")]
    for path, extra in zip(paths, ([], [], ["--with-dev"]), strict=True):
        assert train([str(tmp_path), str(path), "--iterations", "2", *extra]) == 0
    assert paths[0].read_bytes() == paths[1].read_bytes()  # same treebank, same lexicon: same bytes
    plain, with_dev = (pickle.loads(p.read_bytes()) for p in (paths[0], paths[2]))  # noqa: S301 - written above
    assert "zorblax" not in plain["seen"] and with_dev["seen"]["zorblax"] == ("NN",)


@pytest.mark.parametrize(
    ("words", "tags", "chunks"),
    [
        ("the council 's new cabinet met", "DT NN POS JJ NN VBD", "B-NP I-NP I-NP I-NP I-NP B-VG"),
        ("the reported cases rose", "DT VBN NNS VBD", "B-NP I-NP I-NP B-VG"),
        (", reported cases rose", ", VBN NNS VBD", "O B-NP I-NP B-VG"),
        ("reported cases rose", "VBN NNS VBD", "B-VG B-NP B-VG"),
        ("the reported", "DT VBN", "O B-VG"),
        ("in the broken .", "IN DT VBN .", "B-PP O B-VG O"),
        ("the rising prices fall", "DT VBG NNS VBP", "B-NP I-NP I-NP B-VG"),
        ("he has not been seen", "PRP VBZ RB VBN VBN", "B-NP B-VG I-VG I-VG I-VG"),
        ("she said it is", "PRP VBD PRP VBZ", "B-NP B-VG B-NP B-VG"),
        ("has said is", "VBZ VBN VBZ", "B-VG I-VG B-VG"),
        ("has not is", "VBZ RB VBZ", "B-VG I-VG I-VG"),
        ("to go to town", "TO VB TO NN", "B-VG I-VG B-PP B-NP"),
        ("the", "DT", "O"),
        ("this is", "DT VBZ", "B-NP B-VG"),
        ("there is the", "EX VBZ DT", "B-NP B-VG O"),
    ],
)
def test_chunk_labels_each_kind_of_phrase(words: str, tags: str, chunks: str) -> None:
    # noun phrases (a participle opens one only between a list, preposition or determiner and a
    # noun; an article alone is none), verb groups (adverbs inside, a second finite verb starts
    # its own), "to" + verb, prepositions
    assert " ".join(chunk(tags.split(), words.split())) == chunks
