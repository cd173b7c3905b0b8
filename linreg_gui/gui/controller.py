"""TrainingController: owns the worker's QThread and turns the window's buttons into commands.

States: "starting" (torch is loading), "idle", "training", "paused". While training or paused
the data and settings are locked (the window disables them); Stop ends the run.
"""

from __future__ import annotations

import dataclasses
import gc
import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from linreg_gui.core.dataset import Dataset
from linreg_gui.gui import thread_registry
from linreg_gui.gui.snapshot import TrainingSnapshot
from linreg_gui.gui.training_worker import TrainingWorker

_loaded_objects_frozen = False  # see TrainingController._on_ready

STARTING, IDLE, TRAINING, PAUSED = "starting", "idle", "training", "paused"


class TrainingController(QObject):
    state_changed = Signal(str)  # one of STARTING, IDLE, TRAINING, PAUSED
    snapshot_received = Signal(object)  # TrainingSnapshot, in the GUI thread
    run_ended = Signal(object)  # RunResult of a run that ended (not paused)
    ready = Signal()  # the engine is loaded; the first snapshot has arrived
    failed = Signal(str)
    history_exported = Signal(str, str)  # path, error ("" when it worked)
    inspected = Signal(object)  # StepInspected about the data the window shows

    # Commands to the worker: queued into its thread.
    _initialize = Signal(object, object, int)
    _set_dataset = Signal(object, int)
    _set_config = Signal(object, bool)
    _reset = Signal()
    _train = Signal(int)
    _restore = Signal(object, object)
    _export_history = Signal(str)
    _inspect = Signal(int)
    _set_start = Signal(object, float)
    _rewind = Signal(int)
    _inspect_state = Signal(int, object, float, object, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = STARTING
        self.generation = 0  # bumped with every new dataset; snapshots carry it
        self._stop = threading.Event()
        self._pausing = False
        self._remaining = 0
        self._resume_after_step = 0  # a Step made while paused returns to the pause
        self._paused_result = None
        self.paused_step = 0  # the step a paused run holds (the window says so)
        self._steps_when_ready = 0  # Train pressed while torch was still loading
        self._thread = thread_registry.register(QThread())
        self._thread.setObjectName("training")
        self._worker = TrainingWorker(self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._initialize.connect(self._worker.initialize)
        self._set_dataset.connect(self._worker.set_dataset)
        self._set_config.connect(self._worker.set_config)
        self._reset.connect(self._worker.reset)
        self._train.connect(self._worker.train)
        self._restore.connect(self._worker.restore)
        self._pending_restore: tuple | None = None
        self._export_history.connect(self._worker.export_history)
        self._worker.history_exported.connect(self.history_exported)
        self._inspect.connect(self._worker.inspect)
        self._set_start.connect(self._worker.set_start)
        self._rewind.connect(self._worker.rewind)
        self._inspect_state.connect(self._worker.inspect_state)
        self._worker.inspected.connect(self._on_inspected)
        self._worker.snapshot_ready.connect(self._on_snapshot)
        self._worker.ready.connect(self._on_ready)
        self._worker.failed.connect(self._on_failed)
        self._shut_down = False

    @property
    def worker(self) -> TrainingWorker:
        return self._worker

    @property
    def busy(self) -> bool:
        return self.state in (TRAINING, PAUSED)

    def start(self, dataset: Dataset, config) -> None:
        """Start the thread and build the engine there (torch loads in the background)."""
        self._thread.start()
        self._initialize.emit(dataset, config, self.generation)
        if self._pending_restore is not None:
            self._restore.emit(*self._pending_restore)
            self._pending_restore = None

    # ---- commands ---------------------------------------------------------------------------

    def set_dataset(self, dataset: Dataset) -> None:
        self.generation += 1
        if not self._thread.isRunning():
            return  # not started: start() sends the data the window has then
        self.stop()  # commands that change the model end any run first
        self._set_dataset.emit(dataset, self.generation)

    def set_config(self, config, *, reset: bool = False) -> None:
        self.stop()  # commands that change the model end any run first
        self._set_config.emit(config, reset)

    def reset(self) -> None:
        self.stop()  # commands that change the model end any run first
        self._reset.emit()

    def restore(self, dataset: Dataset | None, data) -> None:
        """Continue from a saved session (core.session.SessionData) on ``dataset``, the table's
        usable rows: its settings, its parameters at the saved step and its history (with
        None, only its settings). Call it after the table holds the session; before ``start``
        it is kept and sent right after the engine is built."""
        if not self._thread.isRunning():
            self._pending_restore = (dataset, data)
            return
        self.stop()  # commands that change the model end any run first
        self._restore.emit(dataset, data)

    def set_start(self, weight, bias: float) -> None:
        """Start over at step 0 from ``weight`` (k,) and ``bias`` in data units (a click on
        the loss landscape); a replacing snapshot follows. Refused while a run is going."""
        if self.busy or not self._thread.isRunning():
            return
        self._set_start.emit(tuple(float(v) for v in weight), float(bias))

    def rewind(self, step: int) -> None:
        """Make ``step`` of the runs since the last start the model's state again, exactly
        (the timeline's "continue from here"; Step back is the latest step - 1). A replacing
        snapshot follows; ignored while a run goes on."""
        if self.busy or not self._thread.isRunning():
            return
        self._worker.inspect_wanted += 1
        self._worker.replay_stop.set()
        self._rewind.emit(int(step))

    def inspect_state(self, step: int, weight, bias: float, made_from=None) -> None:
        """Ask for the update from a state of the history taken apart (``inspected``
        answers); ``made_from``: (weight, bias) at step - 1, for the update that led there."""
        if self._thread.isRunning():
            # Only the newest request is answered; a replay for an older one stops.
            w = self._worker
            w.inspect_wanted += 1
            w.replay_stop.set()
            self._inspect_state.emit(int(step), tuple(float(v) for v in weight), float(bias),
                                     made_from, w.inspect_wanted)

    def inspect(self, max_rows: int = 10) -> None:
        """Ask for the next step taken apart (``inspected`` answers, after any run)."""
        if self._thread.isRunning():
            self._inspect.emit(int(max_rows))

    def set_live_inspection(self, on: bool) -> None:
        """While on, runs also send inspections, a few a second (the inspector is shown)."""
        if on:
            self._worker.live_inspection.set()
        else:
            self._worker.live_inspection.clear()

    def train(self, steps: int) -> None:
        if self.state == TRAINING or steps <= 0:
            return
        if self.state == STARTING:
            # The engine is not built yet: the run starts once it is (see _on_ready).
            self._steps_when_ready = int(steps)
            return
        self._stop.clear()
        self._pausing = False
        self._worker.inspect_wanted += 1  # a past step's inspection still queued is stale
        self._worker.replay_stop.set()  # and one replaying stops: the run starts at once
        self._set_state(TRAINING)
        self._train.emit(int(steps))

    def step(self) -> None:
        """Exactly one update. When paused, the paused run keeps its remaining steps."""
        if self.state == TRAINING:
            return
        remaining = self._remaining if self.state == PAUSED else 0
        self.train(1)
        self._resume_after_step = remaining

    def pause(self) -> None:
        if self.state == TRAINING:
            self._pausing = True
            self._stop.set()
            self._worker.interrupt()

    def resume(self) -> None:
        if self.state == PAUSED:
            self.train(self._remaining)

    def toggle_pause(self) -> None:
        if self.state == TRAINING:
            self.pause()
        elif self.state == PAUSED:
            self.resume()

    def stop(self) -> None:
        if self.state == TRAINING:
            self._pausing = False
            self._stop.set()
            self._worker.interrupt()
        elif self.state == PAUSED:
            self._remaining = 0
            self._set_state(IDLE)
            if self._paused_result is not None:
                self.run_ended.emit(self._paused_result)

    def set_pace(self, pace: float) -> None:
        """Steps per second for runs (core.pace; FULL_SPEED: as fast as the engine goes); a
        run going on follows it at once."""
        self._worker.set_pace(pace)

    @property
    def pace(self) -> float:
        return self._worker.pace

    def export_history(self, path: str) -> None:
        """Written by the worker, in its thread, once the current run (if any) is over."""
        self._export_history.emit(path)

    def frame_drawn(self) -> None:
        """The window has drawn the latest snapshot: the worker may go on."""
        self._worker.frame_drawn.set()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop any run and the thread, and wait for it; safe to call more than once."""
        if self._shut_down:
            return True
        self._shut_down = True
        self._stop.set()
        self._worker.interrupt()
        self._worker.frame_drawn.set()
        for signal in (self._worker.snapshot_ready, self._worker.ready, self._worker.failed,
                       self._worker.history_exported, self._worker.inspected):
            signal.disconnect()
        self._thread.quit()
        return self._thread.wait(timeout_ms)

    # ---- from the worker --------------------------------------------------------------------

    @Slot(object)
    def _on_snapshot(self, snap: TrainingSnapshot) -> None:
        if snap.generation != self.generation:
            # About data the window no longer shows; a run on it ended when the data changed.
            if snap.running:
                self.frame_drawn()
            return
        # Only the last snapshot of a run carries a result; a reset's snapshot that was queued
        # before this run started must not end it.
        if snap.result is not None and not snap.running and self.state == TRAINING:
            result = snap.result
            resume_after_step = self._resume_after_step
            self._resume_after_step = 0
            if result is not None and self._pausing and result.reason == "requested":
                self._pausing = False
                self._remaining = snap.remaining
                self._paused_result = result
                self.paused_step = snap.latest.step
                # A paused run has not ended: its "stopped, as asked" verdict waits for Stop.
                snap = dataclasses.replace(snap, result=None)
                self._set_state(PAUSED)
            elif resume_after_step and result is not None and result.status == "stopped":
                self._remaining = resume_after_step
                self.paused_step = snap.latest.step
                if self._paused_result is not None:  # Stop then ends the run here
                    self._paused_result = dataclasses.replace(
                        self._paused_result, end_step=result.end_step,
                        details={**self._paused_result.details, **result.details})
                snap = dataclasses.replace(snap, result=None)  # still paused, as before
                self._set_state(PAUSED)
            else:
                self._remaining = 0
                self._set_state(IDLE)
            self.snapshot_received.emit(snap)
            if result is not None and self.state == IDLE:
                self.run_ended.emit(result)
            return
        self.snapshot_received.emit(snap)
        if snap.running:
            # Every slot has drawn or kept it: the worker may go on. Not before, or the
            # slots still running would take turns with training for the interpreter lock.
            self.frame_drawn()

    @Slot(object)
    def _on_inspected(self, answer) -> None:
        if answer.generation == self.generation:
            self.inspected.emit(answer)

    @Slot()
    def _on_ready(self) -> None:
        if self.state == STARTING:
            # torch, its optimizers and the window are loaded now: some 300,000 objects that
            # live as long as the program. A full garbage collection walks them all (~165 ms
            # on the machines we measure), and training's allocations set one off every so
            # often: a stall of the window. Frozen, they are left out of every collection
            # (once a process: what later windows leave behind stays collectable).
            global _loaded_objects_frozen
            if not _loaded_objects_frozen:
                _loaded_objects_frozen = True
                gc.freeze()
            self._set_state(IDLE)
        self.ready.emit()
        steps, self._steps_when_ready = self._steps_when_ready, 0
        if steps:
            self.train(steps)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self.state == TRAINING:
            self._set_state(IDLE)
        self.failed.emit(message)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
