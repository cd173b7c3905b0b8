"""Going back to step k and training on gives, bit for bit, the numbers of a run that never
went back: plain SGD, momentum, Adam, RMSprop and mini-batches (the optimizer's averages and
the shuffle's position are replayed from the seed)."""

from __future__ import annotations

import numpy as np
import pytest

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.lineage import Lineage
from linreg_gui.core.trainer import Trainer


def data() -> Dataset:
    rng = np.random.default_rng(5)
    x = rng.uniform(0, 10, 17)
    return Dataset.from_arrays(x.reshape(-1, 1), 3 * x + 2 + rng.normal(0, 1, 17))


CONFIGS = {
    "sgd": TrainConfig(lr=0.001),
    "momentum": TrainConfig(lr=0.001, optimizer="momentum"),
    "adam": TrainConfig(lr=0.05, optimizer="adam"),
    "rmsprop": TrainConfig(lr=0.01, optimizer="rmsprop"),
    "mini-batch": TrainConfig(lr=0.001, batch_size=4),
    "standardized adam mini-batch": TrainConfig(lr=0.01, optimizer="adam", batch_size=5,
                                                normalize=True),
}


def same_bits(a, b) -> bool:
    return np.array_equal(np.asarray(a, np.float64).view(np.uint64),
                          np.asarray(b, np.float64).view(np.uint64))


def assert_same_state(t: Trainer, u: Trainer) -> None:
    a, b = t.latest, u.latest
    assert a.step == b.step
    for x, y in ((a.weight, b.weight), (a.bias, b.bias), (a.loss, b.loss),
                 (a.grad_weight, b.grad_weight), (a.grad_bias, b.grad_bias)):
        assert same_bits(x, y), (x, y)
    assert np.array_equal(t.history.steps, u.history.steps)
    assert same_bits(t.history.loss, u.history.loss)
    assert same_bits(t.history.weight, u.history.weight)


@pytest.mark.parametrize("name", list(CONFIGS))
def test_back_to_k_and_on_equals_a_straight_run(name):
    config = CONFIGS[name]
    ds = data()
    straight = Trainer(ds, config)
    straight.run(40)
    straight.run(60)

    lineage = Lineage(lambda: Trainer(ds, config))
    t = Trainer(ds, config)
    for n in (40, 35):  # two runs, then back to step 53, inside the second
        lineage.ran(t.config, t.run(n).steps_done)
    t = lineage.rebuild(53)
    lineage.truncate(53)
    assert lineage.end_step == 53
    lineage.ran(t.config, t.run(47).steps_done)
    assert_same_state(t, straight)


def test_step_back_one_update_then_on():
    ds = data()
    config = CONFIGS["momentum"]
    straight = Trainer(ds, config)
    straight.run(10)
    lineage = Lineage(lambda: Trainer(ds, config))
    t = Trainer(ds, config)
    lineage.ran(t.config, t.run(10).steps_done)
    t = lineage.rebuild(9)
    lineage.truncate(9)
    t.run(1)
    assert_same_state(t, straight)


def test_a_change_of_settings_between_runs_is_replayed():
    ds = data()
    a, b = TrainConfig(lr=0.001), TrainConfig(lr=0.01, optimizer="adam")
    straight = Trainer(ds, a)
    straight.run(20)
    straight.reconfigure(b)
    straight.run(30)
    lineage = Lineage(lambda: Trainer(ds, a))
    t = Trainer(ds, a)
    lineage.ran(t.config, t.run(20).steps_done)
    t.reconfigure(b)
    lineage.ran(t.config, t.run(30).steps_done)
    assert lineage.rebuild(50).latest == straight.latest
    assert lineage.rebuild(20).latest.step == 20


def test_a_start_chosen_by_hand_and_steps_out_of_range():
    ds = data()

    def origin():
        t = Trainer(ds)
        t.start_at([1.5], -2.0)
        return t

    lineage = Lineage(origin)
    t = origin()
    lineage.ran(t.config, t.run(5).steps_done)
    assert lineage.rebuild(0).latest.weight == (1.5,)
    assert lineage.rebuild(5).latest == t.latest
    with pytest.raises(ValueError, match="step 6 is not between 0 and 5"):
        lineage.rebuild(6)
