"""The data table on screen, used like a small spreadsheet: copy, paste, delete, and adding,
deleting and renaming rows and columns, every change undoable through the model's stack."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolTip,
    QWidget,
)

from linreg_gui.gui.table_model import DataTableModel, EditRefused, pasted_header

Box = tuple[int, int, int, int]  # top, left, bottom, right, inclusive


class DataTableView(QTableView):
    """A QTableView for DataTableModel with spreadsheet keys, a context menu and QActions.

    The actions (``add_row_action``, ``delete_rows_action``, ``add_column_action``,
    ``delete_column_action`` ...) can be put on a toolbar as they are.
    """

    edit_refused = Signal(str)  # why an edit the user asked for was not made, in words for them

    def __init__(
        self, parent: QWidget | None = None, *, model: DataTableModel | None = None
    ) -> None:
        super().__init__(parent)
        self._table: DataTableModel | None = None
        self._header_editor: QLineEdit | None = None
        self._renamed_column = -1
        self._set_up_look()
        self._make_actions()
        self.context_menu = self._make_context_menu()
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_context_menu)
        header = self.horizontalHeader()
        header.sectionDoubleClicked.connect(self.start_rename)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_header_menu)
        if model is not None:
            self.setModel(model)
        self._update_actions()

    def setModel(self, model: DataTableModel) -> None:  # type: ignore[override]
        if not isinstance(model, DataTableModel):
            raise TypeError("DataTableView shows a DataTableModel")
        super().setModel(model)
        self._table = model
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.columnsInserted,
            model.columnsRemoved,
        ):
            signal.connect(self._update_actions)
            signal.connect(self._cancel_rename)  # the column being renamed may have moved
        model.modelReset.connect(self._fit_columns)
        model.columnsInserted.connect(self._fit_columns)
        model.headerDataChanged.connect(self._fit_columns)
        model.read_only_changed.connect(self._update_actions)
        self.selectionModel().selectionChanged.connect(self._update_actions)
        self.selectionModel().currentChanged.connect(self._update_actions)
        self._fit_columns()
        self._update_actions()

    # ---- look --------------------------------------------------------------------------------

    def _set_up_look(self) -> None:
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        row_height = self.fontMetrics().height() + 8
        rows = self.verticalHeader()
        # Fixed heights let the view place a million rows without measuring any of them.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(row_height)
        rows.setDefaultSectionSize(row_height)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setDefaultSectionSize(self.fontMetrics().horizontalAdvance("-0000.00000") + 24)
        columns.setHighlightSections(True)

    def _fit_columns(self) -> None:
        """Make each column at least wide enough for its header; contents are not measured,
        as that would read every row."""
        header = self.horizontalHeader()
        for col in range(header.count()):
            wanted = max(header.defaultSectionSize(), header.sectionSizeHint(col))
            if header.sectionSize(col) < wanted:
                header.resizeSection(col, wanted)

    # ---- actions -----------------------------------------------------------------------------

    def _action(
        self,
        slot: Callable[[], None],
        keys: QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(self)
        if keys is not None:
            # Shown in the menu only: the view handles these keys itself (keyPressEvent), so it
            # never competes with the window's own Edit menu shortcuts.
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.add_row_action = self._action(self.add_row)
        self.insert_row_above_action = self._action(self.insert_row_above)
        self.insert_row_below_action = self._action(self.add_row)
        self.delete_rows_action = self._action(self.delete_rows)
        self.add_column_action = self._action(self.add_column)
        self.insert_column_action = self._action(self.insert_column)
        self.delete_column_action = self._action(self.delete_columns)
        self.rename_column_action = self._action(
            lambda: self.start_rename(self._current_column())
        )
        self.copy_action = self._action(self.copy_selection, QKeySequence.StandardKey.Copy)
        self.paste_action = self._action(self.paste, QKeySequence.StandardKey.Paste)
        self.clear_action = self._action(
            self.clear_selected_cells, QKeySequence.StandardKey.Delete
        )
        self.retranslate()

    def retranslate(self) -> None:
        """The actions' texts in the current language (called again on LanguageChange)."""
        texts = {
            self.add_row_action: (
                self.tr("Add ro&w"), self.tr("Add an empty row below the current row")
            ),
            self.insert_row_above_action: (
                self.tr("Insert row &above"), self.tr("Insert an empty row above the current row")
            ),
            self.insert_row_below_action: (
                self.tr("Insert row &below"), self.tr("Insert an empty row below the current row")
            ),
            self.delete_rows_action: (
                self.tr("&Delete rows"), self.tr("Delete the rows of the selected cells")
            ),
            self.add_column_action: (
                self.tr("Add co&lumn"),
                self.tr("Add a feature column just before the target column"),
            ),
            self.insert_column_action: (
                self.tr("&Insert column"),
                self.tr("Insert a feature column left of the current column"),
            ),
            self.delete_column_action: (
                self.tr("Delete colu&mn"),
                self.tr("Delete the selected columns (the table keeps at least two)"),
            ),
            self.rename_column_action: (
                self.tr("Re&name column…"), self.tr("Give the current column a new name")
            ),
            self.copy_action: (
                self.tr("&Copy"), self.tr("Copy the selected cells, to paste into a spreadsheet")
            ),
            self.paste_action: (
                self.tr("&Paste"),
                self.tr("Paste cells copied from a spreadsheet at the current cell"),
            ),
            self.clear_action: (self.tr("Cl&ear cells"), self.tr("Empty the selected cells")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.setAccessibleName(self.tr("Data table"))
        self.setAccessibleDescription(self.tr(
            "Each row is one example; the last column is the target the model learns to "
            "predict. Type to edit a cell; double-click a column header to rename it."
        ))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _make_context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addActions(
            [self.insert_row_above_action, self.insert_row_below_action, self.delete_rows_action]
        )
        menu.addSeparator()
        menu.addActions(
            [self.insert_column_action, self.delete_column_action, self.rename_column_action]
        )
        menu.addSeparator()
        menu.addActions([self.copy_action, self.paste_action, self.clear_action])
        return menu

    def _update_actions(self) -> None:
        model = self._table
        editable = model is not None and not model.read_only
        has_rows = model is not None and model.rowCount() > 0
        for action in (
            self.add_row_action,
            self.insert_row_above_action,
            self.insert_row_below_action,
            self.add_column_action,
            self.insert_column_action,
            self.paste_action,
        ):
            action.setEnabled(editable)
        self.delete_rows_action.setEnabled(editable and has_rows)
        self.clear_action.setEnabled(editable and has_rows)
        self.copy_action.setEnabled(has_rows)
        self.delete_column_action.setEnabled(editable and model.columnCount() > 2)
        self.rename_column_action.setEnabled(editable and model.columnCount() > 0)

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        self.context_menu.popup(self.viewport().mapToGlobal(pos))

    def _show_header_menu(self, pos: QPoint) -> None:
        header = self.horizontalHeader()
        col = header.logicalIndexAt(pos)
        if col < 0 or self._table is None:
            return
        editable = not self._table.read_only
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        insert = menu.addAction(self.insert_column_action.text(), lambda: self.insert_column(col))
        delete = menu.addAction(self.delete_column_action.text(), lambda: self.delete_columns([col]))
        rename = menu.addAction(self.rename_column_action.text(), lambda: self.start_rename(col))
        for action in (insert, delete, rename):
            action.setEnabled(editable)
        delete.setEnabled(editable and self._table.columnCount() > 2)
        menu.popup(header.mapToGlobal(pos))

    # ---- where the user is -------------------------------------------------------------------

    def _selection_boxes(self) -> list[Box]:
        boxes = [
            (r.top(), r.left(), r.bottom(), r.right()) for r in self.selectionModel().selection()
        ]
        if not boxes and self.currentIndex().isValid():
            i = self.currentIndex()
            boxes = [(i.row(), i.column(), i.row(), i.column())]
        return boxes

    def _bounding_box(self) -> Box | None:
        boxes = self._selection_boxes()
        if not boxes:
            return None
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )

    def _paste_corner(self) -> tuple[int, int]:
        """The current cell, or the top-left of the selected range holding it, as in a
        spreadsheet; the first cell when there is no current cell."""
        index = self.currentIndex()
        if not index.isValid():
            return 0, 0
        for top, left, bottom, right in self._selection_boxes():
            if top <= index.row() <= bottom and left <= index.column() <= right:
                return top, left
        return index.row(), index.column()

    def _current_column(self) -> int:
        index = self.currentIndex()
        if index.isValid():
            return index.column()
        return self._table.columnCount() - 1 if self._table is not None else -1

    def _select_box(self, top: int, left: int, bottom: int, right: int) -> None:
        model = self.model()
        self.selectionModel().setCurrentIndex(
            model.index(top, left), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self.selectionModel().select(
            QItemSelection(model.index(top, left), model.index(bottom, right)),
            QItemSelectionModel.SelectionFlag.ClearAndSelect,
        )

    def _report(self, message: str) -> None:
        self.edit_refused.emit(message)
        index = self.currentIndex()
        where = self.visualRect(index).center() if index.isValid() else QPoint(0, 0)
        QToolTip.showText(self.viewport().mapToGlobal(where), message, self)

    def _edit(self, change: Callable[[], object]) -> bool:
        """Run an edit; a refusal is told to the user instead of raised. True if it was made."""
        try:
            change()
        except EditRefused as exc:
            self._report(str(exc))
            return False
        return True

    # ---- cells -------------------------------------------------------------------------------

    def copy_selection(self) -> None:
        """Put the selected cells on the clipboard, tab-separated, as spreadsheets expect."""
        box = self._bounding_box()
        if box is None or self._table is None:
            return
        QGuiApplication.clipboard().setText(self._table.copy_block(*box))

    def paste(self) -> None:
        """Paste the clipboard's cells with their top-left at the current cell, adding rows
        and columns as needed."""
        if self._table is None:
            return
        text = QGuiApplication.clipboard().text()
        top, left = self._paste_corner()
        # A block copied with its header row (공부시간, 점수): offer it as the column names,
        # as opening the same cells as a CSV file would read them.
        names = pasted_header(text)
        header = names is not None and self.ask_use_header(names)
        size: list[tuple[int, int]] = []
        if self._edit(lambda: size.append(self._table.paste_block(top, left, text,
                                                                  header=header))):
            rows, cols = size[0]
            if rows and cols:
                self._select_box(top, left, top + rows - 1, left + cols - 1)

    def ask_use_header(self, names: list[str]) -> bool:
        """Use a pasted block's first row as the column names? (Tests replace this.)"""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Column names?"), self.tr(
            "The first pasted row looks like column names: {0}.").format(
                ", ".join(n for n in names if n) or "—"), parent=self)
        box.setInformativeText(self.tr(
            "Name the columns with it and paste the rows under it as data, or paste it as a "
            "row of cells?"))
        use = box.addButton(self.tr("Use as column names"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Paste as a row"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(use)
        box.exec()
        return box.clickedButton() is use

    def clear_selected_cells(self) -> None:
        if self._table is not None and self._table.rowCount():
            boxes = self._selection_boxes()
            self._edit(lambda: self._table.clear_cells(boxes))

    def event(self, event: QEvent) -> bool:
        # Claim the table's own keys before any window-wide shortcut (Edit > Copy...) takes them.
        if event.type() == QEvent.Type.ShortcutOverride and self._is_table_key(event):
            event.accept()
            return True
        return super().event(event)

    @staticmethod
    def _is_table_key(event: QKeyEvent) -> bool:
        return (
            event.matches(QKeySequence.StandardKey.Copy)
            or event.matches(QKeySequence.StandardKey.Paste)
            or event.matches(QKeySequence.StandardKey.Delete)
            or (event.key() == Qt.Key.Key_Backspace and not event.modifiers())
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif self._is_table_key(event):  # Delete, or Backspace as on a Mac keyboard
            self.clear_selected_cells()
        elif self._refused_typing(event):
            self._report(self._table.read_only_reason)  # not a silent no
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _refused_typing(self, event: QKeyEvent) -> bool:
        """Would this key start typing into a cell (text, F2, Enter) of a table that refuses
        edits? Then it is said why instead of ignored."""
        if self._table is None or not self._table.read_only or not self.currentIndex().isValid():
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~(
            Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods:
            return True
        text = event.text()
        return bool(text) and text.isprintable() and not text.isspace() and not mods

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt name)
        index = self.indexAt(event.position().toPoint())
        if self._table is not None and self._table.read_only and index.isValid():
            self._report(self._table.read_only_reason)
        super().mouseDoubleClickEvent(event)

    # ---- rows and columns --------------------------------------------------------------------

    def _insert_row_at(self, row: int) -> None:
        if self._table is None:
            return
        if self._edit(lambda: self._table.insert_rows(row, 1)):
            # A new row is typed from its first cell, as in a spreadsheet's new line.
            index = self._table.index(row, 0)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def add_row(self) -> None:
        """Insert an empty row below the current row, or at the end if there is none."""
        current = self.currentIndex()
        if self._table is not None:
            self._insert_row_at(current.row() + 1 if current.isValid() else self._table.rowCount())

    def insert_row_above(self) -> None:
        current = self.currentIndex()
        self._insert_row_at(current.row() if current.isValid() else 0)

    def delete_rows(self) -> None:
        """Delete every row that has a selected cell."""
        if self._table is None:
            return
        parts = [np.arange(top, bottom + 1) for top, _, bottom, _ in self._selection_boxes()]
        if parts:
            rows = np.unique(np.concatenate(parts))
            self._edit(lambda: self._table.remove_rows(rows))

    def add_column(self) -> None:
        """Add a feature column just before the target, and offer to name it."""
        if self._table is not None:
            self.insert_column(self._table.columnCount() - 1)

    def insert_column(self, col: int | None = None) -> None:
        if self._table is None:
            return
        col = self._current_column() if col is None else col
        col = max(col, 0)
        if self._edit(lambda: self._table.insert_column(col)) and self.isVisible():
            self.start_rename(col)

    def delete_columns(self, cols: list[int] | None = None) -> None:
        """Delete the given columns, or those with a selected cell, or the current one."""
        if self._table is None:
            return
        if cols is None:
            cols = sorted(
                {c for _, left, _, right in self._selection_boxes() for c in range(left, right + 1)}
            )
        if not cols and self._table.columnCount():
            cols = [self._current_column()]
        self._edit(lambda: self._table.remove_columns(cols))

    # ---- renaming a column in place ----------------------------------------------------------

    def start_rename(self, col: int) -> QLineEdit | None:
        """Open a line edit over the column's header; Enter renames, Escape cancels."""
        model = self._table
        if model is None or not 0 <= col < model.columnCount():
            return None
        if model.read_only:
            self._report(self.tr("The table cannot be changed while the model is training."))
            return None
        self._cancel_rename()
        header = self.horizontalHeader()
        self.scrollTo(model.index(max(self.currentIndex().row(), 0), col))
        editor = QLineEdit(model.column_names()[col], header.viewport())
        editor.setGeometry(
            header.sectionViewportPosition(col), 0, header.sectionSize(col), header.height()
        )
        editor.selectAll()
        editor.returnPressed.connect(lambda: self._finish_rename(commit=True, keep_open=True))
        editor.installEventFilter(self)
        self._header_editor, self._renamed_column = editor, col
        editor.show()
        editor.setFocus()
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._header_editor and self._header_editor is not None:
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self._cancel_rename()
                return True
            if event.type() == QEvent.Type.FocusOut:
                self._finish_rename(commit=True, keep_open=False)
        return super().eventFilter(watched, event)

    def _finish_rename(self, commit: bool, keep_open: bool) -> None:
        editor = self._header_editor
        if editor is None or self._table is None:
            return
        if commit:
            col, text = self._renamed_column, editor.text()
            if not self._edit(lambda: self._table.rename_column(col, text)) and keep_open:
                editor.selectAll()
                return
        self._header_editor = None
        editor.removeEventFilter(self)
        editor.hide()
        editor.deleteLater()
        self.setFocus()

    def _cancel_rename(self) -> None:
        self._finish_rename(commit=False, keep_open=False)
