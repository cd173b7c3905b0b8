"""The data a model learns from: named feature columns X and one target column y.

Everything that builds a Dataset validates it and raises DataError, which says what is wrong
and where (file, row, column, text), so the window and the command line can show it as is.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from linreg_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from linreg_gui.core.korean import fix_particles

#: The lesson's data: study hours -> exam score (공부시간 -> 점수).
LESSON_FEATURES = ("hours",)
LESSON_TARGET = "score"
LESSON_ROWS = ((1.0, 20.0), (2.0, 40.0), (3.0, 60.0))

_NOT_A_NUMBER = QT_TRANSLATE_NOOP("DataError", "is not a number")


def _escaped(name: str) -> str:
    """A file or column name on one line: its line breaks as \\n and \\r."""
    return name.replace("\r", "\\r").replace("\n", "\\n")


class DataError(ValueError):
    """Bad input, with where it is. ``row`` and ``column`` are 1-based, as a person counts.

    ``problem`` is an English template marked for translation (``QT_TRANSLATE_NOOP(
    "DataError", ...)``) with named fields filled from ``fields``; ``self.problem`` is the
    English sentence, ``describe()`` (and ``str()``) the one in the current language.
    """

    def __init__(
        self,
        problem: str,
        *,
        file: str | None = None,
        row: int | None = None,
        column: int | str | None = None,
        text: str | None = None,
        fields: dict | None = None,
    ) -> None:
        self.template = problem
        self.fields = dict(fields or {})
        self.problem = problem.format(**self.fields) if self.fields else problem
        self.file = file
        self.row = row
        self.column = column
        self.text = text
        super().__init__(self.problem)

    def translated_problem(self) -> str:
        text = translate("DataError", self.template)
        return text.format(**self.fields) if self.fields else text

    def where(self) -> str:
        parts = []
        if self.file is not None:
            parts.append(_escaped(str(self.file)))
        if self.row is not None:
            parts.append(translate("DataError", "row {row}").format(row=self.row))
        if self.column is not None:
            column = _escaped(str(self.column))
            parts.append(translate("DataError", "column {column}").format(column=column))
        return ", ".join(parts)

    def describe(self) -> str:
        """One line (a quoted header's line break is shown as \\n, a library's multi-line
        message joined), so a command's error is one line on stderr."""
        where = self.where()
        problem = self.translated_problem()
        if "\n" in problem or "\r" in problem:
            problem = " ".join(part.strip() for part in problem.splitlines() if part.strip())
        text = f" ({self.text!r})" if self.text is not None else ""
        return fix_particles(f"{where}: {problem}{text}" if where else f"{problem}{text}")

    def __str__(self) -> str:
        return self.describe()


@dataclass(frozen=True, eq=False)
class Dataset:
    """n rows, k >= 1 feature columns and one target column, as float64 arrays."""

    feature_names: tuple[str, ...]
    target_name: str
    X: np.ndarray = field(repr=False)  # shape (n, k)
    y: np.ndarray = field(repr=False)  # shape (n,)
    source: str | None = None

    @property
    def n_rows(self) -> int:
        return int(self.X.shape[0])

    @property
    def n_features(self) -> int:
        return int(self.X.shape[1])

    @property
    def column_names(self) -> tuple[str, ...]:
        return (*self.feature_names, self.target_name)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dataset):
            return NotImplemented
        return (
            self.feature_names == other.feature_names
            and self.target_name == other.target_name
            and np.array_equal(self.X, other.X)
            and np.array_equal(self.y, other.y)
        )

    __hash__ = None  # type: ignore[assignment]

    # ---- builders -------------------------------------------------------------------------

    @classmethod
    def lesson(cls) -> Dataset:
        """The lesson's three points (1, 20), (2, 40), (3, 60)."""
        return cls.from_rows(LESSON_ROWS, (*LESSON_FEATURES, LESSON_TARGET), source="lesson")

    @classmethod
    def from_arrays(
        cls,
        X: Sequence | np.ndarray,
        y: Sequence | np.ndarray,
        feature_names: Sequence[str] | None = None,
        target_name: str = "y",
        *,
        source: str | None = None,
    ) -> Dataset:
        """Build from an (n, k) or (n,) feature array and an (n,) target array."""
        try:
            Xa = np.array(X, dtype=np.float64)
            ya = np.array(y, dtype=np.float64).reshape(-1)
        except (TypeError, ValueError) as exc:
            _raise_at_bad_cell(X, y, feature_names, target_name, source)
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "not a numeric array: {error}"),
                file=source, fields={"error": exc},
            ) from None
        if Xa.ndim == 1:
            Xa = Xa.reshape(-1, 1)
        if Xa.ndim != 2:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "features must be a 2-D table, got {n} dimensions"
                ),
                file=source, fields={"n": Xa.ndim},
            )
        if Xa.shape[1] == 0:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "there is no feature column"), file=source
            )
        if Xa.shape[0] != ya.shape[0]:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "{rows} feature rows but {targets} target values"),
                file=source, fields={"rows": Xa.shape[0], "targets": ya.shape[0]},
            )
        if feature_names is None:
            feature_names = [f"x{i + 1}" for i in range(Xa.shape[1])]
        names = tuple(str(n) for n in feature_names)
        if len(names) != Xa.shape[1]:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "{names} feature names for {columns} feature columns"
                ),
                file=source, fields={"names": len(names), "columns": Xa.shape[1]},
            )
        _check_names((*names, target_name), source)
        if Xa.shape[0] == 0:
            raise DataError(QT_TRANSLATE_NOOP("DataError", "there are no data rows"), file=source)
        bad = ~np.isfinite(Xa)
        if bad.any():
            r, c = (int(v) for v in np.argwhere(bad)[0])
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "value is not finite"),
                file=source, row=r + 1, column=names[c], text=str(Xa[r, c]),
            )
        bad_y = ~np.isfinite(ya)
        if bad_y.any():
            r = int(np.argwhere(bad_y)[0][0])
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "value is not finite"),
                file=source, row=r + 1, column=target_name, text=str(ya[r]),
            )
        Xa.setflags(write=False)
        ya.setflags(write=False)
        return cls(names, str(target_name), Xa, ya, source)

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[Sequence[object]],
        column_names: Sequence[str],
        *,
        target: str | None = None,
        features: Sequence[str] | None = None,
        source: str | None = None,
        first_row_number: int = 1,
    ) -> Dataset:
        """Build from rows of cells (numbers or numeric text) under ``column_names``.

        The target defaults to the last column, the features to every other column.
        ``first_row_number`` is what the first row is called in error messages (a CSV file
        whose line 1 is the header starts its data at row 2).
        """
        names = [str(n).strip() for n in column_names]
        _check_names(names, source)
        target_idx, feature_idx = _choose_columns(names, target, features, source)
        values: list[list[float]] = []
        for offset, row in enumerate(rows):
            number = first_row_number + offset
            cells = list(row)
            if len(cells) != len(names):
                raise DataError(
                    QT_TRANSLATE_NOOP(
                        "DataError", "has {cells} cells but the header has {columns} columns"
                    ),
                    file=source,
                    fields={"cells": len(cells), "columns": len(names)},
                    row=number,
                )
            values.append([_parse_cell(c, source, number, names[j]) for j, c in enumerate(cells)])
        if not values:
            raise DataError(QT_TRANSLATE_NOOP("DataError", "there are no data rows"), file=source)
        table = np.array(values, dtype=np.float64)
        return cls.from_arrays(
            table[:, feature_idx],
            table[:, target_idx],
            [names[i] for i in feature_idx],
            names[target_idx],
            source=source,
        )

    @classmethod
    def from_csv(
        cls,
        path: str | Path,
        *,
        target: str | None = None,
        features: Sequence[str] | None = None,
    ) -> Dataset:
        """A data file (CSV in UTF-8 or CP949, comma, semicolon or tab; or .xlsx), read by
        the robust reader; the first bad cell raises DataError with its file, row and column."""
        from linreg_gui.core import csv_io  # csv_io builds Datasets: imported here, not above

        return csv_io.read_dataset(path, target=target, features=features)


