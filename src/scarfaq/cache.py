"""The on-disk index cache: a corpus's passages, postings and known words, saved so later runs skip the build.

One file per corpus folder, `<cache dir>/index/<hash of the folder path>.npz`: an uncompressed NumPy zip of
plain numeric arrays plus one JSON member (`meta`), read with `allow_pickle=False`, so loading it can never
run code. The cache dir is `$SCARFAQ_CACHE_DIR`, else the platform's user cache dir.

The file is valid only for its *key*: a hash of every document's relative path, encoding and exact text,
the synonyms file (its analysed rules are stored too, so a run does not stem them again), scarfaq's own
analysis/chunking/index source files, the versions of nltk and NumPy and rank-bm25's source, and the BM25
parameters. Texts rather than mtimes: the texts are read on every run
anyway (quotes come from them), and an edit within the same mtime tick would fool a stat-based key.
Writes go to a temp file in the same folder and are renamed over the old file, so readers see the old or
the new file, never half of one; anything unexpected on reading (truncation, bad CRC, a foreign file, an
older format, a different key) makes `fetch` return None, and the caller rebuilds.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import stat
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import BinaryIO

import numpy as np

from scarfaq.corpus import Document
from scarfaq.english import EnglishWords
from scarfaq.files import read_small_text
from scarfaq.index import Index, Parameters
from scarfaq.knowledge import Alternates
from scarfaq.passages import Passage
from scarfaq.synonyms import Synonyms

logger = logging.getLogger(__name__)

#: Environment variable naming the cache folder (tests point it at a temp folder).
CACHE_ENV = "SCARFAQ_CACHE_DIR"
#: Written in every cache file; a file with another magic or format is rebuilt.
MAGIC = "scarfaq-index-cache"
FORMAT = 2
#: scarfaq's files whose code decides what is cached: a change to any of them makes a new key.
_CODE_FILES = (
    "analysis.py", "cache.py", "corpus.py", "english.py", "forms.py", "index.py", "knowledge.py", "library.py",
    "names.py", "passages.py", "synonyms.py", "data/stopwords.txt",
)
#: The side files (synonyms, alternate questions) are hashed up to this size; they are read no further.
SIDE_FILE_LIMIT = 8_000_000
#: scarfaq's folders whose every module decides what is cached (the format readers of passages; the medical
#: vocabulary that decides whether a corpus is medical).
_CODE_FOLDERS = ("structure", "safety")
#: Our temp files' names start so, and only such files are ever cleaned up.
TEMP_PREFIX = ".scarfaq-tmp-"
#: Temp files older than this are left-overs of killed runs and are removed on the next write.
_STALE_TEMP_SECONDS = 3600
#: Errors that mean "this file is not a cache we wrote": the caller rebuilds.
_UNREADABLE = (OSError, ValueError, KeyError, TypeError, IndexError, EOFError, zipfile.BadZipFile)
_PASSAGE_FIELDS = ("p_doc", "p_start", "p_end", "p_start_line", "p_end_line", "p_heading", "p_lead_in", "p_kind")


@dataclass(frozen=True)
class Snapshot:
    """What a build produces that is slow to recompute: passages, index, the corpus's word counts and its
    analysed synonyms."""

    passages: tuple[Passage, ...]
    index: Index
    known_words: Counter[str]
    synonyms: Synonyms
    names: frozenset[str] = frozenset()
    alternates: Alternates | None = None
    """The knowledge file's questions, tied to passages and indexed."""
    english: EnglishWords = field(default_factory=EnglishWords)
    families: dict[str, tuple[str, ...]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    """Warnings of the build (stale knowledge-file anchors), shown again on every run."""
    topical: frozenset[str] = frozenset()
    medical: bool = True
    """Whether the documents are about medical matters (safety.is_medical_corpus)."""


def cache_dir() -> Path:
    """`$SCARFAQ_CACHE_DIR`, else the user cache dir (nothing is created here)."""
    override = os.environ.get(CACHE_ENV)
    if override:
        from scarfaq.corpus import expand_user

        return expand_user(override, f"${CACHE_ENV}")
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("scarfaq", appauthor=False))


