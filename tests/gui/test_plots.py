"""The live plots show what the model does: line, residuals, loss and parameters, and let a
student add and drag points. Offscreen, through the items a user sees and real mouse events."""

from __future__ import annotations

import math
import os

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest

from linreg_gui.gui.plot_ranges import grow_range
from linreg_gui.gui.plots import MAX_DATA_POINTS, MAX_RESIDUALS, PlotsPanel

# The offscreen platform plugin says this whenever a shown top-level widget's size hints
# change (any widget with a layout); it is not something the panel does wrong.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

LESSON_X = np.array([[1.0], [2.0], [3.0]])
LESSON_Y = np.array([20.0, 40.0, 60.0])
W, B = 16.236, 7.0396


@pytest.fixture
def panel(qtbot):
    p = PlotsPanel()
    qtbot.addWidget(p)
    p.resize(900, 900)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def lesson(panel):
    panel.set_data(LESSON_X, LESSON_Y, ["hours"], "score", [20.0], 0.0, 1e-29)
    panel.set_current([W], B)
    settle(panel)
    return panel


@pytest.fixture
def unthrottled_mouse():
    # pyqtgraph drops mouse moves closer than 10 ms apart; QTest sends them back to back.
    old = pg.getConfigOption("mouseRateLimit")
    pg.setConfigOption("mouseRateLimit", -1)
    yield
    pg.setConfigOption("mouseRateLimit", old)


def settle(panel: PlotsPanel) -> None:
    """Paint once, so every view has applied its auto-range (pyqtgraph does it lazily)."""
    for plot in panel.export_widgets():
        plot.viewport().repaint()


def viewport_pos(plot: pg.PlotWidget, x: float, y: float) -> QPoint:
    scene = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def data_of(item: pg.PlotDataItem) -> tuple[np.ndarray, np.ndarray]:
    x, y = item.getOriginalDataset()
    return (np.array([]), np.array([])) if x is None else (np.asarray(x), np.asarray(y))


def lesson_history(start: int, stop: int):
    steps = np.arange(start, stop)
    loss = 9.68 + (1715 - 9.68) * np.exp(-steps / 6.0)
    weight = (W * (1 - np.exp(-steps / 8.0)))[:, None]
    bias = B * (1 - np.exp(-steps / 8.0))
    return steps, loss, weight, bias


# ----- the fit plot -------------------------------------------------------------------------


def hidden_by_legend(panel: PlotsPanel, legend) -> list[tuple[float, float]]:
    rect = legend.sceneBoundingRect()
    vb = panel.fit_plot.getPlotItem().getViewBox()
    x, y = data_of(panel.data_points)
    return [(a, b) for a, b in zip(x, y) if rect.contains(vb.mapViewToScene(QPointF(a, b)))]


def test_the_fit_legend_sits_beside_the_view_with_every_entry(lesson):
    vb = lesson.fit_plot.getPlotItem().getViewBox()
    assert not vb.sceneBoundingRect().intersects(lesson.fit_legend.sceneBoundingRect())
    # lr = 1 on the lesson, step 4: the line falls to -600,000 and the view follows it, so
    # the three points sit along the top edge: still none under the legend.
    lesson.set_current([-1.666e5], -73_301.1)
    settle(lesson)
    assert hidden_by_legend(lesson, lesson.fit_legend) == []
    assert len(data_of(lesson.data_points)[0]) == 3
    assert len(lesson.fit_legend.items) == 4  # data, model, residuals, least-squares line


@pytest.mark.parametrize("width", [900, 420])
def test_legends_and_titles_stay_inside_each_plot_without_covering_its_view(qtbot, lesson,
                                                                            width):
    lesson.set_point_editing(True)  # the long title: "... click to add a point, drag ..."
    lesson.resize(width, 600)
    qtbot.waitUntil(lambda: lesson.fit_plot.width() <= width)
    settle(lesson)
    for pw, legend in ((lesson.fit_plot, lesson.fit_legend),
                       (lesson.params_plot, lesson.params_legend)):
        item = pw.getPlotItem()
        widget = pw.sceneRect()
        vb = item.getViewBox().sceneBoundingRect()
        title = item.titleLabel.sceneBoundingRect()
        for rect in (vb, legend.sceneBoundingRect(), title):
            assert widget.contains(rect)  # nothing runs off the plot's right edge
        assert not vb.intersects(legend.sceneBoundingRect())
        assert not vb.intersects(title)
        text = item.titleLabel.item
        assert text.boundingRect().width() <= title.width() + 1  # wrapped, not cut


