"""A held-out test split: a seeded, reproducible choice of rows the model never trains on,
and the loss, RMSE and R² of any model on them.

The rows are chosen by a Fisher–Yates shuffle driven by ``random.Random(seed).random()``, the
one stream Python promises to repeat across versions; an exported script repeats the same
few lines with the standard library. Both parts keep the table's order.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import numpy as np

from linreg_gui.core.config import MAX_TEST_FRACTION  # noqa: F401 (re-export)
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.optimum import loss_of_residuals

#: Residuals computed at once when evaluating many models (a block of history records).
_BLOCK_ELEMENTS = 1 << 20


def fraction_problem(fraction, n_rows: int | None = None) -> str | None:
    """Why ``fraction`` cannot be held out of ``n_rows`` rows (English), or None."""
    if isinstance(fraction, bool) or not isinstance(fraction, (int, float)) \
            or not math.isfinite(fraction) or not 0 <= fraction <= MAX_TEST_FRACTION:
        return (f"the test fraction must be from 0 to {MAX_TEST_FRACTION:g} (0.2 holds out "
                f"20% of the rows), got {fraction!r}")
    if n_rows is not None and fraction > 0 and n_rows < 2:
        return f"holding out rows for testing needs at least 2 rows, the data has {n_rows}"
    return None


def test_count(n_rows: int, fraction: float) -> int:
    """How many of ``n_rows`` rows are held out: the nearest whole number, at least one when
    the fraction is above 0, and never all of them."""
    if fraction <= 0 or n_rows < 2:
        return 0
    return min(n_rows - 1, max(1, math.floor(n_rows * fraction + 0.5)))


def shuffled(n_rows: int, seed: int) -> list[int]:
    """0..n_rows-1 in the seeded order (Fisher–Yates over Random(seed).random())."""
    rng = random.Random(int(seed))
    order = list(range(n_rows))
    for i in range(n_rows - 1, 0, -1):
        j = int(rng.random() * (i + 1))
        order[i], order[j] = order[j], order[i]
    return order


def split_rows(n_rows: int, fraction: float, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(training rows, test rows), each in the table's order, as int64 indices."""
    problem = fraction_problem(fraction, n_rows)
    if problem is not None:
        raise ValueError(problem)
    m = test_count(n_rows, fraction)
    if m == 0:
        return np.arange(n_rows, dtype=np.int64), np.zeros(0, dtype=np.int64)
    test = np.sort(np.array(shuffled(n_rows, seed)[:m], dtype=np.int64))
    mask = np.ones(n_rows, dtype=bool)
    mask[test] = False
    return np.flatnonzero(mask).astype(np.int64), test


def take_rows(dataset: Dataset, rows: np.ndarray) -> Dataset:
    """The rows ``rows`` of ``dataset``, as a Dataset of their own."""
    X = np.ascontiguousarray(dataset.X[rows])
    y = np.ascontiguousarray(dataset.y[rows])
    X.setflags(write=False)
    y.setflags(write=False)
    return Dataset(dataset.feature_names, dataset.target_name, X, y, dataset.source)


@dataclass(frozen=True)
class TestScore:
    rows: int
    loss: float  # the training loss function's value on the test rows
    mse: float
    rmse: float
    r2: float | None  # None when the test target is constant


def score(test: Dataset, weight, bias: float, loss: str = "mse",
          huber_delta: float = 1.0) -> TestScore:
    """The model (weight, bias) on the held-out rows, in float64."""
    w = np.asarray(weight, dtype=np.float64).reshape(-1)
    with np.errstate(over="ignore", invalid="ignore"):
        residual = test.X @ w + float(bias) - test.y
        mse = float(np.mean(residual ** 2))
        ss_tot = float(np.sum((test.y - test.y.mean()) ** 2))
        r2 = None if ss_tot == 0.0 else 1.0 - float(np.sum(residual ** 2)) / ss_tot
    value = mse if loss == "mse" else loss_of_residuals(residual, loss, huber_delta)
    return TestScore(test.n_rows, value, mse, math.sqrt(mse) if mse >= 0 else math.nan, r2)


def losses(test: Dataset, weights: np.ndarray, biases: np.ndarray, loss: str = "mse",
           huber_delta: float = 1.0) -> np.ndarray:
    """The test loss of each model (weights[i], biases[i]): for a history's records."""
    W = np.asarray(weights, dtype=np.float64).reshape(len(biases), -1)
    b = np.asarray(biases, dtype=np.float64).reshape(-1)
    out = np.empty(b.shape[0], dtype=np.float64)
    block = max(1, _BLOCK_ELEMENTS // max(1, test.n_rows))
    with np.errstate(over="ignore", invalid="ignore"):
        for start in range(0, b.shape[0], block):
            stop = min(b.shape[0], start + block)
            r = W[start:stop] @ test.X.T + b[start:stop, None] - test.y[None, :]
            if loss == "mse":
                out[start:stop] = np.mean(r * r, axis=1)
            elif loss == "mae":
                out[start:stop] = np.mean(np.abs(r), axis=1)
            else:
                a = np.abs(r)
                d = huber_delta
                out[start:stop] = np.mean(np.where(a <= d, 0.5 * r * r, d * (a - 0.5 * d)),
                                          axis=1)
    return out
