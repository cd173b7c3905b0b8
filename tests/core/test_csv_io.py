"""The data-file reader and writer: odd and bad files load right or fail with a clear message.

The corpus of odd files is made here, in tmp_path, byte for byte.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linreg_gui.core import csv_io
from linreg_gui.core.csv_io import (
    BadCell,
    LoadCancelled,
    Table,
    read_dataset,
    read_excel,
    read_table,
    write_csv,
)
from linreg_gui.core.dataset import DataError, Dataset

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"


def put(tmp_path: Path, content: bytes | str, name: str = "data.csv", encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def error_of(path, **kwargs) -> DataError:
    with pytest.raises(DataError) as info:
        read_table(path, **kwargs)
    return info.value


# ---- ordinary files -----------------------------------------------------------------------


def test_plain_csv_with_header(tmp_path):
    t = read_table(put(tmp_path, "hours,score\n1,20\n2,40\n3,60\n"))
    assert isinstance(t, Table)
    assert t.names == ("hours", "score")
    assert t.values.dtype == np.float64
    np.testing.assert_array_equal(t.values, [[1, 20], [2, 40], [3, 60]])
    assert t.line_numbers.tolist() == [2, 3, 4]
    assert t.bad_cells == [] and t.bad_cell_count == 0
    assert (t.encoding, t.delimiter, t.decimal_comma, t.has_header) == ("utf-8", ",", False, True)
    assert t.source == str(tmp_path / "data.csv")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_line_endings(tmp_path, newline):
    text = newline.join(["hours,score", "1,20", "", "2.5,45", "3,60"]) + newline
    t = read_table(put(tmp_path, text))
    np.testing.assert_array_equal(t.values, [[1, 20], [2.5, 45], [3, 60]])
    assert t.line_numbers.tolist() == [2, 4, 5]


@pytest.mark.parametrize("chunk", [None, 40])  # one block, and blocks of a few lines
@pytest.mark.parametrize("ends", [
    ["\r\n"] * 9,  # Excel on Windows: read in place, not rewritten first
    ["\r\n"] * 4 + ["\n"] + ["\r\n"] * 4,  # a line pasted from elsewhere
    ["\r\n"] * 6 + ["\r"] + ["\r\n"] * 2,  # a lone CR past the head: a line end too
    ["\r\n"] * 3 + ["\r"] + ["\r\n"] * 5,  # one in the head
], ids=["CRLF", "one LF", "lone CR in the body", "lone CR in the head"])
def test_mixed_line_ends_read_as_the_same_file_with_lf(tmp_path, monkeypatch, chunk, ends):
    if chunk:
        monkeypatch.setattr(csv_io, "CHUNK_BYTES", chunk)
        monkeypatch.setattr(csv_io, "MIN_SPLIT_BYTES", 8)
    lines = ["x,y", "1,2", "3.5,4", "", "5,x", "6,7", "8,9,10", "11,12", "13,14.25", "-1,0"]
    text = lines[0] + "".join(e + line for e, line in zip(ends, lines[1:])) + "\r\n"
    t = read_table(put(tmp_path, text))
    lf = read_table(put(tmp_path, "\n".join(lines) + "\n", "lf.csv"))
    assert t.values.tobytes() == lf.values.tobytes()
    assert t.line_numbers.tolist() == lf.line_numbers.tolist() == [2, 3, 5, 6, 7, 8, 9, 10]
    assert [(b.row, b.reason) for b in t.bad_cells] == [
        (5, "is not a number"), (7, "has 3 cells, the header has 2")]


def test_utf8_bom(tmp_path):
    t = read_table(put(tmp_path, "\ufeffhours,score\n1,20\n"))
    assert t.encoding == "utf-8-sig"
    assert t.names == ("hours", "score")  # no BOM glued to the first name


def test_cp949_korean_header(tmp_path):
    path = put(tmp_path, "공부시간,점수\n1,20\n2,40\n3,60\n", encoding="cp949")
    t = read_table(path)
    assert t.encoding == "cp949"
    assert t.names == ("공부시간", "점수")
    ds = t.to_dataset()
    assert ds.feature_names == ("공부시간",) and ds.target_name == "점수"
    np.testing.assert_array_equal(ds.y, [20, 40, 60])


def test_cp949_bad_cell_message_names_korean_column(tmp_path):
    path = put(tmp_path, "공부시간,점수\n1,20\n2,마흔\n", encoding="cp949")
    with pytest.raises(DataError) as info:
        read_dataset(path)
    assert str(info.value) == f"{path}, row 3, column 점수: is not a number ('마흔')"


def test_utf8_korean_header(tmp_path):
    t = read_table(put(tmp_path, "공부시간,점수\n1,20\n"))
    assert t.encoding == "utf-8" and t.names == ("공부시간", "점수")


def test_semicolon_with_decimal_commas(tmp_path):
    t = read_table(put(tmp_path, "hours;score\n1,5;20,25\n2;40\n-0,5;1.234,5\n"))
    assert t.delimiter == ";" and t.decimal_comma
    np.testing.assert_array_equal(t.values, [[1.5, 20.25], [2, 40], [-0.5, 1234.5]])


def test_semicolon_without_decimal_commas(tmp_path):
    t = read_table(put(tmp_path, "hours;score\n1.5;20\n2;40\n"))
    assert t.delimiter == ";" and not t.decimal_comma
    np.testing.assert_array_equal(t.values, [[1.5, 20], [2, 40]])


def test_tab_separated(tmp_path):
    t = read_table(put(tmp_path, "hours\tscore\n1\t20\n2,5\t45\n"))
    assert t.delimiter == "\t" and t.decimal_comma
    np.testing.assert_array_equal(t.values, [[1, 20], [2.5, 45]])


def test_quoted_thousands_with_comma_delimiter(tmp_path):
    text = 'area,price\n"1,234",5\n"12,345,678.5","-1,000"\n7,"1 234"\n'
    t = read_table(put(tmp_path, text))
    assert t.delimiter == ","
    np.testing.assert_array_equal(t.values[:2], [[1234, 5], [12345678.5, -1000]])
    # A space is not a thousands separator: "1 234" could be two numbers run together.
    assert np.isnan(t.values[2, 1])
    assert t.bad_cells == [BadCell(4, "price", 1, "1 234", "is not a number")]


def test_comma_inside_quotes_that_is_not_thousands(tmp_path):
    t = read_table(put(tmp_path, 'x,y\n"1,5",2\n3,4\n'))
    assert t.bad_cells == [BadCell(2, "x", 0, "1,5", "is not a number")]


def test_quoted_cells_and_names(tmp_path):
    t = read_table(put(tmp_path, '"study, hours","the ""score"""\n"1", "20"\n'))
    assert t.names == ("study, hours", 'the "score"')
    np.testing.assert_array_equal(t.values, [[1, 20]])


