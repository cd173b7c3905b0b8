"""Teacher mode: locked controls are disabled (and stay so after a run re-enables the
window's), a wrong password keeps the lock, the right one lifts it, and the lock travels in a
session file so an exercise opens locked."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from linreg_gui.core.session import load_session
from linreg_gui.gui import teacher_mode
from linreg_gui.gui.main_window import MainWindow
from tests.gui.teaching_helpers import RUN_TIMEOUT, run_and_wait


def test_locked_controls_are_disabled(qtbot, window):
    tm = window.teaching.teacher
    c = window.controls
    tm.lock_with(["lr", "steps"], "sesame")
    for widget in (c.seed_box, c.optimizer_box, c.loss_box, c.batch_box, c.normalize_box):
        assert not widget.isEnabled()
    assert c.lr_box.isEnabled() and c.steps_box.isEnabled()
    assert not window.reset_action.isEnabled()
    assert not window.files.open_action.isEnabled()
    assert not window.table_view.add_row_action.isEnabled()
    assert window.table_model.read_only
    assert tm.status_label.isVisibleTo(window)
    assert not tm.lock_action.isEnabled() and tm.unlock_action.isEnabled()
    # A run re-enables the window's controls when it ends: the lock holds.
    run_and_wait(qtbot, window, window.train_action)
    assert not window.reset_action.isEnabled() and not window.files.open_action.isEnabled()
    assert not window.table_view.add_row_action.isEnabled() and window.table_model.read_only
    assert not c.seed_box.isEnabled() and c.lr_box.isEnabled()
    # Wrong password: still locked; the right one lifts it.
    assert not tm.try_unlock("open up")
    assert not c.seed_box.isEnabled() and tm.lock is not None
    assert tm.try_unlock("sesame")
    assert tm.lock is None
    assert c.seed_box.isEnabled() and window.reset_action.isEnabled()
    assert window.files.open_action.isEnabled() and not window.table_model.read_only
    assert window.table_view.add_row_action.isEnabled()
    assert window.table_view.insert_row_above_action.isEnabled()


def test_a_file_dropped_on_a_window_locked_against_opening_is_refused(window, tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("h,s\n1,10\n2,20\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.teaching.teacher.lock_with(["lr", "steps"], "sesame")  # "open" is locked
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert window.table_model.column_names() != ["h", "s"]  # the exercise's data stays
    assert not window.files.importer.busy


def test_the_dialogs(qtbot, window, monkeypatch):
    tm = window.teaching.teacher

    def fill(dialog):
        for key, box in dialog.boxes.items():
            box.setChecked(key == "lr")
        dialog.password.setText("pw")
        dialog.confirm.setText("pw")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(teacher_mode.LockDialog, "exec", fill)
    window.teaching.teacher.lock_action.trigger()
    assert tm.lock.free == ("lr",) and tm.lock.has_password
    warnings = []
    monkeypatch.setattr(teacher_mode.QMessageBox, "warning",
                        lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(teacher_mode, "ask_password", lambda *a, **k: ("nope", True))
    tm.unlock_action.trigger()
    assert tm.lock is not None and "Wrong password" in warnings[0]
    monkeypatch.setattr(teacher_mode, "ask_password", lambda *a, **k: ("pw", True))
    tm.unlock_action.trigger()
    assert tm.lock is None


def test_two_different_passwords_are_refused(qtbot, window):
    dialog = teacher_mode.LockDialog(parent=window)
    dialog.password.setText("a")
    dialog.confirm.setText("b")
    dialog._check_and_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.problem.text()
    dialog.deleteLater()


def test_an_exercise_file_opens_locked(qtbot, window, tmp_path):
    window.teaching.teacher.lock_with(["lr", "steps", "reset"], "teacher")
    path = tmp_path / "exercise.linreg"
    assert window.session.save_to(path)
    assert "teacher" not in path.read_text(encoding="utf-8")
    assert load_session(path).lock.free == ("lr", "steps", "reset")
    student = MainWindow()
    qtbot.addWidget(student)
    try:
        with qtbot.waitSignal(student.controller.ready, timeout=RUN_TIMEOUT):
            student.start_engine()
        with qtbot.waitSignal(student.snapshot_shown, timeout=RUN_TIMEOUT):
            assert student.session.open_path(path)
        tm = student.teaching.teacher
        assert tm.lock is not None
        assert not student.controls.seed_box.isEnabled()
        assert student.controls.lr_box.isEnabled() and student.reset_action.isEnabled()
        assert not student.files.open_action.isEnabled()
        assert not tm.try_unlock("student") and tm.try_unlock("teacher")
    finally:
        student.close()