def _raise_at_bad_cell(X, y, feature_names, target_name, source) -> None:
    """Name the row and column of the cell numpy could not convert (text, a ragged row)."""
    try:
        rows = list(X)
        targets = list(np.asarray(y, dtype=object).reshape(-1))
    except (TypeError, ValueError):
        return
    width = None
    for i, row in enumerate(rows, start=1):
        cells = list(row) if isinstance(row, (list, tuple, np.ndarray)) else [row]
        if width is None:
            width = len(cells)
        elif len(cells) != width:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "has {cells} cells but the first row has {width}"),
                file=source, row=i, fields={"cells": len(cells), "width": width},
            )
        for j, cell in enumerate(cells):
            names = list(feature_names) if feature_names is not None else []
            name = str(names[j]) if j < len(names) else f"x{j + 1}"
            _parse_cell(cell, source, i, name)
    for i, cell in enumerate(targets, start=1):
        _parse_cell(cell, source, i, str(target_name))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _parse_cell(cell: object, source: str | None, row: int, column: str) -> float:
    if isinstance(cell, bool):
        raise DataError(_NOT_A_NUMBER, file=source, row=row, column=column, text=str(cell))
    if isinstance(cell, (int, float, np.integer, np.floating)):
        value = float(cell)
    else:
        text = str(cell).strip()
        if not text:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "is empty"), file=source, row=row, column=column
            )
        try:
            value = float(text)
        except ValueError:
            raise DataError(
                _NOT_A_NUMBER, file=source, row=row, column=column, text=text
            ) from None
    if not math.isfinite(value):
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "is not finite"),
            file=source, row=row, column=column, text=str(cell),
        )
    return value


def _check_names(names: Sequence[str], source: str | None) -> None:
    seen: set[str] = set()
    for i, name in enumerate(names, start=1):
        if not str(name).strip():
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "the column has no name"), file=source, column=i
            )
        if name in seen:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "two columns have the same name"),
                file=source, column=name,
            )
        seen.add(name)


def _choose_columns(
    names: Sequence[str], target: str | None, features: Sequence[str] | None, source: str | None
) -> tuple[int, list[int]]:
    if len(names) < 2:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError", "needs at least two columns: one feature and the target"
            ),
            file=source,
        )
    if target is None:
        target_idx = len(names) - 1
    elif target in names:
        target_idx = list(names).index(target)
    else:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError", "there is no target column {name!r} (columns: {columns})"
            ),
            file=source, fields={"name": target, "columns": ", ".join(names)},
        )
    if features is None:
        feature_idx = [i for i in range(len(names)) if i != target_idx]
    else:
        feature_idx = []
        for name in features:
            if name not in names:
                raise DataError(
                    QT_TRANSLATE_NOOP(
                        "DataError", "there is no feature column {name!r} (columns: {columns})"
                    ),
                    file=source, fields={"name": name, "columns": ", ".join(names)},
                )
            i = list(names).index(name)
            if i == target_idx:
                raise DataError(
                    QT_TRANSLATE_NOOP(
                        "DataError", "{name!r} cannot be both a feature and the target"
                    ),
                    file=source, fields={"name": name},
                )
            feature_idx.append(i)
    if not feature_idx:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "there is no feature column"), file=source)
    return target_idx, feature_idx
