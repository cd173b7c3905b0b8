"""Child for test_crash_recovery: the real window, a student's edits, training, autosave;
then it waits to be killed with SIGKILL. Prints READY <step> once the recovery file holds
every edit and the trained step."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer

from linreg_gui.core.pace import FULL_SPEED
from linreg_gui.gui.app import make_application
from linreg_gui.gui.main_window import MainWindow
from linreg_gui.gui.session_controller import read_recovery


def main() -> None:
    app = make_application()
    window = MainWindow()
    window.show()

    def edit_and_train() -> None:
        model = window.table_model
        model.set_cell(2, 1, "61")  # a student's edit
        model.add_point(4.0, 79.0)  # and a point added on the plot
        model.rename_column(0, "공부시간")
        window.controls.steps_box.setValue(250)
        window.speed.set_pace(FULL_SPEED, remember=False)  # not 5 s at the default pace
        window.train_action.trigger()

    def check() -> None:
        try:
            data = read_recovery(os.getpid())
        except Exception:  # noqa: BLE001 - not written yet
            return
        if data.step == 250 and data.names[0] == "공부시간" and data.values.shape[0] == 4:
            print("READY", data.step, flush=True)
            poll.stop()

    window.controller.ready.connect(edit_and_train)
    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(check)
    poll.start()
    QTimer.singleShot(0, window.start_engine)
    app.exec()


if __name__ == "__main__":
    sys.exit(main())
