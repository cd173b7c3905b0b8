"""Readouts: the current step, loss, RMSE, R^2, weights, bias and the gap to the optimum; the
run's status in words; and the Predict box that answers the lesson's question."""

from __future__ import annotations

import math
import time
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.core.history import StepRecord
from linreg_gui.core.korean import fix_particles
from linreg_gui.core.quadratic import MSEStats
from linreg_gui.core.verdict import DIVERGED


#: While a model trains at full speed, the numbers are shown at most this many times a
#: second (each update costs the training a share of a frame); above the >= 10 frames a
#: second the worker sends then, so every such frame shows them. Paced runs show every frame.
LIVE_RATE_HZ = 15
#: The widest number fmt() writes: value labels reserve its width, so that a number growing
#: a digit does not lay out the panel, and with it the window, again (twice, while training).
WIDEST_NUMBER = "-99,999.9999"


def fmt(value: float | None, digits: int = 4) -> str:
    """A number with ``digits`` decimals; one too small to show there (rounding noise such as
    a least-squares loss of 3e-29) is 0.0000, a large one is written with an exponent."""
    if value is None or not math.isfinite(value):
        return "—"
    if abs(value) < 0.5 * 10.0 ** (-digits):
        value = 0.0
    if abs(value) >= 1e5:
        return f"{value:.{digits}g}"
    return f"{value:,.{digits}f}"


