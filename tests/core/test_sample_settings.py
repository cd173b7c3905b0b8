"""A sample carries the settings its description is written for; a bad index says where."""

from __future__ import annotations

import json

import pytest

from linreg_gui.core import samples
from linreg_gui.core.dataset import DataError


def test_the_lesson_sample_is_trained_as_in_the_lesson():
    s = samples.find_sample("lesson").settings
    assert (s.config.lr, s.steps, s.config.seed, s.config.optimizer, s.config.loss) == (
        0.001, 100, 0, "sgd", "mse")
    assert s.config.batch_size is None and not s.config.normalize


@pytest.mark.parametrize("settings, words", [
    ({"lr": -1}, "learning rate must be > 0"),
    ({"speed": 3}, "unknown settings: speed"),
    ({"steps": 2.5}, "steps must be a whole number"),
])
def test_a_bad_setting_in_the_index_is_a_clear_error(tmp_path, monkeypatch, settings, words):
    (tmp_path / "index.json").write_text(json.dumps([
        {"file": "x.csv", "title": "X", "description": "x", "settings": settings}]))
    monkeypatch.setattr(samples, "samples_dir", lambda: tmp_path)
    with pytest.raises(DataError) as info:
        samples.list_samples()
    assert words in str(info.value) and "x.csv" in str(info.value)
