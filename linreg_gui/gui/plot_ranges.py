"""View ranges that hold still while a model trains.

pyqtgraph's auto-range follows every item's bounds: a curve that gets new data, or a model line
that moves, makes it recompute the range from all the data and, when the range changes by a
hair, regenerate the axes and re-downsample every curve, on every frame. Here each plot has one
invisible ViewExtent that says what the view should show; the drawn items are added with
ignoreBounds, and a BoundsViewBox re-ranges only when that extent changes. The extents grow
with hysteresis (grow_range): the view is kept while the data stays inside it, and widened with
headroom, snapped to round numbers, when the data leaves it.

pyqtgraph's own auto-range state is kept: a pan or zoom by the user switches it off (the view
then stays where the user put it), and the "A" button or "View all" brings it back.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QRectF

Range = tuple[float, float]

#: When the data leaves the view, the view grows on that side by this share of its new span,
#: so that slowly moving data re-ranges the view now and then, not on every frame.
HEADROOM = 0.1
#: A log10 axis spanning at least this many decades snaps to whole decades, a shorter one to
#: 1, 2, 5 times a power of ten.
DECADE_SNAP_SPAN = 4.0
#: A log10 range first gets this much room on each side (decades) before it is snapped: a
#: loss that levels off just above a round value then stays inside instead of leaving at once.
LOG_MARGIN = 0.05
_LOG_125 = (0.0, math.log10(2.0), math.log10(5.0), 1.0)


def _nice_step(span: float) -> float:
    """1, 2 or 5 times a power of ten, about span / 8."""
    raw = span / 8.0
    power = 10.0 ** math.floor(math.log10(raw))
    for m in (1.0, 2.0, 5.0, 10.0):
        if raw <= m * power * 1.0000001:
            return m * power
    return 10.0 * power


def _snap_log(lo: float, hi: float) -> Range:
    """Widen [lo, hi] (log10 values) to decades, or to log10 of 1, 2, 5 x 10^k."""
    if hi - lo >= DECADE_SNAP_SPAN:
        return float(math.floor(lo)), float(math.ceil(hi))
    eps = 1e-9
    k = math.floor(lo)
    low = k + max(c for c in _LOG_125[:3] if c <= lo - k + eps)
    k = math.floor(hi)
    high = k + min(c for c in _LOG_125[1:] if c >= hi - k - eps)
    return low, high


def snap_range(lo: float, hi: float, log: bool = False) -> Range:
    """[lo, hi] widened to round values: a grid of 1, 2, 5 x 10^k (about 8 steps across), or,
    for log10 values, decades and 1-2-5 within them. A zero span gets room around it."""
    if hi - lo <= 1e-12 * max(abs(lo), abs(hi), 1e-300):
        if log:
            lo, hi = lo - 0.05, hi + 0.05
        else:
            half = 0.05 * abs(lo) if lo != 0 else 1.0
            lo, hi = lo - half, hi + half
    if log:
        return _snap_log(lo, hi)
    step = _nice_step(hi - lo)
    low, high = math.floor(lo / step) * step, math.ceil(hi / step) * step
    if not (math.isfinite(low) and math.isfinite(high) and low < high):
        return lo, hi  # beyond what round values can say (near the float limits)
    return low, high


def grow_range(view: Range | None, lo: float, hi: float, log: bool = False) -> Range | None:
    """The range to show data spanning [lo, hi]: ``view`` itself while the data stays inside
    it; otherwise the union, with HEADROOM on the side(s) the data left by, snapped outward.
    Without a view, [lo, hi] snapped (log10: with LOG_MARGIN first). Without finite data
    (lo > hi), ``view`` unchanged."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or lo > hi:
        return view
    if view is None:
        if log:
            lo, hi = lo - LOG_MARGIN, hi + LOG_MARGIN
        return snap_range(lo, hi, log)
    if view[0] <= lo and hi <= view[1]:
        return view
    low, high = min(view[0], lo), max(view[1], hi)
    room = HEADROOM * (high - low)
    if lo < view[0]:
        low -= room
    if hi > view[1]:
        high += room
    return snap_range(low, high, log)


class ViewExtent(pg.GraphicsObject):
    """Invisible; the box a BoundsViewBox auto-ranges to: an x range, a y range, or both."""

    def __init__(self, pixel_padding: float = 0.0) -> None:
        super().__init__()
        self._ranges: list[Range | None] = [None, None]
        self._pixel_padding = pixel_padding

    def set_ranges(self, x: Range | None, y: Range | None) -> None:
        if [x, y] != self._ranges:
            self._ranges = [x, y]
            self.informViewBoundsChanged()

    def ranges(self) -> tuple[Range | None, Range | None]:
        return self._ranges[0], self._ranges[1]

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange=None):  # noqa: N802
        r = self._ranges[axis]
        return r if r is not None else (None, None)

    def pixelPadding(self) -> float:  # noqa: N802 (pyqtgraph naming)
        return self._pixel_padding  # e.g. half a data point's symbol: dots at the edge show whole

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt naming)
        return QRectF()

    def paint(self, *args) -> None:
        pass


class BoundsViewBox(pg.ViewBox):
    """A ViewBox whose auto-range is recomputed only when an item that counts for its bounds
    (added without ignoreBounds: here, the ViewExtent) changes, not whenever any child's data
    does."""

    def itemBoundsChanged(self, item) -> None:  # noqa: N802 (pyqtgraph naming)
        if item in self.addedItems:
            super().itemBoundsChanged(item)
        else:
            self._itemBoundsCache.pop(item, None)
