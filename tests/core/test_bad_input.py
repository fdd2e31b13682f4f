"""Bad input never crashes the core, never alters a quote, and broken files are warned about and skipped."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scarfaq import cache, cache_files, corpus as corpus_module
from scarfaq.answer import Answer, answer
from scarfaq.corpus import decode, load_corpus
from scarfaq.errors import CorpusError
from scarfaq.library import Library, load_library, open_library
from scarfaq.render import answer_text, plain_answer, visible
from tests.conftest import write_corpus

#: Sequences that would take over a terminal if written raw: clear screen, OSC 52 clipboard write, bell,
#: an 8-bit CSI (C1), a title change, DEL and NUL.
HOSTILE = ["\x1b[2J", "\x1b]52;c;aGVsbG8=\x07", "\x07", "\x9b31m", "\x1b]0;pwned\x1b\\", "\x7f", "\x00", "\x08"]
RAW_CONTROLS = set("\x00\x07\x08\x1b\x7f\x9b")


def assert_verbatim(library: Library) -> None:
    """Every passage is its document's text[start:end], with line numbers counted over \\r\\n, \\r and \\n."""
    for p in library.passages:
        text = library.document(p.source).text
        assert p.text == text[p.start : p.end]
        lines = text.replace("\r\n", "\n").replace("\r", "\n")
        shift = text[: p.start].count("\r\n")
        assert p.start_line == lines[: p.start - shift].count("\n") + 1
        assert p.end_line >= p.start_line


def assert_terminal_safe(output: str) -> None:
    assert not RAW_CONTROLS & set(output), repr(output[:200])
    assert not any("\ud800" <= ch <= "\udfff" for ch in output)


# --- questions ------------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_unicode_question_gets_an_answer_of_verbatim_quotes(library: Library, question: str) -> None:
    result = answer(library, question)
    assert isinstance(result, Answer) and result.answered in (True, False)
    for hit in result.hits:
        assert library.document(hit.passage.source).text[hit.passage.start : hit.passage.end] == hit.passage.text
    assert_terminal_safe(plain_answer(result))


@pytest.mark.parametrize(
    "question",
    [
        "the and of what is it",
        "?!... ,,, ;;; ---",
        "🙂🙂🙂 🔥",
        "ما هو علاج ندبات حب الشباب",  # Arabic, right to left
        "e\u0301\u0301\u0301 a\u0308\u0308",  # stacked combining marks
        "\u202eevil\u202c \u200b\u200d\ufeff",  # bidi override, zero-width characters
        "scar\x00s\x00",
        "疤痕 怎么 去除",
        "Как избавиться от шрамов",
    ],
    ids=["stopwords", "punctuation", "emoji", "rtl", "combining", "bidi", "nul", "chinese", "russian"],
)
def test_odd_questions_are_answered_or_honestly_not(library: Library, question: str) -> None:
    result = answer(library, question)
    if not result.query.searched_for:
        assert not result.answered and result.hits == ()
    assert_terminal_safe(plain_answer(result))


def test_stopwords_or_punctuation_only_is_no_match_with_topics(library: Library) -> None:
    for question in ("what is the", "?!?!", "..."):
        result = answer(library, question)
        assert not result.answered and not result.hits and result.suggestions
        assert "Searched for: nothing" in plain_answer(result)


def test_a_100000_character_question_is_shortened_in_bounded_time(library: Library) -> None:
    question = ("acne scars laser " * 6000)[:100_000]
    started = time.perf_counter()
    result = answer(library, question)
    assert time.perf_counter() - started < 5
    assert any("shortened" in notice for notice in result.notices)
    assert result.question == question  # the question is echoed back whole; only the search is cut
    assert plain_answer(result).startswith(result.notices[0])


