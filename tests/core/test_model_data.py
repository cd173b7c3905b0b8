"""Polynomial degree and the held-out test split (issue 14, points 4 and 5), in the engine."""

from __future__ import annotations

import numpy as np
import pytest

from linreg_gui.core import features, split
from linreg_gui.core.config import ConfigError, TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.model_data import prepare
from linreg_gui.core.optimum import least_squares
from linreg_gui.core.trainer import Trainer


def noisy_cubic(n=40, seed=3):
    rng = np.random.default_rng(seed)
    x = np.linspace(-2.0, 3.0, n)
    y = 0.5 * x**3 - 1.5 * x**2 + 2.0 * x + 4.0 + rng.normal(0.0, 0.4, n)
    return Dataset.from_arrays(x, y, ["x"], "y")


@pytest.mark.parametrize("degree", [2, 3, 5])
def test_the_degree_d_optimum_is_numpys_polyfit(degree):
    ds = noisy_cubic()
    md = prepare(ds, TrainConfig(degree=degree))
    assert md.train.feature_names == tuple(features.power_name("x", p)
                                            for p in range(1, degree + 1))
    opt = least_squares(md.train)
    coef = np.polyfit(ds.X[:, 0], ds.y, degree)  # highest power first
    np.testing.assert_allclose(opt.weight, coef[:-1][::-1], rtol=1e-7, atol=1e-9)
    assert opt.bias == pytest.approx(coef[-1], rel=1e-7, abs=1e-9)


def test_gradient_descent_on_standardized_cubic_features_reaches_polyfit():
    ds = noisy_cubic()
    cfg = TrainConfig(degree=3, normalize=True, lr=0.1, optimizer="adam", patience=500)
    md = prepare(ds, cfg)
    trainer = Trainer(md.train, cfg)
    trainer.run(5000)
    coef = np.polyfit(ds.X[:, 0], ds.y, 3)
    np.testing.assert_allclose(trainer.latest.weight, coef[:-1][::-1], rtol=2e-3, atol=2e-3)
    assert trainer.latest.bias == pytest.approx(coef[-1], abs=5e-3)


def test_degree_1_without_a_split_is_todays_model_exactly():
    ds = Dataset.lesson()
    md = prepare(ds, TrainConfig())
    assert md.train is ds and md.test is None
    trainer = Trainer(md.train, TrainConfig())
    trainer.run(1)
    for _ in range(3):
        trainer.run(100)
    rec = trainer.latest
    assert (f"{rec.weight[0]:.4f}", f"{rec.bias:.4f}", f"{rec.loss:.4f}") == (
        "16.2360", "7.0396", "9.6839")


def test_the_powers_are_named_in_superscript():
    assert [features.power_name("공부시간", p) for p in (1, 2, 3, 10)] == [
        "공부시간", "공부시간²", "공부시간³", "공부시간¹⁰"]


def test_the_curve_is_the_polynomial():
    x = np.array([0.0, 1.0, 2.0])
    np.testing.assert_allclose(features.evaluate(x, [1.0, 2.0, 3.0], 4.0),
                               4 + x + 2 * x**2 + 3 * x**3)


def test_the_split_is_the_same_for_the_same_seed_and_differs_for_another():
    a = split.split_rows(50, 0.3, seed=0)
    b = split.split_rows(50, 0.3, seed=0)
    c = split.split_rows(50, 0.3, seed=1)
    np.testing.assert_array_equal(a[1], b[1])
    assert len(a[1]) == 15 and len(a[0]) == 35
    assert not np.array_equal(a[1], c[1])
    assert sorted({*a[0].tolist(), *a[1].tolist()}) == list(range(50))  # every row once


def test_the_optimum_is_fitted_on_the_training_rows_only():
    ds = noisy_cubic()
    md = prepare(ds, TrainConfig(test_fraction=0.25, split_seed=4))
    assert md.train.n_rows + md.test.n_rows == ds.n_rows == 40 and md.test.n_rows == 10
    rows = md.train_rows
    coef = np.polyfit(ds.X[rows, 0], ds.y[rows], 1)
    assert least_squares(md.train).weight[0] == pytest.approx(coef[0], rel=1e-9)


def test_an_over_flexible_fit_has_a_test_loss_far_above_its_training_loss():
    rng = np.random.default_rng(1)
    x = np.linspace(0.0, 1.0, 16)
    y = 2.0 * x + 1.0 + rng.normal(0.0, 0.2, x.size)
    ds = Dataset.from_arrays(x, y, ["x"], "y")
    line = prepare(ds, TrainConfig(test_fraction=0.25))
    wiggly = prepare(ds, TrainConfig(degree=10, test_fraction=0.25))
    losses = {}
    for name, md in (("line", line), ("wiggly", wiggly)):
        opt = least_squares(md.train)
        losses[name] = (opt.mse, split.score(md.test, opt.weight, opt.bias).loss)
    print(losses)
    assert losses["wiggly"][0] < losses["line"][0] / 3  # degree 10 hugs the training points
    assert losses["wiggly"][1] > 10 * losses["wiggly"][0]  # and misses the held-out ones
    assert losses["wiggly"][1] > 3 * losses["line"][1]


def test_many_test_losses_equal_one_at_a_time():
    ds = noisy_cubic()
    md = prepare(ds, TrainConfig(degree=2, test_fraction=0.2))
    rng = np.random.default_rng(0)
    W, b = rng.normal(size=(7, 2)), rng.normal(size=7)
    for loss in ("mse", "mae", "huber"):
        many = split.losses(md.test, W, b, loss)
        one = [split.score(md.test, W[i], b[i], loss).loss for i in range(7)]
        np.testing.assert_allclose(many, one, rtol=1e-12)


@pytest.mark.parametrize("kw, needle", [
    ({"degree": 0}, "degree must be a whole number from 1 to 10, got 0"),
    ({"degree": 11}, "degree must be a whole number from 1 to 10, got 11"),
    ({"test_fraction": 0.6}, "test fraction must be from 0 to 0.5"),
    ({"test_fraction": -0.1}, "test fraction must be from 0 to 0.5"),
])
def test_bad_degrees_and_fractions_are_refused_in_words(kw, needle):
    with pytest.raises(ConfigError, match=needle):
        TrainConfig(**kw).validate()


def test_a_degree_with_several_feature_columns_is_refused():
    ds = Dataset.from_arrays([[1, 2], [3, 4], [5, 7]], [1, 2, 3], ["a", "b"], "y")
    with pytest.raises(ConfigError, match=r"degree 3 needs exactly one feature column; the "
                                          r"data has 2 \(a, b\)"):
        prepare(ds, TrainConfig(degree=3))


def test_holding_out_rows_of_a_single_row_is_refused():
    ds = Dataset.from_arrays([1.0], [2.0], ["x"], "y")
    with pytest.raises(ConfigError, match="at least 2 rows"):
        prepare(ds, TrainConfig(test_fraction=0.2))


def test_unstandardized_powers_get_a_warning_that_names_the_switch():
    md = prepare(noisy_cubic(), TrainConfig(degree=3))
    text = str(features.unscaled_warning(md.train, 3, normalize=False))
    assert "x³" in text and "Standardize" in text
    assert features.unscaled_warning(md.train, 3, normalize=True) is None
    assert features.unscaled_warning(Dataset.lesson(), 1, normalize=False) is None
