"""A literal prefilter derived from the rules' patterns: text a pattern cannot match without.

For each pattern a rule needs to match (its mention, its partner, its clause and question conditions), and
for the cues every question is read with (gates.EVERY_QUESTION_CUES), the derivation finds a few literal
substrings one of which every match contains ("fev", "feav" for a fever). A question that holds none of
them cannot fire the rule, or meet the cue, so the engine skips it without compiling or running its regex.
The table is derived once and stored in literals.py; tests/test_safety_prefilter.py fails when a pattern
changes and the stored table no longer matches. Regenerate it with

    python -m scarfaq.safety.prefilter

The derivation reads a pattern's parse tree (the standard library's regex parser); it is used only here,
never at question time.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable
from pathlib import Path

from scarfaq.safety.gates import literals_key

try:  # Python 3.11 moved the parser
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

#: Words shorter than this are too common to skip anything: a pattern left with one has no prefilter. A
#: literal without a letter may be shorter: numbers and quotation marks are rare in questions ("39" of a
#: temperature, the quotation marks around a word talked about).
MIN_LENGTH = 3
#: Literals this long are rare enough: between two such sets, the one of fewer literals is chosen.
SELECTIVE_LENGTH = 5
#: The most alternatives an exact-strings set may grow to while literals are joined.
MAX_STRINGS = 64

_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)}
_GROUPS = {sre_constants.SUBPATTERN, getattr(sre_constants, "ATOMIC_GROUP", None)}

Strings = frozenset[str]


def required_literals(source: str) -> tuple[str, ...]:
    """Literals one of which every match of the pattern contains in a text whose white space is single
    spaces (gates.single_spaced), sorted; () if there are none good enough."""
    needed = _SPACED.needs(sre_parse.parse(source))
    return tuple(sorted(needed)) if needed else ()


def derive(sources: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The table: for each pattern (gates.prefiltered), its required literals (only those that have some)."""
    table: dict[str, tuple[str, ...]] = {}
    for source in sources:
        literals = required_literals(source)
        if literals:
            table[literals_key(source)] = literals
    return dict(sorted(table.items()))


def exact_runs(source: str) -> set[str]:
    """Every string that some run of a pattern's literal parts can match, at any depth ("swoll?en" gives
    "swolen" and "swollen"): the words a pattern spells (typos.py). White space ends a run."""
    found: set[str] = set()
    _UNSPACED.collect_runs(sre_parse.parse(source), found)
    return found


def _selectivity(strings: Strings) -> tuple[int, int]:
    """How well a set of literals skips questions: literals of SELECTIVE_LENGTH characters or more are all
    rare enough, and then the fewer the better (a phrase's one literal, not the many its words spell)."""
    return min(min(map(len, strings)), SELECTIVE_LENGTH), -len(strings)


def _usable(strings: Strings) -> bool:
    """Whether a set of literals skips anything: none of them is empty, or a word shorter than MIN_LENGTH."""
    return all(len(s) >= MIN_LENGTH or (s and not any(c.isalpha() for c in s)) for s in strings)


def _subpattern(av: object) -> object:
    """The sub-pattern of a group node (its last field, whatever the Python version)."""
    return av[-1]  # type: ignore[index]


