"""The Trainer as a user drives it: verdicts, divergence, stopping, optimizers, mini-batches,
standardization and changing settings mid-run."""

from __future__ import annotations

import math
import threading
from dataclasses import replace

import numpy as np
import pytest

from linreg_gui.core.dataset import Dataset
from linreg_gui.core.optimum import least_squares, loss_value
from linreg_gui.core.trainer import ConfigError, TrainConfig, Trainer

JOIN_TIMEOUT = 30.0


def multi_feature_dataset(n: int = 200, seed: int = 3) -> Dataset:
    """Three features on very different scales (a fraction, thousands, years), with noise."""
    rng = np.random.default_rng(seed)
    X = np.column_stack(
        [rng.uniform(0, 1, n), rng.uniform(1000, 5000, n), rng.uniform(2000, 2020, n)]
    )
    y = X @ [5.0, 0.01, -3.0] + 6000 + rng.normal(0, 2, n)
    return Dataset.from_arrays(X, y, ["fraction", "price", "year"], "value")


def small_dataset(seed: int = 2, n: int = 30) -> Dataset:
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    y = X @ [3.0, -2.0] + 1.0 + rng.normal(scale=0.3, size=n)
    return Dataset.from_arrays(X, y)


def assert_sentence(text: str) -> None:
    assert isinstance(text, str) and len(text) > 20
    assert text[0].isupper(), text
    assert text.rstrip().endswith("."), text
    assert "None" not in text and "nan" not in text.lower().split(), text


def assert_finite_state(trainer: Trainer) -> None:
    rec = trainer.latest
    assert all(math.isfinite(v) for v in (*rec.weight, rec.bias, rec.loss)), rec
    h = trainer.history
    for name in ("loss", "weight", "bias"):
        assert np.isfinite(getattr(h, name)).all(), f"history.{name} holds a non-finite value"
    assert np.isfinite(h.chunk().grad_weight).all() and np.isfinite(h.chunk().grad_bias).all()
    # The history ends at the state the model is left in.
    assert h.steps[-1] == rec.step == trainer.step
    assert h.record(-1) == rec


# ---- settings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes, word",
    [
        (dict(lr=0.0), "learning rate"),
        (dict(lr=-1.0), "learning rate"),
        (dict(lr=math.nan), "learning rate"),
        (dict(lr=math.inf), "learning rate"),
        (dict(optimizer="lbfgs"), "optimizer"),
        (dict(loss="hinge"), "loss"),
        (dict(momentum=1.0), "momentum"),
        (dict(beta2=1.5), "beta2"),
        (dict(batch_size=0), "batch size"),
        (dict(seed=-1), "seed"),
        (dict(patience=0), "patience"),
        (dict(huber_delta=0.0), "Huber"),
    ],
)
def test_bad_settings_are_refused_naming_the_setting(changes, word):
    with pytest.raises(ConfigError, match=word):
        Trainer(Dataset.lesson(), TrainConfig(**changes))
    trainer = Trainer(Dataset.lesson())
    with pytest.raises(ConfigError, match=word):
        trainer.reconfigure(TrainConfig(**changes))
    assert trainer.config == TrainConfig()  # a refused change leaves the settings alone


def test_negative_steps_are_refused():
    with pytest.raises(ConfigError, match="steps"):
        Trainer(Dataset.lesson()).run(-1)


# ---- verdicts -------------------------------------------------------------------------------


def test_budget_runs_out_while_improving():
    trainer = Trainer(Dataset.lesson())
    result = trainer.run(100)
    assert (result.status, result.reason) == ("stopped", "budget")
    assert result.steps_done == 100
    assert trainer.latest.loss < trainer.history.record(0).loss
    assert result.details["recent_drop_percent"] > 0
    assert_sentence(result.message)
    assert "100" in result.message and "Train more steps" in result.message
    assert trainer.last_result is result