@pytest.mark.parametrize("hostile", HOSTILE)
def test_control_sequences_in_a_question_are_never_written_raw(
    library: Library, hostile: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for question in (f"zzqx {hostile} unanswerable", f"acne pits {hostile}"):
        result = answer(library, question)
        assert_terminal_safe(plain_answer(result))
        monkeypatch.setattr("scarfaq.render._is_terminal", lambda: True)  # the rich path
        assert_terminal_safe(answer_text(result))


def test_undecodable_command_line_bytes_never_reach_the_terminal() -> None:
    """A lone surrogate (a byte that was not UTF-8, e.g. a raw 0x9b = 8-bit CSI) is shown as U+FFFD."""
    assert visible("a\udc9bb\udcff") == "a\ufffdb\ufffd"
    assert len(visible("".join(HOSTILE))) == len("".join(HOSTILE))  # one for one: highlights keep their place


# --- corpus files -------------------------------------------------------------------------------------------

RUSSIAN = "Шрамы после акне\n\nЛазерная шлифовка помогает при рубцах после акне. Цена от 5000 рублей.\n"
FRENCH = "Crème cicatrisante\n\nLa crème réduit les cicatrices après l'acné. Très efficace, à éviter au soleil.\n"
GOOD = "Silicone gel\n\nSilicone gel flattens raised scars over a few months.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (RUSSIAN.encode("cp1251"), "cp1251"),
        (FRENCH.encode("cp1252"), "cp1252"),
        ("Prix : 15 € — “gel”\n".encode("cp1252"), "cp1252"),
        (b"Caf\xe9 cr\xe8me \x81\x98\n", "latin-1"),  # 0x81 is undefined in cp1252, 0x98 in cp1251
        (RUSSIAN.encode("utf-16"), "utf-16"),
        (FRENCH.encode("utf-8-sig"), "utf-8"),
    ],
    ids=["cp1251", "cp1252", "cp1252 quotes", "latin-1", "utf-16", "utf-8 bom"],
)
def test_non_utf8_files_are_read_with_the_stated_fallback(tmp_path: Path, data: bytes, encoding: str) -> None:
    folder = write_corpus(tmp_path, {"doc.txt": data, "good.txt": GOOD})
    corpus = load_corpus(folder)
    document = {d.source: d for d in corpus.documents}["doc.txt"]
    assert document.encoding == encoding
    assert document.text == data.decode(encoding)
    assert corpus.warnings == (() if encoding == "utf-8" else (f"doc.txt is not UTF-8: read as {encoding}",))
    assert_verbatim(Library.build(corpus))


@pytest.mark.parametrize(
    "text",
    [
        "Ça a été déjà très réussi : l'élève préféré a créé à côté où été événementiel.",
        "Größere Narben können durch Schälkuren geglättet werden; Rötungen für Tage möglich.",
        "Cicatrices de acné: tratamiento con láser fraccionado, niño, señora, también así.",
        "Cicatrizes de acne: tratamento a laser, não é possível, coração, ações já então.",
    ],
    ids=["french", "german", "spanish", "portuguese"],
)
def test_western_text_is_never_taken_for_cyrillic(text: str) -> None:
    """The cp1251 check: accented Western letters are a small share of the letters, under the threshold."""
    assert decode(text.encode("cp1252")) == (text, "cp1252")


def test_russian_in_cp1251_answers_in_russian(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path, {"ru.txt": RUSSIAN.encode("cp1251"), "good.txt": GOOD})
    result = answer(open_library(folder), "шлифовка цена")
    assert result.answered and result.hits[0].passage.source == "ru.txt"
    assert "Лазерная шлифовка" in result.hits[0].passage.text


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "fifo.txt")


def _device(folder: Path) -> None:
    (folder / "zero.txt").symlink_to("/dev/zero")