def test_no_header_gets_generated_names(tmp_path):
    t = read_table(put(tmp_path, "\n1,20\n2,40\n"))
    assert not t.has_header
    assert t.names == ("column 1", "column 2")
    assert t.line_numbers.tolist() == [2, 3]
    ds = t.to_dataset()
    assert ds.feature_names == ("column 1",) and ds.target_name == "column 2"


def test_first_row_with_one_bad_cell_is_data_not_header(tmp_path):
    t = read_table(put(tmp_path, "1,abc\n2,40\n3,60\n"))
    assert not t.has_header and t.n_rows == 3
    assert t.bad_cells == [BadCell(1, "column 2", 1, "abc", "is not a number")]


def test_blank_lines_and_surrounding_spaces(tmp_path):
    text = "\n\n  hours , score  \n\n 1 ,  20 \n   \n\t2\t,\t40\n\n\n"
    t = read_table(put(tmp_path, text))
    assert t.names == ("hours", "score")
    np.testing.assert_array_equal(t.values, [[1, 20], [2, 40]])
    assert t.line_numbers.tolist() == [5, 7]


def test_excel_empty_rows_and_trailing_delimiters(tmp_path):
    # Excel writes ",," for empty rows inside the used range and a trailing "," for a
    # formatted empty column.
    t = read_table(put(tmp_path, "hours,score,\n1,20,\n,,\n2,40,\n,,\n"))
    assert t.names == ("hours", "score")
    np.testing.assert_array_equal(t.values, [[1, 20], [2, 40]])
    assert t.line_numbers.tolist() == [2, 4]


def test_duplicate_and_empty_header_names_are_made_unique(tmp_path):
    t = read_table(put(tmp_path, "x,x,,y\n1,2,3,4\n"))
    assert t.names == ("x", "x (2)", "column 3", "y")


def test_ragged_rows_are_reported_with_their_line(tmp_path):
    path = put(tmp_path, "hours,score\n1,20\n2,40,7\n3\n4,80\n")
    t = read_table(path)
    assert t.n_rows == 4
    assert t.bad_cells == [
        BadCell(3, None, None, "2,40,7", "has 3 cells, the header has 2"),
        BadCell(4, None, None, "3", "has 1 cell, the header has 2"),
    ]
    assert np.isnan(t.values[1]).all() and np.isnan(t.values[2]).all()
    with pytest.raises(DataError) as info:
        t.to_dataset()
    assert info.value.row == 3 and info.value.column is None
    assert str(info.value) == f"{path}, row 3: has 3 cells, the header has 2 ('2,40,7')"
    ds = t.to_dataset(drop_bad_rows=True)
    np.testing.assert_array_equal(ds.y, [20, 80])


def test_ragged_row_without_header(tmp_path):
    t = read_table(put(tmp_path, "1,20\n2,40\n3,60,9\n"))
    assert t.bad_cells[0].reason == "has 3 cells, the first rows have 2"


def test_empty_cell(tmp_path):
    t = read_table(put(tmp_path, "hours,score\n1,\n2,40\n"))
    assert t.bad_cells == [BadCell(2, "score", 1, "", "is empty")]
    with pytest.raises(DataError, match=r"row 2, column score: is empty$"):
        t.to_dataset()


