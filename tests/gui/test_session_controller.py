"""The session controller as the window will use it: the modified flag and the title, Save,
Save As, Open and Open Recent through replaced dialogs, closing with unsaved changes, autosave
to the recovery file, and recovery after a crash (also a real kill -9 of another process)."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QLockFile, QSettings
from PySide6.QtWidgets import QWidget

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.history import HistoryChunk, StepRecord
from linreg_gui.core.session import SessionData, SessionHistory, load_session, save_session
from linreg_gui.gui import session_controller as sc
from linreg_gui.gui.session_controller import (
    CANCEL,
    DISCARD,
    RUNNING_RECOVERY_RECORDS,
    SAVE,
    SessionController,
    collect_session,
    find_orphaned_recoveries,
)
from linreg_gui.gui.snapshot import TrainingSnapshot
from linreg_gui.gui.table_model import DataTableModel

REPO = Path(__file__).resolve().parents[2]
WAIT_MS = 3500  # autosave: 2 s after a change, plus room for a slow machine


class FakeWindow(QWidget):
    """What MainWindow gives the controller: a table, settings, and the two callables."""

    def __init__(self) -> None:
        super().__init__()
        self.model = DataTableModel(self)
        self.model.set_dataset(Dataset.lesson())
        self.model.undo_stack.clear()
        self.config = TrainConfig()
        self.steps = 100
        self.restored: list[SessionData] = []

    def collect(self) -> SessionData:
        return collect_session(self.model, self.config, self.steps, self.session.recorder)

    def restore(self, data: SessionData) -> None:
        self.restored.append(data)
        self.config = data.config
        self.steps = data.steps_per_run
        self.model.set_table(data.names, data.values, data.invalid)


# This module tests the real "Save changes?" question (see tests/conftest.py).
REAL_SAVE_QUESTION = True

def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture
def make_window(qtbot, tmp_path):
    made = []

    def make(instance_id=None, recovery_dir=None):
        w = FakeWindow()
        qtbot.addWidget(w)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        w.session = SessionController(
            w, w.model.undo_stack, w.collect, w.restore, settings=settings,
            recovery_dir=recovery_dir or tmp_path / "recovery", instance_id=instance_id,
        )
        # Any dialog a test did not expect fails it instead of blocking.
        for name in ("ask_save_changes", "ask_open_path", "ask_save_path", "ask_restore",
                     "show_error", "show_info"):
            setattr(w.session, name, unexpected(name))
        made.append(w)
        return w

    yield make
    for w in made:
        w.session.shutdown()


def unexpected(name):
    def fail(*args, **kwargs):
        raise AssertionError(f"unexpected dialog {name}{args}")
    return fail


@pytest.fixture
def window(make_window):
    return make_window()


def snapshot(step: int, weight=1.0, bias=2.0, *, replace=False, history_steps=()):
    steps = np.array(history_steps, dtype=np.int64)
    m = len(steps)
    chunk = HistoryChunk(steps, np.ones(m), np.full((m, 1), weight), np.full(m, bias),
                         np.zeros((m, 1)), np.zeros(m))
    latest = StepRecord(step, (weight,), bias, 1.0, (0.0,), 0.0)
    return TrainingSnapshot(latest, chunk, replace, not replace)


# ---- modified flag and title --------------------------------------------------------------------


def test_modified_follows_the_undo_stack_and_training(qtbot, window):
    s = window.session
    assert not s.modified and s.title() == "Untitled"
    with qtbot.waitSignal(s.title_changed) as blocker:
        window.model.set_cell(0, 1, "25")
    assert blocker.args == ["Untitled*"] and s.modified
    with qtbot.waitSignal(s.modified_changed) as blocker:
        window.model.undo_stack.undo()  # back to the state as opened
    assert blocker.args == [False] and s.title() == "Untitled"
    # A whole-history snapshot (a load, a reset) is not progress; a training one is.
    s.track_snapshot(snapshot(0, replace=True, history_steps=[0]))
    assert not s.modified
    s.track_snapshot(snapshot(5, history_steps=[1, 2, 3, 4, 5]))
    assert s.modified and s.title() == "Untitled*"
    assert s.recorder.latest.step == 5 and len(s.recorder.log) == 6


def test_mark_modified_takes_signal_arguments(window):
    window.session.mark_modified(TrainConfig(lr=0.1))
    assert window.session.modified


# ---- saving and opening -----------------------------------------------------------------------


def test_save_asks_for_a_name_once_then_saves_there(qtbot, window, tmp_path):
    s = window.session
    asked = []
    s.ask_save_path = lambda suggested: asked.append(suggested) or str(tmp_path / "수업")
    window.model.set_cell(3 - 1, 0, "3.5")
    s.track_snapshot(snapshot(7, 1.5, 0.5, history_steps=range(8)))
    with qtbot.waitSignal(s.title_changed):
        assert s.save_action.trigger() is None
    path = tmp_path / "수업.linreg"
    assert s.current_path == str(path) and s.title() == "수업.linreg" and not s.modified
    data = load_session(path)
    assert data.values[2, 0] == 3.5 and data.step == 7 and data.weight == (1.5,)
    assert data.history.steps.tolist() == list(range(8)) and data.created
    assert len(asked) == 1
    # Ctrl+S again: no question, same file.
    window.model.set_cell(0, 0, "1.25")
    assert s.save()
    assert len(asked) == 1 and load_session(path).values[0, 0] == 1.25
    assert load_session(path).created == data.created
    assert s.recent_files() == [str(path)]


def test_save_as_cancelled_or_failing_changes_nothing(window, tmp_path):
    s = window.session
    window.model.set_cell(0, 1, "21")
    s.ask_save_path = lambda suggested: None
    assert not s.save_as() and s.modified and s.current_path is None
    errors = []
    s.show_error = lambda title, text: errors.append(text)
    s.ask_save_path = lambda suggested: str(tmp_path / "no such folder" / "x.linreg")
    assert not s.save()
    assert "no such folder" in errors[0] and s.modified and s.current_path is None


def test_open_replaces_the_session_and_clears_the_undo_history(qtbot, window, tmp_path):
    path = tmp_path / "day1.linreg"
    saved = SessionData(
        names=("공부시간", "점수"), values=np.array([[1.0, 20.0], [np.nan, 40.0]]),
        invalid={(1, 0): "두 시간"}, config=TrainConfig(lr=0.01, seed=4), steps_per_run=300,
        step=42, weight=(3.0,), bias=1.0,
        history=SessionHistory.from_arrays([0, 42], [9.0, 3.0], [0.5, 3.0], [0.7, 1.0]),
    )
    save_session(path, saved)
    s = window.session
    window.model.set_cell(0, 1, "99")
    questions = []
    s.ask_save_changes = lambda closing: questions.append(closing) or DISCARD
    s.ask_open_path = lambda folder: str(path)
    assert s.open_session()
    assert questions == [False]
    m = window.model
    assert m.column_names() == ["공부시간", "점수"]
    assert m.invalid_cells() == {(1, 0): "두 시간"} and m.cell_text(1, 0) == "두 시간"
    assert window.config == TrainConfig(lr=0.01, seed=4) and window.steps == 300
    assert not m.undo_stack.canUndo() and not s.modified
    assert s.current_path == str(path) and s.title() == "day1.linreg"
    # Until the worker's own snapshot comes, saving keeps the opened model.
    assert s.recorder.latest.step == 42
    assert s.collect().history.steps.tolist() == [0, 42]


def test_a_damaged_file_is_reported_and_nothing_changes(window, tmp_path):
    path = tmp_path / "broken.linreg"
    path.write_text('{"format": "linreg-gui session", "version": 1, "data": {', "utf-8")
    s = window.session
    window.model.set_cell(0, 1, "99")
    errors = []
    s.show_error = lambda title, text: errors.append((title, text))
    s.ask_save_changes = lambda closing: DISCARD
    s.ask_open_path = lambda folder: str(path)
    assert not s.open_session()
    assert str(path) in errors[0][1] and "ends too early" in errors[0][1]
    assert window.restored == [] and window.model.cell_text(0, 1) == "99"
    assert s.modified and s.current_path is None and s.recent_files() == []


def test_a_newer_file_is_reported(window, tmp_path):
    path = tmp_path / "future.linreg"
    path.write_text('{"format": "linreg-gui session", "version": 99}', "utf-8")
    errors = []
    window.session.show_error = lambda title, text: errors.append(text)
    assert not window.session.open_path(path)
    assert "newer linreg-gui" in errors[0]


def test_open_cancelled_at_the_save_question(window):
    window.model.set_cell(0, 1, "99")
    window.session.ask_save_changes = lambda closing: CANCEL
    assert not window.session.open_session()  # no file dialog was shown
    assert window.model.cell_text(0, 1) == "99"


# ---- closing ----------------------------------------------------------------------------------


def test_maybe_save_cancel_discard_and_save(window, tmp_path):
    s = window.session
    assert s.maybe_save()  # nothing changed: no question
    window.model.set_cell(0, 1, "30")
    asked = []
    s.ask_save_changes = lambda closing: asked.append(closing) or CANCEL
    assert not s.maybe_save() and asked == [True]
    s.ask_save_changes = lambda closing: DISCARD
    assert s.maybe_save() and s.modified and not list(tmp_path.glob("*.linreg"))
    s.ask_save_changes = lambda closing: SAVE
    s.ask_save_path = lambda suggested: None  # Save, then Cancel in the file dialog
    assert not s.maybe_save()
    s.ask_save_path = lambda suggested: str(tmp_path / "closing.linreg")
    assert s.maybe_save() and not s.modified
    assert load_session(tmp_path / "closing.linreg").values[0, 1] == 30.0


def test_the_save_question_names_the_file(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def fake_exec(box):
        shown.append(box.text())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    s = window.session
    s.ask_save_changes = sc.SessionController.ask_save_changes.__get__(s)
    s.ask_save_path = lambda suggested: str(tmp_path / "lesson.linreg")
    s.save()
    window.model.set_cell(0, 1, "30")
    assert s.ask_save_changes(True) == CANCEL
    assert shown == ["Save changes to lesson.linreg before closing?"]


# ---- recent files -----------------------------------------------------------------------------


def test_recent_files_keep_eight_and_drop_missing_ones_with_a_message(window, tmp_path):
    s = window.session
    for i in range(10):
        path = tmp_path / f"s{i}.linreg"
        s.ask_save_path = lambda suggested, p=path: str(p)
        assert s.save_as()
    recent = s.recent_files()
    assert recent == [str(tmp_path / f"s{i}.linreg") for i in range(9, 1, -1)]
    file_actions = [a for a in s.recent_menu.actions() if a.data()]
    assert [a.data() for a in file_actions] == recent
    os.unlink(recent[1])
    infos = []
    s.show_info = lambda title, text: infos.append(text)
    assert not s.open_recent(recent[1])
    assert recent[1] in infos[0] and recent[1] not in s.recent_files()
    assert s.open_recent(recent[2]) and s.current_path == recent[2]
    assert s.recent_files()[0] == recent[2]
    s.clear_recent_files()
    assert s.recent_files() == [] and not s.recent_menu.isEnabled()


# ---- autosave and recovery --------------------------------------------------------------------


def test_autosave_writes_the_recovery_file_soon_after_a_change(qtbot, window):
    s = window.session
    path = s.recovery_path
    assert path.parent == Path(s.recovery_dir) and str(os.getpid()) in path.name
    assert not path.exists()
    window.model.set_cell(1, 1, "사십")
    qtbot.waitUntil(path.exists, timeout=WAIT_MS)
    s._join_writer()
    data = load_session(path)
    assert data.invalid == {(1, 1): "사십"} and data.document_path == ""
    assert s.last_autosave_ms < 500
    # Training goes on: the file follows within a few seconds.
    s.track_snapshot(snapshot(50, 3.0, history_steps=range(51)))
    qtbot.waitUntil(lambda: _recovered_step(path) == 50, timeout=WAIT_MS + 1000)


def test_while_a_run_goes_on_the_recovery_file_keeps_a_thinned_history(qtbot, window):
    # Thousands of records a second: the backup during a run holds enough of them to redraw
    # the plots, not all (encoding all of them every few seconds would stall the window);
    # the backup after the run holds every record the session keeps.
    s = window.session
    s.track_snapshot(snapshot(0, replace=True, history_steps=[0]))
    s.track_snapshot(snapshot(9_000, 3.0, history_steps=range(1, 9_001)))  # running
    s.write_recovery_now()
    during = load_session(s.recovery_path)
    assert during.step == 9_000
    assert len(during.history) <= RUNNING_RECOVERY_RECORDS
    assert during.history.steps[0] == 0 and during.history.steps[-1] == 9_000
    last = snapshot(9_001, 3.0, history_steps=[9_001])
    s.track_snapshot(dataclasses.replace(last, running=False))  # the run's last
    s.write_recovery_now()
    after = load_session(s.recovery_path)
    assert len(after.history) == 9_002  # every record, steps 0 to 9,001
    assert after.history.steps[-1] == 9_001


def _recovered_step(path):
    try:
        return load_session(path).step
    except Exception:  # noqa: BLE001 - between writes
        return None


def test_saving_removes_the_recovery_file(qtbot, window, tmp_path):
    s = window.session
    window.model.set_cell(0, 1, "1")
    qtbot.waitUntil(s.recovery_path.exists, timeout=WAIT_MS)
    s.ask_save_path = lambda suggested: str(tmp_path / "saved.linreg")
    assert s.save()
    assert not s.recovery_path.exists()


def test_undoing_to_the_saved_state_removes_the_recovery_file(qtbot, window):
    s = window.session
    s.autosave_delay_ms = s.autosave_min_gap_ms = 50
    window.model.set_cell(0, 1, "1")
    qtbot.waitUntil(s.recovery_path.exists, timeout=WAIT_MS)
    window.model.undo_stack.undo()
    qtbot.waitUntil(lambda: not s.recovery_path.exists(), timeout=WAIT_MS)


def write_orphan(directory: Path, pid: int, data: SessionData) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"session-{pid}.linreg"
    save_session(path, data)
    return path


def crashed_session(document_path: str | None = None) -> SessionData:
    return SessionData(
        names=("hours", "score"), values=np.array([[1.0, 20.0], [2.0, 40.0], [5.0, np.nan]]),
        invalid={(2, 1): "??"}, config=TrainConfig(lr=0.003), steps_per_run=77, step=12,
        weight=(5.0,), bias=1.5, document_path=document_path,
        history=SessionHistory.from_arrays([0, 6, 12], [9.0, 5.0, 2.0], [1.0, 3.0, 5.0],
                                           [0.5, 1.0, 1.5]),
    )


def test_a_crashed_session_is_offered_and_restored(qtbot, make_window, tmp_path):
    recovery = tmp_path / "recovery"
    pid = dead_pid()
    document = tmp_path / "monday.linreg"
    orphan = write_orphan(recovery, pid, crashed_session(str(document)))
    w = make_window()
    offered = []
    w.session.ask_restore = lambda data, path, parent: offered.append((data, path)) or True
    data = w.session.check_for_recovery(w)
    assert data is not None and offered[0][1] == orphan and data.step == 12
    assert w.restored == [data]
    assert w.model.invalid_cells() == {(2, 1): "??"} and w.config == TrainConfig(lr=0.003)
    s = w.session
    assert s.modified and s.current_path == str(document) and s.title() == "monday.linreg*"
    # The restored session is already safe in this instance's own file; the orphan is gone.
    assert not orphan.exists() and not orphan.with_suffix(".lock").exists()
    assert load_session(s.recovery_path).step == 12
    assert find_orphaned_recoveries(recovery, exclude=s.recovery_path) == []


def test_a_crashed_session_under_our_own_pid_is_still_offered(make_window, tmp_path):
    """The pid of a crashed program came back (after a restart): its file is kept aside."""
    write_orphan(tmp_path / "recovery", 4242, crashed_session())
    w = make_window(instance_id=4242)
    assert w.session.recovery_path.name == "session-4242.linreg"
    assert not w.session.recovery_path.exists()
    w.session.ask_restore = lambda data, path, parent: True
    assert w.session.check_for_recovery().step == 12


def test_a_discarded_recovery_is_deleted(make_window, tmp_path):
    orphan = write_orphan(tmp_path / "recovery", dead_pid(), crashed_session())
    w = make_window()
    w.session.ask_restore = lambda data, path, parent: False
    assert w.session.check_for_recovery() is None
    assert not orphan.exists() and w.restored == [] and not w.session.modified


def test_the_restore_question_lists_the_time_and_the_session(make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    data = crashed_session(str(tmp_path / "monday.linreg")).replace(
        saved="2024-03-05T09:55:12+09:00")
    write_orphan(tmp_path / "recovery", dead_pid(), data)
    texts = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    w = make_window()
    w.session.ask_restore = sc.SessionController.ask_restore.__get__(w.session)
    assert w.session.check_for_recovery() is None  # no button clicked: not restored
    assert "monday.linreg" in texts[0] and "step 12" in texts[0] and "3 rows" in texts[0]
    assert "2024" in texts[0] or "24" in texts[0]


def test_a_running_instances_file_is_not_offered(make_window, tmp_path):
    recovery = tmp_path / "recovery"
    other = make_window(instance_id=1234, recovery_dir=recovery)
    other.model.set_cell(0, 1, "1")
    assert other.session.write_recovery_now()
    w = make_window(instance_id=5678, recovery_dir=recovery)
    assert w.session.check_for_recovery() is None  # ask_restore would fail the test
    assert other.session.recovery_path.exists()


def test_two_controllers_of_one_process_use_two_files(make_window, tmp_path):
    a = make_window(instance_id=42)
    b = make_window(instance_id=42)
    assert a.session.recovery_path != b.session.recovery_path
    lock = QLockFile(str(a.session.recovery_path.with_suffix(".lock")))
    assert not lock.tryLock(0)


def test_an_unreadable_recovery_file_is_set_aside_and_reported(make_window, tmp_path):
    recovery = tmp_path / "recovery"
    recovery.mkdir()
    bad = recovery / f"session-{dead_pid()}.linreg"
    bad.write_text('{"format": "linreg-gui session", "version": 1, "da', "utf-8")
    w = make_window()
    errors = []
    w.session.show_error = lambda title, text: errors.append(text)
    assert w.session.check_for_recovery() is None
    assert not bad.exists() and bad.with_name(bad.name + ".unreadable").exists()
    assert "ends too early" in errors[0]
    assert w.session.check_for_recovery() is None  # not offered again


def test_shutdown_removes_the_recovery_file_and_lock_and_leaves_no_thread(qtbot, window):
    s = window.session
    window.model.set_cell(0, 1, "1")
    qtbot.waitUntil(s.recovery_path.exists, timeout=WAIT_MS)
    window.model.set_cell(0, 1, "2")
    s.shutdown()
    s.shutdown()
    assert not s.recovery_path.exists()
    assert not s.recovery_path.with_suffix(".lock").exists()
    assert s._writer is None
    s.mark_modified()  # after shutdown: nothing scheduled
    assert not s._timer.isActive()


def test_session_files_are_told_by_their_suffix():
    assert SessionController.is_session_file("a/수업.LINREG")
    assert not SessionController.is_session_file("data.csv")


def test_recovery_file_helpers(monkeypatch, tmp_path):
    monkeypatch.setenv(sc.RECOVERY_DIR_ENV, str(tmp_path / "r"))
    assert sc.default_recovery_dir() == tmp_path / "r"
    assert sc.recovery_file_for(77) == tmp_path / "r" / "session-77.linreg"
    monkeypatch.delenv(sc.RECOVERY_DIR_ENV)
    assert sc.default_recovery_dir().name == "recovery"


CRASHING_APP = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    sys.path.insert(0, {tests!r})
    app = QApplication([])
    app.setApplicationName("linreg-gui")
    from gui.test_session_controller import FakeWindow
    from linreg_gui.gui.session_controller import SessionController, recovery_file_for
    w = FakeWindow()
    w.session = SessionController(w, w.model.undo_stack, w.collect, w.restore,
                                  settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
    w.model.set_cell(0, 1, "이십")
    w.model.insert_rows(3)
    w.model.set_cell(3, 0, "4")
    target = recovery_file_for(os.getpid())
    def report():
        if target.exists():
            print("written", flush=True)
        else:
            QTimer.singleShot(50, report)
    QTimer.singleShot(50, report)
    app.exec()
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_after_a_kill_9_the_next_start_offers_every_edit(qtbot, make_window, tmp_path):
    """Another process edits, autosaves and is killed with SIGKILL; this one finds its file
    (the dead process's lock is stale) and restores all its edits."""
    recovery = tmp_path / "recovery"
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen",
               **{sc.RECOVERY_DIR_ENV: str(recovery)})
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASHING_APP.format(tests=str(REPO / "tests")),
         str(tmp_path / "child.ini")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO, text=True,
    )
    try:
        line = proc.stdout.readline()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        proc.stdout.close()
        err = proc.stderr.read()
        proc.stderr.close()
    assert line.strip() == "written", err
    assert (recovery / f"session-{proc.pid}.lock").exists()  # left behind by the crash
    w = make_window()
    w.session.ask_restore = lambda data, path, parent: True
    data = w.session.check_for_recovery()
    assert data is not None
    m = w.model
    assert m.invalid_cells() == {(0, 1): "이십"}
    assert m.rowCount() == 4 and m.cell_text(3, 0) == "4"
    assert not list(recovery.glob(f"session-{proc.pid}.*"))


