"""Reading the data tables teachers bring, and writing them back.

Teachers' files come from Korean Excel as often as from anywhere: CP949 or UTF-8 with or
without a BOM, commas, semicolons or tabs, decimal commas, quoted "1,234", blank lines, a
header row or none. ``read_table`` reads all of these into a :class:`Table` of float64 values
in which a bad cell is NaN and is listed as a :class:`BadCell` naming the file's line and the
column, so a person can find it. ``Table.to_dataset`` then picks the columns to learn from.

Large files take a fast path. The raw bytes are parsed in blocks of about a megabyte, never
decoded into one big string. A block of plain decimals (a leading "-", digits, one point, the
same number of cells on each line) is parsed by numpy array arithmetic on its bytes, each
value exactly what float() gives; other plain numbers (exponents, "+", spaces) are converted
by numpy from a list of cells. A block that fails both (text, blank lines, ragged rows, NaN
words) is halved until the halves pass, and what is left is read cell by cell with the csv
module, so the careful rules and exact line numbers hold everywhere. From a block with a
quote on, one csv reader reads on until a record ends past the block, so quoted cells (even
ones spanning lines) are read exactly as if the file were read whole.

Nothing here knows about Qt or torch.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import math
import os
import re
import threading
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

import numpy as np

from linreg_gui.core.atomic_file import write_atomic
from linreg_gui.core.dataset import DataError, Dataset
from linreg_gui.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "BadCell",
    "LoadCancelled",
    "Table",
    "read_dataset",
    "read_excel",
    "read_table",
    "write_csv",
]

Progress = Callable[[float], None]

#: Encodings, in the order they are tried (CP949 is what Korean Windows/Excel writes).
ENCODINGS = ("utf-8", "utf-8-sig", "cp949")
#: Delimiters the sniffer chooses among, in order of preference when several fit.
DELIMITERS = ("\t", ";", ",")
#: Files larger than this are refused rather than filling the memory of a classroom laptop.
MAX_FILE_BYTES = 1 << 30
#: An .xlsx whose shared strings unpack past this is refused: openpyxl holds every one of them
#: as a Python string (~8x their size in memory) even in read-only mode, used or not.
MAX_SHARED_STRINGS_BYTES = 16 << 20
#: Lines looked at to choose the delimiter and decide whether there is a header.
SNIFF_LINES = 50
#: The body is parsed in blocks of about this many bytes (tests shrink it to test seams).
CHUNK_BYTES = 1 << 20
#: A line longer than this is never split into cells just to count them (a 50 MB line of
#: "1,2,1,2..." split by the csv module took 25x its size); it stays out of the sniffed head.
LONG_LINE_BYTES = 1 << 16
#: progress() is called at most once per this many seconds (plus at the start and the end).
PROGRESS_INTERVAL = 0.05
#: Bad cells kept per column after that column's first one, and in all.
MAX_BAD_PER_COLUMN = 100
MAX_BAD_TOTAL = 10_000
#: A bad cell's text is cut to this many characters.
MAX_TEXT = 100

_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_THOUSANDS_COMMA = re.compile(r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?")
_DECIMAL_COMMA = re.compile(r"[+-]?(?:[0-9]+(?:,[0-9]*)?|,[0-9]+)(?:[eE][+-]?[0-9]+)?")
_THOUSANDS_DOT_DECIMAL_COMMA = re.compile(r"[+-]?[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]*)?")
_NON_FINITE_WORDS = frozenset(
    s + w for s in ("", "+", "-") for w in ("nan", "inf", "infinity")
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NOT_TEXT = QT_TRANSLATE_NOOP("DataError", "is not a text file")

REASON_EMPTY = QT_TRANSLATE_NOOP("DataError", "is empty")
REASON_NOT_NUMBER = QT_TRANSLATE_NOOP("DataError", "is not a number")
REASON_NOT_FINITE = QT_TRANSLATE_NOOP("DataError", "is not a finite number")
REASON_UNCLOSED = QT_TRANSLATE_NOOP("DataError", 'has a quote (") that is never closed')


class LoadCancelled(Exception):
    """The caller's cancel event was set while a file was loading."""


@dataclass(frozen=True)
class BadCell:
    """One cell (or, with ``column_index`` None, one whole row) that holds no usable number.

    ``row`` is the line of the file it is on, 1-based as a person counts (for Excel files,
    the sheet's row number). ``column_index`` is the 0-based position in ``Table.names``.
    """

    row: int
    column_name: str | None
    column_index: int | None
    text: str
    reason: str  # in English; translated_reason() in the current language
    # The reason's template (marked for translation) and its fields, when it has fields.
    template: str = field(default="", compare=False)
    fields: tuple[tuple[str, object], ...] = field(default=(), compare=False)

    def translated_reason(self) -> str:
        if not self.template:
            return translate("DataError", self.reason)
        return translate("DataError", self.template).format(**dict(self.fields))

    def to_error(self, file: str | None) -> DataError:
        """The DataError that reports this cell: "file, row 3, column score: ... ('abc')"."""
        return DataError(
            self.template or self.reason,
            file=file,
            row=self.row,
            column=self.column_name,
            text=self.text if self.text or self.column_index is None else None,
            fields=dict(self.fields),
        )


