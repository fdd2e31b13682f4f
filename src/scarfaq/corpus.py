"""Finding and reading the documents of a corpus folder.

A document's text is its file decoded as UTF-8 with no newline translation, so that every passage is an
exact slice of it. A file with a UTF-16 byte order mark is read as UTF-16. Other files that are not UTF-8
are read with a stated fallback and a warning: cp1251 when that reads them as mostly Cyrillic (at least
`CYRILLIC_SHARE` of their letters), else cp1252, else latin-1 (which reads any bytes). Binary, empty,
unreadable, vanished and non-regular files (FIFOs, devices) are skipped with a warning. Nothing here
prints: warnings are returned for the front ends to show.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from scarfaq.errors import CorpusError

#: File name endings that count as documents (plain text, Markdown, reStructuredText).
DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".rst")
#: Environment variable naming the corpus folder when `--corpus` is not given.
CORPUS_ENV = "SCARFAQ_CORPUS"
#: Encodings tried, in order, for a file that is not valid UTF-8 (after the cp1251 check).
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
#: A non-UTF-8 file is read as cp1251 when at least this share of its letters are then Cyrillic. Western
#: text read as cp1251 turns only its accented letters into Cyrillic ones: a few percent, a third at most.
CYRILLIC_SHARE = 0.5
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: The most documents a corpus folder may hold (a folder with more is an error that says so).
MAX_DOCUMENTS = 20_000
#: A larger document is skipped with a warning.
MAX_DOCUMENT_BYTES = 64_000_000
#: The most text a corpus may hold, all documents together.
MAX_CORPUS_CHARS = 500_000_000
#: A file with a NUL byte in its first bytes is taken for binary.
_BINARY_SNIFF = 8192
#: A character of a text that is not blank (`str.strip` white space and byte order marks are).
_CONTENT = re.compile(r"[^\s\ufeff]")
#: The same among the ASCII bytes of UTF-8 (str.isspace holds for \t-\r, \x1c-\x1f and the space).
_ASCII_CONTENT = re.compile(rb"[\x00-\x08\x0e-\x1b\x21-\x7f]")
#: UTF-8 is checked in pieces of this many bytes.
_CHECK_PIECE = 1 << 16


#: What a document is: it never changes (the rest is worked out from it when first asked for).
_FIXED = frozenset({"source", "path", "encoding", "length"})


class Document:
    """One file of the corpus: where it is, its title and its full decoded text.

    Two things are worked out when first asked for, not when the document is read. The text of a UTF-8 file
    is checked and counted when read (piece by piece, nothing kept) and decoded when first used: a run that
    loads its index from the cache quotes from a few documents, and decoding all of a million passages'
    documents into memory cost more than reading them. The title (`title_of`) takes a reading of the whole
    document in its format: the index cache keeps the titles (`know_title`), so a run that loads it never
    reads a document's structure (27 s for a million passages' documents).
    """

    __slots__ = ("source", "path", "encoding", "length", "_text", "_data", "_title", "_digest")
    source: str
    """Path relative to the corpus folder, with forward slashes."""
    path: Path
    encoding: str
    length: int
    """The text's length in characters, known without decoding it."""

    def __init__(self, source: str, path: Path, title: str | None = None, text: str | None = None,
                 encoding: str = "utf-8", *, digest: bytes | None = None, data: bytes | None = None,
                 length: int | None = None) -> None:
        """Either `text`, or the file's UTF-8 `data` with the `length` of its text."""
        if (text is None) == (data is None) or (data is not None and length is None):
            raise TypeError("a document is made of its text, or of its UTF-8 bytes and their length")
        fill = object.__setattr__
        fill(self, "source", source)
        fill(self, "path", path)
        fill(self, "encoding", encoding)
        fill(self, "length", len(text) if text is not None else length)
        self._text, self._data, self._title, self._digest = text, data, title, digest

    @property
    def text(self) -> str:
        """The file's text, decoded exactly as read: every passage is a slice of it."""
        text = self._text
        if text is None:
            text = self._text = self._data.decode("utf-8")  # type: ignore[union-attr]
            self._data = None
        return text

    @property
    def digest(self) -> bytes:
        """SHA-256 of the document as read (its file's bytes, which decide its text), else of its text in
        UTF-8: what the index cache's key holds of it."""
        if self._digest is None:
            self._digest = hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).digest()
        return self._digest

    @property
    def title(self) -> str:
        """The document's own title (`title_of`), else its file name made readable."""
        if self._title is None:
            self._title = title_of(self.text, self.source)
        return self._title

    def know_title(self, title: str) -> None:
        """Take the title worked out earlier from this very text and name (the index cache keeps them)."""
        if self._title is None:
            self._title = title

    def __setattr__(self, name: str, value: object) -> None:
        if name in _FIXED:
            raise AttributeError(f"a document's {name} does not change")
        object.__setattr__(self, name, value)

    def _key(self) -> tuple[str, Path, str, int]:
        return self.source, self.path, self.encoding, self.length

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return self._key() == other._key() and self.text == other.text

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Document(source={self.source!r}, path={self.path!r}, encoding={self.encoding!r}, length={self.length})"