def test_a_good_learning_rate_converges_to_the_optimum():
    ds = Dataset.lesson()
    trainer = Trainer(ds, TrainConfig(lr=0.1))
    result = trainer.run(100_000)
    assert result.status == "converged", result.message
    assert result.end_step < 5_000
    assert trainer.latest.weight[0] == pytest.approx(20.0, abs=1e-3)
    assert trainer.latest.bias == pytest.approx(0.0, abs=1e-3)
    assert trainer.latest.loss < 1e-6
    assert_sentence(result.message)
    assert "Converged" in result.message and str(result.end_step) in result.message


def test_converged_by_plateau_on_noisy_data():
    ds = small_dataset()
    trainer = Trainer(ds, TrainConfig(lr=0.05))
    result = trainer.run(100_000)
    assert (result.status, result.reason) == ("converged", "plateau"), result.message
    assert trainer.latest.loss <= least_squares(ds).mse * 1.001
    assert_sentence(result.message)


def test_lr_1_on_the_lesson_diverges_and_names_a_stable_rate():
    trainer = Trainer(Dataset.lesson(), TrainConfig(lr=1.0))
    assert f"{trainer.stable_lr:.4f}" == "0.1803"
    result = trainer.run(1000)
    assert result.status == "diverged"
    assert result.end_step < 1000  # it stopped by itself
    assert_finite_state(trainer)
    assert trainer.latest.loss > 1000 * trainer.history.record(0).loss
    assert_sentence(result.message)
    assert "learning rate" in result.message
    assert "0.1803" in result.message
    assert str(result.end_step) in result.message


def test_following_the_advice_after_divergence_works():
    trainer = Trainer(Dataset.lesson(), TrainConfig(lr=1.0))
    trainer.run(1000)
    trainer.reset()
    trainer.reconfigure(TrainConfig(lr=0.9 * trainer.stable_lr))
    result = trainer.run(20_000)
    assert result.status == "converged", result.message
    assert trainer.latest.weight[0] == pytest.approx(20.0, abs=1e-2)


@pytest.mark.parametrize("factor", [1.05, 1.5])
def test_just_above_the_stable_rate_is_diverging_not_converged(factor):
    """The loss climbing slowly (not yet 1e8 times) is no plateau: the student must not read
    'Converged' beside a loss that grew from 1715 to millions."""
    trainer = Trainer(Dataset.lesson())
    trainer.reconfigure(TrainConfig(lr=factor * trainer.stable_lr))
    result = trainer.run(5000)
    assert result.status == "diverged", result.message
    assert trainer.latest.loss > trainer.history.record(0).loss
    assert_finite_state(trainer)
    assert "learning rate" in result.message and "0.1803" in result.message


def test_raising_the_lr_mid_run_past_the_stable_rate_is_diverging_not_converged():
    trainer = Trainer(Dataset.lesson())
    trainer.run(300)
    loss_before = trainer.latest.loss  # about 9.7, far below the first loss 1715.8
    trainer.reconfigure(TrainConfig(lr=1.1 * trainer.stable_lr))
    result = trainer.run(5000)
    assert trainer.latest.loss > 2 * loss_before
    assert result.status == "diverged", result.message
    assert "grew from" in result.message
    assert_finite_state(trainer)


@pytest.mark.parametrize(
    "config",
    [
        TrainConfig(lr=1e20),  # the lesson's own loop; float32 overflows in one step
        TrainConfig(lr=1e20, optimizer="momentum"),
    ],
    ids=["sgd", "momentum"],
)
def test_non_finite_is_rolled_back_to_the_last_finite_state(config):
    trainer = Trainer(Dataset.lesson(), config)
    start = trainer.latest
    result = trainer.run(100)
    assert (result.status, result.reason) == ("diverged", "not_finite")
    assert result.end_step == 0 == trainer.step
    assert trainer.latest == start
    assert_finite_state(trainer)
    assert_sentence(result.message)
    assert "learning rate" in result.message
    # Training on with a sane rate continues from the rolled-back state.
    trainer.reconfigure(replace_lr(trainer.config, 0.001))
    again = trainer.run(50)
    assert again.status != "diverged"
    assert trainer.latest.loss < start.loss