class ReadoutsPanel(QGroupBox):
    """Numbers of the current model; while it trains, updated LIVE_RATE_HZ times a second."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout()
        for col in (1, 2, 3):
            self._grid.setColumnStretch(col, 1)
        self._rows: dict[str, tuple[QLabel, QLabel, QLabel, QLabel]] = {}
        self._names: tuple[str, ...] = ()
        self._stats: MSEStats | None = None
        self._loss_name = "MSE"
        self._shown_at = -math.inf  # time.monotonic() of the last show_record
        self._live = False  # showing a run in progress (the numbers cannot be selected)
        self._status: tuple[str, str] | None = None
        header = (QLabel(), QLabel(), QLabel(), QLabel())
        for i, label in enumerate(header):
            label.setStyleSheet("font-weight: bold")
            self._grid.addWidget(label, 0, i)
        self._header = header
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(self._interaction())
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Model"))
        self._header[0].setText("")
        self._header[1].setText(self.tr("now"))
        self._header[2].setText(self.tr("least squares"))
        self._header[3].setText(self.tr("gap"))
        self._header[3].setToolTip(self.tr("How far the current model is from the optimum"))
        self.status_label.setAccessibleName(self.tr("Run status"))
        titles = self._titles()
        if [key for key, _ in titles] == list(self._rows):
            # The same rows: new names, the numbers stay.
            for key, title in titles:
                self._rows[key][0].setText(title)
                self._rows[key][1].setAccessibleName(title)
        else:
            self._build_rows()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self._status is not None:
            text, kind = self._status
            self._status = None
            self.set_status(text, kind)  # colours for a light or a dark palette
        super().changeEvent(event)

    def _titles(self) -> list[tuple[str, str]]:
        titles = [
            ("step", self.tr("Step")),
            ("loss", self.tr("Loss ({0})").format(self._loss_name)),
            ("rmse", self.tr("RMSE")),
            ("r2", self.tr("R²")),
        ]
        titles += [
            (f"w{i}", self.tr("Weight w ({0})").format(n)) for i, n in enumerate(self._names)
        ]
        titles += [("b", self.tr("Bias b"))]
        return titles

    def set_dataset(self, feature_names: Sequence[str], stats: MSEStats, loss_name: str) -> None:
        self._names = tuple(feature_names)
        self._stats = stats
        self._loss_name = loss_name
        self._build_rows()

    def _build_rows(self) -> None:
        for labels in self._rows.values():
            for label in labels:
                self._grid.removeWidget(label)
                label.deleteLater()
        self._rows.clear()
        for row, (key, title) in enumerate(self._titles(), start=1):
            labels = (QLabel(title), QLabel("—"), QLabel(""), QLabel(""))
            for col, label in enumerate(labels):
                if col:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    label.setTextInteractionFlags(self._interaction())
                    font = label.font()
                    font.setFamilies(["monospace"])
                    font.setStyleHint(font.StyleHint.Monospace)
                    label.setFont(font)
                    label.setMinimumWidth(label.fontMetrics().horizontalAdvance(WIDEST_NUMBER))
                self._grid.addWidget(label, row, col)
            labels[1].setAccessibleName(title)
            self._rows[key] = labels

    def value_text(self, key: str) -> str:
        """What the 'now' column shows for ``key`` (step, loss, rmse, r2, w0.., b)."""
        return self._rows[key][1].text()

    def live_update_due(self) -> bool:
        """Whether a training frame should show its record here: LIVE_RATE_HZ times a second.
        (The last record of a run is always shown.)"""
        return time.monotonic() - self._shown_at >= 1.0 / LIVE_RATE_HZ

    def _interaction(self) -> Qt.TextInteractionFlag:
        # A selectable label lays out and repaints its text twice more after the panel's
        # layout changes (each update does), at the event loop's next passes: while a run
        # goes on, that is 3 repaints of the panel per update, 2 of them fighting the
        # training for the GIL.
        if self._live:
            return Qt.TextInteractionFlag.NoTextInteraction
        return Qt.TextInteractionFlag.TextSelectableByMouse

    def _set_live(self, live: bool) -> None:
        if live == self._live:
            return
        self._live = live
        self.status_label.setTextInteractionFlags(self._interaction())
        for labels in self._rows.values():
            for label in labels[1:]:
                label.setTextInteractionFlags(self._interaction())

    def show_record(
        self, record: StepRecord, optimum_loss: float | None, live: bool = False
    ) -> None:
        """Show the model after ``record.step`` updates. ``live``: of a run still going on
        (the numbers can be selected and copied again once it ends)."""
        self._shown_at = time.monotonic()
        self._set_live(live)
        rows = self._rows

        def show(key: str, now: float | None, best: float | None = None) -> None:
            labels = rows[key]
            labels[1].setText(fmt(now))
            if best is not None:
                labels[2].setText(fmt(best))
                gap = None if now is None else now - best
                labels[3].setText(fmt(gap))

        rows["step"][1].setText(f"{record.step:,}")
        show("loss", record.loss, optimum_loss)
        stats = self._stats
        if stats is None or len(record.weight) != len(self._names):
            show("b", record.bias)
            return
        opt = stats.optimum
        show("rmse", math.sqrt(stats.mse(record.weight, record.bias)), math.sqrt(opt.mse))
        show("r2", stats.r2(record.weight, record.bias), stats.r2(opt.weight, opt.bias))
        for i, w in enumerate(record.weight):
            show(f"w{i}", w, opt.weight[i])
        show("b", record.bias, opt.bias)

    def set_status(self, text: str, kind: str = "info") -> None:
        if (text, kind) == self._status:
            return  # a style sheet, even the same one, re-polishes the label
        self._status = (text, kind)
        if self.palette().color(QPalette.ColorRole.Window).lightness() < 128:  # a dark palette
            colors = {"converged": "#3fb950", "diverged": "#ff7b72", "stopped": "#d29922"}
        else:
            colors = {"converged": "#1a7f37", "diverged": "#cf222e", "stopped": "#9a6700"}
        color = colors.get(kind)
        self.status_label.setStyleSheet(f"color: {color}" if color else "")
        self.status_label.setText(text)


class PredictBox(QGroupBox):
    """The lesson's question: if I study x hours, what score will I get?"""

    features_changed = Signal(object)  # tuple of the values typed, one per feature

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._features: tuple[float, ...] | None = None
        self._form = QFormLayout(self)
        self._inputs: list[QDoubleSpinBox] = []
        self._names: tuple[str, ...] = ()
        self._target = ""
        self._weight: tuple[float, ...] = ()
        self._bias = 0.0
        self._diverged = False  # the last run diverged: its predictions mean nothing
        self.result_label = QLabel()
        self.diverged_label = QLabel()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Predict"))
        self.setToolTip(self.tr("Type the features; the current model predicts the target."))
        if len(self._inputs) != len(self._names):
            self._rebuild()
            return
        # The same inputs (their values and the focus stay), named in the new language.
        for box, name in zip(self._inputs, self._names):
            box.setAccessibleName(fix_particles(self.tr("Predict from {0}").format(name)))
        self.result_label.setAccessibleName(self.tr("Predicted {0}").format(self._target))
        label = self._form.labelForField(self.result_label)
        if label is not None:
            label.setText(self.tr("→ {0}").format(self._target or "y"))
        self.diverged_label.setText(self.tr(
            "The model diverged, so this prediction means nothing: press Reset and train "
            "with a smaller learning rate."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_columns(self, feature_names: Sequence[str], target_name: str) -> None:
        if tuple(feature_names) == self._names and target_name == self._target:
            return
        self._names = tuple(feature_names)
        self._target = target_name
        self._rebuild()

    def _rebuild(self) -> None:
        old = [box.value() for box in self._inputs]
        while self._form.rowCount():
            self._form.removeRow(0)
        self._inputs = []
        for i, name in enumerate(self._names):
            box = QDoubleSpinBox()
            box.setRange(-1e12, 1e12)
            box.setDecimals(4)
            box.setValue(old[i] if i < len(old) else 5.0)
            box.setAccessibleName(fix_particles(self.tr("Predict from {0}").format(name)))
            box.valueChanged.connect(self._update)
            self._inputs.append(box)
            self._form.addRow(name, box)
        self.result_label = QLabel()  # removeRow deleted the old one
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.result_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.result_label.setFont(font)
        self.result_label.setMinimumWidth(
            self.result_label.fontMetrics().horizontalAdvance(WIDEST_NUMBER))
        self.result_label.setAccessibleName(self.tr("Predicted {0}").format(self._target))
        self._form.addRow(self.tr("→ {0}").format(self._target or "y"), self.result_label)
        self.diverged_label = QLabel()  # removeRow deleted the old one
        self.diverged_label.setWordWrap(True)
        self.diverged_label.setObjectName("predict_diverged")
        self.diverged_label.setStyleSheet("color: #b00020")
        self._form.addRow(self.diverged_label)
        self.retranslate()
        self._update()

    def set_model(self, weight: Sequence[float], bias: float) -> None:
        self._weight = tuple(weight)
        self._bias = float(bias)
        self._update()

    def show_run_result(self, result) -> None:
        """Connect MainWindow.run_finished here: after a divergence, say so beside the
        prediction (-5.742e+06 is no score); any other ending takes the note away."""
        self._diverged = getattr(result, "status", None) == DIVERGED
        self._update()

    def forget_run_result(self, snap) -> None:
        """Connect MainWindow.snapshot_shown here: a reset or new data start a new model."""
        if getattr(snap, "replace", False) and self._diverged:
            self._diverged = False
            self._update()

    def inputs(self) -> list[QDoubleSpinBox]:
        return self._inputs

    def prediction(self) -> float | None:
        if len(self._weight) != len(self._inputs) or not self._inputs:
            return None
        x = np.array([box.value() for box in self._inputs])
        return float(x @ np.asarray(self._weight) + self._bias)

    def _update(self, *_args) -> None:
        self.result_label.setText(fmt(self.prediction()))
        self.diverged_label.setVisible(self._diverged)
        features = tuple(box.value() for box in self._inputs)
        if features != self._features:
            self._features = features
            self.features_changed.emit(features)  # the fit plot marks the answer

    def features(self) -> tuple[float, ...]:
        return tuple(box.value() for box in self._inputs)
