"""A literal prefilter derived from the rules' patterns: text a pattern cannot match without.

For each pattern a rule needs to match (its mention, its partner, its clause and question conditions) the
derivation finds a few literal substrings one of which every match contains ("fev", "feav" for a fever).
A question that holds none of them cannot fire the rule, so the engine skips it without running its
regex. The table is derived once and stored in literals.py; tests/test_safety_prefilter.py fails when a
pattern changes and the stored table no longer matches. Regenerate it with

    python -m scarfaq.safety.prefilter

The derivation reads a pattern's parse tree (the standard library's regex parser); it is used only here,
never at question time.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable
from pathlib import Path

from scarfaq.safety.engine import Rule, literals_key

try:  # Python 3.11 moved the parser
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

#: Literals shorter than this are too common to skip anything: a pattern left with one has no prefilter.
MIN_LENGTH = 3
#: The most alternatives an exact-strings set may grow to while literals are joined.
MAX_STRINGS = 64

_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)}
_GROUPS = {sre_constants.SUBPATTERN, getattr(sre_constants, "ATOMIC_GROUP", None)}

Strings = frozenset[str]


def required_literals(source: str) -> tuple[str, ...]:
    """Literals one of which every match of the pattern contains, sorted; () if there are none good enough."""
    needed = _needs(sre_parse.parse(source))
    if not needed or min(map(len, needed)) < MIN_LENGTH:
        return ()
    return tuple(sorted(needed))


def derive(rules: Iterable[Rule]) -> dict[str, tuple[str, ...]]:
    """The table: for each gating pattern of the rules, its required literals (only those that have some)."""
    table: dict[str, tuple[str, ...]] = {}
    for rule in rules:
        for source in rule.gating:
            literals = required_literals(source)
            if literals:
                table[literals_key(source)] = literals
    return dict(sorted(table.items()))


def _subpattern(av: object) -> object:
    """The sub-pattern of a group node (its last field, whatever the Python version)."""
    return av[-1]  # type: ignore[index]


def _exact_item(op: object, av: object) -> Strings | None:
    """Every string one parse node can match, if there are few; None otherwise."""
    if op is sre_constants.LITERAL:
        return frozenset({chr(av)})  # type: ignore[arg-type]
    if op in _ZERO_WIDTH:
        return frozenset({""})
    if op is sre_constants.IN:
        return _characters(av)
    if op in _GROUPS:
        return _exact(_subpattern(av))
    if op is sre_constants.BRANCH:
        branches = [_exact(b) for b in av[1]]  # type: ignore[index]
        if any(b is None for b in branches):
            return None
        return _limited(frozenset().union(*branches))  # type: ignore[arg-type]
    if op in _REPEATS:
        low, high, sub = av  # type: ignore[misc]
        inner = _exact(sub)
        if inner is None or high > 2:
            return None
        options = {"".join(parts) for n in range(low, high + 1) for parts in itertools.product(inner, repeat=n)}
        return _limited(frozenset(options))
    return None


def _characters(members: object) -> Strings | None:
    """The characters of a small class such as [.,] or [0-4]; None for a negated, category or large one."""
    chars: set[str] = set()
    for kind, value in members:  # type: ignore[attr-defined]
        if kind is sre_constants.LITERAL:
            chars.add(chr(value))
        elif kind is sre_constants.RANGE and value[1] - value[0] < 10:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None
    return frozenset(chars) if len(chars) <= 10 else None


def _exact(items: object) -> Strings | None:
    """Every string a sequence of parse nodes can match, if there are few; None otherwise."""
    strings: Strings | None = frozenset({""})
    for op, av in items:  # type: ignore[attr-defined]
        part = _exact_item(op, av)
        if part is None or strings is None:
            return None
        strings = _concat(strings, part)
    return strings


def _limited(strings: Strings) -> Strings | None:
    return strings if len(strings) <= MAX_STRINGS else None


def _concat(left: Strings, right: Strings) -> Strings | None:
    """Every string of `left` followed by every string of `right`, if there are few; None otherwise."""
    return _limited(frozenset(a + b for a in left for b in right))


def _needs_item(op: object, av: object) -> Strings | None:
    """Literals one of which every match of one parse node contains, or None."""
    if op in _GROUPS:
        return _needs(_subpattern(av))
    if op is sre_constants.BRANCH:
        branches = [_needs(b) for b in av[1]]  # type: ignore[index]
        if any(b is None for b in branches):
            return None
        return _minimal(frozenset().union(*branches))  # type: ignore[arg-type]
    if op in _REPEATS and av[0] >= 1:  # type: ignore[index]
        return _needs(av[2])  # type: ignore[index]
    return None


def _needs(items: object) -> Strings | None:
    """Literals one of which every match of a sequence contains: the best of its runs of exact strings
    and of its parts' own needs."""
    candidates: list[Strings] = []
    run: Strings = frozenset({""})
    for op, av in items:  # type: ignore[attr-defined]
        part = _exact_item(op, av)
        joined = None if part is None else _concat(run, part)
        if joined is not None:
            run = joined
            continue
        candidates.append(run)
        run = part if part is not None else frozenset({""})
        repeated = _exact(av[2]) if op in _REPEATS and av[0] >= 1 else None  # type: ignore[index]
        if part is None and repeated is not None:  # "c+": the run so far, then one "c", and a run from a "c"
            candidates[-1] = _concat(candidates[-1], repeated) or candidates[-1]
            run = repeated
        elif part is None:
            need = _needs_item(op, av)
            if need:
                candidates.append(need)
    candidates.append(run)
    useful = [_minimal(c) for c in candidates if c and min(map(len, c)) > 0]
    return max(useful, key=lambda c: (min(map(len, c)), -len(c))) if useful else None


def exact_runs(source: str) -> set[str]:
    """Every string that some run of a pattern's literal parts can match, at any depth ("swoll?en" gives
    "swolen" and "swollen"): the words a pattern spells (typos.py)."""
    found: set[str] = set()
    _collect_runs(sre_parse.parse(source), found)
    return found


def _collect_runs(items: object, found: set[str]) -> None:
    run: Strings = frozenset({""})
    for op, av in items:  # type: ignore[attr-defined]
        part = _exact_item(op, av)
        joined = None if part is None else _concat(run, part)
        if joined is not None:
            run = joined
            continue
        found.update(run)
        run = part if part is not None else frozenset({""})
        if op in _GROUPS:
            _collect_runs(_subpattern(av), found)
        elif op is sre_constants.BRANCH:
            for branch in av[1]:  # type: ignore[index]
                _collect_runs(branch, found)
        elif op in _REPEATS:
            _collect_runs(av[2], found)  # type: ignore[index]
    found.update(run)


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
    """Write literals.py next to this module from the current rules."""
    from scarfaq.safety.rules import RECALL_RULES, RED_FLAG_RULES

    path = Path(__file__).with_name("literals.py")
    path.write_text(_render(derive(RED_FLAG_RULES + RECALL_RULES)), encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
