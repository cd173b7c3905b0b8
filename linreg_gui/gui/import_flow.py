"""Opening a data file: read it off the GUI thread with progress and Cancel, let the user
choose the features and the target, show every bad cell and ask before leaving rows out.
Nothing is guessed silently, and the table is replaced in one undoable step."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.core.csv_io import LoadCancelled, Table, read_table
from linreg_gui.core.dataset import DataError
from linreg_gui.core.i18n import QT_TRANSLATE_NOOP
from linreg_gui.core.korean import fix_particles
from linreg_gui.gui import thread_registry

def data_file_filter() -> str:
    """The file dialog's filter for data files, in the current language."""
    return QCoreApplication.translate(
        "DataImporter", "Data files (*.csv *.tsv *.txt *.xlsx);;All files (*)"
    )


@dataclass(frozen=True)
class ImportedTable:
    """What goes into the data table: features first, the target last."""

    names: list[str]
    values: np.ndarray
    source: str
    description: str  # e.g. "50 rows · UTF-8 · comma-separated"


class _Loader(QObject):
    """Reads one file in its own thread; never touches a widget."""

    progressed = Signal(int)  # per mille
    loaded = Signal(object)  # Table
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, path: str, cancel: threading.Event) -> None:
        super().__init__()
        self._path = path
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            table = read_table(
                self._path, progress=lambda f: self.progressed.emit(int(f * 1000)),
                cancel=self._cancel,
            )
        except LoadCancelled:
            self.cancelled.emit()
        except DataError as exc:
            self.failed.emit(exc.describe())
        except Exception as exc:  # noqa: BLE001 - a bad file must never take the app down
            self.failed.emit(f"{self._path}: {exc}")
        else:
            self.loaded.emit(table)


