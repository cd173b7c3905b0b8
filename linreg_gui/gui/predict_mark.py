"""The Predict box's answer on the fit plot: the point (x, ŷ) with guide lines to both axes and
the model line continued to it (one feature); with several features, predicted against actual,
a line at the predicted value and its point on the diagonal. The plot keeps it in view."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from linreg_gui.gui.plot_ranges import Range


def _fmt(value: float) -> str:
    return f"{value:.6g}"


class PredictMark:
    """Items on one plot; the plot calls ``set_model`` whenever its model moves and asks
    ``x_span``/``y_values`` what to keep in view."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        self.plot = plot
        self.view = plot.getPlotItem().getViewBox()
        self.features: tuple[float, ...] | None = None
        self.point: tuple[float, float] | None = None  # where the mark is, in plot units
        self._single = True
        self._line_x: np.ndarray | None = None
        self._weight = np.zeros(1)
        self._bias = 0.0
        self.guides = pg.PlotDataItem(connect="pairs", antialias=False)
        self.extension = pg.PlotDataItem(antialias=True)  # the model line, continued
        # No text beside the mark: it would cover data points; the Predict box says ŷ.
        self.marker = pg.ScatterPlotItem(size=13, symbol="d")
        for z, item in enumerate((self.guides, self.extension, self.marker)):
            item.setZValue(20 + z)
            plot.addItem(item, ignoreBounds=True)
        self.view.sigRangeChanged.connect(lambda *_: self._draw())
        self._hide()

    # ---- input -------------------------------------------------------------------------------

    def set_features(self, features: Sequence[float] | None) -> None:
        """The values typed in the Predict box (None: no mark)."""
        self.features = None if features is None else tuple(float(v) for v in features)

    def set_model(self, weight: np.ndarray, bias: float, single: bool,
                  line_x: np.ndarray | None, reach: Range | None) -> None:
        """The model drawn now; ``line_x`` where its line runs, ``reach`` the y values the plot
        may show (a prediction beyond it is not marked)."""
        self._weight, self._bias, self._single, self._line_x = weight, float(bias), single, line_x
        self.point = None
        f = self.features
        if f is not None and len(f) == len(weight) and all(math.isfinite(v) for v in f):
            with np.errstate(over="ignore", invalid="ignore"):
                y_hat = float(np.dot(np.asarray(f), weight) + bias)
            inside = reach is None or reach[0] <= y_hat <= reach[1]
            if math.isfinite(y_hat) and inside:
                self.point = (f[0], y_hat) if single else (y_hat, y_hat)
        self._draw()

    def set_colour(self, colour: QColor, line: QColor, text: QColor, width: float = 1.0) -> None:
        """``colour`` for the mark and its guides, ``line`` the model line's."""
        pen = pg.mkPen(colour, width=width, style=Qt.PenStyle.DashLine)
        self.guides.setPen(pen)
        self.extension.setPen(pg.mkPen(line, width=width + 1, style=Qt.PenStyle.DotLine))
        self.marker.setPen(pg.mkPen(text, width=1))
        self.marker.setBrush(pg.mkBrush(colour))

    # ---- what the plot keeps in view ---------------------------------------------------------

    def x_span(self) -> tuple[float, float] | None:
        """The x the plot should keep in view: the typed x (one feature), else the mark's."""
        f = self.features
        if self._single and f is not None and len(f) == 1 and math.isfinite(f[0]):
            return f[0], f[0]
        if self.point is None:
            return None
        return self.point[0], self.point[0]

    def y_values(self) -> tuple[np.ndarray, ...]:
        return () if self.point is None else (np.array([self.point[1]]),)

    # ---- drawing -----------------------------------------------------------------------------

    def _hide(self) -> None:
        for item in (self.guides, self.extension, self.marker):
            item.hide()

    def _draw(self) -> None:
        if self.point is None:
            self._hide()
            return
        x, y = self.point
        (x0, _x1), (y0, _y1) = self.view.viewRange()
        if self._single:
            # From the x axis up to the point, and across to the y axis.
            self.guides.setData([x, x, x0, x], [y0, y, y, y], connect="pairs")
            line_x = self._line_x
            if line_x is not None and not (line_x[0] <= x <= line_x[1]):
                end = float(line_x[1] if x > line_x[1] else line_x[0])
                self.extension.setData([end, x], [self._weight[0] * end + self._bias, y])
                self.extension.show()
            else:
                self.extension.hide()
        else:
            # No actual value yet: a line across at the prediction, its place on the diagonal.
            _x_lo, x_hi = self.view.viewRange()[0]
            self.guides.setData([x0, x_hi], [y, y], connect="pairs")
            self.extension.hide()
        self.marker.setData([x], [y])
        self.marker.setToolTip(QCoreApplication.translate(
            "PredictMark", "prediction ŷ = {0}").format(_fmt(y)))
        for item in (self.guides, self.marker):
            item.show()
