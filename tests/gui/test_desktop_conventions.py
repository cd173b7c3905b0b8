"""What a desktop program remembers and offers: the layout between sessions (and a way back to
the first one), the last folder, the language; full screen; keyboard access to the plots."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from linreg_gui.gui import i18n
from linreg_gui.gui.main_window import MainWindow


@pytest.fixture
def clean_settings():
    s = QSettings()
    for key in ("window/geometry", "window/state", "window/splitter", "window/teaching_area",
                i18n.SETTINGS_KEY):
        s.remove(key)
    yield s
    for key in ("window/geometry", "window/state", "window/splitter", "window/teaching_area",
                i18n.SETTINGS_KEY):
        s.remove(key)
    i18n.uninstall()


def make_window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.restore_layout()
    w.show()
    return w


def test_layout_is_remembered_and_can_be_reset(qtbot, clean_settings):
    # The offscreen screen is 800 x 600 and the window's minimum width about that, so the
    # height, the toolbars and the docks show the round trip (the splitter is saved with them).
    first = make_window(qtbot)
    first.resize(first.width(), 560)
    first.run_toolbar.hide()
    first.teaching.landscape_dock.show()
    height = first.height()
    first.close()  # saves the layout
    for key in ("window/geometry", "window/state", "window/splitter"):
        assert clean_settings.value(key) is not None, key
    second = make_window(qtbot)
    assert abs(second.height() - height) <= 5
    assert not second.run_toolbar.isVisible()
    assert second.teaching.landscape_dock.isVisible()
    second.reset_layout_action.trigger()  # View > Reset layout: as at the first start
    assert second.run_toolbar.isVisible()
    assert not second.teaching.landscape_dock.isVisible()
    second.close()


def test_first_start_fits_the_screen(qtbot, clean_settings):
    w = make_window(qtbot)
    screen = w.screen().availableGeometry()
    assert w.width() <= screen.width() and w.height() <= screen.height()
    w.close()


def test_language_choice_is_remembered_for_the_next_start(qtbot, clean_settings):
    w = make_window(qtbot)
    w.language_actions["ko"].trigger()
    assert clean_settings.value(i18n.SETTINGS_KEY) == "ko"
    assert i18n.initial_language() == "ko"
    w.language_actions["en"].trigger()
    assert i18n.initial_language() == "en"
    w.close()


def test_full_screen_toggles(qtbot, clean_settings):
    w = make_window(qtbot)
    assert not w.full_screen_action.shortcut().isEmpty()
    w.full_screen_action.trigger()
    qtbot.waitUntil(w.isFullScreen)
    w.full_screen_action.trigger()
    qtbot.waitUntil(lambda: not w.isFullScreen())
    w.close()


def test_plots_take_the_keyboard(qtbot, clean_settings):
    w = make_window(qtbot)
    loss = w.plots.loss_plot
    assert loss.focusPolicy() & Qt.FocusPolicy.TabFocus and loss.accessibleName()
    view = loss.getPlotItem().getViewBox()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    loss.setFocus(Qt.FocusReason.TabFocusReason)
    before = view.viewRange()[0]
    qtbot.keyClick(loss, Qt.Key.Key_Right)
    after = view.viewRange()[0]
    assert after[0] > before[0]  # moved right
    qtbot.keyClick(loss, Qt.Key.Key_Plus)
    zoomed = view.viewRange()[0]
    assert zoomed[1] - zoomed[0] < after[1] - after[0]
    qtbot.keyClick(loss, Qt.Key.Key_Home)
    assert "border" in loss.styleSheet()  # the focus frame a keyboard user sees
    w.table_view.setFocus()
    qtbot.waitUntil(lambda: loss.styleSheet() == "")
    w.close()


def test_help_menu_has_the_tour_on_f1(qtbot, clean_settings):
    w = make_window(qtbot)
    assert w.tour_action in w.help_menu.actions() and w.about_action in w.help_menu.actions()
    assert w.tour_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    w.close()