class DataImporter(QObject):
    """Owned by the window. ``open_file(path)``; the result arrives as ``imported``."""

    imported = Signal(object)  # ImportedTable, ready for the table model
    failed = Signal(str)  # a clear message: file, row, column
    busy_changed = Signal(bool)

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self._thread: QThread | None = None
        self._loader: _Loader | None = None
        self._cancel = threading.Event()
        self._progress: QProgressDialog | None = None
        self._path = ""

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def open_file(self, path: str) -> None:
        if self.busy:
            return
        self._path = str(path)
        self._cancel.clear()
        thread = thread_registry.register(QThread())
        thread.setObjectName("file-loader")
        loader = _Loader(self._path, self._cancel)
        loader.moveToThread(thread)
        thread.started.connect(loader.run)
        loader.loaded.connect(self._on_loaded)
        loader.failed.connect(self._on_failed)
        loader.cancelled.connect(self._on_cancelled)
        loader.progressed.connect(self._on_progress)
        self._thread, self._loader = thread, loader
        progress = QProgressDialog(
            self.tr("Reading {0}…").format(os.path.basename(self._path)),
            self.tr("Cancel"), 0, 1000, self._parent,
        )
        progress.setWindowTitle(self.tr("Opening a data file"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # small files open without a flash of a dialog
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        self._progress = progress
        self.busy_changed.emit(True)
        thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def shutdown(self) -> None:
        """Stop a load in progress and wait for its thread (window closing)."""
        self._cancel.set()
        self._finish_thread()

    # ---- from the loader -----------------------------------------------------------------

    @Slot(int)
    def _on_progress(self, per_mille: int) -> None:
        if self._progress is not None:
            self._progress.setValue(per_mille)

    @Slot(object)
    def _on_loaded(self, table: Table) -> None:
        self._finish_thread()
        try:
            result = self.prepare(table)
        except DataError as exc:
            self.failed.emit(exc.describe())
            return
        if result is not None:
            self.imported.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._finish_thread()
        self.failed.emit(message)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish_thread()

    def _finish_thread(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect(self.cancel)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.quit()
            thread.wait()
            self._loader.deleteLater()
            self._loader = None
            thread.deleteLater()
            self.busy_changed.emit(False)

    # ---- choosing columns and rows ---------------------------------------------------------

    def prepare(self, table: Table) -> ImportedTable | None:
        """Columns, then bad cells; None when the user cancels."""
        names = list(table.names)
        if len(names) < 2:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "needs at least two columns: one feature and the target"
                ),
                file=table.source,
            )
        if len(names) == 2:
            features, target = [names[0]], names[1]
        else:
            choice = self.ask_columns(table)
            if choice is None:
                return None
            features, target = choice
        cols = [names.index(f) for f in features] + [names.index(target)]
        values = table.values[:, cols]
        bad = [c for c in table.bad_cells if c.column_index is None or c.column_index in cols]
        bad_lines = table.bad_row_lines([*features, target])
        if len(bad_lines):
            if not self.ask_leave_out(table, bad, len(bad_lines)):
                return None
            keep = ~np.isin(table.line_numbers, bad_lines)
            values = values[keep]
        if values.shape[0] == 0:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "no row is left to train on"), file=table.source
            )
        return ImportedTable([*features, target], np.ascontiguousarray(values), table.source,
                             self.describe(table, values.shape[0]))

    def describe(self, table: Table, rows: int) -> str:
        encoding = {"utf-8": "UTF-8", "utf-8-sig": self.tr("UTF-8 with BOM"),
                    "cp949": self.tr("CP949 (Korean Excel)"), "utf-16": "UTF-16",
                    "xlsx": "Excel"}.get(table.encoding, table.encoding)
        delimiter = {",": self.tr("comma-separated"), ";": self.tr("semicolon-separated"),
                     "\t": self.tr("tab-separated"), "": ""}.get(table.delimiter, "")
        parts = [self.tr("{0} rows").format(f"{rows:,}"), encoding]
        if delimiter:
            parts.append(delimiter)
        if table.decimal_comma:
            parts.append(self.tr("decimal commas"))
        if not table.has_header:
            parts.append(self.tr("no header row: columns named for you"))
        return " · ".join(parts)

    # Dialogs (tests replace these methods).

    def ask_columns(self, table: Table) -> tuple[list[str], str] | None:
        dialog = ColumnsDialog(list(table.names), self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.features(), dialog.target()

    def ask_leave_out(self, table: Table, bad_cells, n_rows: int) -> bool:
        dialog = BadCellsDialog(table, bad_cells, n_rows, self._parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


class ColumnsDialog(QDialog):
    """Choose the target (one column) and the features (any of the others)."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the columns"))
        self._names = names
        self.target_box = QComboBox()
        self.target_box.addItems(names)
        self.target_box.setCurrentIndex(len(names) - 1)
        self.target_box.setAccessibleName(self.tr("Target column"))
        self.feature_list = QListWidget()
        self.feature_list.setAccessibleName(self.tr("Feature columns"))
        form = QFormLayout()
        form.addRow(self.tr("Target (what to predict):"), self.target_box)
        form.addRow(self.tr("Features (what to predict it from):"), self.feature_list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This file has {0} columns.").format(len(names))))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.target_box.currentIndexChanged.connect(self._fill_features)
        self.feature_list.itemChanged.connect(self._update_ok)
        self._fill_features()

    def _fill_features(self) -> None:
        target = self.target()
        self.feature_list.clear()
        for name in self._names:
            if name == target:
                continue
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.feature_list.addItem(item)
        self._update_ok()

    def _update_ok(self, *_args) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.features()))

    def target(self) -> str:
        return self.target_box.currentText()

    def features(self) -> list[str]:
        items = (self.feature_list.item(i) for i in range(self.feature_list.count()))
        return [it.text() for it in items if it.checkState() == Qt.CheckState.Checked]


class BadCellsDialog(QDialog):
    """Every bad cell (row, column, text, why), and the choice: leave those rows out, or not."""

    MAX_LISTED = 1000

    def __init__(self, table: Table, bad_cells, n_rows: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cells that are not numbers"))
        self.resize(620, 420)
        file = os.path.basename(table.source)
        intro = QLabel(self.tr(
            "{0}: {1} rows have cells that cannot be used. Training can leave those rows "
            "out, or you can cancel and fix the file."
        ).format(file, f"{n_rows:,}"))
        intro.setWordWrap(True)
        grid = QTableWidget(min(len(bad_cells), self.MAX_LISTED), 4)
        grid.setHorizontalHeaderLabels(
            [self.tr("Row (line)"), self.tr("Column"), self.tr("Text"), self.tr("Why")]
        )
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.verticalHeader().setVisible(False)
        for r, cell in enumerate(bad_cells[: self.MAX_LISTED]):
            for c, text in enumerate(
                (str(cell.row), cell.column_name or self.tr("(whole row)"), cell.text,
                 cell.translated_reason())
            ):
                grid.setItem(r, c, QTableWidgetItem(text))
        grid.resizeColumnsToContents()
        self.grid = grid
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(grid)
        if table.bad_cell_count > len(bad_cells[: self.MAX_LISTED]):
            layout.addWidget(QLabel(self.tr("…and more: {0} bad cells in all.").format(
                f"{table.bad_cell_count:,}")))
        buttons = QDialogButtonBox()
        self.leave_out_button = buttons.addButton(
            self.tr("Leave these rows out"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_error(parent: QWidget, title: str, message: str) -> QMessageBox:
    """A non-blocking warning (the window keeps painting; tests can close it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, fix_particles(message),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
