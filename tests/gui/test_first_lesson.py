"""Issue 18, a first lesson without a stumble: what a teacher sees when preparing and giving
the lesson (samples and their settings, titles and recent files, pasting, exports, divergence,
small things on screen)."""

from __future__ import annotations

import pytest

from linreg_gui.core import verdict
from tests.gui.teaching_helpers import run_and_wait, set_lr

TIMEOUT = 60_000


def sample_action(window, stem):
    for action, sample in window.files._sample_actions:
        if sample.name == f"{stem}.csv":
            return action
    raise AssertionError(f"no sample {stem}")


# ---- 2. samples carry their settings ----------------------------------------------------------


def test_the_lesson_sample_restores_its_settings_in_one_undo_step(qtbot, window):
    set_lr(qtbot, window, 1.0)
    window.controls.steps_box.setValue(7)
    window.controls.seed_box.setValue(5)
    window.controls.loss_box.setCurrentIndex(window.controls.loss_box.findData("mae"))
    window.table_model.set_cell(2, 1, "99")
    tried = window.controls.config()

    sample_action(window, "lesson").trigger()
    cfg = window.controls.config()
    assert (cfg.lr, window.controls.steps(), cfg.seed, cfg.optimizer, cfg.loss) == (
        0.001, 100, 0, "sgd", "mse")
    assert window.controls.lr_box.text() == "0.001"
    assert window.table_model.cell_text(2, 1) == "60"
    # The next Train is the lesson's, not a divergence at the lr tried before.
    result = run_and_wait(qtbot, window, window.train_action)
    assert result.status != verdict.DIVERGED and result.details["lr"] == 0.001
    assert result.steps_done == 100

    window.table_model.undo_stack.undo()  # one step: the table and the settings come back
    assert window.controls.config() == tried and window.controls.steps() == 7
    assert window.table_model.cell_text(2, 1) == "99"
    window.table_model.undo_stack.redo()
    assert window.controls.config().lr == 0.001 and window.table_model.cell_text(2, 1) == "60"


def test_every_sample_names_its_settings():
    from linreg_gui.core.samples import list_samples

    for sample in list_samples():
        assert sample.settings.config.optimizer == "sgd" and sample.settings.steps > 0
    lesson = next(s for s in list_samples() if s.name == "lesson.csv")
    assert (lesson.settings.config.lr, lesson.settings.steps, lesson.settings.config.seed) == (
        0.001, 100, 0)
