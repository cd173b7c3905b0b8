"""Hostile and broken data files (issue 16): each is made here, byte for byte, and each ends
in a table that counts every row or in one clear message; nothing is lost silently."""

from __future__ import annotations

import csv
import sys

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


# ---- Excel: defects 4 and 5 -------------------------------------------------------------------


def xlsx_bytes(rows, *, dimension: str | None = None, extra: dict[str, bytes] | None = None,
               shared_strings: bytes | None = None) -> bytes:
    """A workbook of ``rows`` made by openpyxl, then edited as a zip: the first sheet's declared
    ``<dimension>`` replaced, members added or the shared strings part replaced."""
    import io
    import re
    import zipfile

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    raw = io.BytesIO()
    wb.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml" and dimension is not None:
                data = re.sub(rb'<dimension ref="[^"]*"\s*/>',
                              b'<dimension ref="' + dimension.encode() + b'"/>', data)
                assert dimension.encode() in data
            if info.filename == "xl/sharedStrings.xml" and shared_strings is not None:
                continue
            dst.writestr(info.filename, data)
        if shared_strings is not None:
            dst.writestr("xl/sharedStrings.xml", shared_strings)
        for name, data in (extra or {}).items():
            dst.writestr(name, data)
    return out.getvalue()


ROWS = [["x", "y"], [1, 2], [2, 4], [3, 7]]


@pytest.mark.parametrize("dimension", ["A1:B2", "A1", "A1:A4", "B2:B3", "C5:D9"])
def test_an_xlsx_with_a_stale_dimension_is_read_whole(tmp_path, dimension):
    t = read_table(put(tmp_path, xlsx_bytes(ROWS, dimension=dimension), "d.xlsx"))
    assert t.names == ("x", "y")
    assert t.line_numbers.tolist() == [2, 3, 4] and t.bad_cell_count == 0
    np.testing.assert_array_equal(t.values, [[1, 2], [2, 4], [3, 7]])


def peak_of_child(code: str, timeout: float = 120) -> tuple[str, float]:
    """Run ``code`` in a fresh interpreter; (what it printed, its peak memory in MiB).

    The peak is /proc's VmHWM, which starts afresh at exec; ru_maxrss would carry over the
    peak of this (forked) test process."""
    import subprocess
    from pathlib import Path

    script = code + (
        "\nimport re, sys\n"
        "with open('/proc/self/status') as fh:\n"
        "    print(re.search(r'VmHWM:\\s*(\\d+)', fh.read()).group(1), file=sys.stderr)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=timeout, cwd=root)
    assert done.returncode == 0, done.stderr
    return done.stdout, int(done.stderr.split()[-1]) / 1024  # Linux reports KiB


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_an_xlsx_whose_shared_strings_unpack_past_the_limit_is_refused_before_parsing(tmp_path):
    # Three data rows and two million unused shared strings: 34 MB unpacked, ~100 KB packed.
    count = 2_000_000
    strings = (b'<?xml version="1.0" encoding="UTF-8"?>'
               b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               + f'count="{count}" uniqueCount="{count}">'.encode()
               + b"<si><t>a</t></si>" * count + b"</sst>")
    path = put(tmp_path, xlsx_bytes(ROWS, shared_strings=strings), "bomb.xlsx")
    assert path.stat().st_size < 1_000_000
    out, peak_mib = peak_of_child(
        "from linreg_gui.core.csv_io import read_table\n"
        "from linreg_gui.core.dataset import DataError\n"
        "import time\n"
        "t0 = time.perf_counter()\n"
        f"try:\n    read_table({str(path)!r})\nexcept DataError as e:\n    print(e.describe())\n"
        "print(time.perf_counter() - t0)\n"
    )
    message, seconds = out.splitlines()
    assert message.startswith(str(path)) and "unpacks" in message and "limit" in message
    assert float(seconds) < 2.0
    assert peak_mib < 200, peak_mib  # reading the strings took ~8x their size


def test_an_xlsx_whose_members_unpack_past_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_io, "MAX_FILE_BYTES", 1 << 20)
    path = put(tmp_path, xlsx_bytes(ROWS, extra={"xl/media/padding.bin": b"\0" * (2 << 20)}),
               "padded.xlsx")
    with pytest.raises(DataError) as info:
        read_table(path)
    assert "unpacks to 2 MB" in info.value.describe()
    assert "the limit is 1 MB" in info.value.describe()


# ---- repeated names: defect 3 -----------------------------------------------------------------


def test_repeated_column_names_are_made_unique_in_linear_time(tmp_path):
    import time

    n = 100_000  # was ~16 minutes: every name tried "a (2)", "a (3)", ... in turn
    header = ",".join(["a"] * n + ["a (3)"])
    path = put(tmp_path, header + "\n" + ",".join(["1"] * (n + 1)) + "\n")
    t0 = time.perf_counter()
    t = read_table(path)
    assert time.perf_counter() - t0 < 10
    assert t.names[:4] == ("a", "a (2)", "a (3)", "a (4)")
    assert t.names[-2:] == (f"a ({n})", "a (3) (2)")  # a name already given is not reused
    assert len(set(t.names)) == n + 1


