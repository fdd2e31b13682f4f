"""The scrolling conversation, which keeps the reader's place when the terminal is resized.

A narrower terminal wraps every line again, so the same scroll offset would land in an older turn. The
place is kept as a widget and how far into it the view starts: the latest question when it is on screen
(the reader is at the latest turn), else whatever is at the top of the view.
"""

from __future__ import annotations

from textual import events
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.widget import Widget

from scarfaq.tui.widgets import QuestionBubble


class Conversation(VerticalScroll, can_focus=False):
    """Each question, then its answer; scrolled by the chat (page keys, the latest turn at the top)."""

    def __init__(self, *children: Widget, **kwargs: object) -> None:
        super().__init__(*children, **kwargs)  # type: ignore[arg-type]
        self._place: tuple[Widget, float] | None = None
        self._measured: Size | None = None
        """The size the place was taken at: scrolling caused by a resize must not move the place."""

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if self._measured is None or self._measured == self.size:
            self._remember()

    def on_resize(self, event: events.Resize) -> None:
        if self._place is None:
            self._measured = self.size
            return
        self.call_after_refresh(self._restore)

    def remember(self) -> None:
        """Take the current place as the one to keep (after the chat scrolled or the content changed)."""
        self._measured = self.size
        self._remember()

    def _remember(self) -> None:
        self._place = self._latest_question_in_view() or self._top_of_view()

    def _restore(self) -> None:
        if self._place is not None:
            widget, fraction = self._place
            if widget.is_attached and widget.parent is self:
                region = widget.virtual_region
                self.scroll_to(y=region.y + round(fraction * region.height), animate=False, immediate=True)
        self.remember()

    def _latest_question_in_view(self) -> tuple[Widget, float] | None:
        bubbles = self.query_children(QuestionBubble)
        if not bubbles:
            return None
        latest = bubbles.last()
        top = latest.virtual_region.y
        return (latest, 0.0) if self.scroll_y <= top < self.scroll_y + self.scrollable_content_region.height else None

    def _top_of_view(self) -> tuple[Widget, float] | None:
        for child in self.children:
            region = child.virtual_region
            if region.bottom > self.scroll_y and region.height:
                return child, max(0.0, (self.scroll_y - region.y) / region.height)
        return None
