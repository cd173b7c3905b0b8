"""What the plots draw for a polynomial model and a held-out split: the model as a smooth
curve over the data's range and a little beyond, and the test loss beside the training loss
(the held-out points themselves are drawn hollow by the fit plot)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from linreg_gui.core import features, split
from linreg_gui.core.dataset import Dataset
from linreg_gui.gui.plot_history import HistoryBuffer, Log10Curve

#: Points along a polynomial curve: smooth at any plot width up to 4K.
CURVE_POINTS = 600


def curve_x(line_x: np.ndarray) -> np.ndarray:
    """Evenly spaced x values from line_x[0] to line_x[-1] (the data's range and 5% more)."""
    return np.linspace(float(line_x[0]), float(line_x[-1]), CURVE_POINTS)


def model_values(x: np.ndarray, weight: np.ndarray, bias: float, degree: int) -> np.ndarray:
    """The model at ``x``: w·x + b for a line (computed as always), else the polynomial."""
    if degree <= 1:
        return weight[0] * x + bias
    return features.evaluate(x, weight, bias)


def clip_curve(x: np.ndarray, y: np.ndarray, reach) -> tuple[np.ndarray, np.ndarray]:
    """The curve with the parts outside ``reach`` (y range) left out: it breaks off at the
    plot's edge instead of being drawn at huge coordinates."""
    if reach is None:
        return x, y
    lo, hi = reach
    y = np.where((y >= lo) & (y <= hi), y, np.nan)
    return x, y


class TestLossCurve:
    """The held-out rows' loss at every recorded step, a dashed curve on the loss plot; kept
    in step with the HistoryBuffer the training loss curve draws from."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        self.curve = Log10Curve(antialias=False, autoDownsampleFactor=1.0)
        self.curve.setDynamicRangeLimit(None)
        plot.addItem(self.curve, ignoreBounds=True)
        self._test: Dataset | None = None
        self._loss = ("mse", 1.0)
        self._log = np.empty(0)
        self.n = 0
        self.bounds = (math.inf, -math.inf)

    @property
    def active(self) -> bool:
        return self._test is not None

    def set_test(self, test: Dataset | None, loss: str, huber_delta: float,
                 history: HistoryBuffer, floor: float) -> None:
        """New held-out rows (None: no split) or loss; the curve is computed again."""
        self._test, self._loss = test, (loss, huber_delta)
        self.n = 0
        self.sync(history, floor)

    def sync(self, history: HistoryBuffer, floor: float) -> None:
        """Compute the test loss of the records the history gained since the last call (all
        of them after a clear)."""
        if self._test is None or history.n < self.n or history.n_weights != self._test.n_features:
            self.n = 0
            self.bounds = (math.inf, -math.inf)
            if self._test is None or history.n_weights != self._test.n_features:
                self.curve.setData([], [])
                return
        start, end = self.n, history.n
        if end > self._log.shape[0]:
            grown = np.empty(max(end, 2 * self._log.shape[0], 1024))
            grown[:start] = self._log[:start]
            self._log = grown
        if end > start:
            values = split.losses(self._test, history.weight[:, start:end].T,
                                  history.bias[start:end], *self._loss)
            out = self._log[start:end]
            np.maximum(values, floor, out=out)
            with np.errstate(divide="ignore", invalid="ignore"):
                np.log10(out, out=out)
            finite = out[np.isfinite(out)]
            if finite.size:
                self.bounds = (min(self.bounds[0], float(finite.min())),
                               max(self.bounds[1], float(finite.max())))
        self.n = end

    def draw(self, steps: np.ndarray) -> None:
        if self._test is None or self.n != steps.shape[0]:
            self.curve.setData([], [])
            return
        self.curve.setData(steps, self._log[: self.n])

    def value_at(self, i: int) -> float | None:
        """The test loss of history record ``i`` (for the hover text)."""
        if self._test is None or not 0 <= i < self.n:
            return None
        return float(10.0 ** self._log[i])