@dataclass(frozen=True, eq=False)
class Table:
    """A whole data file as numbers: what was read, and how it was read."""

    names: tuple[str, ...]
    values: np.ndarray = field(repr=False)  # (n, c) float64; NaN where a cell is bad
    line_numbers: np.ndarray = field(repr=False)  # (n,) int64: each row's line in the file
    bad_cells: list[BadCell] = field(repr=False)  # every column's first, then up to a limit
    bad_cell_count: int  # all bad cells (and bad rows), also those not kept in bad_cells
    encoding: str  # "utf-8", "utf-8-sig", "cp949" ("utf-16" for Excel's Unicode text; "xlsx")
    delimiter: str  # ",", ";" or "\t" ("" for Excel files)
    decimal_comma: bool  # cells such as "1,5" were read as 1.5
    has_header: bool  # the first row named the columns (otherwise "column 1", ...)
    source: str

    @property
    def column_names(self) -> tuple[str, ...]:
        return self.names

    @property
    def n_rows(self) -> int:
        return int(self.values.shape[0])

    @property
    def n_columns(self) -> int:
        return int(self.values.shape[1])

    def column(self, name: str) -> np.ndarray:
        """One column's values (NaN where bad), by name."""
        return self.values[:, self._index(name, "column")]

    def bad_row_lines(self, columns: Sequence[str] | None = None) -> np.ndarray:
        """File line numbers of the rows that have a bad cell in ``columns`` (default: any)."""
        idx = list(range(self.n_columns)) if columns is None else [
            self._index(c, "column") for c in columns
        ]
        bad = np.isnan(self.values[:, idx]).any(axis=1)
        return self.line_numbers[bad]

    def to_dataset(
        self,
        target: str | None = None,
        features: Sequence[str] | None = None,
        drop_bad_rows: bool = False,
    ) -> Dataset:
        """The columns to learn from: ``target`` (default the last column) and ``features``
        (default every other column).

        A bad cell in those columns raises the DataError of the first one, unless
        ``drop_bad_rows``, which leaves those rows out. Bad cells elsewhere do not matter.
        """
        target_idx, feature_idx = self._choose(target, features)
        if self.n_rows == 0:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "there are no data rows under the header")
                if self.has_header
                else QT_TRANSLATE_NOOP("DataError", "there are no data rows"),
                file=self.source,
            )
        used = [*feature_idx, target_idx]
        values = self.values
        if self.bad_cell_count:
            bad_rows = np.isnan(values[:, used]).any(axis=1)
            if bad_rows.any():
                if not drop_bad_rows:
                    raise self._first_bad(set(used), bad_rows).to_error(self.source)
                values = values[~bad_rows]
                if values.shape[0] == 0:
                    first = self._first_bad(set(used), bad_rows).to_error(self.source)
                    raise DataError(
                        QT_TRANSLATE_NOOP(
                            "DataError",
                            "every row has a bad cell in the chosen columns; the first: {first}",
                        ),
                        file=self.source,
                        fields={"first": first.describe()},
                    )
        return Dataset.from_arrays(
            values[:, feature_idx],
            values[:, target_idx],
            [self.names[i] for i in feature_idx],
            self.names[target_idx],
            source=self.source,
        )

    # ---- helpers --------------------------------------------------------------------------

    def _index(self, name: str, what: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            templates = {
                "column": QT_TRANSLATE_NOOP(
                    "DataError", "there is no column {name!r} (columns: {columns})"
                ),
                "target column": QT_TRANSLATE_NOOP(
                    "DataError", "there is no target column {name!r} (columns: {columns})"
                ),
                "feature column": QT_TRANSLATE_NOOP(
                    "DataError", "there is no feature column {name!r} (columns: {columns})"
                ),
            }
            raise DataError(
                templates[what], file=self.source,
                fields={"name": name, "columns": ", ".join(self.names)},
            ) from None

    def _choose(
        self, target: str | None, features: Sequence[str] | None
    ) -> tuple[int, list[int]]:
        if self.n_columns < 2:
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "needs at least two columns: one feature and the target"
                ),
                file=self.source,
            )
        target_idx = self.n_columns - 1 if target is None else self._index(target, "target column")
        if features is None:
            feature_idx = [i for i in range(self.n_columns) if i != target_idx]
        else:
            if isinstance(features, str):
                features = [features]
            feature_idx = []
            for name in features:
                i = self._index(name, "feature column")
                if i == target_idx:
                    raise DataError(
                        QT_TRANSLATE_NOOP(
                            "DataError", "{name!r} cannot be both a feature and the target"
                        ),
                        file=self.source, fields={"name": name},
                    )
                if i in feature_idx:
                    raise DataError(
                        QT_TRANSLATE_NOOP("DataError", "feature {name!r} is chosen twice"),
                        file=self.source, fields={"name": name},
                    )
                feature_idx.append(i)
        if not feature_idx:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "there is no feature column"), file=self.source
            )
        return target_idx, feature_idx

    def _first_bad(self, used: set[int], bad_rows: np.ndarray) -> BadCell:
        candidates = [
            b for b in self.bad_cells if b.column_index is None or b.column_index in used
        ]
        if candidates:
            return min(
                candidates,
                key=lambda b: (b.row, -1 if b.column_index is None else b.column_index),
            )
        # Not reached while every column's first bad cell is kept; a safe answer all the same.
        r = int(np.argmax(bad_rows))
        c = next(i for i in sorted(used) if np.isnan(self.values[r, i]))
        return BadCell(int(self.line_numbers[r]), self.names[c], c, "", REASON_NOT_NUMBER)


# ---- progress and cancel ------------------------------------------------------------------


class _Monitor:
    """Throttled progress reports and cancel checks."""

    def __init__(self, progress: Progress | None, cancel: threading.Event | None) -> None:
        self._progress = progress
        self._cancel = cancel
        self._next = 0.0
        self._last = -1.0

    def check(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise LoadCancelled("loading was cancelled")

    def report(self, fraction: float, *, force: bool = False) -> None:
        self.check()
        if self._progress is None:
            return
        now = time.monotonic()
        fraction = min(1.0, max(self._last, fraction, 0.0))
        if force or now >= self._next:
            self._next = now + PROGRESS_INTERVAL
            self._last = fraction
            self._progress(fraction)


# ---- cells --------------------------------------------------------------------------------


def _parse_cell(text: str, delimiter: str) -> tuple[float, str | None, bool]:
    """(value, reason it is bad or None, a decimal comma was read) for one cell's text."""
    t = text.strip()
    if not t:
        return math.nan, REASON_EMPTY, False
    comma = False
    if "," in t:
        if delimiter == ",":
            # Only a quoted cell can hold the delimiter: "1,234" or "1,234.5" is thousands.
            if _THOUSANDS_COMMA.fullmatch(t):
                t = t.replace(",", "")
        elif _DECIMAL_COMMA.fullmatch(t):
            t, comma = t.replace(",", "."), True
        elif _THOUSANDS_DOT_DECIMAL_COMMA.fullmatch(t):
            t, comma = t.replace(".", "").replace(",", "."), True
    if _NUMBER.fullmatch(t):
        value = float(t)
        if math.isfinite(value):
            return value, None, comma
        return math.nan, REASON_NOT_FINITE, comma
    if t.lower() in _NON_FINITE_WORDS:
        return math.nan, REASON_NOT_FINITE, False
    return math.nan, REASON_NOT_NUMBER, False


def _looks_numeric(text: str, delimiter: str) -> bool:
    """A number, or a word for a non-finite one: not something that names a column."""
    _, reason, _ = _parse_cell(text, delimiter)
    return reason is None or reason == REASON_NOT_FINITE


def _is_header(cells: Sequence[str], delimiter: str) -> bool:
    """A first row that is mostly not numbers names the columns."""
    numeric = sum(_looks_numeric(c, delimiter) for c in cells)
    return 2 * numeric < len(cells)


def is_header_row(cells: Sequence[str], delimiter: str = "\t") -> bool:
    """Whether a first row names columns, by the rule files are read with: mostly not
    numbers (pasted cells are checked with it too, so a pasted header is recognised alike)."""
    cells = _trim(list(cells))
    return bool(cells) and _is_header(cells, delimiter)


def _clip(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def _trim(cells: list[str]) -> list[str]:
    """Without trailing empty cells (Excel writes "1,20," for a formatted empty column)."""
    end = len(cells)
    while end > 1 and not cells[end - 1].strip():
        end -= 1
    return cells[:end] if end < len(cells) else cells


def _unique_names(cells: Sequence[str], count: int) -> tuple[str, ...]:
    """The header's names, blanks as "column 3", repeats as "a (2)", "a (3)", ...

    The next number to try is kept per name, so a header of 100,000 equal names takes linear
    time, not 100,000 tries for the last one."""
    names: list[str] = []
    seen: set[str] = set()
    next_k: dict[str, int] = {}
    for i in range(count):
        name = cells[i].strip() if i < len(cells) else ""
        if not name:
            name = f"column {i + 1}"
        if name in seen:
            base, k = name, next_k.get(name, 2)
            while name in seen:
                name = f"{base} ({k})"
                k += 1
            next_k[base] = k
        seen.add(name)
        names.append(name)
    return tuple(names)


# ---- building the table -------------------------------------------------------------------


class _Builder:
    """Collects blocks of rows, their line numbers and the bad cells, in file order."""

    def __init__(self, names: tuple[str, ...], has_header: bool, delimiter: str) -> None:
        self.names = names
        self.c = len(names)
        self.has_header = has_header
        self.delimiter = delimiter
        self.blocks: list[np.ndarray] = []
        self.line_blocks: list[np.ndarray] = []
        self.bad: list[BadCell] = []
        self.bad_count = 0
        self._kept_per_column: Counter = Counter()
        self.decimal_comma = False

    def add_block(self, values: np.ndarray, lines: np.ndarray) -> None:
        if values.shape[0]:
            self.blocks.append(values)
            self.line_blocks.append(lines)

    def add_bad(
        self, row: int, col: int | None, text: str, reason: str, template: str = "",
        fields: tuple[tuple[str, object], ...] = (),
    ) -> None:
        self.bad_count += 1
        kept = self._kept_per_column[col]
        if kept == 0 or (kept <= MAX_BAD_PER_COLUMN and len(self.bad) < MAX_BAD_TOTAL):
            name = None if col is None else self.names[col]
            self.bad.append(BadCell(row, name, col, _clip(text), reason, template, fields))
            self._kept_per_column[col] = kept + 1

    def ragged(self, row: int, cells: Sequence[str]) -> None:
        self.ragged_line(row, len(cells), self.delimiter.join(cells))

    def ragged_line(self, row: int, n: int, text: str) -> None:
        """A row of ``n`` cells where the header has another number; ``text`` its start."""
        if self.has_header:
            template = (
                QT_TRANSLATE_NOOP("DataError", "has 1 cell, the header has {width}")
                if n == 1
                else QT_TRANSLATE_NOOP("DataError", "has {cells} cells, the header has {width}")
            )
        else:
            template = (
                QT_TRANSLATE_NOOP("DataError", "has 1 cell, the first rows have {width}")
                if n == 1
                else QT_TRANSLATE_NOOP(
                    "DataError", "has {cells} cells, the first rows have {width}"
                )
            )
        fields = (("cells", n), ("width", self.c))
        self.add_bad(row, None, text, template.format(**dict(fields)), template, fields)

    def add_rows(self, rows: Iterable[tuple[int, list[str]]], monitor: _Monitor) -> None:
        """Rows of cell texts with the line each starts on, checked cell by cell."""
        c, d = self.c, self.delimiter
        flat: list[float] = []
        lines: list[int] = []
        nan_row = [math.nan] * c
        number = _NUMBER.fullmatch
        # Excel's quoted "1,234" in comma files: common enough for a branch of its own.
        thousands = _THOUSANDS_COMMA.fullmatch if d == "," else (lambda t: None)
        for count, (line, cells) in enumerate(rows):
            if count & 1023 == 1023:
                monitor.check()
            if cells.__class__ is _Unclosed:
                self.add_bad(line, None, cells.text, REASON_UNCLOSED)
                flat.extend(nan_row)
                lines.append(line)
                continue
            if cells.__class__ is _Ragged:
                self.ragged_line(line, cells.n, cells.text)
                flat.extend(nan_row)
                lines.append(line)
                continue
            if not "".join(cells).strip():
                continue  # a blank line, or a line of empty cells as ",," from Excel
            if len(cells) != c:
                if len(cells) > c and not "".join(cells[c:]).strip():
                    cells = cells[:c]
                else:
                    self.ragged(line, cells)
                    flat.extend(nan_row)
                    lines.append(line)
                    continue
            for j, text in enumerate(cells):
                t = text.strip()
                if number(t):  # the common cases first
                    value = float(t)
                    if value - value == 0.0:  # finite
                        flat.append(value)
                        continue
                elif thousands(t):
                    value = float(t.replace(",", ""))
                    if value - value == 0.0:
                        flat.append(value)
                        continue
                value, reason, comma = _parse_cell(t, d)
                if reason is not None:
                    self.add_bad(line, j, t, reason)
                elif comma:
                    self.decimal_comma = True
                flat.append(value)
            lines.append(line)
        if lines:
            self.add_block(
                np.array(flat, dtype=np.float64).reshape(len(lines), c),
                np.array(lines, dtype=np.int64),
            )

    def table(self, source: str, encoding: str, delimiter: str | None = None) -> Table:
        if self.blocks:
            values = self.blocks[0] if len(self.blocks) == 1 else np.concatenate(self.blocks)
            lines = (
                self.line_blocks[0]
                if len(self.line_blocks) == 1
                else np.concatenate(self.line_blocks)
            )
        else:
            values = np.empty((0, self.c), dtype=np.float64)
            lines = np.empty(0, dtype=np.int64)
        self.blocks.clear()
        self.line_blocks.clear()
        values.setflags(write=False)
        lines.setflags(write=False)
        if values.size and self.bad_count and np.isnan(values).all():
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError", "no cell holds a number: is this a table of numbers?"
                ),
                file=source,
            )
        return Table(
            names=self.names,
            values=values,
            line_numbers=lines,
            bad_cells=self.bad,
            bad_cell_count=self.bad_count,
            encoding=encoding,
            delimiter=self.delimiter if delimiter is None else delimiter,
            decimal_comma=self.decimal_comma,
            has_header=self.has_header,
            source=source,
        )


