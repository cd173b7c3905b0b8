"""Curves that move every training frame (the fit plot's model line and residuals), repainted
only along the thin strips they left and entered, not over their whole bounding box.

A diagonal line's bounding box is most of the view: repainting it every frame repainted the
grid, the points and the least-squares line under it as well, and the cost of a frame grew
with the window's area. Here the curve's bounding rectangle is the view itself (it changes
only when the view does), and new data move a few invisible marker items, one per strip
along the segments: moving a marker repaints where it was and where it is. (The scene
unites the rectangles one item marks dirty, so one item cannot mark many strips.)
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import QGraphicsRectItem

#: Above this many segments (residuals of big data) the curve is repainted whole.
MAX_SEGMENTS = 48
#: And above this many strips in all.
MAX_STRIPS = 96
#: A segment is cut into pieces about this many pixels long, each its own strip.
PIECE_PX = 48.0
MAX_PIECES = 16
#: Pixels of room around a piece: the pen's half width, antialiasing, rounding.
PAD_PX = 3.0


class StripCurve(pg.PlotCurveItem):
    """A PlotCurveItem whose new data repaint only the strips along its segments."""

    def __init__(self, *args, **kwargs) -> None:
        self._in_data_update = False
        self._markers: list[QGraphicsRectItem] = []  # each covers one strip, drawing nothing
        self._marked = 0  # markers in use
        self._view_rect: QRectF | None = None
        super().__init__(*args, **kwargs)

    # The bounding rectangle is the view: it holds still while the data move.
    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt naming)
        if self._view_rect is None:
            vb = self.getViewBox()
            if vb is None:
                return super().boundingRect()
            rect = self.mapRectFromItem(vb.childGroup, vb.viewRect())
            if not rect.isValid():
                return super().boundingRect()
            self._view_rect = rect  # (Qt asks for it many times a frame)
        return self._view_rect

    def prepareGeometryChange(self) -> None:  # noqa: N802 (Qt naming)
        if not self._in_data_update:  # the view moved or resized: everything is repainted
            super().prepareGeometryChange()
            self._view_rect = None

    def updateData(self, *args, **kwargs) -> None:  # noqa: N802 (pyqtgraph naming)
        self._in_data_update = True
        try:
            super().updateData(*args, **kwargs)
        finally:
            self._in_data_update = False
        strips = self._segment_strips() if self.scene() is not None else None
        if strips is None:
            self._mark([])
            super().update()
        else:
            self._mark(strips)

    def update(self, *args) -> None:
        if self._in_data_update and not args:
            return  # updateData marks its own strips
        super().update(*args)

    def _mark(self, strips: list[QRectF]) -> None:
        """Move the markers onto ``strips``: the old and the new strips are repainted."""
        while len(self._markers) < len(strips):
            marker = QGraphicsRectItem(self)
            marker.setPen(QPen(Qt.PenStyle.NoPen))
            marker.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            self._markers.append(marker)
        for marker, rect in zip(self._markers, strips):
            marker.setRect(rect)
        for marker in self._markers[len(strips):self._marked]:
            marker.setRect(QRectF())
        self._marked = len(strips)

    def _segment_strips(self) -> list[QRectF] | None:
        """Rectangles (item coordinates) covering every drawn segment in pieces; None when
        the whole curve should be repainted instead."""
        x, y = self.xData, self.yData
        vb = self.getViewBox()
        if x is None or y is None or vb is None or not self.isVisible():
            return None
        if len(x) < 2:
            return []
        if self.opts.get("connect") == "pairs":
            n = len(x) // 2
            x0, y0, x1, y1 = x[0:2 * n:2], y[0:2 * n:2], x[1:2 * n:2], y[1:2 * n:2]
        elif isinstance(self.opts.get("connect"), str) \
                and self.opts["connect"] in ("all", "finite", "auto"):  # (all finite: below)
            x0, y0, x1, y1 = x[:-1], y[:-1], x[1:], y[1:]
        else:
            return None
        if len(x0) > MAX_SEGMENTS:
            return None
        px, py = vb.viewPixelSize()
        if not (px > 0 and py > 0 and math.isfinite(px) and math.isfinite(py)):
            return None
        with np.errstate(all="ignore"):
            coords = np.array([x0, y0, x1, y1], dtype=np.float64)
        if not np.isfinite(coords).all():
            return None
        pen = self.opts.get("pen")
        width = pen.widthF() if hasattr(pen, "widthF") else 1.0
        pad_x, pad_y = (width / 2 + PAD_PX) * px, (width / 2 + PAD_PX) * py
        rects: list[QRectF] = []
        for a, b, c, d in coords.T:
            length = math.hypot((c - a) / px, (d - b) / py)
            k = min(MAX_PIECES, max(1, math.ceil(length / PIECE_PX)))
            for j in range(k):
                t0, t1 = j / k, (j + 1) / k
                xa, xb = a + (c - a) * t0, a + (c - a) * t1
                ya, yb = b + (d - b) * t0, b + (d - b) * t1
                rects.append(QRectF(min(xa, xb) - pad_x, min(ya, yb) - pad_y,
                                    abs(xb - xa) + 2 * pad_x, abs(yb - ya) + 2 * pad_y))
            if len(rects) > MAX_STRIPS:
                return None
        return rects


class StripDataItem(pg.PlotDataItem):
    """A PlotDataItem drawn by a StripCurve (see the module's docstring)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        old = self.curve
        curve = StripCurve()
        curve.setParentItem(self)
        curve.sigClicked.connect(self.sigClicked)
        old.setParentItem(None)
        self.curve = curve
        self.updateItems(styleUpdate=True)
