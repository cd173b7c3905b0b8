"""Replacing a file so that a crash at any moment leaves either the old file or the new one,
whole: sessions, recovery files, exported CSV files and scripts all go through here."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable

from linreg_gui.core.i18n import translate

_CHUNK = 1 << 22


def write_atomic(path: str | os.PathLike, payload: bytes | Iterable[bytes]) -> None:
    """Replace ``path`` by ``payload`` (bytes, or an iterable of byte chunks for large files):
    a temporary file in the same folder is written, flushed, synced and renamed over it, then
    the folder is synced. A replaced file keeps its permissions. Raises OSError."""
    target = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(target))
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = 0o644
    fd, tmp = tempfile.mkstemp(
        prefix="." + os.path.basename(target) + ".", suffix=".tmp", dir=directory
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
