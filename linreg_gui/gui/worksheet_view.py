"""Tools ▸ Worksheet: a teacher writes a worksheet from the window (title, the data, the
controls left free, tasks), students open it and see the tasks ticked live as the engine
meets them, then save a result file; the teacher opens a folder of results as one table
(re-checked by the engine, core/worksheet.py) and exports it as CSV for Excel.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.core import worksheet as wsc
from linreg_gui.core.atomic_file import write_atomic
from linreg_gui.core.korean import fix_particles
from linreg_gui.core.teacher_lock import LOCKABLE, TeacherLock


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class _SentenceLabel(QLabel):
    """A piece of a task's sentence: a click on it toggles the task, as on a check box's text."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self._check = check

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._check.toggle()
        super().mousePressEvent(event)


def sentence_row(check: QCheckBox, template: str, boxes: dict[str, QWidget]) -> QWidget:
    """A task as the sentence it is in this language, its number boxes where the words put
    them ("{steps}스텝 안에 오차를 {loss} 아래로 낮추기", "Reach a loss below {loss} within
    {steps} steps"); the boxes follow the check box's state."""
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(check)
    at = 0
    for m in [*_PLACEHOLDER.finditer(template), None]:
        text = template[at : m.start() if m else len(template)].strip()
        if text:
            lay.addWidget(_SentenceLabel(text, check))
        if m is None:
            break
        box = boxes[m.group(1)]
        lay.addWidget(box)
        box.setEnabled(check.isChecked())
        check.toggled.connect(box.setEnabled)
        at = m.end()
    lay.addStretch(1)
    return row


class _NumberBox(QDoubleSpinBox):
    """A number as a teacher writes it: 10 and 0.05, not 10.0000 and 0.0500."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt name)
        return self.locale().toString(value, "g", 10)


class NewWorksheetDialog(QDialog):
    """The teacher's choices: a title and which of the four kinds of task, each a sentence
    with its numbers in it; the data's column names say what is predicted from what."""

    def __init__(self, parent=None, feature_names: tuple[str, ...] = ("x",),
                 target_name: str = "y") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New worksheet"))
        form = QFormLayout(self)
        self.title_edit = QLineEdit(self.tr("Linear regression worksheet"))
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(QLabel(self.tr("Tasks the engine checks:")))

        self.loss_task = QCheckBox()
        self.loss_task.setChecked(True)
        self.loss_value = self._spin(10.0)
        self.loss_steps = QSpinBox()
        self.loss_steps.setRange(1, 100_000)
        self.loss_steps.setValue(300)
        form.addRow(sentence_row(
            self.loss_task, self.tr("Reach a loss below {loss} within {steps} steps"),
            {"loss": self.loss_value, "steps": self.loss_steps}))

        self.diverge_task = QCheckBox()
        self.diverge_task.setChecked(True)
        form.addRow(sentence_row(
            self.diverge_task, self.tr("Find a learning rate at which training diverges"), {}))

        self.predict_task = QCheckBox()
        self.predict_task.setChecked(True)
        self.predict_x = QLineEdit(", ".join(["5"] * len(feature_names)))
        self.predict_x.setMaximumWidth(self.predict_x.fontMetrics().horizontalAdvance("0") * 12)
        self.predict_tol = self._spin(2.0)
        feature = feature_names[0] if len(feature_names) == 1 else \
            "(" + ", ".join(feature_names) + ")"
        template = self.tr("Predict the {target} for {feature} = {x} within ±{tolerance}")
        template = fix_particles(template.replace("{target}", target_name)
                                 .replace("{feature}", feature))
        form.addRow(sentence_row(self.predict_task, template,
                                 {"x": self.predict_x, "tolerance": self.predict_tol}))

        self.hand_task = QCheckBox()
        self.hand_task.setChecked(True)
        self.hand_loss = self._spin(50.0)
        form.addRow(sentence_row(
            self.hand_task, self.tr("Set W and b by hand to a loss below {loss}"),
            {"loss": self.hand_loss}))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _spin(value: float) -> QDoubleSpinBox:
        box = _NumberBox()
        box.setRange(0.0, 1e9)
        box.setDecimals(4)
        box.setValue(value)
        # As wide as a loss a class meets, not as the largest the range allows.
        box.setMaximumWidth(box.fontMetrics().horizontalAdvance("0") * 13 + 30)
        return box

    def tasks(self, n_features: int) -> tuple[wsc.Task, ...]:
        """The tasks chosen. Raises ValueError for an x that is not n_features numbers."""
        tasks = []
        if self.loss_task.isChecked():
            tasks.append(wsc.Task("loss", "loss_below", {"loss": self.loss_value.value(),
                                                         "steps": self.loss_steps.value()}))
        if self.diverge_task.isChecked():
            tasks.append(wsc.Task("diverge", "diverge"))
        if self.predict_task.isChecked():
            x = [float(v) for v in self.predict_x.text().replace(",", " ").split()]
            if len(x) != n_features:
                raise ValueError(self.tr("x needs {0} number(s)").format(n_features))
            tasks.append(wsc.Task("predict", "predict", {"x": x,
                                                         "tolerance": self.predict_tol.value()}))
        if self.hand_task.isChecked():
            tasks.append(wsc.Task("hand", "hand_start", {"loss": self.hand_loss.value()}))
        return tuple(tasks)


