"""The live plots: the data with the model line and its residuals, the loss, and the weight(s)
and bias against the step, redrawn cheaply while a model trains."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import partial

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGraphicsItem, QGraphicsWidget, QSplitter, QVBoxLayout, QWidget

from linreg_gui.gui.error_squares import ErrorSquares, SquaresNote
from linreg_gui.gui.plot_axes import use_compact_ticks
from linreg_gui.gui.plot_fit import (
    FitViewBox, clamp_span, clip_line, clip_values, finite_span, line_extent, model_reach, spread,
)
from linreg_gui.gui.plot_history import HistoryBuffer, Log10Curve
from linreg_gui.gui.plot_layout import LogAxis, SideLegend, SideNote, WrappedText
from linreg_gui.gui.predict_mark import PredictMark
from linreg_gui.gui.plot_ranges import BoundsViewBox, ViewExtent, grow_range
from linreg_gui.gui.plot_strips import StripDataItem

# Big data is drawn as an evenly spaced subset of rows: painting 200,000 symbols takes ~60 ms,
# and the fit plot repaints on every training frame.
MAX_DATA_POINTS = 20_000  # data points drawn (one feature: they stay put while training)
MAX_RESIDUALS = 2_000  # residual segments; more is a grey smear and slows every frame
MAX_PREDICTION_POINTS = 2_000  # predicted-vs-actual points, re-set on every frame
HIT_RADIUS_PX = 10.0
# The fit legend goes two entries a row on a plot this many times wider than tall.
FIT_LEGEND_WIDE = 3.0
FIT_LEGEND_TWO_PX = 760  # (and is at least this wide: the view keeps its width)
MIN_PLOT_WIDTH_PX, MIN_PLOT_HEIGHT_PX = 200, 150  # below this a plot is not readable  # a click or drag this close to a point is about that point
HOVER_RATE_HZ = 30
# Up to this many records the loss and W/b curves are drawn antialiased: a 1 px line
# without it climbs in one-pixel stairs (a slowly rising weight looked stepped while it
# trained). Longer histories are downsampled to ~2 values per pixel column, where
# antialiasing doubles a curve's paint (3 -> 7 ms at a million records) for little gain.
SMOOTH_CURVES_UP_TO = 5_000
# Losses below this fraction of the data's scale (the loss of the line y = 0) are rounding
# noise; they are drawn at the floor so that a log axis is not stretched over 300 decades.
LOSS_FLOOR_FRACTION = 1e-15
EXACT_FIT_FRACTION = 1e-12  # an optimum loss below this fraction of the scale means "exact fit"

# Curve colours that read on white and on a dark grey: (light-background, dark-background).
_SERIES_COLOURS = [
    ("#1f77b4", "#5fa8e8"),
    ("#d62728", "#ff6b6b"),
    ("#2ca02c", "#6fd46f"),
    ("#9467bd", "#c5a3f0"),
    ("#8c564b", "#d9a28f"),
    ("#e377c2", "#ffa6dc"),
    ("#bcbd22", "#e0e05a"),
    ("#17becf", "#5fe3f0"),
]
_BIAS_COLOUR = ("#ff7f0e", "#ffb055")
_POINT_COLOUR = ("#1f77b4", "#6fb6ff")
_MODEL_COLOUR = ("#d62728", "#ff6b6b")
_RESIDUAL_COLOUR = ("#7f7f7f", "#a0a0a0")
_OPTIMUM_COLOUR = ("#2b2b2b", "#e6e6e6")


def _blend(fg: QColor, bg: QColor, amount: float) -> QColor:
    """The opaque colour of ``fg`` laid over ``bg`` at opacity ``amount``."""
    return QColor(
        round(bg.red() + (fg.red() - bg.red()) * amount),
        round(bg.green() + (fg.green() - bg.green()) * amount),
        round(bg.blue() + (fg.blue() - bg.blue()) * amount),
    )


def _fmt(value: float) -> str:
    return f"{value:.6g}"


def _cache(item: QGraphicsItem) -> None:
    """Keep a pixmap of an item that rarely changes (axes and their grid, titles, legends):
    a frame that repaints the data under or beside it copies the pixmap instead of drawing
    text and lines again. Qt redraws the pixmap when the item calls update().

    pyqtgraph's items do not call update() when only their size changes (an axis after a
    maximize, its view range held still): the window then showed the old picture beside the
    new one, two x axes and tick labels that no longer matched the points. So every resize
    of the item, or of the view an axis draws its grid over, redraws the pixmap."""
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    if isinstance(item, QGraphicsWidget) and not getattr(item, "_redraws_on_resize", False):
        item._redraws_on_resize = True
        item.geometryChanged.connect(item.update)
        view = item.linkedView() if isinstance(item, pg.AxisItem) else None
        if view is not None:
            view.sigResized.connect(lambda *_: item.update())


def _cache_legend(legend: pg.LegendItem) -> None:
    _cache(legend)
    for sample, label in legend.items:
        _cache(sample)
        _cache(label)
        sample.update()  # its pen may have changed (palette): draw it again


class PlotsPanel(QWidget):
    """Three live plots: the fit (data, model line, residuals, least-squares line), the loss
    on a log axis, and the parameters, each against the training step."""

    # Rows are 0-based indices into the X and y last given to set_data; x, y in data units.
    point_added = Signal(float, float)  # x, y: a click on empty space (editing on)
    point_moving = Signal(int, float, float)  # row, x, y while a point is dragged (not committed)
    point_moved = Signal(int, float, float)  # row, x, y where the drag ended (commit this)
    hover_text_changed = Signal(str)  # the values under the pointer, "" when it is over nothing
    model_shown = Signal(object, float)  # weight (k,) array and bias the fit plot now draws

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._X = np.empty((0, 1))
        self._y = np.empty(0)
        self._feature_names: list[str] = ["x"]
        self._target_name = "y"
        self._opt_weight = np.zeros(1)
        self._opt_bias = 0.0
        self._opt_loss = math.nan
        self._opt_log_loss: float | None = None  # where the optimum line is drawn, if it is
        self._weight = np.zeros(1)
        self._bias = 0.0
        self._point_rows = np.empty(0, dtype=np.intp)  # rows drawn as points (all, if few)
        self._residual_rows = np.empty(0, dtype=np.intp)  # rows whose residual is drawn
        self._line_x: np.ndarray | None = None  # where the model and least-squares lines run
        self._loss_floor = LOSS_FLOOR_FRACTION
        self._history = HistoryBuffer(1)
        self._editing = False
        self._hover_pos: dict[int, QPointF | None] = {0: None, 1: None, 2: None}
        self._hover_text = ""
        self._exact_fit_threshold = 0.0
        self._text_scale = 1.0  # presentation mode and zoom: text this many times larger
        self._thick = False  # presentation mode: lines >= 3 px, points >= 14 px
        self._read_palette()

        self._fit_view = FitViewBox()
        self.fit_plot = pg.PlotWidget(viewBox=self._fit_view)
        self.loss_plot = pg.PlotWidget(viewBox=BoundsViewBox(),
                                       axisItems={"left": LogAxis("left")})
        self.params_plot = pg.PlotWidget(viewBox=BoundsViewBox())
        self._labels: dict[tuple[int, str], str] = {}
        self._titles: dict[int, str] = {}
        self._title_wraps: list[WrappedText] = []
        for pw in self.export_widgets():
            item = pw.getPlotItem()
            # "Plot Options" could switch off the log axis or the downsampling under us; the
            # view menu (view all, axes, export) stays.
            item.setMenuEnabled(False, enableViewBoxMenu=True)
            for name in ("left", "bottom"):
                # An opaque grid colour (set in apply_palette) instead of showGrid's alpha:
                # blended lines cost the raster engine ~10 ms a frame, opaque ones < 1 ms.
                axis = item.getAxis(name)
                axis.setGrid(255)
                axis.setStyle(tickAlpha=255, maxTickLevel=1)
                axis.setZValue(-200)  # an opaque grid must lie under the data (view: z=-100)
            use_compact_ticks(item.getAxis("left"))  # "-5e5", not "-500000" under the title
            for static in (item.titleLabel, item.getAxis("left"), item.getAxis("bottom")):
                _cache(static)
            # A long title wraps to a second line instead of widening the plot past its widget.
            self._title_wraps.append(WrappedText(item, item.titleLabel, 0))
            pw.installEventFilter(self)
        # What each view shows (see plot_ranges): the only items that count for auto-range;
        # everything drawn is added with ignoreBounds. Half a data point's symbol of padding.
        self._extents = (ViewExtent(pixel_padding=5), ViewExtent(), ViewExtent())
        for pw, extent in zip(self.export_widgets(), self._extents):
            pw.addItem(extent)
        for pw in (self.loss_plot, self.params_plot):
            # Set on the plot, not the curve: PlotItem.addItem overwrites a curve's own
            # settings with the plot's. Draw only what the view shows, ~2 values per pixel.
            pw.getPlotItem().setClipToView(True)
            pw.getPlotItem().setDownsampling(auto=True, mode="peak")
        self._x_extent: tuple[float, float] | None = None  # steps shown by the history plots
        self._loss_range: tuple[float, float] | None = None  # log10 loss shown
        self._params_range: tuple[float, float] | None = None
        self._fit_base: tuple[tuple[float, float] | None, tuple[float, float] | None] = (None, None)
        self._fit_y: tuple[float, float] | None = None  # grows only while a model trains

        self._build_fit_items()
        self._build_loss_items()
        # The parameter curves fill the whole view as they converge: their legend sits
        # beside the view, where it cannot cover them.
        self.params_legend = SideLegend(self.params_plot.getPlotItem())
        self.weight_curves: list[pg.PlotDataItem] = []
        self.bias_curve = self._history_curve(self.params_plot)
        self.optimum_weight_lines: list[pg.InfiniteLine] = []
        self.optimum_bias_line = self._optimum_value_line()
        self._lsq_legend_sample = pg.PlotDataItem()  # legend entry only, never drawn
        self._params_marker = pg.ScatterPlotItem(size=8)
        self.params_plot.addItem(self._params_marker, ignoreBounds=True)
        self._params_hover = self._hover_label(self.params_plot)

        self._label_history_plots()

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        self._splitter = splitter
        for pw in self.export_widgets():
            # The loss and parameter plots may shrink further: below MIN_PLOT_HEIGHT_PX the
            # teaching area hides them (set_history_shown) rather than forcing the window taller.
            pw.setMinimumSize(MIN_PLOT_WIDTH_PX,
                              MIN_PLOT_HEIGHT_PX if pw is self.fit_plot else MIN_PLOT_HEIGHT_PX // 2)
            splitter.addWidget(pw)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._hover_proxies = [
            pg.SignalProxy(
                pw.scene().sigMouseMoved,
                rateLimit=HOVER_RATE_HZ,
                slot=partial(self._on_mouse_moved, i),
                threadSafe=False,
            )
            for i, pw in enumerate(self.export_widgets())
        ]
        self._rebuild_parameter_items()
        self._show_data()
        self._apply_text_scale()
        self.apply_palette()

    # ----- text -----------------------------------------------------------------------------

    def _label_history_plots(self) -> None:
        self._set_title(1, self.tr("Loss"))
        self._set_label(1, "bottom", self.tr("step"))
        self._set_label(1, "left", self.tr("loss (log scale)"))
        self._set_title(2, self.tr("Weight and bias"))
        self._set_label(2, "bottom", self.tr("step"))
        self._set_label(2, "left", self.tr("value"))
        names = (self.tr("Data and model plot"), self.tr("Loss plot"),
                 self.tr("Weight and bias plot"))
        keys = self.tr("Arrow keys move the view, + and − zoom, Home shows everything.")
        for pw, name in zip(self.export_widgets(), names):
            pw.setAccessibleName(name)
            pw.setAccessibleDescription(keys)

    def set_look(self, text_scale: float = 1.0, thick: bool = False) -> None:
        """Text ``text_scale`` times its normal size; ``thick``: lines at least 3 px and data
        points 16 px (presentation mode, for a projector)."""
        if (text_scale, thick) == (self._text_scale, self._thick):
            return
        self._text_scale, self._thick = float(text_scale), bool(thick)
        self._apply_text_scale()
        self._update_fit_title()
        self._rebuild_parameter_items()
        self._show_data()
        self.apply_palette()
        self._hold_plot_items()

    def _apply_text_scale(self) -> None:
        from PySide6.QtGui import QFont, QFontMetrics

        font = QFont(self.font())  # the window's, already zoomed: tick labels take it as it is
        fm = QFontMetrics(font)
        for pw in self.export_widgets():
            item = pw.getPlotItem()
            for name in ("left", "bottom"):
                item.getAxis(name).setStyle(tickFont=font)
            # Aligned plots, room for "1e+03" and "-0.001" (more with a large font).
            item.getAxis("left").setWidth(max(64, fm.horizontalAdvance("-0.001")
                                              + 2 * fm.height() + 8))
        for legend in (self.fit_legend, self.params_legend):
            legend.opts["labelTextSize"] = self._pt(9)
        self._fit_legend_columns()
        self.exact_fit_note.opts["size"] = self._pt(9)

    def _fit_legend_columns(self) -> None:
        """The fit legend's entries two by two on a wide, short fit plot (a 720-line screen,
        a view below): the view keeps its height; one a row on a tall one."""
        fit = self.fit_plot
        wide = fit.width() > FIT_LEGEND_WIDE * fit.height() and fit.width() >= FIT_LEGEND_TWO_PX
        columns = 2 if wide else 1
        if columns != self.fit_legend.columnCount:
            self.fit_legend.setColumnCount(columns)

    def _pt(self, size: float) -> str:
        return f"{size * self._text_scale:.3g}pt"

    def _px(self, width: float) -> float:
        """A line width: at least 3 px in presentation mode."""
        return max(3.0, width + 1) if self._thick else width

    def retranslate(self) -> None:
        """Titles, axis labels, legends and tooltips in the current language."""
        self._label_history_plots()
        self.optimum_loss_line.label.setFormat(self.tr("least-squares optimum"))
        self._rebuild_parameter_items()
        self._show_data()
        self._show_optimum()
        self.apply_palette()

    # ----- building -----------------------------------------------------------------------

    def _build_fit_items(self) -> None:
        plot = self.fit_plot
        # Beside the view: wherever the data and a diverging model go, the legend covers none.
        self.fit_legend = SideLegend(plot.getPlotItem())
        # The two items that move every frame repaint only the strips they move through
        # (plot_strips): a frame's cost no longer grows with the plot's area.
        self.residual_segments = StripDataItem(connect="pairs", antialias=False)
        self.lsq_line = pg.PlotDataItem(antialias=True)
        self.diagonal_line = pg.PlotDataItem(antialias=True)
        self.model_line = StripDataItem(antialias=True)  # 2 points: a flat line, no staircase
        self.data_points = pg.PlotDataItem(pen=None, symbol="o", symbolSize=9, antialias=True)
        for item in (self.residual_segments, self.lsq_line, self.diagonal_line, self.model_line,
                     self.data_points):
            plot.addItem(item, ignoreBounds=True)  # the extent says what the view shows
        self._fit_marker = pg.ScatterPlotItem(size=14, brush=None)
        plot.addItem(self._fit_marker, ignoreBounds=True)
        # Each residual's square, and their sum and mean beside the plot (a View toggle).
        self.error_squares = ErrorSquares()
        plot.addItem(self.error_squares, ignoreBounds=True)
        self.squares_note = SquaresNote(plot.getPlotItem(), self.fit_legend)
        self.prediction_mark = PredictMark(plot)  # the Predict box's (x, ŷ), kept in view
        self._fit_hover = self._hover_label(plot)
        self._fit_view.hit_test = self._row_near
        self._fit_view.empty_clicked.connect(self.point_added)
        self._fit_view.point_dragged.connect(self._on_point_dragged)
        self._fit_view.point_released.connect(self._on_point_released)

    def _build_loss_items(self) -> None:
        plot = self.loss_plot
        plot.setLogMode(y=True)  # the axis labels powers of ten; the view's y is log10(loss)
        # Powers of ten need no SI prefix: from 10^9 up pyqtgraph scaled the log axis's
        # labels by it ("(x1e+12)" beside "0.01" for a diverged run's 10^10).
        plot.getPlotItem().getAxis("left").enableAutoSIPrefix(False)
        self.loss_curve = self._history_curve(plot, Log10Curve)
        # log10 values never need Qt's protection against huge coordinates; skip its
        # full-history bounds scan on every frame.
        self.loss_curve.setDynamicRangeLimit(None)
        self.optimum_loss_line = pg.InfiniteLine(
            angle=0,
            movable=False,
            label=self.tr("least-squares optimum"),
            labelOpts={"position": 0.98, "anchors": [(1, 1), (1, 1)]},
        )
        plot.addItem(self.optimum_loss_line, ignoreBounds=True)
        self.optimum_loss_line.hide()
        # Shown instead of the line when the optimum is zero up to rounding (a log axis has
        # no room for it): beside the view, off the data and the title.
        self.exact_fit_note = pg.LabelItem("", size="9pt", justify="left")
        self._note_wrap = SideNote(plot.getPlotItem(), self.exact_fit_note)
        self._loss_marker = pg.ScatterPlotItem(size=8)
        plot.addItem(self._loss_marker, ignoreBounds=True)
        self._loss_hover = self._hover_label(plot)

    @staticmethod
    def _history_curve(
        plot: pg.PlotWidget, kind: type[pg.PlotDataItem] = pg.PlotDataItem
    ) -> pg.PlotDataItem:
        # Peak downsampling keeps the min and max of each pixel column: one column per pixel
        # loses nothing visible (the default, 5, draws ten values per pixel).
        curve = kind(antialias=False, autoDownsampleFactor=1.0)
        # Takes the plot's clip-to-view and downsampling settings; the extent sets the range.
        plot.addItem(curve, ignoreBounds=True)
        return curve

    def _optimum_value_line(self) -> pg.InfiniteLine:
        line = pg.InfiniteLine(angle=0, movable=False)
        self.params_plot.addItem(line, ignoreBounds=True)
        return line

    @staticmethod
    def _hover_label(plot: pg.PlotWidget) -> pg.TextItem:
        label = pg.TextItem(anchor=(0, 1))
        label.setZValue(100)
        plot.addItem(label, ignoreBounds=True)
        label.hide()
        return label

    def _rebuild_parameter_items(self) -> None:
        """Curves and least-squares lines for k weights and the bias, legend in step."""
        k = self._X.shape[1]
        while len(self.weight_curves) > k:
            self.params_plot.removeItem(self.weight_curves.pop())
            self.params_plot.removeItem(self.optimum_weight_lines.pop())
        while len(self.weight_curves) < k:
            self.weight_curves.append(self._history_curve(self.params_plot))
            self.optimum_weight_lines.append(self._optimum_value_line())
        self.params_legend.clear()
        for curve, name in zip(self.weight_curves, self._parameter_names()):
            curve.opts["name"] = name
            self.params_legend.addItem(curve, name)
        self.bias_curve.opts["name"] = "b"
        self.params_legend.addItem(self.bias_curve, "b")
        self.params_legend.addItem(self._lsq_legend_sample, self.tr("least squares"))
        self.params_legend.updateSize()
        _cache_legend(self.params_legend)
        self._align_step_axes()

    def _align_step_axes(self) -> None:
        """The loss plot's side column (its exact-fit note) is as wide as the parameter
        legend, so that both plots' step axes line up."""
        self._note_wrap.set_width(self.params_legend.maximumWidth())

    def _parameter_names(self) -> list[str]:
        return [self.tr("w ({name})").format(name=n) for n in self._feature_names]

    # ----- public API -----------------------------------------------------------------------

    def set_data(
        self,
        X: np.ndarray,
        y: np.ndarray,
        feature_names: Sequence[str],
        target_name: str,
        optimum_weight: Sequence[float],
        optimum_bias: float,
        optimum_loss: float,
    ) -> None:
        """Show a new dataset and its least-squares answer (weight, bias and loss)."""
        y = np.array(y, dtype=np.float64).reshape(-1)
        X = np.array(X, dtype=np.float64).reshape(y.shape[0], -1)
        names = [str(n) for n in feature_names]
        if len(names) != X.shape[1]:
            raise ValueError(f"{X.shape[1]} feature columns but {len(names)} feature names")
        if len(optimum_weight) != X.shape[1]:
            raise ValueError(f"{X.shape[1]} feature columns but {len(optimum_weight)} weights")
        k_changed = X.shape[1] != self._X.shape[1] or names != self._feature_names
        self._X, self._y = X, y
        self._feature_names, self._target_name = names, str(target_name)
        self._opt_weight = np.array(optimum_weight, dtype=np.float64).reshape(-1)
        self._opt_bias = float(optimum_bias)
        self._opt_loss = float(optimum_loss)
        if self._weight.shape[0] != X.shape[1]:
            self._weight = np.zeros(X.shape[1])
        n = y.shape[0]
        single = X.shape[1] == 1
        self._point_rows = spread(n, MAX_DATA_POINTS if single else MAX_PREDICTION_POINTS)
        self._residual_rows = spread(n, MAX_RESIDUALS)
        self._line_x = line_extent(X[:, 0]) if single else None
        scale = float(np.mean(y**2)) if n else 0.0
        if not (math.isfinite(scale) and scale > 0):
            scale = 1.0
        floor = max(scale * LOSS_FLOOR_FRACTION, 1e-300)
        restart = X.shape[1] != self._history.n_weights
        if restart:
            self._history.clear(X.shape[1])
        elif floor != self._loss_floor:
            self._history.reclamp(floor)
        self._loss_floor = floor
        self._exact_fit_threshold = scale * EXACT_FIT_FRACTION
        if k_changed:
            self._rebuild_parameter_items()
            self._restyle_items()
        self._fit_view.editing = self._editing and X.shape[1] == 1
        self._fit_y = None  # the fit's range starts again from the data, lines and model
        self._show_data()
        self._show_optimum()
        self._refresh_history(restart=restart, rerange=True)
        if not self._fit_view.dragging:
            self._fit_view.enableAutoRange()

    def clear_history(self) -> None:
        """Forget the training history (a reset)."""
        self._history.clear(self._X.shape[1])
        self._fit_y = None  # fitted again to the next model shown
        self._refresh_history(restart=True)

    def append_history(
        self, steps: np.ndarray, loss: np.ndarray, weight: np.ndarray, bias: np.ndarray,
        live: bool = False, run_end: int | None = None,
    ) -> None:
        """Add the records since the last call: steps (m,), loss (m,), weight (m, k), bias (m,).
        ``live``: more records follow soon (a run goes on), so the step axis may keep room
        for them, up to ``run_end`` (the step the run will end at, if known); the next call
        without it fits the axis to the history again."""
        self._history.append(steps, loss, weight, bias, self._loss_floor)
        self._refresh_history(live=live, run_end=run_end)

    def set_history(
        self, steps: np.ndarray, loss: np.ndarray, weight: np.ndarray, bias: np.ndarray
    ) -> None:
        """Replace the whole history (same arrays as append_history)."""
        self._history.clear(self._X.shape[1])
        self._history.append(steps, loss, weight, bias, self._loss_floor)
        self._fit_y = None
        self._refresh_history(restart=True)

    def set_current(self, weight: Sequence[float], bias: float) -> None:
        """Move the model line (or the predictions) and the residuals to these parameters."""
        w = np.array(weight, dtype=np.float64).reshape(-1)
        if w.shape[0] != self._X.shape[1]:
            raise ValueError(f"{w.shape[0]} weights for {self._X.shape[1]} features")
        self._weight, self._bias = w, float(bias)
        self._show_model()
        self.model_shown.emit(w, self._bias)

    def set_prediction(self, features: Sequence[float] | None) -> None:
        """Mark the Predict box's answer for these feature values (None: no mark)."""
        self.prediction_mark.set_features(features)
        self._update_fit_base()
        self._show_model()

    def set_point_editing(self, enabled: bool) -> None:
        """With one feature: click on empty space adds a point, dragging a point moves it."""
        self._editing = bool(enabled)
        self._fit_view.editing = self._editing and self._X.shape[1] == 1
        cursor = Qt.CursorShape.CrossCursor if self._fit_view.editing else None
        if cursor is None:
            self.fit_plot.viewport().unsetCursor()
        else:
            self.fit_plot.viewport().setCursor(cursor)
        self._update_fit_title()

    def paint_now(self) -> None:
        """Paint now, not at the event loop's next pass, what has changed in this panel's
        window (the plots' changed regions and any other widget's). While a model trains the
        worker waits for each frame: drawing and training take turns for the interpreter
        lock, so nothing may be left to paint once the worker goes on."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        # This panel's plots and every other shown plot of the window (the loss landscape,
        # compare runs): all move with the frame.
        scenes = [pw.scene() for pw in self.export_widgets()]
        for view in self.window().findChildren(pg.GraphicsView):
            if view.scene() not in scenes and view.isVisible():
                scenes.append(view.scene())
        for scene in scenes:
            scene.prepareForPaint()  # settle the views' ranges before painting
        for scene in scenes:
            # The scene's queued pass over its changed items: it marks their regions dirty.
            QCoreApplication.sendPostedEvents(scene, QEvent.Type.MetaCall)
        event = QEvent(QEvent.Type.UpdateRequest)  # paint the window's dirty regions, now
        QCoreApplication.sendEvent(self.window(), event)

    def set_history_shown(self, shown: bool) -> None:
        """Show or hide the loss and parameter plots (a teaching view takes their room)."""
        for pw in (self.loss_plot, self.params_plot):
            pw.setVisible(shown)

    def history_shown(self) -> bool:
        return not self.loss_plot.isHidden()

    def keep_plots_readable(self) -> None:
        """When a shown plot is shorter than MIN_PLOT_HEIGHT_PX (or than its own minimum)
        and the column has room for all, share the height out again: each its minimum, the
        rest 3 : 2 : 2; a split the user dragged that keeps them readable stays."""
        self._hold_plot_items()
        sizes = self._splitter.sizes()
        plots = self.export_widgets()
        shown = [i for i, pw in enumerate(plots) if not pw.isHidden()]
        least = {i: self.readable_height(plots[i]) for i in shown}
        if len(shown) < 2 or all(sizes[i] >= least[i] for i in shown):
            return
        total = sum(sizes[i] for i in shown)
        extra = total - sum(least.values())
        if extra < 0:
            return
        weights = {i: 3 if i == 0 else 2 for i in shown}
        share = {i: least[i] + extra * weights[i] // sum(weights.values()) for i in shown}
        share[0] += total - sum(share.values())
        self._splitter.setSizes([share.get(i, 0) for i in range(len(sizes))])

    def export_widgets(self) -> tuple[pg.PlotWidget, pg.PlotWidget, pg.PlotWidget]:
        """The fit, loss and parameter plots, for exporting as images."""
        return (self.fit_plot, self.loss_plot, self.params_plot)

    def apply_palette(self) -> None:
        """Colour the plots from this widget's palette (light or dark)."""
        self._read_palette()
        fg, bg = self._fg, self._bg
        axis_pen = pg.mkPen(_blend(fg, bg, 0.6), width=1)
        grid_pen = pg.mkPen(_blend(fg, bg, 0.1), width=1)
        for i, pw in enumerate(self.export_widgets()):
            pw.setBackground(bg)
            item = pw.getPlotItem()
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                axis.setPen(axis_pen)
                axis.setTickPen(grid_pen)
                axis.setTextPen(fg)
            for (plot, axis), text in self._labels.items():
                if plot == i:
                    self._set_label(plot, axis, text)
            if i in self._titles:
                self._set_title(i, self._titles[i])
        legend_brush = QColor(bg)
        legend_brush.setAlpha(210)
        for legend in (self.fit_legend, self.params_legend):
            legend.setBrush(legend_brush)
            legend.setPen(axis_pen)
            legend.setLabelTextColor(fg)
        for label in (self._fit_hover, self._loss_hover, self._params_hover):
            fill = QColor(bg)
            fill.setAlpha(230)
            label.fill = pg.mkBrush(fill)
            label.border = axis_pen
            label.setColor(fg)
        self.exact_fit_note.setAttr("color", fg.name())
        self.exact_fit_note.setText(self.exact_fit_note.text)
        self._note_wrap.fit()
        self._restyle_items()
        for legend in (self.fit_legend, self.params_legend):
            _cache_legend(legend)  # the samples' pens changed

    # ----- styling -------------------------------------------------------------------------

    def _read_palette(self) -> None:
        palette = self.palette()
        self._bg = palette.color(QPalette.ColorRole.Base)
        self._fg = palette.color(QPalette.ColorRole.Text)
        self._dark = self._bg.lightness() < 128

    def _c(self, pair: tuple[str, str]) -> QColor:
        return QColor(pair[1] if self._dark else pair[0])

    def _restyle_items(self) -> None:
        dash = Qt.PenStyle.DashLine
        point = self._c(_POINT_COLOUR)
        px = self._px
        self.data_points.setSymbolBrush(point)
        self.data_points.setSymbolSize(16 if self._thick else 9)
        self.data_points.setSymbolPen(pg.mkPen(self._bg, width=1))
        self.model_line.setPen(pg.mkPen(self._c(_MODEL_COLOUR), width=px(2)))
        self.residual_segments.setPen(pg.mkPen(self._c(_RESIDUAL_COLOUR), width=px(1)))
        self.error_squares.set_colour(self._c(_MODEL_COLOUR), width=px(1))
        self.squares_note.set_colours(self._c(_MODEL_COLOUR), self._fg)
        self.prediction_mark.set_colour(self._c(_BIAS_COLOUR), self._c(_MODEL_COLOUR), self._fg,
                                        width=px(1))
        optimum = self._c(_OPTIMUM_COLOUR)
        self.lsq_line.setPen(pg.mkPen(optimum, width=px(1), style=dash))
        self.diagonal_line.setPen(pg.mkPen(optimum, width=px(1), style=dash))
        self._fit_marker.setPen(pg.mkPen(self._fg, width=1))
        self._fit_marker.setSize(22 if self._thick else 14)
        self.loss_curve.setPen(pg.mkPen(self._c(_SERIES_COLOURS[0]), width=px(1)))
        self.optimum_loss_line.setPen(pg.mkPen(optimum, width=px(1), style=dash))
        self.optimum_loss_line.label.setColor(optimum)
        self._loss_marker.setBrush(self._c(_SERIES_COLOURS[0]))
        self._loss_marker.setPen(pg.mkPen(self._fg, width=1))
        colours = self._parameter_colours()
        lines = [*self.optimum_weight_lines, self.optimum_bias_line]
        for curve, line, colour in zip([*self.weight_curves, self.bias_curve], lines, colours):
            curve.setPen(pg.mkPen(colour, width=px(1)))
            line.setPen(pg.mkPen(colour, width=px(1), style=dash))
        self._lsq_legend_sample.setPen(pg.mkPen(self._fg, width=px(1), style=dash))
        self._params_marker.setPen(pg.mkPen(self._fg, width=1))

    def _parameter_colours(self) -> list[QColor]:
        k = len(self.weight_curves)
        weights = [self._c(_SERIES_COLOURS[j % len(_SERIES_COLOURS)]) for j in range(k)]
        return [*weights, self._c(_BIAS_COLOUR)]

    def _set_title(self, plot: int, text: str) -> None:
        self._titles[plot] = text
        self.export_widgets()[plot].getPlotItem().setTitle(
            text, color=self._fg.name(), size=self._pt(11), justify="left"
        )
        self._title_wraps[plot].fit()

    def _set_label(self, plot: int, axis: str, text: str) -> None:
        self._labels[(plot, axis)] = text
        item = self.export_widgets()[plot].getPlotItem()
        item.setLabel(axis, text, color=self._fg.name(), **{"font-size": self._pt(10)})
        item.getAxis(axis).resizeEvent()  # pyqtgraph centres a label only when the axis resizes

    def _update_fit_title(self) -> None:
        if self._X.shape[1] != 1:
            self._set_title(0, self.tr("Predicted against actual"))
        elif self._fit_view.editing and not self._thick:  # presenting: the short title
            self._set_title(
                0, self.tr("Data and model — click to add a point, drag a point to move it")
            )
        else:
            self._set_title(0, self.tr("Data and model"))

    # ----- drawing -------------------------------------------------------------------------

    def _single(self) -> bool:
        return self._X.shape[1] == 1

    def _show_data(self) -> None:
        """Items and labels that depend on the dataset only."""
        self._update_fit_title()
        self.fit_legend.clear()
        self._hide_hover()
        if self._single():
            self._set_label(0, "bottom", self._feature_names[0])
            self._set_label(0, "left", self._target_name)
            rows = self._point_rows
            self.data_points.setData(self._X[rows, 0], self._y[rows])
            # The points hold still while a model trains, under a line that moves every frame.
            _cache(self.data_points.scatter)
            self.diagonal_line.hide()
            line_x = self._line_x
            if line_x is not None and np.all(np.isfinite(self._opt_weight)):
                lsq_y = self._opt_weight[0] * line_x + self._opt_bias
                self.lsq_line.setData(line_x, lsq_y)
                self.lsq_line.show()
            else:
                self.lsq_line.setData([], [])
                self.lsq_line.hide()
            entries = [
                (self.data_points, self._points_name(self.tr("data"))),
                (self.model_line, self.tr("model")),
                (self.residual_segments, self.tr("residuals")),
                (self.lsq_line, self.tr("least-squares line")),
            ]
        else:
            self._set_label(0, "bottom", self.tr("actual {name}").format(name=self._target_name))
            self._set_label(0, "left", self.tr("predicted {name}").format(name=self._target_name))
            self.lsq_line.setData([], [])
            self.lsq_line.hide()
            # Predictions move every frame: a cached picture of them would be redrawn anyway.
            self.data_points.scatter.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            finite = self._y[np.isfinite(self._y)]
            if finite.size:
                lo, hi = float(finite.min()), float(finite.max())
                self.diagonal_line.setData([lo, hi], [lo, hi])
                self.diagonal_line.show()
            else:
                self.diagonal_line.setData([], [])
                self.diagonal_line.hide()
            entries = [
                (self.data_points, self._points_name(self.tr("rows"))),
                (self.residual_segments, self.tr("residuals")),
                (self.diagonal_line, self.tr("perfect prediction (y = x)")),
            ]
        for item, name in entries:
            self.fit_legend.addItem(item, name)
        _cache_legend(self.fit_legend)
        self._update_fit_base()
        self._show_model()

    def _update_fit_base(self) -> None:
        """The part of the fit plot's range that holds still while a model trains: the data
        and the least-squares line (one feature), or the actual values (predicted vs actual)."""
        if self._single():
            line_x = self._line_x
            x_range = None if line_x is None else (float(line_x[0]), float(line_x[1]))
            _, lsq_y = self.lsq_line.getData()  # empty when there is no least-squares line
            y_range = finite_span(self._y, np.empty(0) if lsq_y is None else lsq_y)
        else:
            x_range = y_range = finite_span(self._y)
        mark = self.prediction_mark.x_span()  # the Predict box's x stays in view
        if mark is not None and x_range is not None:
            lo, hi = min(x_range[0], mark[0]), max(x_range[1], mark[1])
            pad = 0.04 * (hi - lo)  # the mark whole, not cut by the edge
            x_range = (lo - pad * (lo < x_range[0]), hi + pad * (hi > x_range[1]))
        self._fit_base = (x_range, y_range)

    def _points_name(self, name: str) -> str:
        shown, total = self._point_rows.shape[0], self._y.shape[0]
        if shown == total:
            return name
        return self.tr("{name} ({shown} of {total} shown)").format(
            name=name, shown=f"{shown:,}", total=f"{total:,}"
        )

    def _show_model(self) -> None:
        """Items that move with the current weight and bias."""
        rows = self._residual_rows
        actual = self._y[rows]
        reach = model_reach(self._fit_base[1])  # a diverged line runs off the edge
        if self._single():
            self.model_line.show()
            line_x = self._line_x
            if line_x is None:
                self.model_line.setData([], [])
                model_y = ()
            else:
                model_y = (self._weight[0] * line_x + self._bias,)
                self.model_line.setData(*clip_line(line_x, model_y[0], reach))
            x = self._X[rows, 0]
            pred = self._weight[0] * x + self._bias
            ends = (actual, pred)  # vertical: from the point to the line
        else:
            self.model_line.setData([], [])
            self.model_line.hide()
            points = self._point_rows
            predicted = self._X[points] @ self._weight + self._bias
            self.data_points.setData(self._y[points], predicted)
            pred = self._X[rows] @ self._weight + self._bias
            model_y = (predicted, pred)
            x = actual
            ends = (pred, actual)  # vertical: from the point to the diagonal
        seg_y = np.empty(2 * rows.shape[0])
        seg_y[0::2], seg_y[1::2] = ends
        seg_y = clip_values(seg_y, reach)
        self.residual_segments.setData(np.repeat(x, 2), seg_y, connect="pairs")
        self.error_squares.set_residuals(x, seg_y[0::2], seg_y[1::2])
        self.squares_note.set_model(self._weight, self._bias)
        self.prediction_mark.set_model(self._weight, self._bias, self._single(), self._line_x,
                                       reach)
        self._update_fit_range((*model_y, *self.prediction_mark.y_values()))
        if self._hover_pos[0] is not None:
            self._update_hover(0, self._hover_pos[0])

    def _update_fit_range(self, model_y: tuple[np.ndarray, ...]) -> None:
        """Show the data, the least-squares line and the model; while the model stays in view
        the range holds still (the line moves, the axes do not), and it grows when the model
        leaves it. set_data, a move of a point and a new history fit it again."""
        x_range, y_range = self._fit_base
        model = clamp_span(finite_span(*model_y), model_reach(y_range))
        if y_range is not None and model is not None:
            y_range = (min(y_range[0], model[0]), max(y_range[1], model[1]))
        else:
            y_range = y_range or model
        if y_range is not None:
            if self._fit_y is None:
                self._fit_y = y_range if y_range[1] > y_range[0] else grow_range(None, *y_range)
            else:
                self._fit_y = grow_range(self._fit_y, *y_range)
        self._extents[0].set_ranges(x_range, self._fit_y)

    def _show_optimum(self) -> None:
        names = [*self._parameter_names(), "b"]
        values = [*self._opt_weight.tolist(), self._opt_bias]
        for line, value, name in zip([*self.optimum_weight_lines, self.optimum_bias_line],
                                     values, names):
            if math.isfinite(value):
                line.setPos(value)
                line.setToolTip(self.tr("least-squares {name} = {value}").format(
                    name=name, value=_fmt(value)))
                line.show()
            else:
                line.hide()
        loss = self._opt_loss
        if math.isfinite(loss) and loss > self._exact_fit_threshold:
            self.optimum_loss_line.setPos(math.log10(loss))  # the view's y is log10(loss)
            self.optimum_loss_line.show()
            self._opt_log_loss = math.log10(loss)
            self.exact_fit_note.setText("")
            self._note_wrap.fit()
        else:
            self.optimum_loss_line.hide()
            self._opt_log_loss = None
            note = (
                self.tr("least-squares optimum: loss ≈ 0 (an exact fit)")
                if math.isfinite(loss) and self._y.size
                else ""
            )
            self.exact_fit_note.setText(note)
            self._note_wrap.fit()

    def _refresh_history(
        self, restart: bool = False, rerange: bool = False, live: bool = False,
        run_end: int | None = None,
    ) -> None:
        """Give the curves the history; move the views only when it leaves them. ``restart``:
        a new history (the ranges start again); ``rerange``: the optima may have changed."""
        h = self._history
        n = h.n
        steps = h.steps[:n]
        smooth = n <= SMOOTH_CURVES_UP_TO
        for curve in (self.loss_curve, *self.weight_curves, self.bias_curve):
            curve.opts["antialias"] = smooth  # taken by setData's curve
        self.loss_curve.setData(steps, h.log_loss[:n])
        for j, curve in enumerate(self.weight_curves):
            curve.setData(steps, h.weight[j, :n])
        self.bias_curve.setData(steps, h.bias[:n])
        if restart or n == 0:
            self._x_extent = None
        if restart or rerange:
            self._loss_range = self._params_range = None
        if n == 0:
            self._hide_hover(1)
            self._hide_hover(2)
        self._x_extent = h.step_extent(self._x_extent, live, run_end)
        loss_lo, loss_hi = h.loss_bounds
        if self._opt_log_loss is not None:
            loss_lo, loss_hi = min(loss_lo, self._opt_log_loss), max(loss_hi, self._opt_log_loss)
        self._loss_range = grow_range(self._loss_range, loss_lo, loss_hi, log=True)
        optima = [v for v in (*self._opt_weight.tolist(), self._opt_bias) if math.isfinite(v)]
        p_lo, p_hi = h.param_bounds
        if optima:
            p_lo, p_hi = min(p_lo, *optima), max(p_hi, *optima)
        self._params_range = grow_range(self._params_range, p_lo, p_hi)
        self._extents[1].set_ranges(self._x_extent, self._loss_range)
        self._extents[2].set_ranges(self._x_extent, self._params_range)

    # ----- editing -------------------------------------------------------------------------

    def _row_near(self, pos: QPointF) -> int | None:
        """The row of the drawn data point within HIT_RADIUS_PX pixels of ``pos``, if any."""
        if not self._single() or self._point_rows.size == 0:
            return None
        found = self._nearest_point(pos, self._X[self._point_rows, 0], self._y[self._point_rows])
        if found is None or found[1] > HIT_RADIUS_PX:
            return None
        return int(self._point_rows[found[0]])

    def _nearest_point(self, pos: QPointF, xs: np.ndarray, ys: np.ndarray):
        """(index, distance in pixels) of the point nearest to ``pos``, or None."""
        px, py = self._fit_view.viewPixelSize()
        if xs.size == 0 or not (px > 0 and py > 0):
            return None
        d2 = ((xs - pos.x()) / px) ** 2 + ((ys - pos.y()) / py) ** 2
        if not np.isfinite(d2).any():
            return None
        i = int(np.nanargmin(d2))
        return i, math.sqrt(d2[i])

    def _move_point(self, row: int, x: float, y: float) -> None:
        if not 0 <= row < self._y.size:
            return
        self._X[row, 0] = x
        self._y[row] = y
        rows = self._point_rows
        self.data_points.setData(self._X[rows, 0], self._y[rows])
        self._line_x = line_extent(self._X[:, 0])
        self._update_fit_base()
        self._fit_y = None
        self._show_model()

    def _on_point_dragged(self, row: int, x: float, y: float) -> None:
        self._move_point(row, x, y)
        self.point_moving.emit(row, x, y)

    def _on_point_released(self, row: int, x: float, y: float) -> None:
        self._move_point(row, x, y)
        self.point_moved.emit(row, x, y)

    # ----- hover ---------------------------------------------------------------------------

    def _on_mouse_moved(self, plot: int, args: tuple) -> None:
        scene_pos = args[0]
        vb = self.export_widgets()[plot].getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            self._hover_pos[plot] = None
            self._hide_hover(plot)
            return
        pos = vb.mapSceneToView(scene_pos)
        self._hover_pos[plot] = pos
        self._update_hover(plot, pos)

    def _update_hover(self, plot: int, pos: QPointF) -> None:
        if plot == 0:
            found = self._fit_hover_at(pos)
        else:
            found = self._history_hover_at(plot, pos)
        if found is None:
            self._hide_hover(plot)
            return
        text, anchor_x, anchor_y, marks = found
        label = (self._fit_hover, self._loss_hover, self._params_hover)[plot]
        marker = (self._fit_marker, self._loss_marker, self._params_marker)[plot]
        marker.setData(x=[m[0] for m in marks], y=[m[1] for m in marks])
        marker.show()
        view = self.export_widgets()[plot].getPlotItem().getViewBox().viewRect()
        # Keep the label inside the view: open it towards the centre.
        label.setAnchor((1.0 if anchor_x > view.center().x() else 0.0,
                         0.0 if anchor_y > view.center().y() else 1.0))
        label.setText(text)
        label.setPos(anchor_x, anchor_y)
        label.show()
        self._emit_hover(text)

    def _fit_hover_at(self, pos: QPointF):
        rows = self._point_rows
        if self._single():
            xs, ys = self._X[rows, 0], self._y[rows]
            preds = self._weight[0] * xs + self._bias
        else:
            xs = self._y[rows]
            preds = ys = self._X[rows] @ self._weight + self._bias
        found = self._nearest_point(pos, xs, ys)
        if found is None or found[1] > 3 * HIT_RADIUS_PX:
            return None
        i = found[0]
        row, p, actual = int(rows[i]), float(preds[i]), float(self._y[rows[i]])
        if self._single():
            text = self.tr(
                "row {row}: {x_name} = {x}, {y_name} = {y}\nprediction = {p}, residual = {r}"
            ).format(row=row + 1, x_name=self._feature_names[0], x=_fmt(xs[i]),
                     y_name=self._target_name, y=_fmt(actual), p=_fmt(p), r=_fmt(p - actual))
        else:
            text = self.tr("row {row}: actual = {y}\nprediction = {p}, residual = {r}").format(
                row=row + 1, y=_fmt(actual), p=_fmt(p), r=_fmt(p - actual))
        x, y = float(xs[i]), float(ys[i])
        return text, x, y, [(x, y)]

    def _history_hover_at(self, plot: int, pos: QPointF):
        h = self._history
        i = h.nearest(pos.x())
        if i is None:
            return None
        step = h.steps[i]
        if plot == 1:
            y = float(h.log_loss[i]) if math.isfinite(h.log_loss[i]) else pos.y()
            text = self.tr("step {step}: loss = {loss}").format(
                step=_fmt(step), loss=_fmt(h.loss[i]))
            return text, float(step), y, [(float(step), y)]
        values = [*h.weight[:, i].tolist(), float(h.bias[i])]
        names = [*self._parameter_names(), "b"]
        parts = ", ".join(f"{n} = {_fmt(v)}" for n, v in zip(names, values))
        text = self.tr("step {step}: {values}").format(step=_fmt(step), values=parts)
        marks = [(float(step), v) for v in values if math.isfinite(v)]
        return text, float(step), pos.y(), marks

    def _hide_hover(self, plot: int | None = None) -> None:
        plots = range(3) if plot is None else (plot,)
        labels = (self._fit_hover, self._loss_hover, self._params_hover)
        markers = (self._fit_marker, self._loss_marker, self._params_marker)
        for p in plots:
            labels[p].hide()
            markers[p].hide()
        if not any(label.isVisible() for label in labels):
            self._emit_hover("")

    def _emit_hover(self, text: str) -> None:
        if text != self._hover_text:
            self._hover_text = text
            self.hover_text_changed.emit(text)

    # ----- Qt events -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        kind = event.type()
        if kind == QEvent.Type.Leave and watched in self.export_widgets():
            plot = self.export_widgets().index(watched)
            self._hover_pos[plot] = None
            self._hide_hover(plot)
        elif kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) \
                and watched in self.export_widgets():
            # Keyboard users see which plot has the focus (the views draw no frame).
            colour = self.palette().color(QPalette.ColorRole.Highlight).name()
            focused = kind == QEvent.Type.FocusIn and event.reason() in (
                Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason)
            watched.setStyleSheet(f"border: 2px solid {colour}" if focused else "")
        elif kind == QEvent.Type.Resize and watched is self.fit_plot:
            self._fit_legend_columns()
        elif kind == QEvent.Type.KeyPress and watched in self.export_widgets():
            if self._view_key(watched, event.key()):
                return True
        return super().eventFilter(watched, event)

    def _view_key(self, pw: pg.PlotWidget, key: int) -> bool:
        """Pan, zoom and show-all from the keyboard on a focused plot."""
        view = pw.getPlotItem().getViewBox()
        (x0, x1), (y0, y1) = view.viewRange()
        dx, dy = (x1 - x0) * 0.1, (y1 - y0) * 0.1
        K = Qt.Key
        moves = {K.Key_Left: (-dx, 0), K.Key_Right: (dx, 0), K.Key_Up: (0, dy),
                 K.Key_Down: (0, -dy)}
        if key in moves:
            view.translateBy(*moves[key])
        elif key in (K.Key_Plus, K.Key_Equal):
            view.scaleBy((0.8, 0.8))
        elif key in (K.Key_Minus, K.Key_Underscore):
            view.scaleBy((1.25, 1.25))
        elif key == K.Key_Home:
            view.enableAutoRange()
        else:
            return False
        return True

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        QTimer.singleShot(0, self.keep_plots_readable)  # once the splitter has its size

    def readable_height(self, pw: pg.PlotWidget) -> int:
        """The height ``pw`` needs for its title (wrapped to its width), axes, legend and a
        view of MIN_PLOT_HEIGHT_PX: shorter, its texts would be cut off."""
        need = pw.getPlotItem().effectiveSizeHint(Qt.SizeHint.MinimumSize).height() + 8
        return max(MIN_PLOT_HEIGHT_PX, math.ceil(need))

    def _hold_plot_items(self) -> None:
        """The fit plot is never shorter than it needs (with large text or a wrapped title a
        shorter widget would cut its axis label off). The loss and parameter plots keep a
        small minimum: where the column is shorter than they need, the teaching area hides
        them (set_history_shown), rather than their minimum pushing the window past the
        screen."""
        self.fit_plot.setMinimumHeight(self.readable_height(self.fit_plot))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
