"""The on-disk index cache: a corpus's passages, postings and known words, saved so later runs skip the build.

One folder per corpus folder and version of its documents, `<cache dir>/index/<hash of the corpus path>/
<key>/`: plain `.npy` arrays (passage columns, postings with their precomputed impacts, the English word
table...) and one `meta.json` (the strings: terms, headings, synonyms...), as bm25s saves an index. Arrays
are memory-mapped when loaded (cache_files.py): a cache of a million passages opens in a fraction of a
second, and nothing in it can run code. The cache dir is `$SCARFAQ_CACHE_DIR`, else the platform's user
cache dir.

The *key* is a hash of every document's relative path, encoding and exact content (the file's bytes, which
decide its text), the side files (synonyms, alternate questions), scarfaq's own analysis/chunking/index
source files (the `structure/` and `safety/` packages whole), the versions of nltk and NumPy, and the BM25
parameters (the index computes rank-bm25's weights itself, so rank-bm25's own version does not matter).
Contents rather than mtimes: the documents are read on every run anyway (quotes come from them), and an
edit within the same mtime tick would fool a stat-based key. A key's folder is written whole into a temp
folder (named with `TEMP_PREFIX`: only such names are ever cleaned up) and renamed into place, so readers
see all of it or none; it is never changed afterwards, and older keys' folders are removed once a newer one
is in place. Anything unexpected on reading (a folder or file that is not ours alone, truncation, a foreign
file, an older format, arrays of the wrong type, length or range) makes `fetch` return None, and the caller
rebuilds. The documents' titles are kept too: a run that loads the cache never works them out. So are
the lengths of the UTF-8 documents' texts by the digests of their bytes (`remembered_lengths`), read before
the key is known: a run that loads the cache does not check and count every document's characters again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import NamedTuple

import numpy as np

from scarfaq import cache_files
from scarfaq.cache_files import TEMP_PREFIX
from scarfaq.corpus import Document
from scarfaq.english import EnglishWords
from scarfaq.files import read_small_text
from scarfaq.index import ARRAY_DTYPES, Index, Parameters
from scarfaq.knowledge import Alternates
from scarfaq.passage_table import COLUMNS, PassageTable, TableBuilder
from scarfaq.passages import Passage
from scarfaq.stems import StemTable
from scarfaq.synonyms import Synonyms

logger = logging.getLogger(__name__)

#: Environment variable naming the cache folder (tests point it at a temp folder).
CACHE_ENV = "SCARFAQ_CACHE_DIR"
#: Written in every cache; a cache with another magic or format is rebuilt.
MAGIC = "scarfaq-index-cache"
FORMAT = 4
#: scarfaq's files whose code decides what is cached: a change to any of them makes a new key.
_CODE_FILES = (
    "analysis.py", "build.py", "cache.py", "cache_files.py", "chunk_workers.py", "corpus.py", "english.py", "forms.py",
    "index.py",
    "knowledge.py", "library.py", "names.py", "passage_table.py", "passages.py", "profile.py", "stems.py",
    "synonyms.py",
    "data/stopwords.txt",
)
#: scarfaq's folders whose every module decides what is cached (the format readers of passages; the medical
#: vocabulary that decides whether a corpus is medical).
_CODE_FOLDERS = ("structure", "safety")
#: The side files (synonyms, alternate questions) are hashed up to this size; they are read no further.
SIDE_FILE_LIMIT = 8_000_000
#: Errors that mean "this is not a cache we can trust": the caller rebuilds.
_UNREADABLE = (OSError, ValueError, KeyError, TypeError, IndexError, EOFError, AttributeError)
_META = "meta"
#: A SHA-256 digest's length in bytes (a key is one, in hex).
DIGEST_BYTES = 32


class Snapshot(NamedTuple):
    """What a build produces that is slow to recompute: passages, index, the corpus's word counts and its
    analysed synonyms. (A named tuple: defining one costs a one-shot a fraction of what a frozen dataclass
    does.)"""

    passages: Sequence[Passage]
    index: Index
    known_words: Counter[str]
    synonyms: Synonyms
    names: frozenset[str]
    alternates: Alternates | None
    """The knowledge file's questions, tied to passages and indexed."""
    english: EnglishWords
    families: dict[str, tuple[str, ...]]
    notes: tuple[str, ...]
    """Warnings of the build (stale knowledge-file anchors), shown again on every run."""
    topical: frozenset[str]
    medical: bool
    """Whether the documents are about medical matters (safety.is_medical_corpus)."""
    examples: tuple[str, ...]
    """The chat's example questions drawn from the passages (profile.default_examples)."""
    stems: StemTable
    """The stems of the words questions may use (stems.py)."""


