"""The hyperparameter panel: learning rate, steps per run, seed, optimizer, loss, batch size,
standardization. It edits a TrainConfig and says when it changed."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.core.config import TrainConfig

LR_MIN, LR_MAX = 1e-6, 10.0
SLIDER_STEPS_PER_DECADE = 12  # fine control on the slider; the spin box arrows move by x10


class LogSpinBox(QDoubleSpinBox):
    """A spin box whose arrows and PageUp/PageDown multiply or divide by 10."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(7)
        self.setRange(LR_MIN, LR_MAX)
        self.setKeyboardTracking(False)

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt name)
        self.setValue(min(LR_MAX, max(LR_MIN, self.value() * 10.0**steps)))

    def textFromValue(self, value: float) -> str:  # noqa: N802
        return f"{value:.7g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return self.value()


class ControlsPanel(QGroupBox):
    config_changed = Signal(object)  # TrainConfig, on every committed change
    seed_changed = Signal(int)  # the seed takes effect at the next reset
    steps_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._building = True
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.lr_box = LogSpinBox()
        self.lr_slider = QSlider(Qt.Orientation.Horizontal)
        self.lr_slider.setRange(
            round(math.log10(LR_MIN) * SLIDER_STEPS_PER_DECADE),
            round(math.log10(LR_MAX) * SLIDER_STEPS_PER_DECADE),
        )
        self.lr_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.lr_slider.setTickInterval(SLIDER_STEPS_PER_DECADE)
        self.lr_slider.setPageStep(SLIDER_STEPS_PER_DECADE)
        lr_row = QWidget()
        lr_layout = QVBoxLayout(lr_row)
        lr_layout.setContentsMargins(0, 0, 0, 0)
        lr_layout.addWidget(self.lr_box)
        lr_layout.addWidget(self.lr_slider)

        self.steps_box = QSpinBox()
        self.steps_box.setRange(1, 10_000_000)
        self.steps_box.setGroupSeparatorShown(True)
        self.seed_box = QSpinBox()
        self.seed_box.setRange(0, 2**31 - 1)

        self.optimizer_box = QComboBox()
        for key in ("sgd", "momentum", "adam", "rmsprop"):
            self.optimizer_box.addItem("", key)
        self.momentum_box = QDoubleSpinBox()
        self.momentum_box.setRange(0.0, 0.999)
        self.momentum_box.setDecimals(3)
        self.momentum_box.setSingleStep(0.05)
        self.beta1_box = QDoubleSpinBox()
        self.beta2_box = QDoubleSpinBox()
        for box in (self.beta1_box, self.beta2_box):
            box.setRange(0.0, 0.9999)
            box.setDecimals(4)
            box.setSingleStep(0.01)
        betas = QWidget()
        betas_layout = QHBoxLayout(betas)
        betas_layout.setContentsMargins(0, 0, 0, 0)
        betas_layout.addWidget(self.beta1_box)
        betas_layout.addWidget(self.beta2_box)
        self._betas_row = betas

        self.loss_box = QComboBox()
        for key in ("mse", "mae", "huber"):
            self.loss_box.addItem("", key)
        self.huber_box = QDoubleSpinBox()
        self.huber_box.setRange(1e-3, 1e6)
        self.huber_box.setDecimals(3)

        self.batch_box = QSpinBox()
        self.batch_box.setRange(0, 100_000_000)
        self.normalize_box = QCheckBox()

        self._labels = {}
        for key, widget in (
            ("lr", lr_row),
            ("steps", self.steps_box),
            ("seed", self.seed_box),
            ("optimizer", self.optimizer_box),
            ("momentum", self.momentum_box),
            ("betas", betas),
            ("loss", self.loss_box),
            ("huber", self.huber_box),
            ("batch", self.batch_box),
            ("normalize", self.normalize_box),
        ):
            form.addRow(key, widget)
            self._labels[key] = form.labelForField(widget)
        self._form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)

        self.set_config(TrainConfig(), steps=100)
        self.lr_box.valueChanged.connect(self._lr_from_box)
        self.lr_slider.valueChanged.connect(self._lr_from_slider)
        for box in (self.momentum_box, self.beta1_box, self.beta2_box, self.huber_box):
            box.setKeyboardTracking(False)
            box.valueChanged.connect(self._emit)
        self.batch_box.setKeyboardTracking(False)
        self.batch_box.valueChanged.connect(self._emit)
        self.optimizer_box.currentIndexChanged.connect(self._emit)
        self.loss_box.currentIndexChanged.connect(self._emit)
        self.normalize_box.toggled.connect(self._emit)
        self.seed_box.setKeyboardTracking(False)
        self.seed_box.valueChanged.connect(self._on_seed)
        self.steps_box.setKeyboardTracking(False)
        self.steps_box.valueChanged.connect(self.steps_changed)
        self._building = False
        self.retranslate()

    # ---- text ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Settings"))
        names = {
            "lr": self.tr("Learning rate"),
            "steps": self.tr("Steps per run"),
            "seed": self.tr("Seed"),
            "optimizer": self.tr("Optimizer"),
            "momentum": self.tr("Momentum"),
            "betas": self.tr("Betas (β1, β2)"),
            "loss": self.tr("Loss"),
            "huber": self.tr("Huber δ"),
            "batch": self.tr("Batch size"),
            "normalize": self.tr("Standardize"),
        }
        for key, label in self._labels.items():
            label.setText(names[key])
        tips = {
            self.lr_box: self.tr(
                "How far each update moves the weight and bias along the gradient; "
                "the arrows multiply or divide by 10."
            ),
            self.lr_slider: self.tr(
                "Drag to change the learning rate on a log scale; each tick is a factor of 10."
            ),
            self.steps_box: self.tr(
                "How many updates one press of Train makes, continuing from the current line."
            ),
            self.seed_box: self.tr(
                "torch.manual_seed: picks the random starting weight and bias (used at Reset)."
            ),
            self.optimizer_box: self.tr(
                "The rule that turns gradients into updates: plain gradient descent (SGD), "
                "with momentum, Adam or RMSprop."
            ),
            self.momentum_box: self.tr(
                "How much of the previous update carries over into the next one."
            ),
            self.beta1_box: self.tr("Adam's β1: how fast the running mean of gradients forgets."),
            self.beta2_box: self.tr(
                "Adam's β2: how fast the running mean of squared gradients forgets."
            ),
            self.loss_box: self.tr(
                "How a wrong prediction is punished: squared (MSE), absolute (MAE) or Huber."
            ),
            self.huber_box: self.tr(
                "Huber loss is squared for errors smaller than δ and absolute beyond it."
            ),
            self.batch_box: self.tr(
                "Rows used for each update, shuffled with the seed; 0 uses all rows (full batch)."
            ),
            self.normalize_box: self.tr(
                "Train on columns scaled to mean 0 and spread 1; results are still shown "
                "in the data's units."
            ),
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)
            widget.setAccessibleDescription(tip)
        for widget, name in (
            (self.lr_box, names["lr"]),
            (self.lr_slider, self.tr("Learning rate slider (log scale)")),
            (self.steps_box, names["steps"]),
            (self.seed_box, names["seed"]),
            (self.optimizer_box, names["optimizer"]),
            (self.momentum_box, names["momentum"]),
            (self.beta1_box, self.tr("Adam β1")),
            (self.beta2_box, self.tr("Adam β2")),
            (self.loss_box, names["loss"]),
            (self.huber_box, names["huber"]),
            (self.batch_box, names["batch"]),
            (self.normalize_box, names["normalize"]),
        ):
            widget.setAccessibleName(name)
        for i, text in enumerate(
            (
                self.tr("Gradient descent (SGD)"),
                self.tr("SGD with momentum"),
                self.tr("Adam"),
                self.tr("RMSprop"),
            )
        ):
            self.optimizer_box.setItemText(i, text)
        for i, text in enumerate(
            (self.tr("Mean squared error (MSE)"), self.tr("Mean absolute error (MAE)"),
             self.tr("Huber"))
        ):
            self.loss_box.setItemText(i, text)
        self.batch_box.setSpecialValueText(self.tr("full batch"))
        self.normalize_box.setText(self.tr("features and target"))

    # ---- values ----------------------------------------------------------------------------

    def set_config(self, config: TrainConfig, *, steps: int | None = None) -> None:
        """Show ``config`` without emitting config_changed."""
        building, self._building = self._building, True
        try:
            self.lr_box.setValue(config.lr)
            self._sync_slider(config.lr)
            self.seed_box.setValue(config.seed)
            self.optimizer_box.setCurrentIndex(self.optimizer_box.findData(config.optimizer))
            self.momentum_box.setValue(config.momentum)
            self.beta1_box.setValue(config.beta1)
            self.beta2_box.setValue(config.beta2)
            self.loss_box.setCurrentIndex(self.loss_box.findData(config.loss))
            self.huber_box.setValue(config.huber_delta)
            self.batch_box.setValue(config.batch_size or 0)
            self.normalize_box.setChecked(config.normalize)
            if steps is not None:
                self.steps_box.setValue(steps)
        finally:
            self._building = building
        self._update_visibility()

    def config(self) -> TrainConfig:
        return TrainConfig(
            lr=self.lr_box.value(),
            optimizer=self.optimizer_box.currentData(),
            momentum=self.momentum_box.value(),
            beta1=self.beta1_box.value(),
            beta2=self.beta2_box.value(),
            loss=self.loss_box.currentData(),
            huber_delta=self.huber_box.value(),
            batch_size=self.batch_box.value() or None,
            normalize=self.normalize_box.isChecked(),
            seed=self.seed_box.value(),
        )

    def steps(self) -> int:
        return self.steps_box.value()

    def _update_visibility(self) -> None:
        opt = self.optimizer_box.currentData()
        self._set_row_visible("momentum", opt == "momentum")
        self._set_row_visible("betas", opt == "adam")
        self._set_row_visible("huber", self.loss_box.currentData() == "huber")

    def _set_row_visible(self, key: str, visible: bool) -> None:
        self._form.setRowVisible(list(self._labels).index(key), visible)

    def _sync_slider(self, lr: float) -> None:
        blocked = self.lr_slider.blockSignals(True)
        self.lr_slider.setValue(round(math.log10(lr) * SLIDER_STEPS_PER_DECADE))
        self.lr_slider.blockSignals(blocked)

    def _lr_from_box(self, value: float) -> None:
        self._sync_slider(value)
        self._emit()

    def _lr_from_slider(self, position: int) -> None:
        lr = 10.0 ** (position / SLIDER_STEPS_PER_DECADE)
        lr = float(f"{lr:.2g}")  # 0.001, 0.0012, 0.0015 ... not 0.0012115276586
        blocked = self.lr_box.blockSignals(True)
        self.lr_box.setValue(lr)
        self.lr_box.blockSignals(blocked)
        self._emit()

    def _on_seed(self, seed: int) -> None:
        if not self._building:
            self.seed_changed.emit(seed)
            self.config_changed.emit(self.config())

    def _emit(self, *_args) -> None:
        self._update_visibility()
        if not self._building:
            self.config_changed.emit(self.config())
