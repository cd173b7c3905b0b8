"""Two handles on the fit plot's model line (one feature): dragging one moves that point of the
line to the pointer while the other stays put, so the line through both gives a new W and b."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, Qt, Signal

#: Where the handles sit at first, as fractions of the data's x range.
HANDLE_FRACTIONS = (0.15, 0.85)
#: A dragged handle keeps at least this fraction of the view's width from the other one:
#: two handles on one vertical would make W infinite.
MIN_SEPARATION = 0.05
HANDLE_SIZE_PX = 15


def line_through(p: tuple[float, float], q: tuple[float, float]) -> tuple[float, float]:
    """(W, b) of the line y = W x + b through the points p and q (their x must differ)."""
    (x0, y0), (x1, y1) = p, q
    w = (y1 - y0) / (x1 - x0)
    return w, y0 - w * x0


class LineHandle(pg.TargetItem):
    """A round handle that reports where the pointer drags it; its owner places it."""

    dragged = Signal(object, float, float)  # the handle, the pointer in data units (live)
    released = Signal(object, float, float)  # the handle, where the drag ended

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph name)
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()  # a click on a handle adds no data point under it
            return
        super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph name)
        if not self.movable or ev.button() != Qt.MouseButton.LeftButton:
            return
        ev.accept()
        if ev.isStart():
            self._grab = self.pos() - self.mapToView(ev.buttonDownPos())
            self.moving = True
        if not self.moving:
            return
        target = self._grab + self.mapToView(ev.pos())
        if ev.isFinish():
            self.moving = False
            self.released.emit(self, float(target.x()), float(target.y()))
        else:
            self.dragged.emit(self, float(target.x()), float(target.y()))


class LineHandles(QObject):
    """The pair of handles on one plot. ``set_line`` puts them on a line (unless one is being
    dragged); a drag reports the line it makes, live and at the end."""

    line_changing = Signal(float, float)  # W, b while a handle is dragged (not committed)
    line_changed = Signal(float, float)  # W, b where the drag ended (commit this)

    def __init__(self, plot: pg.PlotWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plot = plot
        self.view = plot.getPlotItem().getViewBox()
        self.handles = [LineHandle(pos=(0.0, 0.0), size=HANDLE_SIZE_PX, symbol="o")
                        for _ in HANDLE_FRACTIONS]
        for handle in self.handles:
            handle.setZValue(60)  # over the points: a handle on a point is still grabbed
            handle.dragged.connect(self._on_dragged)
            handle.released.connect(self._on_released)
            plot.addItem(handle, ignoreBounds=True)
            handle.hide()
        self._xs = [0.0, 1.0]
        self._line = (0.0, 0.0)
        self._shown = False
        self._drag_from: tuple[float, float] | None = None  # the other handle, held still
        self._auto_range: list = [False, False]

    # ---- input -------------------------------------------------------------------------------

    def set_data_span(self, lo: float, hi: float) -> None:
        """The data's x range: the handles go back to HANDLE_FRACTIONS of it."""
        if not (math.isfinite(lo) and math.isfinite(hi)):
            return
        if hi <= lo:
            lo, hi = lo - 1.0, hi + 1.0
        self._xs = [lo + f * (hi - lo) for f in HANDLE_FRACTIONS]
        self._place()

    def set_line(self, weight: float, bias: float) -> None:
        """The model line drawn now; the handles sit on it (not while one is dragged)."""
        self._line = (float(weight), float(bias))
        if self._drag_from is None:
            self._place()

    def set_shown(self, shown: bool) -> None:
        self._shown = bool(shown)
        if not self._shown and self._drag_from is not None:
            self._end_drag()
        self._place()

    @property
    def dragging(self) -> bool:
        return self._drag_from is not None

    def positions(self) -> list[tuple[float, float]]:
        """Where the handles are, in data units."""
        return [(float(h.pos().x()), float(h.pos().y())) for h in self.handles]

    # ---- drawing -----------------------------------------------------------------------------

    def set_colours(self, line: str, outline: str, thick: bool = False) -> None:
        for handle in self.handles:
            handle.setPen(pg.mkPen(outline, width=2))
            handle.setBrush(pg.mkBrush(line))
            handle.setHoverPen(pg.mkPen(outline, width=3))
            handle.setHoverBrush(pg.mkBrush(line))
            handle.scale = HANDLE_SIZE_PX + (8 if thick else 0)  # TargetItem's size in px
            handle.prepareGeometryChange()
            handle._shape = None  # noqa: SLF001 (TargetItem caches its shape at its size)
            handle.update()

    def _place(self) -> None:
        w, b = self._line
        ok = self._shown and math.isfinite(w) and math.isfinite(b)
        for handle, x in zip(self.handles, self._xs):
            if ok:
                handle.setPos(QPointF(x, w * x + b))
            handle.setVisible(ok)

    # ---- dragging ----------------------------------------------------------------------------

    def _on_dragged(self, handle: LineHandle, x: float, y: float) -> None:
        line = self._drag(handle, x, y)
        if line is not None:
            self.line_changing.emit(*line)

    def _on_released(self, handle: LineHandle, x: float, y: float) -> None:
        line = self._drag(handle, x, y)
        self._end_drag()
        if line is not None:
            self.line_changed.emit(*line)

    def _drag(self, handle: LineHandle, x: float, y: float) -> tuple[float, float] | None:
        i = self.handles.index(handle)
        j = 1 - i
        if self._drag_from is None:
            # The view holds still under the pointer while the line follows it.
            self._auto_range = self.view.autoRangeEnabled()
            self.view.disableAutoRange()
            w, b = self._line
            self._drag_from = (self._xs[j], w * self._xs[j] + b)
        xj, yj = self._drag_from
        (x0, x1), (y0, y1) = self.view.viewRange()
        x = min(max(x, x0), x1)
        y = min(max(y, y0), y1)
        gap = MIN_SEPARATION * (x1 - x0)
        if abs(x - xj) < gap:  # keep to its own side of the other handle
            x = xj + (gap if self._xs[i] >= xj else -gap)
        if not all(math.isfinite(v) for v in (x, y, xj, yj)) or x == xj:
            return None
        w, b = line_through((xj, yj), (x, y))
        self._xs[i] = x
        self._line = (w, b)
        handle.setPos(QPointF(x, y))
        return w, b

    def _end_drag(self) -> None:
        self._drag_from = None
        for axis, state in zip((self.view.XAxis, self.view.YAxis), self._auto_range):
            if state:
                self.view.enableAutoRange(axis, state)
        self._place()