@pytest.mark.parametrize(
    "config",
    [
        TrainConfig(lr=1e20, optimizer="momentum", normalize=True),
        TrainConfig(lr=1e20, batch_size=2),
        TrainConfig(lr=1e30, optimizer="adam", batch_size=1, normalize=True),
    ],
    ids=["normalized", "minibatch", "adam-minibatch-normalized"],
)
def test_a_huge_step_in_the_general_path_leaves_a_finite_state(config):
    trainer = Trainer(Dataset.lesson(), config)
    start = trainer.latest
    result = trainer.run(100)
    assert result.status == "diverged"
    assert result.end_step <= 1
    assert_finite_state(trainer)
    assert "learning rate" in result.message
    trainer.reconfigure(replace_lr(trainer.config, 0.01))
    trainer.reset()
    assert trainer.latest == start


def replace_lr(config: TrainConfig, lr: float) -> TrainConfig:
    return replace(config, lr=lr)


def test_overflow_after_some_steps_rolls_back_to_the_last_finite_step():
    """Targets around 1e16: the loss (~1e32) cannot grow 1e8-fold before float32 overflows,
    so the lesson's loop only learns of the trouble from an infinite loss, several steps in."""
    X = np.array([1.0, 2.0, 3.0, 4.0])
    y = np.array([1.0, 3.0, 2.0, 4.0]) * 1e16
    trainer = Trainer(Dataset.from_arrays(X, y), TrainConfig(lr=0.5))
    result = trainer.run(10_000)
    assert (result.status, result.reason) == ("diverged", "not_finite"), result.message
    assert 0 < result.end_step < 10_000
    assert_finite_state(trainer)
    assert result.end_step == trainer.step == trainer.latest.step
    assert "infinite" in result.message


@pytest.mark.parametrize(
    "config",
    [TrainConfig(lr=5.0, normalize=True), TrainConfig(lr=0.5, batch_size=2)],
    ids=["normalized", "minibatch"],
)
@pytest.mark.parametrize("scale", [1e16, 1e150])
def test_divergence_on_huge_targets_in_the_general_path(config, scale):
    """Targets so large that float64 itself overflows (1e150 squared): the run still ends as
    diverged, in a finite state, without a warning escaping (warnings are errors here)."""
    X = np.array([1.0, 2.0, 3.0, 4.0])
    y = np.array([1.0, 3.0, 2.0, 4.0]) * scale
    trainer = Trainer(Dataset.from_arrays(X, y), config)
    result = trainer.run(10_000)
    assert result.status == "diverged", result.message
    assert result.end_step < 10_000
    assert_finite_state(trainer)


# ---- stopping from another thread -----------------------------------------------------------


