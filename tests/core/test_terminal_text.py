"""Terminal-safe text: one character for one, nothing a terminal acts on, JSON that decodes to the same string."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from scarfaq.terminal_text import json_line, visible, visible_lines, visible_name, without_surrogates

#: What a terminal acts on: C0 controls other than tab and newline, DEL and the C1 controls (0x9b is CSI).
ACTED_ON = {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}


def test_controls_become_their_visible_symbols() -> None:
    assert visible("a\x1b[2Jb\x07\x00") == "a\u241b[2Jb\u2407\u2400"
    assert visible("\x9b31m \x7f") == "\ufffd31m \ufffd"
    assert visible("tab\tand\nnewline stay") == "tab\tand\nnewline stay"


def test_crlf_and_cr_line_ends_show_as_plain_breaks() -> None:
    assert visible_lines("one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"


@given(st.text())
def test_visible_keeps_offsets_and_leaves_nothing_a_terminal_acts_on(text: str) -> None:
    shown = visible(text)
    assert len(shown) == len(text)
    assert not ACTED_ON & set(shown)


JSON_VALUES = st.recursive(st.text() | st.integers() | st.none(),
                           lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner))


@given(JSON_VALUES)
def test_json_lines_decode_to_the_same_value_and_are_safe(payload: object) -> None:
    line = json_line(payload)
    assert "\n" not in line and not ACTED_ON & set(line)
    line.encode("utf-8")  # no lone surrogate left
    assert json.loads(line) == payload


def test_lone_surrogates_become_the_replacement_character() -> None:
    assert without_surrogates("caf\udce9 ok") == "caf\ufffd ok"


#: Bidirectional formatting characters: they reorder how the rest of a line is displayed.
BIDI = {"\u061c", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))}
#: Everything `str.splitlines` breaks a line at.
LINE_BREAKS = {"\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}


def test_odd_line_breaks_show_as_one_symbol_each() -> None:
    assert visible("a\u2028b\u2029c\x85d") == "a\u2424b\u2424c\u2424d"
    assert visible("form\x0cfeed\x1dgroup") == "form\u240cfeed\u241dgroup"


@given(st.text())
def test_visible_text_splits_into_lines_only_at_newlines(text: str) -> None:
    assert not (LINE_BREAKS - {"\n"}) & set(visible(text))


def test_a_name_cannot_fake_a_row_a_column_or_read_reversed() -> None:
    assert visible_name("two\nrows.txt") == "two\u240arows.txt"
    assert visible_name("a\tb\r.md") == "a\u2409b\u240d.md"
    assert visible_name("rtl\u202etxt.exe.md") == "rtl\\u202etxt.exe.md"
    assert visible_name("\x1b]52;c;eA==\x07.md") == "\u241b]52;c;eA==\u2407.md"


@given(st.text())
def test_visible_names_are_one_safe_line_without_bidi_controls(name: str) -> None:
    shown = visible_name(name)
    assert not (ACTED_ON | LINE_BREAKS | BIDI | {"\t"}) & set(shown)
    shown.encode("utf-8")


@given(st.text(alphabet=st.sampled_from(sorted(LINE_BREAKS | BIDI | {"a", " ", "\x1b"}))))
def test_json_lines_are_one_record_for_any_line_splitting_reader(text: str) -> None:
    line = json_line({"text": text})
    assert line.splitlines() == [line]  # Python's splitlines breaks at U+2028, NEL, FF and the like
    assert not BIDI & set(line)
    assert json.loads(line) == {"text": text}


def test_every_character_the_patterns_act_on_is_one_str_isprintable_refuses() -> None:
    """What lets a printable text skip the patterns (none is compiled for it): were a pattern to take in a
    printable character, that character would reach the terminal unescaped."""
    from scarfaq.terminal_text import _CONTROL, _JSON_UNSAFE, _NAME_UNSAFE, _SURROGATE, _pattern

    for source in (_CONTROL, _NAME_UNSAFE, _JSON_UNSAFE, _SURROGATE):
        caught = _pattern(source)
        acted_on = [c for c in map(chr, range(0x110000)) if caught.fullmatch(c)]
        assert acted_on and not [c for c in acted_on if c.isprintable()], source
    assert not [c for c in map(chr, range(0x110000)) if _pattern(_SURROGATE).fullmatch(c) and c.isascii()]


@given(st.text(alphabet=st.sampled_from("ab \t\n\r\x1b\x7f\x85\x9b\u2028\u2029\u202e\u061c\ud800é–’\xa0\xad")))
def test_a_text_without_what_the_patterns_act_on_comes_back_as_it_was(text: str) -> None:
    """The shortcut for printable texts gives what the patterns give, on texts mixing both kinds."""
    from scarfaq.terminal_text import _CONTROL, _JSON_UNSAFE, _NAME_UNSAFE, _SURROGATE, _pattern, _symbol

    assert visible(text) == _pattern(_CONTROL).sub(_symbol, text)
    assert without_surrogates(text) == _pattern(_SURROGATE).sub("\ufffd", text)
    line = json.dumps({"text": text}, ensure_ascii=False)
    assert json_line({"text": text}) == _pattern(_JSON_UNSAFE).sub(lambda m: f"\\u{ord(m.group()):04x}", line)
    if text.isprintable():
        assert visible_name(text) == text and not _pattern(_NAME_UNSAFE).search(text)
