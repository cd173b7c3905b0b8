"""The data table on screen: the keys, the mouse and the actions a student uses."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from linreg_gui.core.dataset import Dataset
from linreg_gui.gui.table_model import DataTableModel
from linreg_gui.gui.table_view import DataTableView

CTRL = Qt.KeyboardModifier.ControlModifier
# A refusal is also shown as a tooltip, which the offscreen platform cannot raise.
tooltip_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def view(lesson_table) -> DataTableView:
    return lesson_table


def shown(view: DataTableView) -> list[list[str]]:
    m = view.model()
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def select(view: DataTableView, top: int, left: int, bottom: int, right: int) -> None:
    m = view.model()
    view.setCurrentIndex(m.index(top, left))
    view.selectionModel().select(
        QItemSelection(m.index(top, left), m.index(bottom, right)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )


def click(view: DataTableView, row: int, col: int, qtbot) -> None:
    rect = view.visualRect(view.model().index(row, col))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def header_text(view: DataTableView, col: int) -> str:
    return view.model().headerData(col, Qt.Orientation.Horizontal)


def test_ctrl_c_copies_the_selection_tab_separated(view, qtbot):
    view.model().set_cell(1, 1, "abc")
    select(view, 0, 0, 1, 1)
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == "1\t20\n2\tabc"


def test_ctrl_v_pastes_at_the_current_cell_and_grows_the_table(view, qtbot):
    QGuiApplication.clipboard().setText("4\t80\r\n5\t100\r\n")
    view.setCurrentIndex(view.model().index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert shown(view) == [["1", "20"], ["2", "40"], ["4", "80"], ["5", "100"]]
    selected = {(i.row(), i.column()) for i in view.selectionModel().selectedIndexes()}
    assert selected == {(2, 0), (2, 1), (3, 0), (3, 1)}  # the pasted cells, ready to copy again
    view.model().undo_stack.undo()
    assert shown(view) == [["1", "20"], ["2", "40"], ["3", "60"]]


def test_copy_then_paste_duplicates_rows(view, qtbot):
    select(view, 0, 0, 1, 1)
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    click(view, 2, 0, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert shown(view) == [["1", "20"], ["2", "40"], ["1", "20"], ["2", "40"]]


def test_delete_key_clears_selected_cells_in_one_undo_step(view, qtbot):
    select(view, 0, 1, 2, 1)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert shown(view) == [["1", ""], ["2", ""], ["3", ""]]
    assert view.model().undo_stack.count() == 1
    view.model().undo_stack.undo()
    assert shown(view) == [["1", "20"], ["2", "40"], ["3", "60"]]


@tooltip_on_offscreen
def test_paste_while_training_is_refused_with_a_reason(view, qtbot):
    QGuiApplication.clipboard().setText("9\t9")
    view.model().setReadOnly(True)
    view.setCurrentIndex(view.model().index(0, 0))
    with qtbot.waitSignal(view.edit_refused, timeout=1000) as refused:
        qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert "training" in refused.args[0]
    assert shown(view)[0] == ["1", "20"]
    assert not view.add_row_action.isEnabled()
    assert not view.delete_rows_action.isEnabled()


def test_double_click_on_a_header_renames_the_column(view, qtbot):
    header = view.horizontalHeader()
    pos = header.rect().topLeft()
    pos.setX(header.sectionViewportPosition(1) + header.sectionSize(1) // 2)
    pos.setY(header.height() // 2)
    qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    editor = header.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible() and editor.text() == "score"
    editor.setFocus()
    qtbot.keyClicks(editor, "points")  # replaces the selected old name
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert header_text(view, 1) == "points (target)"
    assert not editor.isVisible()
    assert view.model().undo_stack.undoText() == "Rename column 'score' to 'points'"


@tooltip_on_offscreen
def test_a_duplicate_name_is_refused_and_the_editor_stays_open(view, qtbot):
    editor = view.start_rename(1)
    assert editor is not None
    editor.setText("hours")
    with qtbot.waitSignal(view.edit_refused, timeout=1000) as refused:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert refused.args == ["There is already a column named 'hours'."]
    assert editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert header_text(view, 1) == "score (target)"


def test_row_actions(view):
    view.setCurrentIndex(view.model().index(0, 1))
    view.add_row_action.trigger()
    assert shown(view)[1] == ["", ""]
    assert view.currentIndex().row() == 1  # the new row is where the student types next
    view.insert_row_above_action.trigger()
    assert view.model().rowCount() == 5
    select(view, 1, 0, 2, 0)
    view.delete_rows_action.trigger()
    assert shown(view) == [["1", "20"], ["2", "40"], ["3", "60"]]
    assert view.add_row_action.toolTip()


def test_column_actions(view):
    assert not view.delete_column_action.isEnabled()  # two columns is the least there can be
    view.add_column_action.trigger()
    assert [header_text(view, c) for c in range(3)] == ["hours", "x1", "score (target)"]
    editor = view.horizontalHeader().viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()  # offered to name the new column
    editor.setText("minutes")
    editor.returnPressed.emit()
    assert header_text(view, 1) == "minutes"
    assert view.delete_column_action.isEnabled()
    view.setCurrentIndex(view.model().index(0, 1))
    view.delete_column_action.trigger()
    assert [header_text(view, c) for c in range(2)] == ["hours", "score (target)"]
    assert not view.delete_column_action.isEnabled()


def test_context_menu_offers_the_row_and_column_edits(view):
    texts = [a.text().replace("&", "") for a in view.context_menu.actions() if not a.isSeparator()]
    assert texts == [
        "Insert row above",
        "Insert row below",
        "Delete rows",
        "Insert column",
        "Delete column",
        "Rename column…",
        "Copy",
        "Paste",
        "Clear cells",
    ]


def test_a_million_rows_scroll_to_the_end(qtbot):
    n = 1_000_000
    x = np.arange(n, dtype=np.float64)
    model = DataTableModel(names=["x", "y"], values=np.column_stack([x, 3 * x]))
    view = DataTableView(model=model)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    last = view.rowAt(view.viewport().height() - 2)
    assert last == n - 1
    assert model.index(last, 1).data() == "2999997"


def test_paste_goes_to_the_top_left_of_the_selected_range(view, qtbot):
    QGuiApplication.clipboard().setText("7\t70")
    click(view, 2, 1, qtbot)
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        view.visualRect(view.model().index(1, 0)).center(),
    )
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert shown(view) == [["1", "20"], ["7", "70"], ["3", "60"]]


def test_table_keys_win_over_window_shortcuts(qtbot):
    window = QWidget()  # stands in for the main window and its Edit menu
    qtbot.addWidget(window)
    # no layout: the offscreen platform warns when a layout propagates size hints
    view = DataTableView(window, model=DataTableModel.from_dataset(Dataset.lesson()))
    window.resize(400, 300)
    view.resize(400, 300)
    window_copies: list[bool] = []
    copy = QAction("Copy", window)
    copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    copy.triggered.connect(lambda: window_copies.append(True))
    window.addAction(copy)
    window.show()
    window.activateWindow()  # window shortcuts only fire in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    view.setFocus()
    select(view, 2, 0, 2, 1)
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == "3\t60"
    assert window_copies == []
