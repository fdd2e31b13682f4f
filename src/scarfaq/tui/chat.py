"""The chat screen: the conversation, the question box, loading the documents and answering in workers."""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from scarfaq.answer import DEFAULT_TOP_K, Answer, answer
from scarfaq.errors import ScarfaqError
from scarfaq.library import Library, open_library
from scarfaq.terminal_text import visible
from scarfaq.tui.answer_view import AnswerView
from scarfaq.tui.quote import copy_passage, literal
from scarfaq.tui.viewer import DocumentScreen
from scarfaq.tui.widgets import AnswerCard, ExampleQuestions, Note, QuestionBox, QuestionBubble, first_card

#: Offered on the empty screen; chosen to be answerable from the shipped corpus.
EXAMPLE_QUESTIONS = (
    "What is Contractubex?",
    "How do I get rid of acne pits?",
    "Does laser resurfacing help atrophic scars?",
    "Which ointments help with scars?",
)
#: How many more quotes "more results" adds.
MORE_RESULTS = 3
#: The divider that ctrl+n leaves in the conversation.
NEW_TOPIC = "New topic: earlier questions are forgotten"


class ChatScreen(Screen[None]):
    """The conversation: each question, then its answer; the box at the bottom asks the next one."""

    AUTO_FOCUS = "QuestionBox"
    BINDINGS = [
        Binding("ctrl+n", "new_topic", "New topic", tooltip="Forget earlier questions; the next one stands alone"),
        Binding("ctrl+r", "more_results", "More", tooltip="More quotes for the latest question"),
        Binding("pageup", "scroll_conversation(-1)", "Scroll up", show=False),
        Binding("pagedown", "scroll_conversation(1)", "Scroll down", show=False),
    ]
    """Chat-wide keys; the help screen and quit are the app's."""

    def __init__(self, corpus: str | Path | None = None, library: Library | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.library = library
        self.load_error: str | None = None
        self.topic: list[str] = []
        """Questions since the last new topic: the history that follow-ups are read against."""
        self._waiting: list[AnswerView] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="conversation", can_focus=False):
            with Vertical(id="welcome"):
                yield Static(literal("Ask a question about scar treatments; answers are quotes from the documents."))
                yield Static(literal("Examples (tab, then ↑/↓ and enter):"), classes="examples-title")
                yield ExampleQuestions(EXAMPLE_QUESTIONS, id="examples")
        yield QuestionBox(id="question")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = "Loading the documents…"
        if self.library is None:
            self.load_library()
        else:
            self._loaded(self.library)

    @work(thread=True, exclusive=True, group="load")
    def load_library(self) -> None:
        """Read and index the corpus off the UI thread; questions asked meanwhile wait for it."""
        try:
            library = open_library(self.corpus)
        except ScarfaqError as error:
            self.app.call_from_thread(self._failed, str(error))
            return
        self.app.call_from_thread(self._loaded, library)

    def _loaded(self, library: Library) -> None:
        self.library = library
        documents, passages = len(library.documents), len(library.passages)
        self.sub_title = f"{documents} document{'s' * (documents != 1)} · {passages} passages · {visible(library.root.name)}"
        for warning in library.warnings:
            self.notify(visible(warning), title="Corpus warning", severity="warning", markup=False)
        waiting, self._waiting = self._waiting, []
        for view in waiting:
            view.searching()
            self.find_answer(view)

    async def _failed(self, message: str) -> None:
        self.load_error = f"Could not open the documents: {message}"
        self.sub_title = "no documents"
        await self.query_one("#conversation").mount(Note(self.load_error, title="Error", classes="error"), before=0)
        self.notify(visible(message), title="Could not open the documents", severity="error", timeout=30, markup=False)
        for view in self._waiting:
            view.failed(self.load_error)
        self._waiting = []

    @on(Input.Submitted, "QuestionBox")
    async def ask_typed(self, event: Input.Submitted) -> None:
        question = event.value.strip()
        if not question:
            return
        box = self.query_one(QuestionBox)
        box.history.add(question)
        box.clear()
        await self.ask(question)

    @on(ExampleQuestions.Picked)
    async def ask_example(self, event: ExampleQuestions.Picked) -> None:
        self.query_one(QuestionBox).history.add(event.question)
        self.query_one(QuestionBox).focus()
        await self.ask(event.question)

    async def ask(self, question: str) -> None:
        """Show the question and its pending answer, then answer it now or once the documents are loaded."""
        view = AnswerView(question, self.topic, waiting=self.library is None and self.load_error is None)
        self.topic.append(question)
        conversation = self.query_one("#conversation", VerticalScroll)
        await self._remove_welcome()
        await conversation.mount_all([QuestionBubble(question), view])
        self.call_after_refresh(self._scroll_to_latest)
        if self.load_error is not None:
            view.failed(self.load_error)
        elif self.library is None:
            self._waiting.append(view)
        else:
            self.find_answer(view)

    @work(thread=True, group="answer")
    def find_answer(self, view: AnswerView, top_k: int = DEFAULT_TOP_K) -> None:
        """Answer in a thread; each question has its own view, so answers land in order of asking."""
        assert self.library is not None
        result = answer(self.library, view.question, view.history, top_k=top_k)
        self.app.call_from_thread(self._show_answer, view, result)

    async def _show_answer(self, view: AnswerView, result: Answer) -> None:
        await view.show(result)
        if view is self._latest_view():
            self.call_after_refresh(self._scroll_to_latest)

    def _scroll_to_latest(self) -> None:
        """Show the latest question at the top, so its answer reads from its start (not its end)."""
        bubbles = self.query(QuestionBubble)
        if bubbles:
            self.query_one("#conversation", VerticalScroll).scroll_to_widget(bubbles.last(), top=True, animate=False)

    async def _remove_welcome(self) -> None:
        welcome = self.query("#welcome")
        if welcome:
            focus_box = self.focused is not None and self.focused.id == "examples"
            await welcome.remove()
            if focus_box:
                self.query_one(QuestionBox).focus()
            self.refresh_bindings()

    def _latest_view(self) -> AnswerView | None:
        views = self.query(AnswerView)
        return views.last() if views else None

    @on(QuestionBox.ToQuotes)
    def to_quotes(self) -> None:
        view = self._latest_view()
        card = first_card(view) if view is not None else None
        if card is not None:
            card.focus()
        elif self.query("#examples"):
            self.query_one("#examples", ExampleQuestions).focus()
        elif view is not None:
            self.notify("The latest answer has no quotes; ask another question.", timeout=3)
        else:
            self.notify("No quotes to move to yet: ask a question first.", timeout=3)

    @on(AnswerCard.Open)
    def open_passage(self, event: AnswerCard.Open) -> None:
        assert self.library is not None
        self.app.push_screen(DocumentScreen(self.library.document(event.passage.source), event.passage))

    @on(AnswerCard.Copy)
    def copy_passage(self, event: AnswerCard.Copy) -> None:
        copy_passage(self.app, event.passage)

    async def action_new_topic(self) -> None:
        """Start over: the next question is not read as a follow-up; a divider in the conversation says so."""
        self.topic = []
        self.query_one(QuestionBox).focus()
        conversation = self.query_one("#conversation", VerticalScroll)
        if not self.query(AnswerView):
            self.notify("New topic: earlier questions are forgotten.", timeout=3)
        elif not conversation.children[-1].has_class("new-topic"):
            await conversation.mount(Note(NEW_TOPIC, classes="new-topic"))
            conversation.scroll_end(animate=False)

    def action_scroll_conversation(self, pages: int) -> None:
        """Page through the conversation from the question box or a quote."""
        conversation = self.query_one("#conversation", VerticalScroll)
        (conversation.scroll_page_down if pages > 0 else conversation.scroll_page_up)(animate=False)

    def action_more_results(self) -> None:
        """More quotes for the latest question."""
        view = self._latest_view()
        if view is None or view.answer is None or self.library is None:
            self.notify("Ask a question first.", timeout=3)
            return
        if not view.answer.answered:
            self.notify("No good match for that question, so there are no more results.", timeout=3)
            return
        self.find_more(view, len(view.query(AnswerCard)) + MORE_RESULTS)

    @work(thread=True, exclusive=True, group="more")
    def find_more(self, view: AnswerView, top_k: int) -> None:
        assert self.library is not None
        result = answer(self.library, view.question, view.history, top_k=top_k)
        self.app.call_from_thread(self._show_more, view, result)

    async def _show_more(self, view: AnswerView, result: Answer) -> None:
        shown = {card.hit.passage.citation for card in view.query(AnswerCard)}
        new = [hit for hit in result.hits if hit.passage.citation not in shown][:MORE_RESULTS]
        if not new:
            self.notify("No more quotes match this question.", timeout=3)
            return
        await view.add_hits(new)
        card = view.query(AnswerCard)[len(shown)]
        card.focus(scroll_visible=False)
        self.call_after_refresh(self.query_one("#conversation").scroll_to_widget, card, top=True, animate=False)
        self.notify(f"{len(new)} more quote{'s' * (len(new) != 1)}", timeout=3)