def cache_dir() -> Path:
    """`$SCARFAQ_CACHE_DIR`, else the user cache dir (nothing is created here)."""
    override = os.environ.get(CACHE_ENV)
    if override:
        from scarfaq.corpus import expand_user

        return expand_user(override, f"${CACHE_ENV}")
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("scarfaq", appauthor=False))


def cache_path(root: Path) -> Path:
    """The cache folder of a corpus folder (it holds one folder per key)."""
    return cache_dir() / "index" / _corpus_name(root)


def _corpus_name(root: Path) -> str:
    return hashlib.sha256(str(root.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def cache_key(root: Path, documents: Sequence[Document], side_files: Sequence[Path], parameters: Parameters) -> str:
    """The hash a cache must carry to be used for these documents with this code."""
    digest = hashlib.sha256()
    header = {"format": FORMAT, "code": _code_fingerprint(), "parameters": asdict(parameters), "root": str(root)}
    digest.update(json.dumps(header, sort_keys=True).encode())
    for document in documents:
        digest.update(f"\0{document.source}\0{document.encoding}\0{document.length}\0".encode("utf-8", "replace"))
        digest.update(document.digest)  # of the bytes its text was decoded from
    for side_file in side_files:
        text, warning = read_small_text(side_file, SIDE_FILE_LIMIT)
        digest.update(f"\0{side_file.name}\0{warning}\0".encode() + text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _code_fingerprint() -> str:
    """A hash of the versions and of scarfaq's code files that decide what is cached (each file's path
    relative to the package, then its bytes). Plain paths and os.walk: pathlib cost a one-shot a millisecond."""
    digest = hashlib.sha256(f"nltk {_nltk_version()}; numpy {np.__version__}".encode())
    package = os.path.dirname(os.path.realpath(__file__))
    for name in [*_CODE_FILES, *(name for folder in _CODE_FOLDERS for name in _python_files(package, folder))]:
        try:
            with open(os.path.join(package, name), "rb") as source:
                digest.update(name.encode() + b"\0" + source.read())
        except OSError:
            digest.update(name.rsplit("/", 1)[-1].encode() + b"\0missing")
    return digest.hexdigest()


def _nltk_version() -> str:
    """nltk's version, read from the VERSION file beside its code as nltk reads it (importing nltk, its
    largest cost, is left to a question with a word the index's stems lack: analysis.py)."""
    import importlib.util

    spec = importlib.util.find_spec("nltk")
    try:
        version_file = os.path.join(os.path.dirname(spec.origin), "VERSION")  # type: ignore[union-attr, arg-type]
        with open(version_file, encoding="utf-8") as file:
            return file.read().strip()
    except (OSError, TypeError, AttributeError):
        import nltk

        return nltk.__version__


def _python_files(package: str, folder: str) -> list[str]:
    """The `.py` files under a folder of the package, as paths relative to it (with "/"), in the order of
    their parts (as sorted `Path`s are)."""
    found = []
    for top, _, files in os.walk(os.path.join(package, folder)):
        relative = os.path.relpath(top, package).replace(os.sep, "/")
        found += [f"{relative}/{name}" for name in files if name.endswith(".py")]
    return sorted(found, key=lambda name: name.split("/"))


def store(path: Path, key: str, snapshot: Snapshot, documents: Sequence[Document]) -> Path:
    """Write the key's cache folder under `path` (all of it or nothing) and remove older keys' folders and
    stale temp folders; returns the key's folder. Raises OSError when the cache cannot be written there
    (UntrustedError when a folder on the way is not the user's alone)."""
    meta, arrays = _encode(key, snapshot, documents)
    path.parent.parent.mkdir(parents=True, exist_ok=True)
    for folder in (path.parent, path):
        cache_files.ensure_folder(folder)
    cache_files.remove_stale_temps(path)
    final = path / key
    temp = cache_files.temp_folder(path, key[:16])
    try:
        for name, array in arrays.items():
            cache_files.write_array(temp, name, array)
        cache_files.write_json(temp, _META, meta)  # last: a folder without it is never read
        _put_in_place(temp, final)
    finally:
        cache_files.remove_tree(temp)  # gone already, unless something failed
    _remove_other_keys(path, key)
    with contextlib.suppress(OSError):  # the single-file cache of scarfaq's first versions
        os.unlink(path.parent / f"{path.name}.npz")
    return final


def _put_in_place(temp: Path, final: Path) -> None:
    """Rename the written folder to the key's name. A folder already there (one that could not be used,
    or the one a forced rebuild replaces) is first moved aside, under a temp name, and removed after; if
    another run of the same key puts its copy in place meanwhile, that copy is kept."""
    aside = None
    if os.path.lexists(final) and not os.path.isdir(final) or os.path.islink(final):
        os.unlink(final)  # a file or link where the folder goes: not ours to read, ours to remove
    elif os.path.lexists(final):
        aside = cache_files.temp_folder(final.parent, final.name[:16])
        try:
            os.replace(final, aside)
        except FileNotFoundError:
            pass
        except BaseException:
            cache_files.remove_tree(aside)
            raise
    try:
        os.replace(temp, final)
    except OSError:
        if not os.path.lexists(final):
            raise
    finally:
        if aside is not None:
            cache_files.remove_tree(aside)


def _remove_other_keys(path: Path, key: str) -> None:
    """The folders of the corpus's earlier versions (a run still reading one keeps its mapped pages)."""
    for entry in path.iterdir():
        if entry.name != key and _is_key(entry.name):
            cache_files.remove_tree(entry)


def _is_key(name: str) -> bool:
    """Whether a name is a key's (a SHA-256 in hex)."""
    return len(name) == 2 * DIGEST_BYTES and all(c in "0123456789abcdef" for c in name)


def fetch(path: Path, key: str, documents: Sequence[Document]) -> tuple[Snapshot, Path] | None:
    """The cached snapshot and its folder, or None when there is none or none we can trust for this key."""
    folder = path / key
    try:
        for step in (path.parent, path, folder):
            cache_files.check_folder(step)
        meta = cache_files.read_json(folder / f"{_META}.json")
        if not isinstance(meta, dict) or meta.get("magic") != MAGIC or meta.get("format") != FORMAT:
            raise ValueError("not a scarfaq index cache of this format")
        if meta.get("key") != key:
            raise ValueError("the cache is for other documents or code")
        return _decode(meta, _Arrays(folder, meta), documents), folder
    except FileNotFoundError:
        return None
    except _UNREADABLE as error:
        logger.info("index cache %s is unusable (%s: %s); rebuilding", folder, type(error).__name__, error)
        return None


class _Arrays:
    """The arrays of a cache folder, each read when first asked for (only those the meta lists)."""

    def __init__(self, folder: Path, meta: dict) -> None:
        self.folder = folder
        self.names = set(_strings(meta["arrays"], "array names"))
        if not all(name.replace("_", "").isalnum() and name.isascii() for name in self.names):
            raise ValueError("the cache names an array that is not one of ours")

    def __getitem__(self, name: str) -> np.ndarray:
        if name not in self.names:
            raise KeyError(name)
        return cache_files.read_array(self.folder / f"{name}.npy")

    def group(self, prefix: str) -> dict[str, np.ndarray]:
        return {name[len(prefix):]: self[name] for name in self.names if name.startswith(prefix)}


def _encode(key: str, snapshot: Snapshot, documents: Sequence[Document]) -> tuple[dict, dict[str, np.ndarray]]:
    table = _table(snapshot.passages, documents)
    arrays = {f"p_{name}": column for name, column in table.columns.items()}
    terms, index_arrays = snapshot.index.to_arrays()
    arrays.update({f"ix_{name}": array for name, array in index_arrays.items()})
    words = sorted(snapshot.known_words)
    arrays["known_counts"] = np.asarray([snapshot.known_words[w] for w in words], dtype=np.int64)
    arrays.update({f"english_{name}": array for name, array in snapshot.english.arrays().items()})
    arrays["stems_words"], arrays["stems_of"] = snapshot.stems.words, snapshot.stems.stems
    arrays["documents_digests"], arrays["documents_lengths"] = _utf8_lengths(documents)
    alternates = _encode_alternates(snapshot.alternates, arrays)
    meta = {
        "magic": MAGIC,
        "format": FORMAT,
        "key": key,
        "parameters": asdict(snapshot.index.parameters),
        "documents": [[d.source, d.length] for d in documents],
        "titles": [d.title for d in documents],
        "strings": list(table.strings),
        "terms": terms,
        "known_words": words,
        "synonyms": snapshot.synonyms.to_data(),
        "names": sorted(snapshot.names),
        "alternates": alternates,
        "families": snapshot.families,
        "notes": list(snapshot.notes),
        "topical": sorted(snapshot.topical),
        "medical": snapshot.medical,
        "examples": list(snapshot.examples),
        "arrays": sorted(arrays),
    }
    return meta, arrays


def _utf8_lengths(documents: Sequence[Document]) -> tuple[np.ndarray, np.ndarray]:
    """The SHA-256 digests of the UTF-8 documents (32 bytes each, end to end) and their texts' lengths."""
    utf8 = [d for d in documents if d.encoding == "utf-8"]
    digests = np.frombuffer(b"".join(d.digest for d in utf8), dtype=np.uint8)
    return digests, np.asarray([d.length for d in utf8], dtype=np.int64)


def remembered_lengths(path: Path) -> dict[bytes, int]:
    """The texts' lengths of the UTF-8 documents the corpus's cache folders were built from, by the SHA-256
    of their bytes (corpus.read_document): what a run reads before it knows its key. Empty when there is no
    cache or none we can trust; any key's folder will do, since a wrong length only makes a key not found."""
    remembered: dict[bytes, int] = {}
    try:
        for step in (path.parent, path):
            cache_files.check_folder(step)
        folders = [entry for entry in os.scandir(path) if _is_key(entry.name)]
    except OSError:
        return remembered
    for folder in folders:
        try:
            cache_files.check_folder(Path(folder.path))
            digests = cache_files.read_array(Path(folder.path, "documents_digests.npy"))
            lengths = _int_column(cache_files.read_array(Path(folder.path, "documents_lengths.npy")), "lengths")
            if digests.dtype != np.uint8 or len(digests) != DIGEST_BYTES * len(lengths):
                raise ValueError("the documents' digests do not fit their lengths")
        except _UNREADABLE:
            continue
        raw = digests.tobytes()
        remembered.update(
            (raw[i * DIGEST_BYTES : (i + 1) * DIGEST_BYTES], length) for i, length in enumerate(lengths.tolist())
        )
    return remembered


def _table(passages: Sequence[Passage], documents: Sequence[Document]) -> PassageTable:
    """The passages as columns (a build's table as it is; other sequences converted)."""
    if isinstance(passages, PassageTable):
        return passages
    number = {d.source: i for i, d in enumerate(documents)}
    builder = TableBuilder()
    for passage in passages:
        builder.add(number[passage.source], passage)
    return builder.table(documents)


def _decode(meta: dict, arrays: _Arrays, documents: Sequence[Document]) -> Snapshot:
    """Rebuild a snapshot, checking every array's type, length and range (raises ValueError if wrong)."""
    if meta["documents"] != [[d.source, d.length] for d in documents]:
        raise ValueError("the cached documents differ from the corpus")
    titles = _strings(meta["titles"], "titles")
    if len(titles) != len(documents):
        raise ValueError("the cached titles do not fit the documents")
    for document, title in zip(documents, titles):  # the key holds their texts and our code: the same titles
        document.know_title(title)
    strings = _strings(meta["strings"], "passage strings")
    passages = PassageTable(documents, {name: arrays[f"p_{name}"] for name in COLUMNS}, strings).checked()
    if not len(passages):
        raise ValueError("the cache holds no passages")
    parameters = Parameters(**meta["parameters"])
    index = Index.from_arrays(_strings(meta["terms"], "terms"), _index_arrays(arrays, "ix_"), parameters)
    if index.size != len(passages):
        raise ValueError("the index and the passages differ in size")
    words, counts = _strings(meta["known_words"], "known words"), _int_column(arrays["known_counts"], "known_counts")
    if len(words) != len(counts) or (len(counts) and counts.min() < 1):
        raise ValueError("known word counts do not fit the words")
    english = EnglishWords.from_arrays(arrays.group("english_"))
    stems = StemTable(arrays["stems_words"], arrays["stems_of"]).checked()
    return Snapshot(
        passages, index, Counter(dict(zip(words, counts.tolist()))), Synonyms.from_data(meta["synonyms"]),
        frozenset(_strings(meta["names"], "names")),
        alternates=_decode_alternates(meta, arrays, len(passages), parameters),
        english=english,
        families=_decode_families(meta),
        notes=tuple(_strings(meta["notes"], "notes")),
        topical=frozenset(_strings(meta["topical"], "topic words")),
        medical=_boolean(meta["medical"]),
        examples=tuple(_strings(meta["examples"], "example questions")),
        stems=stems,
    )


def _index_arrays(arrays: _Arrays, prefix: str) -> dict[str, np.ndarray]:
    return {name: arrays[prefix + name] for name in ARRAY_DTYPES if prefix + name in arrays.names}


def _boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError("the cached medical flag is not a boolean")
    return value


def _strings(value: object, what: str) -> list[str]:
    if not isinstance(value, list) or not {str}.issuperset(map(type, value)):  # (map: thousands, at C speed)
        raise ValueError(f"the cached {what} are not a list of strings")
    return value


def _encode_alternates(alternates: Alternates | None, arrays: dict[str, np.ndarray]) -> dict | None:
    """The knowledge file's part of the cache: its arrays go in `arrays` (prefixed `alt_`), the rest is
    returned for the JSON file."""
    if alternates is None:
        return None
    terms, index_arrays = alternates.index.to_arrays()
    arrays.update({f"alt_{name}": array for name, array in index_arrays.items()})
    arrays["alt_passage"] = alternates.passage_of
    return {"questions": list(alternates.questions), "terms": terms, "asked": list(alternates.asked),
            "question_terms": list(alternates.terms)}


def _decode_alternates(meta: dict, arrays: _Arrays, passages: int, parameters: Parameters) -> Alternates | None:
    data = meta["alternates"]
    if data is None:
        return None
    questions = tuple(_strings(data["questions"], "alternate questions"))
    asked = tuple(_strings(data["asked"], "alternate question terms"))
    question_terms = tuple(_strings(data["question_terms"], "alternate question terms"))
    passage_of = _int_column(arrays["alt_passage"], "alt_passage")
    if len(passage_of) != len(questions) or len(asked) != passages or len(question_terms) != len(questions):
        raise ValueError("alternate questions do not fit the passages")
    if len(passage_of) and (passage_of.min() < 0 or passage_of.max() >= passages):
        raise ValueError("alternate questions point outside the passages")
    index = Index.from_arrays(_strings(data["terms"], "alternate terms"), _index_arrays(arrays, "alt_"), parameters)
    if index.size != len(questions):
        raise ValueError("the alternate questions' index differs in size")
    return Alternates(passage_of, questions, index, asked, question_terms)


def _decode_families(meta: dict) -> dict[str, tuple[str, ...]]:
    data = meta["families"]
    if not isinstance(data, dict):
        raise ValueError("the cached word families are not a mapping")
    return {root: tuple(_strings(stems, "word families")) for root, stems in data.items()}


def _int_column(array: np.ndarray, name: str) -> np.ndarray:
    if array.dtype != np.int64 or array.ndim != 1:
        raise ValueError(f"cache column {name!r} has the wrong type")
    return array


def describe_size(path: Path) -> str:
    """A cache folder's size for people ("3.2 MB"), or "" when it is not there."""
    try:
        size = cache_files.folder_size(path)
    except OSError:
        return ""
    return f"{size / 1e6:.1f} MB" if size >= 1e5 else f"{size / 1e3:.1f} kB"


__all__ = [
    "CACHE_ENV", "TEMP_PREFIX", "Snapshot", "cache_dir", "cache_path", "cache_key", "store", "fetch", "describe_size",
    "remembered_lengths",
]