class WorksheetPanel(QWidget):
    """The student's side: the tasks with their ticks, the name, answers and Save. Narrow
    and tall (it sits beside the plots, which need the height): each task's sentence wraps."""

    save_requested = Signal()
    answer_checked = Signal(str, float)  # task id, the answer typed

    #: The colour of a task the engine has ticked (with the tick itself, not alone).
    DONE_COLOR = "#2e7d32"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold")
        self.progress = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("worksheet_name")
        self.name_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.name_label)
        row.addWidget(self.name_edit, 1)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.progress)
        self.layout_.addLayout(row)
        self.tasks_box = QVBoxLayout()
        self.layout_.addLayout(self.tasks_box)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_requested)
        self.layout_.addWidget(self.save_button)
        self.layout_.addStretch(1)
        self.ticks: dict[str, QCheckBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.answers: dict[str, QDoubleSpinBox] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("Name:"))
        self.save_button.setText(self.tr("Save my result…"))
        self._show_progress()

    def _show_progress(self) -> None:
        done = sum(t.isChecked() for t in self.ticks.values())
        self.progress.setText(self.tr("{0} of {1} tasks done").format(done, len(self.ticks))
                              if self.ticks else "")

    def show_worksheet(self, ws: wsc.Worksheet) -> None:
        while self.tasks_box.count():
            item = self.tasks_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.ticks, self.labels, self.answers = {}, {}, {}
        self.title.setText(ws.title)
        for task in ws.tasks:
            tick = QCheckBox()
            tick.setObjectName(f"task_{task.id}")
            # The engine ticks it, not the student: readable, but clicks go through.
            tick.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            tick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            label = QLabel()
            label.setWordWrap(True)
            label.setObjectName(f"task_text_{task.id}")
            line = QWidget()
            lay = QHBoxLayout(line)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(tick, 0, Qt.AlignmentFlag.AlignTop)
            lay.addWidget(label, 1)
            self.tasks_box.addWidget(line)
            self.ticks[task.id], self.labels[task.id] = tick, label
            if task.kind == "predict":
                answer = QDoubleSpinBox()
                answer.setRange(-1e12, 1e12)
                answer.setDecimals(4)
                answer.setMinimumWidth(answer.fontMetrics().horizontalAdvance("0") * 7)
                answer.setMaximumWidth(answer.fontMetrics().horizontalAdvance("0") * 16 + 30)
                button = QPushButton(self.tr("Check my answer"))
                button.clicked.connect(lambda _=False, t=task.id, a=answer:
                                       self.answer_checked.emit(t, a.value()))
                row = QWidget()
                lay = QHBoxLayout(row)
                lay.setContentsMargins(tick.sizeHint().width(), 0, 0, 0)
                lay.addWidget(answer, 1)
                lay.addWidget(button)
                self.tasks_box.addWidget(row)
                self.answers[task.id] = answer
        self.describe_tasks(ws)

    def describe_tasks(self, ws: wsc.Worksheet) -> None:
        """Each task's sentence in the current language, with the data's column names."""
        ds = ws.dataset
        for task in ws.tasks:
            self.labels[task.id].setText(task.describe(ds.feature_names, ds.target_name))
        self._show_progress()

    def set_ticked(self, task_id: str) -> None:
        self.ticks[task_id].setChecked(True)
        self.labels[task_id].setStyleSheet(f"color: {self.DONE_COLOR}")
        self._show_progress()


