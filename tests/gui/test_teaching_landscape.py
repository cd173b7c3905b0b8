"""The loss landscape through the window: its grid's lowest node is the closed-form optimum,
the path grows while a model trains, a click sets the start (step 0 at the clicked point),
clicks are refused while training, standardized runs are drawn in the optimizer's own
coordinates, and with two features it is a slice chosen with the combo boxes."""

from __future__ import annotations

import numpy as np
import pytest

from linreg_gui.core.dataset import Dataset
from linreg_gui.core.landscape import Standardization
from linreg_gui.core.optimum import least_squares
from linreg_gui.gui.controller import TRAINING
from tests.gui.teaching_helpers import RUN_TIMEOUT, reset, run_and_wait


def show_landscape(window):
    t = window.teaching
    t.landscape_dock.show()
    t.landscape_dock.raise_()
    return t.landscape


def test_the_grid_minimum_is_the_optimum(qtbot, window):
    view = show_landscape(window)
    g = view.grid
    assert g is not None and g.space == "data" and g.loss_name == "mse"
    w, b, _loss = g.argmin()
    opt = least_squares(window.dataset)
    dw = g.w_values[1] - g.w_values[0]
    db = g.b_values[1] - g.b_values[0]
    assert abs(w - opt.weight[0]) <= dw and abs(b - opt.bias) <= db
    assert view.optimum_marker.getData()[0][0] == pytest.approx(opt.weight[0])
    # The window holds the optimum and the seeded start.
    x, y = view.path_points()
    assert g.w_values[0] < x[0] < g.w_values[-1] and g.b_values[0] < y[0] < g.b_values[-1]


def test_the_path_grows_while_training(qtbot, window):
    view = show_landscape(window)
    assert len(view.path_points()[0]) == 1  # the start
    window.controls.steps_box.setValue(3500)  # several full-speed frames (>= 85 ms apart) before it ends
    lengths = []

    def grew(snap):
        if snap.running:
            lengths.append(len(view.path_points()[0]))
        return snap.running and len(lengths) >= 2 and lengths[-1] > lengths[0]

    window.train_action.trigger()
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT, check_params_cb=grew):
        pass
    with qtbot.waitSignal(window.run_finished, timeout=RUN_TIMEOUT):
        window.controller.stop()
    x, y = view.path_points()
    latest = window.latest
    assert len(x) == latest.step + 1  # every step since the reset (thinned only past 4,000)
    assert (x[-1], y[-1]) == pytest.approx((latest.weight[0], latest.bias))


def test_a_click_sets_the_start(qtbot, window):
    view = show_landscape(window)
    run_and_wait(qtbot, window, window.train_action)
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace):
        assert view.click_at(5.0, -3.0)
    latest = window.latest
    assert latest.step == 0
    assert latest.weight[0] == pytest.approx(5.0) and latest.bias == pytest.approx(-3.0)
    assert window.teaching.tracker.start == ((5.0,), -3.0)
    x, y = view.path_points()
    assert (x[0], y[0]) == pytest.approx((5.0, -3.0))
    # A real click on the map goes the same way.
    vb = view.plot.getPlotItem().getViewBox()
    scene_pos = vb.mapViewToScene(vb.mapToView(vb.boundingRect().center()))
    target = vb.mapSceneToView(scene_pos)
    from PySide6.QtCore import QPoint, Qt

    widget_pos = view.plot.mapFromScene(scene_pos)
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace):
        qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(widget_pos.x(), widget_pos.y()))
    assert window.latest.step == 0
    assert window.latest.weight[0] == pytest.approx(target.x(), rel=0.02, abs=0.1)
    # Reset returns to the seeded start.
    reset(qtbot, window)
    assert window.teaching.tracker.start is None
    assert round(window.latest.weight[0], 4) == 0.4963


def test_no_new_start_while_training(qtbot, window):
    view = show_landscape(window)
    window.controls.steps_box.setValue(1_000_000)
    with qtbot.waitSignal(window.controller.state_changed, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s == TRAINING):
        window.train_action.trigger()
    assert not view.click_at(5.0, -3.0)
    assert "Stop the run" in view.note.text()
    with qtbot.waitSignal(window.run_finished, timeout=RUN_TIMEOUT):
        window.controller.stop()
    assert window.latest.step > 0


def test_standardized_runs_show_the_walked_landscape(qtbot, window):
    view = show_landscape(window)
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT):
        window.controls.normalize_box.setChecked(True)
    assert view.grid.space == "standardized"
    st = Standardization.of(window.dataset)
    latest = window.latest
    ws, bs = st.to_standardized(np.array(latest.weight), latest.bias)
    x, y = view.path_points()
    assert (x[-1], y[-1]) == pytest.approx((ws[0], bs))
    w, b, _ = view.grid.argmin()
    assert abs(w - 1.0) < 0.1 and abs(b) < 0.1  # standardized optimum of y = 20 x: (1, 0)
    assert "standardized" in view.plot.getPlotItem().getAxis("bottom").labelText


def test_two_features_are_sliced(qtbot, window):
    rng = np.random.default_rng(1)
    X = rng.normal(size=(50, 2))
    y = X @ np.array([2.0, -1.0]) + 0.5 + 0.1 * rng.normal(size=50)
    window.table_model.set_dataset(Dataset(("a", "c"), "y", X, y))
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace and len(s.latest.weight) == 2):
        window._rebuild_dataset()
    view = show_landscape(window)
    assert view.h_box.isVisibleTo(view) and view.h_box.count() == 2
    assert view.grid.axes == (0, 2)  # weight[a] across, the bias up
    view.v_box.setCurrentIndex(view.v_box.findData(1))
    assert view.grid.axes == (0, 1)  # weight[a] across, weight[c] up
    item = view.plot.getPlotItem()
    assert "(a)" in item.getAxis("bottom").labelText and "(c)" in item.getAxis("left").labelText
    # The other parameter (the bias) is held at the model's current value.
    assert view.grid.fixed_bias == pytest.approx(window.latest.bias)
