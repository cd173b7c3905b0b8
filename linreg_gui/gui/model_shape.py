"""The settings that shape the data the model sees: the polynomial degree (one feature column)
and the share of rows held out for testing with its split seed. Rows of the settings panel;
the values go into TrainConfig (degree, test_fraction, split_seed)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from linreg_gui.core.config import MAX_DEGREE, MAX_TEST_FRACTION, MIN_DEGREE, TrainConfig


class ModelShapeControls(QObject):
    """The Degree spin box and the "hold out for testing" row (percent, split seed)."""

    changed = Signal()  # a committed change of the degree, the share held out or the seed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.degree_box = QSpinBox()
        self.degree_box.setObjectName("degree_box")
        self.degree_box.setRange(MIN_DEGREE, MAX_DEGREE)
        self.test_box = QSpinBox()
        self.test_box.setObjectName("test_percent_box")
        self.test_box.setRange(0, round(100 * MAX_TEST_FRACTION))
        self.test_box.setSingleStep(5)
        self.split_seed_box = QSpinBox()
        self.split_seed_box.setObjectName("split_seed_box")
        self.split_seed_box.setRange(0, 2**31 - 1)
        self.split_seed_label = QLabel()
        self.test_row = QWidget()
        row = QHBoxLayout(self.test_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.test_box, 1)
        row.addWidget(self.split_seed_label)
        row.addWidget(self.split_seed_box, 1)
        for box in (self.degree_box, self.test_box, self.split_seed_box):
            box.setKeyboardTracking(False)
            box.valueChanged.connect(self._changed)
        self._quiet = False
        self._features = 1
        self.test_row.installEventFilter(self)
        self.retranslate()
        self._update_enabled()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.test_row and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def label_texts(self) -> dict[str, str]:
        """The settings panel's labels for the two rows (keys "degree", "test")."""
        return {"degree": self.tr("Degree"), "test": self.tr("Hold out for testing")}

    def retranslate(self) -> None:
        self.degree_box.setSpecialValueText(self.tr("1 (a straight line)"))
        self.test_box.setSuffix(" %")
        self.test_box.setSpecialValueText(self.tr("none"))
        self.split_seed_label.setText(self.tr("seed"))
        degree_tip = self.tr(
            "Polynomial features of the one feature column: degree 3 learns from x, x² and x³ "
            "and draws a curve. A high degree can bend through every point and miss new ones "
            "(overfitting): hold some rows out for testing to see it.")
        if self._features > 1:
            degree_tip = self.tr("A polynomial needs data with exactly one feature column.")
        test_tip = self.tr(
            "Rows the model never trains on, chosen at random with the split seed; their loss "
            "shows how well the model does on data it has not seen. Drawn as hollow points.")
        seed_tip = self.tr("Which rows are held out: the same seed always holds out the same "
                           "rows.")
        for widget, tip, name in (
            (self.degree_box, degree_tip, self.tr("Polynomial degree")),
            (self.test_box, test_tip, self.tr("Percent of rows held out for testing")),
            (self.split_seed_box, seed_tip, self.tr("Split seed")),
        ):
            widget.setToolTip(tip)
            widget.setAccessibleDescription(tip)
            widget.setAccessibleName(name)

    def set_config(self, config: TrainConfig) -> None:
        """Show the config's degree and split without emitting ``changed``."""
        self._quiet = True
        try:
            self.degree_box.setValue(config.degree)
            self.test_box.setValue(round(100 * config.test_fraction))
            self.split_seed_box.setValue(min(config.split_seed, self.split_seed_box.maximum()))
        finally:
            self._quiet = False
        self._update_enabled()

    def values(self) -> dict:
        """degree, test_fraction and split_seed for TrainConfig."""
        return {"degree": self.degree_box.value(),
                "test_fraction": self.test_box.value() / 100.0,
                "split_seed": self.split_seed_box.value()}

    def set_feature_count(self, k: int) -> None:
        """The data's feature columns: the degree applies to one column only (its tooltip says
        so when there are more; a degree above 1 then is refused with a message)."""
        if k != self._features:
            self._features = k
            self.retranslate()

    def _update_enabled(self) -> None:
        self.split_seed_box.setEnabled(self.test_box.value() > 0)
        self.split_seed_label.setEnabled(self.test_box.value() > 0)

    def _changed(self, *_args) -> None:
        self._update_enabled()
        if not self._quiet:
            self.changed.emit()
