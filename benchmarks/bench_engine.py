"""Engine speed and memory against a bare eager torch loop, measured side by side.

Prints `name: value` lines. Targets (issue 2): engine/bare steps per second >= 0.97 on the
lesson's 3 rows with SGD, >= 0.90 on 1,000,000 rows (one feature, full batch), and a
1,000,000-step run on the lesson data keeps under 100 MB of history.

Runs alternate engine and bare loop several times and report the median ratio, so that
drift in the machine's speed hits both sides alike.

    .venv/bin/python benchmarks/bench_engine.py [--quick]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time

import numpy as np
import torch

from linreg_gui.core.dataset import Dataset
from linreg_gui.core.trainer import TrainConfig, Trainer


def bare_loop(X, y, steps: int, lr: float, fused_mse: bool) -> float:
    """The lesson's loop, as a student would write it; returns steps per second."""
    torch.manual_seed(0)
    w = torch.rand(X.shape[1], 1, requires_grad=True)
    b = torch.rand(1, requires_grad=True)
    opt = torch.optim.SGD([w, b], lr=lr)
    mse = torch.nn.functional.mse_loss
    t = time.perf_counter()
    for _ in range(steps):
        pred = X @ w + b
        loss = mse(pred, y) if fused_mse else torch.mean((pred - y) ** 2)
        loss.backward()
        opt.step()
        opt.zero_grad()
    return steps / (time.perf_counter() - t)


def engine(ds: Dataset, steps: int, lr: float) -> float:
    trainer = Trainer(ds, TrainConfig(lr=lr, patience=10**9, rtol=0.0))
    t = time.perf_counter()
    trainer.run(steps)
    rate = steps / (time.perf_counter() - t)
    assert trainer.step == steps, (trainer.step, trainer.last_result)
    return rate


def compare(name: str, ds: Dataset, steps: int, lr: float, rounds: int) -> None:
    X = torch.tensor(ds.X, dtype=torch.float32)
    y = torch.tensor(ds.y, dtype=torch.float32).reshape(-1, 1)
    engine(ds, min(steps, 200), lr)  # warm-up: the first torch.optim use imports dynamo
    bare_loop(X, y, min(steps, 200), lr, False)
    ratios, ratios_fused, e_rates, b_rates = [], [], [], []
    for _ in range(rounds):
        b = bare_loop(X, y, steps, lr, False)
        e = engine(ds, steps, lr)
        bf = bare_loop(X, y, steps, lr, True)
        ratios.append(e / b)
        ratios_fused.append(e / bf)
        e_rates.append(e)
        b_rates.append(b)
    print(f"{name}_engine_steps_per_s: {statistics.median(e_rates):.0f}")
    print(f"{name}_bare_steps_per_s: {statistics.median(b_rates):.0f}")
    print(f"{name}_ratio_engine_to_bare: {statistics.median(ratios):.3f}")
    print(f"{name}_ratio_engine_to_bare_fused_mse: {statistics.median(ratios_fused):.3f}")


def memory_million_steps(steps: int) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    trainer = Trainer(Dataset.lesson(), TrainConfig(lr=0.001, patience=10**9, rtol=0.0))
    t = time.perf_counter()
    trainer.run(steps)
    seconds = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"million_step_run_steps: {trainer.step}")
    print(f"million_step_run_seconds: {seconds:.1f}")
    print(f"million_step_history_records: {len(trainer.history)}")
    print(f"million_step_history_mb: {trainer.history.nbytes / 2**20:.1f}")
    print(f"million_step_history_ratio_to_100mb_target: {trainer.history.nbytes / 2**20 / 100:.3f}")
    print(f"million_step_peak_rss_growth_mb: {after - before:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer rounds and steps")
    args = parser.parse_args()
    rounds = 3 if args.quick else 7
    print(f"torch: {torch.__version__}, threads: {torch.get_num_threads()}")
    compare("lesson_3rows_sgd", Dataset.lesson(), 3000 if args.quick else 10000, 0.001, rounds)
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 10, 1_000_000)
    big = Dataset.from_arrays(x, 3 * x + 2 + rng.normal(0, 1, x.size), ["x"], "y")
    compare("rows_1m_sgd", big, 20 if args.quick else 60, 0.001, rounds)
    memory_million_steps(100_000 if args.quick else 1_000_000)


if __name__ == "__main__":
    main()
