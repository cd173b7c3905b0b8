"""Pieces of the fit plot: its view (clicks add points, drags move them), which rows are drawn,
and the range it shows."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPointF, Qt, Signal

from linreg_gui.gui.plot_ranges import BoundsViewBox, Range


def spread(n: int, cap: int) -> np.ndarray:
    """All n row indices, or ``cap`` of them evenly spread (the same ones every frame)."""
    if n <= cap:
        return np.arange(n)
    return np.unique(np.linspace(0, n - 1, cap).astype(np.intp))


def finite_span(*arrays: np.ndarray) -> Range | None:
    """(min, max) of the finite values of all the arrays, or None when there are none."""
    lo, hi = np.inf, -np.inf
    for a in arrays:
        a = np.asarray(a, dtype=np.float64)
        finite = a[np.isfinite(a)]
        if finite.size:
            lo, hi = min(lo, float(finite.min())), max(hi, float(finite.max()))
    return (lo, hi) if lo <= hi else None


def line_extent(x: np.ndarray) -> np.ndarray | None:
    """The x values where the model and least-squares lines start and end: the data's range
    and 5% more."""
    span = finite_span(x)
    if span is None:
        return None
    lo, hi = span
    pad = 0.05 * (hi - lo) if hi > lo else max(1.0, 0.05 * abs(lo))
    return np.array([lo - pad, hi + pad])


class FitViewBox(BoundsViewBox):
    """The fit plot's view. While point editing is on, a left click on empty space asks for a
    new point and a left drag that starts on a point moves that point instead of panning."""

    empty_clicked = Signal(float, float)  # data coordinates of a click away from every point
    point_dragged = Signal(int, float, float)  # row and data position, live during a drag
    point_released = Signal(int, float, float)  # row and data position where the drag ended

    def __init__(self) -> None:
        super().__init__()
        self.editing = False
        # Maps a position in data coordinates to the row of the point under it, or None.
        self.hit_test: Callable[[QPointF], int | None] = lambda pos: None
        self._dragged_row: int | None = None
        self._auto_range_before_drag: list = [False, False]

    @property
    def dragging(self) -> bool:
        return self._dragged_row is not None

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (Qt naming)
        if self.editing and ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            pos = self.mapToView(ev.pos())
            if not ev.double() and self.hit_test(pos) is None:
                self.empty_clicked.emit(pos.x(), pos.y())
            return
        super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev, axis=None) -> None:  # noqa: N802 (Qt naming)
        if axis is None and ev.button() == Qt.MouseButton.LeftButton:
            if ev.isStart() and self.editing:
                self._dragged_row = self.hit_test(self.mapToView(ev.buttonDownPos()))
                if self._dragged_row is not None:
                    # The view must hold still under the pointer while a point follows it.
                    self._auto_range_before_drag = self.autoRangeEnabled()
                    self.disableAutoRange()
            if self._dragged_row is not None:
                ev.accept()
                pos = self.mapToView(ev.pos())
                row = self._dragged_row
                if ev.isFinish():
                    self._dragged_row = None
                    for ax, state in zip((self.XAxis, self.YAxis), self._auto_range_before_drag):
                        if state:
                            self.enableAutoRange(ax, state)
                    self.point_released.emit(row, pos.x(), pos.y())
                else:
                    self.point_dragged.emit(row, pos.x(), pos.y())
                return
        super().mouseDragEvent(ev, axis)


#: How far beyond the data the fit plot may reach to show a model line, in data spans on each
#: side: a diverged model (lr 1: a line at -6e6) then leaves the data in view and runs off the
#: plot's edge, instead of squeezing the points flat onto one row.
MODEL_REACH = 1.0


def model_reach(data: Range | None) -> Range | None:
    """The y values the fit plot may show for data spanning ``data``."""
    if data is None:
        return None
    lo, hi = data
    span = hi - lo if hi > lo else max(1.0, 0.1 * abs(lo))
    return lo - MODEL_REACH * span, hi + MODEL_REACH * span


def clamp_span(span: Range | None, reach: Range | None) -> Range | None:
    """``span`` pulled inside ``reach`` (None: no limit)."""
    if span is None or reach is None:
        return span
    lo, hi = reach
    return min(max(span[0], lo), hi), min(max(span[1], lo), hi)


def clip_line(x: np.ndarray, y: np.ndarray, reach: Range | None) -> tuple[np.ndarray, np.ndarray]:
    """The part of the straight segment (x[0], y[0])-(x[1], y[1]) inside ``reach`` in y, so
    that a line far outside the view is never drawn with huge coordinates; empty when none
    of it is inside."""
    if reach is None or len(x) != 2:
        return x, y
    lo, hi = reach
    (x0, x1), (y0, y1) = (float(v) for v in x), (float(v) for v in y)
    if not (math.isfinite(y0) and math.isfinite(y1)):
        return np.empty(0), np.empty(0)
    if lo <= y0 <= hi and lo <= y1 <= hi:
        return x, y
    if (y0 < lo and y1 < lo) or (y0 > hi and y1 > hi) or y0 == y1:
        return np.empty(0), np.empty(0)
    ts = sorted(min(max((edge - y0) / (y1 - y0), 0.0), 1.0) for edge in (lo, hi))
    xs = np.array([x0 + t * (x1 - x0) for t in ts])
    ys = np.clip(np.array([y0 + t * (y1 - y0) for t in ts]), lo, hi)
    return xs, ys


def clip_values(y: np.ndarray, reach: Range | None) -> np.ndarray:
    """``y`` clipped into ``reach``: residual segments end at the plot's reach, not at -6e6."""
    return y if reach is None else np.clip(y, reach[0], reach[1])