@pytest.mark.parametrize(
    "config",
    [
        TrainConfig(lr=0.001, patience=10**9),  # the lesson's fast path
        TrainConfig(lr=0.001, normalize=True, patience=10**9),  # evaluated in data units
        TrainConfig(lr=0.0001, batch_size=2, patience=10**9),  # mini-batches
    ],
    ids=["fast", "normalized", "minibatch"],
)
def test_stop_from_another_thread(config):
    trainer = Trainer(Dataset.lesson(), config)
    progressed = threading.Event()
    go_on = threading.Event()
    requested_at: list[int] = []
    outcome: dict = {}

    def progress(t: Trainer) -> None:
        # The worker pauses at its first report until the main thread has asked it to stop,
        # so the step at the moment of the request is known exactly.
        if not progressed.is_set():
            assert t.latest.step == t.step
            progressed.set()
            if not go_on.wait(JOIN_TIMEOUT):
                raise RuntimeError("main thread never answered")
        elif requested_at and t.step > requested_at[0] + 1000:
            raise RuntimeError(f"still running at step {t.step}")  # ends the worker

    def work() -> None:
        try:
            outcome["result"] = trainer.run(10_000_000, progress=progress, progress_interval=0)
        except BaseException as exc:  # noqa: BLE001 - reported below
            outcome["error"] = exc

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    try:
        assert progressed.wait(JOIN_TIMEOUT), "no progress report"
        requested_at.append(trainer.step)
        trainer.request_stop()
    finally:
        go_on.set()
        worker.join(JOIN_TIMEOUT)
    assert not worker.is_alive()
    assert "error" not in outcome, outcome.get("error")
    result = outcome["result"]
    assert (result.status, result.reason) == ("stopped", "requested")
    assert 0 <= result.end_step - requested_at[0] <= 1
    assert trainer.step == trainer.latest.step == result.end_step
    assert trainer.history.steps[-1] == result.end_step
    assert_sentence(result.message)
    assert str(result.end_step) in result.message

    # Train again: continues from where it stopped.
    again = trainer.run(5)
    assert again.start_step == result.end_step
    assert again.end_step == result.end_step + 5


def test_a_stop_requested_between_runs_does_not_stop_the_next_run():
    trainer = Trainer(Dataset.lesson())
    trainer.run(3)
    trainer.request_stop()
    result = trainer.run(10)
    assert (result.status, result.reason, result.steps_done) == ("stopped", "budget", 10)


def test_progress_is_reported_from_the_running_thread_with_a_consistent_state():
    trainer = Trainer(Dataset.lesson())
    seen = []

    def progress(t):
        seen.append((t.step, t.latest.step, threading.current_thread()))

    trainer.run(200, progress=progress, progress_interval=0)
    assert len(seen) >= 100
    assert all(step == latest for step, latest, _ in seen)
    assert all(th is threading.current_thread() for *_, th in seen)
    assert seen[-1][0] == 200
    assert [s for s, *_ in seen] == sorted(s for s, *_ in seen)


# ---- optimizers, losses, standardization ------------------------------------------------------


def test_adam_with_standardization_reaches_the_optimum_in_data_units():
    ds = multi_feature_dataset()
    opt = least_squares(ds)
    trainer = Trainer(ds, TrainConfig(lr=0.01, optimizer="adam", normalize=True))
    result = trainer.run(20_000)
    assert result.status != "diverged", result.message
    latest = trainer.latest
    # Reported loss and the float64 loss of the reported line are both within 1% of the best.
    assert latest.loss <= 1.01 * opt.mse
    assert loss_value(ds, latest.weight, latest.bias) <= 1.01 * opt.mse
    # Weight and bias are in the data's units: near the least-squares line's.
    np.testing.assert_allclose(latest.weight, opt.weight, rtol=1e-2)
    assert latest.bias == pytest.approx(opt.bias, rel=1e-3)
    # ... and so is every history record and the reported gradient (at the optimum, ~0).
    np.testing.assert_allclose(trainer.history.weight[-1], latest.weight)
    assert trainer.predict(ds.X[0]) == pytest.approx(
        float(ds.X[0] @ np.array(opt.weight) + opt.bias), abs=0.5
    )


def test_without_standardization_plain_sgd_cannot_use_a_large_step_on_that_data():
    ds = multi_feature_dataset()
    trainer = Trainer(ds, TrainConfig(lr=0.01))
    assert trainer.stable_lr < 1e-6
    assert trainer.run(200).status == "diverged"
    standardized = Trainer(ds, TrainConfig(lr=0.01, normalize=True))
    assert standardized.stable_lr > 0.1


