"""Tables of contents: recognised so that they are never quoted as answers.

Two general signs, in any format: a heading that says "Contents" (or "Table of contents", "Index") over
blocks of short lines; or a run of short lines most of which come back later in the document as its
headings or questions (the list of questions at the top of many FAQs). A list of one-to-three-word items
that opens a document is the navigation of the web page it was saved from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from scarfaq.structure import patterns
from scarfaq.structure.model import CODE, HEADING, LIST, PARAGRAPH, QUESTION, TOC, Block, clean_label, first_line

#: A line of a table of contents is at most this long.
ENTRY_MAX_CHARS = 120
#: A run of lines is a table of contents when at least this many different ones, and this share of all,
#: come back later.
MIN_REPEATED = 3
REPEATED_SHARE = 0.75
#: Items of a navigation list (a web page's "Home", "FAQ", "Downloads") are at most this many words.
NAVIGATION_WORDS = 3

_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LEADER = re.compile(r"(?:\s*\.){3,}\s*\d*\s*$")


@lru_cache(maxsize=4096)
def entry_key(line: str) -> str:
    """A line reduced to its words, as a table of contents and the heading it names would share them
    (remembered: headings and the lines of tables of contents recur). The patterns run only on a line they
    can match: a document's every first line is reduced, most of them prose, where each would try every
    position."""
    if "](" in line:
        line = _MARKDOWN_LINK.sub(r"\1", line)
    line = patterns.BULLET_SIGN.sub("", line, count=1) if patterns.BULLET_SIGN.match(line) else line
    line = line.replace("*", " ").replace("`", " ")
    if has_leader(line):
        line = _LEADER.sub("", line)
    return clean_label(patterns.strip_numbering(line.strip())).lower().rstrip(":")


def has_leader(line: str) -> bool:
    """`_LEADER.search(line)`, told from the line's end: three dots with only white space between them,
    then only white space and a page number ("Installing . . . . 12")."""
    last = line.rfind(".")
    page = line[last + 1 :].strip()
    if last < 0 or (page and not page.isdecimal()):  # (the pattern's \s and \d are str.isspace and isdecimal)
        return False
    second = line[:last].rstrip()
    return second.endswith(".") and second[:-1].rstrip().endswith(".")


def mark_tocs(text: str, blocks: Sequence[Block]) -> list[Block]:
    """The blocks, with those that make up a table of contents turned into TOC blocks."""
    result = list(blocks)
    _mark_announced(text, result)
    _mark_repeated(text, result)
    _mark_navigation(text, result)
    return result


def _mark_navigation(text: str, blocks: list[Block]) -> None:
    """A list of a few words an item opening the document, before any heading: a web page's navigation."""
    first = next((i for i, b in enumerate(blocks) if not b.is_markup), None)
    if first is None or blocks[first].role != LIST:
        return
    items = [entry_key(line) for line in _lines(text, blocks[first])]
    if len(items) >= 2 and all(0 < len(item.split()) <= NAVIGATION_WORDS and item[-1:].isalnum() for item in items):
        blocks[first] = Block(blocks[first].start, blocks[first].end, TOC)


def _lines(text: str, block: Block) -> list[str]:
    return [line for line in text[block.start : block.end].splitlines() if line.strip()]


def _entry_like(text: str, block: Block) -> bool:
    """A block of short lines, none of them prose (a sentence ending in a full stop)."""
    if block.role not in (PARAGRAPH, LIST, HEADING, QUESTION):
        return False
    lines = _lines(text, block)
    return all(len(line.strip()) <= ENTRY_MAX_CHARS for line in lines) and not all(
        line.rstrip().endswith(".") and not has_leader(line) for line in lines
    )


def _mark_announced(text: str, blocks: list[Block]) -> None:
    """A "Contents" heading and the short-line blocks under it."""
    for i, block in enumerate(blocks):
        if block.role not in (HEADING, PARAGRAPH) or not announces_contents(text, block):
            continue
        end = i + 1
        while end < len(blocks) and blocks[end].role in (PARAGRAPH, LIST) and _entry_like(text, blocks[end]):
            end += 1
        if end > i + 1:
            for j in range(i, end):
                blocks[j] = Block(blocks[j].start, blocks[j].end, TOC)


def announces_contents(text: str, block: Block) -> bool:
    """Whether a block's label, else its text, says "Contents" (matched in place: the pattern takes the white
    space around the words, so a paragraph is neither copied nor stripped)."""
    if block.label:
        return bool(patterns.TOC_HEADING.fullmatch(block.label))
    return bool(patterns.TOC_HEADING.fullmatch(text, block.start, block.end))


def _mark_repeated(text: str, blocks: list[Block]) -> None:
    """Runs of short-line blocks whose lines mostly come back later as headings or first lines."""
    last_seen: dict[str, int] | None = None  # worked out when a run first needs it (prose never does)
    entry_like = [_entry_like(text, block) for block in blocks]  # (each block once; a run changes only its own)
    i = 0
    while i < len(blocks):
        if not entry_like[i]:
            i += 1
            continue
        end = i
        while end < len(blocks) and entry_like[end]:
            end += 1
        keys = [_keys(text, blocks[j]) for j in range(i, end)]
        if sum(map(len, keys)) >= MIN_REPEATED:
            last_seen = _last_seen(text, blocks) if last_seen is None else last_seen
            found = [[last_seen.get(key, -1) > i + j for key in block_keys] for j, block_keys in enumerate(keys)]
            matched = [i + j for j, hits in enumerate(found) if any(hits)]
            if matched:
                run = slice(matched[0] - i, matched[-1] - i + 1)
                hits = {key for ks, hs in zip(keys[run], found[run]) for key, hit in zip(ks, hs) if hit}
                total = sum(map(len, keys[run]))
                if len(hits) >= MIN_REPEATED and sum(map(sum, found[run])) >= REPEATED_SHARE * total:
                    for j in range(matched[0], matched[-1] + 1):
                        blocks[j] = Block(blocks[j].start, blocks[j].end, TOC)
        i = end


def _keys(text: str, block: Block) -> list[str]:
    return [key for key in (entry_key(line) for line in _lines(text, block)) if key]


def _last_seen(text: str, blocks: Sequence[Block]) -> dict[str, int]:
    """For each heading or first line (as a key), the last block it starts."""
    last: dict[str, int] = {}
    for index, block in enumerate(blocks):
        if block.role == CODE:
            continue
        opening = first_line(text, block.start, block.end)
        for key in {entry_key(block.label) if block.label else "", entry_key(opening)} - {""}:
            last[key] = index
    return last
