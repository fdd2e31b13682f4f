"""Words: everyday English weighs less than topic words; word forms meet; spelling leaves English alone."""

from __future__ import annotations

import pytest

from scarfaq.analysis import stem
from scarfaq.answer import answer
from scarfaq.english import EnglishWords, specificity
from scarfaq.forms import families, root
from scarfaq.library import Library
from scarfaq.query import read_question
from scarfaq.settings import Settings
from scarfaq.spelling import SpellingCorrector, _squeezed

ENGLISH = EnglishWords.from_pairs({"the": 7.7, "price": 5.2, "laser": 4.2, "their": 6.3, "definition": 4.5,
                                    "elect": 4.0, "eject": 2.99, "teach": 4.7, "tech": 4.5, "yards": 4.3,
                                    "scare": 4.6})


def test_the_english_table_looks_words_up_exactly() -> None:
    assert ENGLISH.zipf("price") == 5.2 and ENGLISH.zipf("pric") == 0.0 and ENGLISH.zipf("") == 0.0
    assert ENGLISH.zipf("the\tprice") == 0.0 and len(ENGLISH) == 11
    assert ENGLISH.words_from("t", 5.0) == ["the", "their"]


@pytest.mark.parametrize(("zipf", "factor"), [(0.0, 1.0), (3.5, 1.0), (4.75, 0.5), (6.0, 0.2), (7.7, 0.2)])
def test_specificity_falls_from_rare_to_common_words(zipf: float, factor: float) -> None:
    assert specificity(zipf, common=6.0, rare=3.5, floor=0.2) == pytest.approx(factor)


def test_everyday_words_weigh_less_than_topic_words(library: Library) -> None:
    question = "fastest fix for laser resurfacing pits"
    weighed = {c.word: c for c in read_question(library, question).concepts}
    plain = {c.word: c for c in read_question(library, question, settings=Settings(english_weights=False)).concepts}
    assert weighed["resurfacing"].weight == plain["resurfacing"].weight  # not an everyday word
    assert weighed["fix"].weight <= 0.5 * plain["fix"].weight  # an everyday one
    assert weighed["fix"].specificity < 0.6 <= weighed["pits"].specificity


def test_an_off_topic_question_with_one_rare_corpus_word_is_refused(library: Library) -> None:
    # "Kyiv" occurs in a reader's comment: rare in the corpus, but the question is about the weather.
    assert any("Kyiv" in d.text for d in library.documents)
    assert not answer(library, "what will the weather be like in kyiv tomorrow").answered


@pytest.mark.parametrize(
    ("words", "shared"),
    [(("surgery", "surgical", "surgeon"), "surg"), (("fast", "faster", "fastest"), "fast"),
     (("react", "reaction"), "react"), (("cheap", "cheapest"), "cheap")],
)
def test_derivational_and_degree_forms_share_a_root(words: tuple[str, ...], shared: str) -> None:
    from scarfaq.analysis import stem

    assert {root(stem(w)) for w in words} == {shared}


def test_short_roots_are_not_conflated() -> None:
    assert root("laser") == "laser" and root("scar") == "scar"
    assert families(["scar", "laser", "surgeri", "surgic"]) == {"surg": ("surgeri", "surgic")}


def test_another_form_of_a_word_the_corpus_lacks_bridges_to_the_forms_it_has(library: Library) -> None:
    from scarfaq.analysis import stem

    assert library.index.term_id(stem("fastest")) is None
    concept = read_question(library, "fastest option").concepts[0]
    assert {("fast",), ("faster",)} <= {p for p, credit in concept.phrases.items() if credit < 1}


def test_a_word_the_corpus_has_is_not_blurred_by_its_other_forms(library: Library) -> None:
    concept = read_question(library, "surgical options").concepts[0]
    assert list(concept.phrases) == [("surgic",)]


@pytest.fixture
def speller() -> SpellingCorrector:
    return SpellingCorrector(["scar", "cream", "dermabrasion", "election", "technology", "hiding", "wherever"], ENGLISH)


@pytest.mark.parametrize(("typo", "fixed"), [("scra", "scar"), ("creem", "cream"), ("dermabraison", "dermabrasion")])
def test_typos_of_corpus_words_are_corrected(speller: SpellingCorrector, typo: str, fixed: str) -> None:
    assert speller.correct(typo) == fixed


@pytest.mark.parametrize("word", ["teach", "price", "laser", "eject"])
def test_ordinary_english_words_are_never_corrected_to_corpus_words(speller: SpellingCorrector, word: str) -> None:
    assert speller.correct(word) in (None,)


def test_misspelled_everyday_words_become_the_everyday_word(speller: SpellingCorrector) -> None:
    assert speller.correct("thier") == "their"
    assert speller.correct("defenition") == "definition"


