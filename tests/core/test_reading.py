"""Reading documents: UTF-8 is checked and counted without decoding it all at once, the text is decoded when
first used, and every outcome is what decoding each file whole gives."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scarfaq import corpus as corpus_module
from scarfaq.corpus import decode, read_document
from scarfaq.library import load_library
from tests.conftest import write_corpus

#: Pieces of files: ASCII, white space of every kind, a byte order mark, multi-byte letters, and bytes that
#: are not UTF-8 (a lone continuation byte, a cut sequence, an encoded surrogate, cp1252 quotes).
PIECES = [b"a", b"Z", b".", b" ", b"\t", b"\n", b"\r", b"\x0b", b"\x1c", b"\x1f", "\u00a0".encode(), "\u2028".encode(),
          "\ufeff".encode(), "é".encode(), "ж".encode(), "’".encode(), "𝟘".encode(), b"\x80", b"\xe2\x80",
          b"\xed\xa0\x80", b"\x93\x94", b"\xc3"]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.integers(1, 8))
def test_documents_read_as_decoding_each_file_whole_would(tmp_path: Path, pieces: list[bytes], check: int) -> None:
    data = b"".join(pieces)
    corpus_module._CHECK_PIECE, default = check, corpus_module._CHECK_PIECE  # pieces cut inside characters
    try:
        path = tmp_path / "doc.txt"
        path.write_bytes(data)
        document, warning = read_document(path, tmp_path)
    finally:
        corpus_module._CHECK_PIECE = default
    text, encoding = decode(data)
    if not text.replace("\ufeff", "").strip():
        assert document is None and warning == "skipped doc.txt: empty file"
        return
    assert document is not None
    assert (document.text, document.encoding, document.length) == (text, encoding, len(text))
    assert warning == (None if encoding == "utf-8" else f"doc.txt is not UTF-8: read as {encoding}")


def test_a_run_that_loads_the_cache_decodes_only_the_documents_it_quotes(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "docs", {
        "a.txt": "Silicone gel\n\nSilicone gel flattens raised scars over months – gently.\n",
        "b.txt": "Laser\n\nFractional laser resurfacing treats acne scars; expect redness for days.\n",
    })
    load_library(folder)
    library, status = load_library(folder)
    assert status.reused and not any(d._text is not None for d in library.documents)
    passage = library.passages[len(library.passages) - 1]  # one of b.txt's
    assert passage.text == (folder / "b.txt").read_text(encoding="utf-8")[passage.start : passage.end]
    assert [d._text is not None for d in library.documents] == [False, True]
