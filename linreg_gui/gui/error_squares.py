"""Squared errors you can see: on the fit plot, each residual's square (side |ŷ − y| in the
target's units, drawn square on the screen whatever the view's aspect), and beside the plot
their sum and mean, the MSE the lesson computes, as an area."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QColor

from linreg_gui.gui.plot_layout import SIDE_COLUMN

# The note beside the plot is written at most this often while a model trains (it lays the
# plot out again); the last value always arrives within one interval.
NOTE_INTERVAL_MS = 66
# The layout row of the fit plot's bottom axis: the note sits beside it, under the legend.
AXIS_ROW = 3


def square_rects(x: np.ndarray, y0: np.ndarray, y1: np.ndarray, x_per_y: float,
                 centre_x: float) -> list[QRectF]:
    """One rectangle per residual: the segment (x, y0)-(x, y1) is one side, the square
    reaches ``|y1 - y0| * x_per_y`` x units towards ``centre_x`` (the view's middle), so that
    it is square on a screen where one y unit is ``1 / x_per_y`` x units long."""
    rects = []
    for xi, a, b in zip(x.tolist(), y0.tolist(), y1.tolist()):
        side = abs(b - a)
        if not (math.isfinite(side) and math.isfinite(xi)) or side == 0.0:
            continue
        width = side * x_per_y
        left = xi if xi <= centre_x else xi - width
        rects.append(QRectF(left, min(a, b), width, side))
    return rects


class ErrorSquares(pg.GraphicsObject):
    """The residuals' squares in a plot's view (added with ignoreBounds: they never widen it).
    Off until ``set_shown(True)``; while off, new residuals cost nothing but a reference."""

    def __init__(self) -> None:
        super().__init__()
        self._x = self._y0 = self._y1 = np.empty(0)
        self._rects: list[QRectF] = []
        self._bounds = QRectF()
        self._shown = False
        self._pen = pg.mkPen("#d62728", width=1)
        self._brush = pg.mkBrush(QColor(214, 39, 40, 40))
        self.setZValue(-10)  # under the points, the line and the residual segments
        self.hide()

    # ---- input -------------------------------------------------------------------------------

    def set_residuals(self, x: np.ndarray, y0: np.ndarray, y1: np.ndarray) -> None:
        """The residual segments drawn: from (x, y0) to (x, y1), one per row shown."""
        self._x, self._y0, self._y1 = x, y0, y1
        if self._shown:
            self._rebuild()

    def set_shown(self, shown: bool) -> None:
        self._shown = bool(shown)
        self.setVisible(self._shown)
        if self._shown:
            self._rebuild()

    def shown(self) -> bool:
        return self._shown

    def set_colour(self, colour: QColor, width: float = 1.0) -> None:
        fill = QColor(colour)
        fill.setAlpha(45)
        self._pen = pg.mkPen(colour, width=width)
        self._pen.setCosmetic(True)
        self._brush = pg.mkBrush(fill)
        self.update()

    # ---- what is drawn -----------------------------------------------------------------------

    def sides(self) -> np.ndarray:
        """|ŷ − y| of each square drawn (the rows shown), in the target's units."""
        return np.abs(np.asarray(self._y1, dtype=np.float64)
                      - np.asarray(self._y0, dtype=np.float64))

    def rects(self) -> list[QRectF]:
        """The squares as drawn now, in data coordinates."""
        return list(self._rects)

    def _rebuild(self) -> None:
        view = self.getViewBox()
        rects: list[QRectF] = []
        if view is not None and len(self._x):
            px, py = view.viewPixelSize()
            if px > 0 and py > 0 and math.isfinite(px / py):
                centre = view.viewRect().center().x()
                rects = square_rects(np.asarray(self._x, dtype=np.float64),
                                     np.asarray(self._y0, dtype=np.float64),
                                     np.asarray(self._y1, dtype=np.float64), px / py, centre)
        self.prepareGeometryChange()
        self._rects = rects
        bounds = QRectF()
        for r in rects:
            bounds = bounds.united(r)
        self._bounds = bounds
        self.update()

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph name)
        # A zoom, a pan or a resize changes how many x units make a square: draw again.
        super().viewTransformChanged()
        if self._shown:
            self._rebuild()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt name)
        return QRectF(self._bounds)

    def paint(self, painter, *_args) -> None:
        if not self._rects:
            return
        painter.setPen(self._pen)
        painter.setBrush(self._brush)
        painter.drawRects(self._rects)


