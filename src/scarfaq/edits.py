"""Edit distance between words, for reading typos (spelling.py, safety/typos.py).

The distance is the optimal string alignment distance (OSA): a letter left out, added or changed, or two
neighbouring letters swapped, each counts one edit, and no letter is edited twice. A typo is at most two
edits from the word it stands for, so the distance is worked out only up to a limit: one edit by comparing
the words once, two by the band of the usual table around its diagonal, given up on as soon as a row of
it is past the limit. For the few hundred words a typo is compared with, that costs less than importing
an edit-distance library (tests/core/test_edits.py holds it equal to rapidfuzz's OSA distance).
"""

from __future__ import annotations

from operator import ne


def one_edit(a: str, b: str) -> bool:
    """True if b is a, with one letter left out, added or changed, or two neighbouring letters swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        differing = sum(map(ne, a, b))  # (counted in C: most pairs differ in more than two letters)
        if differing != 2:
            return differing == 1
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[i:] == long[i + 1:]


def distance_within(a: str, b: str, limit: int) -> int | None:
    """The OSA distance between a and b when it is at most `limit`, else None."""
    if a == b:
        return 0
    if limit <= 1:
        return 1 if limit == 1 and one_edit(a, b) else None
    if abs(len(a) - len(b)) > limit:
        return None
    return _banded(a, b, limit)


def _banded(a: str, b: str, limit: int) -> int | None:
    """The OSA table of a and b, row by row, only where it can be `limit` or less: a cell |i - j| from the
    diagonal needs that many letters added or left out, and a cell past the limit is kept as `limit + 1`."""
    past = limit + 1
    width = len(b)
    before: list[int] = []
    above = [j if j <= limit else past for j in range(width + 1)]
    for i in range(1, len(a) + 1):
        row = [past] * (width + 1)
        row[0] = i if i <= limit else past
        first, last = max(1, i - limit), min(width, i + limit)
        letter = a[i - 1]
        for j in range(first, last + 1):
            other = b[j - 1]
            cell = above[j - 1] + (letter != other)
            cell = min(cell, above[j] + 1, row[j - 1] + 1)
            if i > 1 and j > 1 and letter == b[j - 2] and a[i - 2] == other:
                cell = min(cell, before[j - 2] + 1)
            row[j] = min(cell, past)
        if min(row[first - 1:last + 1]) > limit:  # (a swap reads the row before, but never below its best + 1)
            return None
        before, above = above, row
    return above[width] if above[width] <= limit else None
