"""The index cache's files: plain `.npy` arrays and one JSON file in a folder, read only when trusted.

Trust, as ssh decides it for its own files: a folder or file is used only when it is what it claims to be
(a real folder, a regular file: never a symlink, a FIFO that would block the reader, or a device). A file
must be owned by the user running scarfaq and not be writable by group or others; a folder must be owned
by the user (or root) and not be writable by group or others unless it is sticky (as /tmp is: no one may
then replace another's files). Anyone else who can write there could have put crafted data in it. Arrays
are read with `allow_pickle=False` (an array of Python objects is refused) and large ones memory-mapped,
so loading costs nothing until the pages are read.

Writes go to a temp folder named `.scarfaq-tmp-<name>.<pid>.<random>.tmp` (`TEMP_PREFIX`), which nothing
else could be mistaken for; clean-up removes only entries whose name starts with the prefix and ends in
`.tmp`, and only stale ones (an hour old, or five minutes after the process named in it is gone), never
another program's files.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import stat
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

#: Arrays larger than this are memory-mapped; smaller ones are read (a mapping costs more than it saves).
MMAP_FROM_BYTES = 1 << 16
#: The JSON file is read up to this size; a larger one is not a cache we wrote.
JSON_LIMIT = 1 << 30
#: A temp folder this old is a left-over of a killed run, whoever made it.
STALE_SECONDS = 3600
#: A temp folder of a process that no longer runs (on this machine) is stale after this long.
ORPHAN_SECONDS = 300
#: Our temp names start so (and end in `.tmp`), and only such entries are ever cleaned up.
TEMP_PREFIX = ".scarfaq-tmp-"
#: The pid in a temp name of ours: `<prefix><name>.<pid>.<random>.tmp`.
_TEMP_PID = re.compile(re.escape(TEMP_PREFIX) + r"[^.]*\.(?P<pid>\d+)\.[A-Za-z0-9_]+\.tmp")
#: The header NumPy writes for a one-dimensional array in C order, read here directly (NumPy's reader evaluates
#: every header as a Python literal, a tenth of a millisecond each); any other header is left to NumPy's reader.
_PLAIN_HEADER = re.compile(
    rb"\{'descr': '([<>|=][a-zA-Z][0-9]+)', 'fortran_order': False, 'shape': \(([0-9]+),\), \} *\n"
)
#: NumPy's own limit on the length of a header it reads.
_HEADER_LIMIT = 10_000
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


class UntrustedError(OSError):
    """A cache folder or file that scarfaq must not read (or write into)."""


def _owner() -> int | None:
    return os.geteuid() if hasattr(os, "geteuid") else None


def check(info: os.stat_result, path: Path, kind: str) -> None:
    """Raise UntrustedError unless `info` is a `kind` ("folder" or "file") that no one else could have
    written: a file of the user's, a folder of the user's or root's; neither writable by group or others,
    unless a folder is sticky."""
    folder = kind == "folder"
    if not (stat.S_ISDIR(info.st_mode) if folder else stat.S_ISREG(info.st_mode)):
        raise UntrustedError(f"{path} is not a {'folder' if folder else 'regular file'}")
    owner = _owner()
    if owner is not None and info.st_uid != owner and not (folder and info.st_uid == 0):
        raise UntrustedError(f"{path} belongs to another user")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not (folder and info.st_mode & stat.S_ISVTX):
        raise UntrustedError(f"{path} is writable by others")


def check_folder(path: Path) -> None:
    """Raise FileNotFoundError when the folder is not there, UntrustedError when it is not ours alone."""
    check(os.lstat(path), path, "folder")


def ensure_folder(path: Path) -> None:
    """Create the folder (private to the user) if needed; a folder of ours that others may write to is
    made safe (older versions created folders under the umask); anything else raises UntrustedError."""
    try:
        os.mkdir(path, 0o700)
    except FileExistsError:
        info = os.lstat(path)
        if stat.S_ISDIR(info.st_mode) and info.st_uid == _owner() and info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            os.chmod(path, stat.S_IMODE(info.st_mode) & ~(stat.S_IWGRP | stat.S_IWOTH))
            info = os.lstat(path)
        check(info, path, "folder")


def _open(path: Path) -> tuple[int, os.stat_result]:
    """A descriptor of a trusted regular file: opened without following a link or blocking on a FIFO,
    and checked on the open descriptor (so it cannot be swapped between the check and the read)."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        check(info, path, "file")
    except BaseException:
        os.close(fd)
        raise
    return fd, info


