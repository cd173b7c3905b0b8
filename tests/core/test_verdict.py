"""The sentences a student reads for each way a run can end."""

from __future__ import annotations

import math

import pytest

from linreg_gui.core import verdict
from linreg_gui.core.verdict import RunResult, fmt


@pytest.mark.parametrize(
    "value, text",
    [
        (0.18029485, "0.1803"),
        (1.0, "1"),
        (0.001, "0.001"),
        (1715.8387451, "1715.8387"),
        (2.35e7, "2.350e+07"),
        (7.3e-10, "7.300e-10"),
        (0.0, "0"),
        (-3.25, "-3.25"),
        (math.inf, "inf"),
    ],
)
def test_numbers_as_a_student_reads_them(value, text):
    assert fmt(value) == text


CASES = [
    RunResult(verdict.CONVERGED, verdict.REASON_PLATEAU, 0, 300,
              {"loss": 0.5, "lr": 0.1, "rtol": 1e-6, "patience": 50}),
    RunResult(verdict.CONVERGED, verdict.REASON_TINY_GRADIENT, 0, 478, {"loss": 7e-10, "lr": 0.1}),
    RunResult(verdict.STOPPED, verdict.REASON_REQUESTED, 10, 20, {"loss": 3.0, "lr": 0.1}),
    RunResult(verdict.STOPPED, verdict.REASON_BUDGET, 1, 101,
              {"loss": 187.7, "lr": 0.001, "recent_drop_percent": 35.0}),
    RunResult(verdict.STOPPED, verdict.REASON_BUDGET, 1, 101,
              {"loss": 187.7, "lr": 0.001, "recent_drop_percent": None}),
    RunResult(verdict.DIVERGED, verdict.REASON_EXPLODING, 0, 4,
              {"loss": 1.8e11, "lr": 1.0, "first_loss": 1715.8, "stable_lr": 0.1803}),
    RunResult(verdict.DIVERGED, verdict.REASON_NOT_FINITE, 0, 0,
              {"loss": 1715.8, "lr": 1e20, "first_loss": 1715.8}),
]


@pytest.mark.parametrize("result", CASES, ids=lambda r: f"{r.status}-{r.reason}")
def test_every_ending_has_a_sentence_naming_the_step(result):
    text = result.message
    assert text and text[0].isupper() and text.endswith(".")
    assert f"step {result.end_step}" in text
    assert "None" not in text
    if result.status == verdict.DIVERGED:
        assert "learning rate" in text and fmt(result.details["lr"]) in text
        if "stable_lr" in result.details:
            assert "0.1803" in text
        else:
            assert "10 times smaller" in text


def test_steps_done():
    assert CASES[3].steps_done == 100


def test_a_budget_ending_on_a_rising_loss_does_not_say_falling():
    result = RunResult(verdict.STOPPED, verdict.REASON_BUDGET, 0, 30,
                       {"loss": 7.9e5, "lr": 0.19, "recent_drop_percent": -241.09})
    text = result.message
    assert "still falling" not in text and "raise the learning rate" not in text
    assert "rose 241.1%" in text and "smaller learning rate" in text
