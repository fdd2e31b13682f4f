"""One reply of the bot: its label, the urgent note first, then the quote cards, what was searched, and
the medical note (its red-flag list collapsed to one line that expands)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Collapsible, Static

from scarfaq.tui.cards import AnswerCard
from scarfaq.tui.quote import literal
from scarfaq.tui.widgets import Note, bullets

if TYPE_CHECKING:
    from scarfaq.answer import Answer, Hit
    from scarfaq.safety import SafetyNote

#: The label of the bot's turns in the conversation.
BOT = "scarfaq"
#: Shown while the answer is being looked up.
SEARCHING = "Looking for quotes…"
#: Shown for a question asked before the documents are loaded.
WAITING = "Waiting for the documents to load…"
#: The collapsed line of a medical note's red-flag list.
RED_FLAGS_TITLE = "Get help now if…"
#: The collapsed line of an urgent note carried over to the next question (its first line stays shown).
CARRIED_MORE_TITLE = "The whole urgent note: what to watch for (ctrl+g or click)"


def searched_line(answer: Answer) -> str:
    """What the question was searched as: its words and spelling corrections."""
    line = "Searched for: " + ", ".join(answer.query.searched_for)
    if answer.query.corrections:
        line += " · spelling: " + ", ".join(f"{wrong} → {right}" for wrong, right in answer.query.corrections)
    return line


def summary(answer: Answer) -> str:
    """The answer's label line: how many quotes, from how many documents (or the fixed reply to thanks)."""
    if answer.reply:
        return answer.reply
    if not answer.answered:
        return "no good match in the documents"
    quotes, documents = len(answer.hits), len({hit.passage.source for hit in answer.hits})
    return f"{quotes} quote{'s' * (quotes != 1)} from {documents} document{'s' * (documents != 1)}"


