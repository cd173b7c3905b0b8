"""Shared by the window's tests (the window itself is tests/gui/conftest.py's fixture):
waiting for runs, snapshots and inspections without sleeping."""

from __future__ import annotations

RUN_TIMEOUT = 60_000


def run_and_wait(qtbot, window, action):
    """Trigger Train or Step; the RunResult once the window has shown it."""
    with qtbot.waitSignal(window.run_finished, timeout=RUN_TIMEOUT) as blocker:
        action.trigger()
    return blocker.args[0]


def reset(qtbot, window):
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda snap: snap.replace and snap.latest.step == 0):
        window.reset_action.trigger()


def set_lr(qtbot, window, lr: float):
    """Set the learning rate as a student does; waits for the engine to take it."""
    if window.controls.config().lr == lr:
        return
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT):
        window.controls.lr_box.setValue(lr)
