"""Synonym rules: Solr's format, matching on analysed words, and a faithful round trip through the cache."""

from __future__ import annotations

import pytest

from scarfaq.analysis import tokenize
from scarfaq.synonyms import Synonyms

RULES = """
# comment
pockmark, pitted scar, atrophic scar
downtime, healing time => rehabilitation period
how much => price, cost
"""


def expansions(synonyms: Synonyms, question: str) -> set[tuple[str, ...]]:
    return {p for e in synonyms.expand(tokenize(question)) for p in e.phrases}


def test_equivalence_groups_work_both_ways_and_one_way_rules_do_not() -> None:
    synonyms = Synonyms.parse(RULES)
    assert ("pit", "scar") in expansions(synonyms, "I have pockmarks")
    assert ("pockmark",) in expansions(synonyms, "atrophic scars on my cheeks")
    assert ("rehabilit", "period") in expansions(synonyms, "what is the downtime?")
    assert ("downtim",) not in expansions(synonyms, "how long is the rehabilitation period")


def test_stopword_phrases_match_on_their_words_as_typed() -> None:
    synonyms = Synonyms.parse(RULES)
    assert ("price",) in expansions(synonyms, "how much is it")
    assert ("price",) not in expansions(synonyms, "is it much")


def test_the_cache_round_trip_keeps_every_rule(library) -> None:
    rebuilt = Synonyms.from_data(library.synonyms.to_data())
    for question in ("downtime after laser", "how much is it", "shilajit for scars", "put me to sleep"):
        tokens = tokenize(question)
        assert rebuilt.expand(tokens) == library.synonyms.expand(tokens)
    assert rebuilt.words() == library.synonyms.words()


@pytest.mark.parametrize("data", [{}, {"phrases": "x", "rules": [], "words": []}, {"phrases": [], "rules": [[0]], "words": []}])
def test_malformed_cached_rules_are_refused(data: dict) -> None:
    with pytest.raises((ValueError, TypeError, KeyError, IndexError)):
        Synonyms.from_data(data)
