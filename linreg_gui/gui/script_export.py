"""File ▸ Export ▸ PyTorch script…: the current data and settings and the runs made since the
last reset, as a standalone script in the lesson's words (core.codegen). Run on its own it
prints the final weight(s), bias and loss the app shows."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction



class ScriptExport(QObject):
    exported = Signal(str, str)  # path, a warning for the user ("" when the script is exact)

    def __init__(self, window, tracker) -> None:
        super().__init__(window)
        self.window = window
        self.tracker = tracker  # RunTracker: the runs since the last reset
        self.action = QAction(window)
        self.action.setObjectName("export_script")
        self.action.triggered.connect(self.ask_export)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("P&yTorch script…"))
        self.action.setStatusTip(self.tr(
            "Save the current data, settings and runs as a Python script that trains the same "
            "model with PyTorch alone"))

    def script(self) -> tuple[str, str]:
        """(text, warning): the script for the current state, and what it does not repeat."""
        w = self.window
        config = w.controls.config()
        runs = list(self.tracker.run_lengths)
        warning = ""
        title = None
        untrained = not runs and (w.latest is None or w.latest.step == 0)
        if untrained:
            # Nothing trained yet: the script is the run the settings describe (one press of
            # Train), not an empty STEPS = 0 loop.
            runs = [w.controls.steps()]
            warning = self.tr(
                "Nothing is trained yet: the script makes one run of {0} steps, the Steps per "
                "run in Settings."
            ).format(runs[0])
            title = (f"NOTE: nothing was trained in the app yet; this is one run of {runs[0]} "
                     "steps, the steps per run set")
        elif not runs:  # trained, but not since the last reset (e.g. a session was opened)
            runs = [0]
            if w.latest is not None and w.latest.step:
                warning = self.tr(
                    "The script makes {0} steps from the start; the model is at step {1}."
                ).format(0, w.latest.step)
        elif self.tracker.settings_changed():
            warning = self.tr(
                "The settings changed between the runs since the last reset: the script "
                "repeats all {0} steps with the current settings only, so its numbers can "
                "differ from the app's. Reset and train with one setting for an exact script."
            ).format(sum(runs))
        elif w.latest is not None and w.latest.step != sum(runs):
            warning = self.tr(
                "The script makes {0} steps from the start; the model is at step {1}."
            ).format(sum(runs), w.latest.step)
        if warning and title is None:
            title = "NOTE: reproduces the current settings only (settings changed between runs)"
        from linreg_gui.core.codegen import make_script  # on first use: not at start-up

        text = make_script(w.dataset, config, runs, title=title, start=self.tracker.start)
        return text, warning

    def export_to(self, path: str) -> str:
        """Write the script to ``path``; returns the warning ("" when exact). OSError passes."""
        from linreg_gui.core.codegen import write_script

        text, warning = self.script()
        write_script(path, text)
        self.exported.emit(path, warning)
        return warning

    def ask_export(self) -> None:
        w = self.window
        if w.dataset is None:
            w.show_error(self.tr("Export PyTorch script"),
                         self.tr("There is no usable data to train on."))
            return
        path = w.files.ask_save_path(self.tr("Export PyTorch script"), "linreg_train.py",
                                     self.tr("Python scripts (*.py)"))
        if not path:
            return
        try:
            warning = self.export_to(path)
        except (OSError, ValueError) as exc:
            w.files.show_write_error(self.tr("Export PyTorch script"), path, exc)
            return
        name = os.path.basename(path)
        if warning:
            w.files.status.emit(self.tr("Saved {0}. {1}").format(name, warning), "stopped")
        else:
            w.files.status.emit(self.tr("Saved {0}: run it with python {0}").format(name),
                                "info")