def read_json(path: Path) -> Any:
    fd, info = _open(path)
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > JSON_LIMIT:
            raise ValueError(f"{path.name} is larger than a cache file can be")
        return json.loads(handle.read(info.st_size + 1).decode("utf-8"))  # (a read of the limit allocates it)


def read_array(path: Path) -> np.ndarray:
    """A plain array (no Python objects), memory-mapped when large; raises ValueError when the file is not
    a whole `.npy` file."""
    fd, info = _open(path)
    with os.fdopen(fd, "rb") as handle:
        version = np.lib.format.read_magic(handle)
        if version not in ((1, 0), (2, 0)):
            raise ValueError(f"{path.name} has an unknown .npy version")
        shape, fortran, dtype = _read_header(handle, version)
        if dtype.hasobject or fortran or len(shape) != 1:
            raise ValueError(f"{path.name} is not a plain one-dimensional array")
        offset = handle.tell()
        if info.st_size != offset + shape[0] * dtype.itemsize:
            raise ValueError(f"{path.name} is truncated or too long")
        if info.st_size - offset < MMAP_FROM_BYTES:
            return np.frombuffer(handle.read(), dtype=dtype, count=shape[0]).copy()
        mapped = np.memmap(handle, dtype=dtype, mode="r", offset=offset, shape=shape)
    return np.asarray(mapped)  # a plain ndarray view of the mapping: no copy


def _read_header(handle: Any, version: tuple[int, int]) -> tuple[tuple[int, ...], bool, np.dtype]:
    """An `.npy` header's shape, Fortran order and type, as NumPy's `read_array_header_1_0` (or `_2_0`) gives
    them; a header as NumPy writes it for a plain one-dimensional array is read without evaluating it."""
    start = handle.tell()
    length = int.from_bytes(handle.read(2 if version == (1, 0) else 4), "little")
    plain = _PLAIN_HEADER.fullmatch(handle.read(length)) if length <= _HEADER_LIMIT else None
    if plain:
        return (int(plain[2]),), False, np.dtype(plain[1].decode("ascii"))
    handle.seek(start)
    read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
    return read(handle)


def write_array(folder: Path, name: str, array: np.ndarray) -> None:
    with _create(folder / f"{name}.npy") as out:
        np.lib.format.write_array(out, np.ascontiguousarray(array), allow_pickle=False)


def write_json(folder: Path, name: str, data: Any) -> None:
    with _create(folder / f"{name}.json") as out:
        out.write(json.dumps(data, allow_nan=False).encode("ascii"))  # \u escapes keep lone surrogates (file names)


@contextlib.contextmanager
def _create(path: Path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    with os.fdopen(fd, "wb") as out:
        yield out
        out.flush()
        os.fsync(out.fileno())


def temp_folder(parent: Path, name: str) -> Path:
    """A new private folder `.scarfaq-tmp-<name>.<pid>.<random>.tmp` in parent."""
    return Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{name}.{os.getpid()}.", suffix=".tmp", dir=parent))


def is_temp(path: Path) -> bool:
    """Whether a name is one of our temp names (only those are ever cleaned up)."""
    return path.name.startswith(TEMP_PREFIX) and path.name.endswith(".tmp")


def remove_stale_temps(parent: Path) -> None:
    """Remove scarfaq's temp folders (and files) that no run is writing any more; nothing else is touched."""
    now = time.time()
    for entry in parent.iterdir():
        if not is_temp(entry):
            continue
        with contextlib.suppress(OSError):
            info = os.lstat(entry)
            age = now - info.st_mtime
            written_by = _TEMP_PID.fullmatch(entry.name)
            orphan = written_by is not None and age > ORPHAN_SECONDS and not _running(int(written_by["pid"]))
            if not (age > STALE_SECONDS or orphan):
                continue
            if stat.S_ISDIR(info.st_mode):
                remove_tree(entry)
            else:
                os.unlink(entry)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process, or no way to tell: assume it runs
        return True
    return True


def remove_tree(path: Path) -> None:
    """Remove a folder of ours and everything in it (links inside are removed, never followed)."""
    shutil.rmtree(path, ignore_errors=True)


def folder_size(path: Path) -> int:
    """The bytes of the files in a folder (not below it)."""
    total = 0
    for entry in os.scandir(path):
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                total += entry.stat(follow_symlinks=False).st_size
    return total
