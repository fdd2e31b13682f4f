"""Quotes as Textual `Content`: verbatim characters, matched query words highlighted by style only.

Nothing here parses markup: the text becomes `Content(text)` and highlights are spans on top of it, so
`*asterisks*`, `[brackets]` and curly quotes from the corpus, or `[bold]` typed in a question, show as is.
The one display-only change: the `\r` of a CRLF line end is dropped, so Windows files show no `␍`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.content import Content

from scarfaq.terminal_text import visible

if TYPE_CHECKING:
    from textual.app import App

    from scarfaq.answer import Answer
    from scarfaq.passages import Passage

#: How a matched word looks; theme variables, so it follows dark and light themes.
MATCH_STYLE = "bold $text-warning on $warning-muted"
#: A list item's marker at the start of a line (with its indent): its wrapped lines hang under its text.
_LIST_ITEM = re.compile(r"^[ \t]*(?:[•\-*–—·▪●◦‣]|\d{1,3}[.)])[ \t]+(?=\S)")


def matched_spans(text: str, stems: Iterable[str]) -> list[tuple[int, int]]:
    """Character spans of the content words of text whose stem is one of stems."""
    from scarfaq.analysis import tokenize  # the core: only once an answer is on screen

    wanted = frozenset(stems)
    return [(t.start, t.end) for t in tokenize(text) if t.stem in wanted and not t.stop]


def literal(text: str) -> Content:
    """Text from a question or a document, shown literally (control characters made visible, one for one)."""
    return Content(visible(text))


def display_text(text: str) -> str:
    """Text as shown and copied: each CRLF line end becomes a plain line break; nothing else changes."""
    return text.replace("\r\n", "\n")


def display_offset(text: str, offset: int) -> int:
    """Where offset of text lands in `display_text(text)`: one less for every CRLF before it."""
    return offset - text.count("\r\n", 0, offset)


def quote_content(text: str, stems: Iterable[str] = (), style: str = MATCH_STYLE) -> Content:
    """The quote with its matched words highlighted; `visible` keeps offsets and CRLF spans are shifted."""
    quote = literal(display_text(text))
    stems = tuple(stems)
    if stems:
        for start, end in matched_spans(text, stems):
            quote = quote.stylize(style, display_offset(text, start), display_offset(text, end))
    return quote


def list_items(content: Content) -> list[tuple[Content | None, Content]]:
    """The quote cut into blocks: (None, lines) for running text, (marker, text) for each list item, so a
    list item can be shown with its wrapped lines hanging under its text. Joining gives the quote back."""
    blocks: list[tuple[Content | None, Content]] = []
    plain: list[Content] = []
    for line in content.split("\n", allow_blank=True):
        item = _LIST_ITEM.match(line.plain)
        if item is None:
            plain.append(line)
            continue
        if plain:
            blocks.append((None, Content("\n").join(plain)))
            plain = []
        marker, text = line.divide([item.end()])
        blocks.append((marker, text))
    if plain:
        blocks.append((None, Content("\n").join(plain)))
    return blocks


def citation_text(passage: Passage) -> str:
    """A passage as it is copied: the quote as shown (CRLF as plain line breaks), then where it comes from."""
    return f"{display_text(passage.text)}\n\n— {passage.title} ({passage.citation})"


def answer_text(answer: Answer) -> str:
    """A whole answer as it is copied: the question, the safety notes and every quote with its citation."""
    parts = [f"Question: {answer.question}"]
    level = answer.safety.level.value
    if level == "urgent":
        parts.append(f"URGENT: {answer.safety.note}")
    if not answer.answered:
        parts.append("No good match in the documents.")
    parts += [f"[{number}] {citation_text(hit.passage)}" for number, hit in enumerate(answer.hits, 1)]
    if level == "medical":
        parts.append(f"Note: {answer.safety.note}")
    return "\n\n".join(parts)


#: What a terminal acts on when pasted (ESC, the end of a bracketed paste, C1 controls, bidi overrides):
#: everything but line breaks and tabs.
_UNSAFE_TO_PASTE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def copyable(text: str) -> str:
    """Text as it may go to the clipboard (OSC 52): control characters become their visible symbols, so a
    paste can never run a command ("\x1b[201~" ends a bracketed paste in the reader's shell)."""
    return _UNSAFE_TO_PASTE.sub(lambda m: visible(m.group()) if ord(m.group()) < 0x7f else "\ufffd", text)


def copy_text(app: App[object], text: str, what: str) -> None:
    """Copy text to the clipboard (or the text the mouse has selected, if any), and say what was copied."""
    selected = app.screen.get_selected_text()
    if selected:
        text, what = selected, "the selected text"
    app.copy_to_clipboard(copyable(text))
    app.notify(f"Copied {visible(what)}", title="Copied", timeout=3, markup=False)


def copy_passage(app: App[object], passage: Passage) -> None:
    """Copy a quote with its citation."""
    copy_text(app, citation_text(passage), f"the quote from {passage.citation}")
