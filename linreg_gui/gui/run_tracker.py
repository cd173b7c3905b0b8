"""What happened since the last reset, for the teaching views: the history the window has
received (the loss curve and the parameters' path), the runs that made it (their lengths and
settings, for the exported script) and a start chosen by hand on the loss landscape.

It only listens to the window's snapshots and run endings; it never asks the engine.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.session import MAX_RUN_RECORDS, SessionHistory, SessionRun

#: A path drawn live is thinned to about this many points (the newest always kept).
MAX_PATH_POINTS = 4_000


class RunTracker(QObject):
    # The history since the last reset grew (False) or was replaced (True: reset, new data,
    # new start, restored session). Carries nothing: read ``path()``.
    history_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chunks: list[tuple[np.ndarray, ...]] = []
        self._joined: tuple[np.ndarray, ...] | None = None
        self._k = 1
        self.latest = None  # the newest StepRecord shown
        self.run_lengths: list[int] = []  # updates of each run since the last reset
        self.run_configs: list[TrainConfig | None] = []  # their settings (None: not known)
        self.start: tuple[tuple[float, ...], float] | None = None  # chosen by hand, data units
        self._pending_start: tuple[tuple[float, ...], float] | None = None

    # ---- input ------------------------------------------------------------------------------

    def expect_start(self, weight, bias: float) -> None:
        """A start chosen by hand was asked for: the next fresh history begins there."""
        self._pending_start = (tuple(float(v) for v in weight), float(bias))

    def on_snapshot(self, snap) -> None:
        """Called for every snapshot the window shows (keep it cheap: it runs per frame)."""
        self.latest = snap.latest
        chunk = snap.chunk
        if snap.replace:
            self._chunks = []
            self._joined = None
            self._k = len(snap.latest.weight)
            step = int(snap.latest.step)
            if step == 0:
                self.run_lengths, self.run_configs = [], []
                self.start, self._pending_start = self._pending_start, None
            elif sum(self.run_lengths) != step:  # a restored session: its runs are not known
                self.run_lengths, self.run_configs = [step], [None]
                self.start = None
        if len(chunk):
            self._chunks.append((chunk.steps, chunk.loss, chunk.weight, chunk.bias))
            self._joined = None
        self.history_changed.emit(bool(snap.replace))

    def on_run_finished(self, result, config: TrainConfig) -> None:
        """Count a finished run (call after its last snapshot was shown)."""
        if sum(self.run_lengths) != result.start_step:
            self.run_lengths = [result.start_step] if result.start_step else []
            self.run_configs = [None] if result.start_step else []
        if result.steps_done > 0:
            self.run_lengths.append(int(result.steps_done))
            self.run_configs.append(config)

    # ---- output -----------------------------------------------------------------------------

    def history(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(steps, loss, weight (m, k), bias) since the last reset."""
        if self._joined is None:
            if self._chunks:
                parts = list(zip(*self._chunks, strict=True))
                self._joined = tuple(np.concatenate(p) for p in parts)
            else:
                k = self._k
                self._joined = (np.empty(0, np.int64), np.empty(0), np.empty((0, k)),
                                np.empty(0))
            self._chunks = [self._joined] if len(self._joined[0]) else []
        return self._joined

    def last_step(self) -> int | None:
        """The newest step of the history received, or None."""
        return int(self._chunks[-1][0][-1]) if self._chunks else None

    def path(self, limit: int = MAX_PATH_POINTS) -> tuple[np.ndarray, np.ndarray]:
        """The parameters' path (weights (m, k), biases (m,)), thinned to about ``limit``
        points for drawing, the last point always the newest state."""
        _steps, _loss, weight, bias = self.history()
        m = len(bias)
        if m > limit:
            idx = np.unique(np.r_[np.linspace(0, m - 1, limit).astype(np.int64), m - 1])
            weight, bias = weight[idx], bias[idx]
        return weight, bias

    def settings_changed(self) -> bool:
        """Did the runs since the last reset use different settings (or unknown ones)?"""
        known = {c for c in self.run_configs if c is not None}
        return len(known) > 1 or (None in self.run_configs and bool(known))

    def make_run(self, result, config: TrainConfig, label: str) -> SessionRun:
        """The finished run as kept for comparison: curve and path since the last reset."""
        steps, loss, weight, bias = self.history()
        history = SessionHistory(steps.copy(), loss.copy(), weight.copy(), bias.copy())
        final = float(self.latest.loss) if self.latest is not None else None
        if final is not None and not np.isfinite(final):
            final = None
        return SessionRun(
            label=label,
            config=config,
            status=result.status,
            reason=result.reason,
            start_step=int(result.start_step),
            end_step=int(result.end_step),
            loss=final,
            message=result.message,
            history=history.thinned(MAX_RUN_RECORDS),
        )
