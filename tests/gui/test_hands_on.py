"""Hands on the model (issue 14, points 1-3): my line set by dragging its handles or typing W
and b, gradient descent started from it, each error drawn as a square, and the Predict box's
answer marked on the plot. Through the real window, real mouse events and the real engine."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from linreg_gui.core.codegen import make_script
from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.gui.line_handles import line_through
from tests.gui.teaching_helpers import RUN_TIMEOUT, run_and_wait

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def unthrottled_mouse():
    # pyqtgraph drops mouse moves closer than 10 ms apart; QTest sends them back to back.
    old = pg.getConfigOption("mouseRateLimit")
    pg.setConfigOption("mouseRateLimit", -1)
    yield
    pg.setConfigOption("mouseRateLimit", old)


def settle(window) -> None:
    """Lay out and paint (pyqtgraph applies its auto-range on paint), as a screen would
    before the student's hand gets there."""
    for _ in range(3):  # a dock that opens lays out the plots' column in a few passes
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        window.plots.fit_plot.viewport().repaint()


def to_viewport(window, x: float, y: float) -> QPoint:
    plot = window.plots.fit_plot
    scene = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def to_data(window, pos: QPoint) -> tuple[float, float]:
    plot = window.plots.fit_plot
    p = plot.getPlotItem().getViewBox().mapSceneToView(plot.mapToScene(pos))
    return p.x(), p.y()


def drag(window, start: QPoint, end: QPoint, steps: int = 6) -> None:
    viewport = window.plots.fit_plot.viewport()
    QTest.mouseMove(viewport, start)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for t in np.linspace(1.0 / steps, 1.0, steps):
        QTest.mouseMove(viewport, start + (end - start) * float(t))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def drag_right_handle_up(qtbot, window, pixels: int = 60):
    """Drag the right handle ``pixels`` up and a little right; returns (W, b) computed from
    where the handles are then (the left one held still, the right one at the pointer)."""
    settle(window)
    handles = window.my_line.handles
    (xl, yl), (xr, yr) = handles.positions()
    start = to_viewport(window, xr, yr)
    end = start + QPoint(12, -pixels)
    target = to_data(window, end)  # the view holds still while a handle is dragged
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace and s.latest.step == 0):
        drag(window, start, end)
    return line_through((xl, yl), target)


# ----- 1. my line ---------------------------------------------------------------------------


def test_dragging_a_handle_sets_w_and_b_from_the_drag(qtbot, window, unthrottled_mouse):
    before = window.latest
    assert window.my_line.handles.handles[1].isVisible()
    seen = []
    window.my_line.handles.line_changing.connect(lambda w, b: seen.append(
        (w, b, window.readouts.value_text("w0"), window.readouts.value_text("loss"))))
    w, b = drag_right_handle_up(qtbot, window)
    px, py = window.plots.fit_plot.getPlotItem().getViewBox().viewPixelSize()
    assert w > before.weight[0] + 1  # up on the right: steeper
    latest = window.latest
    assert latest.step == 0
    assert latest.weight[0] == pytest.approx(w, abs=2 * py) and latest.bias == pytest.approx(
        b, abs=4 * py)
    # The readouts followed while dragging: the live W and the loss at that line.
    assert len(seen) >= 3
    w_live, b_live, w_text, loss_text = seen[-1]
    assert w_text == f"{w_live:,.4f}"
    mse = float(np.mean((w_live * np.array([1.0, 2.0, 3.0]) + b_live
                         - np.array([20.0, 40.0, 60.0])) ** 2))
    assert float(loss_text.replace(",", "")) == pytest.approx(mse, abs=1e-4)
    # The boxes beside the readouts show my line, and the engine starts there.
    boxes = window.my_line_panel
    assert boxes.weight_boxes[0].value() == pytest.approx(w, abs=2 * py)
    assert boxes.bias_box.value() == pytest.approx(b, abs=4 * py)
    start = window.teaching.tracker.start
    assert start[0][0] == pytest.approx(latest.weight[0], rel=1e-6)
    assert start[1] == pytest.approx(latest.bias, rel=1e-6, abs=1e-6)


