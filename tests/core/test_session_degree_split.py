"""Sessions keep the polynomial degree and the held-out split (issue 14, point 7)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.history import StepRecord
from linreg_gui.core.session import (
    SessionError,
    SessionHistory,
    load_session,
    save_session,
    session_from_table,
)

SESSIONS = Path(__file__).resolve().parent / "sessions"


def cubic_session(config: TrainConfig):
    values = np.array([[x, x**3] for x in np.linspace(-2, 2, 9)])
    latest = StepRecord(40, (0.1, -0.2, 0.9), 0.05, 0.3, (0.0, 0.0, 0.0), 0.0)
    history = SessionHistory.from_arrays(np.array([0, 40]), np.array([5.0, 0.3]),
                                         np.array([[0.5, 0.5, 0.5], [0.1, -0.2, 0.9]]),
                                         np.array([0.7, 0.05]))
    return session_from_table(("x", "y"), values, {}, config, 100, latest, history)


def test_degree_and_split_are_saved_with_the_model_of_that_many_weights(tmp_path):
    cfg = TrainConfig(degree=3, test_fraction=0.3, split_seed=7, normalize=True)
    data = cubic_session(cfg)
    assert data.weight == (0.1, -0.2, 0.9)  # three weights for one column: kept
    path = tmp_path / "cubic.linreg"
    save_session(path, data)
    settings = json.loads(path.read_text("utf-8"))["settings"]
    assert (settings["degree"], settings["test_fraction"], settings["split_seed"]) == (3, 0.3, 7)
    back = load_session(path)
    assert back.config == cfg and back.weight == (0.1, -0.2, 0.9)
    assert back.history.weight.shape == (2, 3)


def test_a_model_that_does_not_fit_the_degree_is_left_out():
    data = cubic_session(TrainConfig(degree=2))
    assert data.weight is None and data.history is None


def test_sessions_saved_before_the_degree_existed_load_as_degree_1():
    back = load_session(SESSIONS / "lesson_v1.linreg")
    assert (back.config.degree, back.config.test_fraction, back.config.split_seed) == (1, 0, 0)


@pytest.mark.parametrize("field, value, needle", [
    ("degree", 12, "degree must be a whole number from 1 to 10"),
    ("test_fraction", 0.9, "test fraction must be from 0 to 0.5"),
])
def test_a_bad_degree_or_fraction_in_a_file_is_refused_in_words(tmp_path, field, value, needle):
    doc = json.loads((SESSIONS / "lesson_v1.linreg").read_text("utf-8"))
    doc["settings"][field] = value
    path = tmp_path / "bad.linreg"
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(SessionError, match=needle):
        load_session(path)
