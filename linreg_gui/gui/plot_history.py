"""The training history behind the loss and parameter plots: growable columns that curves
view without copying, with the range of their finite values kept up to date as records arrive
(so a frame never rescans the whole history to find the plots' y ranges)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

#: While a run goes on, the history plots' step axis keeps room for at least this many more
#: frames' worth of steps: early in a run each frame adds a large share of the history, and
#: 25% headroom alone re-ranged the axis (an expensive frame) every frame or two.
LIVE_FRAMES_AHEAD = 4


def _finite_span(values: np.ndarray) -> tuple[float, float]:
    """(min, max) of the finite values; (inf, -inf) when there are none."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return math.inf, -math.inf
    return float(finite.min()), float(finite.max())


def _union(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return min(a[0], b[0]), max(a[1], b[1])


class HistoryBuffer:
    """Growable float64 columns of a training history; capacity doubles, so appending m records
    costs O(m) amortised, and curves get views of the first n rows, never copies.

    ``loss_bounds`` and ``param_bounds`` hold the smallest and largest finite log10 loss (as
    drawn, floor included) and weight or bias so far, updated from each appended chunk."""

    def __init__(self, n_weights: int) -> None:
        self.n_weights = n_weights
        self.n = 0
        self.pace = 0.0  # steps the last appended chunk added to a non-empty history
        self._allocate(1024)
        self._reset_bounds()

    def _allocate(self, capacity: int) -> None:
        n, k = self.n, self.n_weights
        old = getattr(self, "steps", None)
        steps = np.empty(capacity)
        loss = np.empty(capacity)
        log_loss = np.empty(capacity)
        weight = np.empty((k, capacity))  # one contiguous row per weight
        bias = np.empty(capacity)
        if old is not None and n:
            steps[:n] = self.steps[:n]
            loss[:n] = self.loss[:n]
            log_loss[:n] = self.log_loss[:n]
            weight[:, :n] = self.weight[:, :n]
            bias[:n] = self.bias[:n]
        self.steps, self.loss, self.log_loss = steps, loss, log_loss
        self.weight, self.bias = weight, bias

    def _reset_bounds(self) -> None:
        self.loss_bounds = (math.inf, -math.inf)
        self.param_bounds = (math.inf, -math.inf)

    def _widen_bounds(self, start: int, end: int) -> None:
        self.loss_bounds = _union(self.loss_bounds, _finite_span(self.log_loss[start:end]))
        params = _union(_finite_span(self.weight[:, start:end]), _finite_span(self.bias[start:end]))
        self.param_bounds = _union(self.param_bounds, params)

    def clear(self, n_weights: int) -> None:
        self.n = 0
        self.pace = 0.0
        self._reset_bounds()
        if n_weights != self.n_weights:
            self.n_weights = n_weights
            self._allocate(1024)

    def append(self, steps, loss, weight, bias, loss_floor: float) -> None:
        steps = np.asarray(steps, dtype=np.float64).reshape(-1)
        m = steps.shape[0]
        loss = np.asarray(loss, dtype=np.float64).reshape(-1)
        bias = np.asarray(bias, dtype=np.float64).reshape(-1)
        weight = np.asarray(weight, dtype=np.float64)
        weight = weight.reshape(m, -1) if m else weight.reshape(0, self.n_weights)
        if loss.shape[0] != m or bias.shape[0] != m or weight.shape[1] != self.n_weights:
            raise ValueError(
                f"history chunk shapes disagree: steps {m}, loss {loss.shape[0]}, "
                f"weight {weight.shape} (expected {self.n_weights} weights), bias {bias.shape[0]}"
            )
        if m == 0:
            return
        start, end = self.n, self.n + m
        self.pace = float(steps[-1] - self.steps[start - 1]) if start else 0.0
        if end > self.steps.shape[0]:
            self._allocate(max(end, 2 * self.steps.shape[0]))
        self.steps[start:end] = steps
        self.loss[start:end] = loss
        self._log10_clamped(loss, loss_floor, self.log_loss[start:end])
        self.weight[:, start:end] = weight.T
        self.bias[start:end] = bias
        self.n = end
        self._widen_bounds(start, end)

    def reclamp(self, loss_floor: float) -> None:
        self._log10_clamped(self.loss[: self.n], loss_floor, self.log_loss[: self.n])
        self._reset_bounds()
        if self.n:
            self._widen_bounds(0, self.n)

    @staticmethod
    def _log10_clamped(loss: np.ndarray, floor: float, out: np.ndarray) -> None:
        # Zero or negative losses are drawn at the floor; NaN and inf stay non-finite, which
        # the curve leaves as gaps.
        np.maximum(loss, floor, out=out)
        with np.errstate(divide="ignore", invalid="ignore"):
            np.log10(out, out=out)

    def nearest(self, step: float) -> int | None:
        """Index of the record whose step is closest to ``step``."""
        if self.n == 0:
            return None
        steps = self.steps[: self.n]
        i = int(np.searchsorted(steps, step))
        if i >= self.n:
            return self.n - 1
        if i > 0 and step - steps[i - 1] < steps[i] - step:
            return i - 1
        return i

    def step_extent(
        self, extent: tuple[float, float] | None, live: bool = False,
        run_end: float | None = None,
    ) -> tuple[float, float] | None:
        """The x range of the history plots: ``extent`` while every step is inside it, else
        from the first step to 25% past the last. The range (and with it every curve's
        downsampled copy, an O(history) computation) changes once per 25% of growth.

        ``live``: a run goes on; when the range grows it doubles the span (keeping room for at
        least LIVE_FRAMES_AHEAD more chunks like the last), but never past ``run_end``, the
        step the run will end at: the axis then re-ranges a few times early in a long run and
        holds still for the rest (a re-ranged axis is the dearest part of a frame), and the
        curve ends at the right edge. Not live, a range wider than 25% past the last step is
        tightened to that (the view a finished run leaves)."""
        if self.n == 0:
            return None
        first, last = float(self.steps[0]), float(self.steps[self.n - 1])
        end = first + 1.25 * max(last - first, 8.0)
        if extent is None or first < extent[0] or last > extent[1]:
            if live:
                end = max(end, first + 2.0 * (last - first), last + LIVE_FRAMES_AHEAD * self.pace)
                if run_end is not None and run_end >= last:
                    # Close to the end: go all the way, rather than re-range once more.
                    end = run_end if end >= first + 0.5 * (run_end - first) else end
            return (first, end)
        if not live and extent[1] > end:
            return (first, end)
        return extent


class Log10Curve(pg.PlotDataItem):
    """A curve on a log-y plot that is given log10 values, computed once per record as the
    records arrive: left to itself, PlotDataItem takes log10 of the whole history on every
    setData, the largest cost of a frame at a million points."""

    def setLogMode(self, xState: bool, yState: bool) -> None:  # noqa: N802 (Qt naming)
        super().setLogMode(xState, False)
