"""The chat screen: the conversation, the question box, loading the documents and answering in workers.

The core (the index, numpy; nltk when a word needs its stemmer) is imported by the loading worker only, after
the first frame is drawn.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Collapsible, Header, Static

from scarfaq.errors import ScarfaqError
from scarfaq.terminal_text import visible
from scarfaq.tui.answer_view import AnswerView, is_urgent
from scarfaq.tui.cards import AnswerCard, first_card
from scarfaq.tui.conversation import Conversation
from scarfaq.tui.history import InputHistory
from scarfaq.tui.question_box import SCROLL, QuestionBox
from scarfaq.tui.quote import answer_text, copy_passage, copy_text, literal
from scarfaq.tui.viewer import DocumentScreen
from scarfaq.tui.widgets import Back, ChatFooter, ExampleQuestions, Note, QuestionBubble

if TYPE_CHECKING:
    from scarfaq.answer import Answer
    from scarfaq.library import Library
    from scarfaq.profile import CorpusProfile

#: How many more quotes "more results" adds.
MORE_RESULTS = 3
#: The divider that ctrl+n leaves in the conversation.
NEW_TOPIC = "New topic: earlier questions are forgotten"
#: The welcome, before the documents say what they are about.
WELCOME = "Ask a question; answers are quotes from the documents."
LOADING = "Loading the documents…"
EXAMPLES_TITLE = "Examples (tab, then ↑/↓ and enter):"


def open_library(corpus: str | Path | None, follow_links: bool = False) -> Library:
    """The library for a corpus folder (the core is imported here, in the loading worker)."""
    from scarfaq.library import open_library as open_corpus

    return open_corpus(corpus, follow_links=follow_links)


def find_answer(library: Library, question: str, history: tuple[str, ...], top_k: int | None = None) -> Answer:
    """The core's answer to a question (imported here, in an answering worker)."""
    from scarfaq.answer import DEFAULT_TOP_K, answer

    return answer(library, question, history, top_k=top_k or DEFAULT_TOP_K)


