"""The main window as a student uses it: the lesson through the buttons, live training,
pausing, stopping, divergence, predicting, and closing while training."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from linreg_gui.gui.controller import IDLE, PAUSED, STARTING, TRAINING
from linreg_gui.gui.main_window import MainWindow
from tests.gui.teaching_helpers import RUN_TIMEOUT, run_and_wait


def test_opens_with_the_lessons_data_and_settings(window):
    model = window.table_model
    assert model.column_names() == ["hours", "score"]
    assert [model.cell_text(r, 0) for r in range(3)] == ["1", "2", "3"]
    assert [model.cell_text(r, 1) for r in range(3)] == ["20", "40", "60"]
    cfg = window.controls.config()
    assert (cfg.lr, cfg.seed, cfg.optimizer, cfg.loss) == (0.001, 0, "sgd", "mse")
    assert window.controls.steps() == 100
    # The seeded start is shown as soon as the engine is ready.
    assert window.readouts.value_text("w0") == "0.4963"
    assert window.readouts.value_text("b") == "0.7682"
    assert window.readouts.value_text("loss") == "1,715.8387"


def test_the_lesson_through_the_window(qtbot, window):
    """Reset, Step once, then Train three times with 100 steps: the lesson's numbers."""
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT):
        window.reset_action.trigger()
    result = run_and_wait(qtbot, window, window.step_action)
    assert result.steps_done == 1
    assert window.readouts.value_text("w0") == "0.6752"
    assert window.readouts.value_text("loss") == "1,678.1724"
    for _ in range(3):
        result = run_and_wait(qtbot, window, window.train_action)
        assert result.steps_done == 100
    r = window.readouts
    assert r.value_text("step") == "301"
    assert r.value_text("w0") == "16.2360"
    assert r.value_text("b") == "7.0396"
    assert r.value_text("loss") == "9.6839"
    assert r.value_text("rmse") == "3.1119"
    assert result.status == "stopped"
    assert "still falling" in r.status_label.text()
    # The lesson's question: 5 hours of study.
    window.predict.inputs()[0].setValue(5.0)
    assert window.predict.result_label.text() == f"{16.23596954345703 * 5 + 7.0395660400390625:,.4f}"


def test_keyboard_shortcuts_drive_training(qtbot, window):
    window.activateWindow()
    with qtbot.waitSignal(window.run_finished, timeout=RUN_TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_F10)
    assert window.readouts.value_text("step") == "1"
    with qtbot.waitSignal(window.run_finished, timeout=RUN_TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.readouts.value_text("step") == "101"
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.readouts.value_text("step") == "0"
    assert window.readouts.value_text("w0") == "0.4963"


def start_long_run(qtbot, window):
    window.controls.steps_box.setValue(10_000_000)
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.running):
        window.train_action.trigger()


def test_editing_is_blocked_while_training_and_stop_ends_the_run(qtbot, window):
    start_long_run(qtbot, window)
    assert window.controller.state == TRAINING
    assert not window.controls.isEnabled()
    assert window.table_model.read_only
    assert window.busy_label.isVisible()
    assert not window.table_model.setData(window.table_model.index(0, 0), "7")
    assert window.table_model.cell_text(0, 0) == "1"
    result = run_and_wait(qtbot, window, window.stop_action)
    assert (result.status, result.reason) == ("stopped", "requested")
    assert window.controller.state == IDLE
    assert window.controls.isEnabled()
    assert not window.table_model.read_only
    assert "Stopped at step" in window.readouts.status_label.text()


def test_pause_holds_the_model_and_resume_continues(qtbot, window):
    start_long_run(qtbot, window)
    with qtbot.waitSignal(window.controller.state_changed, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s == PAUSED):
        window.pause_action.trigger()
    QApplication.processEvents()
    paused_at = window.latest.step
    assert paused_at > 0
    assert window.pause_action.text().replace("&", "") == "Resume"
    # One Step while paused makes exactly one update and stays paused.
    with qtbot.waitSignal(window.controller.state_changed, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s == PAUSED):
        window.step_action.trigger()
    assert window.latest.step == paused_at + 1
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.running and s.latest.step > paused_at + 1):
        window.pause_action.trigger()
    assert window.controller.state == TRAINING
    run_and_wait(qtbot, window, window.stop_action)


def test_pause_says_paused_and_how_to_resume_and_stop_says_stopped(qtbot, window):
    start_long_run(qtbot, window)
    with qtbot.waitSignal(window.controller.state_changed, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s == PAUSED):
        window.pause_action.trigger()
    QApplication.processEvents()
    text = window.readouts.status_label.text()
    assert f"Paused at step {window.latest.step}." in text
    assert "Space to resume" in text and "Stopped" not in text
    # A Step while paused: still paused, at the new step.
    with qtbot.waitSignal(window.controller.state_changed, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s == PAUSED):
        window.step_action.trigger()
    QApplication.processEvents()
    text = window.readouts.status_label.text()
    assert f"Paused at step {window.latest.step}." in text and "Stopped" not in text
    run_and_wait(qtbot, window, window.stop_action)
    assert f"Stopped at step {window.latest.step}" in window.readouts.status_label.text()


def test_train_pressed_while_torch_loads_starts_once_loaded(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.train_action.trigger()  # F5 before the engine is there
    assert w.controller.state == STARTING
    assert "Training" not in w.readouts.status_label.text()
    with qtbot.waitSignal(w.run_finished, timeout=RUN_TIMEOUT) as blocker:
        w.start_engine()
    assert blocker.args[0].steps_done == 100
    assert w.latest.step == 100
    w.close()


def test_divergence_at_learning_rate_one_is_explained(qtbot, window):
    window.controls.lr_box.setValue(1.0)
    result = run_and_wait(qtbot, window, window.train_action)
    assert result.status == "diverged"
    text = window.readouts.status_label.text()
    assert "Diverged" in text and "learning rate" in text and "0.1803" in text
    assert window.readouts.value_text("loss") != "—"  # the last finite state is shown


def test_a_bad_cell_is_left_out_and_counted(qtbot, window):
    window.table_model.set_cell(1, 1, "forty")
    assert "1 row" in window.readouts.status_label.text() or "row 2" in (
        window.readouts.status_label.text())
    assert window.dataset.n_rows == 2
    result = run_and_wait(qtbot, window, window.step_action)
    assert result.steps_done == 1


def test_a_failure_in_the_worker_is_shown(qtbot, window, monkeypatch):
    from linreg_gui.core import trainer

    def boom(self, *args, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(trainer.Trainer, "run", boom)
    with qtbot.waitSignal(window.controller.failed, timeout=RUN_TIMEOUT):
        window.train_action.trigger()
    assert "simulated failure" in window.readouts.status_label.text()
    assert window.controller.state == IDLE
    window.failure_box.close()


def test_closing_while_training_stops_cleanly_50_times(qtbot):
    for _ in range(50):
        w = MainWindow()
        qtbot.addWidget(w)
        w.show()
        with qtbot.waitSignal(w.controller.ready, timeout=RUN_TIMEOUT):
            w.start_engine()
        start_long_run(qtbot, w)
        thread = w.controller._thread
        assert w.close()
        assert not thread.isRunning()
