"""Answering a question: the best passages (ranking.py), quoted verbatim, or an honest "no good match"
with the closest topics; and the safety note the question calls for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from scarfaq.library import Library
from scarfaq.passages import Passage
from scarfaq.confidence import confident
from scarfaq.query import Query, continues, final_ask, read_question, recent, shorten
from scarfaq.ranking import Hit, rank
from scarfaq.safety import Level, SafetyNote, assess
from scarfaq.settings import Settings

#: Default number of quotes in an answer.
DEFAULT_TOP_K = 3
#: How many near misses the "closest topics" of a no-match answer are drawn from.
SUGGESTION_SOURCES = 5
#: The whole reply to thanks or a greeting ("hi", "thanks!"): fixed, so it can never be invented advice.
SOCIAL_REPLY = "Ask me anything about {name}."
#: Said when a question is refused only because all its words are in most of the documents.
TOO_BROAD = "Your question's words are in most of the documents: ask about something more specific."


class Answer(NamedTuple):
    """What the bot says to one question. (A named tuple: defining one costs a one-shot a fraction of what a
    frozen dataclass does.)"""

    question: str
    answered: bool
    hits: tuple[Hit, ...]
    safety: SafetyNote
    query: Query
    suggestions: tuple[str, ...] = ()
    """When not answered: the closest topics the documents do cover."""
    reply: str = ""
    """For thanks or a greeting only: a fixed line that invites a question (never advice), shown instead of
    "no good match"."""

    @property
    def notices(self) -> tuple[str, ...]:
        return self.query.notices


#: A list marker, or a one-word caption label ("Photo: "), at the start of a topic line. (This pattern and the
#: next are compiled when first used, by `re`: only an answer that suggests topics needs them.)
_LIST_MARKER = r"^(?:[•\-*–—·▪●◦‣]|\d{1,2}[.)]|\w+:(?=\s))\s*"
#: A Markdown heading's marks ("## Pricing ##"), never shown as part of a topic.
_HEADING_MARKS = r"^#{1,6}[ \t]+|[ \t]+#+[ \t]*$"


def _topic(passage: Passage) -> str:
    """What a passage is about, in the document's words: its section heading, or its own first line."""
    from scarfaq.structure.patterns import HEADING_MAX_CHARS  # (only an answer that suggests topics needs it)

    first_line = passage.text.splitlines()[0].strip()
    topic = passage.heading or (first_line if len(first_line) <= HEADING_MAX_CHARS else passage.title)
    return re.sub(_LIST_MARKER, "", re.sub(_HEADING_MARKS, "", topic))


def _suggestions(library: Library, hits: Sequence[Hit], settings: Settings) -> tuple[str, ...]:
    """The sections nearest to a question the documents do not answer, or else the documents' titles."""
    topics: list[str] = []
    for hit in hits:
        topic = _topic(hit.passage)
        if hit.coverage >= 0.75 * settings.min_coverage and topic not in topics:
            topics.append(topic)
    return tuple(topics[:3]) or tuple(d.title for d in library.documents[:3])


def _carried_that_mattered(query: Query, shown: Sequence[Hit]) -> Query:
    """The query, saying it carried over only the earlier topics that the quotes shown do hold."""
    matched = set().union(*(hit.matched for hit in shown)) if shown else set()
    used = tuple(c.word for c in query.concepts if c.carried and c.credit(matched) > 0)
    return query._replace(carried_over=used) if used != query.carried_over else query


def answer(
    library: Library,
    question: str,
    history: Sequence[str] = (),
    top_k: int = DEFAULT_TOP_K,
    settings: Settings = Settings(),
) -> Answer:
    """Answer one question, given the earlier questions of the conversation.

    The question is cut once, here, to what is read of it (`max_question_chars`): the analysis and the safety
    check see only that, however long the question typed; the answer still echoes it whole. A message of
    several sentences that is not answered as a whole is answered by the question it ends with (found in the
    whole message, cut like a question), the rest read as an earlier turn, unless the message is urgent;
    the safety check reads both."""
    history = recent(history, settings)
    read, shortened = shorten(question, settings)
    query, hits, answered = _ranked(library, read, history, settings, top_k)
    ask = final_ask(question) if not answered and settings.final_ask else None
    if ask is not None and assess(read, history).level is Level.URGENT:
        ask = None  # the urgent note is the answer: no quote about the routine side of it
    if ask is not None:  # a story that ends with its question: the question, with the story as context
        story, (asked, _) = ask[0], shorten(ask[1], settings)
        asked_query, asked_hits, answered = _ranked(library, asked, recent([*history, story], settings),
                                                    settings, top_k)
        if answered:
            query = asked_query._replace(notices=(f"Answered the question your message ends with: “{asked}”",))
            hits = asked_hits
            read = read if asked in read else f"{read}\n{asked}"  # the safety check reads both
    broad = (TOO_BROAD,) if not answered and _too_broad(library, query, hits, settings) else ()
    query = query._replace(notices=shortened + query.notices + broad)
    shown = tuple(hits[:top_k]) if answered else ()
    return Answer(
        question=question,
        answered=answered,
        hits=shown,
        safety=assess(read, history, corpus_medical=library.medical and answered,
                      follows_on=_follows_on(read, query, answered)),
        query=_carried_that_mattered(query, shown),
        suggestions=() if answered or query.social else _suggestions(library, hits, settings),
        reply=SOCIAL_REPLY.format(name=library.profile.name) if query.social and not answered else "",
    )


def _follows_on(read: str, query: Query, answered: bool) -> bool:
    """Whether the question carries on the conversation, so that a medical question before it still calls
    for the medical note: not thanks, nor a refused question whose every word the documents never use and
    that does not read as a next turn ("capital of France" after a question about scars, but not "what
    about on weekends?"), where the red-flag list is noise."""
    if answered or query.carried_over:
        return True
    own = [c for c in query.concepts if not c.intent and not c.carried]
    elsewhere = bool(own) and all(c.unknown for c in own)  # a subject the documents never name
    return not query.social and not (elsewhere and not continues(read))


def _too_broad(library: Library, query: Query, hits: Sequence[Hit], settings: Settings) -> bool:
    """Whether the question was refused only for being too broad: the best passage holds enough of it, but
    every word it matched is in most passages ("scars", in a corpus about scars)."""
    if not hits or hits[0].coverage < settings.min_coverage or not hits[0].matched:
        return False
    most = library.index.size / 2
    return all(library.index.document_frequency(t) > most for t in hits[0].matched)


def _ranked(library: Library, question: str, history: Sequence[str], settings: Settings,
            top_k: int) -> tuple[Query, list[Hit], bool]:
    """The question read, its ranked passages, and whether the best one answers it."""
    query = read_question(library, question, history, settings)
    hits = rank(library, query, settings, max(top_k, SUGGESTION_SOURCES))
    return query, hits, confident(library, query, hits, settings)
