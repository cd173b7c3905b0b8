"""Replacing a file so that a crash at any moment leaves either the old file or the new one,
whole: sessions, recovery files, exported CSV files, histories and scripts all go through here.

The temporary file is created exclusively (O_EXCL, by tempfile.mkstemp) under a random name, so
nothing planted beside the target (a symlink at a guessable name) is ever followed. A path
that is a symlink is written through to its target, as editors do, and the link stays. A
temporary file is named ``.NAME.linreg-PID-RANDOM.tmp``: when a save of NAME starts, those its
own kind left from a process that no longer runs (killed during a save) are removed; no other
file is touched.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable

from linreg_gui.core.i18n import translate

_CHUNK = 1 << 22
#: Where a process's running cannot be asked (Windows), a temporary file this old is stale.
_STALE_SECONDS = 24 * 3600


def write_atomic(path: str | os.PathLike, payload: bytes | Iterable[bytes]) -> None:
    """Replace ``path`` by ``payload`` (bytes, or an iterable of byte chunks for large files):
    a temporary file in the same folder is written, flushed, synced and renamed over it, then
    the folder is synced. A replaced file keeps its permissions; a symlink keeps pointing at
    the file, which gets the new content. Raises OSError."""
    target = os.fspath(path)
    if os.path.islink(target):
        target = os.path.realpath(target)
    directory = os.path.dirname(os.path.abspath(target))
    name = os.path.basename(target)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = 0o644
    remove_stale_temporaries(target)
    fd, tmp = tempfile.mkstemp(
        prefix=f".{name}.linreg-{os.getpid()}-", suffix=".tmp", dir=directory
    )
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(payload, (bytes, bytearray, memoryview)):
                view = memoryview(payload)
                for start in range(0, len(view), _CHUNK):
                    fh.write(view[start : start + _CHUNK])
            else:
                for chunk in payload:
                    fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        if hasattr(os, "chmod"):
            os.chmod(tmp, mode)  # mkstemp makes it private (0600)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(directory)


def temporary_pattern(target: str | os.PathLike) -> re.Pattern:
    """The names of the temporary files write_atomic makes for ``target``; group 1 the pid."""
    name = re.escape(os.path.basename(os.fspath(target)))
    return re.compile(rf"\.{name}\.linreg-(\d+)-[A-Za-z0-9_]+\.tmp")


def remove_stale_temporaries(target: str | os.PathLike) -> list[str]:
    """Remove the temporary files of ``target`` left by saves whose process is gone; returns
    their paths. Those of running processes (a save under way) and other files stay."""
    target = os.fspath(target)
    directory = os.path.dirname(os.path.abspath(target))
    pattern = temporary_pattern(target)
    removed = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        m = pattern.fullmatch(entry.name)
        if m is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or not _is_stale(int(m.group(1)), info.st_mtime, now):
            continue
        try:
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(entry.path)
    return removed


def _is_stale(pid: int, mtime: float, now: float) -> bool:
    if pid == os.getpid():
        return False  # perhaps another thread's save under way
    if os.name == "nt":  # os.kill would end the process there
        return now - mtime > _STALE_SECONDS
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, someone else's
        return False
    return False


def _fsync_dir(directory: str) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def check_target(path: str | os.PathLike) -> None:
    """Refuse, before any work, a path that cannot become a file: raises OSError whose
    ``strerror`` says why in words for people (an empty name, a folder, a missing folder, a
    folder that cannot be written to)."""
    target = os.fspath(path)
    if not str(target).strip():
        raise OSError(2, translate("files", "no file name was given"), target)
    if os.path.isdir(target):
        raise IsADirectoryError(21, translate("files", "it is a folder, not a file"), target)
    folder = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(folder):
        raise FileNotFoundError(
            2, translate("files", "the folder {0} does not exist").format(folder), target)
    if not os.access(folder, os.W_OK):
        raise PermissionError(
            13, translate("files", "the folder {0} cannot be written to").format(folder), target)
    if os.path.exists(target) and not os.access(target, os.W_OK):
        raise PermissionError(13, translate("files", "the file is read-only"), target)
