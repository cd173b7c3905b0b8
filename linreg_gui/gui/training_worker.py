"""TrainingWorker: runs the engine's Trainer in its own thread and reports throttled snapshots.

It lives in a QThread (see TrainingController). Commands arrive as queued slot calls while it
is idle; a running loop never returns to the event loop, so stopping goes through a
threading.Event that the trainer checks every step. The worker never touches a widget.
"""

from __future__ import annotations

import threading
import time
import traceback

from PySide6.QtCore import QObject, Signal, Slot

from linreg_gui.core.dataset import Dataset
from linreg_gui.core.history import write_history_csv
from linreg_gui.core.lineage import Lineage
from linreg_gui.core.pace import (
    FULL_SPEED,
    PaceClock,
    ReportAfter,
    checked_pace,
    is_full_speed,
    steps_per_frame,
)
from linreg_gui.gui.snapshot import StepInspected, TrainingSnapshot

#: At most this many snapshots a second reach the window.
MAX_UPDATES_PER_SECOND = 60
#: The share of wall time the window may spend drawing while a run goes on. Python threads
#: share one interpreter lock: while the window paints, training cannot run, so the pace of
#: snapshots adapts to what a frame costs (a cheap frame: 60 a second; a dear one: fewer),
#: but never fewer than 1 / FULL_SPEED_FRAME_S: most full-speed frames only move the fit line
#: and the readouts (a few ms); the history curves follow every FULL_SPEED_HISTORY_S. Issue
#: 12 asks for >= 10 frames a second at >= 93% of the bare engine's speed; issue 3 for 95%
#: (benchmarks/bench_gui.py measures both). Paced runs are not budgeted: they wait anyway.
DRAWING_BUDGET = 0.03
#: At full speed the next frame is asked for at most this long after one is drawn (the fit
#: line and the readouts move): with the frame's own cost, >= 10 frames a second, ...
FULL_SPEED_FRAME_S = 0.085
#: ... and carries the history since the last one (the loss and W/b curves) this often: the
#: curves are the dear part of a frame.
FULL_SPEED_HISTORY_S = 0.5
#: The longest the worker waits for the window to draw a snapshot (a hidden or busy window).
FRAME_WAIT_S = 0.25
#: While a run goes on, the step inspector is refreshed at most this often (and taking at
#: most a tenth of the time: a step taken apart on a million rows costs ~0.15 s).
LIVE_INSPECTION_S = 0.3


