"""The knowledge file: alternate questions tied to passages by anchors, searched but never quoted."""

from __future__ import annotations

from pathlib import Path

import pytest

from scarfaq import knowledge
from scarfaq.answer import answer
from scarfaq.library import Library, load_library, open_library
from scarfaq.settings import Settings
from tests.conftest import CORPUS, write_corpus

DOCUMENT = """Home care

Rosehip oil, rubbed in twice a day, softens a fresh scar within a few weeks.

Clinic care

Dermabrasion removes the top layer of the skin under local anaesthesia.
"""


def _corpus(tmp_path: Path, questions: str) -> Path:
    return write_corpus(tmp_path / "docs", {"care.txt": DOCUMENT, ".scarfaq/questions.txt": questions})


def test_blocks_parse_with_comments_and_blank_lines() -> None:
    blocks = knowledge.parse("# about\n> Rosehip oil\nwhat oil helps\n\n  how often do I rub it in  \n> Dermabrasion\n")
    assert [(b.anchor, b.questions) for b in blocks] == [
        ("Rosehip oil", ("what oil helps", "how often do I rub it in")),
        ("Dermabrasion", ()),
    ]
    assert blocks[0].line == 2


def test_alternate_questions_find_a_passage_the_question_shares_no_word_with(tmp_path: Path) -> None:
    question = "what can I smear on a new mark at night"
    plain = open_library(_corpus(tmp_path, ""))
    assert not answer(plain, question).answered
    with_file = open_library(_corpus(tmp_path / "b", "> Rosehip oil, rubbed in\nwhat can I smear on a new mark\n"))
    result = answer(with_file, question)
    assert result.answered and "Rosehip oil" in result.hits[0].passage.text


def test_alternate_questions_are_never_quoted(tmp_path: Path) -> None:
    library = open_library(_corpus(tmp_path, "> Dermabrasion removes\nsanding my face smooth\n"))
    result = answer(library, "sanding my face smooth")
    document = library.documents[0].text
    for hit in result.hits:
        assert hit.passage.text == document[hit.passage.start : hit.passage.end]
        assert "sanding" not in hit.passage.text


def test_a_stale_anchor_warns_and_the_rest_still_work(tmp_path: Path) -> None:
    library, _ = load_library(_corpus(tmp_path, "> This sentence is gone\nold question\n\n> Dermabrasion\nskin sanding\n"))
    assert any("anchor not found" in w and "questions.txt:1" in w for w in library.warnings)
    assert answer(library, "skin sanding").answered
    cached, status = load_library(library.root)
    assert status.reused and cached.warnings == library.warnings


@pytest.mark.parametrize("content", [b"\xff\xfe\x00garbage", b"> \n\n>\n", b"just words, no anchor\n", b""])
def test_odd_knowledge_files_never_crash(tmp_path: Path, content: bytes) -> None:
    root = write_corpus(tmp_path / "docs", {"care.txt": DOCUMENT, ".scarfaq/questions.txt": content})
    assert answer(open_library(root), "dermabrasion").answered


def test_a_knowledge_file_that_is_a_folder_is_skipped_with_a_warning(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "docs", {"care.txt": DOCUMENT})
    (root / ".scarfaq" / "questions.txt").mkdir(parents=True)
    library = open_library(root)
    assert any("questions.txt ignored: not a regular file" in w for w in library.warnings)


def test_the_shipped_knowledge_file_anchors_all_match(library: Library) -> None:
    assert not [w for w in library.warnings if "anchor" in w]
    assert library.alternates is not None and len(library.alternates.questions) > 500


def test_switching_alternates_off_is_plain_retrieval(library: Library) -> None:
    result = answer(library, "contractubex price", settings=Settings(alternates=False))
    assert result.answered and all(hit.alternate == "" for hit in result.hits)


def test_editing_the_knowledge_file_rebuilds_the_cache(tmp_path: Path) -> None:
    root = _corpus(tmp_path, "> Dermabrasion\nskin sanding\n")
    assert not load_library(root)[1].reused
    assert load_library(root)[1].reused
    (root / knowledge.KNOWLEDGE_PATH).write_text("> Dermabrasion\nskin sanding\nface sanding\n", encoding="utf-8")
    library, status = load_library(root)
    assert not status.reused and library.alternates is not None and len(library.alternates.questions) == 2


def test_shipped_corpus_fixture_is_the_default() -> None:
    assert (CORPUS / knowledge.KNOWLEDGE_PATH).is_file()


def test_an_anchor_in_a_lead_in_that_is_never_quoted_alone_ties_to_what_it_leads_to(tmp_path: Path) -> None:
    guide = ("Testing\n=======\n\nAn example of a simple test:\n\n.. code-block:: python\n\n"
             "    def test_answer():\n        assert inc(3) == 5\n")
    questions = "> An example of a simple test:\nshow me a sample unit check\n"
    folder = write_corpus(tmp_path / "docs", {"guide.rst": guide, ".scarfaq/questions.txt": questions})
    library = open_library(folder)
    assert not any("anchor not found" in w for w in library.warnings)
    result = answer(library, "show me a sample unit check")
    assert result.answered and "def test_answer" in result.hits[0].passage.text


def test_each_alternate_questions_terms_are_kept_as_analysed(library: Library) -> None:
    """Ranking weighs a passage's best-matching question by its terms as the build analysed them, also after
    a run loads them from the cache."""
    from scarfaq.analysis import terms

    loaded = open_library(CORPUS).alternates
    for alternates in (library.alternates, loaded):
        assert alternates is not None and len(alternates.terms) == len(alternates.questions)
        for number, question in enumerate(alternates.questions):
            assert alternates.question_terms(number) == frozenset(terms(question))


def test_a_typo_the_knowledge_file_shares_is_read_as_the_documents_word_and_a_misspelled_stopword_drops_out(
        tmp_path: Path) -> None:
    """The file keeps typos on purpose, so "rosehp" is a word it knows; a reader who types it means the
    documents' "rosehip" (a new user's "best tretment for boxcar scars" was refused while it was not read so)."""
    from scarfaq.query import read_question

    library = open_library(_corpus(tmp_path, "> Rosehip oil, rubbed in\nwill thier marks fade with rosehp oil\n"))
    query = read_question(library, "does thier rosehp trick work")
    assert ("thier", "their") in query.corrections  # somewhat English: the far more common word
    assert "thier" not in query.term_weights()
    assert ("rosehp", "rosehip") in query.corrections  # not English at all: the documents' word
    assert "Rosehip oil" in answer(library, "rosehp marks").hits[0].passage.text


def test_more_knowledge_files_beside_the_first_are_read_after_it_and_warn_by_their_own_name(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "docs", {
        "care.txt": DOCUMENT,
        ".scarfaq/questions.txt": "> Rosehip oil\nwhat can I smear on a new mark\n",
        ".scarfaq/questions-more.txt": "# a second writer\n> Dermabrasion removes\nsanding my face smooth\n\n> Gone\nold\n",
    })
    library, _ = load_library(root)
    assert "Dermabrasion" in answer(library, "sanding my face smooth").hits[0].passage.text
    assert "Rosehip oil" in answer(library, "what can I smear on a new mark").hits[0].passage.text
    assert any(w.startswith(".scarfaq/questions-more.txt:5: anchor not found") for w in library.warnings)
    (root / ".scarfaq" / "questions-more.txt").unlink()
    rebuilt, status = load_library(root)
    assert not status.reused  # a knowledge file gone is a change of the corpus
    assert not answer(rebuilt, "sanding my face smooth").answered
