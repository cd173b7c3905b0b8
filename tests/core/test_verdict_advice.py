"""The advice after a run never sends a student past the learning rate where training
diverges: it names the range that works, and a rate above it never ends "converged"."""

from __future__ import annotations

import re

import pytest

from linreg_gui.core import verdict
from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.trainer import Trainer
from linreg_gui.core.verdict import RunResult, fmt_below


def test_lr_0_1_on_the_lesson_advises_raising_it_only_within_the_stable_range():
    result = Trainer(Dataset.lesson(), TrainConfig(lr=0.1)).run(100)
    assert result.status == verdict.STOPPED and result.reason == verdict.REASON_BUDGET
    text = result.message
    assert "raise the learning rate: it stays stable up to 0.18 for this data." in text
    # The advised bound itself works: training there does not diverge, and gets close.
    upto = float(re.search(r"up to ([0-9.]+)", text).group(1))
    at_bound = Trainer(Dataset.lesson(), TrainConfig(lr=upto)).run(3000)
    assert at_bound.status != verdict.DIVERGED and at_bound.details["loss"] < 1e-3


@pytest.mark.parametrize("lr", [0.1804, 0.1805, 0.181])
def test_a_rate_just_above_the_stable_one_is_not_converged(lr):
    trainer = Trainer(Dataset.lesson(), TrainConfig(lr=lr))
    assert lr > trainer.stable_lr
    result = trainer.run(3000)
    assert result.status == verdict.DIVERGED, result.message
    assert result.details["loss"] > 1000  # it was never near the best line
    assert "stable only below 0.1803" in result.message


def test_a_rate_close_to_the_limit_is_not_told_to_go_higher():
    result = Trainer(Dataset.lesson(), TrainConfig(lr=0.17)).run(20)
    text = result.message
    assert result.status == verdict.STOPPED
    assert "raise the learning rate" not in text
    assert "already close to the largest stable one for this data (0.1803)" in text


def test_advice_without_a_known_limit_is_unchanged():
    result = Trainer(Dataset.lesson(), TrainConfig(lr=0.001, optimizer="adam")).run(10)
    assert result.status == verdict.STOPPED
    assert result.message.endswith("Train more steps, or raise the learning rate.")


def test_a_rising_budget_run_names_the_range_to_go_back_to():
    result = RunResult(verdict.STOPPED, verdict.REASON_BUDGET, 0, 30,
                       {"loss": 7.9e5, "lr": 0.19, "recent_drop_percent": -241.09,
                        "stable_lr": 0.18029})
    assert result.message.endswith(
        "Try a smaller learning rate: it stays stable up to 0.18 for this data.")


@pytest.mark.parametrize("value, text", [
    (0.18029485, "0.18"), (0.18, "0.17"), (0.000199, "0.00019"), (2.5, "2.4"), (12.3, "12"),
])
def test_the_stable_range_is_a_round_number_below_the_limit(value, text):
    assert fmt_below(value) == text
    assert float(text) < value