class SquaresNote:
    """Beside the fit plot, under its legend: the squares' sum and mean (the MSE), in the
    window's language. ``mse_of(weight, bias)`` gives the MSE over every row, not only the
    rows drawn; ``n`` is how many rows there are."""

    def __init__(self, plot_item: pg.PlotItem, legend: pg.LegendItem) -> None:
        self._legend = legend
        self.label = pg.LabelItem("", justify="left")
        self.label.setParentItem(plot_item)
        self.label.updateMin = self._fit  # LabelItem would demand its one-line width
        plot_item.layout.addItem(self.label, AXIS_ROW, SIDE_COLUMN)
        plot_item.layout.setAlignment(self.label,
                                      Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.mse_of: Callable[[Sequence[float], float], float] | None = None
        self.n = 0
        self._model: tuple[np.ndarray, float] | None = None
        self._shown = False
        self._swatch = "#d62728"
        self._colour = "#000000"
        self.total: float | None = None  # the sum shown (None: nothing shown)
        self.mean: float | None = None
        self._timer = QTimer(plot_item)  # dies with the plot: no write after it
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._write)
        self._fit()

    def set_data(self, n: int, mse_of: Callable[[Sequence[float], float], float] | None) -> None:
        self.n, self.mse_of = int(n), mse_of
        self._soon()

    def set_model(self, weight, bias: float) -> None:
        self._model = (np.asarray(weight, dtype=np.float64), float(bias))
        if self._shown:
            self._soon()

    def set_shown(self, shown: bool) -> None:
        self._shown = bool(shown)
        self._write()

    def set_colours(self, swatch: QColor, text: QColor) -> None:
        self._swatch, self._colour = swatch.name(), text.name()
        self._write()

    def _soon(self) -> None:
        if not self._timer.isActive():
            self._timer.start(NOTE_INTERVAL_MS)

    def flush(self) -> None:
        """Write the note now (tests; the timer does it within NOTE_INTERVAL_MS)."""
        self._timer.stop()
        self._write()

    def _write(self) -> None:
        self._timer.stop()
        text = ""
        self.total = self.mean = None
        if self._shown and self._model is not None and self.mse_of is not None and self.n:
            weight, bias = self._model
            with np.errstate(over="ignore", invalid="ignore"):
                mean = float(self.mse_of(weight, bias))
            if math.isfinite(mean):
                self.total, self.mean = self.n * mean, mean
                text = QCoreApplication.translate(
                    "SquaresNote",
                    "<span style='color:{swatch}'>■</span> squared errors<br>"
                    "sum = {total}<br>mean = {mean} (MSE)").format(
                    swatch=self._swatch, total=_number(self.total), mean=_number(mean))
        size = self._legend.opts.get("labelTextSize", "9pt")
        self.label.setText(text, color=self._colour, size=size)
        self.label.setVisible(bool(text))

    def _fit(self) -> None:
        label = self.label
        legend = float(self._legend.maximumWidth()) if self._legend.isVisible() else 0.0
        if legend > 1e6:  # no maximum set yet
            legend = 0.0
        label.item.setTextWidth(-1)  # its lines unwrapped: as wide as the longest
        width = max(80.0, legend, label.item.document().idealWidth() + 2)
        label.item.setTextWidth(width)
        height = label.item.boundingRect().height() if getattr(label, "text", "") else 0.0
        label.setMinimumSize(width, height)
        label.setMaximumSize(width, height)
        size = (width, height)
        label._sizeHint = {  # noqa: SLF001 (LabelItem keeps its hints here)
            Qt.SizeHint.MinimumSize: size,
            Qt.SizeHint.PreferredSize: size,
            Qt.SizeHint.MaximumSize: size,
            Qt.SizeHint.MinimumDescent: (0, 0),
        }
        label.updateGeometry()


def _number(value: float) -> str:
    if abs(value) >= 1e6:
        return f"{value:.4g}"
    return f"{value:,.4f}"