def test_model_line_passes_through_w_x_plus_b_across_the_data(lesson):
    x, y = data_of(lesson.model_line)
    np.testing.assert_allclose(y, W * x + B)
    assert x.min() < 1.0 and x.max() > 3.0  # spans every point
    assert lesson.model_line.isVisible()


def test_residuals_join_each_point_to_the_line_in_one_item(lesson):
    x, y = data_of(lesson.residual_segments)
    assert lesson.residual_segments.opts["connect"] == "pairs"
    starts = np.column_stack([x[0::2], y[0::2]])
    ends = np.column_stack([x[1::2], y[1::2]])
    np.testing.assert_allclose(starts, np.column_stack([LESSON_X[:, 0], LESSON_Y]))
    np.testing.assert_allclose(ends, np.column_stack([LESSON_X[:, 0], W * LESSON_X[:, 0] + B]))


def test_residuals_follow_the_current_parameters(lesson):
    lesson.set_current([20.0], 0.0)
    x, y = data_of(lesson.residual_segments)
    np.testing.assert_allclose(y[1::2], 20.0 * x[1::2])


def test_big_data_draws_a_capped_spread_of_points_and_says_so(panel):
    rng = np.random.default_rng(1)
    X = rng.random((50_000, 1))
    y = 3 * X[:, 0] + rng.normal(size=50_000)
    panel.set_data(X, y, ["x"], "y", [3.0], 0.0, 1.0)
    panel.set_current([1.0], 0.5)
    x, _ = data_of(panel.residual_segments)
    assert x.size == 2 * MAX_RESIDUALS
    px, py = data_of(panel.data_points)
    assert px.size == MAX_DATA_POINTS
    assert px.min() == pytest.approx(X.min(), abs=0.01)  # spread over the whole data
    assert px.max() == pytest.approx(X.max(), abs=0.01)
    legend = [label.text for _, label in panel.fit_legend.items]
    assert "data (20,000 of 50,000 shown)" in legend


def test_least_squares_line_is_the_optimum_and_dashed(lesson):
    x, y = data_of(lesson.lsq_line)
    np.testing.assert_allclose(y, 20.0 * x + 0.0)
    assert lesson.lsq_line.opts["pen"].style() == Qt.PenStyle.DashLine
    assert lesson.lsq_line.isVisible()


def test_axis_labels_are_the_column_names(lesson):
    item = lesson.fit_plot.getPlotItem()
    assert "hours" in item.getAxis("bottom").labelText
    assert "score" in item.getAxis("left").labelText


def test_two_features_show_predicted_against_actual_with_the_diagonal(panel):
    X = np.array([[1.0, 0.0], [2.0, 1.0], [3.0, 5.0], [4.0, 2.0]])
    y = np.array([3.0, 6.0, 14.0, 9.0])
    w, b = np.array([1.5, 1.0]), 0.5
    panel.set_data(X, y, ["hours", "sleep"], "score", [2.0, 1.0], 1.0, 0.0)
    panel.set_current(w, b)
    actual, predicted = data_of(panel.data_points)
    np.testing.assert_allclose(actual, y)
    np.testing.assert_allclose(predicted, X @ w + b)
    dx, dy = data_of(panel.diagonal_line)
    np.testing.assert_allclose(dx, dy)  # y = x
    assert dx.min() <= y.min() and dx.max() >= y.max()
    assert panel.diagonal_line.isVisible()
    assert panel.diagonal_line.opts["pen"].style() == Qt.PenStyle.DashLine
    assert not panel.model_line.isVisible()
    item = panel.fit_plot.getPlotItem()
    assert "actual score" in item.getAxis("bottom").labelText
    assert "predicted score" in item.getAxis("left").labelText
    legend = [label.text for _, label in panel.params_legend.items]
    assert legend[:3] == ["w (hours)", "w (sleep)", "b"]


