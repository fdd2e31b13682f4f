"""The stems an index keeps (stems.py) are nltk's own, and cover the words questions use."""

from __future__ import annotations

import pytest
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
    analysis.remember_stems(library.stems)  # type: ignore[arg-type]
    assert analysis.stem.__wrapped__(word) == NLTK.stem(word)


def test_a_table_finds_only_its_own_words() -> None:
    table = StemTable.of(["scars", "scarring", "lasers", "x" * (MAX_WORD + 1)]).checked()
    assert table.get("scars") == NLTK.stem("scars") and table.get("lasers") == "laser"
    assert table.get("scar") is None and table.get("scars\0") is None and table.get("") is None
    assert table.get("x" * (MAX_WORD + 1)) is None  # left to the stemmer: the array would be as wide


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.integers(min_value=0), st.text(alphabet="abcdefghijklmnopqrstuvwxyzé'\0", max_size=30)),
                max_size=30))
def test_many_words_looked_up_at_once_get_what_each_gets_alone(library: Library, picks: list[int | str]) -> None:
    """The table's own words (and their neighbours in the alphabet, which it may lack), other words, words
    wider than the table and words holding a NUL: `get_many` answers as `get` does for each."""
    table = library.stems
    assert table is not None
    sought = []
    for pick in picks:
        word = str(table.words[pick % len(table)]) if isinstance(pick, int) else pick
        sought += [word, word + "s", word[:-1]] if isinstance(pick, int) else [word]
    assert table.get_many(sought) == [table.get(word) for word in sought]


def test_a_table_looks_many_words_up_as_it_looks_up_one() -> None:
    table = StemTable.of(["scars", "scarring", "lasers"]).checked()
    sought = ["scars", "scar", "lasers", "scars\0", "", "x" * (MAX_WORD + 1), "zzz", "a", "lasers"]
    assert table.get_many(sought) == ["scar", None, "laser", None, None, None, None, None, "laser"]
    assert StemTable.of([]).get_many(["scars", ""]) == [None, None] and table.get_many([]) == []


def test_the_stems_of_many_words_are_each_ones_stem(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    """Remembered or not (a word the table lacks goes to the stemmer), and with no table remembered at all."""
    some = ["scars", "pitz", "lazers", "the", "x" * (MAX_WORD + 3), "antidisestablishmentarianisms", "", "scar\0"]
    analysis.remember_stems(library.stems)  # type: ignore[arg-type]
    assert analysis.stems(some) == [NLTK.stem(word) for word in some]
    monkeypatch.setattr(analysis, "_remembered", None)
    assert analysis.stems(some) == [NLTK.stem(word) for word in some]