def test_handles_move_the_landscape_marker_while_dragging(qtbot, window, unthrottled_mouse):
    window.teaching.view_actions[1].trigger()  # F7: the loss landscape
    view = window.teaching.landscape
    qtbot.waitUntil(lambda: window.teaching.landscape_dock.isVisible())
    marks = []
    window.my_line.handles.line_changing.connect(
        lambda w, b: marks.append(tuple(view.current_marker.getData())))
    drag_right_handle_up(qtbot, window, pixels=40)
    assert len({(float(x[0]), float(y[0])) for x, y in marks}) >= 3  # it moved while dragging


def test_train_from_my_line_starts_at_the_dragged_values(qtbot, window, unthrottled_mouse):
    w, b = drag_right_handle_up(qtbot, window)
    start = window.latest
    run_and_wait(qtbot, window, window.train_action)  # away from my line
    assert window.latest.step == 100
    steps = []
    window.snapshot_shown.connect(lambda s: s.replace and steps.append(s.latest))
    with qtbot.waitSignal(window.run_finished, timeout=RUN_TIMEOUT):
        qtbot.mouseClick(window.my_line_panel.train_button, Qt.MouseButton.LeftButton)
    first = steps[0]
    assert first.step == 0
    assert (first.weight[0], first.bias) == pytest.approx((start.weight[0], start.bias))
    assert first.weight[0] == pytest.approx(w, abs=0.5)
    assert window.latest.step == 100
    # The run from my line is the same as the first one: same start, same settings.
    history = window.teaching.tracker.history()
    assert history[2][0, 0] == pytest.approx(start.weight[0])
    # The exported script repeats that start.
    text, _warning = window.teaching.script_export.script()
    assert "start chosen by hand" in text
    assert repr(window.my_line.line[0][0]) in text


def test_typed_values_start_there_with_several_features(qtbot, window):
    ds = Dataset(("a", "c"), "y", np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 5.0], [4.0, 3.0]]),
                 np.array([5.0, 4.0, 11.0, 10.0]))
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace):
        window.table_model.set_dataset(ds)
    panel = window.my_line_panel
    assert len(panel.weight_boxes) == 2
    assert not window.my_line.handles.handles[0].isVisible()  # dragging is for one feature
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace and s.latest.step == 0
                          and s.latest.weight[1] == pytest.approx(-1.5)):
        panel.weight_boxes[0].setValue(2.0)
        panel.weight_boxes[1].setValue(-1.5)
    assert window.latest.weight == pytest.approx((2.0, -1.5))
    with qtbot.waitSignal(window.run_finished, timeout=RUN_TIMEOUT):
        panel.train_button.click()
    assert window.teaching.tracker.start[0] == pytest.approx((2.0, -1.5))


# ----- 2. squared errors --------------------------------------------------------------------


def test_the_squares_total_is_n_times_the_mse(qtbot, window):
    window.my_line.squares_action.trigger()
    assert window.my_line_panel.squares_box.isChecked()
    squares, note = window.plots.error_squares, window.plots.squares_note
    for _ in range(2):
        note.flush()
        settle(window)
        rec = window.latest
        sides = squares.sides()
        n = window.dataset.n_rows
        assert len(sides) == n == 3
        assert float(np.sum(sides**2)) == pytest.approx(n * rec.loss, rel=1e-6)
        assert note.total == pytest.approx(n * rec.loss, rel=1e-6)
        assert note.mean == pytest.approx(rec.loss, rel=1e-6)
        assert f"{rec.loss:,.4f}" in note.label.text
        run_and_wait(qtbot, window, window.step_action)  # and after a step of training


def test_squares_are_square_on_the_screen(qtbot, window):
    window.my_line.squares_action.setChecked(True)
    window.resize(1500, 700)  # a different aspect: the squares' widths in x units follow
    for size in ((1500, 900), (1200, 700)):
        window.resize(*size)
        qtbot.waitUntil(lambda: window.width() == size[0])
        settle(window)
        vb = window.plots.fit_plot.getPlotItem().getViewBox()
        rects = window.plots.error_squares.rects()
        assert rects
        for r in rects:
            a = vb.mapViewToScene(r.topLeft())
            c = vb.mapViewToScene(r.bottomRight())
            assert abs(abs(c.x() - a.x()) - abs(c.y() - a.y())) <= 1.0