# ----- the history plots --------------------------------------------------------------------


def test_append_history_twice_accumulates_in_order(lesson):
    first, second = lesson_history(0, 50), lesson_history(50, 120)
    lesson.append_history(*first)
    lesson.append_history(*second)
    steps, log_loss = data_of(lesson.loss_curve)
    np.testing.assert_array_equal(steps, np.arange(120))
    np.testing.assert_allclose(10**log_loss, np.concatenate([first[1], second[1]]))
    _, w = data_of(lesson.weight_curves[0])
    _, b = data_of(lesson.bias_curve)
    np.testing.assert_allclose(w, np.concatenate([first[2][:, 0], second[2][:, 0]]))
    np.testing.assert_allclose(b, np.concatenate([first[3], second[3]]))


def test_clear_history_empties_every_curve(lesson):
    lesson.append_history(*lesson_history(0, 30))
    lesson.clear_history()
    for curve in (lesson.loss_curve, lesson.bias_curve, *lesson.weight_curves):
        assert data_of(curve)[0].size == 0
    lesson.append_history(*lesson_history(0, 5))  # and it starts again from nothing
    np.testing.assert_array_equal(data_of(lesson.loss_curve)[0], np.arange(5))


def test_set_history_replaces_everything(lesson):
    lesson.append_history(*lesson_history(0, 30))
    lesson.set_history(*lesson_history(100, 110))
    np.testing.assert_array_equal(data_of(lesson.loss_curve)[0], np.arange(100, 110))
    settle(lesson)
    x_min, x_max = lesson.loss_plot.getPlotItem().getViewBox().viewRange()[0]
    assert 95 < x_min <= 100 and 110 <= x_max < 125  # the view follows the new history


def test_loss_axis_is_logarithmic_and_survives_zero_and_negative_loss(lesson):
    assert lesson.loss_plot.getPlotItem().getAxis("left").logMode
    steps = np.arange(4)
    loss = np.array([1715.0, 0.0, -1e-9, 9.68])
    lesson.append_history(steps, loss, np.zeros((4, 1)), np.zeros(4))
    lesson.grab()  # drawing it must not raise or warn either
    _, log_loss = data_of(lesson.loss_curve)
    assert np.all(np.isfinite(log_loss))
    assert log_loss[1] == log_loss[2] < math.log10(9.68)  # clamped to one tiny floor


def test_exact_fit_optimum_is_noted_instead_of_drawn(lesson):
    # The lesson data is fitted exactly; its optimum loss (~1e-29) would stretch a log axis.
    assert not lesson.optimum_loss_line.isVisible()
    assert "0" in lesson.exact_fit_note.text


def test_positive_optimum_loss_is_a_dashed_labelled_line(panel):
    panel.set_data(LESSON_X, np.array([20.0, 45.0, 58.0]), ["hours"], "score", [19.0], 2.667, 6.0)
    line = panel.optimum_loss_line
    assert line.isVisible()
    assert line.value() == pytest.approx(math.log10(6.0))  # the view's y is log10(loss)
    assert line.pen.style() == Qt.PenStyle.DashLine
    assert line.label.toPlainText() == "least-squares optimum"
    assert panel.exact_fit_note.text == ""


def test_parameter_curves_have_legend_entries_and_matching_dashed_optima(lesson):
    names = [label.text for _, label in lesson.params_legend.items]
    assert names[:2] == ["w (hours)", "b"]
    w_line, b_line = lesson.optimum_weight_lines[0], lesson.optimum_bias_line
    assert w_line.value() == pytest.approx(20.0) and b_line.value() == pytest.approx(0.0)
    for curve, line in ((lesson.weight_curves[0], w_line), (lesson.bias_curve, b_line)):
        assert line.pen.style() == Qt.PenStyle.DashLine
        assert line.pen.color() == curve.opts["pen"].color()


