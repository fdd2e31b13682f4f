"""The corpus's own names (products, brands) are found from how the corpus writes them."""

from __future__ import annotations

from scarfaq.analysis import stem
from scarfaq.library import Library
from scarfaq.names import proper_nouns


def test_names_written_capitalized_mid_sentence_are_names() -> None:
    text = "Apply Zeraderm twice a day. Many like Zeraderm and mederma. Treatment takes weeks; treatment hurts."
    names = proper_nouns([text])
    assert stem("zeraderm") in names
    assert stem("treatment") not in names  # capitalized only at the start of a sentence, and lower case too
    assert stem("mederma") not in names


def test_the_default_corpus_names_its_products(library: Library) -> None:
    for product in ("contractubex", "dermatix", "mederma", "fraxel"):
        assert stem(product) in library.names
    for word in ("laser", "scar", "cost", "session"):
        assert stem(word) not in library.names
