"""Quotes as Textual `Content`: verbatim characters, matched query words highlighted by style only.

Nothing here parses markup: the text becomes `Content(text)` and highlights are spans on top of it, so
`*asterisks*`, `[brackets]` and curly quotes from the corpus, or `[bold]` typed in a question, show as is.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App
from textual.content import Content

from scarfaq.analysis import tokenize
from scarfaq.passages import Passage
from scarfaq.render import visible

#: How a matched word looks; theme variables, so it follows dark and light themes.
MATCH_STYLE = "bold $text-warning on $warning-muted"


def matched_spans(text: str, stems: Iterable[str]) -> list[tuple[int, int]]:
    """Character spans of the content words of text whose stem is one of stems."""
    wanted = frozenset(stems)
    return [(t.start, t.end) for t in tokenize(text) if t.stem in wanted and not t.stop]


def literal(text: str) -> Content:
    """Text from a question or a document, shown literally (control characters made visible, one for one)."""
    return Content(visible(text))


def quote_content(text: str, stems: Iterable[str] = (), style: str = MATCH_STYLE) -> Content:
    """The quote with its matched words highlighted; `visible` keeps offsets, so the spans still fit."""
    quote = literal(text)
    for start, end in matched_spans(text, stems):
        quote = quote.stylize(style, start, end)
    return quote


def citation_text(passage: Passage) -> str:
    """A passage as it is copied: the verbatim quote, then where it comes from."""
    return f"{passage.text}\n\n— {passage.title} ({passage.citation})"


def copy_passage(app: App[object], passage: Passage) -> None:
    """Copy a quote with its citation to the clipboard, and say so."""
    app.copy_to_clipboard(citation_text(passage))
    app.notify(f"Copied the quote from {visible(passage.citation)}", title="Copied", timeout=3, markup=False)