@pytest.mark.parametrize(
    "config",
    [
        TrainConfig(optimizer="momentum", lr=0.01),
        TrainConfig(optimizer="adam", lr=0.1),
        TrainConfig(optimizer="rmsprop", lr=0.01),
        TrainConfig(loss="mae", lr=0.05),
        TrainConfig(loss="huber", lr=0.05),
        TrainConfig(loss="huber", huber_delta=0.1, lr=0.05, optimizer="adam"),
        TrainConfig(optimizer="adam", lr=0.05, batch_size=4),
        TrainConfig(optimizer="momentum", lr=0.005, batch_size=1),
        TrainConfig(loss="mae", lr=0.02, batch_size=3, normalize=True),
    ],
    ids=lambda c: f"{c.optimizer}-{c.loss}-bs{c.batch_size}-n{int(c.normalize)}",
)
def test_every_optimizer_and_loss_reduces_the_loss(config):
    ds = small_dataset()
    trainer = Trainer(ds, config)
    first = trainer.latest.loss
    result = trainer.run(3000)
    assert result.status != "diverged", result.message
    latest = trainer.latest
    assert latest.loss < 0.1 * first
    # The loss reported is the chosen loss of the reported line, on the whole dataset.
    expected = loss_value(ds, latest.weight, latest.bias, config.loss, config.huber_delta)
    assert latest.loss == pytest.approx(expected, rel=1e-4)
    # ... and it comes near the least-squares line (for MSE, near its loss).
    if config.loss == "mse":
        assert latest.loss <= 1.05 * least_squares(ds).mse


def test_recorded_gradients_are_the_whole_dataset_gradients_in_data_units():
    ds = small_dataset()
    for config in (TrainConfig(lr=0.01), TrainConfig(lr=0.1, normalize=True, batch_size=5)):
        trainer = Trainer(ds, config)
        trainer.run(20)
        rec = trainer.latest
        r = ds.X @ np.array(rec.weight) + rec.bias - ds.y
        np.testing.assert_allclose(
            rec.grad_weight, 2 * ds.X.T @ r / ds.n_rows, rtol=1e-4, atol=1e-5
        )
        assert rec.grad_bias == pytest.approx(2 * r.mean(), rel=1e-4, abs=1e-5)


# ---- mini-batches ---------------------------------------------------------------------------


def _row_used(ds: Dataset, before, after, lr: float) -> int:
    """Which single row explains the SGD update before -> after (MSE, batch of one)."""
    w0, b0 = np.array(before.weight), before.bias
    w1, b1 = np.array(after.weight), after.bias
    errors = []
    for i in range(ds.n_rows):
        r = float(ds.X[i] @ w0 + b0 - ds.y[i])
        errors.append(np.abs(w0 - lr * 2 * r * ds.X[i] - w1).max() + abs(b0 - lr * 2 * r - b1))
    best = int(np.argmin(errors))
    assert errors[best] < 1e-4 and sorted(errors)[1] > 1e-3, errors
    return best


def _rows_used(trainer: Trainer, steps: int) -> list[int]:
    h = trainer.history
    return [
        _row_used(trainer.dataset, h.record(i), h.record(i + 1), trainer.config.lr)
        for i in range(steps)
    ]


def test_batch_size_1_is_deterministic_for_a_seed():
    ds = small_dataset(n=12)
    a = Trainer(ds, TrainConfig(lr=0.01, batch_size=1, seed=3))
    b = Trainer(ds, TrainConfig(lr=0.01, batch_size=1, seed=3))
    a.run(300)
    b.run(150)
    b.run(150)  # split runs see the same batches
    for name in ("steps", "loss", "weight", "bias"):
        assert np.array_equal(getattr(a.history, name), getattr(b.history, name)), name
    assert a.latest == b.latest
    # ... and after reset, the same again.
    a.reset()
    a.run(300)
    assert a.latest == b.latest


