"""Building datasets, and the errors a person sees for bad input: what and where."""

from __future__ import annotations

import numpy as np
import pytest

from linreg_gui.core.dataset import DataError, Dataset


def raises_data_error(fn, *args, **kwargs) -> DataError:
    with pytest.raises(DataError) as info:
        fn(*args, **kwargs)
    err = info.value
    assert isinstance(err, ValueError)  # callers catching ValueError see it too
    assert str(err) == err.describe()
    return err


def write(tmp_path, text: str, name: str = "data.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# ---- from_arrays --------------------------------------------------------------------------


def test_from_arrays_builds_a_float64_table():
    ds = Dataset.from_arrays([[1, 2], [3, 4], [5, 6]], [7, 8, 9], ["a", "b"], "t", source="mem")
    assert ds.feature_names == ("a", "b") and ds.target_name == "t"
    assert ds.column_names == ("a", "b", "t")
    assert (ds.n_rows, ds.n_features) == (3, 2)
    assert ds.X.dtype == np.float64 and ds.y.dtype == np.float64
    assert ds.X.tolist() == [[1, 2], [3, 4], [5, 6]] and ds.y.tolist() == [7, 8, 9]
    assert ds.source == "mem"


def test_from_arrays_accepts_one_feature_as_a_flat_list_and_names_columns():
    ds = Dataset.from_arrays([1, 2, 3], [[2], [4], [6]])
    assert ds.X.shape == (3, 1) and ds.y.shape == (3,)
    assert ds.feature_names == ("x1",) and ds.target_name == "y"


def test_dataset_arrays_cannot_be_changed_behind_its_back():
    X = np.array([[1.0], [2.0]])
    ds = Dataset.from_arrays(X, [1.0, 2.0])
    X[0, 0] = 99.0  # the caller's array is copied
    assert ds.X[0, 0] == 1.0
    with pytest.raises(ValueError):
        ds.X[0, 0] = 5.0
    with pytest.raises(ValueError):
        ds.y[0] = 5.0


def test_datasets_compare_by_content():
    a = Dataset.from_arrays([1, 2], [3, 4], ["h"], "s")
    assert a == Dataset.from_rows([(1, 3), (2, 4)], ["h", "s"])
    assert a != Dataset.from_arrays([1, 2], [3, 5], ["h"], "s")
    assert a != Dataset.from_arrays([1, 2], [3, 4], ["hours"], "s")


def test_from_arrays_no_rows():
    err = raises_data_error(Dataset.from_arrays, np.empty((0, 2)), [], source="mem")
    assert "no data rows" in str(err)
    assert "mem" in str(err)


def test_from_arrays_no_feature_column():
    err = raises_data_error(Dataset.from_arrays, np.empty((3, 0)), [1, 2, 3])
    assert "no feature column" in str(err)


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_from_arrays_non_finite_feature_names_row_and_column(bad):
    X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    X[2, 1] = bad
    err = raises_data_error(Dataset.from_arrays, X, [1, 2, 3], ["hours", "sleep"], "score")
    assert (err.row, err.column) == (3, "sleep")
    assert "row 3" in str(err) and "column sleep" in str(err)
    assert "finite" in str(err)


def test_from_arrays_non_finite_target_names_row_and_target():
    err = raises_data_error(Dataset.from_arrays, [1, 2, 3], [1, np.nan, 3], ["hours"], "score")
    assert (err.row, err.column) == (2, "score")
    assert "row 2" in str(err) and "column score" in str(err)


def test_from_arrays_non_numeric_text_names_row_and_column():
    X = [[1, 2], [3, "four"], [5, 6]]
    err = raises_data_error(Dataset.from_arrays, X, [1, 2, 3], ["a", "b"], "t")
    assert (err.row, err.column) == (2, "b")
    assert "row 2" in str(err) and "column b" in str(err) and "four" in str(err)


def test_from_arrays_non_numeric_target_names_row_and_column():
    err = raises_data_error(Dataset.from_arrays, [1, 2, 3], [1, 2, "x"], ["a"], "t")
    assert (err.row, err.column) == (3, "t")


def test_from_arrays_ragged_rows_name_the_row():
    err = raises_data_error(Dataset.from_arrays, [[1, 2], [3], [5, 6]], [1, 2, 3])
    assert err.row == 2 and "row 2" in str(err)
    assert "2" in err.problem  # how many cells there should be


def test_from_arrays_mismatched_lengths():
    err = raises_data_error(Dataset.from_arrays, [1, 2, 3], [1, 2])
    assert "3 feature rows but 2 target values" in str(err)


def test_from_arrays_wrong_number_of_names():
    err = raises_data_error(Dataset.from_arrays, [[1, 2]], [1], ["only_one"])
    assert "1 feature names for 2 feature columns" in str(err)


@pytest.mark.parametrize(
    "names, target, problem",
    [(["a", "a"], "t", "same name"), (["a", " "], "t", "no name"), (["a"], "a", "same name")],
)
def test_from_arrays_bad_names(names, target, problem):
    X = np.ones((2, len(names)))
    err = raises_data_error(Dataset.from_arrays, X, [1, 2], names, target)
    assert problem in str(err)


# ---- from_rows ----------------------------------------------------------------------------


def test_from_rows_takes_numbers_and_numeric_text_and_the_last_column_as_target():
    ds = Dataset.from_rows([(1, " 20 "), ("2.5", 40), (3, "6e1")], ["hours", "score"])
    assert ds.feature_names == ("hours",) and ds.target_name == "score"
    assert ds.X[:, 0].tolist() == [1.0, 2.5, 3.0] and ds.y.tolist() == [20.0, 40.0, 60.0]


def test_from_rows_chooses_target_and_features_by_name():
    rows = [(1, 10, 100), (2, 20, 200), (3, 30, 300)]
    ds = Dataset.from_rows(rows, ["a", "b", "c"], target="a", features=["c"])
    assert ds.feature_names == ("c",) and ds.target_name == "a"
    assert ds.X[:, 0].tolist() == [100, 200, 300] and ds.y.tolist() == [1, 2, 3]


def test_from_rows_no_rows():
    err = raises_data_error(Dataset.from_rows, [], ["x", "y"], source="typed")
    assert "no data rows" in str(err) and "typed" in str(err)


def test_from_rows_no_feature_column():
    err = raises_data_error(Dataset.from_rows, [(1,), (2,)], ["y"])
    assert "feature" in str(err)
    err = raises_data_error(Dataset.from_rows, [(1, 2)], ["x", "y"], features=[])
    assert "no feature column" in str(err)


@pytest.mark.parametrize("text", ["abc", "1,5", "12kg", "--3"])
def test_from_rows_non_numeric_text_names_row_column_and_text(text):
    rows = [(1, 2), (3, 4), (text, 6)]
    err = raises_data_error(Dataset.from_rows, rows, ["hours", "score"], source="typed")
    assert (err.row, err.column, err.text) == (3, "hours", text)
    message = str(err)
    assert "typed" in message and "row 3" in message and "column hours" in message
    assert repr(text) in message and "not a number" in message


def test_from_rows_row_numbers_start_where_told():
    rows = [(1, 2), (3, "x")]
    err = raises_data_error(Dataset.from_rows, rows, ["a", "b"], first_row_number=2)
    assert err.row == 3


@pytest.mark.parametrize("value", ["nan", "inf", "-Infinity", float("nan"), float("inf"), "1e400"])
def test_from_rows_non_finite_names_row_and_column(value):
    err = raises_data_error(Dataset.from_rows, [(1, 2), (2, value)], ["a", "b"])
    assert (err.row, err.column) == (2, "b")
    assert "finite" in str(err)


def test_from_rows_empty_cell_names_row_and_column():
    err = raises_data_error(Dataset.from_rows, [(1, 2), ("  ", 3)], ["a", "b"])
    assert (err.row, err.column) == (2, "a") and "empty" in str(err)


def test_from_rows_true_false_are_not_numbers():
    err = raises_data_error(Dataset.from_rows, [(1, True)], ["a", "b"])
    assert (err.row, err.column) == (1, "b")


@pytest.mark.parametrize("row", [(1,), (1, 2, 3)])
def test_from_rows_ragged_row_names_the_row(row):
    err = raises_data_error(Dataset.from_rows, [(1, 2), row], ["a", "b"])
    assert err.row == 2 and "row 2" in str(err)
    assert f"has {len(row)} cells but the header has 2 columns" in str(err)


def test_from_rows_unknown_target_or_feature_lists_the_columns():
    err = raises_data_error(Dataset.from_rows, [(1, 2)], ["a", "b"], target="score")
    assert "'score'" in str(err) and "a, b" in str(err)
    err = raises_data_error(Dataset.from_rows, [(1, 2)], ["a", "b"], features=["zz"])
    assert "'zz'" in str(err) and "a, b" in str(err)
    err = raises_data_error(Dataset.from_rows, [(1, 2)], ["a", "b"], target="b", features=["b"])
    assert "both a feature and the target" in str(err)


# ---- from_csv -----------------------------------------------------------------------------


def test_from_csv_reads_a_plain_file(tmp_path):
    path = write(tmp_path, "공부시간,점수\n1,20\n2,40\n3,60\n")
    ds = Dataset.from_csv(path)
    assert ds.feature_names == ("공부시간",) and ds.target_name == "점수"
    assert ds == Dataset.from_rows([(1, 20), (2, 40), (3, 60)], ["공부시간", "점수"])
    assert ds.source == str(path)


def test_from_csv_with_bom_crlf_blank_lines_and_spaces(tmp_path):
    path = write(tmp_path, "\ufeff hours , score \r\n1, 20\r\n\r\n 2 ,40\r\n3,60\r\n\r\n")
    ds = Dataset.from_csv(path)
    assert ds.column_names == ("hours", "score")
    assert ds.y.tolist() == [20, 40, 60]


def test_from_csv_chooses_columns(tmp_path):
    path = write(tmp_path, "a,b,c\n1,10,100\n2,20,200\n")
    ds = Dataset.from_csv(path, target="b", features=["c", "a"])
    assert ds.feature_names == ("c", "a") and ds.target_name == "b"
    assert ds.X.tolist() == [[100, 1], [200, 2]]


def test_from_csv_non_numeric_text_names_file_line_and_column(tmp_path):
    # Line numbers are the file's own (the header is line 1; blank lines still count).
    path = write(tmp_path, "hours,score\n1,20\n\n2,forty\n3,60\n")
    err = raises_data_error(Dataset.from_csv, path)
    assert (err.file, err.row, err.column, err.text) == (str(path), 4, "score", "forty")
    message = str(err)
    assert str(path) in message and "row 4" in message and "column score" in message
    assert "'forty'" in message


def test_from_csv_non_finite_names_file_line_and_column(tmp_path):
    path = write(tmp_path, "hours,score\n1,20\nnan,40\n")
    err = raises_data_error(Dataset.from_csv, path)
    assert (err.file, err.row, err.column) == (str(path), 3, "hours")
    assert "finite" in str(err)


def test_from_csv_empty_cell(tmp_path):
    path = write(tmp_path, "hours,score\n1,\n")
    err = raises_data_error(Dataset.from_csv, path)
    assert (err.row, err.column) == (2, "score") and "empty" in str(err)


@pytest.mark.parametrize("line", ["4", "4,80,1"])
def test_from_csv_ragged_row_names_file_and_line(tmp_path, line):
    path = write(tmp_path, f"hours,score\n1,20\n2,40\n{line}\n")
    err = raises_data_error(Dataset.from_csv, path)
    assert (err.file, err.row) == (str(path), 4)
    assert str(path) in str(err) and "row 4" in str(err) and "the header has 2" in str(err)


@pytest.mark.parametrize(
    "text, problem",
    [
        ("", "empty"),
        ("\n\n  \n", "empty"),
        ("hours,score\n", "no data rows"),
        ("hours,score\n\n", "no data rows"),
    ],
)
def test_from_csv_no_rows(tmp_path, text, problem):
    path = write(tmp_path, text)
    err = raises_data_error(Dataset.from_csv, path)
    assert err.file == str(path) and str(path) in str(err)
    assert problem in str(err)


def test_from_csv_no_feature_column(tmp_path):
    path = write(tmp_path, "score\n20\n40\n")
    err = raises_data_error(Dataset.from_csv, path)
    assert str(path) in str(err) and "feature" in str(err)
    path = write(tmp_path, "hours,score\n1,2\n", name="b.csv")
    err = raises_data_error(Dataset.from_csv, path, features=[])
    assert str(path) in str(err) and "no feature column" in str(err)


def test_from_csv_without_a_header_gets_generated_names(tmp_path):
    # The robust reader (issue 4) detects a missing header and names the columns itself.
    path = write(tmp_path, "1,20\n2,40\n")
    ds = Dataset.from_csv(path)
    assert ds.feature_names == ("column 1",) and ds.target_name == "column 2"
    assert ds.y.tolist() == [20.0, 40.0]


def test_from_csv_missing_file_folder_and_bad_encoding(tmp_path):
    missing = tmp_path / "nope.csv"
    err = raises_data_error(Dataset.from_csv, missing)
    assert str(missing) in str(err) and "not found" in str(err)
    err = raises_data_error(Dataset.from_csv, tmp_path)
    assert str(tmp_path) in str(err)
    latin = write(tmp_path, "h\xe9ight,score\n1,2\n", name="latin.csv", encoding="latin-1")
    err = raises_data_error(Dataset.from_csv, latin)
    assert str(latin) in str(err) and "UTF-8" in str(err)


def test_from_csv_duplicate_header_names_are_told_apart(tmp_path):
    path = write(tmp_path, "a,a,y\n1,2,3\n")
    ds = Dataset.from_csv(path)
    assert ds.feature_names == ("a", "a (2)") and ds.X.tolist() == [[1.0, 2.0]]
