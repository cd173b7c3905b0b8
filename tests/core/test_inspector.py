"""The step inspector: the lesson's numbers, autograd beside the formula, and the real update."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.inspector import grad_check, inspect_step, inspect_trainer
from linreg_gui.core.landscape import Standardization
from linreg_gui.core.optimum import least_squares, loss_value
from linreg_gui.core.samples import load_sample
from linreg_gui.core.trainer import Trainer


def f4(v: float) -> str:
    return f"{v:.4f}"


LESSON_W0, LESSON_B0 = 0.49625658988952637, 0.7682217955589294  # torch.manual_seed(0); rand


def test_the_lessons_first_step():
    r = inspect_step(Dataset.lesson(), TrainConfig(), [LESSON_W0], LESSON_B0)
    assert not r.standardized and r.walk is r.data and r.walk.dtype == "float32"
    assert [f4(row.pred) for row in r.data.rows] == ["1.2645", "1.7607", "2.2570"]
    assert f4(r.data.loss) == "1715.8387"
    assert (f4(r.data.grad_weight[0]), f4(r.data.grad_bias)) == ("-178.9621", "-76.4785")
    # The hand-derived formula says the same.
    assert (f4(r.data.grad_weight_formula[0]), f4(r.data.grad_bias_formula)) == (
        "-178.9621", "-76.4785")
    assert r.data.agree and all(c.agree and not c.float32_limited for c in r.data.checks)
    assert all(c.tolerance < 1e-3 * abs(c.formula) for c in r.data.checks)
    # optimizer.step(): w <- w - lr * grad.
    u = r.update
    assert u.exact and f4(u.weight_after[0]) == "0.6752" and f4(u.weight_after_data[0]) == "0.6752"
    assert f4(u.sgd_weight_after[0]) == "0.6752"
    assert u.lines[0] == "weight[hours]: 0.4963 − 0.001 × (-178.9621) = 0.6752"
    assert u.lines[1] == "bias: 0.7682 − 0.001 × (-76.4785) = 0.8447"
    # The loss after that step, as the lesson prints it.
    after = inspect_step(Dataset.lesson(), TrainConfig(), u.weight_after, u.bias_after)
    assert f4(after.data.loss) == "1678.1724"


def test_the_pytorch_lines_beside_the_numbers():
    r = inspect_step(Dataset.lesson(), TrainConfig(), [LESSON_W0], LESSON_B0)
    assert [c.code for c in r.code] == [
        "pred = linear_model(X_train)",
        "loss = mse_loss_fn(pred, y_train)",
        "loss.backward()",
        "optimizer.step()",
        "optimizer.zero_grad()",
    ]
    assert [c.stage for c in r.code] == ["predict", "loss", "backward", "step", "zero_grad"]
    assert r.code[0].value == "pred = [1.2645, 1.7607, 2.2570]"
    assert r.code[1].value == "loss = 1715.8387"
    assert r.code[2].value == "weight.grad = [-178.9621], bias.grad = -76.4785"
    assert r.code[3].value == "weight = [0.6752], bias = 0.8447"
    assert all(c.explanation and c.explanation_ko for c in r.code)
    assert r.data.gradient_text == "dL/dw = 2/n Σ (pred − y)·x,   dL/db = 2/n Σ (pred − y)"
    mae = inspect_step(Dataset.lesson(), TrainConfig(loss="mae"), [1.0], 0.0)
    assert mae.code[1].code == "loss = mae_loss_fn(pred, y_train)"
    assert "sign" in mae.data.gradient_text
    huber = inspect_step(Dataset.lesson(), TrainConfig(loss="huber", huber_delta=2), [1.0], 0.0)
    assert huber.code[1].code == "loss = huber_loss_fn(pred, y_train)"
    assert "clip" in huber.data.gradient_text and "δ = 2" in huber.data.gradient_text
    batch = inspect_step(Dataset.lesson(), TrainConfig(batch_size=2), [1.0], 0.0)
    assert batch.code[0].code == "pred = linear_model(X_train[idx])"


def test_row_terms_add_up_to_the_loss_and_gradients():
    ds = load_sample("two_features")
    r = inspect_step(ds, TrainConfig(), [1.0, 0.5], 3.0, max_rows=ds.n_rows)
    rows = r.data.rows
    assert len(rows) == ds.n_rows
    assert sum(row.loss_term for row in rows) / ds.n_rows == pytest.approx(r.data.loss_formula)
    for j in range(2):
        total = sum(row.grad_weight_term[j] for row in rows)
        assert total == pytest.approx(r.data.grad_weight_formula[j], rel=1e-12)
    assert sum(row.grad_bias_term for row in rows) == pytest.approx(r.data.grad_bias_formula)
    assert r.data.loss_formula == pytest.approx(loss_value(ds, [1.0, 0.5], 3.0), rel=1e-12)
    for row in rows[:3]:
        assert row.residual == pytest.approx(row.pred - row.y, abs=1e-4)
        assert row.x == tuple(ds.X[row.index])


def test_large_data_shows_the_first_rows_and_totals_over_all():
    rng = np.random.default_rng(1)
    X = rng.uniform(0, 10, size=(5000, 1))
    y = 3 * X[:, 0] + 2 + rng.normal(size=5000)
    ds = Dataset.from_arrays(X, y)
    r = inspect_step(ds, TrainConfig(), [2.0], 1.0, max_rows=10)
    assert len(r.data.rows) == 10 and r.data.n_rows == 5000
    assert [row.index for row in r.data.rows] == list(range(10))
    residual = X[:, 0] * 2.0 + 1.0 - y
    assert r.data.residual_sum == pytest.approx(residual.sum(), rel=1e-9)
    assert r.data.residual_mean == pytest.approx(residual.mean(), rel=1e-9)
    assert r.data.loss == pytest.approx(np.mean(residual**2), rel=1e-5)
    assert any("first 10 of 5,000 rows" in n for n in r.notes)


@pytest.mark.parametrize("loss", ["mse", "mae", "huber"])
@pytest.mark.parametrize("normalize", [False, True])
@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam", "rmsprop"])
def test_the_inspected_step_is_the_step_the_trainer_takes(optimizer, normalize, loss):
    ds = load_sample("two_features")
    lr = 0.05 if normalize or optimizer in ("adam", "rmsprop") else 1e-5
    trainer = Trainer(ds, TrainConfig(optimizer=optimizer, lr=lr, normalize=normalize, loss=loss))
    trainer.run(7)
    r = inspect_trainer(trainer)
    before = trainer.latest
    # The data-unit loss and gradients are those the Trainer records.
    assert r.data.loss == before.loss
    assert r.data.grad_weight == before.grad_weight and r.data.grad_bias == before.grad_bias
    assert r.walk.agree and r.data.agree
    trainer.run(1)
    after = trainer.latest
    assert r.update.exact
    assert r.update.weight_after_data == after.weight
    assert r.update.bias_after_data == after.bias


@pytest.mark.parametrize("normalize", [False, True])
@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_a_mini_batch_step_is_the_update_the_trainer_makes(optimizer, normalize):
    # Steps 0..9 with batches of 4 of 17 rows: an epoch ends (and a new shuffle starts)
    # between steps 4 and 5, so both cases of the next batch are taken apart.
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 10, 17)
    ds = Dataset.from_arrays(x.reshape(-1, 1), 3 * x + 2 + rng.normal(0, 1, 17))
    trainer = Trainer(ds, TrainConfig(optimizer=optimizer, lr=0.01, batch_size=4,
                                      normalize=normalize))
    for _ in range(10):
        rows = trainer.next_batch_rows()
        r = inspect_trainer(trainer)
        assert r.update.exact and r.walk.n_rows == len(rows)
        assert [row.index for row in r.walk.rows] == rows[:10].tolist()
        assert f"({', '.join(str(i + 1) for i in rows)})" in r.update.note
        trainer.run(1)
        assert r.update.weight_after_data == trainer.latest.weight
        assert r.update.bias_after_data == trainer.latest.bias


def test_stateful_optimizers_without_their_state_show_plain_sgd_for_comparison():
    ds = Dataset.lesson()
    r = inspect_step(ds, TrainConfig(optimizer="adam", lr=0.1), [1.0], 0.0)
    u = r.update
    assert u.weight_after is None and u.weight_after_data is None and not u.exact
    assert u.sgd_weight_after[0] == pytest.approx(1.0 - 0.1 * r.walk.grad_weight[0])
    assert "plain SGD would give" in u.lines[0]
    assert "running averages" in u.note and "plain-SGD step is shown" in u.note
    assert "running averages" in r.code[3].value
    # With the state of a fresh optimizer (step 0) the real first step is known.
    trainer = Trainer(ds, TrainConfig(optimizer="adam", lr=0.1))
    r0 = inspect_trainer(trainer)
    assert r0.update.exact and "adam gives" in r0.update.lines[0] and "t = 1" in r0.update.lines[0]
    trainer.run(1)
    assert r0.update.weight_after_data == trainer.latest.weight


def test_momentum_line_names_the_buffer():
    trainer = Trainer(Dataset.lesson(), TrainConfig(optimizer="momentum", lr=0.001))
    trainer.run(3)
    r = inspect_trainer(trainer)
    assert "momentum gives" in r.update.lines[0] and "v = " in r.update.lines[0]
    assert r.update.formula.startswith("v ← 0.9 · v + dL/dw")


def test_standardized_training_shows_both_spaces():
    ds = Dataset.lesson()
    trainer = Trainer(ds, TrainConfig(lr=0.1, normalize=True))
    trainer.run(5)
    r = inspect_trainer(trainer, max_rows=3)
    assert r.standardized and r.walk.space == "standardized" and r.data.space == "data"
    assert r.walk.dtype == "float32" and r.data.dtype == "float64"
    st = Standardization.from_trainer(trainer)
    assert np.array_equal(r.standardization.x_mean, st.x_mean)
    # The optimizer's rows are the standardized columns: x = -1.2247, 0, 1.2247.
    assert [f4(row.x[0]) for row in r.walk.rows] == ["-1.2247", "0.0000", "1.2247"]
    assert [row.x[0] for row in r.data.rows] == [1.0, 2.0, 3.0]
    # Its loss is the data's MSE divided by std(y)^2.
    assert r.walk.loss == pytest.approx(r.data.loss / st.y_scale**2, rel=1e-5)
    assert r.data.loss == trainer.latest.loss
    assert r.update.space == "standardized"
    w_data, b_data = st.to_data(np.array(r.update.weight_after), r.update.bias_after)
    assert r.update.weight_after_data == tuple(w_data) and r.update.bias_after_data == b_data
    assert any("standardized" in n for n in r.notes)


def test_mini_batches_say_the_step_shown_is_the_full_batch_one():
    r = inspect_step(Dataset.lesson(), TrainConfig(batch_size=2), [1.0], 0.0)
    assert not r.update.exact and r.batch_size == 2
    assert "mini-batches of 2 rows" in r.update.note


def test_mae_on_the_line_agrees_despite_the_kink():
    # All three points on the line: every residual is 0, where |r| has no slope (torch: 0).
    r = inspect_step(Dataset.lesson(), TrainConfig(loss="mae"), [20.0], 0.0)
    assert r.data.loss == 0.0 and r.data.agree
    assert r.data.grad_weight == (0.0,) and r.data.grad_bias == 0.0


def test_agreement_catches_a_wrong_gradient():
    assert grad_check("bias", -76.4785, -76.47853, 100.0, 0.0).agree
    wrong = grad_check("bias", -76.4785 * 2, -76.47853, 100.0, 0.0)
    assert not wrong.agree and wrong.tolerance == pytest.approx(0.01)
    limited = grad_check("bias", 1.0, 1.0005, 1.0, 1e-3)
    assert limited.agree and limited.float32_limited


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(1, 300),
    k=st.integers(1, 3),
    seed=st.integers(0, 2**32 - 1),
    loss=st.sampled_from(["mse", "mae", "huber"]),
    normalize=st.booleans(),
    at_optimum=st.booleans(),
    log_scale=st.floats(-3, 6),
    log_offset=st.floats(-3, 8),
)
def test_autograd_agrees_with_the_formula(n, k, seed, loss, normalize, at_optimum, log_scale,
                                          log_offset):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, k)) * 10**log_scale + 10**log_offset
    y = X @ rng.normal(size=k) + rng.normal(size=n)
    ds = Dataset.from_arrays(X, y)
    opt = least_squares(ds)
    w = np.array(opt.weight) * (1.0 if at_optimum else rng.uniform(0, 2, size=k))
    b = opt.bias * (1.0 if at_optimum else rng.uniform(0, 2))
    r = inspect_step(ds, TrainConfig(loss=loss, normalize=normalize), w, b)
    assert r.walk.agree and r.data.agree, (r.walk.checks, r.data.checks)


def test_bad_arguments():
    ds = Dataset.lesson()
    with pytest.raises(ValueError, match="2 weights for 1 features"):
        inspect_step(ds, TrainConfig(), [1.0, 2.0], 0.0)
    with pytest.raises(ValueError, match="max_rows"):
        inspect_step(ds, TrainConfig(), [1.0], 0.0, max_rows=-1)


def test_optimizer_state_is_a_copy():
    trainer = Trainer(Dataset.lesson(), TrainConfig(optimizer="adam", lr=0.1))
    trainer.run(3)
    state = trainer.optimizer_state
    assert int(state["state"][0]["step"]) == 3
    state["state"][0]["exp_avg"].fill_(1e9)  # touching the copy ...
    twin = Trainer(Dataset.lesson(), TrainConfig(optimizer="adam", lr=0.1))
    twin.run(3)
    trainer.run(2)
    twin.run(2)
    assert trainer.latest == twin.latest  # ... leaves the Trainer's own averages alone
