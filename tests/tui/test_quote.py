"""Quotes stay verbatim: highlighting only adds styles, and nothing is read as markup."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from scarfaq.analysis import tokenize
from scarfaq.terminal_text import visible
from scarfaq.tui.quote import citation_text, literal, matched_spans, quote_content

TRICKY = "A *bold* claim [red]not red[/red] • bullet “curly” \\[escaped] [link=x]y[/link] $accent"


def test_markup_and_markdown_show_literally() -> None:
    assert literal(TRICKY).plain == TRICKY
    assert quote_content(TRICKY, {"claim", "bullet"}).plain == TRICKY


def test_matched_words_are_highlighted_and_only_they() -> None:
    text = "Contractubex costs about 15 euros; contractubex is a gel."
    stems = {t.stem for t in tokenize("contractubex cost")}
    spans = matched_spans(text, stems)
    assert [text[start:end] for start, end in spans] == ["Contractubex", "costs", "contractubex"]
    styled = {(span.start, span.end) for span in quote_content(text, stems).spans}
    assert styled == set(spans)


def test_control_characters_are_made_visible_without_moving_highlights() -> None:
    text = "scar\x1b[31m cream\x07 gel"
    quote = quote_content(text, {t.stem for t in tokenize("gel")})
    assert quote.plain == visible(text)
    assert "\x1b" not in quote.plain and "\x07" not in quote.plain
    (span,) = quote.spans
    assert quote.plain[span.start : span.end] == "gel"


@given(st.text(max_size=200), st.sets(st.sampled_from(["scar", "gel", "cost", "acn", "laser"])))
def test_highlighting_never_changes_a_character(text: str, stems: set[str]) -> None:
    assert quote_content(text, stems).plain == visible(text.replace("\r\n", "\n"))


WORDS = st.sampled_from(["scar", "gel", "costs", "acne", "laser", "a", "[b]", "\x1b", "“x”"])
SEPARATORS = st.sampled_from([" ", "\n", "\r\n", "\r\n\r\n", "\r", ", "])


@given(st.lists(st.tuples(WORDS, SEPARATORS), max_size=40), st.sets(st.sampled_from(["scar", "gel", "cost", "acn"])))
def test_crlf_line_ends_are_shown_as_line_breaks_and_highlights_stay_on_their_words(
    parts: list[tuple[str, str]], stems: set[str]
) -> None:
    text = "".join(word + sep for word, sep in parts)
    quote = quote_content(text, stems)
    assert "\r\n" not in quote.plain and quote.plain == visible(text.replace("\r\n", "\n"))
    highlighted = [quote.plain[span.start : span.end] for span in quote.spans]
    assert highlighted == [text[start:end] for start, end in matched_spans(text, stems)]


def test_a_crlf_quote_is_copied_as_it_is_shown(fixture_library) -> None:
    passage = replace(fixture_library.passages[0], text="Silicone gel\r\n\r\nflattens scars.")
    assert citation_text(passage).startswith("Silicone gel\n\nflattens scars.\n\n— ")


def test_citation_text_holds_the_quote_and_where_it_is_from(fixture_library) -> None:
    passage = fixture_library.passages[0]
    copied = citation_text(passage)
    assert copied.startswith(passage.text)
    assert passage.citation in copied and passage.title in copied


def test_copied_text_carries_no_control_characters() -> None:
    from scarfaq.tui.quote import copyable

    pasted = copyable("before\x1b[201~rm -rf ~\x07\x9b31m\u202etxt.exe\tafter\nnext line")
    assert not any(ord(ch) < 0x20 and ch not in "\t\n" or 0x7F <= ord(ch) <= 0x9F for ch in pasted)
    assert "\u202e" not in pasted and "\t" in pasted and "\n" in pasted