def test_batch_size_1_takes_each_row_once_per_epoch_in_a_seeded_order():
    ds = small_dataset(n=12)
    orders = {}
    for seed in (3, 4):
        trainer = Trainer(ds, TrainConfig(lr=0.01, batch_size=1, seed=seed))
        trainer.run(2 * ds.n_rows)
        rows = _rows_used(trainer, 2 * ds.n_rows)
        first, second = rows[: ds.n_rows], rows[ds.n_rows :]
        assert sorted(first) == list(range(ds.n_rows))  # an epoch visits every row once
        assert sorted(second) == list(range(ds.n_rows))
        assert first != second  # reshuffled each epoch
        orders[seed] = rows
    assert orders[3] != orders[4]


def test_mini_batches_differ_from_full_batch():
    ds = small_dataset()
    full = Trainer(ds, TrainConfig(lr=0.01))
    mini = Trainer(ds, TrainConfig(lr=0.01, batch_size=5))
    full.run(10)
    mini.run(10)
    start_full, start_mini = full.history.record(0), mini.history.record(0)
    assert (start_full.weight, start_full.bias) == (start_mini.weight, start_mini.bias)
    assert start_full.loss == pytest.approx(start_mini.loss, rel=1e-6)
    assert full.latest.weight != mini.latest.weight


def test_a_batch_as_large_as_the_data_is_the_full_batch():
    ds = small_dataset()
    full = Trainer(ds, TrainConfig(lr=0.01))
    big = Trainer(ds, TrainConfig(lr=0.01, batch_size=ds.n_rows + 5))
    full.run(50)
    big.run(50)
    assert np.array_equal(full.history.loss, big.history.loss)


# ---- reconfigure mid-run ------------------------------------------------------------------


def test_changing_the_lr_mid_run_keeps_the_line_and_continues():
    trainer = Trainer(Dataset.lesson())
    trainer.run(50)
    before = trainer.latest
    trainer.reconfigure(TrainConfig(lr=0.01))
    assert trainer.latest == before and trainer.step == 50
    result = trainer.run(10)
    assert result.start_step == 50 and result.end_step == 60
    assert trainer.history.steps.tolist() == list(range(61))
    # The first step after the change is an SGD step of the new size from the same line.
    nxt = trainer.history.record(51)
    assert nxt.weight[0] == pytest.approx(before.weight[0] - 0.01 * before.grad_weight[0], rel=1e-5)
    assert nxt.bias == pytest.approx(before.bias - 0.01 * before.grad_bias, rel=1e-5)


def test_lr_change_equals_a_fresh_optimizer_for_plain_sgd():
    """For SGD (no state), run(50) at 0.001 then run(50) at 0.01 is the lesson loop with the
    learning rate changed between the cells."""
    a = Trainer(Dataset.lesson())
    a.run(50)
    a.reconfigure(TrainConfig(lr=0.01))
    a.run(50)
    b = Trainer(Dataset.lesson())
    b.run(50)
    b.reconfigure(TrainConfig(lr=0.01, rtol=2e-6))  # a different kind of change: new optimizer
    b.run(50)
    np.testing.assert_allclose(a.latest.weight, b.latest.weight, rtol=1e-6)


@pytest.mark.parametrize(
    "new",
    [
        TrainConfig(optimizer="adam", lr=0.05),
        TrainConfig(optimizer="adam", lr=0.05, normalize=True),
        TrainConfig(optimizer="rmsprop", lr=0.01, batch_size=2),
        TrainConfig(optimizer="momentum", lr=0.001, loss="huber"),
    ],
    ids=["adam", "adam-normalized", "rmsprop-minibatch", "momentum-huber"],
)
def test_switching_optimizer_keeps_weight_and_bias_in_data_units(new):
    ds = Dataset.lesson()
    trainer = Trainer(ds)
    trainer.run(120)
    before = trainer.latest
    trainer.reconfigure(new)
    after = trainer.latest
    assert trainer.step == after.step == before.step == 120
    np.testing.assert_allclose(after.weight, before.weight, rtol=1e-5)
    assert after.bias == pytest.approx(before.bias, rel=1e-5)
    assert after.loss == pytest.approx(
        loss_value(ds, after.weight, after.bias, new.loss, new.huber_delta), rel=1e-4
    )
    assert trainer.predict([2.0]) == pytest.approx(before.weight[0] * 2 + before.bias, rel=1e-5)
    result = trainer.run(200)
    assert result.start_step == 120 and result.status != "diverged"
    assert trainer.latest.loss < after.loss


