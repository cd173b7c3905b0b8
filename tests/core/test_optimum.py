"""The reference answer (least squares), the metrics shown to the student, and the stable lr."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from linreg_gui.core.dataset import Dataset
from linreg_gui.core.optimum import (
    largest_stable_lr,
    least_squares,
    loss_value,
    metrics,
)
from linreg_gui.core.trainer import TrainConfig, Trainer


def lstsq_with_intercept(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    A = np.column_stack([X, np.ones(len(y))])
    sol, *_ = np.linalg.lstsq(A, y, rcond=None)
    return sol[:-1], float(sol[-1])


def exact_least_squares(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """The normal equations solved in exact rational arithmetic from the float64 data."""
    rows = [[Fraction(float(v)) for v in r] + [Fraction(1)] for r in X]
    ys = [Fraction(float(v)) for v in y]
    m = X.shape[1] + 1
    M = [
        [sum(r[i] * r[j] for r in rows) for j in range(m)]
        + [sum(r[i] * t for r, t in zip(rows, ys))]
        for i in range(m)
    ]
    for c in range(m):
        p = next(r for r in range(c, m) if M[r][c] != 0)
        M[c], M[p] = M[p], M[c]
        for r in range(m):
            if r != c and M[r][c] != 0:
                f = M[r][c] / M[c][c]
                M[r] = [a - f * b for a, b in zip(M[r], M[c])]
    sol = [float(M[i][m] / M[i][i]) for i in range(m)]
    return np.array(sol[:-1]), sol[-1]


@pytest.mark.parametrize("k", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_optimum_agrees_with_numpy_lstsq(seed, k):
    rng = np.random.default_rng(100 * k + seed)
    n = 30 + 10 * k
    X = rng.normal(size=(n, k)) * rng.uniform(0.1, 10, size=k) + rng.uniform(-5, 5, size=k)
    y = X @ rng.normal(size=k) + rng.normal() + rng.normal(scale=0.5, size=n)
    ds = Dataset.from_arrays(X, y)
    opt = least_squares(ds)
    w_ref, b_ref = lstsq_with_intercept(X, y)
    assert len(opt.weight) == k
    np.testing.assert_allclose(opt.weight, w_ref, rtol=1e-9, atol=1e-12)
    assert opt.bias == pytest.approx(b_ref, rel=1e-9, abs=1e-12)
    assert opt.mse == pytest.approx(np.mean((X @ w_ref + b_ref - y) ** 2), rel=1e-12)
    assert opt.loss(ds) == pytest.approx(opt.mse, rel=1e-12)


def _years_nearly_collinear():
    rng = np.random.default_rng(0)
    years = np.arange(2000, 2021, dtype=np.float64)
    second = years + 1e-3 * rng.normal(size=years.size)  # almost the same column
    X = np.column_stack([years, second])
    y = 3 * years - 2 * second + 100 + rng.normal(size=years.size)
    return X, y


def _vandermonde():
    rng = np.random.default_rng(1)
    x = np.linspace(0, 1, 30)
    X = np.column_stack([x**p for p in range(1, 7)])
    y = np.sin(3 * x) + 0.01 * rng.normal(size=x.size)
    return X, y


@pytest.mark.parametrize("make", [_years_nearly_collinear, _vandermonde], ids=["years", "vander"])
def test_optimum_on_ill_conditioned_data(make):
    X, y = make()
    A = np.column_stack([X, np.ones(len(y))])
    assert np.linalg.cond(A) > 1e4  # the case is really ill-conditioned
    ds = Dataset.from_arrays(X, y)
    opt = least_squares(ds)
    w_exact, b_exact = exact_least_squares(X, y)
    np.testing.assert_allclose(opt.weight, w_exact, rtol=1e-7)
    assert opt.bias == pytest.approx(b_exact, rel=1e-7)
    w_np, b_np = lstsq_with_intercept(X, y)
    np.testing.assert_allclose(opt.weight, w_np, rtol=1e-5)
    assert opt.bias == pytest.approx(b_np, rel=1e-5)
    # No other line has a smaller mean squared error.
    exact_mse = float(np.mean((X @ w_exact + b_exact - y) ** 2))
    assert opt.mse <= exact_mse * (1 + 1e-9)
    assert opt.mse <= float(np.mean((X @ w_np + b_np - y) ** 2)) * (1 + 1e-9)


def test_optimum_of_the_lesson_is_score_20_per_hour():
    opt = least_squares(Dataset.lesson())
    assert opt.weight[0] == pytest.approx(20.0, abs=1e-9)
    assert opt.bias == pytest.approx(0.0, abs=1e-9)
    assert opt.mse == pytest.approx(0.0, abs=1e-12)


def test_optimum_with_duplicated_column_still_fits():
    x = np.arange(10, dtype=np.float64)
    X = np.column_stack([x, x])
    y = 4 * x + 1
    opt = least_squares(Dataset.from_arrays(X, y))
    assert all(math.isfinite(v) for v in opt.weight)
    assert sum(opt.weight) == pytest.approx(4.0)
    assert opt.bias == pytest.approx(1.0)
    assert opt.mse == pytest.approx(0.0, abs=1e-20)


def test_metrics_by_hand():
    ds = Dataset.from_arrays([0, 1, 2, 3], [1, 3, 2, 5])
    m = metrics(ds, [1.0], 1.0)  # predictions 1, 2, 3, 4; residuals 0, -1, 1, -1
    assert m.mse == pytest.approx(0.75)
    assert m.rmse == pytest.approx(math.sqrt(0.75))
    assert m.mae == pytest.approx(0.75)
    # y mean 2.75; total sum of squares 8.75; residual sum of squares 3
    assert m.r2 == pytest.approx(1 - 3 / 8.75)


def test_metrics_of_the_optimum_on_the_lesson_are_perfect():
    ds = Dataset.lesson()
    opt = least_squares(ds)
    m = metrics(ds, opt.weight, opt.bias)
    assert m.mse == pytest.approx(0.0, abs=1e-12)
    assert m.r2 == pytest.approx(1.0)


def test_r2_is_negative_for_a_line_worse_than_the_mean():
    ds = Dataset.from_arrays([1, 2, 3], [1, 2, 3])
    m = metrics(ds, [-1.0], 0.0)
    assert m.r2 is not None and m.r2 < 0


def test_r2_is_none_for_a_constant_target():
    ds = Dataset.from_arrays([1, 2, 3, 4], [5, 5, 5, 5])
    m = metrics(ds, [1.0], 0.0)
    assert m.r2 is None
    assert m.mse == pytest.approx(np.mean((np.array([1, 2, 3, 4]) - 5.0) ** 2))
    opt = least_squares(ds)
    assert opt.weight[0] == pytest.approx(0.0, abs=1e-12)
    assert opt.bias == pytest.approx(5.0)
    assert metrics(ds, opt.weight, opt.bias).r2 is None


@pytest.mark.parametrize("loss", ["mse", "mae", "huber"])
@pytest.mark.parametrize("delta", [0.5, 1.0, 3.0])
def test_loss_value_matches_torch(loss, delta):
    rng = np.random.default_rng(5)
    X = rng.normal(size=(25, 2))
    y = rng.normal(scale=3, size=25)
    ds = Dataset.from_arrays(X, y)
    w, b = [0.3, -1.2], 0.4
    pred = torch.tensor(X @ np.array(w) + b)
    yt = torch.tensor(y)
    expected = {
        "mse": F.mse_loss(pred, yt),
        "mae": F.l1_loss(pred, yt),
        "huber": F.huber_loss(pred, yt, delta=delta),
    }[loss].item()
    assert loss_value(ds, w, b, loss, delta) == pytest.approx(expected, rel=1e-12)


def test_loss_value_rejects_an_unknown_loss():
    with pytest.raises(ValueError, match="mse, mae, huber"):
        loss_value(Dataset.lesson(), [1.0], 0.0, "hinge")


def test_largest_stable_lr_of_the_lesson():
    assert f"{largest_stable_lr(Dataset.lesson().X):.4f}" == "0.1803"


def test_largest_stable_lr_is_two_over_the_largest_curvature():
    rng = np.random.default_rng(9)
    X = rng.normal(size=(60, 3)) * [1, 5, 0.2] + [3, 0, 1]
    A = np.column_stack([X, np.ones(60)])
    lam_max = np.linalg.eigvalsh(2 / 60 * A.T @ A).max()
    assert largest_stable_lr(X) == pytest.approx(2 / lam_max, rel=1e-10)


@pytest.mark.parametrize("factor, diverges", [(0.95, False), (1.05, True)])
def test_largest_stable_lr_is_the_boundary_the_student_sees(factor, diverges):
    ds = Dataset.lesson()
    lr = factor * largest_stable_lr(ds.X)
    trainer = Trainer(ds, TrainConfig(lr=lr))
    result = trainer.run(3000)
    if diverges:
        assert result.status == "diverged"
    else:
        assert result.status != "diverged"
        assert trainer.latest.loss < 1e-3 * trainer.history.record(0).loss
