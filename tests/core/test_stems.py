"""The stems an index keeps (stems.py) are nltk's own, and cover the words questions use."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.stem.snowball import SnowballStemmer

from scarfaq import analysis
from scarfaq.analysis import normalize, stopwords, words
from scarfaq.library import Library
from scarfaq.stems import EVERYDAY, MAX_WORD, StemTable

NLTK = SnowballStemmer("english")


def test_every_remembered_stem_is_the_stemmers_own(library: Library) -> None:
    assert library.stems is not None and len(library.stems) > 20_000
    remembered = dict(zip(library.stems.words.tolist(), library.stems.stems.tolist()))
    assert {word: NLTK.stem(word) for word in remembered} == remembered


def test_the_tables_hold_the_corpus_the_knowledge_file_and_everyday_english(library: Library) -> None:
    assert library.stems is not None and library.alternates is not None
    asked = {normalize(w) for q in library.alternates.questions for w in words(q)}
    used = {w for w in [*library.speller._counts, *stopwords(), *asked] if len(w) <= MAX_WORD}
    missing = {w for w in used if w not in library.stems}
    assert not missing, sorted(missing)[:20]
    assert all(w in library.stems for w in library.english.at_least(EVERYDAY))
    assert all(w in library.stems for w in ("price", "weekend", "cheaper", "pockmarks", "the"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz'éß0123456789", min_size=1, max_size=30))
def test_a_question_word_gets_the_stemmers_stem_whether_remembered_or_not(library: Library, word: str) -> None:
    analysis.remember_stems(library.stems.get)  # type: ignore[union-attr]
    assert analysis.stem.__wrapped__(word) == NLTK.stem(word)


def test_a_table_finds_only_its_own_words() -> None:
    table = StemTable.of(["scars", "scarring", "lasers", "x" * (MAX_WORD + 1)]).checked()
    assert table.get("scars") == NLTK.stem("scars") and table.get("lasers") == "laser"
    assert table.get("scar") is None and table.get("scars\0") is None and table.get("") is None
    assert table.get("x" * (MAX_WORD + 1)) is None  # left to the stemmer: the array would be as wide
