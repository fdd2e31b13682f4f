"""The corpus's own names (products, brands) are found from how the corpus writes them."""

from __future__ import annotations

import re
import threading
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from scarfaq.analysis import normalize, stem
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


_SENTENCE_END = re.compile(r"[.!?:;•\-–—\"“”(\[]\s*$|^\s*$")


def _proper_nouns_as_first_written(texts: list[str]) -> frozenset[str]:
    """The first, quadratic implementation (it searched each word's line prefix): the rules to keep."""
    capitalized: Counter[str] = Counter()
    initial: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        for line in text.splitlines():
            for match in re.finditer(r"[^\W\d_]{3,}", line):
                word = match.group()
                if word[0].islower():
                    lower[normalize(word)] += 1
                elif word.isupper():
                    continue
                elif _SENTENCE_END.search(line[: match.start()]):
                    initial[normalize(word)] += 1
                else:
                    capitalized[normalize(word)] += 1
    names = {w for w, n in capitalized.items() if n > lower[w]}
    names |= {w for w, n in initial.items() if n >= 2 and not lower[w]}
    return frozenset(stem(w) for w in names)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="Ab Zed zed QQQ Éx .!:-—“(\n\t\u2028\x1c1_", max_size=120), max_size=4))
def test_names_follow_the_rules_they_were_first_written_with(texts: list[str]) -> None:
    assert proper_nouns(texts) == _proper_nouns_as_first_written(texts)


def test_a_megabyte_line_of_names_is_read_in_one_pass() -> None:
    """One 200 KB line of names took 47 s (each word searched its line from the start), 1 MB never ended."""
    line = "Zeraderm Contractubex Mederma Kelofibrase Dermatix, " * 20_000  # 1 MB, one line
    result: list[frozenset[str]] = []
    worker = threading.Thread(target=lambda: result.append(proper_nouns([line])), daemon=True)
    worker.start()
    worker.join(timeout=120)  # a hang guard, not a speed test: one pass takes about a second
    assert result and stem("zeraderm") in result[0] and stem("mederma") in result[0]