def test_squares_follow_my_line(qtbot, window, unthrottled_mouse):
    window.my_line.squares_action.setChecked(True)
    before = window.plots.error_squares.sides().copy()
    drag_right_handle_up(qtbot, window)
    after = window.plots.error_squares.sides()
    assert not np.allclose(before, after)
    rec = window.latest
    assert float(np.sum(after**2)) == pytest.approx(3 * rec.loss, rel=1e-6)


# ----- 7. sessions --------------------------------------------------------------------------


def test_a_session_keeps_my_line_and_the_toggles(qtbot, window, tmp_path):
    window.my_line.squares_action.setChecked(True)
    window.my_line.handles_action.setChecked(False)
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace and s.latest.step == 0):
        assert window.my_line.set_line((12.5,), 3.25)
    path = tmp_path / "mine.linreg"
    window.session.save_to(str(path))
    window.my_line.squares_action.setChecked(False)
    window.my_line.handles_action.setChecked(True)
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace):
        window.reset_action.trigger()
    assert window.my_line.line != ((12.5,), 3.25)
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace):
        window.session.open_path(str(path))
    assert window.my_line.squares_action.isChecked()
    assert not window.my_line.handles_action.isChecked()
    assert window.my_line.line == ((12.5,), 3.25)
    assert window.my_line_panel.weight_boxes[0].value() == 12.5
    # The start chosen by hand comes back with it: the script starts from my line.
    text, _ = window.teaching.script_export.script()
    assert "12.5" in text and "3.25" in text


def test_the_exported_script_repeats_my_line():
    script = make_script(Dataset.lesson(), TrainConfig(), [100], start=((12.5,), 3.25))
    assert "start chosen by hand (my line" in script
    assert "weight.copy_(torch.tensor([[12.5]]" in script
    assert "bias.copy_(torch.tensor([3.25]" in script


# ----- 3. predict on the plot ---------------------------------------------------------------


def test_the_prediction_is_marked_on_the_fit_plot(qtbot, window):
    run_and_wait(qtbot, window, window.train_action)
    box = window.predict.inputs()[0]
    box.setValue(5.0)  # the lesson's question: 5 hours
    settle(window)
    mark = window.plots.prediction_mark
    rec = window.latest
    y_hat = 5.0 * rec.weight[0] + rec.bias
    assert mark.point == pytest.approx((5.0, y_hat))
    assert window.predict.result_label.text() == f"{y_hat:,.4f}"
    vb = window.plots.fit_plot.getPlotItem().getViewBox()
    (x0, x1), (y0, y1) = vb.viewRange()
    assert x0 < 5.0 < x1 and y0 < y_hat < y1  # in view, not off its edge
    gx, gy = mark.guides.getData()
    # A guide up from the x axis to the point, and one across to the y axis.
    assert (gx[0], gy[0]) == pytest.approx((5.0, y0)) and (gx[1], gy[1]) == pytest.approx(
        (5.0, y_hat))
    assert (gx[2], gy[2]) == pytest.approx((x0, y_hat))
    assert f"{y_hat:.6g}" in mark.marker.toolTip()
    # The mark follows the box and every step.
    box.setValue(2.5)
    assert mark.point == pytest.approx((2.5, 2.5 * rec.weight[0] + rec.bias))
    run_and_wait(qtbot, window, window.step_action)
    rec = window.latest
    assert mark.point == pytest.approx((2.5, 2.5 * rec.weight[0] + rec.bias))


def test_with_several_features_the_prediction_is_marked_against_actual(qtbot, window):
    ds = Dataset(("a", "c"), "y", np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 5.0], [4.0, 3.0]]),
                 np.array([5.0, 4.0, 11.0, 10.0]))
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace):
        window.table_model.set_dataset(ds)
    run_and_wait(qtbot, window, window.train_action)
    a, c = window.predict.inputs()
    a.setValue(2.0)
    c.setValue(3.0)
    rec = window.latest
    y_hat = 2.0 * rec.weight[0] + 3.0 * rec.weight[1] + rec.bias
    mark = window.plots.prediction_mark
    assert mark.point == pytest.approx((y_hat, y_hat))  # on the diagonal
    gx, gy = mark.guides.getData()
    assert list(gy) == pytest.approx([y_hat, y_hat])  # a line across at the prediction
