"""Where a plot's text goes so that it never covers the data or other text: legends in a
column beside the view, titles and notes that wrap to the plot's width, and a log axis that
labels only as many values as fit (1-2-5, then decades, then every few decades)."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

#: Tick labels on a vertical axis are at least this many text heights apart (centre to centre).
LABEL_GAP_LINES = 1.3
#: A layout column of pyqtgraph's PlotItem free for a side legend or note (0: left axis,
#: 1: view, 2: right axis).
SIDE_COLUMN = 3
#: The layout row under the bottom axis (0: title, 1: top axis, 2: view, 3: bottom axis).
BELOW_ROW = 4
#: Room around a wrapped title or note inside its layout row.
TEXT_PAD_PX = 4


# ----- log axis ---------------------------------------------------------------------------


def _superscript(n: int) -> str:
    digits = str(n).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return digits


def log_tick_text(log_value: float) -> str:
    """10**log_value for a tick label: plain from 0.001 to 10,000, else m·10ⁿ."""
    value = 10.0**log_value
    if not math.isfinite(value):
        return ""
    if 1e-3 <= value < 1e4 or value == 0:
        return f"{value:.4g}"
    exponent = math.floor(log_value + 1e-9)
    mantissa = round(value / 10.0**exponent, 3)
    if mantissa >= 10:
        mantissa, exponent = mantissa / 10, exponent + 1
    power = f"10{_superscript(exponent)}"
    return power if abs(mantissa - 1) < 1e-9 else f"{mantissa:g}·{power}"


def _nice(raw: float) -> float:
    power = 10.0 ** math.floor(math.log10(raw))
    for m in (1.0, 2.0, 5.0, 10.0):
        if raw <= m * power * 1.0000001:
            return m * power
    return 10.0 * power


def log_ticks(lo: float, hi: float, size_px: float, text_px: float) -> list[float]:
    """log10 tick positions in [lo, hi] (log10 units) on an axis size_px long whose labels are
    text_px high: 1, 2, 5 per decade when they fit, else decades, else every k-th decade, and
    inside less than a decade round values of the loss itself. No two are closer than
    LABEL_GAP_LINES label heights."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo or size_px <= 0:
        return []
    gap = LABEL_GAP_LINES * text_px
    per_decade = size_px / (hi - lo)
    if per_decade * math.log10(2.0) >= gap:
        mults = (1.0, 2.0, 5.0)
        step = 1
    else:
        mults = (1.0,)
        step = max(1, math.ceil(gap / per_decade))
    values = []
    for k in range(math.floor(lo) - 1, math.ceil(hi) + 1):
        if k % step:
            continue
        for m in mults:
            v = k + math.log10(m)
            if lo - 1e-9 <= v <= hi + 1e-9:
                values.append(v)
    if len(values) < 2:
        # Less than a decade shown: round values of the loss (300, 350, 400 ...).
        a, b = 10.0**lo, 10.0**hi
        n = max(2, int(size_px // (2 * gap)))
        spacing = _nice((b - a) / n)
        first = math.ceil(a / spacing) * spacing
        values = sorted(set(values) | {
            math.log10(first + i * spacing)
            for i in range(int((b - first) / spacing) + 1) if first + i * spacing > 0})
    kept: list[float] = []
    for v in values:  # what is left too close to its neighbour is dropped
        if not kept or (v - kept[-1]) * per_decade >= gap:
            kept.append(v)
    return kept


class LogAxis(pg.AxisItem):
    """A vertical axis of log10 values whose labels never pile up (see log_ticks)."""

    def _text_height(self) -> float:
        font = self.style.get("tickFont") or QApplication.font()
        return QFontMetricsF(font).height()

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 (pyqtgraph names)
        if not self.logMode:
            return super().tickValues(minVal, maxVal, size)
        lo, hi = sorted((minVal, maxVal))
        return [(1.0, log_ticks(lo, hi, size, self._text_height()))]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph name)
        if not self.logMode:
            return super().tickStrings(values, scale, spacing)
        return [log_tick_text(v) for v in values]


# ----- text that follows the widget's font ------------------------------------------------


def point_size(font: QFont) -> float:
    """``font``'s size in points (a pixel-sized font: at 96 dpi)."""
    return font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75


def follow_font(plot_item: pg.PlotItem, font: QFont, legend: pg.LegendItem | None = None,
                legend_scale: float = 0.9) -> None:
    """Tick labels, axis titles and ``legend``'s entries in ``font``, a widget's font as View ▸
    Zoom and presentation mode set it: pyqtgraph draws them in the application's font, so
    they kept their size while the rest of the window grew."""
    for entry in plot_item.axes.values():
        axis = entry["item"]
        axis.setStyle(tickFont=font)
        axis.label.setFont(font)  # the label's HTML names no size: the item's font holds
        if axis.label.isVisible() and axis.labelText:
            axis.setLabel(axis.labelText, units=axis.labelUnits or None,
                          unitPrefix=axis.labelUnitPrefix or None, **axis.labelStyle)
            axis.resizeEvent()  # pyqtgraph centres a label only when the axis resizes
    if legend is not None:
        size = f"{point_size(font) * legend_scale:.3g}pt"
        legend.opts["labelTextSize"] = size
        for _sample, label in legend.items:
            label.setText(label.text, size=size)
        legend.updateSize()


def _beside_view(plot_item: pg.PlotItem, item) -> None:
    plot_item.layout.addItem(item, 2, SIDE_COLUMN)
    plot_item.layout.setColumnSpacing(SIDE_COLUMN - 1, 6)  # a gap from the view
    plot_item.layout.setAlignment(item, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)


# ----- legends beside the view ---------------------------------------------------------------


class SideLegend(pg.LegendItem):
    """A legend in its own layout cell right of the plot's view (or, ``below=True``, under
    its step axis): it takes the room its entries need (all of them, one per row) and never
    lies over the data."""

    def __init__(self, plot_item: pg.PlotItem, below: bool = False, **kwargs) -> None:
        super().__init__(offset=None, colCount=1, **kwargs)
        self.setParentItem(plot_item)
        self._plot_item = plot_item
        self.layout.setContentsMargins(4, 2, 4, 2)
        if below:
            plot_item.layout.addItem(self, BELOW_ROW, 1)
            plot_item.layout.setAlignment(self, Qt.AlignmentFlag.AlignLeft)
        else:
            _beside_view(plot_item, self)

    def updateSize(self) -> None:  # noqa: N802 (pyqtgraph name)
        """Fix the size to the entries' (pyqtgraph moved the legend to (0, 0) instead)."""
        self.layout.invalidate()
        hint = self.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize)
        width = hint.width() if self.items else 0.0
        height = hint.height() if self.items else 0.0
        self.setMinimumSize(width, height)
        self.setMaximumSize(width, height)
        self.setVisible(bool(self.items))  # no empty frame
        self.updateGeometry()


