"""Every run ends in one sentence a student can act on, with the numbers to act on."""

from __future__ import annotations

import re

import pytest

from linreg_gui.core import verdict
from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.samples import load_sample
from linreg_gui.core.trainer import Trainer
from linreg_gui.core.verdict import RunResult


def suggested_rate(message: str) -> float:
    match = re.search(r"e\.g\. ([0-9.e+-]+)", message)
    assert match, message
    return float(match.group(1).rstrip("."))


def test_lr_1_on_the_lesson_diverges_and_names_the_stable_rate():
    trainer = Trainer(Dataset.lesson(), TrainConfig(lr=1.0))
    result = trainer.run(100)
    assert result.status == verdict.DIVERGED
    text = result.message
    assert text.startswith(f"Diverged at step {result.end_step}:")
    assert "The learning rate 1 is too large" in text
    assert "stable only below 0.1803" in text  # 2 / lambda_max of the MSE's Hessian
    assert "or turn on standardization" in text
    assert "where the run stopped" in text and "last finite" not in text
    assert trainer.stable_lr == pytest.approx(0.18029, abs=1e-5)


@pytest.mark.parametrize("sample", ["lesson", "two_features", "diverges", "large_scale"])
def test_the_suggested_rate_works(sample):
    ds = Dataset.lesson() if sample == "lesson" else load_sample(sample)
    trainer = Trainer(ds, TrainConfig(lr=1.0))
    result = trainer.run(2000)
    assert result.status == verdict.DIVERGED
    lr = suggested_rate(result.message)
    assert lr < trainer.stable_lr
    again = Trainer(ds, TrainConfig(lr=lr))
    done = again.run(300)
    assert done.status != verdict.DIVERGED
    assert again.latest.loss < again.history.record(0).loss


def test_standardized_runs_get_the_standardized_rate_and_no_advice_to_standardize():
    trainer = Trainer(Dataset.lesson(), TrainConfig(lr=5.0, normalize=True))
    result = trainer.run(100)
    assert result.status == verdict.DIVERGED and result.details["normalize"] is True
    text = result.message
    # Standardized lesson columns: H = 2/n [x_s 1]^T [x_s 1] = 2 I, so 2 / lambda_max = 1.
    assert "For the standardized columns, plain gradient descent is stable only below 1" in text
    assert "e.g. 0.5" in text
    assert "turn on standardization" not in text and "scale of this data" not in text


def test_still_improving_says_how_much_and_what_to_do():
    trainer = Trainer(Dataset.lesson(), TrainConfig())
    result = trainer.run(301)
    assert (result.status, result.reason) == (verdict.STOPPED, verdict.REASON_BUDGET)
    text = result.message
    assert text.startswith("Stopped at step 301: the 301 steps asked for are done")
    assert re.search(r"it fell \d+\.\d% over the last fifth of the run", text)
    assert text.endswith(
        "Train more steps, or raise the learning rate: it stays stable up to 0.18 for this data.")


def test_a_single_step_is_told_as_one_step():
    trainer = Trainer(Dataset.lesson(), TrainConfig())
    result = trainer.run(1)
    assert (result.status, result.reason) == (verdict.STOPPED, verdict.REASON_BUDGET)
    assert result.message.startswith("Stopped at step 1: the one step asked for is done.")
    assert "1 steps" not in result.message


def test_converged_names_the_step():
    trainer = Trainer(Dataset.lesson(), TrainConfig(lr=0.1))
    result = trainer.run(100_000)
    assert result.status == verdict.CONVERGED
    assert result.message.startswith(f"Converged at step {result.end_step}:")


def test_an_infinite_loss_leaves_the_last_finite_state():
    trainer = Trainer(Dataset.lesson(), TrainConfig(lr=1e20, optimizer="adam"))
    result = trainer.run(10)
    assert result.reason == verdict.REASON_NOT_FINITE
    text = result.message
    assert "the loss became infinite" in text and "its last finite state" in text
    assert "10 times smaller" in text


def test_zero_steps_says_nothing_changed():
    result = Trainer(Dataset.lesson(), TrainConfig()).run(0)
    assert result.message == (
        "Stopped at step 0: no steps were asked for, so nothing changed. Train some steps to "
        "watch the loss fall."
    )


def test_the_rate_shown_is_never_rounded_above_the_limit():
    # fmt(0.18029) is "0.1803", above the limit: the advice is a rate under it.
    result = RunResult(verdict.DIVERGED, verdict.REASON_EXPLODING, 0, 4,
                       {"loss": 1e11, "lr": 1.0, "first_loss": 1715.8, "stable_lr": 0.18029,
                        "normalize": False})
    assert suggested_rate(result.message) < 0.18029
    assert "try a learning rate under that" in result.message
