"""reStructuredText, read line by line (no docutils): section titles, directives, literal blocks.

Section titles are drawn with an underline, or an overline and underline; their levels follow the order
in which the styles first appear. Explicit markup ("..") is never quoted: a directive's own lines are
markup, and so is its content unless it is prose (admonitions such as `.. note::`) or code
(`.. code-block::`), which are read as content of their own. `.. contents::` and `.. toctree::` are tables
of contents; comments, targets and substitutions are markup. A paragraph ending in "::" leads into the
literal (code) block indented under it. Field lists at the top (":Author:") are metadata.
"""

from __future__ import annotations

from collections.abc import Iterator

from scarfaq.structure import patterns
from scarfaq.structure.model import (
    CAPTION,
    CODE,
    DIRECTIVE,
    HEADING,
    HTML,
    LINKS,
    LIST,
    METADATA,
    PARAGRAPH,
    TABLE,
    TOC,
    Block,
    Line,
    lines_of,
    read_once,
    span_of_lines,
    strip_span,
)
from scarfaq.structure.plain import Styles, item_spans, split_run

#: Directives whose content is code, prose, a caption or a table; the rest are markup through and through.
CODE_DIRECTIVES = frozenset({
    "code", "code-block", "sourcecode", "doctest", "ipython", "parsed-literal", "productionlist",
})
PROSE_DIRECTIVES = frozenset({
    "note", "warning", "tip", "hint", "important", "caution", "danger", "error", "attention", "admonition",
    "seealso", "topic", "sidebar", "versionadded", "versionchanged", "deprecated", "container", "only",
    "epigraph", "highlights", "pull-quote", "compound", "rubric", "glossary", "tab", "tabs",
})
#: Admonitions may begin their content on the directive's own line (".. note:: Text").
ADMONITIONS = frozenset({"note", "warning", "tip", "hint", "important", "caution", "danger", "error", "attention"})
#: Directives that stand for a generated table of contents.
TOC_DIRECTIVES = frozenset({"contents", "toctree"})
TABLE_DIRECTIVES = frozenset({"table", "csv-table", "list-table"})
#: Directives with content to read (the rest are markup through and through).
CONTENT_DIRECTIVES = CODE_DIRECTIVES | PROSE_DIRECTIVES | TABLE_DIRECTIVES | {"figure"}
#: The role of a directive's content, where it is not prose.
_CONTENT_ROLES = {
    **dict.fromkeys(CODE_DIRECTIVES, CODE), **dict.fromkeys(TABLE_DIRECTIVES, TABLE), "figure": CAPTION,
}
#: Docinfo fields that hold prose rather than data.
PROSE_FIELDS = frozenset({"abstract", "dedication"})


@read_once
def rst_blocks(text: str) -> list[Block]:
    """The blocks of a reStructuredText document, with their roles, in order."""
    lines = lines_of(text)
    blocks = list(_body(text, lines, 0, len(lines) - 1, Styles(), titles=True))
    return _mark_docinfo(text, blocks)


def _body(text: str, lines: list[Line], first: int, last: int, styles: Styles, titles: bool) -> Iterator[Block]:
    """Blocks of the lines first..last: explicit markup, literal blocks, titles and paragraphs."""
    i = first
    while i <= last:
        if lines[i].blank:
            i += 1
            continue
        explicit = patterns.RST_EXPLICIT.match(lines[i].text)
        if explicit:
            end = _indented_end(lines, i, last, len(explicit.group(1).expandtabs(8)))
            yield from _explicit(text, lines, i, end, styles)
            i = end + 1
            continue
        end = i
        while end + 1 <= last and not lines[end + 1].blank:
            end += 1
        for block in split_run(text, lines, i, end, styles):
            if block.role == PARAGRAPH or (block.role == HEADING and not titles):
                yield _content(text, block.start, block.end)
            else:
                yield block
        if lines[end].text.rstrip().endswith("::"):
            literal_end = _indented_end(lines, end, last, lines[i].indent)
            if literal_end > end:
                code = _block(text, lines, end + 1, literal_end, CODE)
                if code:
                    yield code
                end = literal_end
        i = end + 1


def _indented_end(lines: list[Line], i: int, last: int, indent: int) -> int:
    """The last line of what is indented under line i (blank lines inside included)."""
    end = i
    for n in range(i + 1, last + 1):
        if lines[n].blank:
            continue
        if lines[n].indent <= indent:
            break
        end = n
    return end


def _block(text: str, lines: list[Line], first: int, last: int, role: str) -> Block | None:
    start, end = span_of_lines(text, lines, first, last)
    if start >= end:
        return None
    return _content(text, start, end) if role == PARAGRAPH else Block(start, end, role)


