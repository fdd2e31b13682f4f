"""Text made safe for a terminal, shared by both front ends (the CLI printer and the Textual chat).

Nothing from a question, a document or a file name is ever sent raw to the terminal: control characters
(escape sequences, bells) become visible symbols, and JSON keeps them as `\\uXXXX` escapes. `visible` maps
one character to one, so offsets into the original text stay valid; `visible_name` also escapes what would
let a file name fake a row or read reversed.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

#: Line breaks a terminal does not honour but a line-splitting reader does (NEL, line and paragraph
#: separators): shown as one symbol, never as a break inside a quote.
_ODD_BREAKS = "\x85\u2028\u2029"
#: Shown for a line break of `_ODD_BREAKS`.
BREAK_SYMBOL = "\u2424"  # ␤
#: C0 controls except tab and newline, DEL, C1 controls, lone surrogates (undecodable bytes of a command
#: line or file name, which Python would write back out raw: a lone 0x9b byte is an 8-bit CSI), and the
#: odd line breaks.
_CONTROL = "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]"
_NEWLINE = r"\r\n?"
_SURROGATE = "[\ud800-\udfff]"
#: Bidirectional formatting characters: embeddings, overrides, isolates and marks. Invisible, they change
#: the order in which the rest of a line is displayed (U+202E makes `rtl\u202etxt.exe.md` read as
#: `rtldm.exe.txt`).
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: What a name must not carry raw on a one-line row: tab and line ends (a fake column or row) and bidi
#: controls (a name displayed reversed).
_NAME_UNSAFE = f"[\t\n\r{_BIDI}]"
#: What JSON leaves unescaped but a terminal acts on (DEL, C1 controls such as the 8-bit CSI 0x9b) or
#: cannot encode (lone surrogates), line breaks that line-splitting readers split records at (U+2028,
#: U+2029; NEL is a C1 control), and bidi controls.
_JSON_UNSAFE = f"[\x7f-\x9f\ud800-\udfff\u2028\u2029{_BIDI}]"


@functools.lru_cache(maxsize=None)
def _pattern(source: str) -> re.Pattern[str]:
    """One of the patterns above, compiled on first use (a one-shot needs two of the five)."""
    return re.compile(source)


def _printable(text: str) -> bool:
    """Whether every character of the text is printable (tab and newline aside): then none of the patterns
    above can match it, since each holds only characters `str.isprintable` refuses (controls, surrogates,
    line and paragraph separators, bidi formatting characters). Most texts are, and are left alone without
    compiling a pattern."""
    return text.isprintable() or text.replace("\n", " ").replace("\t", " ").isprintable()


def _symbol(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ESC → ␛, BEL → ␇
    return BREAK_SYMBOL if match.group() in _ODD_BREAKS else "\ufffd"


def visible(text: str) -> str:
    """Text safe to write to a terminal, one character for one: control characters become their visible
    Unicode symbols (ESC → ␛, BEL → ␇), line breaks other than `\\n` (NEL, U+2028, U+2029) become ␤, DEL,
    other C1 controls and lone surrogates become U+FFFD. Tab and newline stay."""
    return text if _printable(text) else _pattern(_CONTROL).sub(_symbol, text)


def visible_lines(text: str) -> str:
    """Like `visible`, for display only: CRLF and CR line ends first become plain line breaks (not ␍)."""
    return visible(_pattern(_NEWLINE).sub("\n", text))


def visible_name(name: str) -> str:
    """A file name, path or other one-line field, safe to show on a row: like `visible`, and tab, line
    ends and bidi controls are shown too (tab → ␉, newline → ␊, U+202E → `\\u202e`), so a name can neither
    fake another row or column nor display reversed."""
    if name.isprintable():
        return name
    escaped = _pattern(_NAME_UNSAFE).sub(
        lambda m: chr(0x2400 + ord(m.group())) if m.group() < " " else f"\\u{ord(m.group()):04x}", name
    )
    return visible(escaped)


def without_surrogates(text: str) -> str:
    """A command-line or batch string as text: lone surrogates (bytes that were not UTF-8, or a `\\ud800`
    JSON escape) become U+FFFD, one for one."""
    return text if text.isascii() else _pattern(_SURROGATE).sub("\ufffd", text)


def json_line(payload: Any) -> str:
    """One JSON object on a line, valid UTF-8 and safe on a terminal and for line-splitting readers: DEL, C1
    controls, lone surrogates (a file name that is not UTF-8), U+2028, U+2029 and bidi controls are written
    as `\\uXXXX` escapes, which decode to the same string."""
    line = json.dumps(payload, ensure_ascii=False)
    return line if line.isprintable() else _pattern(_JSON_UNSAFE).sub(lambda m: f"\\u{ord(m.group()):04x}", line)