class Corpus(NamedTuple):
    """The readable documents of a folder, and what had to be skipped or guessed on the way. (A named tuple:
    defining one costs a one-shot a fraction of what a frozen dataclass does.)"""

    root: Path
    documents: tuple[Document, ...]
    warnings: tuple[str, ...] = ()


def default_corpus_dir() -> Path:
    """The corpus shipped with scarfaq: inside the installed package, or `corpus/` of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "corpus", here.parent.parent / "corpus"):
        if candidate.is_dir():
            return candidate
    raise CorpusError("the default corpus is missing from this installation; pass --corpus DIR")


def expand_user(path: str | os.PathLike[str], what: str) -> Path:
    """`~` and `~user` expanded; an unknown user is a clear error, not a traceback."""
    try:
        return Path(path).expanduser()
    except RuntimeError:
        raise CorpusError(f"{what} {os.fsdecode(path)}: no such user's home folder") from None


def resolve_corpus_dir(option: str | os.PathLike[str] | None) -> Path:
    """The folder to answer from: `--corpus`, else $SCARFAQ_CORPUS, else the shipped corpus."""
    chosen = option if option else os.environ.get(CORPUS_ENV)
    if not chosen:
        return default_corpus_dir()
    root = expand_user(chosen, "corpus folder")
    if not root.exists():
        raise CorpusError(f"corpus folder not found: {root}")
    if not root.is_dir():
        raise CorpusError(f"corpus is not a folder: {root}")
    return root.resolve()


def document_paths(root: Path, follow_links: bool = False) -> tuple[list[Path], list[str]]:
    """Every document file below root, sorted, and a warning for each folder or link that was passed over.

    Hidden folders and files are skipped, symlink loops read once. A link whose target lies outside the
    corpus folder is followed only with `follow_links`: a folder from someone else (an archive, a git
    repository) must not quote `/etc/passwd` through a link. A folder that cannot be read, or a path too
    long for the system, is a warning, never silently dropped.
    """
    found: list[Path] = []
    warnings: list[str] = []
    seen_dirs: set[tuple[int, int]] = set()
    real_root = root.resolve()

    def unreadable(error: OSError) -> None:
        where = _relative(Path(error.filename or root), root)
        warnings.append(f"skipped {where}/: {(error.strerror or type(error).__name__).lower()}")

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=unreadable):
        folder = Path(dirpath)
        try:
            info = os.stat(folder)
        except OSError as error:
            unreadable(error)
            dirnames[:] = []
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen_dirs:  # a symlink loop or a second link to a folder already read
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        kept = []
        for name in sorted(d for d in dirnames if not d.startswith(".")):
            warning = _outside(folder / name, root, real_root, follow_links)
            if warning:
                warnings.append(warning)
            else:
                kept.append(name)
        dirnames[:] = kept
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(DOCUMENT_SUFFIXES):
                continue
            is_link = not follow_links and os.path.islink(os.path.join(dirpath, name))  # (no Path made per file)
            warning = _outside(folder / name, root, real_root, follow_links) if is_link else None
            if warning:
                warnings.append(warning)
            else:
                found.append(folder / name)
            if len(found) > MAX_DOCUMENTS:
                raise CorpusError(
                    f"more than {MAX_DOCUMENTS:,} documents below {root}; point --corpus at a smaller folder"
                )
    return sorted(found, key=lambda p: _relative(p, root)), warnings


def _relative(path: Path, root: Path) -> str:
    """`path` relative to `root`, with forward slashes (the path itself when it is not below root)."""
    text, base = str(path), str(root)
    if len(text) > len(base) + 1 and text.startswith(base) and text[len(base)] == os.sep and base != os.sep:
        return text[len(base) + 1 :].replace(os.sep, "/")  # what `relative_to` gives, by slicing the string
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _outside(path: Path, root: Path, real_root: Path, follow_links: bool) -> str | None:
    """A warning when `path` is a link that leads out of the corpus folder (and links are not followed)."""
    if follow_links or not path.is_symlink():
        return None
    try:
        target = path.resolve()
    except (OSError, RuntimeError):
        return None  # a loop or a dangling link: reading it fails later with its own warning
    if target == real_root or real_root in target.parents:
        return None
    return f"skipped {_relative(path, root)}: a link to {target} outside the corpus folder (--follow-links reads it)"


def decode(data: bytes) -> tuple[str, str]:
    """Decode file bytes as UTF-8, else with the first fallback that works; returns (text, encoding)."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    cyrillic = _mostly_cyrillic(data)
    if cyrillic is not None:
        return cyrillic, "cp1251"
    for encoding in FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _mostly_cyrillic(data: bytes) -> str | None:
    """The bytes read as cp1251, when that makes at least `CYRILLIC_SHARE` of their letters Cyrillic."""
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    return text if letters and cyrillic >= CYRILLIC_SHARE * len(letters) else None