@pytest.mark.parametrize("word", ["nan", "NaN", "inf", "-inf", "Infinity", "1e999"])
def test_nan_and_inf_text_are_bad_cells(tmp_path, word):
    path = put(tmp_path, f"hours,score\n1,20\n2,{word}\n")
    t = read_table(path)
    assert t.bad_cells == [BadCell(3, "score", 1, word, "is not a finite number")]
    assert np.isnan(t.values[1, 1])
    with pytest.raises(DataError) as info:
        read_dataset(path)
    assert str(info.value) == (
        f"{path}, row 3, column score: is not a finite number ({word!r})"
    )


def test_odd_numbers_that_python_float_would_take_are_bad(tmp_path):
    # float() takes "1_000" and Arabic-Indic digits; a data file should not.
    t = read_table(put(tmp_path, "a,b\n1_000,1\n١٢,2\n0x10,3\n"))
    assert [b.text for b in t.bad_cells] == ["1_000", "١٢", "0x10"]


def test_number_formats_that_are_fine(tmp_path):
    t = read_table(put(tmp_path, "a,b\n+1.5,-2\n.5,5.\n1e3,-2.5E-2\n007,-0\n"))
    np.testing.assert_array_equal(t.values, [[1.5, -2], [0.5, 5], [1000, -0.025], [7, 0]])
    assert t.bad_cell_count == 0


# ---- files that cannot be read ------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"\n\n", b"  \r\n\t\n", b"\xef\xbb\xbf"])
def test_empty_file(tmp_path, content):
    assert error_of(put(tmp_path, content)).problem == "the file is empty"


def test_header_only(tmp_path):
    path = put(tmp_path, "hours,score\n")
    t = read_table(path)
    assert t.n_rows == 0 and t.values.shape == (0, 2) and t.names == ("hours", "score")
    with pytest.raises(DataError, match="there are no data rows under the header"):
        t.to_dataset()


def test_single_column(tmp_path):
    t = read_table(put(tmp_path, "score\n20\n40\n"))
    assert t.names == ("score",)
    np.testing.assert_array_equal(t.values, [[20], [40]])
    with pytest.raises(DataError, match="needs at least two columns"):
        t.to_dataset()


def test_all_text(tmp_path):
    path = put(tmp_path, "name,city\nKim,Seoul\nLee,Busan\n")
    err = error_of(path)
    assert err.file == str(path) and "no cell holds a number" in err.problem


def test_prose_is_not_a_table(tmp_path):
    err = error_of(put(tmp_path, "Dear teacher,\nhere are the scores you asked for.\nBest, Kim\n"))
    assert "no cell holds a number" in err.problem


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        b"hours,score\n1,20\x00\n",
        bytes(range(256)) * 4,
        b"hours,score\n1,\xff\xfe\xfd\n",  # neither UTF-8 nor CP949
        b"\x01\x02\x03\x04\x05\x06,\x07\x08\n\x0e\x0f\x10\x11\n",  # control characters
    ],
    ids=["png", "nul", "all-bytes", "undecodable", "control"],
)
def test_binary_garbage_is_not_a_text_file(tmp_path, content):
    err = error_of(put(tmp_path, content))
    assert err.problem.startswith("is not a text file")
    assert err.file == str(tmp_path / "data.csv")


def test_random_bytes_never_crash(tmp_path):
    rng = np.random.default_rng(1)
    for i in range(30):
        data = rng.integers(0, 256, int(rng.integers(1, 3000)), dtype=np.uint8).tobytes()
        path = put(tmp_path, data, f"r{i}.csv")
        try:
            read_table(path)
        except DataError:
            pass


def test_missing_file(tmp_path):
    path = tmp_path / "nope.csv"
    err = error_of(path)
    assert err.problem == "file not found" and str(err) == f"{path}: file not found"
    with pytest.raises(DataError, match="file not found"):
        read_dataset(path)


def test_directory(tmp_path):
    err = error_of(tmp_path)
    assert err.problem == "is a folder, not a file"


def test_old_excel_file(tmp_path):
    err = error_of(put(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "a.xls"))
    assert "old Excel file" in err.problem


def test_unclosed_quote(tmp_path):
    # The runaway quote is one bad row; the 30,000 rows after it are read (issue 16).
    text = "hours,score\n1,20\n2,\"40\n" + "3,60\n" * 30000
    with pytest.raises(DataError) as info:
        read_dataset(put(tmp_path, text))
    err = info.value
    assert err.problem == 'has a quote (") that is never closed' and err.row == 3


def test_utf16_from_excel_unicode_text(tmp_path):
    t = read_table(put(tmp_path, "\ufeff공부시간\t점수\r\n1\t20\r\n", encoding="utf-16-le"))
    assert t.encoding == "utf-16" and t.delimiter == "\t"
    assert t.names == ("공부시간", "점수")
    np.testing.assert_array_equal(t.values, [[1, 20]])


def test_ten_thousand_columns(tmp_path):
    c = 10_000
    rows = [",".join(f"c{j}" for j in range(c))]
    rows += [",".join(str(i * c + j) for j in range(c)) for i in range(3)]
    t = read_table(put(tmp_path, "\n".join(rows) + "\n"))
    assert t.values.shape == (3, c)
    assert t.names[0] == "c0" and t.names[-1] == f"c{c - 1}"
    np.testing.assert_array_equal(t.values, np.arange(3 * c).reshape(3, c))
    ds = t.to_dataset()
    assert ds.n_features == c - 1 and ds.target_name == f"c{c - 1}"


