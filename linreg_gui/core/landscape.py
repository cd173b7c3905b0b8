"""The loss landscape: the loss over a grid of two parameters, for contour and surface plots.

For the MSE the grid comes from sufficient statistics (:class:`MSEStats`): after they are
computed once (O(rows)), every grid costs O(grid), whatever the number of rows. With one
feature the grid is the whole picture, loss(w, b); with more features it is a slice through
two chosen parameters (w_i, b) or (w_i, w_j), the others held at given values (by default
at the least-squares optimum).

When training is standardized the optimizer walks the standardized columns, so the picture
that shows its path is the landscape in standardized coordinates: ``space="standardized"``.
:class:`Standardization` converts parameters (a whole path at once) between the two spaces,
with the same statistics and formulas as the Trainer.

MAE and Huber have no sufficient statistics. Their grids are computed exactly, row by row,
when the data has at most ``max_rows`` rows (2,000 by default); with more, on a seeded
random sample of ``max_rows`` rows (``LossGrid.exact`` is False and ``LossGrid.note`` says
so). Such a grid costs O(grid x sample) and needs the Dataset, not just MSEStats.

Nothing here knows about Qt or torch.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from linreg_gui.core.dataset import Dataset
from linreg_gui.core.optimum import LOSSES, Optimum
from linreg_gui.core.quadratic import MSEStats

SPACES = ("data", "standardized")
#: Rows used for MAE / Huber grids; more rows are sampled down to this many.
SUBSAMPLE_ROWS = 2000


# ---- standardization ----------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Standardization:
    """The statistics a standardized run trains with: columns (x - x_mean) / x_scale and
    (y - y_mean) / y_scale. A column with no spread keeps scale 1."""

    x_mean: np.ndarray  # (k,)
    x_scale: np.ndarray  # (k,)
    y_mean: float
    y_scale: float

    @classmethod
    def of(cls, dataset: Dataset) -> Standardization:
        """The statistics the Trainer computes for this data (bit for bit: same formulas)."""
        X, y = dataset.X, dataset.y
        x_mean = X.mean(axis=0)
        sx = X.std(axis=0)
        x_scale = np.where(sx > 0, sx, 1.0)
        y_mean = float(y.mean())
        sy = float(y.std())
        return cls(x_mean, x_scale, y_mean, sy if sy > 0 else 1.0)

    @classmethod
    def from_trainer(cls, trainer) -> Standardization | None:
        """The statistics a Trainer trains with, or None when it trains in data units."""
        stats = trainer.standardization
        return None if stats is None else cls(*stats)

    @classmethod
    def from_stats(cls, stats: MSEStats) -> Standardization:
        """Derived from sufficient statistics alone (the same numbers up to rounding)."""
        sx = np.sqrt(np.maximum(np.diag(stats.cov_xx), 0.0))
        sy = math.sqrt(max(stats.var_y, 0.0))
        return cls(
            np.asarray(stats.x_mean, dtype=np.float64).copy(),
            np.where(sx > 0, sx, 1.0),
            _y_mean(stats),
            sy if sy > 0 else 1.0,
        )

    def columns(self, X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Standardized copies of feature rows (n, k) and targets (n,), in float64."""
        return (np.asarray(X) - self.x_mean) / self.x_scale, (np.asarray(y) - self.y_mean) / (
            self.y_scale
        )

    def to_data(self, weight, bias):
        """Standardized parameters -> data units. ``weight`` (k,) or a path (m, k), ``bias``
        a number or (m,); the Trainer's formulas."""
        w = np.asarray(weight, dtype=np.float64)
        b = np.asarray(bias, dtype=np.float64)
        w_data = w * self.y_scale / self.x_scale
        b_data = self.y_mean + self.y_scale * b - w_data @ self.x_mean
        return w_data, (float(b_data) if b_data.ndim == 0 else b_data)

    def to_standardized(self, weight, bias):
        """Data units -> standardized parameters (the inverse of :meth:`to_data`)."""
        w = np.asarray(weight, dtype=np.float64)
        b = np.asarray(bias, dtype=np.float64)
        b_s = (b - self.y_mean + w @ self.x_mean) / self.y_scale
        w_s = w * self.x_scale / self.y_scale
        return w_s, (float(b_s) if b_s.ndim == 0 else b_s)


def _y_mean(stats: MSEStats) -> float:
    # The least-squares line passes through the means: b* = mean(y) - mean(x) . w*.
    return float(stats.optimum.bias + np.asarray(stats.x_mean) @ np.asarray(stats.optimum.weight))


