"""The fixtures most window tests start from."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QSettings

from linreg_gui.core.pace import FULL_SPEED
from linreg_gui.gui.main_window import MainWindow
from linreg_gui.gui.speed_control import SETTINGS_KEY
from tests.gui.teaching_helpers import RUN_TIMEOUT


@pytest.fixture(autouse=True)
def _full_speed(request, qapp):
    """Windows train at full speed, as they did before the speed control (the default pace
    would make every run of the lesson take 2 s); tests of the pace set one themselves."""
    if getattr(request.module, "KEEP_PACE", False):
        yield
        return
    QSettings().setValue(SETTINGS_KEY, FULL_SPEED)
    yield


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


@pytest.fixture
def lesson_table(qtbot):
    """The data table alone (view and model) holding the lesson's data, shown and focused."""
    from linreg_gui.core.dataset import Dataset
    from linreg_gui.gui.table_model import DataTableModel
    from linreg_gui.gui.table_view import DataTableView

    view = DataTableView(model=DataTableModel.from_dataset(Dataset.lesson()))
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    return view
