"""The run's record: bounded memory at any length, thinning that keeps order and values, and
the exact latest state whatever was thinned."""

from __future__ import annotations

import numpy as np
import pytest

from linreg_gui.core.dataset import Dataset
from linreg_gui.core.history import DEFAULT_HISTORY_BYTES, History, StepRecord
from linreg_gui.core.trainer import TrainConfig, Trainer


def values(step: int, k: int):
    """A record whose every field is a known function of its step, to catch misaligned rows."""
    w = np.array([step + 0.25 * j for j in range(k)], dtype=np.float64)
    return dict(
        loss=step * 0.5,
        weight=w,
        bias=-float(step),
        grad_weight=-w,
        grad_bias=step + 0.125,
    )


def check_rows_match_their_steps(h: History) -> None:
    s = h.steps.astype(np.float64)
    assert np.array_equal(h.loss, s * 0.5)
    assert np.array_equal(h.bias, -s)
    k = h.n_features
    expected_w = s[:, None] + 0.25 * np.arange(k)[None, :]
    assert np.array_equal(h.weight, expected_w)
    c = h.chunk()
    assert np.array_equal(c.grad_weight, -expected_w)
    assert np.array_equal(c.grad_bias, s + 0.125)


def test_a_million_steps_stay_within_the_memory_budget():
    k = 3
    h = History(k)  # the default budget, 64 MB
    n = 1_000_000
    offsets = 0.25 * np.arange(k)
    wants, append = h.wants, h.append
    for step in range(n):
        if wants(step):
            w = step + offsets
            append(step, step * 0.5, w, -float(step), -w, step + 0.125)
    assert h.nbytes <= DEFAULT_HISTORY_BYTES < 100 * 1024 * 1024
    assert h.stride > 1  # it had to thin to stay within the budget
    steps = h.steps
    assert steps[0] == 0
    assert steps[-1] > n - 1 - h.stride  # the latest recorded state is the newest it wanted
    assert np.all(np.diff(steps) > 0)
    assert np.array_equal(steps, np.arange(0, steps[-1] + 1, h.stride))
    assert len(h) > h.capacity // 2  # thinning halves, it does not throw everything away
    check_rows_match_their_steps(h)


@pytest.mark.parametrize("k", [1, 4])
def test_thinning_keeps_order_and_values(k):
    budget = 8 * (4 + 2 * k) * 40  # room for 40 records
    h = History(k, budget)
    for step in range(5000):
        if h.wants(step):
            v = values(step, k)
            h.append(step, v["loss"], v["weight"], v["bias"], v["grad_weight"], v["grad_bias"])
        assert h.nbytes <= max(budget, 16 * 8 * (4 + 2 * k))
        assert len(h) <= h.capacity
    steps = h.steps
    assert steps[0] == 0 and steps[-1] > 5000 - 1 - h.stride
    assert np.array_equal(steps, np.arange(0, steps[-1] + 1, h.stride))
    check_rows_match_their_steps(h)
    # record(i) agrees with the columns.
    rec = h.record(-1)
    assert isinstance(rec, StepRecord)
    assert rec.step == int(steps[-1]) and rec.loss == rec.step * 0.5
    assert rec.weight == tuple(rec.step + 0.25 * j for j in range(k))


def test_record_index_errors_and_lookups():
    h = History(1)
    for step in range(10):
        h.append(step, float(step), [0.0], 0.0, [0.0], 0.0)
    with pytest.raises(IndexError):
        h.record(10)
    with pytest.raises(IndexError):
        h.record(-11)
    assert h.record(-1).step == 9
    assert h.index_after(4) == 5
    assert h.index_after(-1) == 0 and h.index_after(9) == 10


def test_chunks_are_independent_copies():
    h = History(2)
    for step in range(5):
        v = values(step, 2)
        h.append(step, v["loss"], v["weight"], v["bias"], v["grad_weight"], v["grad_bias"])
    c = h.chunk(1, 3)
    assert len(c) == 2 and c.steps.tolist() == [1, 2]
    c.loss[:] = -1
    assert h.loss[1] == 0.5
    assert len(h.chunk(3)) == 2 and len(h.chunk(0, 100)) == 5


def test_drop_after_and_clear():
    h = History(1)
    for step in range(10):
        h.append(step, float(step), [0.0], 0.0, [0.0], 0.0)
    h.drop_after(6)
    assert h.steps.tolist() == list(range(7))
    h.append(7, 7.0, [0.0], 0.0, [0.0], 0.0)
    assert h.steps.tolist() == list(range(8))
    h.clear()
    assert len(h) == 0 and h.stride == 1


def test_a_trainer_with_a_small_history_still_reports_the_exact_latest_state():
    ds = Dataset.lesson()
    config = TrainConfig(lr=0.001, patience=10**9, rtol=0.0)
    small = Trainer(ds, config, history_bytes=2000)
    full = Trainer(ds, config)
    for n in (1, 100, 1500, 899):  # runs of several lengths, continuing
        r_small = small.run(n)
        r_full = full.run(n)
        assert r_small.end_step == r_full.end_step
        assert small.latest == full.latest  # exact, not an older thinned record
        assert small.predict([2.5]) == full.predict([2.5])
    assert small.step == 2500
    h = small.history
    assert h.nbytes <= 2000
    assert len(h) < 100 and h.stride > 1
    assert h.steps[0] == 0
    assert np.all(np.diff(h.steps) > 0)
    # What the small history kept is exactly what the full one has at those steps.
    idx = h.steps
    assert np.array_equal(full.history.steps[idx], idx)
    assert np.array_equal(h.loss, full.history.loss[idx])
    assert np.array_equal(h.weight, full.history.weight[idx])
    assert np.array_equal(h.bias, full.history.bias[idx])
    # The verdict's "recent drop" is still computed from the thinned record.
    assert r_small.status == "stopped" and r_small.details["recent_drop_percent"] > 0


def test_a_trainer_with_a_small_history_in_the_general_path():
    ds = Dataset.lesson()
    config = TrainConfig(lr=0.01, normalize=True, batch_size=2, patience=10**9, rtol=0.0)
    small = Trainer(ds, config, history_bytes=1500)
    full = Trainer(ds, config)
    small.run(2000)
    full.run(2000)
    assert small.latest == full.latest
    idx = small.history.steps
    assert idx[0] == 0 and np.all(np.diff(idx) > 0)
    assert np.array_equal(small.history.loss, full.history.loss[idx])


@pytest.mark.parametrize("k", [1, 3])
def test_extend_in_blocks_equals_appending_one_by_one(k):
    budget = 8 * (4 + 2 * k) * 64
    one, blocks = History(k, budget), History(k, budget)
    rows = []
    for step in range(3000):
        v = values(step, k)
        w, gw = (v["weight"][0], v["grad_weight"][0]) if k == 1 else (v["weight"], v["grad_weight"])
        row = (step, v["loss"], w, v["bias"], gw, v["grad_bias"])
        rows.append(row)
        if one.wants(step):
            one.append(*row)
    rng = np.random.default_rng(0)
    i = 0
    while i < len(rows):
        n = int(rng.integers(1, 400))
        blocks.extend(rows[i : i + n])
        i += n
    assert blocks.stride == one.stride
    for name in ("steps", "loss", "weight", "bias"):
        assert np.array_equal(getattr(blocks, name), getattr(one, name)), name
    check_rows_match_their_steps(blocks)
