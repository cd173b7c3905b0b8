"""The data table's model: named columns of numbers in numpy arrays, edited through an undo stack.

The last column is the target, the others are features. A cell that is not a number keeps the
text the student typed, is marked, and leaves its row out of training until it is fixed.
"""

from __future__ import annotations

import csv
import io
import math
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QUndoCommand, QUndoStack

from linreg_gui.core.csv_io import is_header_row
from linreg_gui.core.dataset import DataError, Dataset
from linreg_gui.core.korean import fix_particles

Index = QModelIndex | QPersistentModelIndex
Cells = dict[tuple[int, int], str]  # (row, column) -> the text of a cell that is not a number

# Translucent, so the cell is light red on a light palette and dark red on a dark one, and the
# palette's own text colour stays readable on both.
INVALID_BACKGROUND = QColor(230, 40, 40, 90)
# Fainter: an empty cell in a half-typed row is usually about to be filled, not a mistake.
EMPTY_BACKGROUND = QColor(230, 40, 40, 40)

#: At most this many left-out rows are described one by one; the count is always exact.
MAX_LISTED_PROBLEMS = 1000
# Above this many separate runs of rows, one model reset beats a begin/endRemoveRows per run.
_MAX_ROW_RUNS = 32
_MOVE_POINT_ID = 0x4C52  # QUndoCommand.id() shared by the steps of one point drag


class EditRefused(ValueError):
    """An edit the table will not make; the message says why, in words meant for the user."""


def format_number(value: float) -> str:
    """The shortest text that reads back as exactly ``value``: 20 not 20.0, 0.1 not 0.1000000001."""
    text = repr(float(value))
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


def parse_cell(text: str) -> tuple[float, str | None]:
    """(value, None) for a number, (nan, None) for empty text, (nan, text) for anything else.

    Only what ``float()`` reads is a number, so "1,5" is not one: a decimal comma would be
    ambiguous with the comma that separates pasted cells. Infinity and NaN are not data either.
    """
    text = text.strip()
    if not text:
        return math.nan, None
    try:
        value = float(text)
    except ValueError:
        return math.nan, text
    if not math.isfinite(value):
        return math.nan, text
    return value, None


def pasted_header(text: str) -> list[str] | None:
    """The first row of a pasted block if it names columns, as the CSV reader would decide
    (mostly not numbers), with rows of data under it; else None."""
    cells = split_block(text)
    if len(cells) < 2:
        return None
    delimiter = "\t" if "\t" in text else ","
    return [c.strip() for c in cells[0]] if is_header_row(cells[0], delimiter) else None


