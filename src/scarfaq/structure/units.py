"""Blocks into units: the spans that become passages (cut further only when too long).

- A heading joins the content that follows it and is remembered as the section heading. So does a photo or
  video caption (which names what is near it); a caption or heading with nothing after it is never quoted.
- A FAQ question starts an entry that runs, whatever its blocks, to the next question or heading of the
  question's level; markup inside it (a directive line, a rule) breaks it, and what follows carries the
  question as its heading.
- A paragraph ending in ':' is a lead-in, read with what follows it (a caption in between included): the
  list items after it, while the group stays readable, or the next block. Later groups of the same list
  carry the lead-in as context. A lead-in with nothing after it in its section joins the passage before;
  a one-sentence lead-in cut off by markup from what it leads to (".. code-block::") is not quoted alone:
  it becomes the context of that content.
- Runs of short one-line paragraphs are read together.
- Markup (rules, tables of contents, badges, HTML, directives, metadata) is a unit of its own, of a kind
  never quoted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from scarfaq.structure import patterns
from scarfaq.structure.model import (
    BARE_HEADING,
    CAPTION,
    CODE,
    CODE_KIND,
    FAQ,
    HEADING,
    LEAD_IN,
    LIST,
    LIST_KIND,
    PARAGRAPH,
    QUESTION,
    TEXT,
    Block,
)

#: The largest passage, in characters, unless a single sentence is longer.
MAX_CHARS = 800
#: A one-line paragraph at most this long is *short*: runs of short paragraphs are read together.
SHORT_CHARS = 160
#: The largest run of short paragraphs joined into one passage.
SHORT_RUN_CHARS = 480



@dataclass
class Unit:
    """Consecutive blocks to quote as one passage (or several, when too long), with their context."""

    blocks: list[Block]
    kind: str = TEXT
    heading: str = ""
    """Context of the first passage: the section heading, when the unit does not begin with it."""
    lead_in: str = ""
    """Context of every passage: the lead-in of the list the unit continues."""
    opening: str = ""
    """Context of the first passage only: a lead-in cut off from it by markup."""
    label: str = ""
    """Context of the later passages of a long unit: its own heading or question."""
    section: int = 0

    @property
    def start(self) -> int:
        return self.blocks[0].start

    @property
    def end(self) -> int:
        return self.blocks[-1].end


def build_units(text: str, blocks: Sequence[Block]) -> list[Unit]:
    """The units of a document's blocks, in reading order."""
    assembler = _Assembler(text)
    for i, block in enumerate(blocks):
        assembler.feed(block, blocks[i + 1] if i + 1 < len(blocks) else None)
    assembler.close()
    return assembler.units