class ChatScreen(Screen[None]):
    """The conversation: each question, then its answer; the box at the bottom asks the next one.

    Typing always reaches the question box: a printable key pressed while a quote (or anything else) has
    the focus moves the focus to the box and is typed there.
    """

    AUTO_FOCUS = "QuestionBox"
    BINDINGS = [
        Binding("ctrl+g", "red_flags", "Red flags", tooltip="Show/hide the red flags"),
        Binding("ctrl+n", "new_topic", "New topic", tooltip="New topic: earlier questions are forgotten"),
        Binding("ctrl+n", "new_topic_anyway", "New topic", show=False,
                tooltip="New topic: earlier questions are forgotten"),
        Binding("ctrl+r", "more_results", "More", tooltip="More quotes for the latest question"),
        Binding("ctrl+r", "more_results_anyway", "More", show=False, tooltip="More quotes for the latest question"),
        Binding("pageup", "scroll_conversation(-1)", "Scroll up", show=False, tooltip="Scroll the conversation up",
                group=SCROLL),
        Binding("pagedown", "scroll_conversation(1)", "Scroll down", show=False,
                tooltip="Scroll the conversation down", group=SCROLL),
    ]
    """Chat-wide keys; the help screen and quit are the app's. Red flags comes first: when a narrow footer
    cannot show every key, it is the one that matters most."""

    def __init__(self, corpus: str | Path | None = None, library: Library | None = None,
                 history: list[str] | None = None, *, follow_links: bool = False, typed: str = "") -> None:
        super().__init__()
        self.typed = typed
        """Text typed before the chat started: each line that ended with enter is asked, the rest is left in the box."""
        self.corpus = corpus
        self.follow_links = follow_links
        self.library = library
        self.load_error: str | None = None
        self.topic: list[str] = []
        """Questions since the last new topic: the history that follow-ups are read against."""
        self._waiting: list[AnswerView] = []
        self._saved_history = history or []

    def compose(self) -> ComposeResult:
        yield Header()
        with Conversation(id="conversation"):
            with Vertical(id="welcome"):
                yield Static(literal(""), id="welcome-name")
                yield Static(literal(WELCOME), id="welcome-text")
                yield Static(literal(LOADING), classes="examples-title")
                yield ExampleQuestions(id="examples")
        yield QuestionBox(InputHistory(self._saved_history), id="question")
        # The footer is mounted after the first frame (`_mount_footer`): laying out its keys costs more than the
        # rest of the screen, and the question box should not wait for it.

    def on_mount(self) -> None:
        self.sub_title = LOADING
        self.call_after_refresh(self._mount_footer)
        if self.typed:
            self._type_ahead(self.typed)
        if self.library is not None:
            self._loaded(self.library)
        else:
            self.call_after_refresh(self.load_library)  # after the first frame

    async def _mount_footer(self) -> None:
        await self.mount(ChatFooter(compact=True))
        self.refresh_bindings()  # the footer shows the keys of the bindings as they are now

    @work(thread=True, exclusive=True, group="load")
    def load_library(self) -> None:
        """Read and index the corpus off the UI thread; questions asked meanwhile wait for it."""
        try:
            library = open_library(self.corpus, self.follow_links)
        except ScarfaqError as error:
            self.app.call_from_thread(self._failed, str(error))
            return
        self.app.call_from_thread(self._loaded, library)

    def _type_ahead(self, typed: str) -> None:
        """Type what was typed before the chat started; an enter in it asks, as it would have."""
        box = self.query_one(QuestionBox)
        *asked, rest = typed.split("\n")
        for question in asked:
            box.type(question)
            box.action_submit()
        box.type(rest)

    def _loaded(self, library: Library) -> None:
        self.library = library
        profile = library.profile
        documents, passages = len(library.documents), len(library.passages)
        documents_text = f"{documents} document{'s' * (documents != 1)}"
        self.sub_title = visible(f"{profile.name} · {documents_text} · {passages} passages")
        self.query_one(QuestionBox).placeholder = literal(profile.placeholder)
        self._welcome(profile)
        for warning in library.warnings:
            self.notify(visible(warning), title="Corpus warning", severity="warning", markup=False)
        waiting, self._waiting = self._waiting, []
        for view in waiting:
            view.searching()
            self.answer_in_background(view)

    def _welcome(self, profile: CorpusProfile) -> None:
        """The welcome names the corpus and offers its example questions (if no question was asked yet)."""
        if not self.query("#welcome"):
            return
        self.query_one("#welcome-name", Static).update(literal(profile.name))
        title = self.query_one("#welcome .examples-title", Static)
        title.update(literal(EXAMPLES_TITLE if profile.examples else "Ask anything the documents cover."))
        self.query_one(ExampleQuestions).show(profile.examples)
        self.refresh_bindings()

    async def _failed(self, message: str) -> None:
        self.load_error = f"Could not open the documents: {message}"
        self.sub_title = "no documents"
        for title in self.query("#welcome .examples-title"):
            title.display = False
        await self.query_one(Conversation).mount(Note(self.load_error, title="Error", classes="error"), before=0)
        self.notify(visible(message), title="Could not open the documents", severity="error", timeout=30, markup=False)
        for view in self._waiting:
            view.failed(self.load_error)
        self._waiting = []

    def on_key(self, event: events.Key) -> None:
        """A printable key pressed anywhere but in the box is typed in the box (`?` still opens the help). The
        box keeps the keys it types, so any that reach here came from elsewhere, even when the box has just
        taken the focus: keys sent to a quote before it lost the focus are typed too, not lost."""
        box = self.query_one(QuestionBox)
        if event.is_printable and event.character not in (None, "?"):
            event.stop()
            event.prevent_default()
            box.focus()
            box.type(event.character)

    @on(QuestionBox.Submitted)
    async def ask_typed(self, event: QuestionBox.Submitted) -> None:
        question = event.question.strip()
        self._remember(question)
        await self.ask(question)

    @on(ExampleQuestions.Picked)
    async def ask_example(self, event: ExampleQuestions.Picked) -> None:
        self._remember(event.question)
        self.query_one(QuestionBox).focus()
        await self.ask(event.question)

    def forget_history(self) -> None:
        """Forget the earlier questions the box offers on up/down."""
        self.query_one(QuestionBox).questions.clear()

    def _remember(self, question: str) -> None:
        box = self.query_one(QuestionBox)
        box.questions.add(question)
        self.app.save_history(box.questions.entries)  # type: ignore[attr-defined]

    async def ask(self, question: str) -> None:
        """Show the question and its pending answer, then answer it now or once the documents are loaded."""
        view = AnswerView(question, self.topic, waiting=self.library is None and self.load_error is None)
        view.bubble = QuestionBubble(question)
        self.topic.append(question)
        conversation = self.query_one(Conversation)
        await self._remove_welcome()
        await conversation.mount_all([view.bubble, view])
        self.refresh_bindings()  # tab has no quotes to go to until this answer shows some
        self.call_after_refresh(self._scroll_to_latest)
        if self.load_error is not None:
            view.failed(self.load_error)
        elif self.library is None:
            self._waiting.append(view)
        else:
            self.answer_in_background(view)

    @work(thread=True, group="answer")
    def answer_in_background(self, view: AnswerView) -> None:
        """Answer in a thread; each question has its own view, so answers land in order of asking."""
        assert self.library is not None
        result = find_answer(self.library, view.question, view.history)
        self.app.call_from_thread(self._show_answer, view, result)

    async def _show_answer(self, view: AnswerView, result: Answer) -> None:
        await view.show(result)
        if is_urgent(result.safety) and isinstance(view.bubble, QuestionBubble):
            view.bubble.mark_urgent(carried=result.safety.carried)
        self.refresh_bindings()
        if view is self._latest_view():
            self.call_after_refresh(self._scroll_to_latest)

    def _scroll_to_latest(self) -> None:
        """Show the latest question at the top, so its answer reads from its start (not its end)."""
        bubbles = self.query(QuestionBubble)
        conversation = self.query_one(Conversation)
        if bubbles:
            conversation.scroll_to_widget(bubbles.last(), top=True, animate=False, immediate=True)
        conversation.remember()

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
        elif self.query("#examples") and self.query_one(ExampleQuestions).questions:
            self.query_one(ExampleQuestions).focus()
        elif view is not None and view.has_class("-pending"):
            self.notify("No quotes yet: the answer is on its way.", timeout=3)
        elif view is not None:
            self.notify("The latest answer has no quotes; ask another question.", timeout=3)
        else:
            self.notify("No quotes to move to yet: ask a question first.", timeout=3)

    @on(Back)
    def back_to_the_box(self) -> None:
        self.query_one(QuestionBox).focus()

    @on(AnswerCard.Open)
    def open_passage(self, event: AnswerCard.Open) -> None:
        assert self.library is not None
        document = self.library.document(event.passage.source)
        path = self.library.root / event.passage.source
        self.app.push_screen(DocumentScreen(document, event.passage, path))

    @on(AnswerCard.Copy)
    def copy_passage(self, event: AnswerCard.Copy) -> None:
        copy_passage(self.app, event.passage)

    @on(AnswerCard.CopyAnswer)
    def copy_answer(self, event: AnswerCard.CopyAnswer) -> None:
        self._copy_answer(next((a for a in event.card.ancestors if isinstance(a, AnswerView)), None))

    def action_copy_answer(self) -> None:
        """Copy the latest answer, every quote with its citation."""
        self._copy_answer(self._latest_view())

    def _copy_answer(self, view: AnswerView | None) -> None:
        if view is None or view.answer is None:
            self.notify("No answer to copy yet.", timeout=3)
            return
        copy_text(self.app, answer_text(view.answer), "the whole answer")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Red flags is offered only while the latest answer has a red-flag list, New topic once there is a
        topic, More while the latest answer has quotes. A key left out of the footer still answers when
        pressed (its "_anyway" twin), saying why it has nothing to do."""
        view = self._latest_view()
        if action == "red_flags":
            return view is not None and bool(view.query(Collapsible))
        if action in ("new_topic", "new_topic_anyway"):
            return bool(self.topic) is (action == "new_topic")
        if action in ("more_results", "more_results_anyway"):
            has_quotes = view is not None and view.answer is not None and bool(view.query(AnswerCard))
            return has_quotes is (action == "more_results")
        return True

    def action_red_flags(self) -> None:
        """Show (or hide again) the red-flag list of the latest answer's medical note."""
        view = self._latest_view()
        flags = view.query(Collapsible) if view is not None else None
        if flags:
            flags.last().collapsed = not flags.last().collapsed
            self.call_after_refresh(self.query_one(Conversation).scroll_to_widget, flags.last(), animate=False)

    async def action_new_topic(self) -> None:
        """Start over: the next question is not read as a follow-up; a divider in the conversation says so."""
        self.topic = []
        self.refresh_bindings()
        self.query_one(QuestionBox).focus()
        conversation = self.query_one(Conversation)
        if not self.query(AnswerView):
            self.notify("New topic: earlier questions are forgotten.", timeout=3)
        elif not conversation.children[-1].has_class("new-topic"):
            await conversation.mount(Note(NEW_TOPIC, classes="new-topic"))
            conversation.scroll_end(animate=False)

    def action_scroll_conversation(self, pages: int) -> None:
        """Page through the conversation from the question box or a quote."""
        conversation = self.query_one(Conversation)
        (conversation.scroll_page_down if pages > 0 else conversation.scroll_page_up)(animate=False)

    async def action_new_topic_anyway(self) -> None:
        await self.action_new_topic()

    def action_more_results_anyway(self) -> None:
        self.action_more_results()

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
        result = find_answer(self.library, view.question, view.history, top_k=top_k)
        self.app.call_from_thread(self._show_more, view, result)

    async def _show_more(self, view: AnswerView, result: Answer) -> None:
        shown = {card.hit.passage.citation for card in view.query(AnswerCard)}
        new = [hit for hit in result.hits if hit.passage.citation not in shown][:MORE_RESULTS]
        if not new:
            self.notify("No more quotes match this question.", timeout=3)
            return
        await view.add_hits(new)
        card = view.query(AnswerCard)[len(shown)]
        box = self.query_one(QuestionBox)
        if not (self.focused is box and box.text):  # typing begun meanwhile keeps the box
            card.focus(scroll_visible=False)
        conversation = self.query_one(Conversation)

        def show_card() -> None:
            conversation.scroll_to_widget(card, top=True, animate=False, immediate=True)
            conversation.remember()

        self.call_after_refresh(show_card)
        self.notify(f"{len(new)} more quote{'s' * (len(new) != 1)}", timeout=3)