def standardized_stats(stats: MSEStats, st: Standardization) -> MSEStats:
    """The MSE statistics of the standardized columns, from the data's in O(k^2).

    The standardized MSE at (w_s, b_s) is the data's MSE at ``st.to_data(w_s, b_s)`` divided
    by y_scale^2; written as statistics of its own it is evaluated without the cancellation
    that converting every grid node back to data units would bring on offset data.
    """
    m = np.asarray(stats.x_mean, dtype=np.float64)
    w_opt = np.asarray(stats.optimum.weight, dtype=np.float64)
    sy2 = st.y_scale**2
    m_s = (m - st.x_mean) / st.x_scale
    cov_s = stats.cov_xx / np.outer(st.x_scale, st.x_scale)
    w_s = w_opt * st.x_scale / st.y_scale
    # b_s* = mean(y_s) - mean(x_s) . w_s*, each mean a small difference computed directly.
    y_mean_s = (_y_mean(stats) - st.y_mean) / st.y_scale
    b_s = float(y_mean_s - m_s @ w_s)
    opt = Optimum(tuple(float(v) for v in w_s), b_s, stats.optimum.mse / sy2)
    return MSEStats(m_s, cov_s, stats.var_y / sy2, opt)


# ---- the grid -----------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class LossGrid:
    """The loss over a grid of two parameters.

    ``loss[i, j]`` is the loss at horizontal value ``w_values[j]`` and vertical value
    ``b_values[i]`` (rows are the vertical axis, as ``np.meshgrid``'s default). The vertical
    axis is the bias, or for a (w_i, w_j) slice the second weight (see ``params``).
    """

    w_values: np.ndarray  # (n_w,) the horizontal parameter
    b_values: np.ndarray  # (n_b,) the vertical parameter
    loss: np.ndarray  # (n_b, n_w)
    params: tuple[str, str]  # labels of the two axes, e.g. ("weight[hours]", "bias")
    axes: tuple[int, int]  # indices into (w_1, ..., w_k, b): k is the bias
    space: str  # "data" | "standardized"
    loss_name: str  # "mse" | "mae" | "huber"
    fixed_weight: tuple[float, ...]  # where the slice is taken (axis entries: the optimum's)
    fixed_bias: float
    optimum_weight: tuple[float, ...]  # the least-squares optimum, in this space
    optimum_bias: float
    rows_used: int  # rows the values come from (all rows for MSE: through the statistics)
    exact: bool  # False when MAE/Huber was computed on a sample
    note: str  # how the values were computed, in a sentence

    def argmin(self) -> tuple[float, float, float]:
        """(horizontal value, vertical value, loss) at the grid's lowest node."""
        i, j = np.unravel_index(int(np.nanargmin(self.loss)), self.loss.shape)
        return float(self.w_values[j]), float(self.b_values[i]), float(self.loss[i, j])

    @property
    def optimum_on_axes(self) -> tuple[float, float]:
        """The least-squares optimum's values on the two axes."""
        theta = (*self.optimum_weight, self.optimum_bias)
        return float(theta[self.axes[0]]), float(theta[self.axes[1]])


def _space_stats(source, space: str, standardization: Standardization | None):
    """(MSEStats in the space, Standardization or None, Dataset or None)."""
    if space not in SPACES:
        raise ValueError(f"space must be one of {', '.join(SPACES)}, got {space!r}")
    dataset = source if isinstance(source, Dataset) else None
    if dataset is not None:
        stats = MSEStats.from_dataset(dataset)
    elif isinstance(source, MSEStats):
        stats = source
    else:
        raise TypeError("loss_grid needs a Dataset or MSEStats")
    st = None
    if space == "standardized":
        st = standardization
        if st is None:
            st = Standardization.of(dataset) if dataset is not None else (
                Standardization.from_stats(stats)
            )
        stats = standardized_stats(stats, st)
    return stats, st, dataset


def _axes(k: int, feature: int, vertical) -> tuple[int, int]:
    if not 0 <= feature < k:
        raise ValueError(f"feature must be 0..{k - 1}, got {feature}")
    if vertical == "bias":
        return feature, k
    if isinstance(vertical, (int, np.integer)) and not isinstance(vertical, bool):
        j = int(vertical)
        if not 0 <= j < k or j == feature:
            raise ValueError(f"vertical must be 'bias' or another feature's index, got {j}")
        return feature, j
    raise ValueError(f"vertical must be 'bias' or a feature index, got {vertical!r}")


def _labels(names: Sequence[str] | None, k: int, axes: tuple[int, int]) -> tuple[str, str]:
    def label(i: int) -> str:
        if i == k:
            return "bias"
        return f"weight[{names[i]}]" if names else f"weight[{i}]"

    return label(axes[0]), label(axes[1])


