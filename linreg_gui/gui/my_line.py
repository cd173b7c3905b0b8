"""My line: a student sets W and b by hand, by dragging two handles on the fit plot's model line
(one feature) or by typing them beside the readouts, and then races gradient descent from
there. While a handle is dragged the line, the residuals, the readouts, Predict and the loss
landscape's marker follow (a preview); where the drag ends (or a typed value) becomes the
model's start, as a click on the loss landscape makes it (TeachingViews.set_start), so the
exported script starts there too. "Train from my line" goes back to that start and trains.

My line is the start of the current history: a drag, a typed value, a landscape click, a
reset to the seeded start or new data all make it; training moves the model, not my line.
The window creates it after the teaching views: ``self.my_line = MyLine(self, panel)``.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.core.hands_on import HandsOn
from linreg_gui.core.history import StepRecord
from linreg_gui.core.optimum import loss_value
from linreg_gui.gui.controller import IDLE
from linreg_gui.gui.line_handles import LineHandles

SPIN_RANGE = 1e12


class MyLinePanel(QGroupBox):
    """W (one box per feature) and b of my line, "Train from my line", and the fit plot's two
    toggles (handles on the line, squared errors) as check boxes."""

    line_edited = Signal(object, float)  # weights (tuple), bias: a value typed or stepped
    train_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("my_line_panel")
        self._names: tuple[str, ...] = ()
        self._setting = False
        self._grid = QGridLayout()  # W and b in one row with one feature: the column is short
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._labels: list[QLabel] = []
        self.weight_boxes: list[QDoubleSpinBox] = []
        self.bias_box = self._spin_box()
        self.train_button = QPushButton()
        self.train_button.setObjectName("train_from_my_line")
        self.train_button.clicked.connect(self.train_requested)
        self.handles_box = QCheckBox()
        self.handles_box.setObjectName("my_line_handles")
        self.squares_box = QCheckBox()
        self.squares_box.setObjectName("show_squared_errors")
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.train_button)
        actions.addWidget(self.handles_box)
        actions.addWidget(self.squares_box)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid)
        layout.addLayout(actions)
        self.set_columns(("x",))
        self.retranslate()

    def _spin_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-SPIN_RANGE, SPIN_RANGE)
        box.setDecimals(4)
        box.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        box.setKeyboardTracking(False)  # a value when Enter is pressed, not per digit
        box.valueChanged.connect(self._on_value_changed)
        return box

    def set_columns(self, feature_names) -> None:
        """One W box per feature column (kept when the names are the same)."""
        names = tuple(feature_names)
        if names == self._names:
            return
        self._names = names
        for widget in (*self._labels, *self.weight_boxes, self.bias_box):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self.weight_boxes = [self._spin_box() for _ in names]
        self.bias_box = self._spin_box()
        self._labels = [QLabel() for _ in range(len(names) + 1)]
        boxes = [*self.weight_boxes, self.bias_box]
        for i, (label, box) in enumerate(zip(self._labels, boxes)):
            label.setBuddy(box)
            # One feature: W and b side by side; more: one row each.
            row, col = (0, 2 * i) if len(names) == 1 else (i, 0)
            self._grid.addWidget(label, row, col)
            self._grid.addWidget(box, row, col + 1)
        for col in (1, 3):
            self._grid.setColumnStretch(col, 1 if len(names) == 1 else 0)
        self._grid.setColumnStretch(1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("My line"))
        self.setToolTip(self.tr(
            "Set W and b yourself: drag the two handles on the line in the plot, or type "
            "them here. Gradient descent then starts from your line."))
        for label, box, name in zip(self._labels, self.weight_boxes, self._names):
            label.setText(self.tr("W ({0})").format(name))
            box.setAccessibleName(self.tr("My line's weight W for {0}").format(name))
        if self._labels:
            self._labels[-1].setText(self.tr("b"))
        self.bias_box.setAccessibleName(self.tr("My line's bias b"))
        self.train_button.setText(self.tr("Train from my line"))
        self.train_button.setToolTip(self.tr(
            "Start gradient descent again from my line, with the settings (Steps per run)"))
        self.handles_box.setText(self.tr("Handles"))
        self.handles_box.setToolTip(self.tr(
            "Two handles on the model line in the plot: drag them to set W and b "
            "(one feature only)"))
        self.squares_box.setText(self.tr("Squared errors"))
        self.squares_box.setToolTip(self.tr(
            "Draw each error as a square on the plot; their mean is the MSE"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_line(self, weight, bias: float) -> None:
        """Show these values (from the program: nothing is emitted)."""
        values = [float(v) for v in weight]
        if len(values) != len(self.weight_boxes):
            return
        self._setting = True
        try:
            for box, v in zip(self.weight_boxes, values):
                if math.isfinite(v):
                    box.setValue(v)
            if math.isfinite(float(bias)):
                self.bias_box.setValue(float(bias))
        finally:
            self._setting = False

    def line(self) -> tuple[tuple[float, ...], float]:
        return tuple(b.value() for b in self.weight_boxes), self.bias_box.value()

    def set_editable(self, editable: bool) -> None:
        for box in (*self.weight_boxes, self.bias_box):
            box.setEnabled(editable)
        self.train_button.setEnabled(editable)

    def _on_value_changed(self, _value: float) -> None:
        if not self._setting:
            self.line_edited.emit(*self.line())


class MyLine(QObject):
    """Wires my line into the window: the handles on the fit plot, the panel, the View menu's
    toggles, the preview while dragging, the start, and what sessions keep."""

    def __init__(self, window, panel: MyLinePanel) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.line: tuple[tuple[float, ...], float] | None = None  # the current history's start
        self.chosen = False  # my line was set by hand (not the seeded start)
        self._optimum: tuple | None = None  # (dataset, loss settings, optimum loss)
        self._previewing = False
        self._restored_start: tuple[tuple[float, ...], float] | None = None
        self.handles = LineHandles(window.plots.fit_plot, self)

        self.handles_action = QAction(window)
        self.handles_action.setObjectName("my_line_handles_action")
        self.handles_action.setCheckable(True)
        self.handles_action.setChecked(True)
        self.squares_action = QAction(window)
        self.squares_action.setObjectName("squared_errors_action")
        self.squares_action.setCheckable(True)
        self.squares_action.setShortcut("Ctrl+E")
        self.squares_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(self.squares_action)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.handles_action)
        window.view_menu.addAction(self.squares_action)
        # The check boxes and the menu entries are one setting each.
        for action, box in ((self.handles_action, panel.handles_box),
                            (self.squares_action, panel.squares_box)):
            box.setChecked(action.isChecked())
            box.toggled.connect(action.setChecked)
            action.toggled.connect(box.setChecked)
            action.toggled.connect(window.session.mark_modified)
        self.handles_action.toggled.connect(self._update_enabled)
        self.squares_action.toggled.connect(self._show_squares)

        self.handles.line_changing.connect(self._on_dragging)
        self.handles.line_changed.connect(self._on_dragged)
        panel.line_edited.connect(self._on_typed)
        panel.train_requested.connect(self.train_from_my_line)
        window.plots.model_shown.connect(self._on_model_shown)
        window.snapshot_shown.connect(self._on_snapshot)
        window.controller.state_changed.connect(self._update_enabled)
        window.installEventFilter(self)  # LanguageChange
        self.retranslate()
        self._colour_handles()
        self._on_data()
        self._update_enabled()

    def retranslate(self) -> None:
        for action, text, tip in (
            (self.handles_action, self.tr("&Handles on my line"),
             self.tr("Two handles on the model line in the plot: drag them to set W and b")),
            (self.squares_action, self.tr("S&quared errors"),
             self.tr("Draw each error as a square on the plot, with their sum and mean (the "
                     "MSE) beside it (Ctrl+E)")),
        ):
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
                self._colour_handles()  # presentation mode changes both
        return False

    def _colour_handles(self) -> None:
        palette = self.window.plots.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        presenting = bool(getattr(getattr(self.window, "presentation", None), "on", False))
        self.handles.set_colours("#ff6b6b" if dark else "#d62728",
                                 palette.color(QPalette.ColorRole.Base).name(), thick=presenting)

    # ---- commands ----------------------------------------------------------------------------

    def set_line(self, weight, bias: float) -> bool:
        """Start over at step 0 from (weight, bias), data units; False when not possible now
        (a run goes on, the engine is loading, no usable data, or a non-finite value)."""
        w = self.window
        values = tuple(float(v) for v in weight)
        if not self._free() or len(values) != w.dataset.n_features \
                or not all(math.isfinite(v) for v in (*values, float(bias))):
            return False
        self.line, self.chosen = (values, float(bias)), True
        self.panel.set_line(values, bias)
        w.teaching.set_start(values, float(bias))  # the landscape click's path
        w.session.mark_modified()
        return True

    def train_from_my_line(self) -> bool:
        """Gradient descent from my line: back to it (step 0), then one run of the steps set."""
        if self.line is None or not self.set_line(*self.line):
            return False
        self.window.train()
        return True

    def preview(self, weight, bias: float) -> None:
        """Show (weight, bias) everywhere without telling the engine (while dragging)."""
        w = self.window
        ds = w.dataset
        if ds is None or len(weight) != ds.n_features:
            return
        weight = tuple(float(v) for v in weight)
        bias = float(bias)
        self._previewing = True
        try:
            w.plots.set_current(weight, bias)
        finally:
            self._previewing = False
        cfg = w.controls.config()
        stats = getattr(w, "_stats", None)  # the window's, computed once per dataset
        if cfg.loss == "mse" and stats is not None:
            loss = stats.mse(weight, bias)
        else:
            loss = loss_value(ds, weight, bias, cfg.loss, cfg.huber_delta)
        nan = math.nan
        record = StepRecord(0, weight, bias, float(loss), (nan,) * len(weight), nan)
        w.readouts.show_record(record, self._optimum_loss())
        w.predict.set_model(weight, bias)
        teaching = w.teaching
        if teaching.landscape_dock.isVisible():
            teaching.landscape.set_path(np.array([weight]), np.array([bias]))
            teaching.landscape.set_current(weight, bias, settled=False)

    # ---- sessions ----------------------------------------------------------------------------

    def session_value(self) -> HandsOn:
        return HandsOn(self.line, self.chosen and self.line is not None,
                       self.handles_action.isChecked(), self.squares_action.isChecked())

    def restore_session(self, data) -> None:
        """After the window restored ``data``: its toggles and my line; a start chosen by hand
        at step 0 is the start the exported script repeats again."""
        hands_on = data.hands_on or HandsOn()
        self.handles_action.setChecked(hands_on.handles)
        self.squares_action.setChecked(hands_on.squares)
        if hands_on.my_line is not None and len(hands_on.my_line[0]) == data.n_features:
            self.line, self.chosen = hands_on.my_line, hands_on.chosen
            self._on_data()
            self.panel.set_line(*hands_on.my_line)
            if hands_on.chosen and data.step == 0 and data.weight is not None:
                # The restored model is my line at step 0: its snapshot (after the one of
                # the table's data) is a start chosen by hand, for the exported script too.
                self._restored_start = hands_on.my_line

    # ---- from the window ---------------------------------------------------------------------

    def _free(self) -> bool:
        w = self.window
        return w.dataset is not None and w.controller.state == IDLE

    @Slot(float, float)
    def _on_dragging(self, weight: float, bias: float) -> None:
        self.panel.set_line((weight,), bias)
        self.preview((weight,), bias)
        self.window.statusBar().showMessage(self.tr(
            "My line: W = {w}, b = {b}. Let go to start from here.").format(
                w=f"{weight:.4f}", b=f"{bias:.4f}"))

    @Slot(float, float)
    def _on_dragged(self, weight: float, bias: float) -> None:
        if self.set_line((weight,), bias):
            self._say_started()

    def _on_typed(self, weight, bias: float) -> None:
        if self.set_line(weight, bias):
            self.preview(weight, bias)  # at once; the engine's answer follows
            self._say_started()

    def _say_started(self) -> None:
        self.window.statusBar().showMessage(self.tr(
            "Gradient descent starts from my line: press Train (F5) or Train from my line."))

    @Slot(object, float)
    def _on_model_shown(self, weight, bias: float) -> None:
        if len(weight) == 1 and not self.handles.dragging:
            self.handles.set_line(float(weight[0]), bias)

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        if not snap.replace:
            return
        self._on_data()
        rec = snap.latest
        ds = self.window.dataset
        if rec.step == 0 and ds is not None and len(rec.weight) == ds.n_features:
            tracker = self.window.teaching.tracker
            restored, self._restored_start = self._restored_start, None
            if restored is not None and tracker.start is None and np.allclose(
                    rec.weight, restored[0], rtol=1e-6) and math.isclose(
                    rec.bias, restored[1], rel_tol=1e-6, abs_tol=1e-6):
                tracker.start = restored
            elif restored is not None:
                self._restored_start = restored  # the table's snapshot: the session's follows
            pending = tracker.start
            self.chosen = pending is not None
            self.line = (tuple(float(v) for v in rec.weight), float(rec.bias))
            if pending is not None and len(pending[0]) == len(rec.weight):
                self.line = (tuple(pending[0]), float(pending[1]))  # as asked, not rounded
            self.panel.set_line(*self.line)
        self._update_enabled()

    def _on_data(self) -> None:
        ds = self.window.dataset
        if ds is None:
            return
        self.panel.set_columns(ds.feature_names)
        if ds.n_features == 1 and ds.n_rows:
            x = ds.X[:, 0]
            finite = x[np.isfinite(x)]
            if finite.size:
                self.handles.set_data_span(float(finite.min()), float(finite.max()))
        plots = self.window.plots
        stats = getattr(self.window, "_stats", None)
        plots.squares_note.set_data(ds.n_rows, None if stats is None else stats.mse)

    def _update_enabled(self, *_args) -> None:
        w = self.window
        free = self._free()
        one = w.dataset is not None and w.dataset.n_features == 1
        self.handles.set_shown(free and one and self.handles_action.isChecked())
        self.panel.handles_box.setEnabled(one)
        self.handles_action.setEnabled(one)
        self.panel.set_editable(free)

    def _show_squares(self, on: bool) -> None:
        plots = self.window.plots
        plots.error_squares.set_shown(on)
        plots.squares_note.set_shown(on)

    def _optimum_loss(self) -> float | None:
        w = self.window
        ds = w.dataset
        cfg = w.controls.config()
        stats = getattr(w, "_stats", None)
        if ds is None or stats is None:
            return None
        key = (ds, cfg.loss, cfg.huber_delta)
        if self._optimum is None or self._optimum[0] is not ds or self._optimum[1] != key[1:]:
            opt = stats.optimum
            self._optimum = (ds, key[1:], loss_value(ds, opt.weight, opt.bias, cfg.loss,
                                                     cfg.huber_delta))
        return self._optimum[2]
