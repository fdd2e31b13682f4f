"""Quotes as Textual `Content`: verbatim characters, matched query words highlighted by style only.

Nothing here parses markup: the text becomes `Content(text)` and highlights are spans on top of it, so
`*asterisks*`, `[brackets]` and curly quotes from the corpus, or `[bold]` typed in a question, show as is.
The one display-only change: the `\r` of a CRLF line end is dropped, so Windows files show no `␍`.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App
from textual.content import Content

from scarfaq.analysis import tokenize
from scarfaq.passages import Passage
from scarfaq.terminal_text import visible

#: How a matched word looks; theme variables, so it follows dark and light themes.
MATCH_STYLE = "bold $text-warning on $warning-muted"


def matched_spans(text: str, stems: Iterable[str]) -> list[tuple[int, int]]:
    """Character spans of the content words of text whose stem is one of stems."""
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
    for start, end in matched_spans(text, stems):
        quote = quote.stylize(style, display_offset(text, start), display_offset(text, end))
    return quote


def citation_text(passage: Passage) -> str:
    """A passage as it is copied: the quote as shown (CRLF as plain line breaks), then where it comes from."""
    return f"{display_text(passage.text)}\n\n— {passage.title} ({passage.citation})"


def copy_passage(app: App[object], passage: Passage) -> None:
    """Copy a quote with its citation to the clipboard, and say so."""
    app.copy_to_clipboard(citation_text(passage))
    app.notify(f"Copied the quote from {visible(passage.citation)}", title="Copied", timeout=3, markup=False)
