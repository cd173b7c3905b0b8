"""The fixture most window tests start from."""

from __future__ import annotations

import pytest

from linreg_gui.gui.main_window import MainWindow
from tests.gui.teaching_helpers import RUN_TIMEOUT


@pytest.fixture
def window(qtbot):
    """A main window, shown at 1500 x 900, with the engine loaded (torch imported and the
    first model built): ready for Train and Step. Closed at the end of the test."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1500, 900)
    w.show()
    with qtbot.waitSignal(w.controller.ready, timeout=RUN_TIMEOUT):
        w.start_engine()
    yield w
    w.close()