class ResultsDialog(QDialog):
    """The teacher's table: one row per result file, re-checked by the engine."""

    def __init__(self, rows: list[wsc.ResultRow], parent=None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setWindowTitle(self.tr("Worksheet results"))
        self.resize(760, 420)
        lay = QVBoxLayout(self)
        self.table = QTableWidget(len(rows), 5)
        self.table.setHorizontalHeaderLabels(self.headers()[1:])
        for r, row in enumerate(rows):
            flagged = (self.tr("claimed without the run: {0}").format(", ".join(row.flagged))
                       if row.flagged else "")
            cells = [row.name, f"{row.done}/{row.total}",
                     "" if row.final_loss is None else f"{row.final_loss:.4f}",
                     flagged, row.problem or row.file]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        lay.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("Export as CSV…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("File"), self.tr("Name"), self.tr("Tasks done"), self.tr("Final loss"),
                self.tr("Flagged"), self.tr("File or problem"))

    def csv_bytes(self) -> bytes:
        h = self.headers()
        return wsc.table_csv(self.rows, (h[0], h[1], h[2], h[4], h[3], self.tr("Problem")))


class Worksheets(QObject):
    """Tools ▸ Worksheet's actions and the student's dock."""

    ticked = Signal(str)  # a task id the engine has just met

    def __init__(self, window, tracker) -> None:
        super().__init__(window)
        self.window, self.tracker = window, tracker
        self.worksheet: wsc.Worksheet | None = None
        self.evidence: dict[str, dict] = {}
        self.menu = QMenu(window)
        self.new_action = self.menu.addAction("")
        self.new_action.triggered.connect(self.ask_new)
        self.open_action = self.menu.addAction("")
        self.open_action.triggered.connect(self.ask_open)
        self.save_result_action = self.menu.addAction("")
        self.save_result_action.triggered.connect(self.ask_save_result)
        self.menu.addSeparator()
        self.results_action = self.menu.addAction("")
        self.results_action.triggered.connect(self.ask_results)
        window.teaching.tools_menu.addMenu(self.menu)
        self.panel = WorksheetPanel()
        self.panel.save_requested.connect(self.ask_save_result)
        self.panel.answer_checked.connect(self.check_answer)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("worksheet_dock")
        # Beside the plots, not under them: on a 768 px screen the three plots need all the
        # height there is (under them, the dock left each plot under 150 px). In a scroll
        # area, so a zoomed or short window never cuts the Save button off.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.panel)
        self.dock.setWidget(scroll)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                                  | Qt.DockWidgetArea.RightDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        # Beside the columns it takes their width: the readouts may have to become a tab.
        self.dock.visibilityChanged.connect(
            lambda _shown: QTimer.singleShot(0, window.side_columns.update_layout))
        window.run_finished.connect(self._on_run_finished)
        window.snapshot_shown.connect(self._on_snapshot)
        self.retranslate()
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Worksheet"))
        self.new_action.setText(self.tr("&New worksheet from this window…"))
        self.open_action.setText(self.tr("&Open worksheet…"))
        self.save_result_action.setText(self.tr("&Save my result…"))
        self.results_action.setText(self.tr("Students' &results in a folder…"))
        self.dock.setWindowTitle(self.tr("Worksheet"))
        self.panel.retranslate()
        if self.worksheet is not None:
            self.panel.describe_tasks(self.worksheet)

    def _filter(self, kind: str) -> str:
        if kind == "worksheet":
            return self.tr("Worksheets (*{0})").format(wsc.WORKSHEET_SUFFIX)
        return self.tr("Worksheet results (*{0})").format(wsc.RESULT_SUFFIX)

    # ---- teacher: writing ----------------------------------------------------------------------

    def new_worksheet(self, title: str, tasks) -> wsc.Worksheet:
        """A worksheet of the window's data; the controls left free are the teacher lock's
        (or, without a lock, all but the data table and Open)."""
        lock = self.window.teaching.teacher.lock
        free = lock.free if lock is not None else tuple(
            k for k in LOCKABLE if k not in ("table", "open"))
        return wsc.Worksheet(title, self.window.dataset, free, tuple(tasks))

    def ask_new(self) -> None:
        w = self.window
        title = self.tr("New worksheet")
        if w.dataset is None:
            w.show_error(title, self.tr("There is no usable data for a worksheet."))
            return
        dialog = NewWorksheetDialog(w, w.dataset.feature_names, w.dataset.target_name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            ws = self.new_worksheet(dialog.title_edit.text(), dialog.tasks(w.dataset.n_features))
        except ValueError as exc:
            w.show_error(title, str(exc))
            return
        path = w.files.ask_save_path(title, "worksheet" + wsc.WORKSHEET_SUFFIX,
                                     self._filter("worksheet"))
        if not path:
            return
        try:
            wsc.save_worksheet(path, ws)
        except OSError as exc:
            w.files.show_write_error(title, path, exc)
            return
        w.files.status.emit(self.tr("Saved {0}").format(os.path.basename(path)), "info")

    # ---- student ---------------------------------------------------------------------------

    def open_worksheet(self, path: str) -> wsc.Worksheet:
        """Load it into the window: its data, its lock, the task list. WorksheetError
        passes."""
        ws = wsc.load_worksheet(path)
        w = self.window
        w.table_model.set_dataset(ws.dataset, text=self.tr("Open worksheet"))
        w.teaching.teacher.apply(TeacherLock.create(ws.free))
        self.worksheet, self.evidence = ws, {}
        self.panel.show_worksheet(ws)
        self.dock.show()
        self.fit_dock()
        return ws

    def fit_dock(self) -> None:
        """A width that leaves the plots theirs: about a fifth of the window, 220-360 px."""
        w = self.window
        scroll = self.dock.widget()
        # Never narrower than the panel's widest row (it would be cut: no sideways scrolling).
        least = self.panel.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(least)
        width = max(least, 220, min(360, w.width() // 5))
        w.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)

    def ask_open(self) -> None:
        w = self.window
        if w.controller.busy:
            w.files.status.emit(self.tr("Stop training before opening a worksheet."),
                                "stopped")
            return
        path, _ = QFileDialog.getOpenFileName(w, self.tr("Open worksheet"), "",
                                              self._filter("worksheet"))
        if not path:
            return
        try:
            self.open_worksheet(path)
        except wsc.WorksheetError as exc:
            w.show_error(self.tr("Open worksheet"), str(exc))

    def _tick(self, task: wsc.Task, evidence: dict) -> None:
        if task.id in self.evidence:
            return
        self.evidence[task.id] = evidence
        self.panel.set_ticked(task.id)
        self.ticked.emit(task.id)

    def _run_evidence(self) -> dict | None:
        """The run since the seeded start as evidence, when one setting made all of it."""
        t, latest = self.tracker, self.window.latest
        if latest is None or t.start is not None or not t.run_configs \
                or None in t.run_configs or t.settings_changed() \
                or sum(t.run_lengths) != latest.step:
            return None
        return wsc.run_evidence(t.run_configs[-1], t.run_lengths)

    @Slot(object)
    def _on_run_finished(self, result) -> None:
        ws, latest = self.worksheet, self.window.latest
        if ws is None or latest is None:
            return
        evidence = self._run_evidence()
        if evidence is None:
            return
        for task in ws.tasks:
            if task.kind == "loss_below" and latest.step <= task.params["steps"] \
                    and latest.loss < task.params["loss"]:
                self._tick(task, evidence)
            elif task.kind == "diverge" and result.status == "diverged":
                self._tick(task, evidence)

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        ws = self.worksheet
        if ws is None or not snap.replace or snap.latest.step != 0 or self.tracker.start is None:
            return
        evidence = {"weight": list(snap.latest.weight), "bias": snap.latest.bias}
        for task in ws.tasks:
            if task.kind == "hand_start" and wsc.check(task, ws.dataset, evidence):
                self._tick(task, evidence)

    @Slot(str, float)
    def check_answer(self, task_id: str, answer: float) -> None:
        ws = self.worksheet
        task = next((t for t in ws.tasks if t.id == task_id), None) if ws else None
        if task is None:
            return
        if wsc.check(task, ws.dataset, {"answer": answer}):
            self._tick(task, {"answer": answer})
        else:
            self.window.files.status.emit(self.tr("Not yet: that answer is not within the "
                                                  "tolerance."), "stopped")

    def result(self) -> dict:
        latest = self.window.latest
        final = {} if latest is None else {"step": latest.step, "weight": list(latest.weight),
                                           "bias": latest.bias, "loss": latest.loss}
        return wsc.make_result(self.worksheet, self.panel.name_edit.text().strip(),
                               self.evidence, final)

    def save_result(self, path: str) -> None:
        wsc.save_result(path, self.result())

    def ask_save_result(self) -> None:
        w = self.window
        title = self.tr("Save my result")
        if self.worksheet is None:
            w.show_error(title, self.tr("Open a worksheet first (Tools > Worksheet)."))
            return
        if not self.panel.name_edit.text().strip():
            w.show_error(title, self.tr("Type your name first."))
            return
        name = self.panel.name_edit.text().strip() + wsc.RESULT_SUFFIX
        path = w.files.ask_save_path(title, name, self._filter("result"))
        if not path:
            return
        try:
            self.save_result(path)
        except OSError as exc:
            w.files.show_write_error(title, path, exc)
            return
        w.files.status.emit(self.tr("Saved {0}").format(os.path.basename(path)), "info")

    # ---- teacher: the results ------------------------------------------------------------------

    def results_dialog(self, folder: str) -> ResultsDialog:
        rows = wsc.results_table(self.worksheet, folder)
        dialog = ResultsDialog(rows, self.window)
        dialog.export_button.clicked.connect(lambda: self.ask_export_csv(dialog))
        return dialog

    def ask_results(self) -> None:
        w = self.window
        title = self.tr("Worksheet results")
        if self.worksheet is None:
            w.show_error(title, self.tr("Open the worksheet first: the results are checked "
                                        "against it."))
            return
        folder = QFileDialog.getExistingDirectory(w, title)
        if folder:
            self.results = self.results_dialog(folder)
            self.results.open()

    def export_csv(self, dialog: ResultsDialog, path: str) -> None:
        from linreg_gui.core.atomic_file import check_target

        check_target(path)
        write_atomic(path, dialog.csv_bytes())

    def ask_export_csv(self, dialog: ResultsDialog) -> None:
        w = self.window
        title = self.tr("Export as CSV")
        path = w.files.ask_save_path(title, "worksheet-results.csv", self.tr("CSV file (*.csv)"))
        if not path:
            return
        try:
            self.export_csv(dialog, path)
        except OSError as exc:
            w.files.show_write_error(title, path, exc)
