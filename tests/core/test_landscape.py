"""The loss landscape: grids from sufficient statistics, slices, standardized coordinates."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.landscape import (
    SUBSAMPLE_ROWS,
    Standardization,
    default_window,
    loss_grid,
    standardized_stats,
)
from linreg_gui.core.optimum import least_squares, loss_of_residuals, loss_value
from linreg_gui.core.quadratic import MSEStats
from linreg_gui.core.samples import load_sample
from linreg_gui.core.trainer import Trainer


def direct(ds_X, ds_y, weight, bias, loss="mse", delta=1.0) -> float:
    return loss_of_residuals(ds_X @ np.asarray(weight) + bias - ds_y, loss, delta)


def test_lesson_minimum_is_the_closed_form_optimum_on_a_node():
    ds = Dataset.lesson()
    g = loss_grid(ds, (10, 30), (-10, 10), 21, 21)
    assert g.loss.shape == (21, 21) and g.params == ("weight[hours]", "bias")
    assert g.argmin()[:2] == (20.0, 0.0)  # the optimum (20, 0) is a node: exactly there
    assert g.argmin()[2] < 1e-20
    assert g.optimum_on_axes == pytest.approx((20.0, 0.0), abs=1e-9)
    assert g.exact and g.rows_used == 3 and "sufficient statistics" in g.note


def test_grid_values_equal_direct_computation():
    ds = load_sample("study_hours_50")
    g = loss_grid(ds, (-5, 20), (-30, 60), 37, 29)
    stats = MSEStats.from_dataset(ds)
    for i in range(0, 29, 4):
        for j in range(0, 37, 5):
            w, b = g.w_values[j], g.b_values[i]
            assert g.loss[i, j] == pytest.approx(loss_value(ds, [w], b), rel=1e-10)
            assert g.loss[i, j] == pytest.approx(stats.mse([w], b), rel=1e-12)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(3, 200),
    seed=st.integers(0, 2**32 - 1),
    log_scale=st.floats(-2, 4),
    centred=st.booleans(),
    n_w=st.integers(5, 40),
    n_b=st.integers(5, 40),
)
def test_the_grid_minimum_is_the_optimum_within_grid_resolution(n, seed, log_scale, centred,
                                                                 n_w, n_b):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 1)) * 10**log_scale
    if centred:
        X -= X.mean()  # then the bowl's axes are the grid's: (w, b) separate
    else:
        X += rng.normal() * 10**log_scale
    y = 3 * X[:, 0] - 7 + rng.normal(size=n)
    ds = Dataset.from_arrays(X, y)
    opt = least_squares(ds)
    hw, hb = rng.uniform(0.1, 5, size=2) * np.array([10**-log_scale, 1.0])
    lo_w = opt.weight[0] - hw * rng.uniform(0.2, 0.8)
    lo_b = opt.bias - hb * rng.uniform(0.2, 0.8)
    stats = MSEStats.from_dataset(ds)
    g = loss_grid(stats, (lo_w, lo_w + hw), (lo_b, lo_b + hb), n_w, n_b)
    w_min, b_min, lowest = g.argmin()
    step_w = g.w_values[1] - g.w_values[0]
    step_b = g.b_values[1] - g.b_values[0]
    # No node is lower than the optimum, and the lowest is no higher than the bowl rises
    # within half a grid cell of the optimum (the nearest node is at most that far).
    assert lowest >= opt.mse * (1 - 1e-12)
    rise = max(stats.mse([opt.weight[0] + sw * step_w / 2], opt.bias + sb * step_b / 2)
               for sw in (-1, 1) for sb in (-1, 1))
    assert lowest <= rise * (1 + 1e-9) + 1e-12
    if centred:
        assert abs(w_min - opt.weight[0]) <= step_w / 2 * (1 + 1e-6)
        assert abs(b_min - opt.bias) <= step_b / 2 * (1 + 1e-6)


def test_two_features_slices():
    ds = load_sample("two_features")
    opt = least_squares(ds)
    fixed = ([3.0, 0.4], 5.0)
    # (w_1, b): w_2 held at 0.4.
    g = loss_grid(ds, (0, 8), (-10, 20), 23, 19, feature=0, fixed_params=fixed)
    assert g.params == ("weight[hours]", "bias") and g.axes == (0, 2)
    i, j = 7, 11
    assert g.loss[i, j] == pytest.approx(loss_value(ds, [g.w_values[j], 0.4], g.b_values[i]))
    # (w_1, w_2): the bias held at 5.
    g = loss_grid(ds, (0, 8), (0, 1), 23, 19, feature=0, vertical=1, fixed_params=fixed)
    assert g.params == ("weight[hours]", "weight[previous_score]") and g.axes == (0, 1)
    assert g.loss[i, j] == pytest.approx(loss_value(ds, [g.w_values[j], g.b_values[i]], 5.0))
    # (w_2, b): w_1 held at 3.
    g = loss_grid(ds, (0, 1), (-10, 20), 23, 19, feature=1, fixed_params=fixed)
    assert g.loss[i, j] == pytest.approx(loss_value(ds, [3.0, g.w_values[j]], g.b_values[i]))
    # By default the others are held at the optimum, so the slice's lowest point is it.
    g = loss_grid(ds, (opt.weight[0] - 1, opt.weight[0] + 1), (opt.bias - 5, opt.bias + 5),
                  41, 41)
    assert g.fixed_weight[1] == opt.weight[1]
    w_min, b_min, lo = g.argmin()
    assert abs(w_min - opt.weight[0]) <= 0.05 and abs(b_min - opt.bias) <= 0.25
    assert lo >= opt.mse - 1e-9


def test_standardized_landscape_is_the_one_the_optimizer_walks():
    ds = load_sample("two_features")
    stand = Standardization.of(ds)
    Xs, ys = stand.columns(ds.X, ds.y)
    g = loss_grid(ds, (-1, 2), (-1, 1), 31, 21, space="standardized",
                  fixed_params=([0.3, 0.2], 0.1))
    for i, j in [(0, 0), (5, 7), (20, 30), (10, 15)]:
        expect = direct(Xs, ys, [g.w_values[j], 0.2], g.b_values[i])
        assert g.loss[i, j] == pytest.approx(expect, rel=1e-10)
    # Its optimum is the least-squares fit of the standardized columns.
    opt_s = least_squares(Dataset.from_arrays(Xs, ys))
    assert g.optimum_weight == pytest.approx(opt_s.weight, rel=1e-9)
    assert g.optimum_bias == pytest.approx(0.0, abs=1e-12)
    # From MSEStats alone (O(k^2)): the same numbers.
    g2 = loss_grid(MSEStats.from_dataset(ds), (-1, 2), (-1, 1), 31, 21, space="standardized",
                   fixed_params=([0.3, 0.2], 0.1), standardization=stand)
    np.testing.assert_allclose(g2.loss, g.loss, rtol=1e-12)
    g3 = loss_grid(MSEStats.from_dataset(ds), (-1, 2), (-1, 1), 31, 21, space="standardized",
                   fixed_params=([0.3, 0.2], 0.1))
    np.testing.assert_allclose(g3.loss, g.loss, rtol=1e-9)


def test_lesson_standardized_optimum_is_one_zero():
    g = loss_grid(Dataset.lesson(), (0, 2), (-1, 1), 21, 21, space="standardized")
    assert g.argmin()[:2] == (1.0, 0.0)
    assert g.optimum_on_axes == pytest.approx((1.0, 0.0), abs=1e-12)


def test_standardization_is_the_trainers_and_converts_its_path():
    ds = load_sample("large_scale")
    trainer = Trainer(ds, TrainConfig(lr=0.1, normalize=True))
    st_ = Standardization.from_trainer(trainer)
    ours = Standardization.of(ds)
    assert np.array_equal(st_.x_mean, ours.x_mean) and np.array_equal(st_.x_scale, ours.x_scale)
    assert (st_.y_mean, st_.y_scale) == (ours.y_mean, ours.y_scale)
    assert Standardization.from_trainer(Trainer(ds, TrainConfig())) is None
    # The read-only accessor hands out copies.
    trainer.standardization[0][0] = 1e9
    assert trainer.standardization[0][0] == ours.x_mean[0]
    trainer.run(20)
    h = trainer.history
    w_s, b_s = ours.to_standardized(h.weight, h.bias)  # the whole path at once
    assert w_s.shape == h.weight.shape and b_s.shape == h.bias.shape
    # ... which is where the optimizer was: its float32 parameters.
    latest_w, latest_b = ours.to_standardized(np.array(trainer.latest.weight),
                                              trainer.latest.bias)
    assert latest_w == pytest.approx(trainer._w.detach().numpy()[:, 0], rel=1e-6)
    assert latest_b == pytest.approx(float(trainer._b.detach()[0]), abs=1e-6)
    back_w, back_b = ours.to_data(w_s, b_s)
    np.testing.assert_allclose(back_w, h.weight, rtol=1e-12)
    np.testing.assert_allclose(back_b, h.bias, rtol=1e-9)


def test_standardized_stats_match_the_standardized_columns():
    ds = load_sample("two_features")
    stand = Standardization.of(ds)
    Xs, ys = stand.columns(ds.X, ds.y)
    ours = standardized_stats(MSEStats.from_dataset(ds), stand)
    theirs = MSEStats.from_dataset(Dataset.from_arrays(Xs, ys))
    np.testing.assert_allclose(ours.cov_xx, theirs.cov_xx, rtol=1e-12)
    np.testing.assert_allclose(ours.x_mean, 0.0, atol=1e-12)
    assert ours.var_y == pytest.approx(1.0) and ours.optimum.mse == pytest.approx(
        theirs.optimum.mse, rel=1e-9)


@pytest.mark.parametrize("loss", ["mae", "huber"])
def test_mae_and_huber_are_exact_row_by_row_on_small_data(loss):
    ds = load_sample("study_hours_50")
    g = loss_grid(ds, (0, 15), (0, 40), 16, 11, loss=loss, huber_delta=2.0)
    assert g.exact and g.rows_used == 50 and "all 50 rows" in g.note
    for i, j in [(0, 0), (5, 7), (10, 15)]:
        expect = direct(ds.X, ds.y, [g.w_values[j]], g.b_values[i], loss, 2.0)
        assert g.loss[i, j] == pytest.approx(expect, rel=1e-12)
    gs = loss_grid(ds, (0, 2), (-1, 1), 9, 9, loss=loss, space="standardized", huber_delta=2.0)
    Xs, ys = Standardization.of(ds).columns(ds.X, ds.y)
    assert gs.loss[3, 4] == pytest.approx(
        direct(Xs, ys, [gs.w_values[4]], gs.b_values[3], loss, 2.0), rel=1e-12)


def test_mae_on_large_data_uses_a_stated_sample():
    rng = np.random.default_rng(3)
    X = rng.uniform(0, 10, size=(20_000, 1))
    y = 4 * X[:, 0] + 1 + rng.normal(size=20_000)
    ds = Dataset.from_arrays(X, y)
    g = loss_grid(ds, (0, 8), (-5, 5), 21, 21, loss="mae")
    assert not g.exact and g.rows_used == SUBSAMPLE_ROWS
    assert "2,000 of the 20,000 rows" in g.note
    again = loss_grid(ds, (0, 8), (-5, 5), 21, 21, loss="mae")
    assert np.array_equal(g.loss, again.loss)  # seeded: the same picture every time
    exact = np.array([[direct(ds.X, ds.y, [w], b, "mae") for w in g.w_values]
                      for b in g.b_values])
    assert np.max(np.abs(g.loss - exact)) < 0.05 * exact.max()  # a close picture
    with pytest.raises(ValueError, match="no sufficient statistics"):
        loss_grid(MSEStats.from_dataset(ds), (0, 8), (-5, 5), 5, 5, loss="mae")


def test_mse_grid_cost_does_not_depend_on_rows():
    """From MSEStats alone (no rows at all) a grid is computed: O(grid)."""
    rng = np.random.default_rng(4)
    X = rng.normal(size=(200_000, 1))
    ds = Dataset.from_arrays(X, 2 * X[:, 0] + rng.normal(size=200_000))
    stats = MSEStats.from_dataset(ds)
    g = loss_grid(stats, (0, 4), (-2, 2), 201, 201)
    assert g.loss.shape == (201, 201) and g.rows_used == 0 and g.exact
    assert g.loss[100, 100] == pytest.approx(loss_value(ds, [2.0], 0.0), rel=1e-9)


def test_default_window_shows_the_optimum_and_the_path():
    ds = Dataset.lesson()
    (w_lo, w_hi), (b_lo, b_hi) = default_window(ds)
    assert w_lo < 20 < w_hi and b_lo < 0 < b_hi
    assert isinstance(w_lo, float)
    trainer = Trainer(ds, TrainConfig())
    trainer.run(300)
    h = trainer.history
    path = (h.weight, h.bias)
    (w_lo, w_hi), (b_lo, b_hi) = default_window(ds, path)
    assert w_lo < min(h.weight[:, 0].min(), 20) and w_hi > max(h.weight[:, 0].max(), 20)
    assert b_lo < min(h.bias.min(), 0) and b_hi > max(h.bias.max(), 0)
    # Non-finite points (a run that blew up) are skipped.
    bad = (np.array([[np.inf], [1.0]]), np.array([np.nan, 2.0]))
    (w_lo, w_hi), (b_lo, b_hi) = default_window(ds, bad)
    assert np.isfinite([w_lo, w_hi, b_lo, b_hi]).all()
    # Standardized: around (1, 0), with the path converted.
    stand = Standardization.of(ds)
    (w_lo, w_hi), (b_lo, b_hi) = default_window(
        ds, stand.to_standardized(h.weight, h.bias), space="standardized")
    assert w_lo < 1 < w_hi and b_lo < 0 < b_hi and w_hi - w_lo < 10


def test_default_window_for_a_weight_weight_slice():
    ds = load_sample("two_features")
    opt = least_squares(ds)
    (a_lo, a_hi), (c_lo, c_hi) = default_window(ds, vertical=1)
    assert a_lo < opt.weight[0] < a_hi and c_lo < opt.weight[1] < c_hi


def test_bad_arguments():
    ds = load_sample("two_features")
    with pytest.raises(ValueError, match="low < high"):
        loss_grid(ds, (1, 1), (0, 1), 5, 5)
    with pytest.raises(ValueError, match="at least 2"):
        loss_grid(ds, (0, 1), (0, 1), 1, 5)
    with pytest.raises(ValueError, match="feature must be"):
        loss_grid(ds, (0, 1), (0, 1), 5, 5, feature=2)
    with pytest.raises(ValueError, match="another feature"):
        loss_grid(ds, (0, 1), (0, 1), 5, 5, vertical=0)
    with pytest.raises(ValueError, match="space"):
        loss_grid(ds, (0, 1), (0, 1), 5, 5, space="log")
    with pytest.raises(ValueError, match="unknown loss"):
        loss_grid(ds, (0, 1), (0, 1), 5, 5, loss="l2")
    with pytest.raises(ValueError, match="1 weights for 2 features"):
        loss_grid(ds, (0, 1), (0, 1), 5, 5, fixed_params=([1.0], 0.0))