def split_block(text: str) -> list[list[str]]:
    """Cells of a block copied from a spreadsheet: tab-separated, or comma-separated if there is
    no tab; CRLF or LF line ends; short rows padded with empty cells so the block is a rectangle."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    delimiter = "\t" if "\t" in text else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    width = max((len(r) for r in rows), default=0)
    if width == 0:
        return []
    return [r + [""] * (width - len(r)) for r in rows]


@dataclass(frozen=True)
class RowProblem:
    """Why one row is left out of training."""

    row: int  # 1-based, as the table's row header shows it
    column: str
    text: str  # what the cell holds; "" when it is empty
    reason: str  # e.g. "'abc' is not a number"


@dataclass(frozen=True)
class TableProblems:
    """What ``DataTableModel.to_dataset`` could not use, and why."""

    rows: tuple[RowProblem, ...] = ()  # the first MAX_LISTED_PROBLEMS left-out rows
    n_left_out: int = 0
    n_used: int = 0
    reason: str | None = None  # why there is no dataset at all, if there is none

    def summary(self, limit: int = 3) -> str:
        """One or two sentences for a status bar; "" when every filled row is used."""
        parts = [self.reason] if self.reason else []
        if self.n_left_out:
            if self.n_left_out == 1:  # until an English .qm exists, %n plurals would read "row(s)"
                head = QCoreApplication.translate("TableProblems", "1 row left out")
            else:
                head = QCoreApplication.translate("TableProblems", "{count} rows left out")
                head = head.format(count=self.n_left_out)
            details = "; ".join(
                QCoreApplication.translate(
                    "TableProblems", "row {row}, column {column}: {reason}"
                ).format(row=p.row, column=p.column, reason=p.reason)
                for p in self.rows[:limit]
            )
            more = self.n_left_out - min(limit, len(self.rows))
            if more > 0:
                details += QCoreApplication.translate("TableProblems", "; and {count} more")
                details = details.format(count=more)
            sentence = QCoreApplication.translate("TableProblems", "{head}: {details}.")
            parts.append(sentence.format(head=head, details=details))
        return " ".join(parts)


@dataclass
class _Block:
    """A rectangle of cells, lifted out of the table or about to be written into it."""

    values: np.ndarray  # (h, w) float64, NaN where empty or invalid
    invalid: Cells  # keys relative to the block's top-left corner


def _runs(rows: np.ndarray) -> list[tuple[int, int]]:
    """(start, count) of each run of consecutive numbers in a sorted array."""
    if rows.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(rows) != 1) + 1
    return [(int(run[0]), int(run.size)) for run in np.split(rows, breaks)]


class _Op(Protocol):
    def apply(self, model: DataTableModel) -> None: ...
    def revert(self, model: DataTableModel) -> None: ...


# Each op swaps what it holds with what the table holds, so one object serves undo and redo
# without copying arrays; the undo stack's strict order guarantees the table is back in the
# right state whenever an op runs again.


class _WriteBlock:
    def __init__(self, top: int, left: int, block: _Block) -> None:
        self.top, self.left, self.block = top, left, block

    def apply(self, model: DataTableModel) -> None:
        self.block = model._do_write_block(self.top, self.left, self.block)

    revert = apply


class _InsertRows:
    def __init__(self, row: int, block: _Block) -> None:
        self.row, self.block = row, block

    def apply(self, model: DataTableModel) -> None:
        model._do_insert_rows(self.row, self.block)

    def revert(self, model: DataTableModel) -> None:
        rows = np.arange(self.row, self.row + self.block.values.shape[0])
        self.block = model._do_remove_row_set(rows)


class _RemoveRows:
    def __init__(self, rows: np.ndarray) -> None:
        self.rows = rows
        self.block: _Block | None = None

    def apply(self, model: DataTableModel) -> None:
        self.block = model._do_remove_row_set(self.rows)

    def revert(self, model: DataTableModel) -> None:
        assert self.block is not None
        model._do_insert_row_set(self.rows, self.block)


class _InsertColumns:
    def __init__(self, col: int, names: list[str], block: _Block) -> None:
        self.col, self.names, self.block = col, names, block

    def apply(self, model: DataTableModel) -> None:
        model._do_insert_columns(self.col, self.names, self.block)

    def revert(self, model: DataTableModel) -> None:
        self.names, self.block = model._do_remove_columns(self.col, len(self.names))


class _RemoveColumns:
    def __init__(self, cols: list[int]) -> None:
        self.cols = sorted(cols)
        self.removed: list[tuple[list[str], _Block]] = []

    def apply(self, model: DataTableModel) -> None:
        self.removed = [model._do_remove_columns(c, 1) for c in reversed(self.cols)]
        self.removed.reverse()

    def revert(self, model: DataTableModel) -> None:
        for col, (names, block) in zip(self.cols, self.removed, strict=True):
            model._do_insert_columns(col, names, block)


class _Rename:
    def __init__(self, col: int, name: str) -> None:
        self.col, self.name = col, name

    def apply(self, model: DataTableModel) -> None:
        self.name = model._do_rename(self.col, self.name)

    revert = apply


class _Replace:
    def __init__(self, names: list[str], values: np.ndarray, invalid: Cells) -> None:
        self.state = (names, values, invalid)

    def apply(self, model: DataTableModel) -> None:
        self.state = model._do_replace(*self.state)

    revert = apply


class _TableCommand(QUndoCommand):
    """One undo step: a list of ops done in order and undone in reverse."""

    def __init__(self, model: DataTableModel, text: str, ops: Sequence[_Op]) -> None:
        super().__init__(text)
        # Weak, because the model owns the stack that owns this command.
        self._model = weakref.ref(model)
        self._ops = list(ops)

    def redo(self) -> None:
        model = self._model()
        if model is None:
            return
        for op in self._ops:
            op.apply(model)
        self._announce(model)

    def undo(self) -> None:
        model = self._model()
        if model is None:
            return
        for op in reversed(self._ops):
            op.revert(model)
        model.table_edited.emit()

    def _announce(self, model: DataTableModel) -> None:
        model.table_edited.emit()


class _MovePointCommand(_TableCommand):
    """A point dragged on the plot: the steps of one drag merge into a single undo step."""

    def __init__(
        self,
        model: DataTableModel,
        text: str,
        op: _WriteBlock,
        row: int,
        xy: tuple[float, float],
        final: bool,
    ) -> None:
        super().__init__(model, text, [op])
        self.row, self.xy = row, xy
        self.dragging = not final

    def id(self) -> int:
        return _MOVE_POINT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # The table already holds other's result and this command still holds the state from
        # before the drag, so merging only has to decide whether the drag goes on.
        if not (isinstance(other, _MovePointCommand) and self.dragging and other.row == self.row):
            return False
        self.dragging = other.dragging
        self.xy = other.xy
        return True

    def undo(self) -> None:
        self.dragging = False  # a drag that was undone is over; the next one is a new step
        super().undo()

    def _announce(self, model: DataTableModel) -> None:
        if self.dragging:
            model.point_moving.emit(self.row, *self.xy)
        else:
            model.table_edited.emit()


class DataTableModel(QAbstractTableModel):
    """Columns of numbers over numpy arrays; every edit is an undoable command on ``undo_stack``.

    Refused edits raise EditRefused with a message for the user; indexes out of range raise
    IndexError (a bug in the caller, not something a user did).
    """

    table_edited = Signal()  # a committed edit, an undo or a redo changed the table
    point_moving = Signal(int, float, float)  # row, x, y: a point is being dragged, not committed
    read_only_changed = Signal(bool)  # True while the table refuses edits (during training)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        names: Sequence[str] = ("x", "y"),
        values: Any = None,
        invalid: Mapping[tuple[int, int], str] | None = None,
    ) -> None:
        """An (n, len(names)) table with an empty undo history; empty "x", "y" by default."""
        super().__init__(parent)
        self._names, self._values, self._invalid = self._checked_table(names, values, invalid)
        self._read_only = False
        self._read_only_reason: str | None = None  # None: the model is training
        self.undo_stack = QUndoStack(self)

    @classmethod
    def from_dataset(cls, dataset: Dataset, parent: QObject | None = None) -> DataTableModel:
        """A model holding ``dataset``, with an empty undo history."""
        return cls(parent, names=dataset.column_names, values=_dataset_values(dataset))

    # ---- reading -----------------------------------------------------------------------------

    def column_names(self) -> list[str]:
        return list(self._names)

    def values(self) -> np.ndarray:
        """A read-only view of the (rows, columns) array; NaN where empty or not a number."""
        view = self._values.view()
        view.setflags(write=False)
        return view

    def invalid_cells(self) -> Cells:
        return dict(self._invalid)

    def cell_text(self, row: int, col: int) -> str:
        """What the cell shows: the number in short form, the text that is not one, or ""."""
        raw = self._invalid.get((row, col))
        if raw is not None:
            return raw
        value = self._values[row, col]
        return "" if math.isnan(value) else format_number(value)

    def copy_block(self, top: int, left: int, bottom: int, right: int) -> str:
        """The cells from (top, left) to (bottom, right), inclusive, as tab-separated lines, the
        way spreadsheets copy; a cell that is not a number is copied as its text."""
        self._check_cell(top, left)
        self._check_cell(bottom, right)
        return "\n".join(
            "\t".join(self.cell_text(r, c) for c in range(left, right + 1))
            for r in range(top, bottom + 1)
        )

    @property
    def read_only(self) -> bool:
        return self._read_only

    def setReadOnly(self, read_only: bool, reason: str | None = None) -> None:
        """Refuse every edit while True (the window sets it during training; teacher mode
        with its own ``reason``, the sentence a refused edit shows).

        Undo and redo go through the stack, not through here: disable those actions too.
        """
        if read_only and reason is not None:
            self._read_only_reason = reason
        elif not read_only:
            self._read_only_reason = None
        if read_only != self._read_only:
            self._read_only = read_only
            self.read_only_changed.emit(read_only)

    @property
    def read_only_reason(self) -> str:
        """Why the table refuses edits now, for the status bar."""
        if self._read_only_reason:
            return self._read_only_reason
        return self.tr("The table cannot be changed while the model is training.")

    # ---- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else int(self._values.shape[0])

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.cell_text(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Numbers line up on the right, text on the left, as in a spreadsheet.
            side = (
                Qt.AlignmentFlag.AlignLeft
                if (row, col) in self._invalid
                else Qt.AlignmentFlag.AlignRight
            )
            return side | Qt.AlignmentFlag.AlignVCenter
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            reason = self._cell_problem(row, col)
            if reason is None:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return INVALID_BACKGROUND if (row, col) in self._invalid else EMPTY_BACKGROUND
            return self.tr("{reason}; this row is left out of training").format(reason=reason)
        return None

    def retranslate(self) -> None:
        """The language changed: views ask again for the headers ("score (target)")."""
        if self._names:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._names) - 1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return str(section + 1)  # rows are counted from 1, as people count them
            return None
        if not 0 <= section < len(self._names):
            return None
        name = self._names[section]
        is_target = section == len(self._names) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{name} (target)").format(name=name) if is_target else name
        if role == Qt.ItemDataRole.EditRole:
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            if is_target:
                return self.tr(
                    "Target: the value the model learns to predict. Double-click to rename."
                )
            return self.tr("Feature: an input of the model. Double-click to rename.")
        return None

    def setHeaderData(
        self,
        section: int,
        orientation: Qt.Orientation,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            self.rename_column(section, str(value))
        except (EditRefused, IndexError):
            return False
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemNeverHasChildren
        if not self._read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._read_only:
            return False
        if value is None:
            text = ""
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            text = format_number(value)
        else:
            text = str(value)
        try:
            self.set_cell(index.row(), index.column(), text)
        except EditRefused:
            return False
        return True

    # ---- edits (each one undo step) ----------------------------------------------------------

    def set_table(
        self,
        names: Sequence[str],
        values: Any,
        invalid: Mapping[tuple[int, int], str] | None = None,
        text: str | None = None,
    ) -> None:
        """Replace the whole table, e.g. with a loaded file; ``text`` names the undo step."""
        self._check_editable()
        table = self._checked_table(names, values, invalid)
        self._push(text or self.tr("Replace the table"), [_Replace(*table)])

    def set_dataset(self, dataset: Dataset, text: str | None = None) -> None:
        """Replace the whole table with ``dataset``'s columns (features, then the target)."""
        self.set_table(dataset.column_names, _dataset_values(dataset), text=text)

    def set_cell(self, row: int, col: int, text: str) -> None:
        """Type ``text`` into a cell: a number, other text (kept and marked), or "" to empty it."""
        self._check_editable()
        self._check_cell(row, col)
        value, raw = parse_cell(text)
        if raw == self._invalid.get((row, col)) and _same(value, self._values[row, col]):
            return  # nothing would change; an undo step that does nothing only confuses
        block = _Block(np.array([[value]]), {} if raw is None else {(0, 0): raw})
        where = {"row": row + 1, "column": self._names[col]}
        if text.strip():
            label = self.tr("Set row {row}, {column} to {text}").format(text=text.strip(), **where)
        else:
            label = self.tr("Clear row {row}, {column}").format(**where)
        self._push(label, [_WriteBlock(row, col, block)])

    def clear_cells(self, ranges: Iterable[tuple[int, int, int, int]]) -> None:
        """Empty every cell in the (top, left, bottom, right) ranges, inclusive, as one step."""
        self._check_editable()
        ops: list[_Op] = []
        for top, left, bottom, right in ranges:
            self._check_cell(top, left)
            self._check_cell(bottom, right)
            h, w = bottom - top + 1, right - left + 1
            current = self._read_block(top, left, h, w)
            if current.invalid or not np.isnan(current.values).all():
                ops.append(_WriteBlock(top, left, _Block(np.full((h, w), np.nan), {})))
        if ops:
            self._push(self.tr("Clear cells"), ops)

    def paste_block(self, top: int, left: int, text: str, *, header: bool = False
                    ) -> tuple[int, int]:
        """Paste a block copied from a spreadsheet with its top-left cell at (top, left), adding
        rows and columns as needed; returns the block's (rows, columns), (0, 0) if it is empty.
        With ``header``, the block's first row names the columns it lands in (in the same undo
        step) and its other rows are the cells."""
        self._check_editable()
        cells = split_block(text)
        header_names: list[str] | None = None
        if header and len(cells) >= 2:
            header_names, cells = [c.strip() for c in cells[0]], cells[1:]
        if not cells:
            return 0, 0
        n, c = self._values.shape
        if not (0 <= top <= n and 0 <= left < max(c, 1)):
            raise IndexError(f"cannot paste at ({top}, {left}) in a {n}x{c} table")
        h, w = len(cells), len(cells[0])
        values = np.empty((h, w))
        invalid: Cells = {}
        for i, line in enumerate(cells):
            for j, cell in enumerate(line):
                values[i, j], raw = parse_cell(cell)
                if raw is not None:
                    invalid[(i, j)] = raw
        ops: list[_Op] = []
        extra_rows = top + h - n
        if extra_rows > 0:
            ops.append(_InsertRows(n, _Block(np.full((extra_rows, c), np.nan), {})))
        extra_cols = left + w - c
        renames: list[_Op] = []
        new_names = self._new_names(max(extra_cols, 0))
        if header_names is not None:
            final = self._names_after_header(left, header_names, c, new_names)
            new_names = final[c:]
            renames = [_Rename(j, final[j]) for j in range(left, min(left + w, c))
                       if final[j] != self._names[j]]
        if extra_cols > 0:
            names = new_names
            ops.append(
                _InsertColumns(
                    c, names, _Block(np.full((n + max(extra_rows, 0), extra_cols), np.nan), {})
                )
            )
        ops.append(_WriteBlock(top, left, _Block(values, invalid)))
        ops.extend(renames)
        if header_names is None:
            label = self.tr("Paste {rows}×{cols} cells").format(rows=h, cols=w)
        else:
            label = self.tr("Paste {rows}×{cols} cells with column names").format(rows=h, cols=w)
        self._push(label, ops)
        return h, w

    def _names_after_header(self, left: int, header: list[str], c: int, new_names: list[str]
                            ) -> list[str]:
        """Every column's name once a pasted header names the columns from ``left`` on: an
        empty header cell keeps the name, a name taken elsewhere gets " (2)" as in files."""
        final = [*self._names, *new_names]
        for j, name in enumerate(header):
            if name:
                final[left + j] = None  # type: ignore[call-overload]  # chosen below
        for j, name in enumerate(header):
            col = left + j
            if not name:
                continue
            base, k, candidate = name, 2, name
            while candidate in final:
                candidate = f"{base} ({k})"
                k += 1
            final[col] = candidate
        return final

    def insert_rows(self, row: int, count: int = 1) -> None:
        """Insert ``count`` empty rows before ``row`` (``rowCount()`` appends)."""
        self._check_editable()
        if not 0 <= row <= self.rowCount() or count < 1:
            raise IndexError(f"cannot insert {count} rows at {row}")
        block = _Block(np.full((count, len(self._names)), np.nan), {})
        label = self.tr("Insert row") if count == 1 else self.tr("Insert {count} rows")
        self._push(label.format(count=count), [_InsertRows(row, block)])

    def remove_rows(self, rows: Iterable[int] | np.ndarray) -> None:
        """Delete the given rows, which need not be next to each other, as one step."""
        self._check_editable()
        chosen = np.unique(
            np.asarray(list(rows) if not isinstance(rows, np.ndarray) else rows, dtype=np.int64)
        )
        if chosen.size == 0:
            return
        if chosen[0] < 0 or chosen[-1] >= self.rowCount():
            raise IndexError(f"row {int(chosen[-1])} is outside the table")
        if chosen.size == 1:
            label = self.tr("Delete row {row}").format(row=int(chosen[0]) + 1)
        else:
            label = self.tr("Delete {count} rows").format(count=int(chosen.size))
        self._push(label, [_RemoveRows(chosen)])

    def insert_column(self, col: int, name: str | None = None) -> str:
        """Insert an empty column before ``col`` (``columnCount()`` makes it the new target);
        returns its name, which is made up when ``name`` is None."""
        self._check_editable()
        if not 0 <= col <= len(self._names):
            raise IndexError(f"cannot insert a column at {col}")
        name = self._new_names(1)[0] if name is None else self._checked_name(name)
        block = _Block(np.full((self.rowCount(), 1), np.nan), {})
        label = self.tr("Insert column '{name}'").format(name=name)
        self._push(label, [_InsertColumns(col, [name], block)])
        return name

    def remove_columns(self, cols: Iterable[int]) -> None:
        """Delete the given columns; refused if fewer than two would be left."""
        self._check_editable()
        chosen = sorted(set(int(c) for c in cols))
        if not chosen:
            return
        for col in chosen:
            if not 0 <= col < len(self._names):
                raise IndexError(f"column {col} is outside the table")
        if len(self._names) - len(chosen) < 2:
            raise EditRefused(
                self.tr(
                    "The table needs at least two columns, one feature and the target, "
                    "so this column cannot be deleted."
                )
                if len(chosen) == 1
                else self.tr(
                    "The table needs at least two columns, one feature and the target, "
                    "so these {count} columns cannot be deleted."
                ).format(count=len(chosen))
            )
        if len(chosen) == 1:
            label = self.tr("Delete column '{name}'").format(name=self._names[chosen[0]])
        else:
            label = self.tr("Delete {count} columns").format(count=len(chosen))
        self._push(label, [_RemoveColumns(chosen)])

    def rename_column(self, col: int, name: str) -> None:
        """Rename a column; refused if the name is empty or another column has it."""
        self._check_editable()
        if not 0 <= col < len(self._names):
            raise IndexError(f"column {col} is outside the table")
        name = name.strip()
        if name == self._names[col]:
            return
        name = self._checked_name(name)
        label = self.tr("Rename column '{old}' to '{new}'").format(old=self._names[col], new=name)
        self._push(label, [_Rename(col, name)])

    def add_point(self, x: float, y: float) -> int:
        """Append the point (x, y) as a new row, e.g. from a click on the plot; returns its row."""
        self._check_editable()
        self._check_one_feature()
        xy = _finite_point(x, y)
        row = self.rowCount()
        block = _Block(np.array([xy]), {})
        label = self.tr("Add point ({x}, {y})").format(
            x=format_number(xy[0]), y=format_number(xy[1])
        )
        self._push(label, [_InsertRows(row, block)])
        return row

    def move_point(self, row: int, x: float, y: float, final: bool = True) -> None:
        """Move the point in ``row`` to (x, y). While a drag goes on, call with ``final=False``
        (the table updates and ``point_moving`` is emitted); the call with ``final=True`` ends
        the drag, emits ``table_edited``, and the whole drag is one undo step."""
        self._check_editable()
        self._check_one_feature()
        self._check_cell(row, 0)
        xy = _finite_point(x, y)
        block = _Block(np.array([xy]), {})
        label = self.tr("Move point in row {row}").format(row=row + 1)
        self.undo_stack.push(
            _MovePointCommand(self, label, _WriteBlock(row, 0, block), row, xy, final)
        )

    # ---- the dataset -------------------------------------------------------------------------

    def to_dataset(self) -> tuple[Dataset | None, TableProblems]:
        """A Dataset of the rows with a number in every cell, and what was left out and why.

        Rows with nothing in them are skipped without comment; they are not mistakes.
        """
        n, c = self._values.shape
        if c < 2:
            reason = self.tr("The table needs at least two columns: one feature and the target.")
            return None, TableProblems(reason=reason)
        filled = np.isfinite(self._values)
        has_invalid = np.zeros(n, dtype=bool)
        if self._invalid:
            has_invalid[[r for r, _ in self._invalid]] = True
        usable = filled.all(axis=1)
        empty = ~filled.any(axis=1) & ~has_invalid
        left_out = np.flatnonzero(~usable & ~empty)
        problems = tuple(self._row_problem(int(r)) for r in left_out[:MAX_LISTED_PROBLEMS])
        n_used = int(usable.sum())
        report = TableProblems(problems, int(left_out.size), n_used)
        if n_used == 0:
            if left_out.size:
                reason = self.tr("No row has a number in every column yet.")
            else:
                reason = self.tr("The table has no data yet.")
            return None, TableProblems(problems, int(left_out.size), 0, reason)
        table = self._values[usable]
        try:
            dataset = Dataset.from_arrays(
                table[:, :-1], table[:, -1], self._names[:-1], self._names[-1]
            )
        except DataError as exc:  # the table's own checks should make this unreachable
            return None, TableProblems(problems, int(left_out.size), 0, str(exc))
        return dataset, report

    # ---- checks and helpers ------------------------------------------------------------------

    def _check_editable(self) -> None:
        if self._read_only:
            raise EditRefused(self.read_only_reason)

    def _check_cell(self, row: int, col: int) -> None:
        n, c = self._values.shape
        if not (0 <= row < n and 0 <= col < c):
            raise IndexError(f"cell ({row}, {col}) is outside the {n}x{c} table")

    def _check_one_feature(self) -> None:
        if len(self._names) != 2:
            raise EditRefused(
                self.tr("Points can be placed on the plot only when the table has two columns.")
            )

    def _checked_name(self, name: str, taken: Sequence[str] | None = None) -> str:
        name = str(name).strip()
        if not name:
            raise EditRefused(self.tr("A column needs a name."))
        if name in (self._names if taken is None else taken):
            raise EditRefused(
                self.tr("There is already a column named '{name}'.").format(name=name)
            )
        return name

    def _new_names(self, count: int) -> list[str]:
        names: list[str] = []
        i = 1
        while len(names) < count:
            if f"x{i}" not in self._names:
                names.append(f"x{i}")
            i += 1
        return names

    def _checked_table(
        self, names: Sequence[str], values: Any, invalid: Mapping[tuple[int, int], str] | None
    ) -> tuple[list[str], np.ndarray, Cells]:
        checked: list[str] = []
        for name in names:
            checked.append(self._checked_name(name, checked))
        c = len(checked)
        array = np.empty((0, c)) if values is None else np.array(values, dtype=np.float64)
        if array.size == 0:
            array = array.reshape(0, c)
        if array.ndim != 2 or array.shape[1] != c:
            raise ValueError(f"values of shape {array.shape} do not fit {c} columns")
        cells: Cells = {}
        for r, col in np.argwhere(np.isinf(array)):  # not data, but keep what the cell said
            cells[(int(r), int(col))] = format_number(array[r, col])
            array[r, col] = np.nan
        for (r, col), raw in (invalid or {}).items():
            if not (0 <= r < array.shape[0] and 0 <= col < c):
                raise IndexError(f"invalid cell ({r}, {col}) is outside the table")
            array[r, col], bad = parse_cell(str(raw))
            if bad is not None:
                cells[(int(r), int(col))] = bad
        return checked, array, cells

    def _invalid_reason(self, raw: str) -> str:
        try:
            float(raw)
        except ValueError:
            return self.tr("'{text}' is not a number").format(text=raw)
        return self.tr("'{text}' is not a finite number").format(text=raw)

    def _row_is_empty(self, row: int) -> bool:
        if np.isfinite(self._values[row]).any():
            return False
        return not any((row, c) in self._invalid for c in range(len(self._names)))

    def _cell_problem(self, row: int, col: int) -> str | None:
        raw = self._invalid.get((row, col))
        if raw is not None:
            return self._invalid_reason(raw)
        if math.isnan(self._values[row, col]) and not self._row_is_empty(row):
            return self.tr("this cell is empty")
        return None

    def _row_problem(self, row: int) -> RowProblem:
        for col, name in enumerate(self._names):
            raw = self._invalid.get((row, col))
            if raw is not None:
                return RowProblem(row + 1, name, raw, self._invalid_reason(raw))
            if math.isnan(self._values[row, col]):
                return RowProblem(row + 1, name, "", self.tr("empty"))
        raise AssertionError(f"row {row} has no problem")

    def _push(self, text: str, ops: Sequence[_Op]) -> None:
        self.undo_stack.push(_TableCommand(self, fix_particles(text), ops))

    # ---- primitives: change the arrays and tell the views; only ops call these ---------------

    def _read_block(self, top: int, left: int, h: int, w: int) -> _Block:
        values = self._values[top : top + h, left : left + w].copy()
        invalid: Cells = {}
        if h * w <= len(self._invalid):
            for i in range(h):
                for j in range(w):
                    raw = self._invalid.get((top + i, left + j))
                    if raw is not None:
                        invalid[(i, j)] = raw
        else:
            for (r, c), raw in self._invalid.items():
                if top <= r < top + h and left <= c < left + w:
                    invalid[(r - top, c - left)] = raw
        return _Block(values, invalid)

    def _do_write_block(self, top: int, left: int, block: _Block) -> _Block:
        h, w = block.values.shape
        old = self._read_block(top, left, h, w)
        self._values[top : top + h, left : left + w] = block.values
        for r, c in old.invalid:
            del self._invalid[(top + r, left + c)]
        for (r, c), raw in block.invalid.items():
            self._invalid[(top + r, left + c)] = raw
        # Whole rows: whether a row is empty decides how its other cells are marked.
        self.dataChanged.emit(self.index(top, 0), self.index(top + h - 1, len(self._names) - 1))
        return old

    def _shift_rows(self, start: int, delta: int) -> None:
        """Move invalid cells at or below ``start`` by ``delta`` rows (cells removed already)."""
        self._invalid = {
            ((r + delta) if r >= start else r, c): raw for (r, c), raw in self._invalid.items()
        }

    def _do_insert_rows(self, row: int, block: _Block) -> None:
        h = block.values.shape[0]
        self.beginInsertRows(QModelIndex(), row, row + h - 1)
        self._values = np.concatenate([self._values[:row], block.values, self._values[row:]])
        self._shift_rows(row, h)
        self._invalid.update({(row + r, c): raw for (r, c), raw in block.invalid.items()})
        self.endInsertRows()

    def _do_remove_row_set(self, rows: np.ndarray) -> _Block:
        """Remove the rows (sorted, unique); returns them, in order, for putting back."""
        removed_values = self._values[rows]
        removed_invalid: Cells = {}
        for (r, c), raw in self._invalid.items():
            i = int(np.searchsorted(rows, r))
            if i < rows.size and rows[i] == r:
                removed_invalid[(i, c)] = raw
        runs = _runs(rows)
        if len(runs) <= _MAX_ROW_RUNS:
            for start, count in reversed(runs):
                self.beginRemoveRows(QModelIndex(), start, start + count - 1)
                self._values = np.delete(self._values, np.s_[start : start + count], axis=0)
                self._invalid = {
                    k: raw for k, raw in self._invalid.items() if not start <= k[0] < start + count
                }
                self._shift_rows(start + count, -count)
                self.endRemoveRows()
        else:
            self.beginResetModel()
            keep = np.ones(self._values.shape[0], dtype=bool)
            keep[rows] = False
            new_row = np.cumsum(keep) - 1
            self._values = self._values[keep]
            self._invalid = {
                (int(new_row[r]), c): raw for (r, c), raw in self._invalid.items() if keep[r]
            }
            self.endResetModel()
        return _Block(removed_values, removed_invalid)

    def _do_insert_row_set(self, rows: np.ndarray, block: _Block) -> None:
        """Put back rows removed by ``_do_remove_row_set`` at their old positions."""
        runs = _runs(rows)
        if len(runs) <= _MAX_ROW_RUNS:
            offset = 0
            for start, count in runs:
                part = _Block(
                    block.values[offset : offset + count],
                    {
                        (r - offset, c): raw
                        for (r, c), raw in block.invalid.items()
                        if offset <= r < offset + count
                    },
                )
                self._do_insert_rows(start, part)
                offset += count
            return
        self.beginResetModel()
        total = self._values.shape[0] + rows.size
        kept = np.ones(total, dtype=bool)
        kept[rows] = False
        kept_rows = np.flatnonzero(kept)
        values = np.empty((total, len(self._names)))
        values[kept] = self._values
        values[rows] = block.values
        invalid = {(int(kept_rows[r]), c): raw for (r, c), raw in self._invalid.items()}
        invalid.update({(int(rows[r]), c): raw for (r, c), raw in block.invalid.items()})
        self._values, self._invalid = values, invalid
        self.endResetModel()

    def _columns_changed(self) -> None:
        # The target marker moves with the last column, and emptiness of rows may change.
        if self._names:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._names) - 1)
        if self.rowCount() and self._names:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(self._names) - 1)
            )

    def _do_insert_columns(self, col: int, names: list[str], block: _Block) -> None:
        k = len(names)
        self.beginInsertColumns(QModelIndex(), col, col + k - 1)
        self._names[col:col] = names
        self._values = np.concatenate(
            [self._values[:, :col], block.values, self._values[:, col:]], axis=1
        )
        self._invalid = {
            (r, (c + k) if c >= col else c): raw for (r, c), raw in self._invalid.items()
        }
        self._invalid.update({(r, col + c): raw for (r, c), raw in block.invalid.items()})
        self.endInsertColumns()
        self._columns_changed()

    def _do_remove_columns(self, col: int, count: int) -> tuple[list[str], _Block]:
        removed = self._read_block(0, col, self.rowCount(), count)
        names = self._names[col : col + count]
        self.beginRemoveColumns(QModelIndex(), col, col + count - 1)
        del self._names[col : col + count]
        self._values = np.delete(self._values, np.s_[col : col + count], axis=1)
        self._invalid = {
            (r, (c - count) if c >= col + count else c): raw
            for (r, c), raw in self._invalid.items()
            if not col <= c < col + count
        }
        self.endRemoveColumns()
        self._columns_changed()
        return names, removed

    def _do_rename(self, col: int, name: str) -> str:
        old, self._names[col] = self._names[col], name
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, col, col)
        return old

    def _do_replace(
        self, names: list[str], values: np.ndarray, invalid: Cells
    ) -> tuple[list[str], np.ndarray, Cells]:
        self.beginResetModel()
        old = (self._names, self._values, self._invalid)
        self._names, self._values, self._invalid = names, values, invalid
        self.endResetModel()
        return old


def _same(a: float, b: float) -> bool:
    return a == b or (math.isnan(a) and math.isnan(b))


def _finite_point(x: float, y: float) -> tuple[float, float]:
    xy = (float(x), float(y))
    if not all(math.isfinite(v) for v in xy):
        raise ValueError(f"a point needs finite coordinates, got {xy}")
    return xy


def _dataset_values(dataset: Dataset) -> np.ndarray:
    return np.column_stack([dataset.X, dataset.y])