def _theta(fixed_params, stats: MSEStats) -> np.ndarray:
    opt = stats.optimum
    if fixed_params is None:
        return np.array([*opt.weight, opt.bias], dtype=np.float64)
    weight, bias = fixed_params
    w = np.asarray(weight, dtype=np.float64).reshape(-1)
    if w.shape[0] != len(opt.weight):
        raise ValueError(f"fixed_params has {w.shape[0]} weights for {len(opt.weight)} features")
    return np.array([*w, float(bias)], dtype=np.float64)


def _check_range(name: str, r, n: int) -> np.ndarray:
    lo, hi = (float(v) for v in r)
    if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
        raise ValueError(f"{name} must be two finite numbers, low < high; got {r!r}")
    if n < 2:
        raise ValueError(f"a grid needs at least 2 values per axis, got {n}")
    return np.linspace(lo, hi, int(n))


def loss_grid(
    stats_or_dataset: MSEStats | Dataset,
    w_range: tuple[float, float],
    b_range: tuple[float, float],
    n_w: int = 101,
    n_b: int = 101,
    *,
    feature: int = 0,
    vertical: str | int = "bias",
    fixed_params: tuple[Sequence[float], float] | None = None,
    space: str = "data",
    loss: str = "mse",
    huber_delta: float = 1.0,
    standardization: Standardization | None = None,
    max_rows: int = SUBSAMPLE_ROWS,
    seed: int = 0,
) -> LossGrid:
    """The loss over an n_w x n_b grid of (weight[feature], bias), or (weight[feature],
    weight[vertical]) when ``vertical`` is a feature index.

    ``fixed_params = (weight, bias)`` holds the parameters not on the axes (default: the
    least-squares optimum); like the ranges, it is in ``space``'s coordinates. For
    ``space="standardized"`` the standardization defaults to the Trainer's
    (``Standardization.of(dataset)``; from MSEStats alone, derived from them). Pass MSEStats
    computed once when drawing repeatedly: each MSE grid is then O(grid).
    """
    if loss not in LOSSES:
        raise ValueError(f"unknown loss {loss!r}; choose one of {', '.join(LOSSES)}")
    stats, st, dataset = _space_stats(stats_or_dataset, space, standardization)
    k = len(stats.optimum.weight)
    axes = _axes(k, feature, vertical)
    u = _check_range("w_range", w_range, n_w)
    v = _check_range("b_range", b_range, n_b)
    theta = _theta(fixed_params, stats)
    opt_theta = np.array([*stats.optimum.weight, stats.optimum.bias])
    theta[list(axes)] = opt_theta[list(axes)]
    names = dataset.feature_names if dataset is not None else None
    common = dict(
        w_values=u, b_values=v, params=_labels(names, k, axes), axes=axes, space=space,
        loss_name=loss, fixed_weight=tuple(float(t) for t in theta[:k]),
        fixed_bias=float(theta[k]), optimum_weight=tuple(stats.optimum.weight),
        optimum_bias=float(stats.optimum.bias),
    )
    if loss == "mse":
        values = _mse_grid(stats, theta, axes, u, v)
        n = dataset.n_rows if dataset is not None else 0
        note = (
            "MSE from sufficient statistics: exact for all rows"
            + (" (standardized columns)" if space == "standardized" else "")
            + "."
        )
        return LossGrid(loss=values, rows_used=n, exact=True, note=note, **common)
    if dataset is None:
        raise ValueError(
            f"{loss.upper()} has no sufficient statistics: pass the Dataset, not MSEStats"
        )
    X, y = dataset.X, dataset.y
    n = dataset.n_rows
    exact = n <= max_rows
    if not exact:
        idx = np.sort(np.random.default_rng(seed).choice(n, size=max_rows, replace=False))
        X, y = X[idx], y[idx]
    if st is not None:
        X, y = st.columns(X, y)
    values = _rowwise_grid(X, y, theta, axes, u, v, loss, huber_delta)
    name = "MAE" if loss == "mae" else f"Huber (delta {huber_delta:g})"
    note = (
        f"{name} computed row by row on all {n:,} rows."
        if exact
        else f"{name} computed row by row on {max_rows:,} of the {n:,} rows, drawn at random "
        f"(seed {seed}): a close picture, not the exact loss."
    )
    return LossGrid(loss=values, rows_used=int(X.shape[0]), exact=exact, note=note, **common)