# ---- reading files ------------------------------------------------------------------------


def _read_bytes(path: str | os.PathLike, source: str, monitor: _Monitor) -> bytearray:
    if os.path.isdir(path):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "is a folder, not a file"), file=source)
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise DataError(
                    QT_TRANSLATE_NOOP(
                        "DataError", "is too large to load ({size} MB; the limit is {limit} MB)"
                    ),
                    file=source,
                    fields={
                        "size": f"{size / 2**20:.0f}",
                        "limit": f"{MAX_FILE_BYTES / 2**20:.0f}",
                    },
                )
            buf = bytearray(size)
            got = 0
            block = 8 << 20
            with memoryview(buf) as view:
                while got < size:
                    n = fh.readinto(view[got : got + block])
                    if not n:
                        break
                    got += n
                    monitor.report(0.1 * got / size)
            if got < size:
                del buf[got:]
    except OSError as exc:
        raise _open_failed(exc, source) from None
    return buf


def _open_failed(exc: OSError, source: str) -> DataError:
    """The DataError a person reads when a data file cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return DataError(QT_TRANSLATE_NOOP("DataError", "file not found"), file=source)
    if isinstance(exc, IsADirectoryError):
        return DataError(QT_TRANSLATE_NOOP("DataError", "is a folder, not a file"), file=source)
    if isinstance(exc, PermissionError):
        return DataError(
            QT_TRANSLATE_NOOP("DataError", "cannot be opened: permission denied"), file=source
        )
    return DataError(
        QT_TRANSLATE_NOOP("DataError", "cannot be read: {error}"), file=source,
        fields={"error": exc.strerror or exc},
    )


def _valid(buf: bytearray, start: int, encoding: str, monitor: _Monitor) -> bool:
    """Whether buf[start:] is text in this encoding (decoded in pieces, then thrown away)."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    view = memoryview(buf)
    step = 4 << 20
    try:
        for i in range(start, len(buf), step):
            monitor.check()
            decoder.decode(view[i : i + step])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        view.release()
    return True


def _decode_setup(
    buf: bytearray, source: str, monitor: _Monitor
) -> tuple[bytearray, int, str, str]:
    """(bytes, where the text starts, encoding to report, encoding to decode blocks with)."""
    if buf.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text": UTF-16 with a BOM. Re-encoded as UTF-8 to parse.
        try:
            text = buf.decode("utf-16")
        except UnicodeDecodeError:
            raise DataError(_NOT_TEXT, file=source) from None
        return bytearray(text.encode("utf-8")), 0, "utf-16", "utf-8"
    if b"\x00" in buf:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "is not a text file (it holds NUL bytes)"), file=source
        )
    if buf.startswith(codecs.BOM_UTF8):
        if _valid(buf, 3, "utf-8", monitor):
            return buf, 3, "utf-8-sig", "utf-8"
    elif buf.isascii() or _valid(buf, 0, "utf-8", monitor):
        return buf, 0, "utf-8", "utf-8"
    if _valid(buf, 0, "cp949", monitor):
        return buf, 0, "cp949", "cp949"
    raise DataError(
        QT_TRANSLATE_NOOP(
            "DataError", "is not a text file (it is neither UTF-8 nor CP949 Korean text)"
        ),
        file=source,
    )