# ---- to_dataset -----------------------------------------------------------------------------


@pytest.fixture
def scores(tmp_path) -> Path:
    # line 1 header; 2 good; 3 bad "note" only; 4 bad score; 5 good; 6 bad hours and score
    return put(
        tmp_path,
        "hours,note,prev,score\n1,ok,50,20\n2,,60,40\n3,x,70,abc\n4,y,80,80\nz,,90,?\n",
    )


def test_target_defaults_to_last_and_first_bad_cell_is_reported(scores):
    t = read_table(scores)
    with pytest.raises(DataError) as info:
        t.to_dataset(features=["hours", "prev"])
    err = info.value
    assert (err.file, err.row, err.column, err.text) == (str(scores), 4, "score", "abc")
    assert str(err) == f"{scores}, row 4, column score: is not a number ('abc')"


def test_first_bad_cell_in_row_order_then_column_order(scores):
    t = read_table(scores)
    with pytest.raises(DataError) as info:
        t.to_dataset(target="prev", features=["hours"])
    assert (info.value.row, info.value.column, info.value.text) == (6, "hours", "z")


def test_bad_cells_in_unused_columns_do_not_matter(scores):
    ds = read_table(scores).to_dataset(target="prev", features=["hours"], drop_bad_rows=True)
    np.testing.assert_array_equal(ds.X[:, 0], [1, 2, 3, 4])
    t = read_table(scores)
    ds = t.to_dataset(target="score", features=["prev"], drop_bad_rows=True)
    np.testing.assert_array_equal(ds.X[:, 0], [50, 60, 80])
    np.testing.assert_array_equal(ds.y, [20, 40, 80])
    assert ds.feature_names == ("prev",) and ds.target_name == "score"
    assert ds.source == str(scores)
    assert t.bad_row_lines(["prev", "score"]).tolist() == [4, 6]


def test_default_features_include_a_bad_text_column(scores):
    with pytest.raises(DataError) as info:
        read_table(scores).to_dataset()
    assert (info.value.row, info.value.column, info.value.text) == (2, "note", "ok")


def test_drop_bad_rows_when_every_row_is_bad(tmp_path):
    t = read_table(put(tmp_path, "a,b,c\n1,x,3\n2,y,4\n"))
    with pytest.raises(DataError, match="every row has a bad cell"):
        t.to_dataset(target="b", drop_bad_rows=True)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"target": "nope"}, "there is no target column 'nope'"),
        ({"features": ["nope"]}, "there is no feature column 'nope'"),
        ({"target": "score", "features": ["score"]}, "cannot be both a feature and the target"),
        ({"features": []}, "there is no feature column"),
    ],
)
def test_column_choice_errors(scores, kwargs, message):
    with pytest.raises(DataError, match=message):
        read_table(scores).to_dataset(**kwargs)


def test_read_dataset(tmp_path):
    ds = read_dataset(put(tmp_path, "hours,prev,score\n1,5,20\n2,6,40\n"), target="score",
                      features=["prev"])
    assert isinstance(ds, Dataset)
    assert ds.feature_names == ("prev",)
    np.testing.assert_array_equal(ds.X, [[5], [6]])


def test_bad_cells_are_capped_but_every_columns_first_is_kept(tmp_path):
    n = 30_000
    lines = ["a,b,c"] + [f"{i},x,{'y' if i > 20_000 else i}" for i in range(n)]
    t = read_table(put(tmp_path, "\n".join(lines)))
    assert t.bad_cell_count == n + (n - 20_001)
    assert len(t.bad_cells) <= csv_io.MAX_BAD_TOTAL + t.n_columns
    firsts = {b.column_name: b.row for b in reversed(t.bad_cells)}
    assert firsts == {"b": 2, "c": 20_003}
    with pytest.raises(DataError) as info:
        t.to_dataset(target="c", features=["a"])
    assert info.value.row == 20_003
    ds = t.to_dataset(target="c", features=["a"], drop_bad_rows=True)
    assert ds.n_rows == 20_001


# ---- blocks: the fast path and the careful path agree ----------------------------------------


cell = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False, width=64).map(repr),
    st.integers(-10**6, 10**6).map(str),
    st.sampled_from(
        ["abc", "", " 1.5 ", "nan", "-inf", "1e999", '"1,5"', '"1,234"', '"2"', "\t3", "x y"]
    ),
)


