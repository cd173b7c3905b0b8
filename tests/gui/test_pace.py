"""Training at a pace a class can follow, through the window: the default 50 steps/s shows
every step of the lesson's 100 over about 2 s and ends on the headless command's numbers;
the speed control in the toolbar and Train ▸ Speed, remembered, saved in sessions, locked by
teacher mode, and obeyed at once during a run."""

from __future__ import annotations

import time

from PySide6.QtCore import QSettings

from linreg_gui.core.pace import DEFAULT_PACE, FULL_SPEED
from linreg_gui.gui.controller import TRAINING
from linreg_gui.gui.speed_control import SETTINGS_KEY, SpeedControl
from tests.cli.cli_helpers import REPO, env, strict_json, train_args
from tests.gui.teaching_helpers import RUN_TIMEOUT, run_and_wait

KEEP_PACE = True  # no full-speed fixture here: these tests choose their pace


def test_a_fresh_start_trains_at_50_steps_a_second(qtbot):
    QSettings().remove(SETTINGS_KEY)
    control = SpeedControl()
    qtbot.addWidget(control)
    assert control.pace == DEFAULT_PACE == 50
    assert control.box.currentText() == "50 steps/s"


def test_the_lessons_run_shows_every_step_over_2_s_and_ends_on_the_commands_numbers(
        qtbot, window):
    import subprocess

    # The headless command, side by side with the window's run.
    cli = subprocess.Popen(train_args("--steps", "100", "--json"), cwd=REPO, env=env(),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    window.speed.set_pace(50)
    assert window.controller.pace == 50
    shown: list[int] = []
    behind: list[tuple] = []  # frames where a view showed another step than the snapshot

    def check(snap) -> None:
        shown.append(snap.latest.step)
        if snap.running:
            assert snap.paced
            if window.readouts.value_text("step") != f"{snap.latest.step:,}":
                behind.append(("readouts", snap.latest.step))

    window.snapshot_shown.connect(check)
    t0 = time.perf_counter()
    result = run_and_wait(qtbot, window, window.train_action)
    took = time.perf_counter() - t0
    assert result.steps_done == 100
    assert took >= 1.95  # 100 steps at 50 a second (a loaded machine may take longer)
    assert set(range(1, 101)) <= set(shown)  # every step was drawn
    assert not behind, behind  # and the numbers moved with the line
    out, err = cli.communicate(timeout=120)
    final = strict_json(out)["final"]
    latest = window.latest
    assert (latest.step, latest.weight[0], latest.bias, latest.loss) == (
        final["step"], final["weight"][0], final["bias"], final["loss"])


def test_a_new_pace_takes_effect_at_once_during_a_run(qtbot, window):
    window.speed.set_pace(1)  # 1,000 steps would take a quarter of an hour
    window.controls.steps_box.setValue(1000)
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.running):
        window.train_action.trigger()
    assert window.controller.state == TRAINING and window.latest.step <= 2
    with qtbot.waitSignal(window.run_finished, timeout=RUN_TIMEOUT) as blocker:
        window.speed.box.setCurrentIndex(window.speed.box.findData(FULL_SPEED))
    assert blocker.args[0].steps_done == 1000


def test_stop_cuts_a_slow_step_short(qtbot, window):
    window.speed.set_pace(1)
    window.controls.steps_box.setValue(1000)
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.running):
        window.train_action.trigger()
    t0 = time.perf_counter()
    result = run_and_wait(qtbot, window, window.stop_action)
    assert result.reason == "requested" and result.end_step <= 3
    assert time.perf_counter() - t0 < 0.9  # not the rest of a second-long wait


def test_the_menu_and_the_toolbar_agree_and_the_choice_is_remembered(qtbot, window):
    menu = window.speed.menu
    assert menu.menuAction() in window.train_menu.actions()
    assert window.run_toolbar.isAncestorOf(window.speed)
    five_hundred = next(a for a in menu.actions() if a.data() == 500)
    five_hundred.trigger()
    assert window.speed.box.currentText() == "500 steps/s"
    assert window.controller.pace == 500
    assert float(QSettings().value(SETTINGS_KEY)) == 500
    again = SpeedControl()
    qtbot.addWidget(again)
    assert again.pace == 500
    window.speed.box.setCurrentIndex(window.speed.box.findData(FULL_SPEED))
    assert next(a for a in menu.actions() if a.isChecked()).text().replace("&", "") == "Full speed"


def test_sessions_keep_the_pace_and_teacher_mode_locks_it(qtbot, window, tmp_path):
    window.speed.set_pace(200)
    path = tmp_path / "paced.linreg"
    window.session.save_to(str(path))
    window.speed.set_pace(FULL_SPEED)
    window.session.open_path(str(path))
    assert window.speed.pace == 200 and window.controller.pace == 200
    window.teaching.teacher.lock_with(free=("lr",))
    assert not window.speed.isEnabled() and not window.speed.menu.menuAction().isEnabled()
    window.teaching.teacher.try_unlock("")
    assert window.speed.isEnabled() and window.speed.menu.menuAction().isEnabled()


def test_the_inspector_follows_every_frame_of_a_paced_run(qtbot, window):
    t = window.teaching
    with qtbot.waitSignal(t.inspector.shown, timeout=RUN_TIMEOUT):
        t.inspector_dock.show()
    window.speed.set_pace(20)
    window.controls.steps_box.setValue(20)
    inspected: list[int] = []
    t.inspector.shown.connect(inspected.append)
    run_and_wait(qtbot, window, window.train_action)
    assert len(set(inspected) & set(range(1, 20))) >= 15  # (a busy machine may skip one)


def test_a_step_is_made_at_once_whatever_the_pace(qtbot, window):
    window.speed.set_pace(1)
    t0 = time.perf_counter()
    result = run_and_wait(qtbot, window, window.step_action)
    assert result.steps_done == 1
    assert time.perf_counter() - t0 < 0.9  # not the second a step takes at 1 step/s


def test_each_frame_paints_the_timeline_and_the_landscape_with_the_plots(qtbot, window):
    # The views that follow the model are painted in the frame the worker waits for, not
    # after it (one frame late, and fighting the training for the interpreter lock).
    from PySide6.QtCore import QEvent, QObject

    t = window.teaching
    t.landscape_dock.show()
    t.landscape_dock.raise_()
    watched = {t.landscape.plot.viewport(): "landscape", window.timeline.label: "timeline"}
    inside, outside = [], []
    in_frame = [False]
    real_paint_now = window.plots.paint_now

    def paint_now():
        in_frame[0] = True
        try:
            real_paint_now()
        finally:
            in_frame[0] = False

    class Spy(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt naming)
            if event.type() == QEvent.Type.Paint and obj in watched:
                (inside if in_frame[0] else outside).append(watched[obj])
            return False

    spy = Spy()
    for w in watched:
        w.installEventFilter(spy)
    window.plots.paint_now = paint_now
    window.speed.set_pace(200)  # 100 steps in 0.5 s, ~50 frames
    run_and_wait(qtbot, window, window.train_action)
    for w in watched:
        w.removeEventFilter(spy)
    assert inside.count("landscape") >= 10 and inside.count("timeline") >= 10, inside
    # (The run's first frame may lay the bar out; the last one is not a training frame.)
    assert outside.count("landscape") <= 2 and outside.count("timeline") <= 2, outside