def one_line(question: str, limit: int = 100) -> str:
    """A question echoed on one line: its whitespace joined, a long one cut with "…"."""
    text = " ".join(question.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def is_urgent(safety: SafetyNote) -> bool:
    return safety.level.value == "urgent"


class NoMatch(Vertical):
    """The "no good match" reply, with the topics the documents do cover (bullets wrap with a hanging indent).

    Under an urgent note it says only that the documents hold no quote for it: the note above is what
    matters, and "try other words" would be the wrong advice.
    """

    def __init__(self, answer: Answer, *, urgent: bool = False) -> None:
        super().__init__(classes="no-match -under-urgent" if urgent else "no-match")
        self.answer = answer
        self.urgent = urgent

    def compose(self) -> ComposeResult:
        question = literal(one_line(self.answer.question))
        if self.urgent:
            yield Static(Content("The documents hold no quote for this question."))
            return
        yield Static(Content.assemble(("No good match in the documents", "bold"), " for “", question, "”."))
        if self.answer.suggestions:
            yield Static(Content("The documents do cover:"))
            yield from bullets(self.answer.suggestions)
        yield Static(Content("Try other words, or ask about one of these topics."))


class SafetyBox(Vertical):
    """A fixed safety note. The urgent one is shown whole and loudest; the medical one shows its lead and its
    red-flag list collapsed to one line (click, enter on it, or ctrl+g expands it): never hidden.

    An urgent note carried over from the previous question keeps the urgent look but shows only its first
    line and one line that expands to the rest: the new question's answer must not be pushed off screen.
    """

    def __init__(self, safety: SafetyNote) -> None:
        urgent = is_urgent(safety)
        classes = "safety -urgent" if urgent else "safety -medical"
        super().__init__(classes=classes + (" -carried" if urgent and safety.carried else ""))
        self.safety = safety
        if urgent:
            self.border_title = Content("⚠ Urgent · from your earlier question" if safety.carried else "⚠ Urgent")
        else:
            self.border_title = Content("Note")

    def compose(self) -> ComposeResult:
        safety = self.safety
        if is_urgent(safety) and safety.carried:
            first, *rest = safety.note.splitlines()
            yield Static(literal(first), classes="note-text", markup=False)
            with Collapsible(title=CARRIED_MORE_TITLE, collapsed=True, classes="urgent-more"):
                yield from _red_flag_list(rest)
            return
        # `lead` is empty for notes without a red-flag list: then `note` is shown as it is.
        if is_urgent(safety) or not safety.lead:
            yield Static(literal(safety.note), classes="note-text", markup=False)
            return
        yield Static(literal(safety.lead), classes="note-text", markup=False)
        with Collapsible(title=RED_FLAGS_TITLE, collapsed=True, classes="red-flags"):
            yield from _red_flag_list(safety.red_flags)


class AnswerView(Vertical):
    """The reply to one question; starts as a "looking…" line and fills in when the answer arrives."""

    def __init__(self, question: str, history: Sequence[str], waiting: bool = False) -> None:
        super().__init__(classes="answer -pending")
        self.question = question
        self.history = tuple(history)
        """The earlier questions of the topic this question was asked in (for follow-ups and more results)."""
        self.answer: Answer | None = None
        self.bubble: Widget | None = None
        """The question's bubble in the conversation (marked when the answer is urgent)."""
        self._waiting = waiting

    def compose(self) -> Iterator[Widget]:
        yield self._label(WAITING if self._waiting else SEARCHING)

    def searching(self) -> None:
        """The documents are ready: this question is now being answered."""
        self.query_one(".label", Static).update(self._label_content(SEARCHING))

    async def show(self, answer: Answer) -> None:
        """Replace the pending line with the answer."""
        self.answer = answer
        self.remove_class("-pending")
        self.set_class(not answer.answered and not answer.reply, "-no-match")
        self.set_class(bool(answer.reply), "-reply")
        self.set_class(is_urgent(answer.safety), "-urgent")
        await self.remove_children()
        await self.mount_all(list(self._parts(answer)))

    def failed(self, message: str) -> None:
        """The answer could not be looked up (the documents did not load)."""
        self.remove_class("-pending")
        self.add_class("-failed")
        self.query_one(".label", Static).update(self._label_content(message))

    async def add_hits(self, hits: Sequence[Hit]) -> None:
        """More quotes for the same question, after the ones shown."""
        cards = list(self.query(AnswerCard))
        sources = {card.hit.passage.source for card in cards}
        new = []
        for number, hit in enumerate(hits, len(cards) + 1):
            new.append(AnswerCard(number, hit, show_title=hit.passage.source not in sources))
            sources.add(hit.passage.source)
        if cards:
            await self.mount_all(new, after=cards[-1])

    def _label(self, text: str) -> Static:
        return Static(self._label_content(text), classes="label", markup=False)

    def _label_content(self, text: str) -> Content:
        return Content.assemble(Content.styled(f" {BOT} ", "bold reverse"), " ", literal(text))

    def _parts(self, answer: Answer) -> Iterator[Widget]:
        urgent = is_urgent(answer.safety)
        yield self._label(summary(answer))
        if urgent:
            yield SafetyBox(answer.safety)
        if answer.query.carried_over:
            yield Note("↪ Following up on: " + ", ".join(answer.query.carried_over), classes="carried")
        for notice in answer.notices:
            yield Note(notice, classes="notice")
        if not answer.reply:  # thanks or a greeting: the label says it all, and nothing was searched for
            yield from self._quotes(answer, urgent)
        if answer.safety.level.value == "medical":
            yield SafetyBox(answer.safety)

    def _quotes(self, answer: Answer, urgent: bool) -> Iterator[Widget]:
        """The quote cards (or "no good match") and what was searched for."""
        if not answer.answered:
            yield NoMatch(answer, urgent=urgent)
        sources: set[str] = set()
        for number, hit in enumerate(answer.hits, 1):
            yield AnswerCard(number, hit, show_title=hit.passage.source not in sources)
            sources.add(hit.passage.source)
        yield Note(searched_line(answer), classes="searched")


def _red_flag_list(lines: Sequence[str]) -> Iterator[Widget]:
    """The red flags as the note prints them ("- " items, after a heading line that has none): the heading
    as it is, the items as the chat's own bullets, never both markers at once."""
    for line in lines:
        if line.startswith("- "):
            yield from bullets([line[2:]])
        else:
            yield Static(literal(line), classes="note-text", markup=False)
