"""What the printed report of a run says, as plain values: the data, the settings, the final
model and its metrics, the least-squares answer and the gap to it, the verdict, the history
for the plots and the date. gui/report.py lays it out on A4 pages; nothing here knows Qt."""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass

import numpy as np

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.optimum import Metrics, Optimum, least_squares, loss_value, metrics

#: Rows of the data listed in the report (the count says how many there are).
REPORT_ROWS = 8
#: History points drawn in a plot: more are not visible on paper.
PLOT_POINTS = 2_000


@dataclass(frozen=True)
class ReportData:
    dataset: Dataset
    config: TrainConfig
    step: int
    weight: tuple[float, ...]
    bias: float
    loss: float  # the training loss (the chosen loss function) of the final model
    metrics: Metrics
    optimum: Optimum
    optimum_loss: float  # the least-squares line's value of the chosen loss
    verdict: str
    steps: np.ndarray  # the history for the plots (thinned), (m,)
    losses: np.ndarray  # (m,)
    weights: np.ndarray  # (m, k)
    biases: np.ndarray  # (m,)
    created: _dt.datetime

    @property
    def gap(self) -> float:
        """How far the loss is above the least-squares line's (0 when it is there)."""
        return self.loss - self.optimum_loss

    def first_rows(self, count: int = REPORT_ROWS) -> list[tuple[float, ...]]:
        """The first ``count`` rows as (x1, .., xk, y)."""
        ds = self.dataset
        return [(*map(float, ds.X[i]), float(ds.y[i])) for i in range(min(count, ds.n_rows))]


def _thin(n: int, limit: int) -> np.ndarray:
    if n <= limit:
        return np.arange(n)
    return np.unique(np.r_[np.linspace(0, n - 1, limit).astype(np.int64), n - 1])


def report_data(
    dataset: Dataset,
    config: TrainConfig,
    record,
    history: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    verdict: str = "",
    created: _dt.datetime | None = None,
) -> ReportData:
    """The report of the model ``record`` (a StepRecord: step, weight, bias, loss) trained on
    ``dataset`` with ``config``; ``history`` is (steps, loss, weight (m, k), bias) since the
    last reset, ``verdict`` the run's sentence in the language of the report."""
    cfg = config.validate()
    steps, losses, weights, biases = (np.asarray(a) for a in history)
    weights = weights.reshape(len(steps), -1) if len(steps) else np.empty((0, dataset.n_features))
    idx = _thin(len(steps), PLOT_POINTS)
    opt = least_squares(dataset)
    weight = tuple(float(v) for v in record.weight)
    bias = float(record.bias)
    loss = float(record.loss)
    if not math.isfinite(loss):
        loss = loss_value(dataset, weight, bias, cfg.loss, cfg.huber_delta)
    return ReportData(
        dataset=dataset, config=cfg, step=int(record.step), weight=weight, bias=bias,
        loss=loss, metrics=metrics(dataset, weight, bias), optimum=opt,
        optimum_loss=opt.loss(dataset, cfg.loss, cfg.huber_delta), verdict=verdict,
        steps=np.asarray(steps, dtype=np.float64)[idx],
        losses=np.asarray(losses, dtype=np.float64)[idx],
        weights=np.asarray(weights, dtype=np.float64)[idx],
        biases=np.asarray(biases, dtype=np.float64)[idx],
        created=created or _dt.datetime.now().astimezone(),
    )


def from_trainer(trainer, verdict: str | None = None, created=None) -> ReportData:
    """The report of a Trainer's current model (the headless command's)."""
    h = trainer.history
    if verdict is None:
        verdict = trainer.last_result.message if trainer.last_result is not None else ""
    return report_data(trainer.dataset, trainer.config, trainer.latest,
                       (h.steps, h.loss, h.weight, h.bias), verdict, created)