def expected_cell(text: str) -> float:
    t = text.strip().strip('"')
    if t == "1,234":
        return 1234.0
    try:
        v = float(t)
    except ValueError:
        return math.nan
    return v if math.isfinite(v) and t.lower() not in ("nan", "-inf") else math.nan


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.one_of(st.lists(cell, min_size=3, max_size=3), st.just(None), st.just(["7", "8"])),
        min_size=1,
        max_size=60,
    ),
    newline=st.sampled_from(["\n", "\r\n"]),
    chunk=st.sampled_from([1, 17, 64, 1 << 20]),
)
def test_blocks_give_the_same_table_as_cell_by_cell(rows, newline, chunk):
    lines = ["a,b,c", "1,2,3"]  # a sure number, so no file is "all text"
    expected, expected_lines = [[1.0, 2.0, 3.0]], [2]
    for row in rows:
        if row is None:
            lines.append("")
            continue
        lines.append(",".join(row))
        if len(row) != 3:
            expected.append([math.nan] * 3)
        elif all(not c.strip() for c in row):
            lines[-1] = ",".join(row)
            continue  # a line of empty cells is a blank line
        else:
            expected.append([expected_cell(c) for c in row])
        expected_lines.append(len(lines))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "d.csv"
        path.write_text(newline.join(lines) + newline, encoding="utf-8", newline="")
        old = csv_io.CHUNK_BYTES, csv_io.MIN_SPLIT_BYTES
        csv_io.CHUNK_BYTES, csv_io.MIN_SPLIT_BYTES = chunk, min(chunk, 8)
        try:
            t = read_table(path)
            careful = read_carefully(path)
        finally:
            csv_io.CHUNK_BYTES, csv_io.MIN_SPLIT_BYTES = old
    assert_same_table(t, careful)
    np.testing.assert_array_equal(t.values, np.array(expected).reshape(-1, 3))
    assert t.line_numbers.tolist() == expected_lines
    assert t.bad_cell_count == int(np.isnan(t.values).sum()) - 2 * sum(
        1 for r in rows if r is not None and len(r) != 3
    )


def read_carefully(path) -> Table:
    """read_table with both array paths turned off: every block cell by cell."""
    old = csv_io._vector_block, csv_io._fast_block
    csv_io._vector_block = csv_io._fast_block = lambda *args: 0
    try:
        return read_table(path)
    finally:
        csv_io._vector_block, csv_io._fast_block = old


def assert_same_table(t: Table, careful: Table) -> None:
    """The same numbers bit for bit (-0.0 too), rows, names, bad cells and reading."""
    assert t.values.shape == careful.values.shape
    assert t.values.tobytes() == careful.values.tobytes()
    assert t.line_numbers.tolist() == careful.line_numbers.tolist()
    assert t.names == careful.names
    assert t.bad_cells == careful.bad_cells
    assert t.bad_cell_count == careful.bad_cell_count
    assert (t.delimiter, t.decimal_comma, t.has_header, t.encoding) == (
        careful.delimiter, careful.decimal_comma, careful.has_header, careful.encoding
    )


def plain_decimal(x: float, digits: int) -> str:
    """x as a plain decimal (never an exponent) with up to ``digits`` after the point."""
    text = f"{x:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text and digits % 2 else text


#: The array path takes cells of up to 19 characters besides a "-" (digits and the point).
plain_cell = st.one_of(
    st.floats(-1e6, 1e6, allow_nan=False).map(repr).filter(lambda s: "e" not in s),
    st.builds(plain_decimal, st.floats(-1e4, 1e4, allow_nan=False), st.integers(0, 14)),
    st.integers(-10**19 + 1, 10**19 - 1).map(str),
    st.sampled_from(["0", "-0", "-0.0", ".5", "-.25", "7.", "007", "0.1", "9007199254740993",
                     "-9007199254740995", "123456789012345678", "0.00000000000000001"]),
).filter(lambda s: len(s.lstrip("-")) <= 19)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.lists(plain_cell, min_size=2, max_size=2), min_size=1, max_size=80),
    delimiter=st.sampled_from([",", ";", "\t"]),
    newline=st.sampled_from(["\n", "\r\n"]),
    chunk=st.sampled_from([64, 1 << 20]),
    extended=st.booleans(),
)
def test_clean_numeric_files_read_by_arrays_as_cell_by_cell(
    rows, delimiter, newline, chunk, extended
):
    text = newline.join(["hours" + delimiter + "score"] + [delimiter.join(r) for r in rows])
    if delimiter != "," and sum(map(len, rows)) % 3 == 0:  # decimal commas now and then
        text = text.replace(".", ",")
    used = []
    real = csv_io._vector_block

    def spy(*args):
        used.append(real(*args))
        return used[-1]

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "d.csv"
        path.write_text(text + newline, encoding="utf-8", newline="")
        old = csv_io.CHUNK_BYTES, csv_io._vector_block, csv_io._EXTENDED
        csv_io.CHUNK_BYTES, csv_io._vector_block = chunk, spy
        csv_io._EXTENDED = csv_io._EXTENDED and extended
        try:
            t = read_table(path)
            careful = read_carefully(path)
        finally:
            csv_io.CHUNK_BYTES, csv_io._vector_block, csv_io._EXTENDED = old
    assert used and all(used), "a clean block left the array path"
    assert_same_table(t, careful)
    assert t.bad_cell_count == 0 and t.n_rows == len(rows)


