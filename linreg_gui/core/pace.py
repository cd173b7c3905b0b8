"""Training at a pace a class can follow: how many steps each frame shows and how long the
training thread waits before showing it, as plain arithmetic over a clock the caller gives
(the worker passes time.perf_counter; tests pass a fake one).

A pace is in steps per second; FULL_SPEED (0) means as fast as the engine goes. Up to
EVERY_STEP_UP_TO steps/s every step is a frame; above that a frame shows the latest of
several steps, FRAME_RATE frames a second at most (ceil(pace / FRAME_RATE) steps each).

Nothing here knows about Qt.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

FULL_SPEED = 0.0
MIN_PACE = 1.0
MAX_PACE = 1000.0
#: 100 steps (the lesson's run) take 2 s: slow enough to watch the line settle.
DEFAULT_PACE = 50.0
#: The choices the speed control offers, slowest first, then full speed.
PACES = (1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, FULL_SPEED)
#: Up to this many steps a second, every step is drawn.
EVERY_STEP_UP_TO = 60.0
#: Above that, at most this many frames a second (never fewer than 30: see steps_per_frame).
FRAME_RATE = 60.0
#: A paced run that falls behind (a busy machine, a window that could not draw for a moment)
#: catches up at most this many times faster than its pace: it speeds up a little, without
#: a burst, until it is on time again, so that the pace achieved over a run is the one
#: chosen (before, any lag beyond 0.25 s was dropped: one hiccup cost 3% of a 10 s run).
CATCH_UP = 1.5
#: Further behind than this (the machine was suspended, a minute-long stall) it does not
#: catch up: it goes on at the pace from where it is.
MAX_LAG_S = 2.0


@dataclass(frozen=True)
class ReportAfter:
    """What a Trainer.run ``progress`` returns to be called again after this many more steps
    (a paced run), instead of after a number of seconds."""

    steps: int


def is_full_speed(pace: float) -> bool:
    return not pace > 0


def checked_pace(value) -> float:
    """``value`` as a pace: FULL_SPEED, or steps/s within MIN_PACE..MAX_PACE. Raises
    ValueError for what is neither (text, NaN, negative, a pace beyond the range)."""
    try:
        pace = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"a pace is a number of steps per second, not {value!r}") from None
    if isinstance(value, bool) or not math.isfinite(pace) or pace < 0:
        raise ValueError(f"a pace is a number of steps per second, not {value!r}")
    if pace == FULL_SPEED:
        return FULL_SPEED
    if not MIN_PACE <= pace <= MAX_PACE:
        raise ValueError(f"a pace is {MIN_PACE:g} to {MAX_PACE:g} steps per second, or 0 for "
                         f"full speed; not {value!r}")
    return pace


def steps_per_frame(pace: float) -> int | None:
    """How many steps one frame of a paced run moves on; None at full speed (frames then
    follow the drawing's cost, not the pace)."""
    if is_full_speed(pace):
        return None
    if pace <= EVERY_STEP_UP_TO:
        return 1
    return math.ceil(pace / FRAME_RATE)


def frames_per_second(pace: float) -> float | None:
    """The frames a second a paced run shows (None at full speed)."""
    n = steps_per_frame(pace)
    return None if n is None else pace / n


class PaceClock:
    """When each step of a paced run is due: the step ``start + i`` at ``t0 + i / pace``.

    Counting from one origin (not from frame to frame) keeps the achieved pace exact over a
    run, whatever each frame costs. A change of pace starts a new origin at the step reached.
    """

    def __init__(self, pace: float, clock: Callable[[], float] = time.perf_counter) -> None:
        self._clock = clock
        self.pace = checked_pace(pace)
        self._t0 = 0.0
        self._s0 = 0
        self._shown: tuple[float, int] | None = None  # when which step was last shown

    def start(self, step: int) -> None:
        """The run begins at ``step`` (made already), now."""
        self._t0 = self._clock()
        self._s0 = int(step)
        self._shown = (self._t0, self._s0)

    def set_pace(self, pace: float, step: int) -> None:
        """Go on at ``pace`` from ``step``, now."""
        self.pace = checked_pace(pace)
        self.start(step)

    def due(self, step: int) -> float:
        """The clock time at which ``step`` should be shown (the origin at full speed)."""
        if is_full_speed(self.pace):
            return self._t0
        return self._t0 + (int(step) - self._s0) / self.pace

    def steps_to_next_frame(self, step: int) -> int | None:
        """How many steps the frame after the one showing ``step`` moves on: steps_per_frame;
        above EVERY_STEP_UP_TO more when the run is behind (a slow machine, a dear frame), so
        that each frame shows the step due then and the pace holds with fewer frames. None at
        full speed."""
        n = steps_per_frame(self.pace)
        if n is None or self.pace <= EVERY_STEP_UP_TO:
            return n  # every step is drawn: a late frame is caught up by not waiting
        due_now = self._s0 + math.floor((self._clock() - self._t0) * self.pace + 1e-6)
        return max(n, due_now + n - int(step))

    def wait_before(self, step: int) -> float:
        """Seconds to wait before showing ``step`` (0 when it is due: it counts as shown
        now). A late run catches up at most CATCH_UP times faster than the pace; one late by
        more than MAX_LAG_S goes on from here instead."""
        now = self._clock()
        step = int(step)
        wait = self.due(step) - now
        if wait < -MAX_LAG_S:
            self._t0, self._s0 = now, step
            wait = 0.0
        elif self._shown is not None and 0 < self.pace <= EVERY_STEP_UP_TO:
            # (Faster paces catch up with bigger frames: steps_to_next_frame.)
            t, s = self._shown
            # No faster than CATCH_UP x the pace since the step shown last.
            wait = max(wait, t + (step - s) / (CATCH_UP * self.pace) - now)
        if wait <= 0:
            self._shown = (now, step)
            return 0.0
        return wait