def test_switching_standardization_back_and_forth_keeps_the_line():
    ds = multi_feature_dataset(n=60)
    trainer = Trainer(ds, TrainConfig(lr=0.01, optimizer="adam", normalize=True))
    trainer.run(300)
    line = trainer.latest
    trainer.reconfigure(TrainConfig(lr=1e-9))  # plain SGD in data units
    np.testing.assert_allclose(trainer.latest.weight, line.weight, rtol=1e-4)
    assert trainer.latest.bias == pytest.approx(line.bias, rel=1e-5)
    trainer.reconfigure(TrainConfig(lr=0.01, optimizer="adam", normalize=True))
    np.testing.assert_allclose(trainer.latest.weight, line.weight, rtol=1e-4)
    assert trainer.latest.bias == pytest.approx(line.bias, rel=1e-5)


def test_stable_lr_follows_a_change_of_standardization():
    ds = Dataset.lesson()
    trainer = Trainer(ds)
    assert f"{trainer.stable_lr:.4f}" == "0.1803"
    trainer.reconfigure(TrainConfig(normalize=True))
    fresh = Trainer(ds, TrainConfig(normalize=True))
    assert trainer.stable_lr == pytest.approx(fresh.stable_lr)
    assert fresh.stable_lr == pytest.approx(1.0)  # standardized hours: curvature 2


def test_seed_change_takes_effect_at_reset():
    trainer = Trainer(Dataset.lesson())
    start = trainer.latest
    trainer.reconfigure(TrainConfig(seed=1))
    assert trainer.latest == start
    trainer.reset()
    assert trainer.latest.weight != start.weight
    assert trainer.latest == Trainer(Dataset.lesson(), TrainConfig(seed=1)).latest


@pytest.mark.parametrize(
    "config", [TrainConfig(), TrainConfig(normalize=True)], ids=["fast", "general"]
)
def test_a_stop_pressed_before_a_queued_run_starts_is_not_lost(config):
    """The window's worker owns the stop event: set before run() begins, the run still stops."""
    trainer = Trainer(Dataset.lesson(), config)
    stop = threading.Event()
    stop.set()
    result = trainer.run(10_000_000, stop=stop)
    assert (result.status, result.reason) == ("stopped", "requested")
    assert result.steps_done <= 1
    assert stop.is_set()  # the caller owns it and clears it
    # request_stop() also reaches a run that watches a caller's event.
    stop.clear()
    seen = []

    def progress(t):
        seen.append(t.step)
        if len(seen) == 3:
            t.request_stop()

    result = trainer.run(10_000_000, stop=stop, progress=progress, progress_interval=0)
    assert (result.status, result.reason) == ("stopped", "requested")
    assert result.end_step - seen[2] <= 1


def test_a_short_run_above_the_stable_rate_is_diverging_not_still_falling():
    """Fewer steps than the plateau patience: the budget ends first, with the loss far up."""
    trainer = Trainer(Dataset.lesson(), TrainConfig(lr=0.19))
    result = trainer.run(30)
    assert trainer.latest.loss > 100 * trainer.history.record(0).loss
    assert result.status == "diverged", result.message
    assert "raise the learning rate" not in result.message
    assert "0.1803" in result.message


