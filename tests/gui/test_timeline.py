"""The timeline through the window: scrubbing to a recorded step shows exactly its weight,
bias and loss everywhere; a thinned history shows the nearest recorded step and says so;
Replay plays the run again; Continue from here and Step back (Shift+F10) make an earlier
step the model's state so that training on equals, bit for bit, a run that never went back
(SGD, momentum, Adam, mini-batches); the future left behind stays in Compare runs."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.history import HistoryChunk
from linreg_gui.core.trainer import Trainer
from linreg_gui.gui.readouts import fmt
from linreg_gui.gui.snapshot import TrainingSnapshot
from linreg_gui.gui.timeline import TimelineHistory
from tests.gui.teaching_helpers import RUN_TIMEOUT, run_and_wait


def headless(config: TrainConfig, steps: int) -> Trainer:
    t = Trainer(Dataset.lesson(), config)
    t.run(steps)
    return t


def test_scrubbing_shows_exactly_the_recorded_step_everywhere(qtbot, window):
    t = window.teaching
    t.landscape_dock.show()
    run_and_wait(qtbot, window, window.train_action)
    tl = window.timeline
    assert (tl.slider.minimum(), tl.slider.maximum()) == (0, 100)
    assert tl.slider.isEnabled()
    h = headless(TrainConfig(), 100).history
    window.predict.inputs()[0].setValue(5.0)
    for k in (0, 1, 40, 99):
        tl.slider.setValue(k)  # as a drag does
        rec = h.record(k)
        assert tl.shown == rec  # the recorded floats, exactly
        r = window.readouts
        assert r.value_text("step") == f"{k:,}"
        assert (r.value_text("w0"), r.value_text("b"), r.value_text("loss")) == (
            fmt(rec.weight[0]), fmt(rec.bias), fmt(rec.loss))
        assert window.predict.result_label.text() == f"{rec.weight[0] * 5 + rec.bias:,.4f}"
        assert all(c.isVisible() and c.value() == k for c in tl._cursors)
        assert len(t.landscape._path[1]) == k + 1  # the path up to k
        assert f"Step {k:,} of 100" in tl.label.text()
    # Left/Right on the bar move one step.
    tl.slider.setFocus()
    qtbot.keyClick(tl.slider, Qt.Key.Key_Left)
    assert tl.viewing == 98 and tl.shown == h.record(98)
    qtbot.keyClick(tl.slider, Qt.Key.Key_End)  # back to the latest
    assert tl.viewing is None and not any(c.isVisible() for c in tl._cursors)
    assert window.readouts.value_text("step") == "100"
    assert "latest" in tl.label.text()


def test_the_inspector_follows_the_timeline(qtbot, window):
    t = window.teaching
    with qtbot.waitSignal(t.inspector.shown, timeout=RUN_TIMEOUT):
        t.inspector_dock.show()
    run_and_wait(qtbot, window, window.train_action)
    with qtbot.waitSignal(t.inspector.shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s == 0):
        window.timeline.show_step(1)
    # At step 1: the update that made it, 0 -> 1, with the first step's gradients.
    assert "Step 0 → 1" in t.inspector.header.text()
    assert "-178.9621" in t.inspector.text()


def test_a_thinned_history_shows_the_nearest_recorded_step_and_says_so(qtbot, window):
    steps = np.arange(0, 101, 10)
    m = len(steps)
    chunk = HistoryChunk(steps, np.linspace(100, 1, m), np.linspace(0, 1, m).reshape(-1, 1),
                         np.linspace(0, 2, m), np.zeros((m, 1)), np.zeros(m))
    # A history thinned to every 10th step, as the window receives one (History past its
    # memory budget keeps fewer records).
    whole = TimelineHistory()
    whole.append(chunk)
    tl = window.timeline
    tl._on_snapshot(TrainingSnapshot(whole.record(m - 1), chunk, True, False))
    tl.origin_step = 0  # (as if those runs had started at step 0 in this window)
    tl.show_step(37)
    assert tl.viewing == 37 and tl.shown.step == 40
    assert "nearest recorded step, 40" in tl.label.text()
    assert tl.shown.weight == (0.4,)
    tl.show_step(34)
    assert tl.shown.step == 30


def test_replay_plays_the_run_again_at_the_chosen_pace(qtbot, window):
    run_and_wait(qtbot, window, window.train_action)
    window.speed.set_pace(100)  # the 100 steps again in about a second
    tl = window.timeline
    seen: list[int] = []
    tl.slider.valueChanged.connect(seen.append)
    tl.replay_action.trigger()
    assert tl.replaying
    qtbot.waitUntil(lambda: not tl.replaying, timeout=RUN_TIMEOUT)
    assert seen[0] == 0 and seen[-1] == 100 and len(set(seen)) >= 10  # (a busy machine: fewer)
    assert tl.viewing is None and window.readouts.value_text("step") == "100"


CONFIGS = {
    "sgd": TrainConfig(),
    "momentum": TrainConfig(optimizer="momentum"),
    "adam": TrainConfig(lr=0.05, optimizer="adam"),
    "mini-batch": TrainConfig(batch_size=2),
}


def set_config(qtbot, window, config: TrainConfig) -> None:
    window.controls.set_config(config)
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT):
        window.controls.config_changed.emit(window.controls.config())
    assert window.controls.config() == config


def same_bits(a, b) -> bool:
    return np.array_equal(np.asarray(a, np.float64).view(np.uint64),
                          np.asarray(b, np.float64).view(np.uint64))


@pytest.mark.parametrize("name", list(CONFIGS))
def test_continue_from_a_scrubbed_step_equals_a_straight_run(qtbot, window, name):
    config = CONFIGS[name]
    set_config(qtbot, window, config)
    runs = window.teaching.runs
    run_and_wait(qtbot, window, window.train_action)  # steps 0 -> 100
    kept = runs.rowCount()
    tl = window.timeline
    tl.show_step(40)
    assert tl.continue_action.isEnabled()
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace and s.latest.step == 40):
        tl.continue_action.trigger()
    assert window.latest == headless(config, 40).latest
    # The future left behind is still in Compare runs.
    assert runs.rowCount() == kept and runs.runs()[-1].end_step == 100
    window.controls.steps_box.setValue(60)
    run_and_wait(qtbot, window, window.train_action)  # 40 -> 100 again
    straight = headless(config, 100).latest
    got = window.latest
    assert got.step == 100
    for a, b in ((got.weight, straight.weight), (got.bias, straight.bias),
                 (got.loss, straight.loss), (got.grad_weight, straight.grad_weight)):
        assert same_bits(a, b), (a, b)
    assert runs.rowCount() == kept + 1  # both futures, side by side


def test_shift_f10_steps_back_one_update(qtbot, window):
    window.activateWindow()
    for _ in range(2):
        with qtbot.waitSignal(window.run_finished, timeout=RUN_TIMEOUT):
            qtbot.keyClick(window, Qt.Key.Key_F10)
    assert window.readouts.value_text("step") == "2"
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace):
        qtbot.keyClick(window, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert window.readouts.value_text("step") == "1"
    assert window.readouts.value_text("w0") == "0.6752"  # the lesson's first step
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace):
        window.timeline.back_action.trigger()
    assert window.latest.step == 0 and not window.timeline.back_action.isEnabled()


@pytest.mark.parametrize("name", ["momentum", "adam", "rmsprop", "mini-batch",
                                  "adam mini-batch"])
def test_the_inspector_on_a_scrubbed_step_shows_the_exact_update(qtbot, window, name):
    # The running averages (momentum, Adam, RMSprop) and the batch (mini-batches) at step k
    # are replayed from the seed: the update shown is the one the run made, to the bit.
    config = {**CONFIGS, "rmsprop": TrainConfig(lr=0.05, optimizer="rmsprop"),
              "adam mini-batch": TrainConfig(lr=0.05, optimizer="adam", batch_size=2)}[name]
    set_config(qtbot, window, config)
    t = window.teaching
    with qtbot.waitSignal(t.inspector.shown, timeout=RUN_TIMEOUT):
        t.inspector_dock.show()
    run_and_wait(qtbot, window, window.train_action)  # 0 -> 100
    h = headless(config, 100).history
    tl = window.timeline
    for k in (40, 41, 7, 1):  # forward by one, then back: the replay is rebuilt
        with qtbot.waitSignal(t.inspector.shown, timeout=RUN_TIMEOUT,
                              check_params_cb=lambda s, k=k: s == k - 1):
            tl.show_step(k)
        made, ahead = t.inspector.made, t.inspector.inspection
        assert made.update.exact and ahead.update.exact, made.notes
        assert made.data.weight == tuple(h.record(k - 1).weight)  # where it started
        assert made.update.weight_after_data == h.record(k).weight  # where it went
        assert made.update.bias_after_data == h.record(k).bias
        assert ahead.update.weight_after_data == h.record(k + 1).weight
        assert f"Step {k - 1} → {k}" in t.inspector.header.text()
        if config.optimizer != "sgd":
            assert f"{config.optimizer} gives" in made.update.lines[0]


def test_an_opened_session_can_be_looked_at_before_its_step_but_not_gone_back_to(
        qtbot, window, tmp_path):
    run_and_wait(qtbot, window, window.train_action)  # 0 -> 100
    path = tmp_path / "s.linreg"
    window.session.save_to(str(path))
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace and s.latest.step == 100):
        window.session.open_path(str(path))
    tl = window.timeline
    assert tl.origin_step == 100 and tl.slider.minimum() == 0
    tl.show_step(30)
    assert tl.viewing == 30 and not tl.continue_action.isEnabled()
    assert "before this session's start, 100" in tl.label.text()
    assert not tl.back_action.isEnabled()
    run_and_wait(qtbot, window, window.train_action)  # 100 -> 200: from here it can go back
    tl.show_step(150)
    assert tl.continue_action.isEnabled()
    with qtbot.waitSignal(window.snapshot_shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s.replace and s.latest.step == 150):
        tl.continue_action.trigger()
    assert tl.origin_step == 100


def test_dragging_asks_the_inspector_about_the_newest_step_only(qtbot, window):
    t = window.teaching
    with qtbot.waitSignal(t.inspector.shown, timeout=RUN_TIMEOUT):
        t.inspector_dock.show()
    run_and_wait(qtbot, window, window.train_action)
    asked: list[int] = []
    real = window.controller.inspect_state
    window.controller.inspect_state = lambda step, *a: (asked.append(step), real(step, *a))
    tl = window.timeline
    for k in range(10, 60):  # a drag over 50 steps, faster than the inspector follows
        tl.slider.setValue(k)
    with qtbot.waitSignal(t.inspector.shown, timeout=RUN_TIMEOUT,
                          check_params_cb=lambda s: s == 58):
        pass
    assert asked[0] == 10 and asked[-1] == 59 and len(asked) <= 3