# ---- the worker continues from a session --------------------------------------------------------


def test_the_training_controller_continues_from_a_restored_session(qtbot):
    from linreg_gui.gui.controller import TrainingController

    c = TrainingController()
    received = []
    c.snapshot_received.connect(received.append)
    data = SessionData(
        names=("hours", "score"), values=np.array([[1.0, 20.0], [2.0, 40.0], [3.0, 60.0]]),
        config=TrainConfig(), step=101, weight=(12.0,), bias=5.0,
        history=SessionHistory.from_arrays([0, 50, 100, 101], [1715.8, 100.0, 20.0, 19.0],
                                           [0.5, 10.0, 12.0, 12.0], [0.77, 4.0, 5.0, 5.0]),
    )
    try:
        c.restore(Dataset.lesson(), data)  # before start: kept until the engine is built
        with qtbot.waitSignal(c.ready, timeout=60_000):
            c.start(Dataset.lesson(), TrainConfig(lr=0.5))
        qtbot.waitUntil(lambda: bool(received) and received[-1].latest.step == 101, timeout=60_000)
        snap = received[-1]
        assert snap.replace and snap.latest.weight == (12.0,) and snap.latest.bias == 5.0
        assert snap.chunk.steps.tolist() == [0, 50, 100, 101]
        with qtbot.waitSignal(c.run_ended, timeout=60_000) as blocker:
            c.train(10)
        assert blocker.args[0].steps_done == 10
        assert received[-1].latest.step == 111
        # A table with no usable row: only the settings are taken, on the model's data.
        received.clear()
        c.restore(None, data)
        qtbot.waitUntil(lambda: bool(received) and received[-1].replace, timeout=60_000)
        assert received[-1].latest.step == 0
        assert received[-1].latest.weight == pytest.approx((0.4963,), abs=1e-4)  # seeded start
    finally:
        assert c.shutdown()