def _sniff_delimiter(lines: Sequence[str]) -> str:
    counts = {d: [] for d in DELIMITERS}
    for line in lines:
        if '"' in line:
            quoted = False
            found = dict.fromkeys(DELIMITERS, 0)
            for ch in line:
                if ch == '"':
                    quoted = not quoted
                elif not quoted and ch in found:
                    found[ch] += 1
            for d in DELIMITERS:
                counts[d].append(found[d])
        else:
            for d in DELIMITERS:
                counts[d].append(line.count(d))
    best, best_score = ",", 0.0
    for d in DELIMITERS:
        if not counts[d]:
            continue
        mode, hits = Counter(counts[d]).most_common(1)[0]
        if mode == 0:
            continue
        consistency = hits / len(counts[d])
        if consistency >= 0.75:
            return d  # the first consistent one in order of preference
        if consistency > best_score:
            best, best_score = d, consistency
    return best


def _csv_reader(text: str, delimiter: str):
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)


def _records(text: str, delimiter: str, first_line: int):
    """(line a record starts on, its cells) for each record, blank lines included."""
    reader = _csv_reader(text, delimiter)
    prev = 0
    try:
        for cells in reader:
            yield first_line + prev, cells
            prev = reader.line_num
    except csv.Error as exc:
        line = first_line + prev
        if "field larger than field limit" in str(exc):
            raise _LongCellError(line) from None
        raise _CsvError(line, str(exc)) from None


class _LongCellError(Exception):
    """A cell past the csv module's field size limit, with no quote open."""

    def __init__(self, line: int) -> None:
        self.line = line


class _CsvError(Exception):
    def __init__(self, line: int, message: str) -> None:
        self.line = line
        self.message = message


def read_table(
    path: str | os.PathLike,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Table:
    """Read a CSV/TSV text file (or an .xlsx workbook) into a Table.

    ``progress(fraction)`` is called from this thread at most about 20 times a second;
    ``cancel.is_set()`` is checked often and raises LoadCancelled. Problems with the file as a
    whole raise DataError; problems with cells are kept in the Table as bad cells.
    """
    source = str(path)
    suffix = Path(source).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_excel(path, progress=progress, cancel=cancel)
    monitor = _Monitor(progress, cancel)
    monitor.report(0.0, force=True)
    buf = _read_bytes(path, source, monitor)
    if buf.startswith(b"PK\x03\x04") and _is_xlsx(path):
        del buf
        return read_excel(path, progress=progress, cancel=cancel)
    if buf.startswith(b"\xd0\xcf\x11\xe0"):
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError",
                "is an old Excel file (.xls): save it as CSV UTF-8 (or .xlsx) and open that",
            ),
            file=source,
        )
    holder = [buf]  # _parse takes the only reference, so it can free the bytes as it goes
    del buf
    try:
        table = _parse(holder, source, monitor)
    except _LongCellError as exc:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError", "has a cell longer than {limit} characters: is this a data table?"
            ),
            file=source, row=exc.line, fields={"limit": csv.field_size_limit()},
        ) from None
    except _CsvError as exc:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "cannot be read as CSV: {error}"),
            file=source, row=exc.line, fields={"error": exc.message},
        ) from None
    monitor.report(1.0, force=True)
    return table


def _is_xlsx(path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def _parse(holder: list[bytearray], source: str, monitor: _Monitor) -> Table:
    buf, start, encoding, block_encoding = _decode_setup(holder.pop(), source, monitor)
    monitor.report(0.15)
    # CRLF (what Excel on Windows writes) stays as it is: the array path reads it in place and
    # any other block is made LF on its own (a whole-file replace cost 1.4x pandas' whole load).
    # A lone CR (old Mac files) or a quote (a cell may span lines) makes every line end LF first.
    crlf = b"\r" in buf
    if crlf and b'"' in buf:
        buf, crlf = _to_lf(buf), False
    end = len(buf)
    while end > start and buf[end - 1] in b"\r\n\x1a":  # trailing newlines, DOS's end mark
        end -= 1
    head_end, nonblank = _head(buf, start, end)
    head_bytes = bytes(buf[start:head_end])
    if crlf and head_bytes.count(b"\r") != head_bytes.count(b"\r\n"):
        buf, crlf = _to_lf(buf), False
        end = len(buf)
        while end > start and buf[end - 1] in b"\n\x1a":
            end -= 1
        head_end, nonblank = _head(buf, start, end)
        head_bytes = bytes(buf[start:head_end])
    if nonblank == 0:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "the file is empty"), file=source)
    head = head_bytes.decode(block_encoding)
    del head_bytes
    sample = head[:65536]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "is not a text file (it holds control characters)"),
            file=source,
        )

    delimiter = _sniff_delimiter([ln for ln in head.split("\n") if ln.strip()])
    records = []
    try:
        for line, cells in _records(head, delimiter, 1):
            if any(c.strip() for c in cells):
                records.append((line, cells))
    except (_LongCellError, _CsvError):
        if not records:
            raise  # the first record itself; past it the body's reading reports what and where
    if not records:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "the file is empty"), file=source)
    _, first = records[0]
    first = _trim(first)
    has_header = _is_header(first, delimiter)
    if has_header:
        names = _unique_names(first, len(first))
        # Where the body starts: after the header record's last line.
        reader = _csv_reader(head, delimiter)
        header_lines = 0
        for cells in reader:
            header_lines = reader.line_num
            if any(c.strip() for c in cells):
                break
        body, base_line = start, header_lines
        for _ in range(header_lines):
            nl = buf.find(b"\n", body, end)
            body = end if nl < 0 else nl + 1
    else:
        width = Counter(len(_trim(cells)) for _, cells in records).most_common(1)[0][0]
        names = _unique_names([], width)
        body, base_line = start, 0

    builder = _Builder(names, has_header, delimiter)
    _parse_body(buf, body, end, base_line, block_encoding, builder, monitor)
    return builder.table(source, encoding)


def _to_lf(data: bytes | bytearray) -> bytes | bytearray:
    """Every line end as LF: CRLF and a lone CR alike."""
    data = data.replace(b"\r\n", b"\n")
    return data.replace(b"\r", b"\n") if b"\r" in data else data


def _head(buf: bytearray, start: int, end: int) -> tuple[int, int]:
    """Where the head ends (up to SNIFF_LINES non-blank lines), and how many it holds."""
    head_end, nonblank, pos = start, 0, start
    while pos < end and nonblank < SNIFF_LINES:
        nl = buf.find(b"\n", pos, end)
        line_end = end if nl < 0 else nl
        if nonblank and line_end - pos > LONG_LINE_BYTES:
            break  # the body's reading counts its cells without splitting it
        if buf[pos:line_end].strip():
            nonblank += 1
        pos = head_end = end if nl < 0 else nl + 1
        if head_end - start > (8 << 20) and nonblank:
            break
    return head_end, nonblank


def _parse_body(
    buf: bytearray,
    pos: int,
    end: int,
    line: int,
    encoding: str,
    builder: _Builder,
    monitor: _Monitor,
) -> None:
    """Parse buf[pos:end] in blocks; ``line`` is the number of lines before pos.

    A block without quotes ends at a line break and is parsed on its own. From a block with
    a quote on, one csv reader reads line after line until it has passed the block's end and
    finished a record, so a quoted cell may span lines (and blocks) exactly as if the whole
    file were read at once.
    """
    d = builder.delimiter
    # Bytes a plain-number block may hold; anything else sends the block to the careful path.
    allowed = b"0123456789.eE+- \t\n" + d.encode() + (b"," if d != "," else b"")
    start, total = pos, max(1, end - pos)
    one_line = False  # set once a quote never closed: from then on no record spans lines
    with memoryview(buf) as view:
        while pos < end:
            monitor.report(0.15 + 0.85 * (pos - start) / total)
            stop = buf.find(b"\n", min(pos + CHUNK_BYTES, end), end)
            stop = end if stop < 0 else stop
            if buf.find(b'"', pos, stop) < 0:
                chunk = bytes(view[pos:stop])
                lines = _vector_block(chunk, line + 1, d.encode(), builder.c, builder)
                if not lines:
                    if b"\r" in chunk:  # a CRLF file (no quotes) whose block is not clean
                        chunk = _to_lf(chunk[:-1] if chunk.endswith(b"\r") else chunk)
                    lines = _parse_block(chunk, line + 1, allowed, encoding, builder, monitor,
                                         vector=False)
                line += lines or chunk.count(b"\n") + 1
                pos = stop + 1
            else:
                pos, line, one_line = _parse_quoted(view, buf, pos, end, stop, line, encoding,
                                                    builder, monitor, one_line)


