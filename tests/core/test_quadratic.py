"""MSEStats: the MSE and R^2 readouts from sufficient statistics agree with the direct ones."""

from __future__ import annotations

import numpy as np
import pytest

from linreg_gui.core.dataset import Dataset
from linreg_gui.core.optimum import least_squares, loss_value, metrics
from linreg_gui.core.quadratic import MSEStats


@pytest.mark.parametrize("k", [1, 3])
def test_mse_and_r2_agree_with_the_direct_computation(k):
    rng = np.random.default_rng(k)
    X = rng.normal(size=(500, k)) * rng.uniform(0.5, 50, size=k) + 2000
    y = X @ rng.normal(size=k) + rng.normal(scale=2.0, size=500)
    ds = Dataset.from_arrays(X, y)
    stats = MSEStats.from_dataset(ds)
    opt = least_squares(ds)
    assert stats.mse(opt.weight, opt.bias) == pytest.approx(opt.mse, rel=1e-9)
    for _ in range(5):
        w = np.array(opt.weight) + rng.normal(scale=0.1, size=k)
        b = opt.bias + rng.normal(scale=5)
        assert stats.mse(w, b) == pytest.approx(loss_value(ds, w, b), rel=1e-7)
        assert stats.r2(w, b) == pytest.approx(metrics(ds, w, b).r2, rel=1e-7, abs=1e-9)


def test_r2_is_none_for_a_constant_target():
    ds = Dataset.from_arrays([1, 2, 3], [4, 4, 4])
    stats = MSEStats.from_dataset(ds)
    assert stats.r2([1.0], 0.0) is None
    assert stats.mse([0.0], 4.0) == pytest.approx(0.0, abs=1e-12)
