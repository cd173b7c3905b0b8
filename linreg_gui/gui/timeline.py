"""The timeline: a scrub bar over the current run's history, from its start to the latest
step. Dragging it (or Left/Right on it) shows step k everywhere: the fit line and residuals,
the readouts, Predict, the loss landscape's marker and path up to k, a cursor on the loss and
W/b plots, and the step inspector. Exact where the history holds k; where it has been thinned
the nearest recorded step is shown, and the label says which.

Replay plays the run again at the chosen speed; Continue from here (and Step back,
Shift+F10) makes a step the model's state again, exactly (the worker replays it from the
start: core.lineage); the future left behind stays in Compare runs as a kept run.

It shows what the window has received (the snapshots' history); it computes nothing.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSizePolicy, QSlider, QStyle, QToolBar

from linreg_gui.core.history import StepRecord
from linreg_gui.core.optimum import least_squares, loss_value
from linreg_gui.core.pace import FRAME_RATE, is_full_speed
from linreg_gui.gui.controller import IDLE, PAUSED, STARTING, TRAINING

# A replay at full speed plays the whole history in about this many seconds.
FULL_SPEED_REPLAY_S = 2.0
# Rows the step inspector lists (as teaching.INSPECTOR_ROWS).
INSPECTOR_ROWS = 10
# While the bar is dragged or replays, the inspector is asked about the step shown at most
# this often (taking a step apart on a million rows costs ~0.15 s in the worker).
INSPECT_EVERY_MS = 150


class TimelineHistory:
    """The records the window has received since the last replacing snapshot, joined lazily."""

    def __init__(self) -> None:
        self._chunks: list = []
        self._joined: tuple[np.ndarray, ...] | None = None
        self.first_step: int | None = None  # the first recorded step

    def clear(self) -> None:
        self._chunks, self._joined = [], None
        self.first_step: int | None = None

    def append(self, chunk) -> None:
        if len(chunk):
            if self.first_step is None:
                self.first_step = int(chunk.steps[0])
            self._chunks.append((chunk.steps, chunk.loss, chunk.weight, chunk.bias,
                                 chunk.grad_weight, chunk.grad_bias))
            self._joined = None

    def arrays(self) -> tuple[np.ndarray, ...]:
        """(steps, loss, weight (m, k), bias, grad_weight (m, k), grad_bias)."""
        if self._joined is None:
            if not self._chunks:
                return (np.empty(0, np.int64),)
            self._joined = tuple(np.concatenate(p) for p in zip(*self._chunks, strict=True))
            self._chunks = [self._joined]
        return self._joined

    def __len__(self) -> int:
        return len(self.arrays()[0])

    def nearest(self, step: int) -> int:
        """The index of the recorded step nearest ``step`` (the earlier one on a tie)."""
        steps = self.arrays()[0]
        i = int(np.searchsorted(steps, step))
        if i >= len(steps):
            return len(steps) - 1
        if i > 0 and step - steps[i - 1] <= steps[i] - step:
            return i - 1
        return i

    def record(self, i: int) -> StepRecord:
        steps, loss, weight, bias, gw, gb = self.arrays()
        return StepRecord(int(steps[i]), tuple(float(v) for v in weight[i]), float(bias[i]),
                          float(loss[i]), tuple(float(v) for v in gw[i]), float(gb[i]))


class Timeline(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.history = TimelineHistory()
        self.latest: StepRecord | None = None  # the newest state received (always exact)
        self.viewing: int | None = None  # the step shown, when not the latest
        self.shown: StepRecord | None = None  # the record on screen while viewing
        self._setting = False  # the slider is being set by code, not by the student
        # The step the model's runs start from (a reset, a chosen start, an opened session):
        # steps before it can be looked at, not gone back to. A rewind's snapshot keeps it.
        self.origin_step = 0
        self._rewinding = False
        self._optimum = None  # (dataset, loss settings, optimum loss)
        self._replay_timer = QTimer(self)
        self._replay_timer.timeout.connect(self._replay_tick)
        self._replay_clock = QElapsedTimer()
        self._replay_from = 0
        self._replay_pace = 1.0
        self._inspect_timer = QTimer(self)
        self._inspect_timer.setSingleShot(True)
        self._inspect_timer.timeout.connect(self._send_inspection)
        self._pending_inspection: tuple | None = None

        style = window.style()
        self.back_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekBackward),
                                   "", window)
        self.back_action.setObjectName("step_back")
        self.back_action.setShortcut(QKeySequence("Shift+F10"))
        self.back_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.back_action.triggered.connect(self.step_back)
        self.replay_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
                                     "", window)
        self.replay_action.setObjectName("replay")
        self.replay_action.setCheckable(True)
        self.replay_action.triggered.connect(self._on_replay_triggered)
        self.continue_action = QAction("", window)
        self.continue_action.setObjectName("continue_from_here")
        self.continue_action.triggered.connect(self.continue_from_here)
        for a in (self.back_action, self.replay_action, self.continue_action):
            window.addAction(a)

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("timeline_slider")
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.setRange(0, 0)
        self.slider.setPageStep(10)
        self.slider.valueChanged.connect(self._on_slider)
        self.slider.sliderPressed.connect(self.stop_replay)
        self.label = QLabel()
        self.label.setObjectName("timeline_label")
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("timeline_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.back_action)
        self.toolbar.addWidget(self.slider)
        self.toolbar.addWidget(self.label)
        self.toolbar.addAction(self.replay_action)
        self.toolbar.addAction(self.continue_action)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.toolbar)
        menu = window.train_menu
        menu.addSeparator()
        for a in (self.back_action, self.replay_action, self.continue_action):
            menu.addAction(a)

        self._cursors = []
        plots = getattr(window, "plots", None)
        widgets = plots.export_widgets() if plots is not None else ()
        for pw in widgets[1:]:  # the loss and the W/b plots: their x is the step
            line = pg.InfiniteLine(angle=90, movable=False,
                                   pen=pg.mkPen((200, 120, 0), width=1,
                                                style=Qt.PenStyle.DashLine))
            line.setVisible(False)
            pw.addItem(line, ignoreBounds=True)
            self._cursors.append(line)

        window.snapshot_shown.connect(self._on_snapshot)
        window.controller.state_changed.connect(self._on_state)
        window.installEventFilter(self)  # LanguageChange
        self.retranslate()
        self._update_enabled()

    # ---- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            self.back_action: (self.tr("Step &back"), self.tr(
                "Undo the last update: the model goes back one step, exactly (Shift+F10)")),
            self.replay_action: (self.tr("Rep&lay"), self.tr(
                "Play the run again on the timeline at the chosen speed")),
            self.continue_action: (self.tr("&Continue from here"), self.tr(
                "Make the step shown on the timeline the model's state; training goes on from "
                "there, as if it had never gone further. The run left behind stays in "
                "Compare runs.")),
        }
        for a, (text, tip) in texts.items():
            a.setText(text)
            a.setToolTip(tip)
            a.setStatusTip(tip)
        self.toolbar.setWindowTitle(self.tr("Timeline"))
        self.slider.setAccessibleName(self.tr("Timeline: the step shown"))
        self.slider.setToolTip(self.tr(
            "Drag, or use Left/Right, to look at any step of this run"))
        self._update_label()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _update_label(self) -> None:
        if self.latest is None:
            self.label.setText("")
            return
        last = f"{self.latest.step:,}"
        if self.viewing is None or self.shown is None:
            self.label.setText(self.tr("Step {0} (latest)").format(last))
        elif self.viewing < self.origin_step:
            self.label.setText(self.tr(
                "Step {0} of {1}: before this session's start, {2}, so only to look at").format(
                    f"{self.viewing:,}", last, f"{self.origin_step:,}"))
        elif self.shown.step == self.viewing:
            self.label.setText(self.tr("Step {0} of {1}").format(f"{self.viewing:,}", last))
        else:
            self.label.setText(self.tr(
                "Step {0} of {1}: not kept in the history, showing the nearest recorded "
                "step, {2}").format(f"{self.viewing:,}", last, f"{self.shown.step:,}"))

    # ---- commands ----------------------------------------------------------------------------

    def show_step(self, step: int) -> None:
        """Show ``step`` everywhere (the latest step: back to following the model)."""
        self._set_slider(step)
        self._show(step)

    def step_back(self) -> None:
        """Undo one update (Shift+F10): the model goes back to the step before the one shown."""
        current = self.viewing if self.viewing is not None else (
            self.latest.step if self.latest is not None else 0)
        self._rewind(current - 1)

    def continue_from_here(self) -> None:
        """The step shown becomes the model's state (made again exactly by the worker)."""
        if self.viewing is not None:
            self._rewind(self.viewing)

    def replay(self) -> None:
        """Play the run on the timeline from the step shown (from the start when at the end)
        at the speed control's pace."""
        lo, hi = self.slider.minimum(), self.slider.maximum()
        if hi <= lo:
            self.replay_action.setChecked(False)
            return
        start = self.slider.value() if self.viewing is not None else lo
        if start >= hi:
            start = lo
        pace = getattr(getattr(self.window, "speed", None), "pace", 0.0)
        if is_full_speed(pace):
            pace = max(1.0, (hi - start) / FULL_SPEED_REPLAY_S)
        self._replay_from, self._replay_pace = start, pace
        self.show_step(start)
        self._replay_clock.start()
        self._replay_timer.start(max(1, int(1000 / min(pace, FRAME_RATE))))
        self.replay_action.setChecked(True)

    def stop_replay(self) -> None:
        self._replay_timer.stop()
        self.replay_action.setChecked(False)

    @property
    def replaying(self) -> bool:
        return self._replay_timer.isActive()

    # ---- from the window -----------------------------------------------------------------

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        # Runs for every frame of a run: keep it cheap.
        if snap.replace:
            self.history.clear()
            if not self._rewinding:
                self.origin_step = int(snap.latest.step)
            self._rewinding = False
        self.history.append(snap.chunk)
        self.latest = snap.latest
        if self.viewing is not None or self.replaying:
            self.stop_replay()
            self.viewing = None
            self.shown = None
            for c in self._cursors:
                c.setVisible(False)
        if snap.running and not len(snap.chunk):
            return  # a frame without history (full speed): the bar follows the next one
        first = self.history.first_step
        lo = first if first is not None else self.latest.step
        self._setting = True
        self.slider.setRange(min(lo, self.latest.step), self.latest.step)
        self.slider.setValue(self.latest.step)
        self._setting = False
        self._update_label()
        if not snap.running:
            self._update_enabled()

    @Slot(str)
    def _on_state(self, state: str) -> None:
        if state == TRAINING:
            self.stop_replay()
        self._update_enabled()

    def _update_enabled(self) -> None:
        state = self.window.controller.state
        free = state in (IDLE, PAUSED)
        has_history = self.slider.maximum() > self.slider.minimum()
        self.slider.setEnabled(free and has_history)
        self.replay_action.setEnabled(free and has_history)
        at = self.viewing if self.viewing is not None else (
            self.latest.step if self.latest is not None else 0)
        self.back_action.setEnabled(free and state != STARTING and at > self.origin_step)
        self.continue_action.setEnabled(free and self.viewing is not None
                                        and self.viewing >= self.origin_step)

    # ---- internals ---------------------------------------------------------------------------

    def _set_slider(self, step: int) -> None:
        self._setting = True
        self.slider.setValue(int(step))
        self._setting = False

    def _on_slider(self, value: int) -> None:
        if not self._setting:
            self._show(value)

    def _replay_tick(self) -> None:
        step = self._replay_from + math.floor(
            self._replay_clock.elapsed() / 1000.0 * self._replay_pace)
        if step >= self.slider.maximum():
            self.stop_replay()
            step = self.slider.maximum()
        self.show_step(step)

    def _rewind(self, step: int) -> None:
        c = self.window.controller
        if c.state == PAUSED:
            c.stop()  # the paused run ends here: it is kept in Compare runs
        if c.state != IDLE or step < self.origin_step or self.latest is None \
                or step >= self.latest.step:
            return
        self.stop_replay()
        self._rewinding = True
        c.rewind(step)

    def _show(self, step: int) -> None:
        w = self.window
        if self.latest is None or w.dataset is None or not len(self.history):
            return
        if step >= self.slider.maximum():
            self._show_latest()
            return
        i = self.history.nearest(step)
        rec = self.history.record(i)
        if len(rec.weight) != w.dataset.n_features:
            return
        self.viewing, self.shown = int(step), rec
        self._show_record(rec, settled=False)
        arrays = self.history.arrays()
        teaching = getattr(w, "teaching", None)
        if teaching is not None and teaching.landscape_dock.isVisible():
            teaching.landscape.set_path(arrays[2][: i + 1], arrays[3][: i + 1])
            teaching.landscape.set_current(rec.weight, rec.bias, settled=False)
        if teaching is not None and teaching.inspector_dock.isVisible():
            made_from = None
            if i > 0 and int(arrays[0][i - 1]) == rec.step - 1:
                made_from = (tuple(float(v) for v in arrays[2][i - 1]), float(arrays[3][i - 1]))
            self._pending_inspection = (rec.step, rec.weight, rec.bias, made_from)
            if not self._inspect_timer.isActive():
                self._send_inspection()
        for c in self._cursors:
            c.setValue(rec.step)
            c.setVisible(True)
        self._update_label()
        self._update_enabled()

    def _send_inspection(self) -> None:
        """The newest step asked about, if any (the ones dragged past are not)."""
        pending, self._pending_inspection = self._pending_inspection, None
        if pending is not None and self.viewing is not None:
            self.window.controller.inspect_state(*pending)
            self._inspect_timer.start(INSPECT_EVERY_MS)

    def _show_latest(self) -> None:
        """Back to following the model: its latest state everywhere."""
        w = self.window
        was_viewing = self.viewing is not None
        self.viewing, self.shown = None, None
        self._pending_inspection = None
        for c in self._cursors:
            c.setVisible(False)
        if was_viewing and self.latest is not None and w.dataset is not None \
                and len(self.latest.weight) == w.dataset.n_features:
            self._show_record(self.latest, settled=True)
            teaching = getattr(w, "teaching", None)
            if teaching is not None and teaching.landscape_dock.isVisible():
                teaching.landscape.set_path(*teaching.tracker.path())
                teaching.landscape.set_current(self.latest.weight, self.latest.bias,
                                               settled=True)
            if teaching is not None and teaching.inspector_dock.isVisible():
                w.controller.inspect(INSPECTOR_ROWS)
        self._update_label()
        self._update_enabled()

    def _show_record(self, rec: StepRecord, *, settled: bool) -> None:
        w = self.window
        w.plots.set_current(rec.weight, rec.bias)
        w.readouts.show_record(rec, self._optimum_loss())
        w.predict.set_model(rec.weight, rec.bias)

    def _optimum_loss(self) -> float | None:
        w = self.window
        cfg = w.controls.config()
        key = (w.dataset, cfg.loss, cfg.huber_delta)
        if self._optimum is None or self._optimum[0] is not key[0] \
                or self._optimum[1] != key[1:]:
            opt = least_squares(w.dataset)
            value = loss_value(w.dataset, opt.weight, opt.bias, cfg.loss, cfg.huber_delta)
            self._optimum = (key[0], key[1:], value)
        return self._optimum[2]

    def _on_replay_triggered(self, checked: bool) -> None:
        if checked:
            self.replay()
        else:
            self.stop_replay()
