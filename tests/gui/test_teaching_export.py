"""File > Export > PyTorch script: the lesson (Reset, Step, Train x3) exported and run in a
subprocess prints the app's numbers to 4 decimals; runs since the last reset shape the
script; changed settings are said in the header and to the user; a chosen start is kept."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.gui.teaching_helpers import (
    RUN_TIMEOUT,
    reset,
    run_and_wait,
    set_lr,
)


def run_script(path) -> dict:
    out = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                         timeout=300, check=True)
    values = {}
    for line in out.stdout.splitlines():
        key, _, rest = line.partition(": ")
        if key in ("weight", "bias", "loss"):
            values[key] = ast.literal_eval(rest)
    return values


def test_the_lesson_exported_reprints_the_apps_numbers(qtbot, window, tmp_path):
    t = window.teaching
    assert t.script_export.action in window.files.export_menu.actions()
    reset(qtbot, window)
    run_and_wait(qtbot, window, window.step_action)
    for _ in range(3):
        run_and_wait(qtbot, window, window.train_action)
    assert t.tracker.run_lengths == [1, 100, 100, 100]
    path = tmp_path / "lesson.py"
    assert t.script_export.export_to(str(path)) == ""
    text = path.read_text(encoding="utf-8")
    assert "RUNS = [1, 100, 100, 100]" in text
    got = run_script(path)
    assert f"{got['weight'][0]:.4f}" == "16.2360" == window.readouts.value_text("w0")
    assert f"{got['bias']:.4f}" == "7.0396" == window.readouts.value_text("b")
    assert f"{got['loss']:.4f}" == "9.6839" == window.readouts.value_text("loss")


def test_changed_settings_are_said(qtbot, window, tmp_path):
    reset(qtbot, window)
    run_and_wait(qtbot, window, window.train_action)
    set_lr(qtbot, window, 0.01)
    run_and_wait(qtbot, window, window.train_action)
    assert window.teaching.tracker.settings_changed()
    path = tmp_path / "mixed.py"
    warning = window.teaching.script_export.export_to(str(path))
    assert "current settings only" in warning
    assert "reproduces the current settings only" in path.read_text(encoding="utf-8")
    reset(qtbot, window)
    assert not window.teaching.tracker.settings_changed()


def test_a_start_chosen_on_the_landscape_is_exported(qtbot, window, tmp_path):
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace and s.latest.step == 0):
        window.teaching.set_start((5.0,), -3.0)
    run_and_wait(qtbot, window, window.train_action)
    path = tmp_path / "start.py"
    window.teaching.script_export.export_to(str(path))
    got = run_script(path)
    assert f"{got['weight'][0]:.4f}" == window.readouts.value_text("w0")
    assert f"{got['loss']:.4f}" == window.readouts.value_text("loss").replace(",", "")
