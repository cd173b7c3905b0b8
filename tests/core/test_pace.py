"""The pace arithmetic against a fake clock: steps per frame and the waits a paced run makes
at 1, 50 and 500 steps/s and at full speed; no sleeping."""

from __future__ import annotations

import math

import pytest

from linreg_gui.core.pace import (
    DEFAULT_PACE,
    FULL_SPEED,
    MAX_LAG_S,
    PACES,
    PaceClock,
    checked_pace,
    frames_per_second,
    steps_per_frame,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def simulate(pace: float, steps: int, step_cost: float = 0.0):
    """A paced run as the worker makes it: steps, and before each frame the wait the clock
    asks for. Returns (frame steps, waits, the time the last step was shown)."""
    clock = FakeClock()
    pc = PaceClock(pace, clock)
    pc.start(0)
    start = clock.now
    frames, waits = [], []
    s = 0
    n = steps_per_frame(pace)
    while s < steps:
        todo = min(n, steps - s)
        clock.now += todo * step_cost
        s += todo
        wait = pc.wait_before(s)
        waits.append(wait)
        clock.now += wait
        frames.append(s)
    return frames, waits, clock.now - start


def test_the_lessons_100_steps_take_about_2_s_at_the_default_pace():
    assert DEFAULT_PACE == 50
    frames, waits, took = simulate(DEFAULT_PACE, 100)
    assert frames == list(range(1, 101))  # every step drawn
    assert took == pytest.approx(2.0)
    assert waits == pytest.approx([0.02] * 100)


def test_one_step_a_second():
    assert steps_per_frame(1) == 1 and frames_per_second(1) == 1
    frames, waits, took = simulate(1, 5, step_cost=0.001)
    assert frames == [1, 2, 3, 4, 5]
    assert waits == pytest.approx([0.999] * 5)
    assert took == pytest.approx(5.0)


def test_500_steps_a_second_draws_the_latest_of_9_steps_about_55_times_a_second():
    assert steps_per_frame(500) == 9
    assert 30 <= frames_per_second(500) <= 60
    frames, waits, took = simulate(500, 5000, step_cost=1e-5)
    assert frames[:3] == [9, 18, 27] and frames[-1] == 5000
    assert took == pytest.approx(10.0)  # achieved pace exact over a 10 s run
    assert all(w == pytest.approx(9 / 500 - 9e-5) for w in waits[:-1])


@pytest.mark.parametrize("pace", [p for p in PACES if p])
def test_every_step_drawn_up_to_60_then_at_least_30_frames_a_second(pace):
    n = steps_per_frame(pace)
    if pace <= 60:
        assert n == 1
    else:
        assert 30 <= frames_per_second(pace) <= 60


def test_full_speed_never_waits():
    assert steps_per_frame(FULL_SPEED) is None and frames_per_second(FULL_SPEED) is None
    clock = FakeClock()
    pc = PaceClock(FULL_SPEED, clock)
    pc.start(0)
    assert [pc.wait_before(s) for s in (1, 1000, 10**6)] == [0.0, 0.0, 0.0]


def test_a_slow_frame_is_caught_up_by_the_next_waits():
    clock = FakeClock()
    pc = PaceClock(50, clock)
    pc.start(0)
    assert pc.wait_before(1) == pytest.approx(0.02)
    clock.now += 0.02
    clock.now += 0.05  # drawing step 1 took 50 ms: step 2 was due 30 ms ago
    assert pc.wait_before(2) == 0.0  # late: no wait
    # Then 1.5 times the pace (13.3 ms a step instead of 20) until it is on time again.
    assert pc.wait_before(3) == pytest.approx(1 / 75)
    clock.now += 1 / 75
    assert pc.wait_before(3) == 0.0
    for s in range(4, 7):
        assert pc.wait_before(s) == pytest.approx(1 / 75)
        clock.now += 1 / 75
        assert pc.wait_before(s) == 0.0
    assert pc.wait_before(7) == pytest.approx(0.14 - clock.now + 100.0)  # on the schedule


def test_a_hiccup_does_not_cost_a_paced_run_its_pace():
    # 10 s at 50 steps/s with one 0.6 s stall (the machine busy) after step 100: the run
    # catches up at 1.5 x the pace, never faster, and ends on time (issue 12: within 2%).
    clock = FakeClock()
    pc = PaceClock(50, clock)
    pc.start(0)
    shown = []
    for s in range(1, 501):
        clock.now += 0.002  # the step and its frame
        if s == 100:
            clock.now += 0.6
        clock.now += pc.wait_before(s)
        assert pc.wait_before(s) == 0.0
        shown.append(clock.now)
    gaps = [b - a for a, b in zip(shown, shown[1:])]
    assert min(gaps) >= 1 / 75 - 1e-9
    assert shown[-1] - 100.0 == pytest.approx(10.0, abs=0.05)


def test_far_behind_it_goes_on_from_where_it_is_instead_of_rushing():
    clock = FakeClock()
    pc = PaceClock(10, clock)
    pc.start(0)
    clock.now += 1.0 + MAX_LAG_S * 2  # a stall: step 1 was due at 0.1 s
    assert pc.wait_before(1) == 0.0
    assert pc.wait_before(2) == pytest.approx(0.1)  # one step's time after now


def test_a_change_of_pace_takes_effect_from_the_step_reached():
    clock = FakeClock()
    pc = PaceClock(1, clock)
    pc.start(0)
    clock.now += 0.3
    pc.set_pace(100, 0)
    assert pc.wait_before(1) == pytest.approx(0.01)
    pc.set_pace(FULL_SPEED, 1)
    assert pc.wait_before(10**6) == 0.0


@pytest.mark.parametrize("bad", ["fast", None, -1, 0.5, 5000, math.nan, math.inf, True])
def test_bad_paces_are_refused_with_a_message(bad):
    with pytest.raises(ValueError, match="pace"):
        checked_pace(bad)


def test_good_paces():
    assert checked_pace("50") == 50.0
    assert checked_pace(0) == FULL_SPEED
    assert checked_pace(1000) == 1000.0


def test_a_run_behind_its_pace_makes_bigger_frames_instead_of_falling_further_behind():
    clock = FakeClock()
    pc = PaceClock(500, clock)
    pc.start(0)
    assert pc.steps_to_next_frame(0) == 9  # on time: 9 steps a frame
    clock.now += 0.1  # 50 steps are due; the frame showing step 9 was late
    assert pc.steps_to_next_frame(9) == 50 + 9 - 9
    assert pc.wait_before(9) == 0.0
    clock.now += 0.0
    assert pc.steps_to_next_frame(59) == 9  # caught up
    assert PaceClock(FULL_SPEED, clock).steps_to_next_frame(0) is None
    slow = PaceClock(50, clock)
    slow.start(0)
    clock.now += 1.0  # far behind, but up to 60 steps/s every step is still drawn
    assert slow.steps_to_next_frame(1) == 1
