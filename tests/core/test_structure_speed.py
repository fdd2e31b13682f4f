"""The format readers' faster paths give exactly what the plain ones gave, and a huge block is cut in one pass."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from scarfaq.corpus import Document
from scarfaq.passages import SentenceSplitter, chunk_document
from scarfaq.structure import faq, formats, model, patterns, toc
from scarfaq.structure import plain
from scarfaq.structure.plain import plain_blocks

#: Line breaks of every kind, a byte order mark, tabs and letters.
ALPHABET = "ab ?:\t\n\r\x0b\x0c\x1c\x85\u2028\ufeff"


def _lines_as_first_written(text: str) -> list[tuple[int, int, int, str]]:
    result = []
    position = 0
    for number, match in enumerate(re.finditer(r"\r\n|\r|\n", text)):
        result.append((number, position, match.start(), text[position : match.start()]))
        position = match.end()
    result.append((len(result), position, len(text), text[position:]))
    return result


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_lines_are_split_where_they_always_were(text: str) -> None:
    reference = _lines_as_first_written(text)
    assert [tuple(line) for line in model.lines_of(text)] == reference
    for count in range(6):
        assert model.first_lines(text, count) == [line[3] for line in reference][:count]
    breaks = [match.end() for match in re.finditer(r"\r\n|\r|\n", text)]
    index = model.LineIndex(text)
    assert [index.line_of(offset) for offset in range(len(text) + 1)] == [
        sum(1 for b in breaks if b <= offset) + 1 for offset in range(len(text) + 1)
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=40), st.data())
def test_a_spans_first_line_is_what_splitlines_gives(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assert model.first_line(text, start, end) == text[start:end].splitlines()[0]


#: Dots, white space (line breaks among it), digits (an Arabic-Indic one; a superscript two, no decimal), link and
#: emphasis marks, letters.
LEADER_ALPHABET = ". \t\n\u2028\u00a012\u0663\u00b2[]()*`-:ab"


def _entry_key_as_first_written(line: str) -> str:
    line = toc._MARKDOWN_LINK.sub(r"\1", line)
    line = patterns.BULLET_SIGN.sub("", line, count=1) if patterns.BULLET_SIGN.match(line) else line
    line = toc._LEADER.sub("", line.replace("*", " ").replace("`", " "))
    return model.clean_label(patterns.strip_numbering(line.strip())).lower().rstrip(":")


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=LEADER_ALPHABET, max_size=30))
@example("Installing . . . . 12")
@example("Installing ...\u0663 \n")
@example("Installing ...\u00b2")
@example("Installing .. 3")
@example("See [the FAQ](faq.md)...")
def test_a_leader_is_told_from_the_lines_end_as_the_pattern_finds_it(line: str) -> None:
    assert toc.has_leader(line) == bool(toc._LEADER.search(line))
    assert toc.entry_key.__wrapped__(line) == _entry_key_as_first_written(line)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="contes TOCx:\t\n\u2028\u00a0", max_size=24), st.booleans())
@example("  Table of\n contents : ", False)
@example("Contents", True)
def test_a_contents_heading_is_matched_in_place_as_its_stripped_words_were(words: str, label: bool) -> None:
    text = f"x\n{words}\ny"
    block = model.Block(2, 2 + len(words), model.HEADING if label else model.PARAGRAPH, words if label else "")
    assert toc.announces_contents(text, block) == bool(patterns.TOC_HEADING.fullmatch(words.strip()))


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=".: _|a\n\r\u2028", max_size=24))
@example(".. note:: x")
@example("text\n.. _target:\n")
@example("text\r.. |sub| image:: x")
def test_a_txt_file_reads_as_restructuredtext_when_the_pattern_finds_a_sign(text: str) -> None:
    assert formats.format_of("notes.txt", text) == ("rst" if formats._RST_SIGN.search(text) else "plain")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="-=*~._ \taQ:1", min_size=1, max_size=12))
@example("----")
@example("* * *")
def test_a_line_alone_is_cut_as_the_line_by_line_reading_cuts_it(line: str) -> None:
    text = f"before\n\n{line}\n\nafter"
    lines = model.lines_of(text)
    alone = list(plain.split_run(text, lines, 2, 2, plain.Styles()))
    assert alone == list(plain._cut_run(text, lines, 2, 2, plain.Styles()))


def _question_lines_as_first_written(body: str) -> int:
    lines = model.first_lines(body, patterns.QUESTION_MAX_LINES + 1)
    first = faq._words(lines[0])
    marked = bool(patterns.QUESTION_MARK.match(first))
    numbered = bool(patterns.NUMBERING.match(first))
    if not (marked or numbered) and (not first[:1].isupper() or body[:1].isspace()):
        return 0
    for k, line in enumerate(lines[: patterns.QUESTION_MAX_LINES]):
        if k and marked and patterns.ANSWER_MARK.match(faq._words(line)):
            return k
        if line.rstrip().rstrip("*_").endswith("?"):
            if len("\n".join(lines[: k + 1])) > patterns.QUESTION_MAX_CHARS:
                return 0
            return k + 1 if (marked or numbered or faq._answer_follows(lines, k + 1)) else 0
    return 1 if marked else 0


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["Q:", "A:", "Why", "it", "?", "1.", "**", " ", "\n", "  "]), min_size=1, max_size=14)
       .map("".join))
@example("Q: how\nA: so")
@example("Q. why not\nbecause")
@example("3.19\tWhy?\nBecause.")
def test_a_blocks_question_lines_are_those_first_worked_out(body: str) -> None:
    assert faq._question_lines(body) == _question_lines_as_first_written(body)


def test_a_text_read_twice_in_a_row_is_read_once_and_each_reader_gets_its_own_list() -> None:
    text = "Title\n=====\n\nSome words here.\n\n- an item\n- another\n"
    first = plain_blocks(text)
    first.clear()
    second = plain_blocks(text)
    assert second and second == plain_blocks("".join(text)) == plain_blocks(str(text + " ")[:-1])


def test_a_block_of_megabytes_is_cut_in_one_pass() -> None:
    """Each later passage of a split block worked out its heading from all of the block's lines: 20 s for
    3 MB, quadratic beyond. Its heading is the block's first line, when short."""
    first = "Line 0 of a long reader comment about silicone gel and scars, no break."
    text = "".join(first.replace("0", str(i), 1) + "\n" for i in range(80_000))
    document = Document("big.txt", Path("big.txt"), text=text)
    result: list = []
    cut = lambda: result.append(chunk_document(document, SentenceSplitter("")))  # noqa: E731
    worker = threading.Thread(target=cut, daemon=True)
    worker.start()
    worker.join(timeout=60)  # a hang guard, not a speed test: about a second
    assert result, "cutting the block did not finish"
    passages = result[0]
    assert len(passages) > 1000 and passages[0].start == 0 and passages[-1].end == len(text) - 1
    assert {p.heading for p in passages[1:]} == {first}