class TrainingWorker(QObject):
    ready = Signal()  # torch is imported and the first model is built
    snapshot_ready = Signal(object)  # TrainingSnapshot
    failed = Signal(str)  # an unexpected error, in words, with the traceback's last line
    history_exported = Signal(str, str)  # path, error message ("" when it worked)
    inspected = Signal(object)  # StepInspected: the next step taken apart (step inspector)

    def __init__(self, stop_event: threading.Event) -> None:
        super().__init__()
        self._stop = stop_event  # owned by the controller: set from the GUI thread
        # Set by the window when it has drawn the last snapshot. The worker waits for it, so
        # drawing and training take turns instead of fighting over the interpreter lock.
        self.frame_drawn = threading.Event()
        self.pace_to_frames = True
        # Steps per second of a run (core.pace); the window sets it from its speed control.
        self.pace = FULL_SPEED
        self.wake = threading.Event()  # cuts a pace wait short: a new pace, Stop, Pause
        self._trainer = None
        self._config = None
        self._sent_step = -1  # the last history step already sent to the window
        self._generation = 0
        self.update_interval = 1.0 / MAX_UPDATES_PER_SECOND
        # Set by the window while the step inspector is shown: runs then send it live.
        self.live_inspection = threading.Event()
        self.inspection_rows = 10
        self._next_live_inspection = 0.0
        # The state a Step started from (trainer, step, config, weight, bias, optimizer
        # state): the inspector then shows the update just made, not only the next one.
        self._before_step: tuple | None = None
        # The start and the runs since (core.lineage): a step the timeline goes back to is
        # made again from it, bit for bit.
        self._lineage = None
        # The timeline's inspection of a past step: the model replayed there (lineage,
        # its truncations then, trainer), the newest request, and an event that cuts a
        # replay short (a newer request, a command).
        self._replay = None
        self.inspect_wanted = 0
        self.replay_stop = threading.Event()

    # ---- commands (queued from the GUI thread) ---------------------------------------------

    @Slot(object, object, int)
    def initialize(self, dataset: Dataset, config, generation: int) -> None:
        self._generation = generation
        def build():
            from linreg_gui.core import trainer  # the slow import (~1-2 s), off the GUI thread

            self._trainer = trainer.Trainer(dataset, config)
            self._config = config
            self._seeded_start()
            self._emit_whole()
            self.ready.emit()

        self._guard(build)

    @Slot(object, int)
    def set_dataset(self, dataset: Dataset, generation: int) -> None:
        self._generation = generation

        def rebuild():
            from linreg_gui.core.trainer import Trainer

            self._trainer = Trainer(dataset, self._config)
            self._seeded_start()
            self._emit_whole()

        self._guard(rebuild)

    @Slot(object, bool)
    def set_config(self, config, reset: bool) -> None:
        def apply():
            self._config = config
            if reset:
                from linreg_gui.core.trainer import Trainer

                self._trainer = Trainer(self._trainer.dataset, config)
                self._seeded_start()
                self._emit_whole()
            else:
                self._trainer.reconfigure(config)
                self._emit_whole()

        self._guard(apply)

    @Slot(object, object)
    def restore(self, dataset: Dataset | None, data) -> None:
        """Build the model on ``dataset`` with a saved session's settings and continue from
        its saved state (``data`` is a core.session.SessionData). With no dataset (the table
        has no usable row) only the settings are taken, on the data the model has."""

        def do_restore():
            from linreg_gui.core.session import apply_to_trainer
            from linreg_gui.core.trainer import Trainer

            session = data
            ds = dataset
            if ds is None:
                if self._trainer is None:
                    return
                ds = self._trainer.dataset
                session = data.replace(step=0, weight=None, bias=None, history=None)
            def origin():
                trainer = Trainer(ds, session.config)
                apply_to_trainer(session, trainer)
                return trainer

            self._trainer = origin()
            self._config = data.config
            self._lineage = Lineage(origin, self._trainer.step)
            self._emit_whole()

        self._guard(do_restore)

    @Slot(int)
    def inspect(self, max_rows: int) -> None:
        """Take apart the step the model makes next (core.inspector) and send it."""
        self.inspection_rows = max_rows
        self._guard(lambda: self._send_inspection(running=False))

    @Slot(object, float)
    def set_start(self, weight, bias: float) -> None:
        """Start over from (weight, bias) in data units, chosen by hand: step 0."""

        def do_start():
            t = self._trainer
            t.start_at(weight, bias)
            ds, config = t.dataset, t.config

            def origin():
                from linreg_gui.core.trainer import Trainer

                trainer = Trainer(ds, config)
                trainer.start_at(weight, bias)
                return trainer

            self._lineage = Lineage(origin)
            self._emit_whole()

        self._guard(do_start)

    @Slot()
    def reset(self) -> None:
        def do_reset():
            self._trainer.reset()
            self._seeded_start()
            self._emit_whole()

        self._guard(do_reset)

    @Slot(int)
    def rewind(self, step: int) -> None:
        """Go back to ``step`` of the runs since the last start (the timeline's "continue
        from here", Step back): made again from the start, bit for bit; a replacing
        snapshot follows. The settings stay the window's."""

        def do_rewind():
            lineage = self._lineage
            if lineage is None or not lineage.start_step <= step < self._trainer.step:
                return
            trainer = lineage.rebuild(step)
            lineage.truncate(step)
            if self._config is not None and trainer.config != self._config:
                trainer.reconfigure(self._config)
            self._trainer = trainer
            self._emit_whole()

        self._guard(do_rewind)

    @Slot(int, object, float, object, int)
    def inspect_state(self, step: int, weight, bias: float, made_from, request: int = 0) -> None:
        """Take apart the update from a state of the history (the timeline): ``weight``,
        ``bias`` at ``step``; ``made_from`` (weight, bias) at step - 1, or None. Within the runs
        since the last start it is exact for every optimizer and for mini-batches: the model
        is replayed from the start to that step (core.lineage), so the optimizer's running
        averages and the batch are those of the run. ``request``: skipped when a newer one is
        asked for (``inspect_wanted``)."""

        def do_inspect():
            if request and request != self.inspect_wanted:
                return  # dragged past: a newer step is asked for
            self.replay_stop.clear()
            if request and request != self.inspect_wanted:
                return
            answer = self._inspect_replayed(step)
            if answer is None:
                if self.replay_stop.is_set():
                    return  # cut short by a newer request or a command
                answer = self._inspect_given(step, weight, bias, made_from)
            self.inspected.emit(StepInspected(int(step), answer[0], False, self._generation,
                                              answer[1]))

        self._guard(do_inspect)

    def _inspect_given(self, step, weight, bias, made_from):
        """(next, made) from the recorded parameters alone: exact for full-batch plain SGD at
        the settings the step was made with; otherwise the inspection says what it lacks."""
        from linreg_gui.core.inspector import inspect_step

        t, rows = self._trainer, self.inspection_rows
        lineage = self._lineage
        next_cfg = made_cfg = t.config
        if lineage is not None and lineage.start_step <= step < lineage.end_step:
            next_cfg = lineage.config_after(step)
        if lineage is not None and lineage.start_step < step <= lineage.end_step:
            made_cfg = lineage.config_after(step - 1)
        result = inspect_step(t.dataset, next_cfg, weight, bias, rows)
        made = None
        if made_from is not None:
            made = inspect_step(t.dataset, made_cfg, made_from[0], made_from[1], rows)
        return result, made

    def _needs_replay(self, config) -> bool:
        n = self._trainer.dataset.n_rows
        return config.optimizer != "sgd" or (config.batch_size is not None
                                             and config.batch_size < n)

    def _inspect_replayed(self, step: int):
        """(next, made) at ``step`` of the runs since the last start, from the model replayed
        there; None when the step is not one of them, plain SGD needs no replay, or a newer
        request cut the replay short."""
        from linreg_gui.core.inspector import inspect_trainer

        lineage = self._lineage
        if lineage is None or not lineage.start_step <= step <= lineage.end_step:
            return None
        made_cfg = lineage.config_after(step - 1) if step > lineage.start_step else None
        next_cfg = lineage.config_after(step) or self._config or self._trainer.config
        if not any(c is not None and self._needs_replay(c) for c in (made_cfg, next_cfg)):
            return None
        rows = self.inspection_rows
        walker = self._replay_walker(step - 1 if made_cfg is not None else step)
        if walker is None:
            return None
        made = None
        if made_cfg is not None:
            made = inspect_trainer(walker, rows)
            if not lineage.advance(walker, step, stop=self.replay_stop):
                return None
        if walker.config != next_cfg:
            walker.reconfigure(next_cfg)  # as the next run would (replaying does it too)
        return inspect_trainer(walker, rows), made

    def _replay_walker(self, step: int):
        """The model replayed to ``step``: one kept trainer moved forward as the timeline is
        scrubbed forward, rebuilt from the start when it is asked for an earlier step."""
        lineage = self._lineage
        kept = self._replay
        if kept is not None and kept[0] is lineage and kept[1] == lineage.truncations \
                and kept[2].step <= step:
            walker = kept[2]
        else:
            walker = lineage.rebuild(lineage.start_step)
        self._replay = (lineage, lineage.truncations, walker)
        if not lineage.advance(walker, step, stop=self.replay_stop):
            return None
        return walker

    @Slot(int)
    def train(self, steps: int) -> None:
        self._guard(lambda: self._train(steps))

    @Slot(str)
    def export_history(self, path: str) -> None:
        """Write the whole stored history as CSV (UTF-8 with BOM, for Excel); atomic."""
        try:
            trainer = self._trainer
            write_history_csv(path, trainer.history, trainer.dataset.feature_names)
        except OSError as exc:
            self.history_exported.emit(path, f"{path}: {exc.strerror or exc}")
        except Exception as exc:  # noqa: BLE001
            self.history_exported.emit(path, f"{path}: {exc}")
        else:
            self.history_exported.emit(path, "")

    # ---- internals --------------------------------------------------------------------------

    def _train(self, steps: int) -> None:
        trainer = self._trainer
        start = trainer.step
        self._before_step = None
        if steps == 1:  # a Step: keep what it starts from (a copy of the optimizer's state)
            latest = trainer.latest
            self._before_step = (trainer, start, trainer.config, latest.weight, latest.bias,
                                 trainer.optimizer_state, trainer.next_batch_rows())

        frame_cost = 0.0
        # A Step is one update, made at once; a run goes at the chosen pace.
        paced_run = steps > 1
        pace_clock = PaceClock(self.pace if paced_run else FULL_SPEED)
        pace_clock.start(start)
        next_history = 0.0

        def progress(t):
            nonlocal frame_cost, next_history
            paced = paced_run and self._wait_for_pace(pace_clock, t.step)
            self.frame_drawn.clear()
            now = time.perf_counter()
            history = paced or not self.pace_to_frames or now >= next_history
            if history:
                next_history = now + FULL_SPEED_HISTORY_S
            self._emit(running=True, remaining=steps - (t.step - start), paced=paced,
                       history=history)
            # (Not for a Step: the answer after it shows the update it made.)
            if steps > 1 and self.live_inspection.is_set() \
                    and time.perf_counter() >= self._next_live_inspection:
                t0 = time.perf_counter()
                self._send_inspection(running=True)
                cost = time.perf_counter() - t0
                # Paced, the inspector follows every frame it can (taking at most half of
                # the worker's time); at full speed a few times a second.
                self._next_live_inspection = t0 + (
                    2 * cost if paced else max(LIVE_INSPECTION_S, 10 * cost))
            if not self.pace_to_frames:
                return ReportAfter(pace_clock.steps_to_next_frame(t.step)) if paced \
                    else self.update_interval
            t0 = time.perf_counter()
            self.frame_drawn.wait(FRAME_WAIT_S)
            if paced:  # the next frame after so many steps, when they are due
                return ReportAfter(pace_clock.steps_to_next_frame(t.step))
            cost = time.perf_counter() - t0
            frame_cost = cost if not frame_cost else 0.7 * frame_cost + 0.3 * cost
            return min(FULL_SPEED_FRAME_S, max(self.update_interval, frame_cost / DRAWING_BUDGET))

        result = trainer.run(
            steps, progress=progress, progress_interval=self.update_interval, stop=self._stop,
            progress_after=steps_per_frame(pace_clock.pace),
        )
        if self._lineage is not None:
            self._lineage.ran(trainer.config, trainer.step - start)
        remaining = max(0, steps - result.steps_done)
        self._emit(running=False, result=result, remaining=remaining)

    def _seeded_start(self) -> None:
        """The trainer is at its seeded start: the lineage begins there."""
        t = self._trainer
        ds, config = t.dataset, t.config

        def origin():
            from linreg_gui.core.trainer import Trainer

            return Trainer(ds, config)

        self._lineage = Lineage(origin)

    def _wait_for_pace(self, pace_clock: PaceClock, step: int) -> bool:
        """Wait until ``step`` is due at the chosen pace, without holding the interpreter
        lock; a new pace (set_pace) takes effect at once, Stop and Pause cut the wait short.
        Whether the run is paced now."""
        while not self._stop.is_set():
            if self.pace != pace_clock.pace:
                pace_clock.set_pace(self.pace, step)  # this step is due now
            wait = pace_clock.wait_before(step)
            if wait <= 0:
                break
            if not self.wake.wait(wait):
                break  # due
            self.wake.clear()
        return not is_full_speed(pace_clock.pace)

    def set_pace(self, pace: float) -> None:
        """Steps per second (core.pace; FULL_SPEED: as fast as it goes). Called from the GUI
        thread: a run going on follows it from its next step."""
        self.pace = checked_pace(pace)
        self.wake.set()

    def interrupt(self) -> None:
        """Cut a pace wait short (after the stop event is set)."""
        self.wake.set()

    def _emit(self, *, running: bool, result=None, remaining: int = 0,
              paced: bool = False, history: bool = True) -> None:
        """A snapshot of the latest state; ``history``: with the records since the last one
        (without, they come with a later snapshot)."""
        t = self._trainer
        h = t.history
        chunk = h.chunk(h.index_after(self._sent_step) if history else len(h))
        if len(chunk):
            self._sent_step = int(chunk.steps[-1])
        self.snapshot_ready.emit(
            TrainingSnapshot(t.latest, chunk, False, running, result, remaining,
                             self._generation, paced)
        )

    def _send_inspection(self, *, running: bool) -> None:
        from linreg_gui.core.inspector import inspect_step, inspect_trainer

        t = self._trainer
        if t is None:
            return
        result = inspect_trainer(t, self.inspection_rows)
        made = None
        before = self._before_step
        if not running and before is not None:
            trainer, step, config, weight, bias, state, batch = before
            if trainer is t and step == t.step - 1 and config == t.config:
                made = inspect_step(t.dataset, config, weight, bias, self.inspection_rows,
                                    optimizer_state=state, batch_rows=batch)
        self.inspected.emit(StepInspected(t.latest.step, result, running, self._generation,
                                          made))

    def _emit_whole(self) -> None:
        t = self._trainer
        chunk = t.history.chunk()
        self._sent_step = int(chunk.steps[-1]) if len(chunk) else -1
        self.snapshot_ready.emit(
            TrainingSnapshot(t.latest, chunk, True, False, generation=self._generation)
        )

    def _guard(self, fn) -> None:
        """Run a command; an exception becomes the failed signal instead of killing the thread."""
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - everything must reach the window
            last = traceback.format_exception_only(type(exc), exc)[-1].strip()
            self.failed.emit(last)