def _content(text: str, start: int, end: int) -> Block:
    """A paragraph, a list when it opens with a bullet, or link targets ("__ http://…")."""
    body = text[start:end]
    if all(patterns.LINK_REFERENCE.match(line) or line[:1].isspace() for line in body.splitlines()):
        return Block(start, end, LINKS)
    if patterns.BULLET.match(body):
        return Block(start, end, LIST, items=item_spans(text, start, end))
    return Block(start, end, PARAGRAPH)


def _explicit(text: str, lines: list[Line], first: int, last: int, styles: Styles) -> Iterator[Block]:
    """A directive, comment, target, footnote or substitution and what is indented under it."""
    directive = patterns.RST_DIRECTIVE.match(lines[first].text)
    name = directive.group(1).lower() if directive else ""
    if not name or name not in CONTENT_DIRECTIVES:
        yield from _blocks(text, lines, first, last, _whole_role(lines[first].text, name))
        return
    head, body = _directive_head(text, lines, first, last, name)
    yield from head
    if body > last:
        return
    if name in _CONTENT_ROLES:
        yield from _blocks(text, lines, body, last, _CONTENT_ROLES[name])
    else:
        yield from _body(text, lines, body, last, styles, titles=False)


def _whole_role(line: str, name: str) -> str:
    """The role of explicit markup read as one block: all markup, but for footnotes and citations."""
    if name:
        return TOC if name in TOC_DIRECTIVES else HTML if name == "raw" else DIRECTIVE
    if line.lstrip()[2:].lstrip().startswith("["):  # a footnote or citation is content
        return PARAGRAPH
    return LINKS if patterns.LINK_REFERENCE.match(line) else DIRECTIVE


def _directive_head(text: str, lines: list[Line], first: int, last: int, name: str) -> tuple[list[Block], int]:
    """The directive's own lines as markup (with the prose an admonition begins on them), and the line its
    indented content starts at."""
    inline = _inline_content(lines[first]) if name in ADMONITIONS else None
    if inline is None:  # the directive line and its options
        body = _options_end(lines, first, last) + 1
        return list(_blocks(text, lines, first, body - 1, DIRECTIVE)), body
    run_end = _run_end(lines, first, last)  # ".. note:: Text" begins its content on the directive's own line
    line = lines[first]
    head = [Block(line.start + len(line.text) - len(line.text.lstrip()), inline, DIRECTIVE)]
    start, end = strip_span(text, inline, lines[run_end].end)
    return head + ([_content(text, start, end)] if start < end else []), run_end + 1


def _blocks(text: str, lines: list[Line], first: int, last: int, role: str) -> Iterator[Block]:
    block = _block(text, lines, first, last, role)
    if block:
        yield block


def _inline_content(line: Line) -> int | None:
    """Where the text after a directive's "::" ends the directive's own words, when there is text there."""
    marker = line.text.find("::")
    if marker < 0 or not line.text[marker + 2 :].strip():
        return None
    return line.start + marker + 2


def _run_end(lines: list[Line], first: int, last: int) -> int:
    end = first
    while end + 1 <= last and not lines[end + 1].blank:
        end += 1
    return end


def _options_end(lines: list[Line], first: int, last: int) -> int:
    """The last line of a directive's head: its first line, its option fields, and the blank line after."""
    end = first
    for n in range(first + 1, last + 1):
        if lines[n].blank or not patterns.RST_FIELD.match(lines[n].text):
            break
        end = n
    return end


def _mark_docinfo(text: str, blocks: list[Block]) -> list[Block]:
    """Field lists before any other content (":Author:", ":Date:", ":title:") are the document's metadata,
    except an abstract or dedication, which is prose."""
    result = []
    content_seen = False
    for block in blocks:
        body = text[block.start : block.end]
        if not content_seen and block.role == PARAGRAPH and _all_fields(body):
            result.extend(_fields(text, block))
            continue
        content_seen = content_seen or not (block.is_markup or block.role == HEADING)
        result.append(block)
    return result


def _fields(text: str, block: Block) -> list[Block]:
    """A docinfo field list cut into fields: metadata, or content for `PROSE_FIELDS`."""
    fields: list[Block] = []
    for line in lines_of(text[block.start : block.end]):
        start, end = block.start + line.start, block.start + line.end
        if patterns.RST_FIELD.match(line.text) or not fields:
            name = line.text.strip()[1:].split(":", 1)[0].strip().lower()
            fields.append(Block(start, end, PARAGRAPH if name in PROSE_FIELDS else METADATA))
        elif not line.blank:
            fields[-1] = Block(fields[-1].start, end, fields[-1].role)
    merged: list[Block] = []
    for field in (Block(*strip_span(text, f.start, f.end), f.role) for f in fields):
        if merged and merged[-1].role == field.role == METADATA:
            merged[-1] = Block(merged[-1].start, field.end, METADATA)
        elif field.start < field.end:
            merged.append(field)
    return merged


def _all_fields(body: str) -> bool:
    return all(patterns.RST_FIELD.match(line) or line[:1].isspace() for line in body.splitlines() if line.strip())
