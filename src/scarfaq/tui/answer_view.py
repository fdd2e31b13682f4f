"""One reply of the bot: urgent note first, then the quote cards, what was searched, and the medical note."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from scarfaq.answer import Answer, Hit
from scarfaq.safety import Level
from scarfaq.tui.quote import literal
from scarfaq.tui.widgets import AnswerCard, Note

#: Shown while the answer is being looked up.
SEARCHING = "Looking for quotes…"
#: Shown for a question asked before the documents are loaded.
WAITING = "Waiting for the documents to load…"


def searched_line(answer: Answer) -> str:
    """What the question was searched as: its words and spelling corrections."""
    line = "Searched for: " + ", ".join(answer.query.searched_for)
    if answer.query.corrections:
        line += " · spelling: " + ", ".join(f"{wrong} → {right}" for wrong, right in answer.query.corrections)
    return line


class NoMatch(Vertical):
    """The "no good match" reply, with the topics the documents do cover (bullets wrap with a hanging indent)."""

    def __init__(self, answer: Answer) -> None:
        super().__init__(classes="no-match")
        self.answer = answer

    def compose(self) -> ComposeResult:
        question = literal(self.answer.question)
        yield Static(Content.assemble(("No good match in the documents", "bold"), " for “", question, "”."))
        if self.answer.suggestions:
            yield Static(Content("The documents do cover:"))
            for topic in self.answer.suggestions:
                with Horizontal(classes="topic"):
                    yield Static(Content("•"), classes="bullet")
                    yield Static(literal(topic))
        yield Static(Content("Try other words, or ask about one of these topics."))


class AnswerView(Vertical):
    """The reply to one question; starts as a "looking…" line and fills in when the answer arrives."""

    def __init__(self, question: str, history: Sequence[str], waiting: bool = False) -> None:
        super().__init__(classes="answer -pending")
        self.question = question
        self.history = tuple(history)
        """The earlier questions of the topic this question was asked in (for follow-ups and more results)."""
        self.answer: Answer | None = None
        self._waiting = waiting

    def compose(self) -> Iterator[Widget]:
        yield Note(WAITING if self._waiting else SEARCHING, classes="pending")

    def searching(self) -> None:
        """The documents are ready: this question is now being answered."""
        self.query_one(".pending", Note).update(literal(SEARCHING))

    async def show(self, answer: Answer) -> None:
        """Replace the pending line with the answer."""
        self.answer = answer
        self.remove_class("-pending")
        self.set_class(not answer.answered, "-no-match")
        await self.remove_children()
        await self.mount_all(list(self._parts(answer)))

    def failed(self, message: str) -> None:
        """The answer could not be looked up (the documents did not load)."""
        self.remove_class("-pending")
        self.query_one(".pending", Note).update(literal(message))
        self.add_class("-failed")

    async def add_hits(self, hits: Sequence[Hit]) -> None:
        """More quotes for the same question, after the ones shown."""
        cards = list(self.query(AnswerCard))
        new = [AnswerCard(len(cards) + i, hit) for i, hit in enumerate(hits, 1)]
        if cards:
            await self.mount_all(new, after=cards[-1])

    def _parts(self, answer: Answer) -> Iterator[Widget]:
        if answer.safety.level is Level.URGENT:
            yield Note(answer.safety.note, title="Urgent", classes="safety -urgent")
        if answer.query.carried_over:
            yield Note("↪ Following up on: " + ", ".join(answer.query.carried_over), classes="carried")
        for notice in answer.notices:
            yield Note(notice, classes="notice")
        if not answer.answered:
            yield NoMatch(answer)
        for number, hit in enumerate(answer.hits, 1):
            yield AnswerCard(number, hit)
        yield Note(searched_line(answer), classes="searched")
        if answer.safety.level is Level.MEDICAL:
            yield Note(answer.safety.note, title="Note", classes="safety -medical")
