"""Derives vocabulary.py (typos.py): the words the rules' patterns spell, and the everyday English words one
edit from them, which are never read as typos. Run

    python -m scarfaq.safety.typo_table

after changing a rule; tests/test_safety_typos.py fails until then.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from scarfaq.safety.engine import Rule
from scarfaq.safety.prefilter import exact_runs
from scarfaq.safety.typos import EVERYDAY, MIN_LENGTH, one_edit

def rule_words(rules: Iterable[Rule], english: dict[str, float]) -> set[str]:
    """The English words of five letters or more that the rules' patterns match literally."""
    words: set[str] = set()
    for rule in rules:
        for source in (*rule.gating, rule.forbids, rule.clause_excludes):
            for text in exact_runs(source) if source else ():
                words.update(w for w in re.findall(r"[a-z]+", text) if len(w) >= MIN_LENGTH and w in english)
    return words


def near_english(words: set[str], english: dict[str, float]) -> set[str]:
    """Everyday English words one edit from a rule word: read as themselves, never as a typo."""
    by_initial: dict[str, list[str]] = {}
    for w in words:
        by_initial.setdefault(w[0], []).append(w)
    return {
        e for e, zipf in english.items()
        if zipf >= EVERYDAY and len(e) >= MIN_LENGTH and e not in words
        and any(one_edit(e, w) for w in by_initial.get(e[0], ()))
    }


def _english() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return {
        w: math.log10(f * 1e9) for w, f in get_frequency_dict("en", wordlist="large").items()
        if w.isalpha() and w.isascii() and math.log10(f * 1e9) >= 1.0
    }


def derive(rules: Iterable[Rule]) -> tuple[frozenset[str], frozenset[str]]:
    """The two tables of vocabulary.py: the rule words, and the everyday words near them."""
    english = _english()
    words = rule_words(rules, english)
    return frozenset(words), frozenset(near_english(words, english))


def _render(words: frozenset[str], near: frozenset[str]) -> str:
    def block(name: str, items: frozenset[str]) -> list[str]:
        lines, line = [f"{name} = ("], ""
        for w in sorted(items):
            if len(line) + len(w) + 10 > 112:
                lines.append(f'    "{line}"')
                line = ""
            line += f"{w} "
        return [*lines, f'    "{line}"', ")", ""]

    return "\n".join([
        '"""The words the safety rules spell and the everyday words one edit from them, derived by typo_table.py.',
        "Do not edit: regenerate with", "", "    python -m scarfaq.safety.typo_table", "",
        "Each table is one string of words, read into a set when first needed (typos.tables): a set literal of",
        'thousands of words cost every import of the safety rules two milliseconds.', '"""', "",
        "from __future__ import annotations", "",
        *block("RULE_WORDS", words), *block("NEAR_ENGLISH", near),
    ])


def main() -> None:
    """Write vocabulary.py next to this module from the current rules."""
    from scarfaq.safety.rules import RECALL_RULES, RED_FLAG_RULES

    path = Path(__file__).with_name("vocabulary.py")
    path.write_text(_render(*derive(RED_FLAG_RULES + RECALL_RULES)), encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
