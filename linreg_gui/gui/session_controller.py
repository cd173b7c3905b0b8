"""SessionController: File > Open / Save / Save As / Open Recent of ``.linreg`` sessions, the
modified flag and window title, autosave to a recovery file, and recovery after a crash.

The window owns one and gives it two callables: ``collect() -> SessionData`` (the table, the
settings and the model as they are now; ``collect_session`` builds it) and
``restore(SessionData)`` (put a session into the table, the settings and the worker). The
controller knows no widget except a parent for its dialogs; every dialog goes through a small
method (``ask_save_changes``, ``ask_open_path``, ``ask_save_path``, ``ask_restore``,
``show_error``, ``show_info``) that tests replace.

Autosave: every change (an undo-stack step, ``mark_modified()``, training progress through
``track_snapshot``) schedules a write of the recovery file ``AUTOSAVE_DELAY_MS`` later, and
writes are at least ``AUTOSAVE_MIN_GAP_MS`` apart, so the file is at most about 3 s behind.
The session is encoded to bytes on the GUI thread (the table's JSON is reused while the table
is unchanged, each kept run's JSON is reused, the history's is built incrementally by a
HistoryLog) and written atomically by a short-lived thread, joined on ``shutdown()``. While a
run goes on, the recovery file holds the history thinned to RUNNING_RECOVERY_RECORDS (every
kept record is written once the run ends). Measured on the lesson's table while training at
full speed (``benchmarks/bench_gui.py --diagnose``): 5-18 ms per autosave; a table of a million
rows costs ~120 ms, so writes then space out to keep within AUTOSAVE_BUDGET.

Recovery files live in ``<AppDataLocation>/recovery/session-<pid>.linreg`` (the folder can be
set with the LINREG_RECOVERY_DIR environment variable, for scripts and tests). Each running
instance holds a QLockFile ``session-<pid>.lock`` beside its file; at start-up, a recovery file
whose lock nobody holds (its process died: Qt checks the pid and the program's name) is
offered for restoring. A clean exit deletes the file and the lock.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QLockFile,
    QObject,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from linreg_gui import __version__
from linreg_gui.core.history import StepRecord
from linreg_gui.core.korean import fix_particles
from linreg_gui.core.session import (
    HistoryLog,
    SessionData,
    SessionEncoder,
    SessionError,
    SessionHistory,
    load_session,
    now_iso,
    save_session,
    session_from_table,
    write_atomic,
)

SUFFIX = ".linreg"
#: Environment variable that moves the recovery folder (scripts, end-to-end tests).
RECOVERY_DIR_ENV = "LINREG_RECOVERY_DIR"
RECENT_KEY = "session/recent_files"
LAST_FOLDER_KEY = "session/last_folder"
MAX_RECENT = 8

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"

#: The share of the GUI thread's time autosave may take (collect + encode); only very large
#: tables (around a million rows) reach it, and then writes are spaced further apart...
AUTOSAVE_BUDGET = 0.04
#: ...but never more than this.
MAX_AUTOSAVE_GAP_MS = 30_000
#: While a run goes on, the recovery file's history is thinned to this many records.
RUNNING_RECOVERY_RECORDS = 2_000


# ---- recovery files (usable from scripts: no QApplication needed) ----------------------------


def default_recovery_dir() -> Path:
    """``$LINREG_RECOVERY_DIR`` if set, else ``<AppDataLocation>/recovery``."""
    env = os.environ.get(RECOVERY_DIR_ENV)
    if env:
        return Path(env)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def recovery_file_for(pid: int, directory: str | os.PathLike | None = None) -> Path:
    """The recovery file a linreg-gui process with this pid writes (its first instance)."""
    return Path(directory or default_recovery_dir()) / f"session-{int(pid)}{SUFFIX}"


def read_recovery(pid: int, directory: str | os.PathLike | None = None) -> SessionData:
    """The session the process ``pid`` last autosaved (SessionError if there is none yet).

    For end-to-end tests: start ``python -m linreg_gui`` with LINREG_RECOVERY_DIR set, edit,
    wait until ``recovery_file_for(proc.pid, dir)`` exists, kill -9, then read it with this.
    """
    return load_session(recovery_file_for(pid, directory))


@dataclass
class OrphanedRecovery:
    """A recovery file whose program is gone; its lock is held by us until released."""

    path: Path
    lock: QLockFile
    mtime: float

    def release(self) -> None:
        """Leave the file for a later start-up."""
        self.lock.unlock()

    def discard(self) -> None:
        """Delete the file (and any temporary file a crash left beside it), then the lock."""
        _unlink(self.path)
        for tmp in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            _unlink(tmp)
        self.lock.unlock()

    def set_aside(self) -> Path:
        """Rename an unreadable file so it is not offered again (nor lost); returns the name."""
        target = self.path.with_name(self.path.name + ".unreadable")
        try:
            os.replace(self.path, target)
        except OSError:
            pass
        self.lock.unlock()
        return target


def find_orphaned_recoveries(
    directory: str | os.PathLike | None = None, exclude: Path | None = None
) -> list[OrphanedRecovery]:
    """Recovery files in ``directory`` whose process is gone, newest first, each locked."""
    folder = Path(directory or default_recovery_dir())
    found: list[OrphanedRecovery] = []
    try:
        paths = sorted(folder.glob(f"session-*{SUFFIX}"))
    except OSError:
        return []
    for path in paths:
        if exclude is not None and path == exclude:
            continue
        lock = QLockFile(str(path.with_suffix(".lock")))
        lock.setStaleLockTime(0)  # a living owner's lock never goes stale by age
        if not lock.tryLock(0):
            continue  # its program is running
        try:
            mtime = path.stat().st_mtime
        except OSError:  # deleted meanwhile
            lock.unlock()
            continue
        found.append(OrphanedRecovery(path, lock, mtime))
    found.sort(key=lambda o: o.mtime, reverse=True)
    return found


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass


# ---- what the window hands over ---------------------------------------------------------------


class TrainingRecorder:
    """The model's latest state and its history as the window received them from the worker
    (snapshots), kept within MAX_HISTORY_RECORDS for saving."""

    #: Records kept aside before they are put into the log (bounds the memory they take).
    PENDING_RECORDS = 50_000

    def __init__(self) -> None:
        self.latest: StepRecord | None = None
        self._log = HistoryLog(1)
        self._pending: list = []  # HistoryChunks not yet in the log
        self._pending_records = 0
        self.running = False  # the last snapshot came while a run was going on
        #: Set by the autosave while a run goes on: history() then thins to this many records
        #: and makes no JSON for the kept ones (see RUNNING_RECOVERY_RECORDS).
        self.coarse_limit: int | None = None

    def on_snapshot(self, snap) -> None:
        """Keep a snapshot's records. They are put into the log when it is read (autosave,
        save) or once PENDING_RECORDS have come, not on every training frame: the frame's
        time is time the training waits for (see training_worker.DRAWING_BUDGET)."""
        self.running = bool(snap.running)
        chunk = snap.chunk
        k = len(snap.latest.weight)
        if snap.replace or k != self._n_features():
            self._pending.clear()
            self._pending_records = 0
            self._log.clear(k)
        if len(chunk):
            self._pending.append(chunk)
            self._pending_records += len(chunk)
            if self._pending_records >= self.PENDING_RECORDS:
                self._flush()
        self.latest = snap.latest

    @property
    def log(self) -> HistoryLog:
        """Every record received so far (thinned as HistoryLog keeps them)."""
        self._flush()
        return self._log

    def _n_features(self) -> int:
        if self._pending:
            return int(self._pending[-1].weight.shape[1])
        return self._log.n_features

    def _flush(self) -> None:
        for chunk in self._pending:
            self._log.extend(chunk.steps, chunk.loss, chunk.weight, chunk.bias)
        self._pending.clear()
        self._pending_records = 0

    def load(self, data: SessionData) -> None:
        """What a restored session holds, until the worker's own snapshot replaces it."""
        self._pending.clear()
        self._pending_records = 0
        if data.weight is None:
            self.latest = None
            self._log.clear(max(1, data.n_features))
            return
        k = len(data.weight)
        nan = math.nan
        self.latest = StepRecord(data.step, tuple(data.weight), float(data.bias), nan,
                                 (nan,) * k, nan)
        self._log.clear(k)
        h = data.history
        if h is not None and len(h):
            self._log.extend(h.steps, h.loss, h.weight, h.bias)

    def history(self) -> SessionHistory | None:
        if not len(self.log):
            return None
        if self.coarse_limit is not None:
            return self._log.coarse_snapshot(self.coarse_limit)
        return self._log.snapshot()