@pytest.mark.parametrize(
    "config",
    [
        TrainConfig(optimizer="momentum", lr=0.01),
        TrainConfig(optimizer="adam", lr=1.0),
        TrainConfig(optimizer="rmsprop", lr=0.3),
        TrainConfig(loss="mae", lr=0.05),
        TrainConfig(lr=0.05, batch_size=1),
    ],
    ids=["momentum", "adam", "rmsprop", "mae", "minibatch"],
)
@pytest.mark.parametrize("chunk", [7, 25])
def test_bumpy_descents_are_not_called_divergence(config, chunk):
    """Momentum, Adam, RMSprop, MAE and mini-batches make the loss rise and fall on the way
    down. Trained a few steps at a time (the GUI's "train N more"), no piece may be called
    divergence, and no message may say the loss is still falling when it rose."""
    ds = small_dataset(seed=4)
    trainer = Trainer(ds, config)
    first = trainer.latest.loss
    for _ in range(3000 // chunk):
        result = trainer.run(chunk)
        assert result.status != "diverged", result.message
        drop = result.details.get("recent_drop_percent")
        if drop is not None and drop <= 0:
            assert "still falling" not in result.message
        if result.status == "converged":
            break
    assert trainer.latest.loss < 0.2 * first


def test_standardized_training_reports_exact_data_unit_losses_for_timestamps():
    """Millisecond timestamps (~1.6e12) cannot even be held in float32 (its spacing there is
    2 minutes); standardized training copes, and the loss and gradients it reports in data
    units are those of the reported line, computed in float64."""
    rng = np.random.default_rng(0)
    ts = 1.6e12 + np.arange(200) * 3.6e6  # hourly, in ms
    y = 1e-6 * (ts - 1.6e12) + rng.normal(size=200)
    ds = Dataset.from_arrays(ts, y, ["timestamp_ms"], "temperature")
    opt = least_squares(ds)
    trainer = Trainer(ds, TrainConfig(lr=0.01, optimizer="adam", normalize=True))
    result = trainer.run(20_000)
    assert result.status == "converged", result.message
    rec = trainer.latest
    true_loss = loss_value(ds, rec.weight, rec.bias)
    assert rec.loss == pytest.approx(true_loss, rel=1e-9)
    assert true_loss <= 1.01 * opt.mse
    r = ds.X[:, 0] * rec.weight[0] + rec.bias - ds.y
    assert rec.grad_bias == pytest.approx(2 * r.mean(), rel=1e-6, abs=1e-9)
    assert rec.grad_weight[0] == pytest.approx(2 * float(ds.X[:, 0] @ r) / 200, rel=1e-4)


@pytest.mark.parametrize("lr", [1e39, 1e31, 1e-31, 5e-324])
def test_a_learning_rate_outside_the_range_is_refused_naming_the_range(lr):
    # Past float32 torch fails inside the optimizer step; every entry point validates first.
    with pytest.raises(ConfigError, match=r"learning rate must be between 1e-30 and 1e\+30"):
        TrainConfig(lr=lr).validate()


def test_the_largest_rate_runs_with_every_optimizer_and_loss():
    for optimizer in ("sgd", "momentum", "adam", "rmsprop"):
        for loss in ("mse", "mae", "huber"):
            trainer = Trainer(Dataset.lesson(), TrainConfig(lr=1e30, optimizer=optimizer,
                                                            loss=loss, beta1=0.9999))
            trainer.run(10)
            assert_finite_state(trainer)


def test_a_paced_progress_is_called_every_n_steps_and_changes_its_mind():
    """ReportAfter(n): progress after every n steps (a paced run), in both loops; the
    numbers are those of a run without progress."""
    from linreg_gui.core.pace import ReportAfter

    for config in (TrainConfig(), TrainConfig(batch_size=2)):
        seen = []

        def progress(t):
            seen.append(t.step)
            return ReportAfter(1 if t.step < 5 else 4)

        t = Trainer(Dataset.lesson(), config)
        t.run(20, progress=progress, progress_after=2)
        plain = Trainer(Dataset.lesson(), config)
        plain.run(20)
        assert seen == [2, 3, 4, 5, 9, 13, 17, 20]  # the last call: at the end
        assert t.latest == plain.latest