class _Assembler:
    def __init__(self, text: str) -> None:
        self.text = text
        self.units: list[Unit] = []
        self.section = ""
        self.section_id = 0
        self.pending: list[Block] = []
        self.group: Unit | None = None
        self.group_kind = ""
        self.lead_in = ""
        self.entry: Block | None = None
        self.orphan: Unit | None = None
        """A lone lead-in cut off by markup from what it leads to (a directive line before its code)."""
        self.carried = ""
        """The words of a lead-in cut off by markup: context for the content after the markup."""

    def feed(self, block: Block, following: Block | None) -> None:
        if block.role == CAPTION:
            self._caption(block)
        elif block.is_markup:
            self._markup(block)
        elif block.role == HEADING:
            self._heading(block)
        elif block.role == QUESTION:
            self._question(block)
        elif self.entry is not None:
            self._entry_content(block)
        else:
            self._content(block, following)

    def close(self) -> None:
        self._flush()
        self._flush_pending()

    def _caption(self, block: Block) -> None:
        """A caption is read with what follows it, and like a heading names what is near it; alone it is
        never quoted."""
        if self.entry is not None:
            self._entry_content(block)
        elif self.group is not None and self.group_kind == "lead":
            self.group.blocks.append(block)  # between a lead-in and what it leads to
        else:
            self._flush()
            self._new_section(block)
            self.pending.append(block)

    def _markup(self, block: Block) -> None:
        self._flush(by_markup=True)
        self._flush_pending()
        if block.role == BARE_HEADING and block.label:  # a heading not to quote still names its section
            self.entry = None
            self._new_section(block)
        previous = self.units[-1] if self.units else None
        if previous is not None and previous.kind == block.role != BARE_HEADING:
            previous.blocks.append(block)  # one span for a run of link targets, rules or the like
            return
        self.units.append(Unit([block], kind=block.role, section=self.section_id))

    def _heading(self, block: Block) -> None:
        if self.entry is not None and _inside_entry(self.text, block, self.entry):
            # an adorned subheading stays a heading; a plain short line in an answer is just its text
            self._entry_content(block if block.level else block._replace(role=PARAGRAPH))
            return
        if self.group is not None and self.group_kind == "lead" and not block.level:
            self.group.blocks.append(block)  # the lead-in names what the sections after it are about
            self._new_section(block)
            return
        self._flush()
        self.entry = None
        self._new_section(block)
        self.pending.append(block)

    def _new_section(self, block: Block) -> None:
        self.section, self.section_id, self.lead_in = block.label, self.section_id + 1, ""
        self.orphan, self.carried = None, ""

    def _question(self, block: Block) -> None:
        self._flush()
        self.entry, self.lead_in, self.orphan, self.carried = block, "", None, ""
        self.section_id += 1
        self.group = Unit([*self.pending, block], kind=FAQ, label=block.label, section=self.section_id)
        self.group_kind, self.pending = "entry", []

    def _entry_content(self, block: Block) -> None:
        if self.group is not None and self.group_kind == "entry":
            self.group.blocks.append(block)
            return
        assert self.entry is not None
        label = self.entry.label
        self.group = Unit([block], kind=FAQ, heading=label, label=label, section=self.section_id)
        self.group.opening = self._adopt_orphan()
        self.group_kind = "entry"

    def _content(self, block: Block, following: Block | None) -> None:
        role = _role(self.text, block, following)
        if self.group is not None and self.group_kind == "lead":
            self.group.blocks.append(block)
            if role == "list":
                self.group_kind, self.group.kind = "list", LIST_KIND
            elif role != "lead":
                self._flush()
            return
        heading = "" if self.pending else self.section
        label = self.pending[0].label if self.pending else ""
        blocks = [*self.pending, block]
        self.pending = []
        limit = SHORT_RUN_CHARS if role == "short" else MAX_CHARS
        group = self.group
        if group is not None and role == self.group_kind in ("list", "short") and block.end - group.start <= limit:
            group.blocks.extend(blocks)
            return
        self._flush()
        unit = Unit(blocks, heading=heading, label=label, section=self.section_id)
        unit.opening = self._adopt_orphan()
        if role in ("lead", "list", "short"):
            if role != "list":  # a list's lead-in is context for its later groups; an item leading into code is not
                self.lead_in = _text(self.text, block) if role == "lead" and block.role == PARAGRAPH else ""
            unit.lead_in = self.lead_in if role == "list" else ""
            unit.kind = LIST_KIND if role == "list" else TEXT
            self.group, self.group_kind = unit, role
        else:
            self.lead_in = ""
            unit.kind = CODE_KIND if role == "code" else TEXT
            self.units.append(unit)

    def _adopt_orphan(self) -> str:
        """The words of a lead-in cut off from this content by markup, as its context; a lone lead-in is then
        no longer quoted alone."""
        orphan, carried, self.orphan, self.carried = self.orphan, self.carried, None, ""
        if orphan is not None:
            orphan.kind = LEAD_IN
        return carried

    def _flush(self, by_markup: bool = False) -> None:
        group, self.group, kind = self.group, None, self.group_kind
        self.group_kind = ""
        if group is None:
            return
        tail = _trailing_titles(group.blocks)
        if tail:  # headings (or a question) whose content was cut off by markup: never quoted alone
            if tail < len(group.blocks):
                self.units.append(Unit(group.blocks[:-tail], group.kind, group.heading, group.lead_in,
                                       group.opening, group.label, group.section))
            kind = BARE_HEADING if any(b.role != CAPTION for b in group.blocks[-tail:]) else CAPTION
            self.units.append(Unit(group.blocks[-tail:], kind=kind, section=group.section))
            return
        lone_lead = self._lone_lead(group)
        previous = self.units[-1] if self.units else None
        last = group.blocks[-1]
        if by_markup and last.role == PARAGRAPH and _text(self.text, last).endswith(":"):
            self.carried = _text(self.text, last)
        if lone_lead and by_markup:
            self.orphan = group
        elif (lone_lead and previous is not None and previous.kind in (TEXT, LIST_KIND)
                and previous.section == group.section and group.end - previous.start <= MAX_CHARS):
            previous.blocks.extend(group.blocks)  # a lead-in with nothing after it: read with what came before
            return
        self.units.append(group)

    def _lone_lead(self, group: Unit) -> bool:
        """A unit that is only a one-sentence lead-in (under headings or captions, not under a question)."""
        if any(b.role == QUESTION for b in group.blocks):
            return False
        content = [b for b in group.blocks if b.role not in _TITLES]
        if len(content) != 1 or content[0].role != PARAGRAPH:
            return False
        body = _text(self.text, content[0])
        return body.endswith(":") and not _SENTENCE_INSIDE.search(body)

    def _flush_pending(self) -> None:
        """Headings or captions with no content after them: never quoted alone."""
        if self.pending:
            kind = BARE_HEADING if any(b.role == HEADING for b in self.pending) else CAPTION
            self.units.append(Unit(self.pending, kind=kind, section=self.section_id))
            self.pending = []


#: A sentence ending inside a paragraph (so it says more than what it leads into).
_SENTENCE_INSIDE = re.compile(r"[.!?][\"')\]]*\s+\S")
#: Blocks that name what follows them, never quoted without it.
_TITLES = (HEADING, QUESTION, CAPTION)


def _trailing_titles(blocks: Sequence[Block]) -> int:
    """How many of the last blocks name what should follow them (and nothing does)."""
    count = 0
    while count < len(blocks) and blocks[-1 - count].role in _TITLES:
        count += 1
    return count


def _text(text: str, block: Block) -> str:
    return text[block.start : block.end]


def _role(text: str, block: Block, following: Block | None) -> str:
    """A content block's part: lead-in, list, short, code or paragraph."""
    if block.role == CODE:
        return "code"
    body = _text(text, block)
    if block.role == LIST:  # a list item that leads into a literal block ("… install it with::")
        return "lead" if body.endswith(":") and following is not None and following.role == CODE else "list"
    if block.role != PARAGRAPH:
        return "paragraph"
    one_line = "\n" not in body and "\r" not in body
    short = one_line and len(body) <= SHORT_CHARS
    if body.endswith(":") or (short and following is not None and following.role == LIST):
        return "lead"
    return "short" if short else "paragraph"


def _inside_entry(text: str, block: Block, entry: Block) -> bool:
    """Whether a heading met in a FAQ answer belongs to the answer rather than starting the next section:
    deeper than the question, or a plain line that is neither adorned nor numbered like a section."""
    if block.level and entry.level:
        return block.level > entry.level
    if block.level:
        return False
    block_depth = patterns.numbering_depth(_text(text, block))
    entry_depth = patterns.numbering_depth(_text(text, entry))
    return not (block_depth and entry_depth) or block_depth > entry_depth
