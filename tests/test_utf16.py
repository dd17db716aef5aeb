"""copylint.positions: code points <-> the code units protocols count."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copylint.positions import TextIndex, units


def test_units_of_emoji_and_accents() -> None:
    assert units("a😀é") == 4  # the emoji is a surrogate pair
    assert units("a😀é", "utf-8") == 1 + 4 + 2
    assert units("a😀é", "utf-32") == 3


def test_positions_on_lines_after_emoji() -> None:
    text = "😀😀 x\nab 👍🏽 could of\r\nend"
    index = TextIndex(text)
    of = text.index("of")
    assert index.position(of) == (1, len("ab ") + 4 + len(" could "))  # 👍🏽 is two astral code points
    assert index.position(of, "utf-32") == (1, len("ab 👍🏽 could "))
    assert index.utf16_offset(of) == of + 4  # four astral code points before it
    assert index.from_position(1, 3 + 4 + 7) == of
    assert index.line_text(1) == "ab 👍🏽 could of\r"
    assert index.offset(3, 2) == text.index("nd")  # 1-based line and column
    assert index.offset(3, 99) == len(text)  # clamped


@given(st.text(alphabet=st.sampled_from(["a", "é", "\n", "😀", "字", "\r"]), max_size=40))
def test_round_trip_agrees_with_python_encoders(text: str) -> None:
    index = TextIndex(text)
    for offset in range(len(text) + 1):
        assert index.utf16_offset(offset) == len(text[:offset].encode("utf-16-le")) // 2
        for enc in ("utf-16", "utf-8", "utf-32"):
            line, col = index.position(offset, enc)
            assert index.from_position(line, col, enc) == offset
            assert line == text[:offset].count("\n")
