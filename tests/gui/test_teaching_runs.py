"""Compare runs through the window: finished runs accumulate (Step then Train from one start
is one curve, continued), overlay in one plot and on the landscape, can be removed and
cleared, survive a session save and open; every ending has a verdict in the table, and for
lr = 1 on the lesson's data it says diverged and names the stable rate."""

from __future__ import annotations

from PySide6.QtCore import Qt

from linreg_gui.core.session import load_session
from linreg_gui.gui.main_window import MainWindow
from tests.gui.teaching_helpers import (
    RUN_TIMEOUT,
    reset,
    run_and_wait,
    set_lr,
)


def cell(model, row: int, column: str) -> str:
    return model.data(model.index(row, model.COLUMNS.index(column)), Qt.ItemDataRole.DisplayRole)


def legend_texts(view) -> list[str]:
    return [label.text for _sample, label in view.legend.items]


def three_rates(qtbot, window):
    for lr in (0.001, 0.01, 0.1):
        set_lr(qtbot, window, lr)
        reset(qtbot, window)
        run_and_wait(qtbot, window, window.train_action)


def test_runs_accumulate_overlay_and_can_be_removed(qtbot, window):
    t = window.teaching
    t.runs_dock.show()
    t.landscape_dock.show()
    run_and_wait(qtbot, window, window.step_action)
    run_and_wait(qtbot, window, window.train_action)
    model = t.runs
    assert model.rowCount() == 1  # Step, then Train from the same start: one curve
    assert cell(model, 0, "run") == "SGD lr 0.001, 101 steps"
    assert cell(model, 0, "steps") == "101" and cell(model, 0, "loss") == "187.7118"
    three_rates(qtbot, window)
    assert model.rowCount() == 4
    assert [cell(model, r, "run") for r in range(1, 4)] == [
        "SGD lr 0.001, 100 steps", "SGD lr 0.01, 100 steps", "SGD lr 0.1, 100 steps"]
    assert [cell(model, r, "ending") for r in range(4)] == ["stopped"] * 4
    assert all(cell(model, r, "verdict") for r in range(4))
    assert t.runs_view.curve_count() == 4
    assert len(t.landscape._run_curves) == 4
    assert legend_texts(t.runs_view) == [
        "1. SGD lr 0.001, 101 steps", "2. SGD lr 0.001, 100 steps", "3. SGD lr 0.01, 100 steps",
        "4. SGD lr 0.1, 100 steps"]
    # A new run adds its curve; the others are not built again.
    before = list(t.runs_view._curves)
    reset(qtbot, window)
    run_and_wait(qtbot, window, window.train_action)
    assert t.runs_view._curves[:4] == before and t.runs_view.curve_count() == 5
    t.runs_view.table.selectRow(4)
    t.runs_view.remove_button.click()
    assert t.runs_view._curves == before
    # Every run's curve starts at the seeded start's loss.
    assert [round(r.history.loss[0], 4) for r in model.runs()] == [1715.8387] * 4
    # Remove the first two, then clear.
    t.runs_view.table.selectRow(0)
    t.runs_view.table.selectionModel().select(
        model.index(1, 0), t.runs_view.table.selectionModel().SelectionFlag.Select
        | t.runs_view.table.selectionModel().SelectionFlag.Rows)
    assert t.runs_view.remove_button.isEnabled()
    t.runs_view.remove_button.click()
    assert model.rowCount() == 2 and t.runs_view.curve_count() == 2
    # Renumbered: the legend follows the table's rows.
    assert legend_texts(t.runs_view) == ["1. SGD lr 0.01, 100 steps", "2. SGD lr 0.1, 100 steps"]
    assert cell(model, 0, "run") == "SGD lr 0.01, 100 steps"
    assert window.session.modified
    t.runs_view.clear_button.click()
    assert model.rowCount() == 0 and t.runs_view.curve_count() == 0
    assert len(t.landscape._run_curves) == 0


def test_runs_survive_a_session_save_and_open(qtbot, window, tmp_path):
    three_rates(qtbot, window)
    path = tmp_path / "rates.linreg"
    assert window.session.save_to(path)
    saved = load_session(path)
    assert [r.label for r in saved.runs] == [
        "SGD lr 0.001, 100 steps", "SGD lr 0.01, 100 steps", "SGD lr 0.1, 100 steps"]
    other = MainWindow()
    qtbot.addWidget(other)
    try:
        with qtbot.waitSignal(other.controller.ready, timeout=RUN_TIMEOUT):
            other.start_engine()
        with qtbot.waitSignal(other.snapshot_shown, timeout=RUN_TIMEOUT):
            assert other.session.open_path(path)
        runs = other.teaching.runs
        assert runs.rowCount() == 3
        assert [cell(runs, r, "run") for r in range(3)] == [r.label for r in saved.runs]
        assert cell(runs, 2, "loss") == cell(window.teaching.runs, 2, "loss")
        assert other.teaching.runs_view.curve_count() == 3
    finally:
        other.close()


def test_the_verdict_of_a_diverging_run(qtbot, window):
    set_lr(qtbot, window, 1.0)
    reset(qtbot, window)
    result = run_and_wait(qtbot, window, window.train_action)
    assert result.status == "diverged"
    model = window.teaching.runs
    assert cell(model, 0, "ending") == "diverged"
    verdict = cell(model, 0, "verdict")
    assert "Diverged" in verdict and "0.1803" in verdict
    # The same sentence is the window's status.
    assert "Diverged" in window.statusBar().currentMessage()