# Handed to the csv reader after the last line: NUL bytes are refused before parsing, so only
# a quoted cell still open at the end can swallow it.
_EOF = "\x00\n"


class _Unclosed(list):
    """Stands for a record whose quote never closed; add_rows makes it one bad row."""

    text = ""


class _Ragged(list):
    """Stands for a long line of ``n`` cells, counted, not split; add_rows makes it one bad
    row (``text``: its start)."""

    def __init__(self, n: int, text: str) -> None:
        super().__init__()
        self.n, self.text = n, text


#: Stands, for the csv reader, for a long line read by _long_record instead.
_LONG = "\x00\x00"


def _long_record(raw: bytes, line: int, encoding: str, c: int, delimiter: str) -> list:
    """One line longer than LONG_LINE_BYTES, read as a record on its own, in memory a small
    multiple of its size (the csv module took ~30x to split "10,20,..." into cells):
    delimiters outside quotes are counted in pieces, and the line is split only when it
    has at most ``c`` cells. A quote still open at its end makes it an unclosed-quote row.

    The delimiters and the quote are ASCII, which no UTF-8 or CP949 multi-byte character
    holds, so bytes are counted as they are."""
    d = ord(delimiter)
    step = 1 << 20
    outside = 0  # delimiters outside quotes so far
    cut = -1  # where the c-th of them is: the first c cells end there
    quoted = 0  # 1 while inside a quote at the start of the piece
    for at in range(0, len(raw), step):
        piece = np.frombuffer(raw, dtype=np.uint8, count=min(step, len(raw) - at), offset=at)
        q = piece == 34
        # Quotes up to each byte, modulo 256 (only the parity matters): one byte each.
        parity = (np.cumsum(q, dtype=np.uint8) + np.uint8(quoted)) & np.uint8(1)
        where = np.flatnonzero((piece == d) & (parity == 0))
        if cut < 0 and outside + where.size >= c:
            cut = at + int(where[c - 1 - outside])
        outside += where.size
        quoted = int(parity[-1])
        del piece, q, parity, where
    text = raw[: 4 * MAX_TEXT].decode(encoding, "replace")
    if quoted:
        row = _Unclosed()
        row.text = text
        return row
    n = outside + 1
    if n > c and raw[cut + 1 :].translate(None, delimiter.encode() + b" \t"):
        return _Ragged(n, text)
    # At most c cells (or more, past them only empty ones, as Excel writes): split them.
    body = raw[:cut] if n > c else raw
    try:
        cells = next(csv.reader([body.decode(encoding)], delimiter=delimiter,
                                skipinitialspace=True), [])
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _LongCellError(line) from None
        raise _CsvError(line, str(exc)) from None
    return cells


def _parse_quoted(
    view, buf, pos, end, stop, line, encoding, builder, monitor, one_line=False
) -> tuple[int, int, bool]:
    """Records from pos until the first one that ends past ``stop``: (new pos, new line,
    whether reading goes on one line per record).

    A quote that never closes would swallow the rest of the file into one cell. That record
    becomes one bad row, on the line the quote opens on, and reading resumes on the next line,
    from then on one line per record (a quote cannot span lines any more, so another runaway
    quote costs one line, not another pass over the rest of the file).
    """
    d = builder.delimiter
    # The next line handed to the reader: its offset (within the block: pos, or its own
    # offset when reading line by line) and its number.
    nxt = [pos, line + 1]
    resume: list[tuple[int, int, bool]] = []
    longs: list[list] = []  # records of long lines, read by _long_record, in order

    def long_line(text: str, n: int) -> str:
        """What the reader is given for a long line: a record on its own, read by
        _long_record, when the reader has finished every record so far; else _EOF, which
        ends the record still open (a quote that runs into a long line) as never closed."""
        if reader.line_num != read[0]:
            return _EOF
        longs.append(_long_record(text.encode(encoding), n, encoding, builder.c, d))
        return _LONG + "\n"

    def lines():
        # The block at once; past its end (a quoted cell still open) line by line.
        p, n = pos, line + 1
        if one_line:  # each line's offset is needed: split the bytes, decode line by line
            parts = bytes(view[pos:stop]).split(b"\n")
            for part in parts:
                p += len(part) + 1
                n += 1
                nxt[0], nxt[1] = p, n
                yield part.decode(encoding) + "\n"
        else:
            parts = bytes(view[pos:stop]).decode(encoding).split("\n")
            n += len(parts)
            last = len(parts) - 1
            for i, part in enumerate(parts):
                if i == last:
                    p = nxt[0] = stop + 1
                if len(part) > LONG_LINE_BYTES:
                    parts[i] = ""
                    given = long_line(part, line + 1 + i)
                    yield given
                    if given is _EOF:
                        return
                else:
                    yield part + "\n"
            del parts
        while p < end:
            nl = buf.find(b"\n", p, end)
            e = end if nl < 0 else nl
            text = bytes(view[p:e]).decode(encoding)
            p, n = e + 1, n + 1
            nxt[0], nxt[1] = p, n
            if not one_line and len(text) > LONG_LINE_BYTES:
                given = long_line(text, n - 1)
                yield given
                if given is _EOF:
                    return
            else:
                yield text + "\n"
        yield _EOF

    def offset_of(n: int) -> int:
        """The offset of line ``n`` (only when something went wrong: it counts lines)."""
        off = pos
        for _ in range(n - line - 1):
            off = buf.find(b"\n", off, end) + 1
        return off

    def unclosed(off: int | None, quote_line: int) -> tuple[int, list]:
        """The bad row for a quote opening on ``quote_line``; reading resumes after it."""
        if off is None:
            off = offset_of(quote_line)
        nl = buf.find(b"\n", off, end)
        e = end if nl < 0 else nl
        row = _Unclosed()
        row.text = bytes(view[off : min(e, off + 4 * MAX_TEXT)]).decode(encoding, "replace")
        resume.append((e + 1, quote_line, True))
        return quote_line, row

    reader = csv.reader(lines(), delimiter=d, skipinitialspace=True)
    read = [0]  # lines the reader has finished records on

    def records():
        try:
            for cells in reader:
                first = line + read[0] + 1
                if cells == [_LONG]:
                    cells = longs.pop(0)
                elif cells and cells[-1].endswith(_EOF):  # open at the end, or at a long line
                    yield unclosed(None, first + sum(c.count("\n") for c in cells[:-1]))
                    return
                if nxt[0] > stop:  # past the block: at the end, or a quote still open
                    if cells != ["\x00"]:
                        read[0] = reader.line_num
                        yield first, cells
                    return
                read[0] = reader.line_num
                yield first, cells
        except csv.Error as exc:
            first = line + read[0] + 1
            if "field larger than field limit" not in str(exc):
                raise _CsvError(first, str(exc)) from None
            # Only a quote open at its end carries a record past a line: a record with no
            # quote on its first line is one line, and its cell is simply too long.
            off = offset_of(first)
            nl = buf.find(b"\n", off, end)
            if buf.find(b'"', off, end if nl < 0 else nl) < 0:
                raise _LongCellError(first) from None
            yield unclosed(off, first)

    def records_one_line():
        for text in lines():
            if text is _EOF:
                return
            off, first = nxt[0] - len(text.encode(encoding)), nxt[1] - 1
            if len(text) > LONG_LINE_BYTES:
                yield first, _long_record(text[:-1].encode(encoding), first, encoding,
                                          builder.c, d)
                if nxt[0] > stop:
                    return
                continue
            try:
                cells = next(csv.reader((text, _EOF), delimiter=d, skipinitialspace=True), [])
            except csv.Error as exc:
                if "field larger than field limit" not in str(exc):
                    raise _CsvError(first, str(exc)) from None
                if '"' not in text:
                    raise _LongCellError(first) from None
                cells = [_EOF]
            if cells and cells[-1].endswith(_EOF):
                yield unclosed(off, first)
                resume.clear()
            else:
                yield first, cells
            if nxt[0] > stop:
                return

    if one_line:
        builder.add_rows(records_one_line(), monitor)
        return resume[0] if resume else (nxt[0], nxt[1] - 1, True)
    builder.add_rows(records(), monitor)
    return resume[0] if resume else (nxt[0], line + read[0], False)


