"""The document viewer: a whole document, opened at a quoted passage (highlighted) with a few lines above it.

Like a pager: j/k and g/G move, / searches with n/N, and e opens the file in $EDITOR at the quote.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from scarfaq.terminal_text import visible
from scarfaq.tui.editor import editor_command
from scarfaq.tui.quote import copy_passage, display_text, literal
from scarfaq.tui.widgets import ChatFooter

if TYPE_CHECKING:
    from scarfaq.corpus import Document
    from scarfaq.passages import Passage

#: Lines of the document shown above the passage (or a search match) when the viewer scrolls to it.
CONTEXT_LINES = 3
#: About how many characters of the document one widget shows.
BLOCK_CHARS = 2000
#: How search matches look; the current one stands out.
MATCH_STYLE = "$text-warning on $warning-muted"
CURRENT_MATCH_STYLE = "bold reverse"
#: Keys that the help shows as one row each.
MATCHES = Binding.Group("Next / previous match")
LINES = Binding.Group("One line down / up")
ENDS = Binding.Group("Document start / end")


@dataclass(frozen=True)
class Part:
    """One of the viewer's three blocks (before the passage, the passage, after it) and its shown text."""

    widget: Static
    text: str


@dataclass(frozen=True)
class Match:
    """A search match: which part it is in, and where in that part's text."""

    part: int
    start: int
    end: int


def _before(text: str) -> str:
    """The text before the passage; the widget boundary ends its last line, so its final line break goes."""
    return display_text(text).removesuffix("\n")


def _after(text: str) -> str:
    """The text after the passage, without the line break that ends the passage's last line."""
    return display_text(text).removeprefix("\n")


