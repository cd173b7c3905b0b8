"""The window on the screens a classroom has: every data point visible, no text on text, the
teaching view a key opened in front and the plots still readable. Offscreen, from geometry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QKeySequence

from linreg_gui.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def small_window(qtbot):
    """The window at a 1024 x 768 projector's usable size, engine not loaded (layout only)."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1024, 700)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def view_action(window: MainWindow, key: str):
    (action,) = [a for a in window.teaching.view_actions if a.shortcut() == QKeySequence(key)]
    return action


def test_a_narrow_window_puts_the_readouts_in_a_tab_beside_the_data(qtbot, small_window):
    w = small_window
    assert w.side_columns.compact
    assert w.side_columns.tabs.isVisible()
    assert w.readouts.window() is w and not w.readouts.isVisible()  # behind the Data tab
    w.side_columns.show_model()
    assert w.readouts.isVisible()
    w.resize(1500, 900)
    qtbot.waitUntil(lambda: not w.side_columns.compact)
    assert w.readouts.isVisible() and w.table_view.isVisible()  # side by side again
    assert w.splitter.count() == 3


def test_the_view_a_key_opens_comes_to_the_front(qtbot, small_window):
    w = small_window
    t = w.teaching
    view_action(w, "F6").trigger()
    qtbot.waitUntil(lambda: t.inspector_dock.isVisible())
    view_action(w, "F7").trigger()  # the landscape, tabbed with the inspector
    qtbot.waitUntil(lambda: t.area.in_front(t.landscape_dock))
    assert not t.area.in_front(t.inspector_dock)
    view_action(w, "F6").trigger()  # open behind the landscape: to the front, not closed
    qtbot.waitUntil(lambda: t.area.in_front(t.inspector_dock))
    assert not t.inspector_dock.isHidden()
    view_action(w, "F6").trigger()  # in front: closes
    qtbot.waitUntil(lambda: t.inspector_dock.isHidden())


def test_a_short_plot_column_gives_the_view_the_history_plots_room(qtbot, small_window):
    w = small_window
    t = w.teaching
    plots = w.plots
    assert plots.loss_plot.isVisible()
    view_action(w, "F7").trigger()
    qtbot.waitUntil(lambda: not plots.loss_plot.isVisible())
    # The fit plot stays beside the view, both readable.
    qtbot.waitUntil(lambda: t.landscape_dock.height() >= 250)
    assert plots.fit_plot.height() >= 150 and plots.fit_plot.width() >= 200
    view_action(w, "F7").trigger()
    qtbot.waitUntil(lambda: plots.loss_plot.isVisible())
    assert plots.params_plot.isVisible()


def _grab_plots(window: MainWindow, area):
    """What the screen shows of the plots (the window's backing store, as last painted: a
    region Qt did not repaint keeps its old pixels, as on a real screen)."""
    image = window.screen().grabWindow(window.winId()).toImage()
    top_left = area.mapTo(window, area.rect().topLeft())
    return image.copy(top_left.x(), top_left.y(), area.width(), area.height())


def _spin(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.plots.fit_plot.size().isEmpty())
    qtbot.wait(150)  # the layout and the painting that follow a resize settle (no signal)


def test_after_maximize_and_back_the_fit_plot_shows_one_picture_true_to_the_data(qtbot):
    # Seen at 1024 x 768: after maximizing, two x axes, two "0" labels and the point (1, 20)
    # drawn at about 13, until the next change of the view range.
    resized = MainWindow()
    qtbot.addWidget(resized)
    resized.resize(1024, 700)
    resized.show()
    qtbot.waitExposed(resized)
    _spin(qtbot, resized)
    for size in ((1920, 1040), (1024, 700)):
        resized.resize(*size)
        _spin(qtbot, resized)
    # The screen's pixels are the picture a full repaint of the plot draws now.
    for plot in resized.plots.export_widgets():
        fresh = plot.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        assert _grab_plots(resized, plot) == fresh
    vb = resized.plots.fit_plot.getPlotItem().getViewBox()
    rect = vb.sceneBoundingRect()
    for x, y in ((1, 20), (2, 40), (3, 60)):
        assert rect.contains(vb.mapViewToScene(QPointF(x, y)))
    resized.close()
