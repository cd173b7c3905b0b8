"""The reference answer: the least-squares line in float64, and metrics for any parameters.

The optimum is found by an orthogonal method (numpy's SVD-based lstsq on centred columns),
never by inverting X^T X, whose condition number is the square of the data's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from linreg_gui.core.dataset import Dataset

LOSSES = ("mse", "mae", "huber")


@dataclass(frozen=True)
class Optimum:
    weight: tuple[float, ...]
    bias: float
    mse: float

    def loss(self, dataset: Dataset, loss: str = "mse", huber_delta: float = 1.0) -> float:
        return loss_value(dataset, self.weight, self.bias, loss, huber_delta)


@dataclass(frozen=True)
class Metrics:
    mse: float
    rmse: float
    mae: float
    r2: float | None  # None when the target is constant (R^2 is undefined)


def least_squares(dataset: Dataset) -> Optimum:
    """Weight and bias that minimise the mean squared error, in float64."""
    X = dataset.X
    y = dataset.y
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean
    yc = y - y_mean
    # Centring removes the intercept column, which is what makes badly offset data (years,
    # prices) ill-conditioned; lstsq then gives the minimum-norm answer if columns are collinear.
    w, *_ = np.linalg.lstsq(Xc, yc, rcond=None)
    b = float(y_mean - x_mean @ w)
    with np.errstate(over="ignore", invalid="ignore"):  # data near 1e300: an infinite MSE
        residual = X @ w + b - y
        mse = float(np.mean(residual**2))
    return Optimum(tuple(float(v) for v in w), b, mse)


def predict(dataset_or_X: Dataset | np.ndarray, weight, bias: float) -> np.ndarray:
    X = dataset_or_X.X if isinstance(dataset_or_X, Dataset) else np.asarray(dataset_or_X)
    return X @ np.asarray(weight, dtype=np.float64).reshape(-1) + float(bias)


def loss_of_residuals(residual: np.ndarray, loss: str = "mse", huber_delta: float = 1.0) -> float:
    """The mean loss of residuals (prediction - target), as torch defines each loss."""
    a = np.abs(residual)
    if loss == "mse":
        return float(np.mean(residual**2))
    if loss == "mae":
        return float(np.mean(a))
    if loss == "huber":
        d = huber_delta
        return float(np.mean(np.where(a <= d, 0.5 * residual**2, d * (a - 0.5 * d))))
    raise ValueError(f"unknown loss {loss!r}; choose one of {', '.join(LOSSES)}")


def loss_value(dataset: Dataset, weight, bias: float, loss: str = "mse", huber_delta=1.0) -> float:
    with np.errstate(over="ignore", invalid="ignore"):
        return loss_of_residuals(predict(dataset, weight, bias) - dataset.y, loss, huber_delta)


def metrics(dataset: Dataset, weight, bias: float) -> Metrics:
    """MSE, RMSE, MAE and R^2 of the line (weight, bias) on the whole dataset."""
    with np.errstate(over="ignore", invalid="ignore"):
        residual = predict(dataset, weight, bias) - dataset.y
        mse = float(np.mean(residual**2))
        mae = float(np.mean(np.abs(residual)))
        ss_tot = float(np.sum((dataset.y - dataset.y.mean()) ** 2))
        r2 = None if ss_tot == 0.0 else 1.0 - float(np.sum(residual**2)) / ss_tot
    return Metrics(mse, math.sqrt(mse) if mse >= 0 else math.nan, mae, r2)


def largest_stable_lr(X: np.ndarray) -> float:
    """The largest learning rate at which plain full-batch gradient descent on MSE converges.

    The MSE's curvature (Hessian) is H = 2/n [X 1]^T [X 1]; gradient descent converges when
    lr < 2 / lambda_max(H). Above that, every step overshoots the minimum by more than it gains.
    """
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    # Singular values of A are stable where forming A^T A is not: lambda_max = 2/n * s_max^2.
    s_max = float(np.linalg.norm(A, ord=2))
    curvature = 2.0 * (s_max * s_max) / X.shape[0]  # inf, not OverflowError, past 1e154
    return 2.0 / curvature if curvature > 0 else math.inf