@pytest.mark.parametrize("extended", [True, False])
def test_halfway_decimals_round_to_even_as_float_does(tmp_path, monkeypatch, extended):
    # 2^53 + 1 lies exactly halfway between two doubles: float() rounds it to the even one.
    # The 18-digit ones lie just off halfway, but their long-double quotient lands on it
    # (rounded once more it would go the wrong way).
    monkeypatch.setattr(csv_io, "_EXTENDED", csv_io._EXTENDED and extended)
    cells = ["9007199254740993", "-9007199254740995", "0.30000000000000004", "2.5",
             "1152921504606846977", "4503599627370497.5", "0.1", "-0",
             "2.53314277170113189", "-3.00876202222003708", "8.57018976135269650"]
    used = []
    real = csv_io._vector_block
    monkeypatch.setattr(csv_io, "_vector_block", lambda *a: used.append(real(*a)) or used[-1])
    t = read_table(put(tmp_path, "a,b\n" + "\n".join(f"{x},{x}" for x in cells) + "\n"))
    assert used == [len(cells)]  # one block, read by the array path
    expected = np.array([[float(x)] * 2 for x in cells])
    assert t.values.tobytes() == expected.tobytes()
    assert t.values[0, 0] == 9007199254740992.0 and t.values[1, 0] == -9007199254740996.0


def test_unusual_cells_beside_clean_ones_read_as_cell_by_cell(tmp_path):
    lines = ["x;y"] + [f"{i}.25;-{i},5" for i in range(300)]
    lines[40] = "1e3;+2"  # an exponent and a plus: not the array path, still numbers
    lines[77] = "3;"  # an empty cell
    lines[120] = "4;5;6"  # ragged
    lines[200] = ""  # blank
    lines[250] = '"7";8'  # quoted
    lines[260] = "0,000000000000000001;1"  # 20 characters: too long for the array path
    path = put(tmp_path, "\r\n".join(lines) + "\r\n")
    t = read_table(path)
    assert_same_table(t, read_carefully(path))
    assert [b.row for b in t.bad_cells] == [78, 121]
    assert t.values[39].tolist() == [1000.0, 2.0] and t.decimal_comma


def test_line_numbers_across_block_seams(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_io, "CHUNK_BYTES", 50)
    monkeypatch.setattr(csv_io, "MIN_SPLIT_BYTES", 20)
    lines = ["x,y"]
    for i in range(1, 400):
        lines.append("" if i % 37 == 0 else ('"7","1,000"' if i % 53 == 0 else f"{i},{2 * i}"))
    lines[250] = "250,oops"
    t = read_table(put(tmp_path, "\n".join(lines)))
    assert t.bad_cells == [BadCell(251, "y", 1, "oops", "is not a number")]
    keep = [i for i in range(1, 400) if i % 37]
    assert t.line_numbers.tolist() == [i + 1 for i in keep]
    for i, line in zip(keep, t.line_numbers):
        row = t.values[list(t.line_numbers).index(line)]
        if i % 53 == 0:
            assert row.tolist() == [7, 1000]
        elif i != 250:
            assert row.tolist() == [i, 2 * i]


def test_quoted_cell_spanning_a_block_seam(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_io, "CHUNK_BYTES", 8)
    t = read_table(put(tmp_path, 'x,y\n1,2\n3,"multi\nline"\n5,6\n7,8\n'))
    assert t.line_numbers.tolist() == [2, 3, 5, 6]
    assert t.bad_cells == [BadCell(3, "y", 1, "multi\nline", "is not a number")]
    np.testing.assert_array_equal(t.values[[0, 2, 3]], [[1, 2], [5, 6], [7, 8]])


# ---- write_csv ------------------------------------------------------------------------------

name_chars = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"
)
column_name = st.one_of(
    st.text(name_chars, min_size=1, max_size=12),
    st.sampled_from(
        ["공부시간", "점수", "a,b", 'say "hi"', "x;y", "tab\there", '"', ",", "이전 점수"]
    ),
).filter(lambda s: s == s.strip() and s and not csv_io._looks_numeric(s, ","))