def _loop(folder: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..")
    (folder / "sub" / "self").symlink_to("self")  # a symlink to itself


def _dangling(folder: Path) -> None:
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")


@pytest.mark.parametrize(
    ("make", "warning"),
    [
        (lambda f: (f / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(200)), "binary"),
        (lambda f: (f / "empty.md").write_bytes(b""), "empty"),
        (lambda f: (f / "blank.md").write_bytes(b" \r\n\t\n\xef\xbb\xbf  \n"), "empty"),
        (_fifo, "not a regular file"),
        (_device, "outside the corpus folder (--follow-links reads it)"),
        (_dangling, "no such file"),
        (_loop, None),
    ],
    ids=["binary", "empty", "blank with bom", "fifo", "device", "dangling symlink", "symlink loop"],
)
def test_broken_files_are_warned_and_skipped_and_the_rest_still_answers(tmp_path: Path, make, warning) -> None:
    folder = write_corpus(tmp_path / "docs", {"good.txt": GOOD})
    make(folder)
    library = open_library(folder)
    assert [d.source for d in library.documents] == ["good.txt"]
    if warning:
        assert len(library.warnings) == 1 and warning in library.warnings[0]
    assert answer(library, "silicone gel for raised scars").answered


def test_a_followed_link_to_a_device_is_still_skipped(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "docs", {"good.txt": GOOD})
    _device(folder)
    library = open_library(folder, follow_links=True)
    assert [d.source for d in library.documents] == ["good.txt"]
    assert library.warnings == ("skipped zero.txt: not a regular file",)


def test_unreadable_files_are_warned_and_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_corpus(tmp_path, {"good.txt": GOOD, "secret.txt": "Private\n\nNot for you.\n"})
    secret = folder / "secret.txt"
    secret.chmod(0)
    try:
        if os.access(secret, os.R_OK):  # root reads anything: simulate the refusal instead
            real = Path.open

            def refusing(path: Path, *args, **kwargs):
                if path.name == "secret.txt":
                    raise PermissionError(13, "Permission denied", str(path))
                return real(path, *args, **kwargs)

            monkeypatch.setattr(Path, "open", refusing)
        library = open_library(folder)
    finally:
        secret.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert [d.source for d in library.documents] == ["good.txt"]
    assert library.warnings == ("skipped secret.txt: permission denied",)


def test_a_file_that_vanishes_or_changes_between_listing_and_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_corpus(tmp_path, {"a.txt": GOOD, "b.txt": "Laser\n\nLaser resurfacing.\n", "c.txt": FRENCH})
    listed = corpus_module.document_paths

    def listing_then_changes(root: Path, follow_links: bool = False) -> tuple[list[Path], list[str]]:
        paths = listed(root, follow_links)
        (root / "b.txt").unlink()
        (root / "c.txt").write_bytes(b"\x00\x01 now binary")
        (root / "a.txt").write_text(GOOD + "\nMassage helps too.\n")
        return paths

    monkeypatch.setattr(corpus_module, "document_paths", listing_then_changes)
    library = open_library(folder)
    assert [d.source for d in library.documents] == ["a.txt"]
    assert library.warnings == ("skipped b.txt: no such file or directory", "skipped c.txt: binary file")
    assert "Massage helps too." in library.documents[0].text  # what was read is what is quoted
    assert_verbatim(library)


@pytest.mark.parametrize(
    "files",
    [{}, {"a.txt": b""}, {"a.txt": b"\x00binary"}, {"a.md": "...\n\n!!! ???\n"}, {"a.md": "\ufeff\n \n"},
     {"notes.pdf": "Silicone gel helps"}],
    ids=["no files", "empty", "binary", "punctuation only", "bom only", "no .txt/.md"],
)
def test_a_folder_with_nothing_to_answer_from_is_a_clear_corpus_error(tmp_path: Path, files) -> None:
    folder = write_corpus(tmp_path / "docs", files)
    folder.mkdir(exist_ok=True)
    with pytest.raises(CorpusError, match="no readable|hold no"):
        open_library(folder)


# --- the index cache ----------------------------------------------------------------------------------------


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "docs", {"a.txt": GOOD, "b.md": "Laser\n\nFractional laser for acne scars.\n"})


def test_an_unreadable_cache_file_is_rebuilt(docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reference = open_library(docs)

    def refusing(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(cache_files, "_open", refusing)  # the cache's one way to open its files
    library, status = load_library(docs)
    assert not status.reused and library.passages == reference.passages


def test_a_cache_file_of_another_user_is_replaced_or_bypassed(docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = load_library(docs)[1].path
    path = folder / "meta.json"
    path.write_bytes(b"written by someone else")
    os.chown(path, 65534, 65534) if os.geteuid() == 0 else None
    path.chmod(0o444)
    library, status = load_library(docs)
    assert library.passages and not status.reused
    path = cache.cache_path(docs)
    real_replace = os.replace

    def refusing(src, dst):  # a cache folder where we may not rename (another user's, sticky, read-only)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refusing)
    library, status = load_library(docs, rebuild=True)
    assert status.path is None and "permission denied" in library.warnings[-1]
    monkeypatch.setattr(os, "replace", real_replace)
    assert [p for p in path.iterdir() if p.suffix == ".tmp"] == []


def test_a_cache_path_that_is_a_file_works_without_cache(docs: Path) -> None:
    cache.cache_path(docs).parent.mkdir(parents=True)
    cache.cache_path(docs).write_text("a file where the corpus's cache folder goes")
    library, status = load_library(docs)
    assert status.path is None and library.passages and "index cache disabled" in library.warnings[-1]


def test_a_read_only_cache_dir_works_without_cache(docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro-cache"
    (folder / "index").mkdir(parents=True)
    (folder / "index").chmod(0o555)
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    try:
        if os.access(folder / "index", os.W_OK):  # root writes anywhere: simulate the refusal

            def refusing(*args, **kwargs):
                raise PermissionError(13, "Permission denied")

            monkeypatch.setattr(cache_files.tempfile, "mkdtemp", refusing)
        library, status = load_library(docs)
    finally:
        (folder / "index").chmod(0o755)
    assert status.path is None and "permission denied" in library.warnings[-1]
    assert answer(library, "silicone gel").answered
