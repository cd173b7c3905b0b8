"""File > Export > Animation…: the lesson's run replayed as an animated PNG with the declared
frame count, size and endless loop, a 10 s clip at 800 × 600 under 5 MB, Cancel writes
nothing, and a bad path is refused before any drawing."""

from __future__ import annotations

import os

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QPushButton

from linreg_gui.core.apng import read_apng_info
from linreg_gui.gui import animation
from linreg_gui.gui.animation import AnimationSettings
from tests.gui.teaching_helpers import reset, run_and_wait

TIMEOUT = 120_000


def lesson_run(qtbot, window):
    reset(qtbot, window)
    run_and_wait(qtbot, window, window.step_action)
    for _ in range(3):
        run_and_wait(qtbot, window, window.train_action)


def test_a_ten_second_clip_at_800_by_600(qtbot, window, tmp_path):
    lesson_run(qtbot, window)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "lesson.png"
    h = window.handouts
    assert h.animation_action in window.files.export_menu.actions()
    job = h.start_animation(str(path), AnimationSettings(800, 600, fps=10, seconds=10))
    assert not h.animation_action.isEnabled()  # one at a time
    with qtbot.waitSignal(h.exported, timeout=TIMEOUT) as blocker:
        pass
    assert blocker.args == ["animation", str(path)]
    assert job.thread.isFinished()
    assert h.animation_action.isEnabled()
    data = path.read_bytes()
    info = read_apng_info(data)
    assert (info["width"], info["height"]) == (800, 600)
    assert info["frames"] == info["fctl"] == 100
    assert info["loops"] == 0  # for ever
    assert all(abs(d - 0.1) < 1e-9 for d in info["delays"])
    assert len(data) < 5_000_000, len(data)
    first = QImage(str(path))  # any PNG reader shows the first frame
    assert (first.width(), first.height()) == (800, 600)
    assert os.listdir(out) == ["lesson.png"]


def test_cancel_writes_nothing(qtbot, window, tmp_path):
    lesson_run(qtbot, window)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "long.png"
    h = window.handouts
    job = h.start_animation(str(path), AnimationSettings(1920, 1080, fps=30, seconds=60))
    # (not waitSignal on the worker's own signal: that is emitted in the worker's thread)
    qtbot.waitUntil(lambda: job.progress.value() >= 1, timeout=TIMEOUT)
    with qtbot.waitSignal(job.done, timeout=TIMEOUT) as blocker:
        job.progress.findChild(QPushButton).click()  # the dialog's Cancel button
    assert blocker.args == [None]
    qtbot.waitUntil(lambda: h.job is None, timeout=TIMEOUT)
    assert not path.exists()
    assert os.listdir(out) == []


def test_a_bad_animation_path_is_refused(qtbot, window, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    bad = str(out / "missing" / "clip.png")
    monkeypatch.setattr(animation.AnimationDialog, "exec",
                        lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(window.files, "ask_save_path", lambda *a: bad)
    window.handouts.animation_action.trigger()
    box = window.error_box
    assert "missing" in box.text() + box.informativeText()
    box.close()
    assert window.handouts.job is None
    assert os.listdir(out) == []