# ----- text that wraps -----------------------------------------------------------------------


class WrappedText:
    """Keeps a pg.LabelItem in a PlotItem's layout row as wide as the plot and as tall as its
    text wrapped to that width: a long title or note takes a second line instead of pushing
    the plot wider than its widget (pyqtgraph's LabelItem demands its one-line width)."""

    def __init__(self, plot_item: pg.PlotItem, label: pg.LabelItem, row: int) -> None:
        self.plot_item, self.label, self.row = plot_item, label, row
        self._fitting = False
        self._height = 0.0
        label.updateMin = self._hints  # LabelItem.setText would demand the one-line width
        # Over the view's, the right axis's and the side legend's columns.
        plot_item.layout.removeItem(label)
        plot_item.layout.addItem(label, row, 1, 1, SIDE_COLUMN)
        plot_item.geometryChanged.connect(self.fit)

    def _hints(self) -> None:
        h = self._height
        self.label.setMinimumSize(0, h)
        self.label.setMaximumHeight(h)
        self.label._sizeHint = {  # noqa: SLF001 (LabelItem keeps its hints here)
            Qt.SizeHint.MinimumSize: (0, h),
            Qt.SizeHint.PreferredSize: (0, h),  # the plot sets the width
            Qt.SizeHint.MaximumSize: (-1, -1),
            Qt.SizeHint.MinimumDescent: (0, 0),
        }
        self.label.updateGeometry()

    def fit(self) -> None:
        if self._fitting:  # the geometry it sets comes back here
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        label, layout = self.label, self.plot_item.layout
        text = getattr(label, "text", "")
        scene = self.plot_item.scene()
        views = scene.views() if scene is not None else []
        # The widget's width, not the plot item's: a one-line title may have widened the item.
        full = views[0].range.width() if views else self.plot_item.width()
        left = self.plot_item.getAxis("left")
        width = max(40.0, full - (left.width() if left.isVisible() else 0) - TEXT_PAD_PX)
        label.item.setTextWidth(width)
        height = label.item.boundingRect().height() + TEXT_PAD_PX if text else 0.0
        self._height = height
        self._hints()
        label.setVisible(bool(text))
        layout.setRowFixedHeight(self.row, height)
        if views and self.plot_item.geometry() != views[0].range:
            self.plot_item.setGeometry(views[0].range)  # back into the widget it overflowed


class SideNote:
    """A pg.LabelItem beside a plot's view, wrapped to a given width (a note such as "the
    optimum is an exact fit" that would otherwise sit over the data or the title)."""

    def __init__(self, plot_item: pg.PlotItem, label: pg.LabelItem) -> None:
        self.label = label
        self.width = 120.0
        label.setParentItem(plot_item)
        label.updateMin = self.fit
        _beside_view(plot_item, label)

    def set_width(self, width: float) -> None:
        self.width = max(80.0, width)
        self.fit()

    def fit(self) -> None:
        label = self.label
        label.item.setTextWidth(self.width)
        height = label.item.boundingRect().height() if getattr(label, "text", "") else 0.0
        label.setMinimumSize(self.width, height)
        label.setMaximumSize(self.width, height)
        size = (self.width, height)
        label._sizeHint = {  # noqa: SLF001 (LabelItem keeps its hints here)
            Qt.SizeHint.MinimumSize: size,
            Qt.SizeHint.PreferredSize: size,
            Qt.SizeHint.MaximumSize: size,
            Qt.SizeHint.MinimumDescent: (0, 0),
        }
        label.updateGeometry()
