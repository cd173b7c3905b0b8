"""The step inspector through the window: the lesson's numbers at step 0 (predictions, loss,
gradients from autograd beside the formula with a ✓, the update), the PyTorch line beside
each, Korean explanations when the window speaks Korean, and F10 moving it on."""

from __future__ import annotations

from PySide6.QtCore import Qt

from linreg_gui.gui import inspector_view
from tests.gui.teaching_helpers import RUN_TIMEOUT, reset, run_and_wait


def show_inspector(qtbot, window, step: int):
    t = window.teaching
    with qtbot.waitSignal(t.inspector.shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s == step):
        t.inspector_dock.show()
        t.inspector_dock.raise_()
    return t.inspector


def test_the_lessons_first_step_taken_apart(qtbot, window):
    view = show_inspector(qtbot, window, 0)
    text = view.text()
    # Each row's prediction X @ W + b, and the loss.
    for value in ("1.2645", "1.7607", "2.2570", "1715.8387"):
        assert value in text, value
    # Autograd's gradients beside the formula's, agreeing.
    assert text.count("-178.9621") >= 2 and text.count("-76.4785") >= 2
    assert text.count("✓") == 2 and "✗" not in text
    # The update with its numbers: the lesson's weight after one step.
    assert "0.4963 − 0.001 × (-178.9621) = 0.6752" in text
    # The PyTorch lines it comes from.
    for code in ("pred = linear_model(X_train)", "loss = mse_loss_fn(pred, y_train)",
                 "loss.backward()", "optimizer.step()", "optimizer.zero_grad()"):
        assert code in text, code
    assert "Step 0 → 1" in view.header.text()
    w = view.inspection.walk
    assert [round(r.pred, 4) for r in w.rows] == [1.2645, 1.7607, 2.257]
    assert round(w.loss, 4) == 1715.8387
    assert round(view.inspection.update.weight_after[0], 4) == 0.6752


def test_f10_shows_the_update_it_made_and_previews_the_next(qtbot, window):
    view = show_inspector(qtbot, window, 0)
    window.activateWindow()
    with qtbot.waitSignal(window.run_finished, timeout=RUN_TIMEOUT), \
            qtbot.waitSignal(view.shown, timeout=RUN_TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: view.made is not None, timeout=RUN_TIMEOUT)
    # The update just made, 0 -> 1, with the gradients the guided tour quotes.
    text = view.text()
    assert "Step 0 → 1" in view.header.text() and "just made" in view.header.text()
    assert "-178.9621" in text and "-76.4785" in text
    assert "0.4963 − 0.001 × (-178.9621) = 0.6752" in text
    assert "-176.9858" not in text
    # The toggle previews the next one, 1 -> 2.
    assert view.preview_box.isVisible()
    with qtbot.waitSignal(view.shown, timeout=RUN_TIMEOUT, check_params_cb=lambda s: s == 1):
        view.preview_box.setChecked(True)
    text = view.text()
    assert "Step 1 → 2" in view.header.text()
    assert "1678.1724" in text  # the lesson's loss after one step
    assert "0.6752 − 0.001 × (-176.9858)" in text  # the update now starts from the stepped weight
    view.preview_box.setChecked(False)
    assert "Step 0 → 1" in view.header.text()
    # A Train of many steps: only the next one is known.
    run_and_wait(qtbot, window, window.train_action)
    qtbot.waitUntil(lambda: view.step == 101, timeout=RUN_TIMEOUT)
    assert view.made is None and not view.preview_box.isVisible()
    assert "Step 101 → 102" in view.header.text()
    with qtbot.waitSignal(view.shown, timeout=RUN_TIMEOUT, check_params_cb=lambda s: s == 0):
        window.reset_action.trigger()


def test_the_tour_quotes_the_gradients_the_first_step_shows(qtbot, window):
    from linreg_gui.gui.help_dialogs import TOUR_PAGES, TourDialog

    tour = TourDialog(window)
    qtbot.addWidget(tour)
    pages = " ".join(" ".join(tour.page_texts(page.key)) for page in TOUR_PAGES)
    assert "−178.9621" in pages and "−76.4785" in pages


def test_live_while_training_and_exact_at_the_end(qtbot, window):
    view = show_inspector(qtbot, window, 0)
    assert window.controller.worker.live_inspection.is_set()
    window.controls.steps_box.setValue(300)
    run_and_wait(qtbot, window, window.train_action)
    qtbot.waitUntil(lambda: view.step == 300, timeout=RUN_TIMEOUT)
    window.teaching.inspector_dock.hide()
    assert not window.controller.worker.live_inspection.is_set()


def test_korean_explanations(qtbot, window, monkeypatch):
    monkeypatch.setattr(inspector_view, "korean_ui", lambda: True)
    view = show_inspector(qtbot, window, 0)
    text = view.text()
    assert "1. 추론(예측)" in text and "3. weight, bias에 대한 gradient 계산" in text
    assert "Autograd differentiates" not in text


def test_large_data_shows_the_first_rows_and_the_totals(qtbot, window):
    import numpy as np

    from linreg_gui.core.dataset import Dataset

    x = np.arange(1.0, 101.0)
    window.table_model.set_dataset(Dataset(("hours",), "score", x.reshape(-1, 1), 20 * x))
    window._rebuild_dataset()
    view = window.teaching.inspector
    with qtbot.waitSignal(view.shown, timeout=RUN_TIMEOUT):
        window.teaching.inspector_dock.show()
    qtbot.waitUntil(lambda: view.inspection is not None and view.inspection.n_rows == 100,
                    timeout=RUN_TIMEOUT)
    text = view.text()
    assert "The first 10 of 100 rows" in text and "all 100" in text
    assert len(view.inspection.walk.rows) == 10
    reset(qtbot, window)


def test_f10_with_adam_on_mini_batches_shows_the_exact_update_it_made(qtbot, window):
    from linreg_gui.core.config import TrainConfig
    from linreg_gui.core.dataset import Dataset
    from linreg_gui.core.trainer import Trainer

    config = TrainConfig(lr=0.05, optimizer="adam", batch_size=2)
    window.controls.set_config(config)
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT):
        window.controls.config_changed.emit(window.controls.config())
    view = show_inspector(qtbot, window, 0)
    straight = Trainer(Dataset.lesson(), config)
    for k in (1, 2, 3):  # the second batch is the last row alone, the third a new shuffle
        rows = straight.next_batch_rows()
        straight.run(1)
        with qtbot.waitSignal(window.run_finished, timeout=RUN_TIMEOUT):
            window.step_action.trigger()
        qtbot.waitUntil(lambda k=k: view.made is not None and view.step == k,
                        timeout=RUN_TIMEOUT)
        u = view.made.update
        assert u.exact and "adam gives" in u.lines[0]
        assert u.weight_after_data == straight.latest.weight
        assert [r.index for r in view.made.walk.rows] == rows.tolist()
