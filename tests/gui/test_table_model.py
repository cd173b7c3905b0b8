"""The data table model, without a window: what the table shows, and that every edit undoes."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from linreg_gui.core.dataset import Dataset
from linreg_gui.gui.table_model import (
    DataTableModel,
    EditRefused,
    format_number,
    split_block,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
H = Qt.Orientation.Horizontal
V = Qt.Orientation.Vertical


@pytest.fixture
def model(qapp) -> DataTableModel:
    return DataTableModel.from_dataset(Dataset.lesson())


def shown(model: DataTableModel) -> list[list[str]]:
    """The table as a user reads it, cell by cell."""
    return [
        [model.data(model.index(r, c), DISPLAY) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def headers(model: DataTableModel) -> list[str]:
    return [model.headerData(c, H, DISPLAY) for c in range(model.columnCount())]


def state(model: DataTableModel) -> tuple:
    return headers(model), shown(model)


def edit_counter(model: DataTableModel) -> list[int]:
    count = [0]
    model.table_edited.connect(lambda: count.__setitem__(0, count[0] + 1))
    return count


# ---- what the table shows --------------------------------------------------------------------


def test_lesson_table_shows_names_target_and_row_numbers(model):
    assert headers(model) == ["hours", "score (target)"]
    assert [model.headerData(r, V, DISPLAY) for r in range(3)] == ["1", "2", "3"]
    assert shown(model) == [["1", "20"], ["2", "40"], ["3", "60"]]


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        ("20.0000", "20"),
        ("0.1", "0.1"),
        ("  3 ", "3"),
        ("-2.50", "-2.5"),
        ("1e-7", "1e-07"),
        ("0.1000000001", "0.1000000001"),
        ("-0", "0"),
        ("", ""),
    ],
)
def test_numbers_are_shown_in_their_shortest_exact_form(model, typed, seen):
    model.set_cell(0, 1, typed)
    index = model.index(0, 1)
    assert model.data(index, DISPLAY) == seen
    assert model.data(index, EDIT) == seen


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_shown_number_reads_back_as_the_same_float(value):
    assert float(format_number(value)) == value


def test_text_that_is_not_a_number_is_kept_marked_and_explained(model):
    model.set_cell(1, 1, "abc")
    index = model.index(1, 1)
    assert model.data(index, DISPLAY) == "abc"
    color = model.data(index, BACKGROUND)
    assert isinstance(color, QColor)
    assert color.red() > color.green() and color.red() > color.blue()
    assert 0 < color.alpha() < 255  # translucent, so it reads on dark palettes too
    assert model.data(index, TOOLTIP) == "'abc' is not a number; this row is left out of training"
    # the valid cells of other rows are not marked
    assert model.data(model.index(0, 1), BACKGROUND) is None
    assert model.data(model.index(0, 1), TOOLTIP) is None


def test_infinity_is_not_data(model):
    model.set_cell(0, 0, "inf")
    assert model.data(model.index(0, 0), DISPLAY) == "inf"
    assert "not a finite number" in model.data(model.index(0, 0), TOOLTIP)


def test_an_empty_cell_in_a_filled_row_is_marked_but_an_empty_row_is_not(model):
    model.insert_rows(3, 2)
    model.set_cell(3, 0, "4")
    assert model.data(model.index(3, 1), TOOLTIP) == (
        "this cell is empty; this row is left out of training"
    )
    assert model.data(model.index(4, 0), BACKGROUND) is None
    assert model.data(model.index(4, 1), TOOLTIP) is None


def test_qt_model_tester_passes_before_and_during_edits(model, qtmodeltester):
    model.set_cell(2, 0, "oops")
    qtmodeltester.check(model)
    # the tester stays attached and checks every signal the edits below emit
    model.insert_rows(1, 2)
    model.paste_block(4, 1, "1\t2\t3\n4\t5\t6\n")
    model.remove_rows([0, 2, 5])
    model.insert_column(0, "z")
    model.remove_columns([0, 2])
    model.rename_column(0, "hours")
    model.set_table(["a", "b", "c"], np.arange(12.0).reshape(4, 3), {(1, 1): "?"})
    while model.undo_stack.canUndo():
        model.undo_stack.undo()
    qtmodeltester.check(model)


# ---- editing through setData -----------------------------------------------------------------


def test_set_data_parses_text_and_goes_through_the_undo_stack(model):
    edits = edit_counter(model)
    assert model.setData(model.index(1, 1), " 45 ")
    assert shown(model)[1] == ["2", "45"]
    assert model.undo_stack.count() == 1
    assert model.undo_stack.undoText() == "Set row 2, score to 45"
    model.undo_stack.undo()
    assert shown(model)[1] == ["2", "40"]
    model.undo_stack.redo()
    assert shown(model)[1] == ["2", "45"]
    assert edits[0] == 3  # the edit, the undo and the redo


def test_typing_the_same_value_again_adds_no_undo_step(model):
    assert model.setData(model.index(0, 1), "20.0")
    assert model.undo_stack.count() == 0


def test_a_decimal_comma_is_not_a_number(model):
    model.setData(model.index(0, 0), "1,5")
    assert model.data(model.index(0, 0), TOOLTIP).startswith("'1,5' is not a number")


def test_cells_are_editable_unless_read_only(model):
    index = model.index(0, 0)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    model.setReadOnly(True)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "7")
    with pytest.raises(EditRefused, match="training"):
        model.set_cell(0, 0, "7")
    with pytest.raises(EditRefused):
        model.paste_block(0, 0, "7")
    assert shown(model)[0] == ["1", "20"]
    assert model.undo_stack.count() == 0
    model.setReadOnly(False)
    assert model.setData(index, "7")


# ---- undo and redo of every edit -------------------------------------------------------------

EDITS: dict[str, Callable[[DataTableModel], object]] = {
    "set cell": lambda m: m.set_cell(0, 1, "25"),
    "set cell to text": lambda m: m.set_cell(0, 1, "n/a"),
    "empty a cell": lambda m: m.set_cell(2, 0, ""),
    "fix a text cell": lambda m: m.set_cell(1, 1, "41"),
    "clear cells": lambda m: m.clear_cells([(0, 0, 1, 1), (2, 1, 2, 1)]),
    "paste inside": lambda m: m.paste_block(0, 0, "5\t6\n7\t8"),
    "paste growing": lambda m: m.paste_block(2, 1, "1,2,3\r\n4,x,6\r\n"),
    "insert rows": lambda m: m.insert_rows(1, 2),
    "append row": lambda m: m.insert_rows(3),
    "remove rows": lambda m: m.remove_rows([2, 0]),
    "insert column": lambda m: m.insert_column(1, "minutes"),
    "insert target column": lambda m: m.insert_column(2, "grade"),
    "remove columns": lambda m: m.remove_columns([0, 2]),
    "rename column": lambda m: m.rename_column(1, "points"),
    "replace table": lambda m: m.set_table(["a", "b", "c"], [[1, 2, 3]], {(0, 2): "?"}),
    "load dataset": lambda m: m.set_dataset(
        Dataset.from_arrays([[1, 2], [3, 4]], [5, 6], ["u", "v"], "w")
    ),
    "add point": lambda m: m.add_point(4, 80),
    "move point": lambda m: m.move_point(1, 2.5, 45, final=True),
    "set data": lambda m: m.setData(m.index(2, 1), "61"),
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_undo_and_redo_restore_exact_contents(model, edit):
    model.set_cell(1, 1, "abc")  # an invalid cell must survive every edit and its undo
    if edit is EDITS["remove columns"]:
        model.insert_column(0, "minutes")
        model.insert_column(3, "grade")
    model.undo_stack.clear()
    before = state(model)
    values_before = model.values().copy()
    edits = edit_counter(model)
    edit(model)
    after = state(model)
    values_after = model.values().copy()
    assert after != before
    assert model.undo_stack.count() == 1
    assert model.undo_stack.undoText()  # a readable name for the Edit menu
    model.undo_stack.undo()
    assert state(model) == before
    np.testing.assert_array_equal(model.values(), values_before)
    model.undo_stack.redo()
    assert state(model) == after
    np.testing.assert_array_equal(model.values(), values_after)
    assert edits[0] == 3


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(sorted(EDITS)), min_size=1, max_size=8))
def test_any_sequence_of_edits_undoes_back_to_the_start(qapp, names):
    model = DataTableModel.from_dataset(Dataset.lesson())
    model.set_cell(1, 1, "abc")
    model.undo_stack.clear()
    start = state(model)
    states = []
    for name in names:
        with contextlib.suppress(EditRefused, IndexError):
            EDITS[name](model)  # may be refused, e.g. moving a point once a third column exists
        states.append(state(model))
    while model.undo_stack.canUndo():
        model.undo_stack.undo()
    assert state(model) == start
    while model.undo_stack.canRedo():
        model.undo_stack.redo()
    assert state(model) == states[-1]


# ---- paste and copy --------------------------------------------------------------------------


def test_paste_tab_block_grows_rows_and_columns_in_one_undo_step(model):
    rows, cols = model.paste_block(2, 1, "60\t7\r\n80\t9\r\n")
    assert (rows, cols) == (2, 2)
    assert headers(model) == ["hours", "score", "x1 (target)"]
    assert shown(model) == [
        ["1", "20", ""],
        ["2", "40", ""],
        ["3", "60", "7"],
        ["", "80", "9"],
    ]
    assert model.undo_stack.count() == 1
    assert model.undo_stack.undoText() == "Paste 2×2 cells"
    model.undo_stack.undo()
    assert state(model) == (["hours", "score (target)"], [["1", "20"], ["2", "40"], ["3", "60"]])


def test_paste_comma_block_with_crlf_appends_rows(model):
    model.paste_block(3, 0, "4,80\r\n5,100\r\n")
    assert shown(model)[3:] == [["4", "80"], ["5", "100"]]
    dataset, problems = model.to_dataset()
    assert dataset is not None and dataset.n_rows == 5
    assert problems.n_left_out == 0 and problems.summary() == ""


def test_pasted_text_cells_are_kept_as_typed(model):
    model.paste_block(0, 0, "1\tabc\n2\t\n")
    assert shown(model)[:2] == [["1", "abc"], ["2", ""]]
    assert model.data(model.index(0, 1), BACKGROUND) is not None


def test_split_block_handles_spreadsheet_quirks():
    assert split_block("1\t2\r\n3\t4\r\n") == [["1", "2"], ["3", "4"]]
    assert split_block("1,2\n3\n") == [["1", "2"], ["3", ""]]
    assert split_block("5") == [["5"]]
    assert split_block("\n") == []


def test_copy_block_is_tab_separated_with_raw_text(model):
    model.set_cell(1, 1, "abc")
    model.set_cell(2, 0, "")
    assert model.copy_block(0, 0, 2, 1) == "1\t20\n2\tabc\n\t60"
    assert model.copy_block(1, 1, 2, 1) == "abc\n60"


# ---- the dataset the model is trained on -----------------------------------------------------


def test_to_dataset_leaves_out_bad_rows_and_says_why(model):
    model.set_cell(1, 1, "abc")
    model.insert_rows(3, 2)  # row 4 half filled, row 5 empty
    model.set_cell(3, 0, "4")
    dataset, problems = model.to_dataset()
    assert dataset is not None
    assert dataset.feature_names == ("hours",) and dataset.target_name == "score"
    np.testing.assert_array_equal(dataset.X, [[1.0], [3.0]])
    np.testing.assert_array_equal(dataset.y, [20.0, 60.0])
    assert problems.n_used == 2 and problems.n_left_out == 2
    assert [(p.row, p.column, p.text) for p in problems.rows] == [
        (2, "score", "abc"),
        (4, "score", ""),
    ]
    assert problems.summary() == (
        "2 rows left out: row 2, column score: 'abc' is not a number; row 4, column score: empty."
    )


def test_summary_counts_rows_beyond_those_it_lists(model):
    for row in range(3):
        model.set_cell(row, 0, "?")
    model.insert_rows(3)
    model.set_cell(3, 1, "5")
    _, problems = model.to_dataset()
    assert problems.summary(limit=2) == (
        "No row has a number in every column yet. 4 rows left out: "
        "row 1, column hours: '?' is not a number; row 2, column hours: '?' is not a number; "
        "and 2 more."
    )


def test_no_dataset_without_rows_or_columns(qapp):
    empty = DataTableModel()
    dataset, problems = empty.to_dataset()
    assert dataset is None and problems.summary() == "The table has no data yet."
    one_column = DataTableModel(names=["x"], values=[[1.0]])
    dataset, problems = one_column.to_dataset()
    assert dataset is None and "at least two columns" in problems.reason


def test_from_dataset_and_to_dataset_round_trip(qapp):
    data = Dataset.from_arrays([[1, 2], [3, 4], [5, 6]], [7, 8, 9], ["a", "b"], "c")
    dataset, problems = DataTableModel.from_dataset(data).to_dataset()
    assert dataset == data and problems.n_left_out == 0


# ---- columns ---------------------------------------------------------------------------------


def test_rename_refuses_empty_and_duplicate_names(model):
    with pytest.raises(EditRefused, match="A column needs a name"):
        model.rename_column(0, "   ")
    with pytest.raises(EditRefused, match="There is already a column named 'score'"):
        model.rename_column(0, "score")
    assert headers(model) == ["hours", "score (target)"]
    model.rename_column(1, " points ")
    assert headers(model) == ["hours", "points (target)"]
    assert model.undo_stack.undoText() == "Rename column 'score' to 'points'"
    assert model.setHeaderData(0, H, "time")
    assert not model.setHeaderData(0, H, "points")
    assert headers(model) == ["time", "points (target)"]


def test_a_new_last_column_becomes_the_target(model):
    model.insert_column(2, "grade")
    assert headers(model) == ["hours", "score", "grade (target)"]
    assert model.insert_column(0) == "x1"  # a made-up name when none is given
    dataset, problems = model.to_dataset()
    assert dataset is None and problems.n_left_out == 3


def test_remove_columns_refuses_to_leave_fewer_than_two(model):
    with pytest.raises(EditRefused, match="at least two columns"):
        model.remove_columns([0])
    model.insert_column(0, "a")
    model.insert_column(0, "b")
    with pytest.raises(EditRefused, match="these 3 columns"):
        model.remove_columns([0, 1, 2])
    model.remove_columns([0, 2])
    assert headers(model) == ["a", "score (target)"]
    assert model.undo_stack.undoText() == "Delete 2 columns"


def test_remove_non_contiguous_rows_keeps_invalid_cells_with_their_rows(model):
    model.paste_block(3, 0, "4\tx\n5\t100\n6\ty")
    model.remove_rows([0, 3, 4])
    assert shown(model) == [["2", "40"], ["3", "60"], ["6", "y"]]
    assert model.data(model.index(2, 1), TOOLTIP).startswith("'y'")
    model.undo_stack.undo()
    assert shown(model)[3:] == [["4", "x"], ["5", "100"], ["6", "y"]]


# ---- points placed and dragged on the plot ---------------------------------------------------


def test_add_point_appends_a_row_and_undoes(model):
    edits = edit_counter(model)
    assert model.add_point(4, 80) == 3
    assert shown(model)[3] == ["4", "80"]
    assert model.undo_stack.undoText() == "Add point (4, 80)"
    model.undo_stack.undo()
    assert model.rowCount() == 3
    assert edits[0] == 2


def test_points_need_a_two_column_table(model):
    model.insert_column(1, "minutes")
    with pytest.raises(EditRefused, match="two columns"):
        model.add_point(1, 2)
    with pytest.raises(EditRefused):
        model.move_point(0, 1, 2)


def test_a_drag_is_one_undo_step(model, qtbot):
    edits = edit_counter(model)
    moving: list[tuple[int, float, float]] = []
    model.point_moving.connect(lambda *args: moving.append(args))
    for step in range(1, 20):
        model.move_point(1, 2 + step / 10, 40 + step, final=False)
    assert shown(model)[1] == ["3.9", "59"]  # the table follows the drag live
    assert edits[0] == 0 and len(moving) == 19 and moving[-1] == (1, 3.9, 59.0)
    with qtbot.waitSignal(model.table_edited, timeout=1000):
        model.move_point(1, 4, 60, final=True)
    assert model.undo_stack.count() == 1
    assert model.undo_stack.undoText() == "Move point in row 2"
    model.undo_stack.undo()
    assert shown(model)[1] == ["2", "40"]
    model.undo_stack.redo()
    assert shown(model)[1] == ["4", "60"]
    # the next drag is its own step
    model.move_point(1, 5, 61, final=False)
    model.move_point(1, 6, 62, final=True)
    assert model.undo_stack.count() == 2


def test_drags_of_different_points_do_not_merge(model):
    model.move_point(0, 9, 9, final=False)
    model.move_point(2, 8, 8, final=True)
    assert model.undo_stack.count() == 2


# ---- a million rows --------------------------------------------------------------------------


def test_a_million_rows_load_show_edit_and_undo(model):
    n = 1_000_000
    x = np.arange(n, dtype=np.float64)
    model.set_table(["x", "y"], np.column_stack([x, 2 * x + 0.5]), text="Load big.csv")
    assert model.rowCount() == n
    last = model.index(n - 1, 1)
    assert model.data(last, DISPLAY) == "1999998.5"
    assert model.headerData(n - 1, V, DISPLAY) == "1000000"
    model.set_cell(n - 1, 1, "bad")
    model.insert_rows(0)
    model.remove_rows(np.arange(10, n, 1000))  # a thousand scattered rows
    assert model.rowCount() == n + 1 - 1000
    assert model.data(model.index(model.rowCount() - 1, 1), DISPLAY) == "bad"
    dataset, problems = model.to_dataset()
    assert dataset is not None and dataset.n_rows == n - 1000 - 1  # less the bad row
    assert problems.n_left_out == 1
    model.undo_stack.undo()
    model.undo_stack.undo()
    assert model.rowCount() == n
    assert model.data(last, DISPLAY) == "bad"
    model.undo_stack.undo()
    model.undo_stack.undo()
    assert model.undo_stack.undoText() == ""
    assert shown(model) == [["1", "20"], ["2", "40"], ["3", "60"]]
