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


@pytest.mark.parametrize("name", ["adam", "standardized adam mini-batch"])
def test_advancing_a_rebuilt_trainer_in_pieces_equals_one_rebuild(name):
    # The step inspector keeps one replayed trainer and moves it forward as the timeline is
    # scrubbed: each piece must land where one rebuild lands, bit for bit.
    ds = data()
    lineage = Lineage(lambda: Trainer(ds, CONFIGS[name]))
    live = Trainer(ds, CONFIGS[name])
    live.run(12)
    lineage.ran(CONFIGS[name], 12)
    other = CONFIGS["momentum"] if name == "adam" else CONFIGS["mini-batch"]
    live.reconfigure(other)
    live.run(9)
    lineage.ran(other, 9)
    assert lineage.config_after(11) == CONFIGS[name] and lineage.config_after(12) == other
    assert lineage.config_after(21) is None
    walker = lineage.rebuild(3)
    for k in (4, 5, 11, 12, 13, 20, 21):
        assert lineage.advance(walker, k)
        assert_same_state(walker, lineage.rebuild(k))
    with pytest.raises(ValueError):
        lineage.advance(walker, 5)  # behind it: rebuild instead


def test_a_replay_can_be_cut_short_and_taken_up_again():
    import threading

    ds = data()
    lineage = Lineage(lambda: Trainer(ds, CONFIGS["rmsprop"]))
    lineage.ran(CONFIGS["rmsprop"], 30)
    stop = threading.Event()
    stop.set()
    walker = lineage.rebuild(0)
    assert not lineage.advance(walker, 30, stop=stop)
    assert walker.step < 30
    assert lineage.advance(walker, 30)
    assert_same_state(walker, lineage.rebuild(30))