class _Reader:
    """Reads a pattern's parse tree for the strings its parts match. With `spaced`, the text it reads is
    one whose runs of white space are single spaces: `\\s` is " ", `\\s+` is " " and `\\s*` is "" or " "
    (so "how\\s+to" spells "how to"); without, white space matches nothing exact."""

    def __init__(self, spaced: bool) -> None:
        self.spaced = spaced

    def exact_item(self, op: object, av: object) -> Strings | None:
        """Every string one parse node can match, if there are few; None otherwise."""
        if op is sre_constants.LITERAL:
            return frozenset({chr(av)})  # type: ignore[arg-type]
        if op in _ZERO_WIDTH:
            return frozenset({""})
        if op is sre_constants.IN:
            return self.characters(av)
        if op in _GROUPS:
            return self.exact(_subpattern(av))
        if op is sre_constants.BRANCH:
            branches = [self.exact(b) for b in av[1]]  # type: ignore[index]
            if any(b is None for b in branches):
                return None
            return _limited(frozenset().union(*branches))  # type: ignore[arg-type]
        if op in _REPEATS:
            low, high, sub = av  # type: ignore[misc]
            inner = self.exact(sub)
            if inner == _SPACE:  # a run of white space: one space
                return frozenset({" " * min(low, 1), " "}) if low <= 1 else frozenset({" " * low})
            if inner is None or high > 2:
                return None
            options = {"".join(parts) for n in range(low, high + 1) for parts in itertools.product(inner, repeat=n)}
            return _limited(frozenset(options))
        return None

    def characters(self, members: object) -> Strings | None:
        """The characters of a small class such as [.,] or [0-4] (and \\s, when spaced); None for a negated,
        other category or large one."""
        chars: set[str] = set()
        for kind, value in members:  # type: ignore[attr-defined]
            if kind is sre_constants.LITERAL:
                chars.add(chr(value))
            elif kind is sre_constants.RANGE and value[1] - value[0] < 10:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            elif self.spaced and kind is sre_constants.CATEGORY and value is sre_constants.CATEGORY_SPACE:
                chars.add(" ")
            else:
                return None
        return frozenset(chars) if len(chars) <= 10 else None

    def exact(self, items: object) -> Strings | None:
        """Every string a sequence of parse nodes can match, if there are few; None otherwise."""
        strings: Strings | None = frozenset({""})
        for op, av in items:  # type: ignore[attr-defined]
            part = self.exact_item(op, av)
            if part is None or strings is None:
                return None
            strings = _concat(strings, part)
        return strings

    def needs_item(self, op: object, av: object) -> Strings | None:
        """Literals one of which every match of one parse node contains, or None."""
        if op in _GROUPS:
            return self.needs(_subpattern(av))
        if op is sre_constants.BRANCH:
            branches = [self.needs(b) for b in av[1]]  # type: ignore[index]
            if any(b is None for b in branches):
                return None
            return _minimal(frozenset().union(*branches))  # type: ignore[arg-type]
        if op in _REPEATS and av[0] >= 1:  # type: ignore[index]
            return self.needs(av[2])  # type: ignore[index]
        return None

    def needs(self, items: object) -> Strings | None:
        """Literals one of which every match of a sequence contains: the best of its runs of exact strings
        (and of their runs of whole words: "do it" of "how\\s+to\\s+do\\s+it", when spaced) and of its
        parts' own needs."""
        candidates: list[Strings] = []
        run: Strings = frozenset({""})
        parts: list[Strings] = []  # the exact parts the run is made of
        for op, av in items:  # type: ignore[attr-defined]
            part = self.exact_item(op, av)
            joined = None if part is None else _concat(run, part)
            if joined is not None:
                run = joined
                parts.append(part)  # type: ignore[arg-type]
                continue
            ended, ended_parts = run, parts
            run, parts = (part, [part]) if part is not None else (frozenset({""}), [])
            repeated = self.exact(av[2]) if op in _REPEATS and av[0] >= 1 else None  # type: ignore[index]
            if part is None and repeated is not None:  # "c+": the run so far, then one "c", and a run from a "c"
                extended = _concat(ended, repeated)
                if extended is not None:
                    ended, ended_parts = extended, [*ended_parts, repeated]
                run, parts = repeated, [repeated]
            candidates += [ended, *_phrases(ended_parts)]
            if part is None and repeated is None:
                need = self.needs_item(op, av)
                if need:
                    candidates.append(need)
        candidates += [run, *_phrases(parts)]
        useful = [_minimal(c) for c in candidates if c and _usable(c)]
        return max(useful, key=_selectivity) if useful else None

    def collect_runs(self, items: object, found: set[str]) -> None:
        run: Strings = frozenset({""})
        for op, av in items:  # type: ignore[attr-defined]
            part = self.exact_item(op, av)
            joined = None if part is None else _concat(run, part)
            if joined is not None:
                run = joined
                continue
            found.update(run)
            run = part if part is not None else frozenset({""})
            if op in _GROUPS:
                self.collect_runs(_subpattern(av), found)
            elif op is sre_constants.BRANCH:
                for branch in av[1]:  # type: ignore[index]
                    self.collect_runs(branch, found)
            elif op in _REPEATS:
                self.collect_runs(av[2], found)  # type: ignore[index]
        found.update(run)


_SPACE = frozenset({" "})
_SPACED, _UNSPACED = _Reader(spaced=True), _Reader(spaced=False)


def _phrases(parts: list[Strings]) -> list[Strings]:
    """Within a run of exact parts, the runs of whole words: those that begin and end at a space (or at an
    end of the run), from one word to all of them."""
    bounds = [-1, *(i for i, part in enumerate(parts) if _SPACE <= part), len(parts)]
    if len(bounds) == 2:
        return []
    found = []
    for a, first in enumerate(bounds[:-1]):
        for last in bounds[a + 1 :]:
            joined: Strings | None = frozenset({""})
            for part in parts[first + 1 : last]:
                joined = _concat(joined, part)
                if joined is None:
                    break
            if joined:
                found.append(joined)
    return found


def _limited(strings: Strings) -> Strings | None:
    return strings if len(strings) <= MAX_STRINGS else None


def _concat(left: Strings, right: Strings) -> Strings | None:
    """Every string of `left` followed by every string of `right`, if there are few; None otherwise."""
    return _limited(frozenset(a + b for a in left for b in right))


def _minimal(strings: Strings) -> Strings:
    """The strings without those that contain another (if "kid" is required, "kids" adds nothing)."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _render(table: dict[str, tuple[str, ...]]) -> str:
    lines = [
        '"""Required literals of the safety rules\' patterns, derived by prefilter.py. Do not edit: regenerate with',
        "",
        "    python -m scarfaq.safety.prefilter",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "LITERALS: dict[str, tuple[str, ...]] = {",
    ]
    for k, v in table.items():
        items = [f"{k!r}: ({v[0]!r},", *(f"{s!r}," for s in v[1:])]
        items[-1] = items[-1] + "),"
        wrapped = _wrapped(items, 112)
        lines += [f"    {wrapped[0]}"] + [f"        {line}" for line in wrapped[1:]]
    lines += ["}", ""]
    return "\n".join(lines)


def _wrapped(items: list[str], width: int) -> list[str]:
    """Items joined by spaces into lines of at most `width` characters (an item is never split)."""
    lines = [""]
    for item in items:
        if lines[-1] and len(lines[-1]) + 1 + len(item) > width:
            lines.append("")
        lines[-1] = f"{lines[-1]} {item}" if lines[-1] else item
    return lines


def main() -> None:
    """Write literals.py next to this module from the current rules and cues."""
    from scarfaq.safety.gates import prefiltered
    from scarfaq.safety.rules import RECALL_RULES, RED_FLAG_RULES

    path = Path(__file__).with_name("literals.py")
    path.write_text(_render(derive(prefiltered(RED_FLAG_RULES + RECALL_RULES))), encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
