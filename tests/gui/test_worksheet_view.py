"""A worksheet round trip: written from the teacher's window, opened by a student, its tasks
ticked by real runs in the window, the result saved, read back in the teacher's table (and
as CSV with BOM), and a result file whose tick was written by hand is flagged."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QPushButton

from linreg_gui.core import worksheet as wsc
from tests.gui.teaching_helpers import RUN_TIMEOUT, reset, run_and_wait, set_lr

TASKS = (
    wsc.Task("loss", "loss_below", {"loss": 5.0, "steps": 300}),
    wsc.Task("diverge", "diverge"),
    wsc.Task("predict", "predict", {"x": [5.0], "tolerance": 2.0}),
    wsc.Task("hand", "hand_start", {"loss": 50.0}),
)


def test_worksheet_round_trip(qtbot, window, tmp_path):
    ws_view = window.handouts.worksheets
    sheet_path = tmp_path / ("lesson" + wsc.WORKSHEET_SUFFIX)
    wsc.save_worksheet(sheet_path, ws_view.new_worksheet("공부시간 과제", TASKS))

    ws_view.open_worksheet(str(sheet_path))
    assert ws_view.dock.isVisible()
    assert window.teaching.teacher.is_locked("table")  # the worksheet's lock is in force
    assert not window.teaching.teacher.is_locked("lr")
    panel = ws_view.panel
    assert not any(t.isChecked() for t in panel.ticks.values())

    # The default learning rate does not get there in 300 steps; 0.01 does.
    reset(qtbot, window)
    for _ in range(3):
        run_and_wait(qtbot, window, window.train_action)
    assert not panel.ticks["loss"].isChecked()
    set_lr(qtbot, window, 0.01)
    reset(qtbot, window)
    for _ in range(3):
        run_and_wait(qtbot, window, window.train_action)
    assert window.latest.step == 300 and window.latest.loss < 5
    assert panel.ticks["loss"].isChecked()

    set_lr(qtbot, window, 1.0)
    reset(qtbot, window)
    result = run_and_wait(qtbot, window, window.train_action)
    assert result.status == "diverged"
    assert panel.ticks["diverge"].isChecked()

    with qtbot.waitSignal(ws_view.ticked, timeout=RUN_TIMEOUT) as blocker:
        window.teaching.set_start([19.0], 1.0)
    assert blocker.args == ["hand"] and panel.ticks["hand"].isChecked()

    panel.answers["predict"].setValue(95.0)  # the least-squares line says 100: too far
    panel.answers["predict"].parent().findChild(QPushButton).click()
    assert not panel.ticks["predict"].isChecked()
    panel.answers["predict"].setValue(101.0)
    panel.answers["predict"].parent().findChild(QPushButton).click()
    assert panel.ticks["predict"].isChecked()

    panel.name_edit.setText("김민지")
    folder = tmp_path / "results"
    folder.mkdir()
    ws_view.save_result(str(folder / ("kim" + wsc.RESULT_SUFFIX)))
    saved = json.loads((folder / ("kim" + wsc.RESULT_SUFFIX)).read_text(encoding="utf-8"))
    assert saved["name"] == "김민지" and all(saved["ticks"].values())

    # A classmate's file with the "loss" tick written by hand, without the run behind it.
    forged = dict(saved, name="이서준", ticks={k: False for k in saved["ticks"]}, evidence={})
    forged["ticks"]["loss"] = True
    (folder / ("lee" + wsc.RESULT_SUFFIX)).write_text(json.dumps(forged), encoding="utf-8")

    dialog = ws_view.results_dialog(str(folder))
    table = dialog.table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(5)]
            for r in range(table.rowCount())}
    assert rows["김민지"][1] == "4/4" and rows["김민지"][3] == ""
    assert rows["이서준"][1] == "0/4" and "loss" in rows["이서준"][3]
    csv_path = tmp_path / "table.csv"
    ws_view.export_csv(dialog, str(csv_path))
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "김민지" in data.decode("utf-8-sig") and "4/4" in data.decode("utf-8-sig")
    dialog.close()
    window.teaching.teacher.apply(None)


def sentence(row) -> list[str]:
    """What a task's row in the editor reads, left to right: words, and [numbers] in boxes."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit

    lay, words = row.layout(), []
    for i in range(lay.count()):
        w = lay.itemAt(i).widget()
        if isinstance(w, QLabel):
            words.append(w.text())
        elif isinstance(w, (QAbstractSpinBox, QLineEdit)):
            words.append(f"[{w.text()}]")
    return words


def editor_rows(dialog):
    return {name: getattr(dialog, name).parent()
            for name in ("loss_task", "diverge_task", "predict_task", "hand_task")}


def test_the_editors_tasks_read_as_sentences_around_their_numbers(qtbot):
    from linreg_gui.gui.worksheet_view import NewWorksheetDialog

    dialog = NewWorksheetDialog(None, ("hours",), "score")
    qtbot.addWidget(dialog)
    rows = editor_rows(dialog)
    assert sentence(rows["loss_task"]) == ["Reach a loss below", "[10]", "within", "[300]",
                                           "steps"]
    assert sentence(rows["predict_task"]) == ["Predict the score for hours =", "[5]",
                                              "within ±", "[2]"]
    assert sentence(rows["hand_task"]) == ["Set W and b by hand to a loss below", "[50]"]
    dialog.loss_task.setChecked(False)  # a task left out greys out its numbers
    assert not dialog.loss_value.isEnabled() and not dialog.loss_steps.isEnabled()
    assert dialog.hand_loss.isEnabled()


def test_in_korean_the_numbers_sit_where_korean_puts_them(qtbot):
    from linreg_gui.gui import i18n
    from linreg_gui.gui.worksheet_view import NewWorksheetDialog

    i18n.set_language("ko")
    try:
        dialog = NewWorksheetDialog(None, ("공부시간",), "점수")
        qtbot.addWidget(dialog)
        rows = editor_rows(dialog)
        assert sentence(rows["loss_task"]) == ["[300]", "스텝 안에 오차를", "[10]", "아래로 낮추기"]
        assert sentence(rows["predict_task"]) == ["공부시간 =", "[5]", "일 때 점수를 ±", "[2]",
                                                  "이내로 예측하기"]
        assert sentence(rows["hand_task"]) == ["W와 b를 직접 골라 오차를", "[50]", "아래로 만들기"]
        task = wsc.Task("predict", "predict", {"x": [5.0], "tolerance": 2.0})
        assert task.describe(("공부시간",), "점수") == (
            "공부시간 = 5일 때 점수를 ±2 이내로 예측해 답을 입력하세요.")
    finally:
        i18n.uninstall()