#: A block that fails the fast path is halved until its halves are this small (in bytes).
MIN_SPLIT_BYTES = 4096


def _parse_block(
    chunk: bytes,
    first_line: int,
    allowed: bytes,
    encoding: str,
    builder: _Builder,
    monitor: _Monitor,
    vector: bool = True,
) -> int:
    """Fast if the block is plain numbers; else halve it (so one bad cell costs a few
    careful lines, not a whole block) and read what is left cell by cell. Returns the
    number of lines when numpy read the block whole (else 0: count them). ``vector``: False
    when the array path has just refused this very block."""
    d = builder.delimiter
    lines = _vector_block(chunk, first_line, d.encode(), builder.c, builder) if vector else 0
    if lines:
        return lines
    if not chunk.translate(None, allowed) and _fast_block(
        chunk, first_line, d.encode(), builder.c, builder
    ):
        return 0
    if len(chunk) > MIN_SPLIT_BYTES and b'"' not in chunk:
        mid = chunk.find(b"\n", len(chunk) // 2)
        if mid >= 0:
            monitor.check()
            left = chunk[:mid]
            _parse_block(left, first_line, allowed, encoding, builder, monitor)
            right_line = first_line + left.count(b"\n") + 1
            _parse_block(chunk[mid + 1 :], right_line, allowed, encoding, builder, monitor)
            return 0
    if len(chunk) <= LONG_LINE_BYTES:
        builder.add_rows(_records(chunk.decode(encoding), d, first_line), monitor)
        return 0
    # A long line (halving cannot cut it): read the lines around it as usual, and it alone.
    n = len(chunk)
    pos, line, piece, piece_line = 0, first_line, 0, first_line
    while pos <= n:
        nl = chunk.find(b"\n", pos)
        e = n if nl < 0 else nl
        if e - pos > LONG_LINE_BYTES:
            if piece < pos:
                builder.add_rows(_records(chunk[piece : pos - 1].decode(encoding), d,
                                          piece_line), monitor)
            _long_line(chunk, pos, e, line, encoding, builder, monitor)
            piece, piece_line = e + 1, line + 1
        pos, line = e + 1, line + 1
    if piece < n:
        builder.add_rows(_records(chunk[piece:].decode(encoding), d, piece_line), monitor)
    return 0


def _long_line(chunk: bytes, start: int, end: int, line: int, encoding: str,
               builder: _Builder, monitor: _Monitor) -> None:
    """One long line without quotes: a row of more cells than the header is counted, not
    split; one of fewer (so with a long cell) is read as usual."""
    d = builder.delimiter.encode()
    c = builder.c
    count = chunk.count(d, start, end) + 1
    if count > c:
        head = chunk[start:end].split(d, c)  # c cells and the rest, unsplit
        if head[-1].translate(None, d + b" \t"):
            builder.ragged_line(line, count, chunk[start : start + 4 * MAX_TEXT].decode(
                encoding, "replace"))
            builder.add_block(np.full((1, c), math.nan), np.array([line], dtype=np.int64))
            return
        # Only empty cells after the last column, as Excel writes: the row is its c cells.
        builder.add_rows([(line, [cell.decode(encoding) for cell in head[:c]])], monitor)
        return
    builder.add_rows(_records(chunk[start:end].decode(encoding), builder.delimiter, line), monitor)


def _fast_block(chunk: bytes, first_line: int, d: bytes, c: int, builder: _Builder) -> bool:
    """Plain numbers and delimiters only: convert with numpy. False: take the careful path."""
    lines = chunk.split(b"\n")
    n = len(lines)
    if c == 1:
        if d in chunk:
            return False
        flat = lines
    else:
        counts = list(map(bytes.count, lines, repeat(d)))
        if counts.count(c - 1) != n:
            return False
        flat = chunk.replace(b"\n", d).split(d)
    comma = d != b"," and b"," in chunk
    if comma:  # a decimal comma (the delimiter is ";" or a tab)
        flat = [x.replace(b",", b".") for x in flat]
    try:
        values = np.array(flat, dtype=np.float64)
    except ValueError:
        return False
    if not np.isfinite(values).all():
        return False
    builder.decimal_comma |= comma
    builder.add_block(values.reshape(n, c), np.arange(first_line, first_line + n, dtype=np.int64))
    return True


# ---- plain decimals, parsed by numpy as a whole ---------------------------------------------

_LD = np.finfo(np.longdouble)
#: x86's 80-bit long double (64-bit significand, stored little-endian in 16 bytes): the
#: quotient of two exact long doubles, rounded to float64, is float64's correctly rounded
#: value unless it lands exactly halfway between two doubles, which is seen and redone.
_EXTENDED = (
    _LD.nmant == 63 and np.dtype(np.longdouble).itemsize == 16 and np.little_endian
)


def _extended_now() -> bool:
    """Whether long double division rounds to 64 bits now (a library may have set the x87
    unit to round to 53): 1/3's significand has all its 64 bits then."""
    third = np.array([1], dtype=np.longdouble) / np.longdouble(3)
    return int(third.view(np.uint64)[0]) == 0xAAAAAAAAAAAAAAAB


_POW10_U64 = np.array([10**k for k in range(20)], dtype=np.uint64)
_POW10_LD = np.array([10**k for k in range(20)], dtype=np.longdouble)  # exact up to 10^27
_POW10_F64 = np.array([10.0**k for k in range(20)])  # exact up to 10^22
#: Digits (with the point) a token may have on this path: their integer stays below 10^19.
_MAX_TOKEN = 19
#: Two bytes (read as one native uint16) to the number their two digits make, a non-digit
#: counting as 0: "47" -> 47, ".5" -> 5, "-3" -> 3.
_DIGIT = np.where((np.arange(256) >= 48) & (np.arange(256) < 58), np.arange(256) - 48, 0)
_FIRST, _SECOND = np.arange(65536) & 255, np.arange(65536) >> 8
if not np.little_endian:
    _FIRST, _SECOND = _SECOND, _FIRST
_PAIRS = (_DIGIT[_FIRST] * 10 + _DIGIT[_SECOND]).astype(np.uint8)
del _FIRST, _SECOND



def _vector_block(chunk: bytes, first_line: int, d: bytes, c: int, builder: _Builder) -> int:
    """Cells of nothing but an optional leading "-", digits and at most one point, each line
    ``c`` of them: parsed with numpy arrays, each value exactly float(cell). Lines end in LF,
    or all in CRLF (read in place). Returns the number of lines, or 0: another path reads the
    block."""
    cr = b"\r" in chunk
    if cr and not chunk.endswith(b"\r"):
        chunk += b"\r"  # the file's last line, its line end cut off
    comma = d != b"," and b"," in chunk
    if comma:  # a decimal comma (the delimiter is ";" or a tab)
        if b"." in chunk:
            return 0
        chunk = chunk.replace(b",", b".")
    if chunk.translate(None, b"0123456789.-\r\n" + d if cr else b"0123456789.-\n" + d):
        return 0
    if len(chunk) > 2 * CHUNK_BYTES + LONG_LINE_BYTES:
        # A block this size holds a long line: cheap necessary conditions first, so that a
        # long ragged line allocates nothing here.
        n = chunk.count(b"\n") + 1
        if chunk.count(d) != (c - 1) * n or len(chunk) > n * c * (_MAX_TOKEN + 2):
            return 0
    padded = np.empty(24 + len(chunk) + 1, dtype=np.uint8)  # 24 zeros, the block, "\n"
    padded[:24] = 0
    padded[24:-1] = np.frombuffer(chunk, dtype=np.uint8)
    padded[-1] = 10
    a = padded[24:]
    line_end = 13 if cr else 10  # the byte that ends a line's last cell
    sep = np.flatnonzero((a == d[0]) | (a == line_end))  # where every cell ends
    t = sep.size
    if t % c:
        return 0
    n = t // c
    pattern = np.full(c, d[0], dtype=np.uint8)
    pattern[-1] = line_end
    if not (a[sep].reshape(n, c) == pattern).all():
        return 0  # a line of another number of cells, or a blank line
    starts = np.empty_like(sep)
    starts[0] = 0
    starts[1:] = sep[:-1] + 1
    if cr:  # every CR followed by LF (the last by the padding), and no LF elsewhere
        if not (a[sep[c - 1 :: c] + 1] == 10).all() or np.count_nonzero(a == 10) != n:
            return 0
        starts[c::c] += 1
    lengths = sep - starts
    if lengths.min() < 1:
        return 0  # an empty cell
    neg = a[starts] == 45
    if np.count_nonzero(neg) != np.count_nonzero(a == 45):
        return 0  # a "-" that does not begin a cell
    if int((lengths - neg).max()) > _MAX_TOKEN:
        return 0
    # Each cell's last 24 bytes, right-aligned, as an integer with non-digits read as 0 (the
    # point is a 0 digit in the middle), built up by pairs of digits (no BLAS: its threads
    # cost more than they give on a busy machine); what precedes the cell (the cell before)
    # is cut off by the remainder below 10^length.
    rows = np.lib.stride_tricks.sliding_window_view(padded, 24)[sep]
    # Where the points are, as bits of a number (bit k: k bytes before the cell's end),
    # cut to the cell's own bytes: a power of two, 2^(digits after the point), or 0.
    bits = np.packbits(rows == 46, axis=1).astype(np.uint32)
    point = (bits[:, 0] << 16 | bits[:, 1] << 8 | bits[:, 2]) & (
        (np.uint32(1) << lengths.astype(np.uint32)) - np.uint32(1)
    )
    has_dot = point != 0
    if np.count_nonzero(has_dot) != np.count_nonzero(a == 46):
        return 0  # a cell with two points
    frac = np.frexp(point.astype(np.float64))[1] - 1
    frac[~has_dot] = 0
    digits = lengths - neg - has_dot
    if digits.min() < 1:
        return 0  # "-" or "." alone
    v = _PAIRS.take(rows.view(np.uint16))  # 12 pairs, each below 100
    v = v[:, 0::2].astype(np.uint16) * np.uint16(100) + v[:, 1::2]  # 6 of 4 digits
    v = v[:, 0::2].astype(np.uint32) * np.uint32(10**4) + v[:, 1::2]  # 3 of 8 digits
    right16 = v[:, 1].astype(np.uint64) * np.uint64(10**8) + v[:, 2]
    whole = np.where(
        lengths > 16,
        v[:, 0] % _POW10_U64[np.clip(lengths - 16, 0, 8)].astype(np.uint32) * np.uint64(10**16)
        + right16,
        right16 % _POW10_U64[np.minimum(lengths, 16)],
    )
    scale = _POW10_U64[frac]
    low = whole % scale
    mantissa = np.where(has_dot, (whole - low) // np.uint64(10) + low, whole)
    if _EXTENDED and _extended_now():
        q = mantissa.astype(np.longdouble) / _POW10_LD[frac]
        significand = q.view(np.uint64)[:: np.dtype(np.longdouble).itemsize // 8]
        values = q.astype(np.float64)
        redo = np.flatnonzero((significand & np.uint64(0x7FF)) == np.uint64(0x400))
    else:  # exact where both are exact float64s: below 2^53 and 10^22
        values = mantissa.astype(np.float64) / _POW10_F64[frac]
        redo = np.flatnonzero(mantissa >= np.uint64(1 << 53))
    for i in redo.tolist():
        values[i] = float(chunk[starts[i] : sep[i]].lstrip(b"-"))
    np.negative(values, out=values, where=neg)
    builder.decimal_comma |= comma
    builder.add_block(values.reshape(n, c), np.arange(first_line, first_line + n, dtype=np.int64))
    return n


def read_dataset(
    path: str | os.PathLike,
    target: str | None = None,
    features: Sequence[str] | None = None,
) -> Dataset:
    """read_table then to_dataset: the first bad cell in the chosen columns is reported."""
    return read_table(path).to_dataset(target, features)


# ---- Excel ----------------------------------------------------------------------------------


def read_excel(
    path: str | os.PathLike,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Table:
    """The first sheet of an .xlsx workbook, as read_table reads a CSV file.

    Row numbers are the sheet's. Needs openpyxl; without it, a DataError says what to do.
    """
    source = str(path)
    monitor = _Monitor(progress, cancel)
    monitor.report(0.0, force=True)
    try:
        import openpyxl
    except ImportError:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError",
                "Excel files need openpyxl; save the sheet as CSV (UTF-8) and open that",
            ),
            file=source,
        ) from None
    if os.path.isdir(path):
        raise DataError(QT_TRANSLATE_NOOP("DataError", "is a folder, not a file"), file=source)
    try:
        # A file object, so that openpyxl does not judge the file by its name's ending.
        fh = open(path, "rb")  # noqa: SIM115 - closed below, after the workbook
    except OSError as exc:
        raise _open_failed(exc, source) from None
    with fh:
        _check_unpacked_sizes(fh, source)
        rows = _excel_rows(openpyxl, fh, source, monitor)
    if not rows:
        raise DataError(QT_TRANSLATE_NOOP("DataError", "the sheet is empty"), file=source)

    def text_of(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)

    _, first = rows[0]
    first_texts = [text_of(v) for v in first]
    numeric_first = [
        (isinstance(v, (int, float)) and not isinstance(v, bool))
        or (isinstance(v, str) and _looks_numeric(v, ","))
        for v in first
    ]
    has_header = 2 * sum(numeric_first) < len(first)
    if has_header:
        names = _unique_names(first_texts, len(first))
        body = rows[1:]
    else:
        width = Counter(len(cells) for _, cells in rows[:SNIFF_LINES]).most_common(1)[0][0]
        names = _unique_names([], width)
        body = rows
    builder = _Builder(names, has_header, ",")
    c = len(names)
    flat: list[float] = []
    lines: list[int] = []
    for count, (number, cells) in enumerate(body):
        if count & 1023 == 1023:
            monitor.check()
        if len(cells) > c:
            builder.ragged(number, [text_of(v) for v in cells])
            flat.extend([math.nan] * c)
            lines.append(number)
            continue
        cells = cells + [None] * (c - len(cells))
        for j, v in enumerate(cells):
            value, reason = _excel_value(v)
            if reason is not None:
                builder.add_bad(number, j, text_of(v).strip(), reason)
            flat.append(value)
        lines.append(number)
    if lines:
        builder.add_block(
            np.array(flat, dtype=np.float64).reshape(len(lines), c),
            np.array(lines, dtype=np.int64),
        )
    table = builder.table(source, "xlsx", delimiter="")
    monitor.report(1.0, force=True)
    return table


def _check_unpacked_sizes(fh, source: str) -> None:
    """Refuse, before openpyxl parses anything, a workbook whose parts unpack past the limits
    (a few MB can unpack to gigabytes). The sizes are the zip directory's; a member that
    unpacks to more than it declares fails its CRC check when openpyxl reads it."""
    try:
        with zipfile.ZipFile(fh) as zf:
            members = zf.infolist()
    except Exception:  # noqa: BLE001 - not a zip, or one zipfile cannot read
        fh.seek(0)
        return  # openpyxl's own message says what is wrong
    fh.seek(0)
    total = sum(m.file_size for m in members)
    strings = sum(
        m.file_size for m in members if m.filename.lower().endswith("sharedstrings.xml")
    )
    for size, limit, template in (
        (total, MAX_FILE_BYTES, QT_TRANSLATE_NOOP(
            "DataError", "unpacks to {size} MB; the limit is {limit} MB")),
        (strings, MAX_SHARED_STRINGS_BYTES, QT_TRANSLATE_NOOP(
            "DataError", "holds text that unpacks to {size} MB; the limit is {limit} MB")),
    ):
        if size > limit:
            raise DataError(
                template, file=source,
                fields={"size": f"{size / 2**20:.0f}", "limit": f"{limit / 2**20:.0f}"},
            )


def _excel_rows(openpyxl, fh, source: str, monitor: _Monitor) -> list[tuple[int, list]]:
    """The first sheet's non-empty rows as (sheet row number, values), trailing empties cut."""
    try:
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "cannot be read as an Excel file: {error}"),
            file=source, fields={"error": exc},
        ) from None
    try:
        if not wb.worksheets:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "the workbook has no sheet"), file=source
            )
        ws = wb.worksheets[0]
        total = ws.max_row or 0  # as declared: for progress only
        # Read-only mode trusts the sheet's declared <dimension>, which programs other than
        # Excel leave stale: forget it, so every row and every cell in the file is read.
        ws.reset_dimensions()
        rows: list[tuple[int, list]] = []
        for number, row in enumerate(ws.iter_rows(min_row=1, min_col=1, values_only=True),
                                     start=1):
            if number & 1023 == 0:
                monitor.report(0.9 * number / total if total else 0.0)
            cells = list(row)
            while cells and (
                cells[-1] is None or (isinstance(cells[-1], str) and not cells[-1].strip())
            ):
                cells.pop()
            if cells:
                rows.append((number, cells))
        return rows
    except (DataError, LoadCancelled):
        raise
    except Exception as exc:  # noqa: BLE001
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "cannot be read as an Excel file: {error}"),
            file=source, fields={"error": exc},
        ) from None
    finally:
        wb.close()


