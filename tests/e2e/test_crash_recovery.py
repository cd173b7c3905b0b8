"""kill -9 during training, then a new start: the recovery file brings back every edit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from linreg_gui.gui.main_window import MainWindow

CHILD = Path(__file__).with_name("crash_child.py")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_kill_9_while_training_then_restore_brings_back_every_edit(qtbot, tmp_path,
                                                                    monkeypatch):
    env = dict(os.environ, LINREG_RECOVERY_DIR=os.environ["LINREG_RECOVERY_DIR"],
               QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, str(CHILD)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        line = child.stdout.readline()  # blocks until the child's autosave holds the edits
        assert line.startswith("READY"), line
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    window = MainWindow()
    qtbot.addWidget(window)
    asked = []
    monkeypatch.setattr(window.session, "ask_restore",
                        lambda data, path, parent: asked.append(data.step) or True)
    with qtbot.waitSignal(window.controller.ready, timeout=60_000):
        window.start_engine()
    with qtbot.waitSignal(window.snapshot_shown, timeout=60_000,
                          check_params_cb=lambda s: s.latest.step == 250):
        restored = window.session.check_for_recovery(window)
    assert restored is not None and asked == [250]
    model = window.table_model
    assert model.column_names() == ["공부시간", "score"]
    assert [model.cell_text(r, 1) for r in range(4)] == ["20", "40", "61", "79"]
    assert model.cell_text(3, 0) == "4"
    assert window.readouts.value_text("step") == "250"
    assert window.session.modified
    window.close()