def collect_session(table_model, config, steps_per_run: int, recorder: TrainingRecorder
                    ) -> SessionData:
    """SessionData from the window's table model (column_names, values, invalid_cells), its
    settings and a TrainingRecorder. A model that does not fit the table is left out."""
    return session_from_table(
        table_model.column_names(),
        table_model.values(),
        table_model.invalid_cells(),
        config,
        steps_per_run,
        recorder.latest,
        recorder.history(),
    )


# ---- the controller -----------------------------------------------------------------------------


class SessionController(QObject):
    title_changed = Signal(str)  # "name.linreg*" (with * while modified)
    modified_changed = Signal(bool)
    path_changed = Signal(str)  # the session's file, "" while untitled
    message = Signal(str)  # a short status-bar text ("Saved lesson.linreg")

    #: A change is written to the recovery file this long after it, and writes are at least
    #: AUTOSAVE_MIN_GAP_MS apart: the recovery file is never more than ~3 s behind.
    AUTOSAVE_DELAY_MS = 2000
    AUTOSAVE_MIN_GAP_MS = 3000

    def __init__(
        self,
        parent: QObject | None,
        undo_stack: QUndoStack,
        collect: Callable[[], SessionData],
        restore: Callable[[SessionData], None],
        *,
        settings: QSettings | None = None,
        recovery_dir: str | os.PathLike | None = None,
        instance_id: int | None = None,
        autosave: bool = True,
    ) -> None:
        super().__init__(parent)
        self._dialog_parent = parent if isinstance(parent, QWidget) else None
        self._undo_stack = undo_stack
        self._collect = collect
        self._restore = restore
        self._settings = settings if settings is not None else QSettings()
        self._current_path: str | None = None
        # The data file an untitled session was opened from: the title names it.
        self._data_path: str | None = None
        #: Opens a data file (CSV, Excel) chosen in Open Recent; FileActions sets it.
        self.open_data_file: Callable[[str], None] | None = None
        self._created: str | None = None
        self._extra_modified = False
        self._modified = False
        self._suspend = 0  # > 0 while a session is being put in place
        self._closed = False
        self.recorder = TrainingRecorder()

        # Autosave.
        self.autosave_delay_ms = self.AUTOSAVE_DELAY_MS
        self.autosave_min_gap_ms = self.AUTOSAVE_MIN_GAP_MS
        self._autosave_enabled = autosave
        self._encoder = SessionEncoder()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._autosave)
        self._last_write = -math.inf  # time.monotonic() of the last autosave
        self._writer: threading.Thread | None = None
        self._write_error: str | None = None
        self._reported_write_error = False
        self._recovery_written = False
        #: How long the last autosave took on the GUI thread (collect + encode), in ms.
        self.last_autosave_ms = 0.0
        self.recovery_dir = Path(recovery_dir) if recovery_dir else default_recovery_dir()
        self._lock: QLockFile | None = None
        self.recovery_path: Path | None = None
        if autosave:
            self._claim_recovery_file(os.getpid() if instance_id is None else int(instance_id))

        # Actions.
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self.open_session)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save)
        self.save_as_action = QAction(self)
        self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_as_action.triggered.connect(self.save_as)
        for a in (self.open_action, self.save_action, self.save_as_action):
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.recent_menu = QMenu(self._dialog_parent)
        self.clear_recent_action = QAction(self)
        self.clear_recent_action.triggered.connect(self.clear_recent_files)

        undo_stack.cleanChanged.connect(self._update_modified)
        undo_stack.indexChanged.connect(self._on_change)
        self.retranslate()

    # ---- state ------------------------------------------------------------------------------

    @staticmethod
    def is_session_file(path: str | os.PathLike) -> bool:
        """Whether ``path`` names a session (by its suffix), for a window that opens data files
        and sessions through one Open, a drop or the command line."""
        return os.fspath(path).lower().endswith(SUFFIX)

    @property
    def current_path(self) -> str | None:
        return self._current_path

    @property
    def modified(self) -> bool:
        return self._modified

    def title(self) -> str:
        """The session's name for the window title: "lesson.linreg*" while modified."""
        if self._current_path:
            name = Path(self._current_path).name
        elif self._data_path:
            name = Path(self._data_path).name
        else:
            name = self.tr("Untitled")
        return name + ("*" if self._modified else "")

    def mark_modified(self, *_args) -> None:
        """Something outside the table's undo stack changed (settings, training, a reset).
        Accepts and ignores signal arguments, so signals can connect to it directly."""
        if self._suspend or self._closed:
            return
        self._extra_modified = True
        self._on_change()

    def track_snapshot(self, snap) -> None:
        """Connect TrainingController.snapshot_received here: keeps the state for saving, and
        training progress marks the session modified (whole-history snapshots after a load,
        a reset or a new dataset do not: those changes are marked where they are made)."""
        self.recorder.on_snapshot(snap)
        if not snap.replace:
            self.mark_modified()

    def _on_change(self, *_args) -> None:
        self._update_modified()
        if not self._suspend:
            self._schedule_autosave()

    def _stack_is_clean(self) -> bool:
        try:
            return self._undo_stack.isClean()
        except RuntimeError:  # the stack is being destroyed with its window
            return True

    def _update_modified(self, *_args) -> None:
        if self._closed:
            return
        modified = self._extra_modified or not self._stack_is_clean()
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)
            self.title_changed.emit(self.title())

    def _set_path(self, path: str | None) -> None:
        path = os.path.abspath(path) if path else None
        self._data_path = None
        if path != self._current_path:
            self._current_path = path
            self.path_changed.emit(path or "")
            self.title_changed.emit(self.title())

    def _mark_clean(self) -> None:
        self._extra_modified = False
        self._undo_stack.setClean()
        self._update_modified()

    def retranslate(self) -> None:
        texts = {
            self.open_action: (self.tr("&Open…"), self.tr("Open a saved session (Ctrl+O)")),
            self.save_action: (
                self.tr("&Save"),
                self.tr("Save the data, the settings and the training so far (Ctrl+S)"),
            ),
            self.save_as_action: (
                self.tr("Save &As…"),
                self.tr("Save the session under a new name (Ctrl+Shift+S)"),
            ),
            self.clear_recent_action: (self.tr("&Clear list"), self.tr("Forget the recent files")),
        }
        for a, (text, tip) in texts.items():
            a.setText(text)
            a.setToolTip(tip)
            a.setStatusTip(tip)
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self._rebuild_recent_menu()
        self.title_changed.emit(self.title())

    # ---- saving -----------------------------------------------------------------------------

    def collect(self) -> SessionData:
        """The session as it is now, with this document's creation time and app version."""
        data = self._collect()
        return data.replace(created=self._created or now_iso(), app_version=__version__,
                            document_path=None)

    def save(self, *_args) -> bool:
        """Save to the current file, or ask for one; False if cancelled or it failed."""
        if self._current_path is None:
            return self.save_as()
        return self.save_to(self._current_path)

    def save_as(self, *_args) -> bool:
        path = self.ask_save_path(self._suggested_path())
        if not path:
            return False
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        return self.save_to(path)

    def save_to(self, path: str | os.PathLike) -> bool:
        """Save the session to ``path``, which becomes the current file; errors are shown."""
        path = os.path.abspath(os.fspath(path))
        data = self.collect()
        try:
            save_session(path, data)
        except SessionError as exc:
            self.show_error(
                self.tr("Could not save"),
                self.tr("The session could not be saved.\n\n{0}").format(exc),
            )
            return False
        self._created = data.created
        self._set_path(path)
        self._mark_clean()
        self._add_recent(path)
        self._settings.setValue(LAST_FOLDER_KEY, os.path.dirname(path))
        self._discard_own_recovery()  # the saved file holds everything now
        self.message.emit(self.tr("Saved {0}").format(Path(path).name))
        return True

    def maybe_save(self, *, closing: bool = True) -> bool:
        """Before closing (or opening another session): False if the user cancelled."""
        if not self._modified:
            return True
        answer = self.ask_save_changes(closing)
        if answer == SAVE:
            return self.save()
        return answer == DISCARD

    def _suggested_path(self) -> str:
        if self._current_path:
            return self._current_path
        if self._data_path:  # scores.csv -> scores.linreg beside it
            return str(Path(self._data_path).with_suffix(SUFFIX))
        folder = self._settings.value(LAST_FOLDER_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return os.path.join(str(folder), self.tr("session") + SUFFIX)

    # ---- opening ----------------------------------------------------------------------------

    def open_session(self, *_args) -> bool:
        """File > Open: ask to save changes, ask for a file, open it."""
        if not self.maybe_save(closing=False):
            return False
        path = self.ask_open_path(self._open_folder())
        if not path:
            return False
        return self.open_path(path)

    def open_path(self, path: str | os.PathLike) -> bool:
        """Open ``path`` without asking anything first (command line, recent files); a file
        that cannot be read is reported and nothing changes."""
        path = os.path.abspath(os.fspath(path))
        try:
            data = load_session(path)
        except SessionError as exc:
            self.show_error(
                self.tr("Could not open"),
                self.tr("The session could not be opened.\n\n{0}").format(exc),
            )
            return False
        if not self._apply(data, path, modified=False):
            return False
        self._add_recent(path)
        self._settings.setValue(LAST_FOLDER_KEY, os.path.dirname(path))
        self.message.emit(self.tr("Opened {0}").format(Path(path).name))
        return True

    def data_file_opened(self, path: str | os.PathLike, put_in_table: Callable[[], None]) -> None:
        """A data file (CSV, Excel) is read: ``put_in_table()`` replaces the table with it (an
        undoable edit of this session). It joins Open Recent; an untitled session is named
        after it, and stays unmodified if it was (the data are in that file; earlier unsaved
        changes still count, so closing still asks)."""
        path = os.path.abspath(os.fspath(path))
        was_modified = self._modified
        put_in_table()
        if self._current_path is None:
            self._data_path = path
            if not was_modified:
                self._mark_clean()
            self.title_changed.emit(self.title())
        self._add_recent(path)

    def open_recent(self, path: str) -> bool:
        if not self.is_session_file(path) and self.open_data_file is not None:
            if not os.path.isfile(path):
                self._remove_recent(path)
            self.open_data_file(path)  # a missing file is reported by the importer
            return True
        if not os.path.isfile(path):
            self._remove_recent(path)
            self.show_info(
                self.tr("File not found"),
                self.tr("{0} no longer exists. It was removed from the recent files.").format(
                    path
                ),
            )
            return False
        if not self.maybe_save(closing=False):
            return False
        return self.open_path(path)

    def _apply(self, data: SessionData, path: str | None, *, modified: bool) -> bool:
        self._suspend += 1
        try:
            try:
                self._restore(data)
            except ValueError as exc:  # e.g. the table refuses edits during training
                self.show_error(self.tr("Could not open"), str(exc))
                return False
            self.recorder.load(data)
            self._undo_stack.clear()
        finally:
            self._suspend -= 1
        self._created = data.created
        self._set_path(path)
        self._extra_modified = modified
        self._undo_stack.setClean()
        self._update_modified()
        return True

    def _open_folder(self) -> str:
        if self._current_path:
            return os.path.dirname(self._current_path)
        folder = self._settings.value(LAST_FOLDER_KEY)
        return str(folder) if folder else QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )

    # ---- recent files -----------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self._settings.value(RECENT_KEY, [])
        if value is None:
            return []
        if isinstance(value, str):  # an ini file gives one entry back as a string
            value = [value]
        return [str(v) for v in value if v][:MAX_RECENT]

    def _store_recent(self, paths: list[str]) -> None:
        self._settings.setValue(RECENT_KEY, paths[:MAX_RECENT])
        self._rebuild_recent_menu()

    def _add_recent(self, path: str) -> None:
        paths = [p for p in self.recent_files() if os.path.normcase(p) != os.path.normcase(path)]
        self._store_recent([path, *paths])

    def _remove_recent(self, path: str) -> None:
        self._store_recent([p for p in self.recent_files() if p != path])

    def clear_recent_files(self, *_args) -> None:
        self._store_recent([])

    def _rebuild_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()  # deletes the file actions it owns; clear_recent_action is ours
        paths = self.recent_files()
        for i, path in enumerate(paths, start=1):
            a = QAction(f"&{i} {Path(path).name}", menu)
            a.setToolTip(path)
            a.setStatusTip(path)
            a.setData(path)
            a.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
            menu.addAction(a)
        if paths:
            menu.addSeparator()
        menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(paths))
        menu.setEnabled(bool(paths))

    # ---- autosave ---------------------------------------------------------------------------

    def _claim_recovery_file(self, instance_id: int) -> None:
        try:
            self.recovery_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._write_error = str(exc)
            return
        for n in range(100):
            stem = f"session-{instance_id}" + (f"-{n}" if n else "")
            lock = QLockFile(str(self.recovery_dir / f"{stem}.lock"))
            lock.setStaleLockTime(0)
            if lock.tryLock(0):
                self._lock = lock
                self.recovery_path = self.recovery_dir / f"{stem}{SUFFIX}"
                # A file of that name with a lock we could take is an orphan (a reused pid):
                # leave it for check_for_recovery, which skips our own name, so move it aside.
                if self.recovery_path.exists():
                    aside = f"session-{instance_id}-orphan-{time.time_ns()}{SUFFIX}"
                    try:
                        os.replace(self.recovery_path, self.recovery_dir / aside)
                    except OSError:
                        pass
                return
        self._write_error = "no free recovery file name"

    def _schedule_autosave(self) -> None:
        if self._closed or self.recovery_path is None or self._timer.isActive():
            return
        since = (time.monotonic() - self._last_write) * 1000
        # A huge table makes each write dearer: keep autosave under ~4% of the GUI thread.
        gap = min(MAX_AUTOSAVE_GAP_MS, max(self.autosave_min_gap_ms,
                                           self.last_autosave_ms / AUTOSAVE_BUDGET))
        self._timer.start(int(max(self.autosave_delay_ms, gap - since)))

    def _autosave(self) -> None:
        if self._closed or self.recovery_path is None:
            return
        if not self._modified:
            self._discard_own_recovery()
            return
        if self._writer is not None and self._writer.is_alive():
            self._timer.start(100)  # the last write is still going: try again shortly
            return
        self._report_write_error()
        t0 = time.perf_counter()
        try:
            payload = self._encode_recovery()
        except Exception as exc:  # noqa: BLE001 - autosave must never take the window down
            self._write_error = str(exc)
            self._report_write_error()
            return
        self.last_autosave_ms = (time.perf_counter() - t0) * 1000
        self._last_write = time.monotonic()
        path = self.recovery_path
        self._writer = threading.Thread(
            target=self._write_in_thread, args=(path, payload), name="linreg-autosave",
            daemon=True,
        )
        self._recovery_written = True
        self._writer.start()

    def _encode_recovery(self) -> bytes:
        # While a run goes on the history grows by thousands of records a second; making the
        # JSON of all of them every few seconds would take the GUI thread (and, through the
        # interpreter lock, the training) tens of milliseconds each time. The recovery file
        # then holds a thinned history, enough to redraw the plots; the write after the run
        # ends holds every kept record.
        if self.recorder.running:
            self.recorder.coarse_limit = RUNNING_RECOVERY_RECORDS
        try:
            data = self.collect().replace(document_path=self._current_path or "")
        finally:
            self.recorder.coarse_limit = None
        return self._encoder(data)

    def _write_in_thread(self, path: Path, payload: bytes) -> None:
        try:
            write_atomic(path, payload)
        except OSError as exc:
            self._write_error = f"{path}: {exc.strerror or exc}"

    def _report_write_error(self) -> None:
        if self._write_error and not self._reported_write_error:
            self._reported_write_error = True  # once: a full disk should not nag every 3 s
            self.message.emit(
                self.tr("Automatic backup failed: {0}").format(self._write_error)
            )

    def write_recovery_now(self) -> bool:
        """Write the recovery file at once, on this thread (after a restore, and for tests)."""
        if self.recovery_path is None or self._closed:
            return False
        self._join_writer()
        try:
            write_atomic(self.recovery_path, self._encode_recovery())
        except (OSError, SessionError) as exc:
            self._write_error = str(exc)
            self._report_write_error()
            return False
        self._last_write = time.monotonic()
        self._recovery_written = True
        return True

    def _join_writer(self) -> None:
        if self._writer is not None:
            self._writer.join()
            self._writer = None

    def _discard_own_recovery(self) -> None:
        self._timer.stop()
        self._join_writer()
        if self.recovery_path is not None and self._recovery_written:
            _unlink(self.recovery_path)
            self._recovery_written = False

    def shutdown(self) -> None:
        """On a clean exit (after maybe_save): stop autosaving, wait for a write in progress,
        delete the recovery file and its lock. Safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        for signal, slot in ((self._undo_stack.cleanChanged, self._update_modified),
                             (self._undo_stack.indexChanged, self._on_change)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # the stack is gone already
                pass
        self._join_writer()
        if self.recovery_path is not None:
            _unlink(self.recovery_path)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # ---- recovery ---------------------------------------------------------------------------

    def check_for_recovery(self, parent: QWidget | None = None) -> SessionData | None:
        """At start-up: offer the newest session left by a program that did not close properly.

        Restoring puts it in place (through ``restore``), marked modified, under its old file
        name if it had one; the recovered file is deleted once this instance has its own copy.
        Discarded files are deleted; unreadable ones are renamed ``*.unreadable`` and reported.
        Returns the restored session, or None.
        """
        restored: SessionData | None = None
        for orphan in find_orphaned_recoveries(self.recovery_dir, exclude=self.recovery_path):
            if restored is not None:
                orphan.release()  # one session at a time; the others wait for the next start
                continue
            try:
                data = load_session(orphan.path)
            except SessionError as exc:
                aside = orphan.set_aside()
                self.show_error(
                    self.tr("Recovery"),
                    self.tr("A recovered session could not be read and was set aside as "
                            "{0}.\n\n{1}").format(aside, exc.translated_problem()),
                )
                continue
            if not self.ask_restore(data, orphan.path, parent or self._dialog_parent):
                orphan.discard()
                continue
            path = data.document_path or None
            if not self._apply(data, path, modified=True):
                orphan.release()
                return None
            self.write_recovery_now()
            orphan.discard()
            restored = data
            self.message.emit(self.tr("Restored the session from {0}").format(
                self.describe_time(data.saved, orphan.mtime)))
        return restored

    def describe_time(self, iso: str | None, fallback: float | None = None) -> str:
        """A saved time in the user's locale, e.g. "2024. 3. 5. 오후 2:31"."""
        dt = QDateTime.fromString(iso, Qt.DateFormat.ISODate) if iso else QDateTime()
        if not dt.isValid() and fallback is not None:
            dt = QDateTime.fromSecsSinceEpoch(int(fallback))
        if not dt.isValid():
            return self.tr("an unknown time")
        return QLocale().toString(dt.toLocalTime(), QLocale.FormatType.ShortFormat)

    # ---- dialogs (tests replace these) --------------------------------------------------------

    def ask_save_changes(self, closing: bool = True) -> str:
        """SAVE, DISCARD or CANCEL."""
        name = self.title().rstrip("*")
        if closing:
            text = self.tr("Save changes to {0} before closing?").format(name)
        else:
            text = self.tr("Save changes to {0} before opening another session?").format(name)
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"), text, buttons,
                          self._dialog_parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return DISCARD
        return CANCEL

    def _filter(self) -> str:
        return self.tr("Linear regression sessions (*.linreg);;All files (*)")

    def ask_open_path(self, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self._dialog_parent, self.tr("Open session"), folder, self._filter()
        )
        return path or None

    def ask_save_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self._dialog_parent, self.tr("Save session"), suggested, self._filter()
        )
        return path or None

    def ask_restore(self, data: SessionData, path: Path, parent: QWidget | None) -> bool:
        """True to restore the recovered session, False to discard it."""
        name = Path(data.document_path).name if data.document_path else self.tr("Untitled")
        rows = int(np.asarray(data.values).shape[0])
        text = self.tr(
            "linreg-gui did not close properly last time. Your work was saved automatically "
            "at {time}:\n\n{name}: {rows} rows, step {step}.\n\nRestore it?"
        ).format(time=self.describe_time(data.saved, path.stat().st_mtime if path.exists()
                                         else None),
                 name=name, rows=rows, step=data.step)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore unsaved work?"), text,
                          QMessageBox.StandardButton.NoButton, parent)
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self._dialog_parent, title, fix_particles(text))

    def show_info(self, title: str, text: str) -> None:
        QMessageBox.information(self._dialog_parent, title, fix_particles(text))