def _is_binary(data: bytes) -> bool:
    """A NUL byte early on means binary, unless the file is UTF-16 with a byte order mark."""
    return b"\x00" in data[:_BINARY_SNIFF] and not data.startswith(_UTF16_BOMS)


def title_of(text: str, name: str = "") -> str:
    """The document's title from its real title: the first heading of the right kind for its format
    (structure/titles.py), else the file name made readable ("docutils_faq.txt" → "Docutils faq")."""
    from scarfaq.structure.titles import document_title  # the format readers: only when a title is needed

    return document_title(text, name)


def read_document(path: Path, root: Path, lengths: Mapping[bytes, int] | None = None) -> tuple[Document | None, str | None]:
    """Read one file; returns the document, or None and the warning that says why it was skipped.

    `lengths` maps the SHA-256 of UTF-8 files read before to their texts' lengths (the index cache keeps
    them): a file with the very same bytes is not checked and counted again. A wrong length cannot go
    unnoticed: it is part of the cache key, so the cache is not found and the caller reads again without them.
    """
    source = _relative(path, root)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            return None, f"skipped {source}: not a regular file"
        if info.st_size > MAX_DOCUMENT_BYTES:
            size = f"{info.st_size / 1e6:,.0f} MB"
            return None, f"skipped {source}: {size}, larger than the {MAX_DOCUMENT_BYTES // 1_000_000} MB limit"
        with path.open("rb") as handle:
            data = handle.read(min(info.st_size, MAX_DOCUMENT_BYTES) + 1)  # (a read of the limit allocates it)
            if len(data) > info.st_size:  # it grew since it was listed (or its size says nothing, as in /proc)
                data += handle.read(MAX_DOCUMENT_BYTES + 1 - len(data))
        if len(data) > MAX_DOCUMENT_BYTES:  # it grew since it was listed
            return None, f"skipped {source}: larger than the {MAX_DOCUMENT_BYTES // 1_000_000} MB limit"
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return None, f"skipped {source}: {reason.lower()}"
    if _is_binary(data):
        return None, f"skipped {source}: binary file"
    digest = hashlib.sha256(data).digest()
    length = lengths.get(digest) if lengths else None
    if length is None:
        length = _utf8_length(data)
    if length is None:  # the fallbacks (`decode`), decoded now
        text, encoding = decode(data)
        blank = _CONTENT.search(text) is None
    else:  # decoded when first used
        text, encoding = None, "utf-8"
        blank = _ASCII_CONTENT.search(data) is None and _CONTENT.search(data.decode("utf-8")) is None
    if blank:  # only white space and byte order marks
        return None, f"skipped {source}: empty file"
    warning = None if encoding == "utf-8" else f"{source} is not UTF-8: read as {encoding}"
    if text is None:
        return Document(source, path, encoding=encoding, digest=digest, data=data, length=length), warning
    return Document(source, path, text=text, encoding=encoding, digest=digest), warning


def _utf8_length(data: bytes) -> int | None:
    """The length of `data` decoded as UTF-8, or None when it is not UTF-8: decoded piece by piece, so
    nothing the size of the text is made (what `data.decode("utf-8")` accepts, this accepts)."""
    if data.isascii():
        return len(data)
    decoder = codecs.getincrementaldecoder("utf-8")()
    length = 0
    try:
        for start in range(0, len(data), _CHECK_PIECE):
            length += len(decoder.decode(data[start : start + _CHECK_PIECE]))
        return length + len(decoder.decode(b"", True))
    except UnicodeDecodeError:
        return None


def load_corpus(root: Path, follow_links: bool = False, lengths: Mapping[bytes, int] | None = None) -> Corpus:
    """Read every document below root (`lengths`: see read_document); raises CorpusError when none is
    readable or they are too many."""
    documents: list[Document] = []
    paths, warnings = document_paths(root, follow_links)
    total = 0
    for path in paths:
        document, warning = read_document(path, root, lengths)
        if warning:
            warnings.append(warning)
        if document is not None:
            total += document.length
            if total > MAX_CORPUS_CHARS:
                raise CorpusError(
                    f"the documents below {root} hold more than {MAX_CORPUS_CHARS:,} characters;"
                    " point --corpus at a smaller folder"
                )
            documents.append(document)
    if not documents:
        detail = f" ({'; '.join(warnings)})" if warnings else ""
        raise CorpusError(f"no readable .txt, .md or .rst documents in {root}{detail}")
    return Corpus(root=root, documents=tuple(documents), warnings=tuple(warnings))
