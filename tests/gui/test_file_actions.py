"""Opening data files, samples and exports, through the window as a user would."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from linreg_gui.core import csv_io, samples

TIMEOUT = 60_000


def open_and_wait(qtbot, window, path):
    with qtbot.waitSignal(window.files.importer.busy_changed, timeout=TIMEOUT,
                          check_params_cb=lambda busy: not busy):
        window.files.open_file(str(path))


def test_open_a_korean_excel_csv_replaces_the_table_undoably(qtbot, window, tmp_path):
    path = tmp_path / "성적.csv"
    path.write_bytes("공부시간,점수\r\n1,25\r\n2,41\r\n4,80\r\n".encode("cp949"))
    open_and_wait(qtbot, window, path)
    model = window.table_model
    assert model.column_names() == ["공부시간", "점수"]
    assert [model.cell_text(r, 1) for r in range(3)] == ["25", "41", "80"]
    assert window.dataset.n_rows == 3
    status = window.readouts.status_label.text()
    assert "성적.csv" in status and "CP949" in status
    model.undo_stack.undo()
    assert model.column_names() == ["hours", "score"]


def test_three_columns_ask_for_features_and_target(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "three.csv"
    path.write_text("a,b,c\n1,2,3\n4,5,6\n", encoding="utf-8")
    asked = []

    def choose(table):
        asked.append(table.names)
        return ["c"], "a"

    monkeypatch.setattr(window.files.importer, "ask_columns", choose)
    open_and_wait(qtbot, window, path)
    assert asked == [("a", "b", "c")]
    assert window.table_model.column_names() == ["c", "a"]
    assert window.dataset.feature_names == ("c",) and window.dataset.target_name == "a"


def test_bad_cells_are_listed_and_rows_left_out_only_when_agreed(qtbot, window, tmp_path,
                                                                  monkeypatch):
    path = tmp_path / "bad.csv"
    path.write_text("x,y\n1,2\n2,abc\n3,6\n4,\n", encoding="utf-8")
    seen = []
    monkeypatch.setattr(window.files.importer, "ask_leave_out",
                        lambda table, cells, n: seen.append((n, [(c.row, c.text) for c in cells]))
                        or False)
    open_and_wait(qtbot, window, path)
    assert seen and seen[0][0] == 2 and (3, "abc") in seen[0][1]
    assert window.table_model.column_names() == ["hours", "score"]  # cancelled: unchanged
    monkeypatch.setattr(window.files.importer, "ask_leave_out", lambda *a: True)
    open_and_wait(qtbot, window, path)
    assert window.dataset.n_rows == 2
    assert [window.table_model.cell_text(r, 0) for r in range(2)] == ["1", "3"]


def test_a_bad_file_gives_a_clear_message_and_keeps_the_table(qtbot, window, tmp_path):
    path = tmp_path / "garbage.csv"
    path.write_bytes(bytes(range(256)) * 10)
    with qtbot.waitSignal(window.files.error, timeout=TIMEOUT) as blocker:
        window.files.open_file(str(path))
    assert "garbage.csv" in blocker.args[1]
    assert window.table_model.column_names() == ["hours", "score"]
    window.error_box.close()
    with qtbot.waitSignal(window.files.error, timeout=TIMEOUT) as blocker:
        window.files.open_file(str(tmp_path / "missing.csv"))
    assert "missing.csv" in blocker.args[1] and "not found" in blocker.args[1]
    window.error_box.close()


def test_cancel_a_large_load(qtbot, window, tmp_path):
    path = tmp_path / "big.csv"
    rows = np.column_stack([np.arange(1_000_000), np.arange(1_000_000) * 2.0])
    np.savetxt(path, rows, delimiter=",", header="x,y", comments="", fmt="%.6g")
    with qtbot.waitSignal(window.files.importer.busy_changed, timeout=TIMEOUT,
                          check_params_cb=lambda busy: not busy):
        window.files.open_file(str(path))
        window.files.importer.cancel()
    assert window.table_model.column_names() == ["hours", "score"]
    assert window.table_model.rowCount() == 3


def test_every_sample_opens(qtbot, window):
    for action, sample in window.files._sample_actions:
        action.trigger()
        ds = sample.load()
        assert window.table_model.column_names() == [*ds.feature_names, ds.target_name]
        assert window.dataset.n_rows == ds.n_rows
    assert len(window.files._sample_actions) == len(samples.list_samples()) >= 5


def test_export_data_as_excel_friendly_csv(window, tmp_path):
    path = tmp_path / "data.csv"
    window.files.export_data(str(path))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    ds = csv_io.read_dataset(str(path))
    assert ds == window.dataset


def test_export_plots_png_and_svg(window, tmp_path):
    png, svg = tmp_path / "p.png", tmp_path / "p.svg"
    window.files.export_plots(str(png))
    window.files.export_plots(str(svg))
    image = QImage(str(png))
    assert image.width() == 1920  # sharp enough for a slide, whatever the window's size
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "</svg>" in text


def test_export_history_as_csv(qtbot, window, tmp_path):
    with qtbot.waitSignal(window.run_finished, timeout=TIMEOUT):
        window.train_action.trigger()
    path = tmp_path / "history.csv"
    with qtbot.waitSignal(window.controller.history_exported, timeout=TIMEOUT) as blocker:
        window.controller.export_history(str(path))
    assert blocker.args == [str(path), ""]
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["step", "loss", "w (hours)"]
    assert len(rows) == 1 + 101
    assert rows[1][0] == "0" and float(rows[1][1]) == pytest.approx(1715.8387, abs=1e-4)


def test_drop_a_file_on_the_window(qtbot, window, tmp_path):
    path = tmp_path / "drop.csv"
    path.write_text("h,s\n1,10\n2,20\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.files.importer.busy_changed, timeout=TIMEOUT,
                          check_params_cb=lambda busy: not busy):
        QApplication.sendEvent(window, event)
    assert window.table_model.column_names() == ["h", "s"]

