"""Passages kept as columns of numbers, each made into a `Passage` only when it is asked for.

A million `Passage` objects take seconds to create and a gigabyte to hold; a question looks at a few
hundred. The table holds, per passage, its document's number, its integer fields and, for its other string
fields (heading, lead-in...), a number into one list of distinct strings; the quote itself is always cut
from the document's text. The index cache memory-maps the columns, so loading a table costs nothing until
passages are read. The columns follow `Passage`'s own fields, so a field added there is kept here too.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import fields
from itertools import repeat
from operator import attrgetter
from typing import overload

import numpy as np

from scarfaq.corpus import Document
from scarfaq.passages import Passage

#: Fields taken from the document: its name, its title and the quoted text itself.
_FROM_DOCUMENT = ("source", "title", "text")
#: Integer fields (spans and line numbers) and string fields (numbers into the string list).
INT_FIELDS = tuple(f.name for f in fields(Passage) if f.name not in _FROM_DOCUMENT and f.type in ("int", int))
STRING_FIELDS = tuple(f.name for f in fields(Passage) if f.name not in _FROM_DOCUMENT and f.type in ("str", str))
if len(INT_FIELDS) + len(STRING_FIELDS) + len(_FROM_DOCUMENT) != len(fields(Passage)):  # pragma: no cover
    raise TypeError("Passage has a field that is neither an int nor a str: teach passage_table.py about it")
#: The columns of a table: the document's number, then every integer and string field.
COLUMNS = ("document", *INT_FIELDS, *STRING_FIELDS)
_DTYPES = {"document": np.int32, **dict.fromkeys(INT_FIELDS, np.int64), **dict.fromkeys(STRING_FIELDS, np.int32)}


class PassageTable(Sequence[Passage]):
    """A sequence of passages read from columns; item i is the same `Passage` as the build made."""

    def __init__(
        self, documents: Sequence[Document], columns: Mapping[str, np.ndarray], strings: Sequence[str]
    ) -> None:
        self.documents = documents
        self.columns = {name: columns[name] for name in COLUMNS}
        self.strings = strings
        self._made: dict[int, Passage] = {}

    def __len__(self) -> int:
        return len(self.columns["document"])

    @overload
    def __getitem__(self, number: int) -> Passage: ...

    @overload
    def __getitem__(self, number: slice) -> list[Passage]: ...

    def __getitem__(self, number: int | slice) -> Passage | list[Passage]:
        if isinstance(number, slice):
            return [self[i] for i in range(*number.indices(len(self)))]
        number = int(number)
        if number < 0:
            number += len(self)
        if not 0 <= number < len(self):
            raise IndexError("passage number out of range")
        made = self._made.get(number)
        if made is None:
            made = self._made[number] = self._make(number)
        return made

    def _make(self, number: int) -> Passage:
        columns, strings = self.columns, self.strings
        document = self.documents[columns["document"].item(number)]  # (.item: a Python int, read at once)
        values = {name: columns[name].item(number) for name in INT_FIELDS}
        values.update({name: strings[columns[name].item(number)] for name in STRING_FIELDS})
        text = document.text[values["start"] : values["end"]]
        return Passage(source=document.source, title=document.title, text=text, **values)

    def __iter__(self) -> Iterator[Passage]:
        """Every passage in order (made for the loop, not kept: a pass over all of them keeps no memory)."""
        made = self._made
        for number in range(len(self)):
            yield made.get(number) or self._make(number)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PassageTable({len(self)} passages)"

    def checked(self) -> PassageTable:
        """The table itself, after checking that every column has its type and every span and string
        number lies inside its document and string list (raises ValueError if not)."""
        columns = self.columns
        for name in COLUMNS:
            column = columns[name]
            if not isinstance(column, np.ndarray) or column.dtype != _DTYPES[name] or column.ndim != 1:
                raise ValueError(f"passage column {name!r} has the wrong type")
            if len(column) != len(self):
                raise ValueError("passage columns differ in length")
        if not len(self):
            return self
        lengths = np.asarray([d.length for d in self.documents], dtype=np.int64)
        document, start, end = columns["document"], columns["start"], columns["end"]
        if document.min() < 0 or document.max() >= len(self.documents) or start.min() < 0:
            raise ValueError("passage spans out of range")
        if np.any(start >= end) or np.any(end > lengths[document]):
            raise ValueError("passage spans out of range")
        for name in INT_FIELDS:
            if columns[name].min() < 0:
                raise ValueError(f"passage column {name!r} is negative")
        if "start_line" in columns and "end_line" in columns:
            first, last = columns["start_line"], columns["end_line"]
            impossible = np.any(last < first) | np.any(first > start + 1) | np.any(last - first > end - start)
            if first.min() < 1 or impossible:
                raise ValueError("passage line numbers are impossible")
        for name in STRING_FIELDS:
            if columns[name].min() < 0 or columns[name].max() >= len(self.strings):
                raise ValueError(f"passage column {name!r} points outside the strings")
        return self


class TableBuilder:
    """Fills a table's columns passage by passage, keeping each distinct string once (a build's output)."""

    def __init__(self) -> None:
        self._values = {name: array("q") for name in COLUMNS}  # 8 bytes a number, not a Python int
        self._strings: dict[str, int] = {"": 0}

    def add(self, document: int, passage: Passage) -> None:
        values, strings = self._values, self._strings
        values["document"].append(document)
        for name in INT_FIELDS:
            values[name].append(getattr(passage, name))
        for name in STRING_FIELDS:
            text = getattr(passage, name)
            values[name].append(strings.setdefault(text, len(strings)))

    def add_all(self, document: int, passages: Sequence[Passage]) -> None:
        """`add` of each of a document's passages, a column at a time."""
        values, strings = self._values, self._strings
        values["document"].extend(repeat(document, len(passages)))
        for name in INT_FIELDS:
            values[name].extend(map(attrgetter(name), passages))
        for name in STRING_FIELDS:
            values[name].extend([strings.setdefault(text, len(strings)) for text in map(attrgetter(name), passages)])

    def __len__(self) -> int:
        return len(self._values["document"])

    def table(self, documents: Sequence[Document]) -> PassageTable:
        columns = {name: np.frombuffer(values, dtype=np.int64).astype(_DTYPES[name])
                   for name, values in self._values.items()}
        return PassageTable(documents, columns, list(self._strings))
