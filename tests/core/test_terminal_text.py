"""Terminal-safe text: one character for one, nothing a terminal acts on, JSON that decodes to the same string."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from scarfaq.terminal_text import json_line, visible, visible_lines, without_surrogates

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


@given(st.recursive(st.text() | st.integers() | st.none(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)))
def test_json_lines_decode_to_the_same_value_and_are_safe(payload: object) -> None:
    line = json_line(payload)
    assert "\n" not in line and not ACTED_ON & set(line)
    line.encode("utf-8")  # no lone surrogate left
    assert json.loads(line) == payload


def test_lone_surrogates_become_the_replacement_character() -> None:
    assert without_surrogates("caf\udce9 ok") == "caf\ufffd ok"
