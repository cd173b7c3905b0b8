"""``linreg-gui --measure-startup`` (hidden, for benchmarks/bench_gui.py): prints when the
window first painted and when the first training step was shown, as wall-clock times, so
the caller can subtract the moment it started the process."""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from linreg_gui.gui.session_controller import DISCARD


class StartupProbe(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        # A scripted run has no work to keep: closing must not stop at "Save changes?".
        window.session.ask_save_changes = lambda closing=True: DISCARD
        self.exit_code = 1
        self.painted_at: float | None = None
        window.installEventFilter(self)
        window.controller.ready.connect(window.step)
        window.run_finished.connect(self._first_step)
        QTimer.singleShot(60_000, self._finish)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.time()
        return False

    def _first_step(self, _result) -> None:
        print(json.dumps({"painted_at": self.painted_at, "first_step_at": time.time(),
                          "step": self.window.latest.step}), flush=True)
        self.exit_code = 0
        self._finish()

    def _finish(self) -> None:
        self.window.close()
        QApplication.instance().quit()