def test_a_million_points_are_drawn_as_about_two_per_pixel(lesson):
    n = 1_000_000
    steps = np.arange(n)
    lesson.append_history(steps, 10 + np.exp(-steps / 1e4), np.zeros((n, 1)), np.zeros(n))
    settle(lesson)
    width = lesson.loss_plot.getPlotItem().getViewBox().width()
    drawn_x, _ = lesson.loss_curve.getData()
    assert drawn_x.size <= 4 * width
    assert lesson.loss_curve.opts["clipToView"] and lesson.loss_curve.opts["autoDownsample"]
    assert lesson.loss_curve.opts["downsampleMethod"] == "peak"


def test_history_chunk_of_the_wrong_shape_is_refused(lesson):
    with pytest.raises(ValueError):
        lesson.append_history(np.arange(3), np.ones(3), np.ones((3, 2)), np.ones(3))


# ----- editing with the mouse ---------------------------------------------------------------


def test_click_on_empty_space_adds_a_point_there(qtbot, lesson):
    lesson.set_point_editing(True)
    pos = viewport_pos(lesson.fit_plot, 2.5, 30.0)
    with qtbot.waitSignal(lesson.point_added, timeout=2000) as blocker:
        qtbot.mouseClick(lesson.fit_plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    x, y = blocker.args
    px, py = lesson.fit_plot.getPlotItem().getViewBox().viewPixelSize()
    assert x == pytest.approx(2.5, abs=2 * px)
    assert y == pytest.approx(30.0, abs=2 * py)


def test_click_next_to_a_point_adds_nothing(qtbot, lesson):
    lesson.set_point_editing(True)
    pos = viewport_pos(lesson.fit_plot, 2.0, 40.0) + QPoint(7, 5)  # off the dot, ~9 px away
    with qtbot.assertNotEmitted(lesson.point_added, wait=100):
        qtbot.mouseClick(lesson.fit_plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_click_does_nothing_while_editing_is_off(qtbot, lesson):
    pos = viewport_pos(lesson.fit_plot, 2.5, 30.0)
    with qtbot.assertNotEmitted(lesson.point_added, wait=100):
        qtbot.mouseClick(lesson.fit_plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_dragging_a_point_moves_it_live_then_commits(qtbot, lesson, unthrottled_mouse):
    lesson.set_point_editing(True)
    moving, moved, ranges_while_dragging = [], [], []
    view = lesson.fit_plot.getPlotItem().getViewBox()

    def on_moving(*args):
        moving.append(args)
        lesson.fit_plot.viewport().repaint()  # a paint is when pyqtgraph auto-ranges
        ranges_while_dragging.append(view.viewRange())

    lesson.point_moving.connect(on_moving)
    lesson.point_moved.connect(lambda *a: moved.append(a))
    range_before = view.viewRange()
    viewport = lesson.fit_plot.viewport()
    start = viewport_pos(lesson.fit_plot, 2.0, 40.0)
    px, py = view.viewPixelSize()
    target_y = range_before[1][1] + 10 * py  # just above the view: auto-range must not chase it
    end = viewport_pos(lesson.fit_plot, 2.2, target_y)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for t in np.linspace(0.2, 1.0, 5):
        QTest.mouseMove(viewport, start + (end - start) * float(t))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert moving and moved == [moved[0]]
    assert all(row == 1 for row, _, _ in moving)
    row, x, y = moved[0]
    assert row == 1
    assert x == pytest.approx(2.2, abs=2 * px) and y == pytest.approx(target_y, abs=2 * py)
    assert all(r == range_before for r in ranges_while_dragging)  # the point moves, not the view
    shown_x, shown_y = data_of(lesson.data_points)
    assert (shown_x[1], shown_y[1]) == pytest.approx((x, y))


def test_dragging_empty_space_pans_instead(qtbot, lesson, unthrottled_mouse):
    lesson.set_point_editing(True)
    view = lesson.fit_plot.getPlotItem().getViewBox()
    before = view.viewRange()
    viewport = lesson.fit_plot.viewport()
    start = viewport_pos(lesson.fit_plot, 2.5, 30.0)
    with qtbot.assertNotEmitted(lesson.point_moving), qtbot.assertNotEmitted(lesson.point_added):
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        for step in range(1, 6):
            QTest.mouseMove(viewport, start + QPoint(10 * step, 0))
        QTest.mouseRelease(
            viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
            start + QPoint(50, 0),
        )
    assert view.viewRange()[0] != before[0]


# ----- hover, palette, export ---------------------------------------------------------------


def test_hovering_a_point_tells_its_values(qtbot, lesson, unthrottled_mouse):
    pos = viewport_pos(lesson.fit_plot, 3.0, 60.0)
    with qtbot.waitSignal(
        lesson.hover_text_changed, timeout=2000, check_params_cb=lambda text: bool(text)
    ) as blocker:
        QTest.mouseMove(lesson.fit_plot.viewport(), pos)
    text = blocker.args[0]
    prediction = W * 3.0 + B
    assert "hours = 3" in text and "score = 60" in text
    assert f"{prediction:.6g}" in text and f"{prediction - 60:.6g}" in text


def test_hovering_the_loss_tells_the_loss_at_that_step(qtbot, lesson, unthrottled_mouse):
    steps, loss, weight, bias = lesson_history(0, 100)
    lesson.append_history(steps, loss, weight, bias)
    settle(lesson)
    pos = viewport_pos(lesson.loss_plot, 20.0, 2.0)
    with qtbot.waitSignal(
        lesson.hover_text_changed, timeout=2000, check_params_cb=lambda text: "step 20" in text
    ) as blocker:
        QTest.mouseMove(lesson.loss_plot.viewport(), pos)
    assert f"{loss[20]:.6g}" in blocker.args[0]


def test_dark_palette_darkens_the_plots(lesson):
    palette = QPalette(lesson.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    palette.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    lesson.setPalette(palette)  # sends PaletteChange
    for plot in lesson.export_widgets():
        assert plot.backgroundBrush().color() == QColor(30, 30, 30)
    axis = lesson.loss_plot.getPlotItem().getAxis("bottom")
    assert axis.textPen().color() == QColor(230, 230, 230)


def test_export_widgets_are_the_three_plots(lesson):
    plots = lesson.export_widgets()
    assert len(plots) == 3 and all(isinstance(p, pg.PlotWidget) for p in plots)
    assert plots[0] is lesson.fit_plot


def test_lesson_screenshot(lesson, tmp_path):
    """Renders the lesson panel (set LINREG_PLOTS_SCREENSHOT to keep the image)."""
    lesson.append_history(*lesson_history(0, 100))
    lesson.append_history(*lesson_history(100, 201))
    path = os.environ.get("LINREG_PLOTS_SCREENSHOT", str(tmp_path / "plots.png"))
    assert lesson.grab().save(path)
    image = QImage(path)
    assert image.width() == lesson.width() and image.height() == lesson.height()
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)}) > 10  # not blank


# ----- views that hold still while a model trains --------------------------------------------


def view_range(plot: pg.PlotWidget) -> list[list[float]]:
    return plot.getPlotItem().getViewBox().viewRange()


def test_grow_range_keeps_a_view_that_holds_the_data_and_widens_one_that_does_not():
    assert grow_range((0.0, 10.0), 2.0, 9.0) == (0.0, 10.0)
    lo, hi = grow_range((0.0, 10.0), 2.0, 12.0)
    assert lo == 0.0 and hi >= 12.0 + 0.1 * 12.0  # headroom on the side the data left by
    assert grow_range(None, 0.49, 20.0) == (0.0, 20.0)  # round values
    assert grow_range((0.0, 10.0), math.inf, -math.inf) == (0.0, 10.0)  # no finite data
    lo, hi = grow_range(None, math.log10(9.68), math.log10(1715.0), log=True)
    assert lo <= math.log10(9.68) and hi >= math.log10(1715.0)
    assert 10**lo == pytest.approx(5.0) and 10**hi == pytest.approx(2000.0)  # 1, 2, 5 x 10^k
    lo, hi = grow_range(None, -3.0, 12.5, log=True)
    assert (lo, hi) == (-4.0, 13.0)  # many decades: whole ones
    lo, hi = grow_range(None, 7.0, 7.0)
    assert lo < 7.0 < hi  # a single value gets room around it


def test_the_loss_view_holds_while_the_loss_stays_inside_and_grows_when_it_leaves(lesson):
    steps = np.arange(10)
    lesson.append_history(steps, np.linspace(1715.0, 900.0, 10), np.zeros((10, 1)), np.zeros(10))
    settle(lesson)
    x_before, y_before = view_range(lesson.loss_plot)
    lesson.append_history(np.arange(10, 12), np.array([700.0, 600.0]), np.zeros((2, 1)),
                          np.zeros(2))
    settle(lesson)
    x_after, y_after = view_range(lesson.loss_plot)
    assert y_after == y_before  # inside the view: the axis does not move
    assert x_after == x_before  # nor does the step axis, within its 25% headroom
    lesson.append_history(np.array([12]), np.array([9.68]), np.zeros((1, 1)), np.zeros(1))
    settle(lesson)
    _, (y_min, y_max) = view_range(lesson.loss_plot)
    assert y_min < math.log10(9.68)  # the view grew down to the new loss...
    assert y_max >= y_before[1]  # ...and still shows where the loss started


def test_the_parameter_view_grows_only_when_a_parameter_leaves_it(lesson):
    lesson.append_history(*lesson_history(0, 50))
    settle(lesson)
    before = view_range(lesson.params_plot)[1]
    assert before[0] <= 0.0 and before[1] >= 20.0  # the least-squares values are in view
    lesson.append_history(*lesson_history(50, 60))
    settle(lesson)
    assert view_range(lesson.params_plot)[1] == before
    lesson.append_history(np.array([60]), np.array([9.7]), np.array([[35.0]]), np.array([1.0]))
    settle(lesson)
    assert view_range(lesson.params_plot)[1][1] > 35.0


def test_the_fit_view_does_not_follow_the_model_line_inside_it(lesson):
    lesson.set_current([0.4963], 0.7682)  # the lesson's seeded start, far below the data
    settle(lesson)
    before = view_range(lesson.fit_plot)
    assert before[1][0] < 0.4963 + 0.7682  # the start is in view
    for w, b in ((5.0, 2.0), (12.0, 5.0), (W, B)):
        lesson.set_current([w], b)
        settle(lesson)
        assert view_range(lesson.fit_plot) == before
    lesson.set_current([-300.0], 0.0)  # a diverging model leaves the view: it follows...
    settle(lesson)
    y_min, y_max = view_range(lesson.fit_plot)[1]
    assert y_min < before[1][0]
    # ...only so far that the data still fill a good part of the plot (issue 18): the line
    # runs off its edge instead of squeezing the points flat.
    assert y_min > -300.0 * 3.0 and (60 - 20) / (y_max - y_min) > 0.25


def test_a_new_history_fits_the_views_again(lesson):
    lesson.append_history(np.arange(3), np.array([1715.0, 1e30, 1e60]), np.array([[1e20]] * 3),
                          np.zeros(3))
    lesson.set_current([1e20], 0.0)
    settle(lesson)
    lesson.clear_history()  # a reset: back to a small history
    lesson.set_current([W], B)
    lesson.append_history(*lesson_history(0, 20))
    settle(lesson)
    assert view_range(lesson.loss_plot)[1][1] < 5  # log10 of the loss: not 60 decades
    assert view_range(lesson.params_plot)[1][1] < 100
    assert view_range(lesson.fit_plot)[1][1] < 100


def test_a_frame_inside_the_views_recomputes_no_auto_range(lesson, monkeypatch):
    lesson.append_history(*lesson_history(0, 50))
    settle(lesson)
    calls = []
    original = pg.ViewBox.updateAutoRange
    monkeypatch.setattr(pg.ViewBox, "updateAutoRange",
                        lambda self: calls.append(self) or original(self))
    for start in range(50, 58, 2):  # frames: a few records each, the line moving in view
        lesson.append_history(*lesson_history(start, start + 2))
        lesson.set_current([W * start / 60], B)
        settle(lesson)
    assert calls == []


def test_a_panned_view_stays_where_the_user_put_it(lesson):
    lesson.append_history(*lesson_history(0, 50))
    settle(lesson)
    view = lesson.loss_plot.getPlotItem().getViewBox()
    view.setRange(xRange=(10, 20), yRange=(1.0, 2.0), padding=0)  # as a pan or zoom does
    panned = view.viewRange()
    lesson.append_history(np.array([50]), np.array([1e-3]), np.zeros((1, 1)), np.zeros(1))
    settle(lesson)
    assert view.viewRange() == panned
    view.enableAutoRange()  # the "A" button: the view follows the history again
    settle(lesson)
    (x_min, x_max), (y_min, _) = view.viewRange()
    assert x_min <= 0 and x_max >= 50 and y_min < -3


def test_paint_now_leaves_nothing_to_paint_later(qtbot, lesson):
    painted = []

    class Spy(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt naming)
            if event.type() == QEvent.Type.Paint:
                painted.append(watched)
            return False

    spy = Spy()
    for plot in lesson.export_widgets():
        plot.viewport().installEventFilter(spy)
    lesson.append_history(*lesson_history(0, 30))
    settle(lesson)
    qtbot.wait(20)
    painted.clear()
    lesson.append_history(*lesson_history(30, 32))
    lesson.set_current([W / 2], B / 2)
    lesson.paint_now()
    assert {w for w in painted} == {p.viewport() for p in lesson.export_widgets()}
    painted.clear()
    qtbot.wait(50)  # the event loop's next passes
    assert painted == []


def test_a_live_run_keeps_room_on_the_step_axis_and_its_end_fits_it_again(lesson):
    lesson.append_history(*lesson_history(0, 1))  # a reset: step 0
    ranges = []
    for start in range(1, 401, 100):  # a run: 100 steps a frame
        lesson.append_history(*lesson_history(start, start + 100), live=True)
        settle(lesson)
        ranges.append(view_range(lesson.loss_plot)[0])
    assert ranges[0][1] >= 100 + 3 * 100  # room for the frames to come...
    assert ranges[1:] == ranges[:1] * 3  # ...so the axis holds still while they come
    lesson.append_history(*lesson_history(401, 402))  # the run's last snapshot
    settle(lesson)
    x_min, x_max = view_range(lesson.loss_plot)[0]
    assert 401 <= x_max <= 1.3 * 401  # as after any history: 25% past the last step
    empty = (np.empty(0), np.empty(0), np.empty((0, 1)), np.empty(0))
    lesson.append_history(*empty)  # a last snapshot with no new records is fine too


def test_a_long_run_re_ranges_the_step_axis_a_few_times_and_ends_at_its_right_edge(lesson):
    # A 60,000-step run in frames of ~1,200 steps, the worker telling where the run ends.
    lesson.append_history(*lesson_history(0, 1))
    ranges = []
    for start in range(1, 60_001, 1_200):
        stop = min(start + 1_200, 60_001)
        lesson.append_history(*lesson_history(start, stop), live=True, run_end=60_000)
        settle(lesson)
        ranges.append(view_range(lesson.loss_plot)[0])
    changes = sum(1 for a, b in zip(ranges, ranges[1:]) if a != b)
    assert changes <= 6  # each change redraws both axes: not every frame or two
    assert ranges[-1] == ranges[-10]  # the last stretch of the run holds still
    x_min, x_max = ranges[-1]
    assert x_max == pytest.approx(60_000, rel=0.05)  # the curve ends at the right edge
    assert view_range(lesson.params_plot)[0] == ranges[-1]  # both plots share the step axis


def test_a_diverged_loss_is_labelled_in_powers_of_ten_without_an_si_scale(lesson):
    lesson.append_history(np.arange(3), np.array([1715.0, 1e6, 2e11]), np.zeros((3, 1)),
                          np.zeros(3))
    settle(lesson)
    axis = lesson.loss_plot.getPlotItem().getAxis("left")
    assert axis.autoSIPrefixScale == 1.0 and "x1e" not in axis.labelString()


def test_a_crowded_loss_axis_labels_fewer_values_and_never_overlaps(lesson):
    from linreg_gui.gui.plot_layout import log_ticks, log_tick_text

    # 200 ... 900 over 100 px: not every 1-2-5 label fits, and none touch.
    ticks = log_ticks(math.log10(150), math.log10(950), 100, 17)
    gaps = np.diff(np.array(ticks)) * 100 / (math.log10(950) - math.log10(150))
    assert len(ticks) >= 2 and (gaps >= 1.3 * 17 - 1e-6).all()
    # Twelve decades in 120 px: every few decades.
    ticks = log_ticks(-2.0, 10.0, 120, 17)
    assert all(float(t).is_integer() for t in ticks) and len(ticks) < 12
    assert log_tick_text(2.0) == "100" and log_tick_text(math.log10(2e6)) == "2·10⁶"
    lesson.append_history(*lesson_history(0, 100))
    lesson.resize(900, 500)
    settle(lesson)
    axis = lesson.loss_plot.getPlotItem().getAxis("left")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    from PySide6.QtGui import QPainter
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    rects = [r for r, _, _ in specs[2]]
    assert len(rects) >= 2
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b)


