"""Hostile and broken data files (issue 16): each is made here, byte for byte, and each ends
in a table that counts every row or in one clear message; nothing is lost silently."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from linreg_gui.core import csv_io
from linreg_gui.core.csv_io import read_dataset, read_table
from linreg_gui.core.dataset import DataError

UNCLOSED = 'has a quote (") that is never closed'


def put(tmp_path, content: str | bytes, name: str = "data.csv"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


# ---- quotes: defects 6 and 7 ------------------------------------------------------------------


@pytest.mark.parametrize("chunk", [None, 8])  # one block, and a block seam on every line
def test_an_unclosed_quote_is_one_bad_row_and_the_rest_is_read(tmp_path, monkeypatch, chunk):
    if chunk:
        monkeypatch.setattr(csv_io, "CHUNK_BYTES", chunk)
    path = put(tmp_path, 'x,y\n1,2\n3,"4\n5,6\n7,8\n9,10\n')
    t = read_table(path)
    assert t.line_numbers.tolist() == [2, 3, 4, 5, 6]
    assert [(b.row, b.column_name, b.reason) for b in t.bad_cells] == [(3, None, UNCLOSED)]
    assert t.bad_cells[0].text == '3,"4'
    np.testing.assert_array_equal(t.values[[0, 2, 3, 4]], [[1, 2], [5, 6], [7, 8], [9, 10]])
    assert t.to_dataset(drop_bad_rows=True).n_rows == 4
    with pytest.raises(DataError) as info:
        read_dataset(path)
    assert info.value.row == 3 and info.value.problem == UNCLOSED


def test_the_line_named_is_where_the_runaway_quote_opens(tmp_path):
    # A good multi-line cell first, then a quote that never closes on the record's 2nd line.
    t = read_table(put(tmp_path, 'x,y\n1,"two\nlines",8,"9\n5,6\n7,8\n'))
    bad = [(b.row, b.reason) for b in t.bad_cells if b.column_index is None]
    assert bad == [(3, UNCLOSED)]
    assert t.line_numbers.tolist()[-2:] == [4, 5]
    np.testing.assert_array_equal(t.values[-2:], [[5, 6], [7, 8]])


def test_after_a_runaway_quote_doubled_quotes_are_read_line_by_line(tmp_path):
    # Inside the runaway quote '""' is an escaped quote, so the quote never closes; read again
    # line by line after it, each '""' is an empty quoted text in front of the number.
    lines = ["x,y", '1,"2'] + ['3,""4'] * 20_000
    t = read_table(put(tmp_path, "\n".join(lines) + "\n"))
    assert [(b.row, b.reason) for b in t.bad_cells] == [(2, UNCLOSED)]
    assert t.n_rows == 20_001 and t.line_numbers[-1] == 20_002
    np.testing.assert_array_equal(t.values[1:], np.tile([3.0, 4.0], (20_000, 1)))


def test_a_runaway_quote_past_the_field_limit_keeps_the_rest(tmp_path):
    text = "hours,score\n1,20\n2,\"40\n" + "3,60\n" * 30000
    t = read_table(put(tmp_path, text))
    assert [(b.row, b.reason) for b in t.bad_cells] == [(3, UNCLOSED)]
    assert t.n_rows == 30002 and t.line_numbers[-1] == 30003
    assert t.to_dataset(drop_bad_rows=True).n_rows == 30001


def test_a_closed_quote_at_the_end_of_the_file_is_not_unclosed(tmp_path):
    t = read_table(put(tmp_path, 'x,y\n1,2\n3,"4\n"'))
    assert t.line_numbers.tolist() == [2, 3] and t.bad_cell_count == 0
    np.testing.assert_array_equal(t.values, [[1, 2], [3, 4]])  # '4\n' is 4 with a space


def test_a_long_cell_without_quotes_is_too_long_not_an_open_quote(tmp_path):
    limit = csv.field_size_limit()
    for body in (
        "1,2\n3," + "9" * 200_000 + "\n5,6\n",  # digits: looks like a number block
        "1,2\n3," + "a" * 200_000 + "\n5,6\n",
        '1,"2"\n3,' + "a" * 200_000 + "\n5,6\n",  # a quote elsewhere in the block
    ):
        with pytest.raises(DataError) as info:
            read_table(put(tmp_path, "x,y\n" + body))
        err = info.value
        assert err.row == 3, body[:20]
        assert "quote" not in err.problem
        assert f"longer than {limit} characters" in err.describe()