def _excel_value(v: object) -> tuple[float, str | None]:
    if v is None:
        return math.nan, REASON_EMPTY
    if isinstance(v, bool):
        return math.nan, REASON_NOT_NUMBER
    if isinstance(v, (int, float)):
        value = float(v)
        return (value, None) if math.isfinite(value) else (math.nan, REASON_NOT_FINITE)
    if isinstance(v, str):
        value, reason, _ = _parse_cell(v, ",")
        return value, reason
    if isinstance(v, (datetime.date, datetime.time, datetime.timedelta)):
        return math.nan, "is a date or time, not a number"
    return math.nan, REASON_NOT_NUMBER


# ---- writing --------------------------------------------------------------------------------


def _format_number(v: float) -> str:
    """The shortest text that reads back as exactly v; "20" rather than "20.0"."""
    return repr(v).removesuffix(".0")


def _quote_name(name: str) -> str:
    """A header cell: quoted when it holds a comma, quote, semicolon or tab, so that it reads
    back whole and no name's semicolon or tab can look like the delimiter."""
    if any(ch in name for ch in ',";\t'):
        return '"' + name.replace('"', '""') + '"'
    return name


def _check_names_for_writing(names: Sequence[str], k: int, source: str) -> list[str]:
    names = list(names)
    if len(names) != k + 1:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError",
                "{names} column names for {k} feature columns and the target (give the "
                "feature names, then the target's)",
            ),
            file=source, fields={"names": len(names), "k": k},
        )
    seen: set[str] = set()
    for i, name in enumerate(names, start=1):
        if not isinstance(name, str) or not name.strip():
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "the column has no name"), file=source, column=i
            )
        if name != name.strip() or "\n" in name or "\r" in name or _CONTROL.search(name):
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "DataError",
                    "a column name may not start or end with spaces or hold line breaks "
                    "or control characters",
                ),
                file=source,
                column=i,
                text=name,
            )
        if name in seen:
            raise DataError(
                QT_TRANSLATE_NOOP("DataError", "two columns have the same name"),
                file=source, column=name,
            )
        seen.add(name)
    if not _is_header(names, ","):
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError",
                "most column names look like numbers, so the file would read back without "
                "a header; give the columns names",
            ),
            file=source,
        )
    return names