def curve_pixels(panel: PlotsPanel, colour: QColor) -> tuple[int, int]:
    """(pixels exactly of ``colour``, pixels blending it with the background) in the
    parameter plot's view."""
    plot = panel.params_plot
    image = plot.grab().toImage()
    vb = plot.getPlotItem().getViewBox()
    rect = plot.mapFromScene(vb.sceneBoundingRect()).boundingRect().adjusted(2, 2, -2, -2)
    bg = panel.palette().color(QPalette.ColorRole.Base)
    exact = blended = 0
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            c = image.pixelColor(x, y)
            if c.rgb() == colour.rgb():
                exact += 1
                continue
            # Between the curve's colour and the background on every channel, and neither.
            t = [(getattr(c, ch)() - getattr(bg, ch)()) / (getattr(colour, ch)() - getattr(bg, ch)())
                 for ch in ("red", "green", "blue") if getattr(colour, ch)() != getattr(bg, ch)()]
            if t and all(0.15 < v < 0.85 for v in t) and max(t) - min(t) < 0.12:
                blended += 1
    return exact, blended


def test_a_short_history_draws_smooth_parameter_curves_not_pixel_stairs(lesson):
    # The weight rises slowly over 100 steps: drawn aliased, a 1 px line climbs in stairs of
    # whole pixels (what a class saw while a run went on); antialiased, the pixels along it
    # blend into the background.
    lesson.append_history(*lesson_history(0, 100), live=True, run_end=100)
    settle(lesson)
    colour = lesson.weight_curves[0].opts["pen"].color()
    exact, blended = curve_pixels(lesson, colour)
    assert blended > 100, (exact, blended)
    # A history past SMOOTH_CURVES_UP_TO is downsampled, and drawn without antialiasing.
    from linreg_gui.gui.plots import SMOOTH_CURVES_UP_TO

    lesson.append_history(*lesson_history(100, SMOOTH_CURVES_UP_TO + 100))
    assert not lesson.weight_curves[0].curve.opts["antialias"]


def test_a_moving_model_line_repaints_thin_strips_and_leaves_no_trace(qtbot, lesson):
    # Each training frame repaints only the strips the line and the residuals moved through
    # (plot_strips), not the whole view; the picture on screen is still exactly a fresh one.
    from PySide6.QtWidgets import QApplication

    areas: list[int] = []

    class PaintedArea(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                areas.append(sum(r.width() * r.height() for r in event.region()))
            return False

    spy = PaintedArea()
    viewport = lesson.fit_plot.viewport()
    view_area = viewport.width() * viewport.height()
    viewport.installEventFilter(spy)
    for i in range(30):  # the line swings up through the view, the residuals shrink
        lesson.set_current([10 + 0.3 * i], 0.1 * i)
        lesson.paint_now()
    viewport.removeEventFilter(spy)
    assert areas and max(areas[1:]) < view_area / 4, (areas, view_area)
    shown = QApplication.primaryScreen().grabWindow(lesson.winId()).toImage()
    fresh = lesson.grab().toImage()
    fmt = QImage.Format.Format_RGB32
    shown, fresh = shown.convertToFormat(fmt), fresh.convertToFormat(fmt)
    assert shown.size() == fresh.size()
    assert shown == fresh  # no trace of where the line was, nothing left unpainted