def test_a_short_name_is_not_made_into_an_everyday_word_the_documents_lack(speller: SpellingCorrector) -> None:
    """"yargs" (a library the documents never name) read as "yards" would tell the reader something false;
    a short non-English word may still become a corpus word ("scarz" → "scar")."""
    assert speller.correct("yargs") is None
    assert speller.correct("scarz") == "scar"


def test_a_misspelled_stopword_drops_out_of_the_question(library: Library) -> None:
    query = read_question(library, "will acne pits go away on thier own")
    assert ("thier", "their") in query.corrections
    assert "thier" not in query.searched_for and "their" not in query.searched_for


def test_topic_words_are_the_corpus_own_not_everyday_or_one_comment_words(library: Library) -> None:
    from scarfaq.analysis import stem

    assert {stem(w) for w in ("laser", "scar", "contractubex", "dermabrasion")} <= library.topical
    assert not {stem(w) for w in ("get", "kyiv", "weather", "1000")} & library.topical


def test_a_question_mostly_about_something_the_documents_never_name_is_refused(library: Library) -> None:
    # Every word but one is the documents' own; the one they never use is what the question is about.
    result = answer(library, "can a chemical peel remove my underarm freckles")
    assert not result.answered
    assert answer(library, "can a chemical peel remove acne pits").answered


@pytest.mark.parametrize("question", ["why r my acne scars pink", "wat cream for acne scars", "acne scars cuz of picking"])
def test_texting_spellings_of_stopwords_are_not_topics(library: Library, question: str) -> None:
    """A texted "r" or "wat" is a stopword, not the rarest word of the question."""
    searched = read_question(library, question).searched_for
    assert not {"r", "wat", "cuz"} & set(searched)
    assert "acne" in searched


def test_a_name_one_doubled_letter_from_a_corpus_word_is_that_word() -> None:
    """"pitts" is a surname in English, so it is not corrected like a non-word; but a letter doubled is the
    commonest typo there is, and "eject" (one letter changed from "elect") stays as typed."""
    english = EnglishWords.from_pairs({"pitts": 2.9, "eject": 2.99, "elect": 4.0})
    speller = SpellingCorrector(["pits", "acne", "election", "elect"], english)
    assert speller.correct("pitts") == "pits"
    assert speller.correct("eject") is None


def test_of_corpus_words_as_close_the_one_whose_forms_are_used_most_wins() -> None:
    """"lazers" is one letter from "layers" and from "lasers": the corpus that says "laser" often means that."""
    speller = SpellingCorrector(["layers"] * 5 + ["lasers"] * 2 + ["laser"] * 40, ENGLISH)
    assert speller.correct("lazers") == "lasers"


def test_a_knowledge_file_typo_that_misspells_a_documents_word_is_read_as_that_word() -> None:
    """The knowledge file keeps typos on purpose ("tretment"), so the word is known; a reader who types it
    still means the documents' word. A rare English word only the file uses ("sanding") stays as typed."""
    english = EnglishWords.from_pairs({"sanding": 2.5, "standing": 4.6})
    speller = SpellingCorrector(["treatment", "standing", "contractubex"], english)
    assert speller.documents_word("tretment") == "treatment"
    assert speller.documents_word("contractubx") == "contractubex"
    assert speller.documents_word("sanding") is None


def test_the_candidates_of_a_letter_are_sorted_as_the_whole_list_would_be(library: Library) -> None:
    """Sorted for one first letter when a word of that letter needs them: the very lists (and the words
    by their squeezed letters) that sorting every known word at once and splitting it by letter gives."""
    speller = SpellingCorrector(library.speller._counts, library.english)
    counts = speller._counts
    every = [w for w in sorted(counts, key=lambda w: (-counts[w], w)) if len(w) >= 3 and w.isalpha()]
    squeezed: dict[str, str] = {}
    for word in every:
        if len(word) >= 4:
            squeezed.setdefault(_squeezed(word), word)
    initials = {w[0] for w in every}
    assert len(initials) > 20
    for initial in sorted(initials) + ["é", "q"]:
        assert speller._starting_with(initial) == [w for w in every if w[0] == initial]
        assert speller._by_squeezed(initial) == {k: w for k, w in squeezed.items() if k[0] == initial}


def test_a_words_family_is_every_known_form_with_its_stem(library: Library) -> None:
    speller = SpellingCorrector(library.speller._counts, library.english)
    counts = speller._counts
    for word in ("lasers", "pits", "scarring", "treatments", "pitz", "qqqq"):
        assert speller._family_count(word) == sum(n for w, n in counts.items() if stem(w) == stem(word))


def test_a_typo_with_one_closest_word_is_corrected_without_stemming_the_known_words() -> None:
    """Weighing the closest words by their families stems every known word: not done for a single one."""
    speller = SpellingCorrector(["scar"] * 3 + ["cream", "creams"], ENGLISH)
    assert speller.correct("creem") == "cream"
    assert speller._stems is None
    assert speller.correct("scarz") == "scar" and speller._stems is None
