"""Every number the lesson prints (see /work/shared/lesson/NUMBERS.md), to 4 decimals.

The lesson prints float32 tensors with 4 decimals, so each check compares the engine's value
formatted the same way with the printed text.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from linreg_gui.core.dataset import Dataset
from linreg_gui.core.trainer import TrainConfig, Trainer


def f4(value: float) -> str:
    return f"{value:.4f}"


def record_at(trainer: Trainer, step: int):
    steps = trainer.history.steps
    (idx,) = np.nonzero(steps == step)
    assert len(idx) == 1, f"history has no single record of step {step}"
    return trainer.history.record(int(idx[0]))


@pytest.fixture
def lesson() -> Trainer:
    return Trainer(Dataset.lesson(), TrainConfig(lr=0.001, optimizer="sgd", loss="mse", seed=0))


def test_lesson_data_is_hours_to_score():
    ds = Dataset.lesson()
    assert ds.feature_names == ("hours",)
    assert ds.target_name == "score"
    assert ds.X.tolist() == [[1.0], [2.0], [3.0]]
    assert ds.y.tolist() == [20.0, 40.0, 60.0]


def test_initial_parameters_predictions_loss_and_gradients(lesson):
    rec = lesson.history.record(0)
    assert rec.step == 0 and lesson.step == 0
    assert lesson.latest == rec
    assert (f4(rec.weight[0]), f4(rec.bias)) == ("0.4963", "0.7682")

    pred = Dataset.lesson().X @ np.array(rec.weight) + rec.bias
    assert [f4(p) for p in pred] == ["1.2645", "1.7607", "2.2570"]
    assert [f4(lesson.predict([h])) for h in (1, 2, 3)] == ["1.2645", "1.7607", "2.2570"]

    assert f4(rec.loss) == "1715.8387"
    assert (f4(rec.grad_weight[0]), f4(rec.grad_bias)) == ("-178.9621", "-76.4785")


def test_one_update(lesson):
    result = lesson.run(1)
    assert (result.start_step, result.end_step, lesson.step) == (0, 1, 1)
    assert f4(lesson.latest.weight[0]) == "0.6752"
    assert f4(lesson.latest.loss) == "1678.1724"
    # The record of step 0 is untouched by the update (the lesson prints it again:
    # 이전 1715.8387).
    assert f4(record_at(lesson, 0).loss) == "1715.8387"
    assert record_at(lesson, 1) == lesson.latest


def test_one_plus_one_hundred_updates(lesson):
    lesson.run(1)
    result = lesson.run(100)
    assert (result.start_step, result.end_step) == (1, 101)
    latest = lesson.latest
    assert latest.step == 101
    assert (f4(latest.weight[0]), f4(latest.bias), f4(latest.loss)) == (
        "11.4324",
        "5.3548",
        "187.7118",
    )


def test_training_cell_run_three_times(lesson):
    lesson.run(1)
    for i in range(3):
        result = lesson.run(100)
        assert (result.start_step, result.end_step) == (1 + 100 * i, 101 + 100 * i)
    latest = lesson.latest
    assert latest.step == lesson.step == 301
    assert (f4(latest.weight[0]), f4(latest.bias)) == ("16.2360", "7.0396")
    assert f4(latest.loss) == "9.6839"
    assert f4(math.sqrt(latest.loss)) == "3.1119"
    # `loss**(1/2)` of the loop's last iteration: the loss at step 300, before update 301.
    assert f4(math.sqrt(record_at(lesson, 300).loss)) == "3.1200"
    # Every state from 0 to 301 is in the history, once, in order.
    assert lesson.history.steps.tolist() == list(range(302))
    assert record_at(lesson, 301) == latest


def test_run_301_at_once_equals_1_plus_3x100(lesson):
    lesson.run(1)
    for _ in range(3):
        lesson.run(100)
    other = Trainer(Dataset.lesson(), TrainConfig())
    result = other.run(301)
    assert (result.start_step, result.end_step) == (0, 301)
    assert other.latest == lesson.latest
    for name in ("steps", "loss", "weight", "bias"):
        assert np.array_equal(getattr(other.history, name), getattr(lesson.history, name)), name


def test_reset_returns_to_the_seeded_start(lesson):
    start = lesson.latest
    lesson.run(250)
    assert lesson.latest.weight != start.weight
    lesson.reset()
    assert lesson.step == 0
    assert lesson.latest == start
    assert len(lesson.history) == 1 and lesson.history.record(0) == start
    assert lesson.last_result is None
    # ... and training again retraces the same path.
    lesson.run(1)
    assert f4(lesson.latest.weight[0]) == "0.6752"


def test_reset_is_not_disturbed_by_other_torch_randomness(lesson):
    start = lesson.latest
    torch.manual_seed(12345)
    torch.rand(100)
    lesson.run(10)
    lesson.reset()
    assert lesson.latest == start


def bare_lesson_loop(X: np.ndarray, y: np.ndarray, seed: int, lr: float, steps: int):
    """The lesson's own code, verbatim in spirit: rand weight then rand bias, mean((pred-y)**2)."""
    X_train = torch.tensor(X, dtype=torch.float32)
    y_train = torch.tensor(y, dtype=torch.float32).reshape(-1, 1)
    torch.manual_seed(seed)
    weight = torch.rand(X.shape[1], 1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)

    def linear_model(X):
        return X @ weight + bias

    def mse_loss_fn(pred, y):
        return torch.mean((pred - y) ** 2)

    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    losses = []
    for _ in range(steps):
        pred = linear_model(X_train)
        loss = mse_loss_fn(pred, y_train)
        losses.append(loss.item())
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    loss = mse_loss_fn(linear_model(X_train), y_train)
    losses.append(loss.item())
    return weight.detach().numpy()[:, 0].astype(np.float64), float(bias.item()), losses


@pytest.mark.parametrize("seed", [0, 7, 123])
def test_engine_matches_the_bare_lesson_loop_with_three_features(seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(40, 3)) * [1.0, 4.0, 0.5] + [0.0, 3.0, -1.0]
    y = X @ [2.0, -0.5, 3.0] + 1.5 + rng.normal(scale=0.3, size=40)
    steps = 400
    w_ref, b_ref, losses_ref = bare_lesson_loop(X, y, seed, 0.002, steps)

    trainer = Trainer(
        Dataset.from_arrays(X, y), TrainConfig(lr=0.002, seed=seed, patience=10**9, rtol=0.0)
    )
    result = trainer.run(steps)
    assert result.end_step == steps
    assert losses_ref[-1] < 0.5 * losses_ref[0]  # the comparison is over a real descent
    np.testing.assert_allclose(trainer.latest.weight, w_ref, rtol=0, atol=1e-6)
    assert abs(trainer.latest.bias - b_ref) <= 1e-6
    np.testing.assert_allclose(trainer.history.loss, losses_ref, rtol=1e-6, atol=0)
    assert trainer.history.steps.tolist() == list(range(steps + 1))