def _mse_grid(stats: MSEStats, theta, axes, u, v) -> np.ndarray:
    """MSE = mse* + d'Cd + (db + m.d)^2 around the optimum, as MSEStats.mse, on the grid."""
    k = len(stats.optimum.weight)
    m = np.asarray(stats.x_mean, dtype=np.float64)
    C = np.asarray(stats.cov_xx, dtype=np.float64)
    w_opt = np.asarray(stats.optimum.weight, dtype=np.float64)
    b_opt = float(stats.optimum.bias)
    p, q = axes
    d0 = theta[:k] - w_opt  # zero on the axes
    db0 = theta[k] - b_opt
    du = (u - w_opt[p])[None, :]  # horizontal offsets from the optimum, (1, n_w)
    Cd0 = C @ d0
    quad = float(d0 @ Cd0) + 2.0 * du * Cd0[p] + du * du * C[p, p]
    offset = db0 + float(m @ d0) + du * m[p]
    if q == k:
        dv = (v - b_opt)[:, None]
        offset = offset + dv
    else:
        dv = (v - w_opt[q])[:, None]
        quad = quad + 2.0 * dv * Cd0[q] + dv * dv * C[q, q] + 2.0 * du * dv * C[p, q]
        offset = offset + dv * m[q]
    quad = np.broadcast_to(quad, (v.shape[0], u.shape[0]))
    with np.errstate(over="ignore", invalid="ignore"):
        return stats.optimum.mse + np.maximum(quad, 0.0) + offset * offset


def _rowwise_grid(X, y, theta, axes, u, v, loss, delta) -> np.ndarray:
    k = X.shape[1]
    p, q = axes
    base_theta = theta.copy()
    base_theta[[p, q]] = 0.0
    base = X @ base_theta[:k] + base_theta[k] - y  # residual with both axis parameters at 0
    xp = X[:, p]
    xq = np.ones_like(y) if q == k else X[:, q]
    out = np.empty((v.shape[0], u.shape[0]))
    # One vertical value at a time: (n_w, rows) residuals, a few MB at most.
    with np.errstate(over="ignore", invalid="ignore"):
        part = base[None, :] + u[:, None] * xp[None, :]
        for i, vi in enumerate(v):
            r = part + vi * xq[None, :]
            a = np.abs(r)
            if loss == "mae":
                out[i] = a.mean(axis=1)
            else:
                out[i] = np.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta)).mean(axis=1)
    return out


# ---- the window ---------------------------------------------------------------------------


def default_window(
    stats_or_dataset: MSEStats | Dataset,
    path: tuple[np.ndarray, np.ndarray] | None = None,
    *,
    feature: int = 0,
    vertical: str | int = "bias",
    space: str = "data",
    standardization: Standardization | None = None,
    margin: float = 0.1,
) -> tuple[tuple[float, float], tuple[float, float]]:
    """(w_range, b_range) that show the least-squares optimum and the whole path.

    ``path = (weights (m, k), biases (m,))`` in ``space``'s coordinates (for a standardized
    run, convert the history with ``Standardization.to_standardized``); non-finite points are
    skipped. Around the optimum the window is at least as wide as the distance over which
    moving that one parameter alone raises the MSE by the target's variance (the loss of
    always predicting the mean), so the bowl is visible even before training; ``margin`` is
    added on every side, as a fraction of the span.
    """
    stats, _st, _ds = _space_stats(stats_or_dataset, space, standardization)
    k = len(stats.optimum.weight)
    axes = _axes(k, feature, vertical)
    opt = np.array([*stats.optimum.weight, stats.optimum.bias])
    m = np.asarray(stats.x_mean, dtype=np.float64)
    rise = stats.var_y if stats.var_y > 0 else max(stats.optimum.mse, 1.0)
    ranges = []
    for i in axes:
        # The MSE along parameter i alone grows as coef * delta^2.
        coef = 1.0 if i == k else float(stats.cov_xx[i, i] + m[i] * m[i])
        half = math.sqrt(rise / coef) if coef > 0 else 1.0
        if not math.isfinite(half) or half <= 0:
            half = 1.0
        lo, hi = opt[i] - half, opt[i] + half
        if path is not None:
            weights, biases = path
            vals = np.asarray(biases if i == k else np.asarray(weights).reshape(-1, k)[:, i],
                              dtype=np.float64).reshape(-1)
            vals = vals[np.isfinite(vals)]
            if vals.size:
                lo, hi = min(lo, float(vals.min())), max(hi, float(vals.max()))
        pad = margin * (hi - lo)
        ranges.append((float(lo - pad), float(hi + pad)))
    return ranges[0], ranges[1]
