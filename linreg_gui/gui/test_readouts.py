"""Readouts of the held-out test rows: how many, and the current model's and the least-squares
optimum's test loss, RMSE and R² (the optimum is fitted on the training rows only). Hidden
while nothing is held out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from linreg_gui.core import split
from linreg_gui.core.dataset import Dataset
from linreg_gui.gui.readouts import WIDEST_NUMBER, fmt

_KEYS = ("rows", "loss", "rmse", "r2")


class TestReadouts(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("test_readouts")
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self._header = (QLabel(), QLabel())
        for col, label in enumerate(self._header, start=1):
            label.setStyleSheet("font-weight: bold")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, 0, col)
        self._rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, key in enumerate(_KEYS, start=1):
            labels = (QLabel(), QLabel("—"), QLabel(""))
            for col, label in enumerate(labels):
                if col:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                    font = label.font()
                    font.setFamilies(["monospace"])
                    font.setStyleHint(font.StyleHint.Monospace)
                    label.setFont(font)
                    label.setMinimumWidth(label.fontMetrics().horizontalAdvance(WIDEST_NUMBER))
                grid.addWidget(label, row, col)
            self._rows[key] = labels
        self._test: Dataset | None = None
        self._train_rows = 0
        self._loss = ("mse", 1.0)
        self._loss_name = "MSE"
        self._optimum: tuple | None = None
        self._last: tuple | None = None
        self.retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Held-out test rows"))
        self.setToolTip(self.tr(
            "The model never trains on these rows: a test loss far above the training loss "
            "means the model learned the training points, not the pattern (overfitting)."))
        self._header[0].setText(self.tr("now"))
        self._header[1].setText(self.tr("least squares"))
        titles = {
            "rows": self.tr("Rows"),
            "loss": self.tr("Test loss ({0})").format(self._loss_name),
            "rmse": self.tr("Test RMSE"),
            "r2": self.tr("Test R²"),
        }
        for key, title in titles.items():
            self._rows[key][0].setText(title)
            self._rows[key][1].setAccessibleName(title)
        self._show_rows()

    def set_test(self, test: Dataset | None, train_rows: int, optimum, loss: str,
                 huber_delta: float, loss_name: str) -> None:
        """The held-out rows (None: nothing held out, the box hides), the training rows'
        count, and the least-squares optimum (fitted on the training rows)."""
        self._test, self._train_rows = test, int(train_rows)
        self._loss, self._loss_name = (loss, huber_delta), loss_name
        self._optimum = None
        if test is not None and optimum is not None:
            self._optimum = split.score(test, optimum.weight, optimum.bias, loss, huber_delta)
        self.retranslate()
        self.setVisible(test is not None)
        if self._last is not None:
            self.show_model(*self._last)

    def _show_rows(self) -> None:
        if self._test is None:
            return
        m = self._test.n_rows
        self._rows["rows"][1].setText(self.tr("{test} of {total}").format(
            test=f"{m:,}", total=f"{m + self._train_rows:,}"))
        o = self._optimum
        if o is not None:
            self._rows["loss"][2].setText(fmt(o.loss))
            self._rows["rmse"][2].setText(fmt(o.rmse))
            self._rows["r2"][2].setText(fmt(o.r2))

    def show_model(self, weight, bias: float) -> None:
        """The current model's numbers on the held-out rows."""
        self._last = (tuple(weight), float(bias))
        test = self._test
        if test is None or len(weight) != test.n_features:
            return
        s = split.score(test, weight, bias, *self._loss)
        self._rows["loss"][1].setText(fmt(s.loss))
        self._rows["rmse"][1].setText(fmt(s.rmse))
        self._rows["r2"][1].setText(fmt(s.r2))

    def value_text(self, key: str, column: int = 1) -> str:
        """What the box shows for ``key`` (rows, loss, rmse, r2); column 2: least squares."""
        return self._rows[key][column].text()
