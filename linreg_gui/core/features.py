"""Polynomial features of one column: x, x², …, x^D, named after the column (공부시간²), for
the degree setting that shows how a more flexible model bends, and overfits.

Powers are built by repeated multiplication in float64 (x² = x·x, x³ = x²·x, …), which
torch repeats bit for bit, so an exported script builds the very columns the app trained on.
"""

from __future__ import annotations

import numpy as np

from linreg_gui.core.config import MAX_DEGREE, MIN_DEGREE  # noqa: F401 (re-export)
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.i18n import QT_TRANSLATE_NOOP, Message


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_name(name: str, power: int) -> str:
    """``name`` raised to ``power`` as a person writes it: 공부시간, 공부시간², …, 공부시간¹⁰."""
    return name if power == 1 else f"{name}{str(int(power)).translate(_SUPERSCRIPT)}"


def degree_problem(degree, n_features: int, feature_names=()) -> str | None:
    """Why ``degree`` cannot be used on data with ``n_features`` columns (English), or None."""
    if isinstance(degree, bool) or not isinstance(degree, (int, np.integer)):
        return f"the degree must be a whole number from {MIN_DEGREE} to {MAX_DEGREE}, " \
               f"got {degree!r}"
    if not MIN_DEGREE <= degree <= MAX_DEGREE:
        return f"the degree must be from {MIN_DEGREE} to {MAX_DEGREE}, got {degree}"
    if degree > 1 and n_features != 1:
        names = ", ".join(feature_names)
        return (f"a polynomial of degree {degree} needs exactly one feature column; the data "
                f"has {n_features}" + (f" ({names})" if names else "")
                + ": choose one feature, or degree 1")
    return None


def powers(x: np.ndarray, degree: int) -> np.ndarray:
    """The (n, degree) float64 array [x, x², …, x^degree] of a column ``x`` (n,)."""
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    out = np.empty((x.shape[0], degree), dtype=np.float64)
    out[:, 0] = x
    with np.errstate(over="ignore", invalid="ignore"):
        for p in range(1, degree):
            np.multiply(out[:, p - 1], x, out=out[:, p])
    return out


def polynomial(dataset: Dataset, degree: int) -> Dataset:
    """``dataset`` with its one feature replaced by its powers 1..degree; degree 1 gives the
    dataset itself. Raises ValueError (degree_problem's sentence) on a bad degree."""
    problem = degree_problem(degree, dataset.n_features, dataset.feature_names)
    if problem is not None:
        raise ValueError(problem)
    if degree == 1:
        return dataset
    X = powers(dataset.X[:, 0], degree)
    if not np.isfinite(X).all():
        raise ValueError(f"{power_name(dataset.feature_names[0], degree)} overflows: the values "
                         f"of {dataset.feature_names[0]} are too large for degree {degree}")
    X.setflags(write=False)
    name = dataset.feature_names[0]
    names = tuple(power_name(name, p) for p in range(1, degree + 1))
    return Dataset(names, dataset.target_name, X, dataset.y, dataset.source)


def evaluate(x, weight, bias: float) -> np.ndarray:
    """The polynomial model b + w1·x + w2·x² + … at the points ``x`` (for drawing its curve)."""
    w = np.asarray(weight, dtype=np.float64).reshape(-1)
    with np.errstate(over="ignore", invalid="ignore"):
        return powers(x, w.shape[0]) @ w + float(bias)


def spread_ratio(dataset: Dataset) -> float:
    """How many times the largest column's spread (std) exceeds the smallest's: above ~100,
    one learning rate cannot suit every weight without standardization."""
    sd = dataset.X.std(axis=0)
    sd = sd[sd > 0]
    if sd.size < 2:
        return 1.0
    return float(sd.max() / sd.min())


_UNSCALED = QT_TRANSLATE_NOOP(
    "features",
    "Degree {degree} without standardization: the columns {first} … {last} differ in size "
    "about {ratio} times, so a learning rate small enough for {last} leaves {first} barely "
    "moving, and one large enough for {first} makes {last} diverge. Switch on "
    "\"Standardize: features and target\" and training will find the curve.")


def unscaled_warning(dataset: Dataset, degree: int, normalize: bool) -> Message | None:
    """Why gradient descent will struggle on unstandardized powers, and what to switch on
    (None for degree 1 or standardized training). ``dataset`` holds the powers."""
    if degree <= 1 or normalize or dataset.n_features < 2:
        return None
    ratio = spread_ratio(dataset)
    shown = f"{ratio:,.0f}" if ratio < 1e6 else f"{ratio:.0e}"
    return Message("features", _UNSCALED, degree=degree, first=dataset.feature_names[0],
                   last=dataset.feature_names[-1], ratio=shown)
