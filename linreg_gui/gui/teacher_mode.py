"""Teacher mode: lock the controls students should not touch during an exercise, with an
optional password (only a salted hash is kept: core.teacher_lock), and unlock them again.

The lock is part of the session, so an exercise file opens locked. Locked widgets are
disabled and locked actions stay disabled even when the window re-enables them after a run
(each action's ``changed`` signal re-applies the lock).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.core.teacher_lock import TeacherLock

# What a new lock leaves free unless the teacher says otherwise: the learning rate and the
# steps, the lesson's exercise.
DEFAULT_FREE = ("lr", "steps", "reset")


def control_names(_tr=None) -> dict[str, str]:
    """The lockable controls' names in the current language (``_tr`` is not used: lupdate
    files strings by the literal context here)."""
    return {
        "table": QCoreApplication.translate(
            "LockDialog", "Data table (and moving points on the plot)"
        ),
        "lr": QCoreApplication.translate("LockDialog", "Learning rate"),
        "steps": QCoreApplication.translate("LockDialog", "Steps per run"),
        "seed": QCoreApplication.translate("LockDialog", "Seed"),
        "optimizer": QCoreApplication.translate("LockDialog", "Optimizer"),
        "loss": QCoreApplication.translate("LockDialog", "Loss"),
        "batch": QCoreApplication.translate("LockDialog", "Batch size"),
        "standardize": QCoreApplication.translate("LockDialog", "Standardize"),
        "reset": QCoreApplication.translate("LockDialog", "Reset"),
        "open": QCoreApplication.translate("LockDialog", "Open files and sample data"),
        "pace": QCoreApplication.translate("LockDialog", "Training speed"),
    }


class LockDialog(QDialog):
    """Choose which controls stay free, and an optional password."""

    def __init__(self, free=DEFAULT_FREE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lock for students"))
        intro = QLabel(self.tr(
            "Students can use only the ticked controls until the lock is lifted "
            "(Tools ▸ Teacher mode ▸ Unlock…). The lock is saved with the session, so an "
            "exercise file opens locked."))
        intro.setWordWrap(True)
        group = QGroupBox(self.tr("Students may use"))
        grid = QGridLayout(group)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (key, name) in enumerate(control_names(self.tr).items()):
            box = QCheckBox(name)
            box.setChecked(key in free)
            self.boxes[key] = box
            grid.addWidget(box, i // 2, i % 2)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Again:"), self.confirm)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #cf222e")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lock"))
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(group)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def free(self) -> tuple[str, ...]:
        return tuple(k for k, box in self.boxes.items() if box.isChecked())

    def _check_and_accept(self) -> None:
        if self.password.text() != self.confirm.text():
            self.problem.setText(self.tr("The two passwords differ."))
            return
        self.accept()


class TeacherMode(QObject):
    lock_changed = Signal(object)  # TeacherLock in force, or None when unlocked

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.lock: TeacherLock | None = None
        self._was_enabled: dict[QAction, bool] = {}  # locked actions' state before the lock
        self.lock_action = QAction(window)
        self.lock_action.setObjectName("teacher_lock")
        self.unlock_action = QAction(window)
        self.unlock_action.setObjectName("teacher_unlock")
        self.lock_action.triggered.connect(self.ask_lock)
        self.unlock_action.triggered.connect(self.ask_unlock)
        self.status_label = QLabel()
        self.status_label.setVisible(False)
        window.statusBar().addPermanentWidget(self.status_label)
        self._widgets, self._actions = self._targets()
        for actions in self._actions.values():
            for a in actions:
                a.changed.connect(lambda a=a: self._keep_locked(a))
        window.table_model.read_only_changed.connect(self._keep_table_locked)
        window.controller.state_changed.connect(lambda _s: self._keep_points_locked())
        self.retranslate()
        self._update_actions()

    def retranslate(self) -> None:
        self.lock_action.setText(self.tr("&Lock for students…"))
        self.lock_action.setStatusTip(self.tr(
            "Choose which controls students may use, with an optional password"))
        self.unlock_action.setText(self.tr("&Unlock…"))
        self.unlock_action.setStatusTip(self.tr("Lift the teacher's lock (asks the password)"))
        self.status_label.setText("🔒 " + self.tr("Locked by the teacher"))

    # ---- what a lock covers ------------------------------------------------------------------

    def _targets(self) -> tuple[dict[str, list[QWidget]], dict[str, list[QAction]]]:
        w = self.window
        c = w.controls
        view = w.table_view
        widgets = {
            "lr": [c.lr_box, c.lr_slider],
            "steps": [c.steps_box],
            "seed": [c.seed_box],
            "optimizer": [c.optimizer_box, c.momentum_box, c.beta1_box, c.beta2_box],
            "loss": [c.loss_box, c.huber_box],
            "batch": [c.batch_box],
            "standardize": [c.normalize_box],
            "pace": [w.speed],  # its Train ▸ Speed menu follows it
        }
        table_actions = [view.add_row_action, view.insert_row_above_action,
                         view.insert_row_below_action, view.delete_rows_action,
                         view.add_column_action, view.insert_column_action,
                         view.delete_column_action, view.rename_column_action,
                         view.paste_action, view.clear_action, w.undo_action, w.redo_action]
        actions = {
            "table": table_actions,
            "reset": [w.reset_action],
            "open": [w.files.open_action, w.files.samples_menu.menuAction(),
                     w.session.recent_menu.menuAction()],
        }
        return widgets, actions

    def is_locked(self, key: str) -> bool:
        return self.lock is not None and key in self.lock.locked

    def locked_widgets(self) -> list[QWidget]:
        return [wd for key, ws in self._widgets.items() if self.is_locked(key) for wd in ws]

    def locked_actions(self) -> list[QAction]:
        return [a for key, acts in self._actions.items() if self.is_locked(key) for a in acts]

    # ---- locking -----------------------------------------------------------------------------

    def apply(self, lock: TeacherLock | None) -> None:
        """Put ``lock`` in force (None lifts it)."""
        before = self.locked_actions()
        self.lock = lock
        for key, widgets in self._widgets.items():
            for wd in widgets:
                wd.setEnabled(not self.is_locked(key))
        now = self.locked_actions()
        for a in before:
            if a not in now:
                a.setEnabled(self._was_enabled.pop(a, True))
        for a in now:
            if a not in before:
                self._was_enabled[a] = a.isEnabled()
            a.setEnabled(False)
        if before:
            # What the window manages by its state (table editing, undo, open, reset...)
            # is set again from that state.
            self.window._on_state(self.window.controller.state)
        self._keep_table_locked()
        self._keep_points_locked()
        self.status_label.setVisible(lock is not None)
        self._update_actions()
        self.lock_changed.emit(lock)

    def lock_with(self, free, password: str = "") -> TeacherLock:
        lock = TeacherLock.create(free, password)
        self.apply(lock)
        self.window.session.mark_modified()
        return lock

    def try_unlock(self, password: str) -> bool:
        """Lift the lock if ``password`` opens it; a wrong one keeps it."""
        if self.lock is None:
            return True
        if not self.lock.check(password):
            return False
        self.apply(None)
        self.window.session.mark_modified()
        return True

    def restore(self, lock: TeacherLock | None) -> None:
        """From an opened session: its lock is put in force. A session without a lock
        leaves the current one (only Unlock lifts a lock)."""
        if lock is not None:
            self.apply(lock)

    # ---- dialogs -----------------------------------------------------------------------------

    def ask_lock(self) -> None:
        dialog = LockDialog(parent=self.window)
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.lock_with(dialog.free(), dialog.password.text())

    def ask_unlock(self) -> None:
        if self.lock is None:
            return
        password = ""
        if self.lock.has_password:
            password, ok = QInputDialog.getText(
                self.window, self.tr("Unlock"), self.tr("Teacher's password:"),
                QLineEdit.EchoMode.Password)
            if not ok:
                return
        if not self.try_unlock(password):
            QMessageBox.warning(self.window, self.tr("Unlock"),
                                self.tr("Wrong password: the controls stay locked."))

    # ---- keeping it locked -------------------------------------------------------------------

    def _keep_locked(self, action: QAction) -> None:
        if action.isEnabled() and action in self.locked_actions():
            action.setEnabled(False)

    def _keep_table_locked(self, *_args) -> None:
        if self.is_locked("table") and not self.window.table_model.read_only:
            self.window.table_model.setReadOnly(True, self.tr(
                "The teacher locked the data table: it can be changed once the teacher "
                "unlocks it."))

    def _keep_points_locked(self) -> None:
        if self.is_locked("table"):
            self.window.plots.set_point_editing(False)

    def _update_actions(self) -> None:
        self.lock_action.setEnabled(self.lock is None)
        self.unlock_action.setEnabled(self.lock is not None)
