"""Text made safe for a terminal, shared by both front ends (the CLI printer and the Textual chat).

Nothing from a question, a document or a file name is ever sent raw to the terminal: control characters
(escape sequences, bells) become visible symbols, and JSON keeps them as `\\uXXXX` escapes. Every
function here maps one character to one, so offsets into the original text stay valid.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: C0 controls except tab and newline, DEL, C1 controls, and lone surrogates (undecodable bytes of a command
#: line or file name, which Python would write back out raw: a lone 0x9b byte is an 8-bit CSI).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_NEWLINE = re.compile(r"\r\n?")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: What JSON leaves unescaped but a terminal acts on (DEL, C1 controls such as the 8-bit CSI 0x9b) or
#: cannot encode (lone surrogates).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\ud800-\udfff]")


def visible(text: str) -> str:
    """Text safe to write to a terminal, one character for one: control characters become their visible
    Unicode symbols (ESC → ␛, BEL → ␇), DEL, C1 controls and lone surrogates become U+FFFD."""
    return _CONTROL.sub(lambda m: chr(0x2400 + ord(m.group())) if ord(m.group()) < 0x20 else "\ufffd", text)


def visible_lines(text: str) -> str:
    """Like `visible`, for display only: CRLF and CR line ends first become plain line breaks (not ␍)."""
    return visible(_NEWLINE.sub("\n", text))


def without_surrogates(text: str) -> str:
    """A command-line or batch string as text: lone surrogates (bytes that were not UTF-8, or a `\\ud800`
    JSON escape) become U+FFFD, one for one."""
    return _SURROGATE.sub("\ufffd", text)


def json_line(payload: Any) -> str:
    """One JSON object on a line, valid UTF-8 and safe on a terminal: DEL, C1 controls and lone surrogates
    (a file name that is not UTF-8) are written as `\\uXXXX` escapes, which decode to the same string."""
    line = json.dumps(payload, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