@settings(max_examples=150, deadline=None)
@given(
    names=st.lists(column_name, min_size=2, max_size=4, unique=True),
    n=st.integers(0, 12),
    data=st.data(),
    bom=st.booleans(),
)
def test_write_then_read_gives_back_names_and_exact_values(names, n, data, bom):
    k = len(names) - 1
    values = data.draw(
        st.lists(
            st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=k + 1,
                     max_size=k + 1),
            min_size=n, max_size=n,
        )
    )
    table = np.array(values, dtype=np.float64).reshape(n, k + 1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "out.csv"
        write_csv(path, names, table[:, :k], table[:, k], excel_bom=bom)
        raw = path.read_bytes()
        t = read_table(path)
    assert raw.startswith(b"\xef\xbb\xbf") == bom
    assert t.names == tuple(names)
    assert t.has_header and t.delimiter == ","
    assert t.encoding == ("utf-8-sig" if bom else "utf-8")
    assert t.bad_cell_count == 0
    assert t.values.shape == (n, k + 1)
    assert np.array_equal(t.values, table)
    assert np.array_equal(np.signbit(t.values), np.signbit(table))  # -0.0 stays -0.0
    if n:
        ds = t.to_dataset()
        assert ds.feature_names == tuple(names[:k]) and ds.target_name == names[k]


def test_write_csv_format(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, ["hours", "score"], [[1], [2.5], [1e-7]], [20, 40.125, -0.0])
    assert path.read_bytes() == (
        b"\xef\xbb\xbfhours,score\r\n1,20\r\n2.5,40.125\r\n1e-07,-0\r\n"
    )
    assert oct(path.stat().st_mode & 0o777) == oct(0o644)


def test_write_csv_replaces_atomically_and_leaves_no_temp_file(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old")
    os.chmod(path, 0o640)
    write_csv(path, ["x", "y"], [1, 2], [3, 4], excel_bom=False)
    assert path.read_bytes() == b"x,y\r\n1,3\r\n2,4\r\n"
    assert oct(path.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_write_csv_failure_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "out.csv"
    path.write_text("old")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv_io.os, "fsync", broken_fsync)
    with pytest.raises(DataError, match="cannot be written: No space left on device"):
        write_csv(path, ["x", "y"], [1, 2], [3, 4])
    assert path.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


@pytest.mark.parametrize(
    ("names", "X", "y", "message"),
    [
        (["x", "y"], [1.0, math.nan], [1, 2], "not finite"),
        (["x", "y"], [1.0, 2.0], [1, math.inf], "not finite"),
        (["x"], [1.0], [1], "1 column names for 1 feature columns"),
        (["x", "x"], [1.0], [1], "two columns have the same name"),
        (["x", ""], [1.0], [1], "has no name"),
        (["x", " y"], [1.0], [1], "may not start or end with spaces"),
        (["x", "a\nb"], [1.0], [1], "line breaks"),
        (["1", "2"], [1.0], [1], "look like numbers"),
        (["x", "y"], [1.0, 2.0], [1], "do not fit"),
    ],
)
def test_write_csv_refuses(tmp_path, names, X, y, message):
    with pytest.raises(DataError, match=message):
        write_csv(tmp_path / "out.csv", names, X, y)
    assert not any(tmp_path.iterdir())


def test_write_csv_to_a_missing_folder(tmp_path):
    with pytest.raises(DataError, match="cannot be written"):
        write_csv(tmp_path / "no" / "out.csv", ["x", "y"], [1], [2])


# ---- progress and cancel --------------------------------------------------------------------


@pytest.fixture(scope="module")
def million_rows(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "million.csv"
    n = 1_000_000
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("hours,score\n")
        step = 200_000
        for s in range(0, n, step):
            fh.write("".join(f"{i * 0.25},{2 * i + 1}\n" for i in range(s, s + step)))
    return path


def test_a_million_rows(million_rows):
    calls: list[float] = []
    t = read_table(million_rows, progress=calls.append)
    assert t.values.shape == (1_000_000, 2)
    assert t.line_numbers[0] == 2 and t.line_numbers[-1] == 1_000_001
    assert t.values[123_456].tolist() == [123_456 * 0.25, 2 * 123_456 + 1]
    assert t.values[-1].tolist() == [999_999 * 0.25, 1_999_999]
    assert t.bad_cell_count == 0
    assert calls[0] == 0.0 and calls[-1] == 1.0
    assert calls == sorted(calls) and all(0 <= f <= 1 for f in calls)


def test_cancel_while_loading_a_million_rows(million_rows):
    cancel = threading.Event()
    seen: list[float] = []

    def progress(fraction):
        seen.append(fraction)
        if fraction > 0.2:
            cancel.set()

    with pytest.raises(LoadCancelled):
        read_table(million_rows, progress=progress, cancel=cancel)
    assert seen and seen[-1] < 1.0


def test_cancel_before_start(tmp_path):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(LoadCancelled):
        read_table(put(tmp_path, "x,y\n1,2\n"), cancel=cancel)


def test_progress_is_throttled(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_io, "CHUNK_BYTES", 16)
    path = put(tmp_path, "x,y\n" + "".join(f"{i},{i}\n" for i in range(20_000)))
    calls: list[float] = []
    read_table(path, progress=calls.append)
    # ~12,000 blocks, yet at most about one call per PROGRESS_INTERVAL (plus start and end).
    assert 2 <= len(calls) < 200
    assert calls[-1] == 1.0


# ---- Excel ----------------------------------------------------------------------------------


def make_xlsx(path: Path, rows) -> Path:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def test_read_excel(tmp_path):
    import datetime

    path = make_xlsx(
        tmp_path / "scores.xlsx",
        [
            ["공부시간", "점수"],
            [1, 20],
            [None, None],
            [2.5, "45"],
            [3, "abc"],
            [4, datetime.datetime(2024, 3, 1)],
            ["1,000", 90],
        ],
    )
    t = read_excel(path)
    assert t.names == ("공부시간", "점수") and t.has_header and t.encoding == "xlsx"
    assert t.line_numbers.tolist() == [2, 4, 5, 6, 7]
    np.testing.assert_array_equal(t.values[[0, 1, 4]], [[1, 20], [2.5, 45], [1000, 90]])
    assert [(b.row, b.column_name, b.reason) for b in t.bad_cells] == [
        (5, "점수", "is not a number"),
        (6, "점수", "is a date or time, not a number"),
    ]
    with pytest.raises(DataError) as info:
        t.to_dataset()
    assert str(info.value) == f"{path}, row 5, column 점수: is not a number ('abc')"
    # read_table and read_dataset take Excel files too, by name or by content.
    assert read_table(path).names == t.names
    disguised = tmp_path / "scores.dat"
    disguised.write_bytes(path.read_bytes())
    assert read_table(disguised).line_numbers.tolist() == t.line_numbers.tolist()


def test_read_excel_without_header(tmp_path):
    t = read_excel(make_xlsx(tmp_path / "n.xlsx", [[1, 2], [3, 4]]))
    assert t.names == ("column 1", "column 2") and not t.has_header
    np.testing.assert_array_equal(t.values, [[1, 2], [3, 4]])


def test_read_excel_bad_files(tmp_path):
    pytest.importorskip("openpyxl")
    with pytest.raises(DataError, match="file not found"):
        read_excel(tmp_path / "nope.xlsx")
    with pytest.raises(DataError, match="cannot be read as an Excel file"):
        read_excel(put(tmp_path, "hours,score\n1,2\n", "fake.xlsx"))
    with pytest.raises(DataError, match="the sheet is empty"):
        read_excel(make_xlsx(tmp_path / "empty.xlsx", []))


def test_read_excel_without_openpyxl(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl -> ImportError
    with pytest.raises(DataError) as info:
        read_excel(tmp_path / "a.xlsx")
    assert info.value.problem == (
        "Excel files need openpyxl; save the sheet as CSV (UTF-8) and open that"
    )


# ---- samples --------------------------------------------------------------------------------


def test_sample_index_lists_every_sample_in_both_languages():
    entries = json.loads((SAMPLES / "index.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in SAMPLES.glob("*.csv"))
    assert sorted(e["file"] for e in entries) == files
    assert {"lesson.csv", "study_hours_50.csv", "two_features.csv", "large_scale.csv",
            "diverges.csv"} <= set(files)
    for e in entries:
        assert set(e) >= {"file", "title", "description", "title_ko", "description_ko"}
        assert all(isinstance(e[k], str) and e[k].strip() for k in e if k != "settings")
        assert isinstance(e["settings"], dict)  # what the sample is trained with
        raw = (SAMPLES / e["file"]).read_bytes()
        raw.decode("utf-8")  # UTF-8
        assert read_table(SAMPLES / e["file"]).has_header


def test_every_sample_loads():
    from linreg_gui.core.samples import list_samples, load_sample

    samples = list_samples()
    assert samples[0].name == "lesson.csv"
    for s in samples:
        ds = load_sample(s.name)
        assert ds.n_rows >= 3 and ds.n_features >= 1
        assert load_sample(Path(s.name).stem) == ds
        assert s.title_ko and s.description_ko and s.path.is_file()
    assert load_sample("lesson") == Dataset.lesson()
    assert load_sample("study_hours_50").n_rows == 50
    two = load_sample("two_features")
    assert two.feature_names == ("hours", "previous_score") and two.target_name == "score"
    assert 55 <= two.n_rows <= 65
    for name in ("study_hours_50", "two_features"):
        ds = load_sample(name)
        assert ds.y.min() >= 0 and ds.y.max() <= 100
    with pytest.raises(DataError, match="there is no sample 'nope'"):
        load_sample("nope")


def test_diverges_sample_diverges_at_lr_0_001():
    from linreg_gui.core.samples import load_sample
    from linreg_gui.core.trainer import TrainConfig, Trainer

    result = Trainer(load_sample("diverges"), TrainConfig(lr=0.001)).run(100)
    assert result.status == "diverged"


def test_large_scale_sample_needs_standardizing():
    from linreg_gui.core.samples import load_sample
    from linreg_gui.core.trainer import TrainConfig, Trainer

    ds = load_sample("large_scale")
    assert ds.X.max() >= 150  # a feature on a large scale
    plain = Trainer(ds, TrainConfig(lr=0.001)).run(1000)
    assert plain.status == "diverged"
    standardized = Trainer(ds, TrainConfig(lr=0.001, normalize=True)).run(10_000)
    assert standardized.status == "converged"
    fast = Trainer(ds, TrainConfig(lr=0.1, normalize=True)).run(2000)
    assert fast.status == "converged"


def test_resources_dir_order(tmp_path, monkeypatch):
    from linreg_gui import resources

    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resources.resources_dir() == ROOT / "resources"  # a source checkout
    package = tmp_path / "site" / "linreg_gui"
    (package / "resources").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", package)
    assert resources.resources_dir() == package / "resources"  # an installed wheel
    bundle = tmp_path / "bundle"
    (bundle / "resources").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources.resources_dir() == bundle / "resources"  # a PyInstaller bundle
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "gone"), raising=False)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "gone" / "linreg_gui")
    with pytest.raises(FileNotFoundError, match="resources folder is missing"):
        resources.resources_dir()


def test_reader_imports_neither_qt_nor_torch():
    code = (
        "import sys; import linreg_gui.core.csv_io, linreg_gui.core.samples; "
        "bad = [m for m in ('torch', 'PySide6', 'pyqtgraph') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, cwd=ROOT
    )
    assert out.returncode == 0, out.stdout + out.stderr