def cache_path(root: Path) -> Path:
    """The cache file of a corpus folder."""
    name = hashlib.sha256(str(root.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return cache_dir() / "index" / f"{name}.npz"


def cache_key(root: Path, documents: Sequence[Document], side_files: Sequence[Path], parameters: Parameters) -> str:
    """The hash a cache file must carry to be used for these documents with this code."""
    digest = hashlib.sha256()
    header = {"format": FORMAT, "code": _code_fingerprint(), "parameters": asdict(parameters), "root": str(root)}
    digest.update(json.dumps(header, sort_keys=True).encode())
    for document in documents:
        digest.update(f"\0{document.source}\0{document.encoding}\0{len(document.text)}\0".encode("utf-8", "replace"))
        digest.update(document.text.encode("utf-8", "surrogatepass"))
    for side_file in side_files:
        text, warning = read_small_text(side_file, SIDE_FILE_LIMIT)
        digest.update(f"\0{side_file.name}\0{warning}\0".encode() + text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _code_fingerprint() -> str:
    import nltk

    digest = hashlib.sha256(f"nltk {nltk.__version__}; numpy {np.__version__}".encode())
    package = Path(__file__).resolve().parent
    spec = find_spec("rank_bm25")
    sources = [package / name for name in _CODE_FILES]
    sources += [path for folder in _CODE_FOLDERS for path in sorted((package / folder).glob("*.py"))]
    sources += [Path(spec.origin)] if spec and spec.origin else []
    for path in sources:
        try:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        except OSError:
            digest.update(path.name.encode() + b"\0missing")
    return digest.hexdigest()


def store(path: Path, key: str, snapshot: Snapshot, documents: Sequence[Document]) -> None:
    """Write the cache file atomically; raises OSError when the cache folder is not writable."""
    meta, arrays = _encode(key, snapshot, documents)
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(path.parent)
    fd, temp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.stem}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            np.savez(out, meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8), **arrays)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


@contextlib.contextmanager
def _trusted_file(path: Path) -> Iterator[BinaryIO]:
    """The cache file opened for reading, if it can be trusted, as ssh trusts its keys: a regular file
    (never a FIFO, which would block), owned by this user, in a folder owned by this user or root, neither
    writable by group or others. Raises ValueError (the caller rebuilds) when it cannot."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("the cache is not a regular file")
        if hasattr(os, "getuid"):
            folder = os.stat(path.parent)
            if info.st_uid != os.getuid() or folder.st_uid not in (os.getuid(), 0):
                raise ValueError("the cache file or its folder belongs to another user")
            if (info.st_mode | folder.st_mode) & (stat.S_IWGRP | stat.S_IWOTH) and not folder.st_mode & stat.S_ISVTX:
                raise ValueError("the cache file or its folder is writable by others")
            if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                raise ValueError("the cache file is writable by others")
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle


def fetch(path: Path, key: str, documents: Sequence[Document]) -> Snapshot | None:
    """The cached snapshot, or None when there is none or it is not one we can trust for this key."""
    try:
        with _trusted_file(path) as handle, np.load(handle, allow_pickle=False) as npz:
            if not isinstance(npz, np.lib.npyio.NpzFile):
                raise ValueError("not a NumPy zip")
            meta = json.loads(npz["meta"].tobytes().decode("utf-8"))
            if not isinstance(meta, dict) or meta.get("magic") != MAGIC or meta.get("format") != FORMAT:
                raise ValueError("not a scarfaq index cache of this format")
            if meta.get("key") != key:
                logger.info("index cache %s is for other documents or code; rebuilding", path)
                return None
            arrays = {name: npz[name] for name in npz.files if name != "meta"}
        return _decode(meta, arrays, documents)
    except FileNotFoundError:
        return None
    except _UNREADABLE as error:
        logger.info("index cache %s is unusable (%s: %s); rebuilding", path, type(error).__name__, error)
        return None


def _encode(key: str, snapshot: Snapshot, documents: Sequence[Document]) -> tuple[dict, dict[str, np.ndarray]]:
    doc_number = {d.source: i for i, d in enumerate(documents)}
    strings: dict[str, int] = {"": 0}
    passages = snapshot.passages
    columns = {
        "p_doc": [doc_number[p.source] for p in passages],
        "p_start": [p.start for p in passages],
        "p_end": [p.end for p in passages],
        "p_start_line": [p.start_line for p in passages],
        "p_end_line": [p.end_line for p in passages],
        "p_heading": [strings.setdefault(p.heading, len(strings)) for p in passages],
        "p_lead_in": [strings.setdefault(p.lead_in, len(strings)) for p in passages],
        "p_kind": [strings.setdefault(p.kind, len(strings)) for p in passages],
    }
    arrays = {name: np.asarray(values, dtype=np.int64) for name, values in columns.items()}
    terms, index_arrays = snapshot.index.to_arrays()
    arrays.update(index_arrays)
    words = sorted(snapshot.known_words)
    arrays["known_counts"] = np.asarray([snapshot.known_words[w] for w in words], dtype=np.int64)
    meta = {
        "magic": MAGIC,
        "format": FORMAT,
        "key": key,
        "parameters": asdict(snapshot.index.parameters),
        "documents": [[d.source, len(d.text)] for d in documents],
        "strings": list(strings),
        "terms": terms,
        "known_words": words,
        "synonyms": snapshot.synonyms.to_data(),
        "names": sorted(snapshot.names),
        "alternates": _encode_alternates(snapshot.alternates, arrays),
        "english": snapshot.english.table,
        "families": snapshot.families,
        "notes": list(snapshot.notes),
        "topical": sorted(snapshot.topical),
        "medical": snapshot.medical,
    }

    return meta, arrays


def _decode(meta: dict, arrays: dict[str, np.ndarray], documents: Sequence[Document]) -> Snapshot:
    """Rebuild a snapshot, checking that every span lies inside its document (raises ValueError if not)."""
    if meta["documents"] != [[d.source, len(d.text)] for d in documents]:
        raise ValueError("the cached documents differ from the corpus")
    columns = [_int_column(arrays, name) for name in _PASSAGE_FIELDS]
    doc, start, end, start_line, end_line, heading, lead_in, kind = columns
    if len({len(c) for c in columns}) != 1 or not len(doc):
        raise ValueError("passage columns differ in length")
    lengths = np.asarray([len(d.text) for d in documents], dtype=np.int64)
    strings = meta["strings"]
    if doc.min() < 0 or doc.max() >= len(documents) or np.any(start < 0) or np.any(start >= end):
        raise ValueError("passage spans out of range")
    if np.any(end > lengths[doc]) or min(heading.min(), lead_in.min(), kind.min()) < 0:
        raise ValueError("passage spans out of range")
    if max(heading.max(), lead_in.max(), kind.max()) >= len(strings) or not all(isinstance(s, str) for s in strings):
        raise ValueError("passage context out of range")
    passages = tuple(
        Passage(
            source=documents[d].source,
            title=documents[d].title,
            start=s,
            end=e,
            start_line=sl,
            end_line=el,
            text=documents[d].text[s:e],
            heading=strings[h],
            lead_in=strings[li],
            kind=strings[k],
        )
        for d, s, e, sl, el, h, li, k in zip(*(c.tolist() for c in columns))
    )
    index = Index.from_arrays(meta["terms"], arrays, Parameters(**meta["parameters"]))
    if index.size != len(passages):
        raise ValueError("the index and the passages differ in size")
    words, counts = meta["known_words"], _int_column(arrays, "known_counts")
    if len(words) != len(counts):
        raise ValueError("known word counts differ in length")
    synonyms = Synonyms.from_data(meta["synonyms"])
    names = meta["names"]
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ValueError("the cached names are not a list of strings")
    return Snapshot(
        passages, index, Counter(dict(zip(words, counts.tolist()))), synonyms, frozenset(names),
        alternates=_decode_alternates(meta, arrays, len(passages)),
        english=_decode_english(meta),
        families=_decode_families(meta),
        notes=tuple(_strings(meta["notes"], "notes")),
        topical=frozenset(_strings(meta["topical"], "topic words")),
        medical=_boolean(meta["medical"]),
    )


def _boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError("the cached medical flag is not a boolean")
    return value


def _strings(value: object, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"the cached {what} are not a list of strings")
    return value


def _encode_alternates(alternates: Alternates | None, arrays: dict[str, np.ndarray]) -> dict | None:
    """The knowledge file's part of the cache: its arrays go in `arrays` (prefixed `alt_`), the rest is
    returned for the JSON member."""
    if alternates is None:
        return None
    terms, index_arrays = alternates.index.to_arrays()
    arrays.update({f"alt_{name}": array for name, array in index_arrays.items()})
    arrays["alt_passage"] = alternates.passage_of
    return {"questions": list(alternates.questions), "terms": terms, "asked": list(alternates.asked)}


def _decode_alternates(meta: dict, arrays: dict[str, np.ndarray], passages: int) -> Alternates | None:
    data = meta["alternates"]
    if data is None:
        return None
    questions = tuple(_strings(data["questions"], "alternate questions"))
    asked = tuple(_strings(data["asked"], "alternate question terms"))
    passage_of = _int_column(arrays, "alt_passage")
    if len(passage_of) != len(questions) or len(asked) != passages:
        raise ValueError("alternate questions do not fit the passages")
    if len(passage_of) and (passage_of.min() < 0 or passage_of.max() >= passages):
        raise ValueError("alternate questions point outside the passages")
    index_arrays = {name[4:]: array for name, array in arrays.items() if name.startswith("alt_")}
    index = Index.from_arrays(_strings(data["terms"], "alternate terms"), index_arrays, Parameters(**meta["parameters"]))
    if index.size != len(questions):
        raise ValueError("the alternate questions' index differs in size")
    return Alternates(passage_of, questions, index, asked)


def _decode_english(meta: dict) -> EnglishWords:
    table = meta["english"]
    if not isinstance(table, str) or (table and not (table.startswith("\n") and table.endswith("\n"))):
        raise ValueError("the cached English word table is damaged")
    return EnglishWords(table)


def _decode_families(meta: dict) -> dict[str, tuple[str, ...]]:
    data = meta["families"]
    if not isinstance(data, dict):
        raise ValueError("the cached word families are not a mapping")
    return {root: tuple(_strings(stems, "word families")) for root, stems in data.items()}


def _int_column(arrays: dict[str, np.ndarray], name: str) -> np.ndarray:
    array = arrays[name]
    if array.dtype != np.int64 or array.ndim != 1:
        raise ValueError(f"cache column {name!r} has the wrong type")
    return array


def _remove_stale_temps(folder: Path) -> None:
    """Temp files of runs that were killed mid-write (live writers' files are younger than the limit)."""
    limit = time.time() - _STALE_TEMP_SECONDS
    for temp in folder.glob(f"{TEMP_PREFIX}*.tmp"):  # ours only: other files here are not ours to delete
        with contextlib.suppress(OSError):
            if temp.stat().st_mtime < limit:
                temp.unlink()


def describe_size(path: Path) -> str:
    """A cache file's size for people ("3.2 MB"), or "" when it is not there."""
    try:
        size = path.stat().st_size
    except OSError:
        return ""
    return f"{size / 1e6:.1f} MB" if size >= 1e5 else f"{size / 1e3:.1f} kB"


__all__ = ["CACHE_ENV", "Snapshot", "cache_dir", "cache_path", "cache_key", "store", "fetch", "describe_size"]