def write_csv(
    path: str | os.PathLike,
    names: Sequence[str],
    X: Sequence | np.ndarray,
    y: Sequence | np.ndarray,
    *,
    excel_bom: bool = True,
) -> None:
    """Write features X (n, k) and target y (n,) under ``names`` (k feature names, then the
    target's) as comma-separated UTF-8, with a BOM by default so Korean Excel reads it.

    Numbers are written in the shortest form that reads back exactly. The file is replaced
    atomically: a temporary file in the same folder is written, flushed, synced and renamed.
    """
    source = str(path)
    Xa = np.asarray(X, dtype=np.float64)
    if Xa.ndim == 1:
        Xa = Xa.reshape(-1, 1)
    ya = np.asarray(y, dtype=np.float64).reshape(-1)
    if Xa.ndim != 2 or Xa.shape[0] != ya.shape[0]:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "DataError", "features of shape {shape} do not fit {n} target values"
            ),
            file=source, fields={"shape": Xa.shape, "n": ya.shape[0]},
        )
    names = _check_names_for_writing(names, Xa.shape[1], source)
    table = np.column_stack([Xa, ya])
    if not np.isfinite(table).all():
        r, col = (int(v) for v in np.argwhere(~np.isfinite(table))[0])
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "value is not finite"),
            file=source, row=r + 2, column=names[col],
            text=str(table[r, col]),
        )
    header = ",".join(map(_quote_name, names)) + "\r\n"
    text_rows = (",".join(map(_format_number, row)) for row in table.tolist())
    encoding = "utf-8-sig" if excel_bom else "utf-8"

    def chunks():
        yield header.encode(encoding)
        batch: list[str] = []
        for line in text_rows:
            batch.append(line)
            if len(batch) >= 8192:
                yield ("\r\n".join(batch) + "\r\n").encode("utf-8")
                batch.clear()
        if batch:
            yield ("\r\n".join(batch) + "\r\n").encode("utf-8")

    try:
        write_atomic(source, chunks())
    except OSError as exc:
        raise DataError(
            QT_TRANSLATE_NOOP("DataError", "cannot be written: {error}"), file=source,
            fields={"error": exc.strerror or exc},
        ) from None