# ---- one long line: defect 8 --------------------------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("where", ["in the head", "past the head"])
def test_a_long_ragged_line_costs_a_small_multiple_of_its_size(tmp_path, where):
    # A 20 MB line "1,2,1,2,...": split into 10 million cells it peaked at ~25x its size.
    before = "x,y\n1,2\n3,4\n" if where == "in the head" else "x,y\n" + "1,2\n" * 100
    path = put(tmp_path, before + "1,2," * 5_000_000 + "1\n5,6\n")
    size_mib = path.stat().st_size / 2**20
    out, peak_mib = peak_of_child(
        "from linreg_gui.core.csv_io import read_table\n"
        f"t = read_table({str(path)!r})\n"
        "b = t.bad_cells[0]\n"
        "print(t.n_rows, b.row, b.reason, len(b.text))\n"
    )
    n_rows, row, *reason, text_len = out.split()
    lines = before.count("\n")
    assert int(n_rows) == lines + 1 and int(row) == lines + 1
    assert " ".join(reason) == "has 10000001 cells, the header has 2"
    assert int(text_len) <= csv_io.MAX_TEXT
    assert peak_mib < 60 + 5 * size_mib, (peak_mib, size_mib)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("line, cells", [
    ('"10",' * 3_000_000 + '"1"', 3_000_001),  # every cell quoted
    ("10,20," * 2_000_000 + "1", 4_000_001),  # plain, in a block with a quote before it
], ids=["quoted cells", "a quote before it"])
@pytest.mark.parametrize("where", ["in the head", "past the head"])
def test_a_long_line_among_quotes_costs_a_small_multiple_of_its_size(tmp_path, where, line,
                                                                    cells):
    # The csv module split such a line into cells: ~30x its size for two-digit cells.
    before = 'x,y\n"1",2\n3,4\n' if where == "in the head" else 'x,y\n"1",2\n' + "1,2\n" * 100
    path = put(tmp_path, before + line + "\n5,6\n")
    size_mib = path.stat().st_size / 2**20
    out, peak_mib = peak_of_child(
        "from linreg_gui.core.csv_io import read_table\n"
        f"t = read_table({str(path)!r})\n"
        "b = t.bad_cells[0]\n"
        "print(t.n_rows, b.row, b.reason, len(b.text), t.values[-1].tolist())\n"
    )
    lines = before.count("\n")
    assert out.split()[:2] == [str(lines + 1), str(lines + 1)]
    assert f"has {cells} cells, the header has 2" in out and out.endswith("[5.0, 6.0]\n")
    assert int(out.split()[-3]) <= csv_io.MAX_TEXT
    assert peak_mib < 60 + 5 * size_mib, (peak_mib, size_mib)


def test_a_long_closed_quoted_cell_is_too_long_not_an_open_quote(tmp_path):
    path = put(tmp_path, 'x,y\n1,2\n3,"' + "a" * 200_000 + '"\n5,6\n')
    with pytest.raises(DataError) as info:
        read_table(path)
    assert info.value.row == 3 and "longer than" in info.value.describe()


def test_a_quote_running_into_a_long_line_is_unclosed_and_the_long_line_its_own_row(tmp_path):
    # The long line's first quote closed the open one: rows 3 and 4 read as one, 50,002 cells.
    t = read_table(put(tmp_path, 'x,y\n1,2\n3,"4\n' + '"1",' * 50_000 + '"1"\n5,6\n'))
    assert [(b.row, b.reason) for b in t.bad_cells] == [
        (3, UNCLOSED), (4, "has 50001 cells, the header has 2")]
    assert t.line_numbers.tolist() == [2, 3, 4, 5] and t.values[-1].tolist() == [5, 6]


@pytest.mark.parametrize("rest", ["", ", , ,"])
def test_a_long_quoted_line_with_empty_cells_after_the_last_column_is_a_row(tmp_path, rest):
    t = read_table(put(tmp_path, 'x,y\n"1",2\n"3","4"' + "," * 100_000 + rest + "\n5,6\n"))
    assert t.bad_cell_count == 0
    np.testing.assert_array_equal(t.values, [[1, 2], [3, 4], [5, 6]])


def test_a_long_line_with_empty_cells_after_the_last_column_is_a_row(tmp_path):
    t = read_table(put(tmp_path, "x,y\n1,2\n3,4" + "," * 200_000 + "\n5,6\n"))
    assert t.bad_cell_count == 0
    np.testing.assert_array_equal(t.values, [[1, 2], [3, 4], [5, 6]])
