"""``linreg-gui --self-test``: the lesson through the real window and worker.

Reset, one Step, then Train three times with 100 steps (1 + 300 updates, as the lesson's
notebook did); prints one JSON line and exits 0 only when the window shows the lesson's
weight 16.2360 and bias 7.0396.
"""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from linreg_gui.core.pace import FULL_SPEED
from linreg_gui.gui.session_controller import DISCARD


EXPECTED = {"weight": 16.2360, "bias": 7.0396, "loss": 9.6839, "step": 301}
TIMEOUT_MS = 120_000


class SelfTest(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        # A scripted run has no work to keep: closing must not stop at "Save changes?".
        window.session.ask_save_changes = lambda closing=True: DISCARD
        self.exit_code = 1
        self._t0 = time.perf_counter()
        self._ready_at = None
        self._plan = ["step", "train", "train", "train"]
        window.controls.steps_box.setValue(100)
        window.speed.set_pace(FULL_SPEED, remember=False)  # a check, not a lesson to watch
        window.controller.ready.connect(self._on_ready)
        window.run_finished.connect(self._next)
        self._timer = QTimer.singleShot(TIMEOUT_MS, self._timeout)

    @Slot()
    def _on_ready(self) -> None:
        self._ready_at = time.perf_counter()
        self.window.reset()
        self._next()

    @Slot()
    def _next(self, *_args) -> None:
        if not self._plan:
            self._report()
            return
        what = self._plan.pop(0)
        getattr(self.window, what)()

    def _report(self) -> None:
        rec = self.window.latest
        got = {"weight": rec.weight[0], "bias": rec.bias, "loss": rec.loss, "step": rec.step}
        ok = rec.step == EXPECTED["step"] and all(
            round(got[k], 4) == EXPECTED[k] for k in ("weight", "bias", "loss")
        )
        print(json.dumps({
            "self_test": "pass" if ok else "fail",
            "step": rec.step,
            "weight": round(rec.weight[0], 4),
            "bias": round(rec.bias, 4),
            "loss": round(rec.loss, 4),
            "expected": EXPECTED,
            "engine_ready_s": round((self._ready_at or 0) - self._t0, 3),
            "total_s": round(time.perf_counter() - self._t0, 3),
        }), flush=True)
        self.exit_code = 0 if ok else 1
        self.window.close()
        QApplication.instance().quit()

    def _timeout(self) -> None:
        print(json.dumps({"self_test": "fail", "error": "timed out"}), flush=True)
        self.exit_code = 1
        self.window.close()
        QApplication.instance().quit()