def blocks(text: str, size: int = BLOCK_CHARS) -> list[str]:
    """Text cut into blocks of about `size` characters before blank lines, dropping the one line break at
    each cut (a widget boundary ends a line): joined with line breaks they give the text back. A long
    document drawn as a few blocks lays out and draws much faster than as one."""
    parts, start = [], 0
    for match in re.finditer(r"(?<=[^\n])\n(?=\n)", text):
        if match.start() - start >= size:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return parts


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Spans of every occurrence of query in text, ignoring case."""
    return [m.span() for m in re.finditer(re.escape(query), text, re.IGNORECASE)] if query else []


class DocumentView(VerticalScroll):
    """The scrolling document; hidden until its first layout has placed the passage in view."""

    def on_resize(self) -> None:
        if self.has_class("-placing") and self.size.height:
            self.screen.place()  # type: ignore[attr-defined]


class DocumentScreen(Screen[None]):
    """The document a quote comes from; the text before, the passage (highlighted) and the text after.

    The header shows the passage's `file:start-end`; the line under it, the document's title.
    """

    AUTO_FOCUS = "#document"
    BINDINGS = [
        Binding("escape", "back", "Back to chat", key_display="esc", tooltip="Back to the chat"),
        Binding("slash", "search", "Search", key_display="/", tooltip="Search the document"),
        Binding("n", "next_match(1)", "Next match", show=False, tooltip="The next search match", group=MATCHES),
        Binding("N", "next_match(-1)", "Previous match", show=False, tooltip="The previous search match",
                group=MATCHES),
        Binding("j", "scroll_lines(1)", "Down", show=False, tooltip="One line down", group=LINES),
        Binding("k", "scroll_lines(-1)", "Up", show=False, tooltip="One line up", group=LINES),
        Binding("g", "top", "Top", show=False, tooltip="The start of the document", group=ENDS),
        Binding("G", "bottom", "Bottom", show=False, tooltip="The end of the document", group=ENDS),
        Binding("p", "to_passage", "To the quote", tooltip="Back to the quote"),
        Binding("e", "edit", "Edit", tooltip="Open in $EDITOR at the quote"),
        Binding("ctrl+c", "copy", "Copy quote", show=False, tooltip="Copy it with its source"),
    ]
    """A pager's keys: j/k, g/G, / with n/N; p returns to the quote, e opens the file in an editor, ctrl+c
    copies the quote, escape goes back to the chat."""

    def __init__(self, document: Document, passage: Passage, path: Path | None = None) -> None:
        super().__init__()
        self.document = document
        self.passage = passage
        self.path = path
        """The file on disk, for the editor (None when it is not known)."""
        self.parts: list[Part] = []
        self.matches: list[Match] = []
        self.current = -1

    def compose(self) -> ComposeResult:
        text, passage = self.document.text, self.passage
        yield Header()
        yield Static(literal(self.document.title), id="document-title", markup=False)
        with DocumentView(id="document", classes="-placing"):
            if text[: passage.start].strip():
                for block in blocks(_before(text[: passage.start])):
                    yield self._part(block, classes="before")
            yield self._part(display_text(passage.text), id="passage")
            if text[passage.end :].strip():
                for block in blocks(_after(text[passage.end :])):
                    yield self._part(block, classes="after")
        yield Input(placeholder="Search the document (enter: find, escape: close)", id="search")
        yield ChatFooter(compact=True)

    def _part(self, text: str, **kwargs: str) -> Static:
        widget = Static(literal(text), markup=False, **kwargs)
        self.parts.append(Part(widget, text))
        return widget

    def on_mount(self) -> None:
        self.sub_title = visible(self.passage.citation)

    def place(self) -> None:
        """Called once the document is laid out: scroll to the passage, then show the document and focus it
        (hidden until now, so the first frame a person sees is already in place)."""
        self.action_to_passage()
        document = self.query_one("#document")
        document.remove_class("-placing")
        document.focus()

    def action_to_passage(self) -> None:
        """Scroll so that the passage starts a few lines below the top of the view."""
        passage = self.query_one("#passage")
        self._scroll_to_line(passage.virtual_region.y)

    def action_scroll_lines(self, lines: int) -> None:
        self.query_one("#document", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_top(self) -> None:
        self.query_one("#document", VerticalScroll).scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.query_one("#document", VerticalScroll).scroll_end(animate=False)

    def action_back(self) -> None:
        """Escape closes the search first, then the viewer."""
        search = self.query_one("#search", Input)
        if search.has_class("-shown"):
            search.remove_class("-shown")
            self.query_one("#document").focus()
        else:
            self.app.pop_screen()

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.add_class("-shown")
        search.focus()

    @on(Input.Submitted, "#search")
    def find(self, event: Input.Submitted) -> None:
        """Highlight every match, jump to the first one at or after the top of the view."""
        query = event.value
        self.matches = [Match(i, *span) for i, part in enumerate(self.parts) for span in find_all(part.text, query)]
        self.query_one("#search").remove_class("-shown")
        self.query_one("#document").focus()
        if not self.matches:
            self.current = -1
            self._highlight()
            self.notify(f"Not found: {visible(query)}", timeout=3, markup=False)
            return
        top = self.query_one("#document", VerticalScroll).scroll_y
        later = [i for i, match in enumerate(self.matches) if self._line_of(match) >= top]
        self._show_match(later[0] if later else 0)

    def action_next_match(self, step: int) -> None:
        if not self.matches:
            self.notify("Search with / first.", timeout=3)
            return
        self._show_match((self.current + step) % len(self.matches))

    def _show_match(self, index: int) -> None:
        self.current = index
        self._highlight()
        self.call_after_refresh(lambda: self._scroll_to_line(self._line_of(self.matches[index])))
        self.sub_title = visible(f"{self.passage.citation} · match {index + 1} of {len(self.matches)}")

    def _highlight(self) -> None:
        for number, part in enumerate(self.parts):
            content = literal(part.text)
            for index, match in enumerate(self.matches):
                if match.part == number:
                    style = CURRENT_MATCH_STYLE if index == self.current else MATCH_STYLE
                    content = content.stylize(style, match.start, match.end)
            part.widget.update(content)

    def _line_of(self, match: Match) -> int:
        """The line of the document view (0 at its top) that shows the match."""
        part = self.parts[match.part]
        widget, text = part.widget, part.text
        width = widget.content_region.width
        line_start = text.rfind("\n", 0, match.start) + 1
        above = Content(text[:line_start]).get_height(widget.styles, width) - 1 if line_start else 0
        within = Content(text[line_start : match.start + 1]).get_height(widget.styles, width) - 1
        return widget.virtual_region.y + widget.styles.padding.top + above + within

    def _scroll_to_line(self, line: int) -> None:
        document = self.query_one("#document", VerticalScroll)
        document.scroll_to(y=max(0, line - CONTEXT_LINES), animate=False, immediate=True)

    def action_copy(self) -> None:
        copy_passage(self.app, self.passage)

    def action_edit(self) -> None:
        """Open the file in the person's editor at the quote's first line, and come back here after."""
        if self.path is None or not self.path.is_file():
            self.notify("The file is no longer where it was read from.", severity="error", timeout=5)
            return
        command = editor_command(self.path, self.passage.start_line)
        if command is None:
            self.notify("Set $EDITOR (or $VISUAL) to open files in your editor.", severity="warning", timeout=5)
            return
        try:
            with self.app.suspend():
                subprocess.run(command, check=False)
        except SuspendNotSupported:
            self.notify("An editor cannot be opened from here.", severity="error", timeout=5)
        except OSError as error:
            message = f"Could not start {command[0]}: {(error.strerror or type(error).__name__).lower()}"
            self.notify(visible(message), severity="error", timeout=8, markup=False)
