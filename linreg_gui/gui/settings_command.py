"""An undo step that puts training settings into the Settings panel (loading a sample restores
its settings and its table as one step, so one Undo gives back both)."""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from linreg_gui.core.config import TrainConfig


class SettingsCommand(QUndoCommand):
    """Show ``config`` and ``steps`` in ``controls`` (a ControlsPanel); undo shows the ones it
    had. Each change is announced through the panel's own signals, as if typed, so the engine
    and the session follow."""

    def __init__(self, controls, config: TrainConfig, steps: int, text: str = "",
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        # Weak: the window owns both the panel and the stack that owns this command.
        self._controls = weakref.ref(controls)
        self._new = (config, steps)
        self._old = (controls.config(), controls.steps())

    def redo(self) -> None:
        self._show(*self._new)

    def undo(self) -> None:
        self._show(*self._old)

    def _show(self, config: TrainConfig, steps: int) -> None:
        controls = self._controls()
        if controls is None:
            return
        changed = controls.config() != config
        controls.set_config(config, steps=steps)  # emits steps_changed only, if it changed
        if changed:
            controls.config_changed.emit(controls.config())


def push_with_settings(stack, text: str, controls, config: TrainConfig, steps: int,
                       change_table) -> None:
    """One undo step named ``text``: the settings, then ``change_table()`` (which pushes the
    table's own command). The settings go first, so the model built for the new table
    starts from the new seed."""
    stack.beginMacro(text)
    try:
        stack.push(SettingsCommand(controls, config, steps))
        change_table()
    finally:
        stack.endMacro()


# Teacher mode's lockable settings (core.teacher_lock.LOCKABLE) and the fields each covers.
LOCKED_FIELDS = {
    "lr": ("lr",), "seed": ("seed",),
    "optimizer": ("optimizer", "momentum", "beta1", "beta2", "alpha"),
    "loss": ("loss", "huber_delta"), "batch": ("batch_size",), "standardize": ("normalize",),
}


def keep_locked(config: TrainConfig, steps: int, current: TrainConfig, current_steps: int,
                is_locked: Callable[[str], bool]) -> tuple[TrainConfig, int]:
    """A sample's settings, except those the teacher locked: they stay as they are."""
    kept = {f: getattr(current, f) for key, fields in LOCKED_FIELDS.items() if is_locked(key)
            for f in fields}
    return (dataclasses.replace(config, **kept) if kept else config,
            current_steps if is_locked("steps") else steps)
