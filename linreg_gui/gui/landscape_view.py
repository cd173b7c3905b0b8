"""The loss landscape: the loss over (weight, bias) as a heat map (log scale) with contour
lines, the optimizer's path drawn on it live, the least-squares optimum marked, and a click
that sets the starting point. With more features it is a slice through two chosen
parameters, the others held at the model's current values; in a standardized run it is the
landscape the optimizer walks (standardized columns).

The grid comes from core.landscape (sufficient statistics for MSE: O(grid) for any number of
rows) and is recomputed only when the data, the loss, the slice or the window changes.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.landscape import Standardization, default_window, loss_grid
from linreg_gui.core.quadratic import MSEStats
from linreg_gui.gui.plot_layout import follow_font

# Grid nodes per axis: MSE grids cost O(grid); MAE and Huber O(grid x rows) on a sample.
MSE_GRID = 161
ROWWISE_GRID = 61
ROWWISE_ROWS = 300  # MAE/Huber grids use at most this many rows (seeded sample)
CONTOUR_LEVELS = 12
# A path this far outside the grid (as a share of its span) refits the window at run end.
REFIT_SLACK = 0.02
PATH_COLOUR = "#ff3b30"
START_COLOUR = "#ffffff"


def _space_theta(weights: np.ndarray, biases: np.ndarray) -> np.ndarray:
    """(m, k + 1) rows of (w_1..w_k, b)."""
    w = np.asarray(weights, dtype=np.float64).reshape(len(biases), -1)
    return np.column_stack([w, np.asarray(biases, dtype=np.float64)])


class LandscapeView(QWidget):
    # A click on the map while editing is allowed: the new start in DATA units,
    # weights (tuple of k floats) and bias.
    start_chosen = Signal(object, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dataset: Dataset | None = None
        self._stats: MSEStats | None = None
        self._config = TrainConfig()
        self._st: Standardization | None = None
        self._sample: Dataset | None = None
        self._current: tuple[np.ndarray, float] | None = None  # data units
        self._path = (np.empty((0, 1)), np.empty(0))  # data units
        self._run_paths: list[tuple[np.ndarray, np.ndarray, QColor]] = []
        self._editable = True
        self.grid = None  # the LossGrid shown
        self._rect = QRectF()

        self.h_box = QComboBox()
        self.v_box = QComboBox()
        self.h_label = QLabel()
        self.v_label = QLabel()
        self.fit_button = QPushButton()
        self.note = QLabel()
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.h_label)
        top.addWidget(self.h_box)
        top.addWidget(self.v_label)
        top.addWidget(self.v_box)
        top.addStretch(1)
        top.addWidget(self.fit_button)

        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        item = self.plot.getPlotItem()
        item.hideButtons()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("viridis"))
        item.addItem(self.image)
        self.colorbar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False,
                                        width=14)
        self.colorbar.setImageItem(self.image, insert_in=item)
        self._contours: list[pg.IsocurveItem] = []
        for _ in range(CONTOUR_LEVELS):
            iso = pg.IsocurveItem(axisOrder="row-major")
            iso.setParentItem(self.image)
            self._contours.append(iso)
        self._run_curves: list[pg.PlotDataItem] = []
        self.path_curve = pg.PlotDataItem(pen=pg.mkPen(PATH_COLOUR, width=2), antialias=True)
        self.start_marker = pg.ScatterPlotItem(size=11, symbol="s",
                                               brush=pg.mkBrush(START_COLOUR),
                                               pen=pg.mkPen("#000000", width=1))
        self.current_marker = pg.ScatterPlotItem(size=14, symbol="o",
                                                 brush=pg.mkBrush(PATH_COLOUR),
                                                 pen=pg.mkPen("#ffffff", width=2))
        self.optimum_marker = pg.ScatterPlotItem(size=20, symbol="star",
                                                 brush=pg.mkBrush("#ffd60a"),
                                                 pen=pg.mkPen("#000000", width=1))
        for it in (self.path_curve, self.start_marker, self.current_marker,
                   self.optimum_marker):
            item.addItem(it, ignoreBounds=True)
            it.setZValue(10)
        self.optimum_marker.setZValue(11)
        self.current_marker.setZValue(12)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)

        self.h_box.currentIndexChanged.connect(self._on_slice_changed)
        self.v_box.currentIndexChanged.connect(self._on_slice_changed)
        self.fit_button.clicked.connect(self.fit_view)
        self.plot.scene().sigMouseClicked.connect(self._on_clicked)
        self.retranslate()
        self.apply_palette()
        self._follow_font()

    # ---- text and colours --------------------------------------------------------------------

    def retranslate(self) -> None:
        self.h_label.setText(self.tr("Horizontal:"))
        self.v_label.setText(self.tr("Vertical:"))
        self.fit_button.setText(self.tr("Fit view"))
        self.fit_button.setToolTip(self.tr("Show the optimum and the whole path"))
        self.h_box.setAccessibleName(self.tr("Horizontal axis"))
        self.v_box.setAccessibleName(self.tr("Vertical axis"))
        self.plot.setAccessibleName(self.tr("Loss landscape map"))
        self._update_texts()

    def apply_palette(self) -> None:
        palette = self.palette()
        bg = palette.color(QPalette.ColorRole.Base)
        fg = palette.color(QPalette.ColorRole.Text)
        self.plot.setBackground(bg)
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTextPen(fg)
            axis.setPen(fg)
        contour = QColor(255, 255, 255, 110)
        for iso in self._contours:
            iso.setPen(pg.mkPen(contour, width=1))
        self.colorbar.axis.setTextPen(fg)
        self.colorbar.getAxis("left").setLabel(self.tr("log₁₀ loss"), color=fg.name())
        self._fg = fg

    def _follow_font(self) -> None:
        """Ticks and axis titles at the window's text size (View ▸ Zoom, presentation)."""
        font = self.font()
        follow_font(self.plot.getPlotItem(), font)
        follow_font(self.colorbar, font)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()
        elif event.type() == QEvent.Type.FontChange:
            self._follow_font()
        super().changeEvent(event)

    # ---- inputs ------------------------------------------------------------------------------

    def set_problem(self, dataset: Dataset | None, stats: MSEStats | None,
                    config: TrainConfig) -> None:
        """New data or settings: recompute when what the map shows changed."""
        old = (self._config.loss, self._config.huber_delta, self._config.normalize)
        self._config = config
        same = (config.loss, config.huber_delta, config.normalize) == old
        if same and dataset is self._dataset and self.grid is not None:
            return
        if dataset is not self._dataset:
            self._fill_combos(dataset)
        self._dataset = dataset
        self._stats = stats if dataset is not None else None
        self._st = Standardization.of(dataset) if dataset is not None and config.normalize \
            else None
        self._sample = None
        if dataset is not None and config.loss != "mse" and dataset.n_rows > ROWWISE_ROWS:
            idx = np.sort(np.random.default_rng(0).choice(dataset.n_rows, ROWWISE_ROWS,
                                                          replace=False))
            self._sample = Dataset(dataset.feature_names, dataset.target_name,
                                   dataset.X[idx], dataset.y[idx])
        self.fit_view()

    def set_path(self, weights: np.ndarray, biases: np.ndarray) -> None:
        """The current run's path since the last reset, in data units (drawn live)."""
        self._path = (np.asarray(weights, dtype=np.float64), np.asarray(biases, np.float64))
        self._draw_path()

    def set_current(self, weight, bias: float, *, settled: bool) -> None:
        """The model's parameters now (data units). ``settled``: not in the middle of a run,
        so a slice through the other parameters may follow them and the window may refit."""
        self._current = (np.asarray(weight, dtype=np.float64), float(bias))
        if not settled or self.grid is None:
            self._draw_path()
            return
        k = self._k()
        if k > 1 or self._path_outside():
            self.fit_view() if self._path_outside() else self._recompute()
        else:
            self._draw_path()

    def set_run_paths(self, paths) -> None:
        """The kept runs' paths: [(weights (m, k), biases (m,), QColor)] in data units."""
        self._run_paths = [(np.asarray(w, np.float64), np.asarray(b, np.float64), QColor(c))
                           for w, b, c in paths]
        self._draw_runs()
        self._update_texts()  # the caption explains the dashed paths while there are some

    def set_editable(self, editable: bool) -> None:
        """Clicks set the start only when allowed (not while a run goes on)."""
        self._editable = editable
        self._update_texts()

    # ---- the grid ----------------------------------------------------------------------------

    def axes(self) -> tuple[int, int]:
        """Indices into (w_1, ..., w_k, b) of the horizontal and vertical parameters."""
        k = self._k()
        h = max(self.h_box.currentData() or 0, 0)
        v = self.v_box.currentData()
        v = k if v is None or v == h else v
        return h, v

    def fit_view(self) -> None:
        """A window that holds the optimum and the path (and the kept runs' paths)."""
        if self._dataset is None or self._stats is None:
            self.grid = None
            self.image.clear()
            for iso in self._contours:
                iso.setData(None)
            return
        h, v = self.axes()
        k = self._k()
        vertical = "bias" if v == k else v
        thetas = [self._to_space(*self._path)]
        if self._current is not None:
            thetas.append(self._to_space(self._current[0].reshape(1, -1),
                                         np.array([self._current[1]])))
        for w, b, _c in self._run_paths:
            if w.shape[-1] == k:
                thetas.append(self._to_space(w, b))
        theta = np.vstack([t for t in thetas if len(t)] or [np.empty((0, k + 1))])
        path = (theta[:, :k], theta[:, k]) if len(theta) else None
        try:
            w_range, b_range = default_window(
                self._stats, path, feature=h, vertical=vertical, space=self._space(),
                standardization=self._st)
        except ValueError:
            return
        self._window = (w_range, b_range)
        self._recompute()

    def _recompute(self) -> None:
        if self._dataset is None or not hasattr(self, "_window"):
            return
        h, v = self.axes()
        k = self._k()
        w_range, b_range = self._window
        fixed = None
        if self._current is not None and k > 1:
            theta = self._to_space(self._current[0].reshape(1, -1), np.array([self._current[1]]))
            fixed = (theta[0, :k], float(theta[0, k]))
        cfg = self._config
        mse = cfg.loss == "mse"
        n = MSE_GRID if mse else ROWWISE_GRID
        source = self._stats if mse else (
            self._sample if self._sample is not None else self._dataset)
        self.grid = loss_grid(
            source, w_range, b_range, n, n, feature=h, vertical="bias" if v == k else v,
            fixed_params=fixed, space=self._space(), loss=cfg.loss, huber_delta=cfg.huber_delta,
            standardization=self._st, max_rows=ROWWISE_ROWS)
        self._draw_grid()
        self._draw_path()
        self._draw_runs()
        self._update_texts()

    def _draw_grid(self) -> None:
        g = self.grid
        loss = np.asarray(g.loss, dtype=np.float64)
        finite = loss[np.isfinite(loss)]
        top = float(finite.max()) if finite.size else 1.0
        floor = max(top * 1e-12, 1e-300)
        with np.errstate(divide="ignore", invalid="ignore"):
            z = np.log10(np.maximum(np.where(np.isfinite(loss), loss, top), floor))
        lo, hi = float(z.min()), float(z.max())
        if not hi > lo:
            hi = lo + 1.0
        self.image.setImage(z, autoLevels=False, levels=(lo, hi))
        x0, x1 = float(g.w_values[0]), float(g.w_values[-1])
        y0, y1 = float(g.b_values[0]), float(g.b_values[-1])
        nx, ny = len(g.w_values), len(g.b_values)
        # Pixel centres sit on the grid nodes.
        dx, dy = (x1 - x0) / (nx - 1), (y1 - y0) / (ny - 1)
        self._rect = QRectF(x0 - dx / 2, y0 - dy / 2, dx * nx, dy * ny)
        self.image.setRect(self._rect)
        self.colorbar.setLevels((lo, hi))
        for i, iso in enumerate(self._contours):
            level = lo + (hi - lo) * (i + 0.5) / CONTOUR_LEVELS
            iso.setData(z, level)
        ox, oy = g.optimum_on_axes
        self.optimum_marker.setData([ox], [oy])
        vb = self.plot.getPlotItem().getViewBox()
        vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    # ---- paths -------------------------------------------------------------------------------

    def _draw_path(self) -> None:
        if self.grid is None:
            self.path_curve.setData([], [])
            self.start_marker.setData([], [])
            self.current_marker.setData([], [])
            return
        h, v = self.axes()
        theta = self._to_space(*self._path)
        ok = np.isfinite(theta[:, [h, v]]).all(axis=1) if len(theta) else np.zeros(0, bool)
        theta = theta[ok]
        self.path_curve.setData(theta[:, h], theta[:, v])
        self.start_marker.setData(theta[:1, h], theta[:1, v])
        if self._current is not None:
            cur = self._to_space(self._current[0].reshape(1, -1), np.array([self._current[1]]))
            self.current_marker.setData(cur[:, h], cur[:, v])
        elif len(theta):
            self.current_marker.setData(theta[-1:, h], theta[-1:, v])

    def _draw_runs(self) -> None:
        item = self.plot.getPlotItem()
        for c in self._run_curves:
            item.removeItem(c)
        self._run_curves = []
        if self.grid is None:
            return
        h, v = self.axes()
        k = self._k()
        for w, b, colour in self._run_paths:
            if w.ndim != 2 or w.shape[1] != k:
                continue
            theta = self._to_space(w, b)
            theta = theta[np.isfinite(theta[:, [h, v]]).all(axis=1)]
            curve = pg.PlotDataItem(theta[:, h], theta[:, v],
                                    pen=pg.mkPen(colour, width=3, style=Qt.PenStyle.DashLine))
            curve.setZValue(5)
            item.addItem(curve, ignoreBounds=True)
            self._run_curves.append(curve)

    def path_points(self) -> tuple[np.ndarray, np.ndarray]:
        """The drawn path (x, y) in the map's coordinates (for tests)."""
        x, y = self.path_curve.getData()
        return (np.empty(0), np.empty(0)) if x is None else (x, y)

    def _path_outside(self) -> bool:
        if self.grid is None:
            return False
        h, v = self.axes()
        theta = self._to_space(*self._path)
        if self._current is not None:
            cur = self._to_space(self._current[0].reshape(1, -1), np.array([self._current[1]]))
            theta = np.vstack([theta, cur]) if len(theta) else cur
        if not len(theta):
            return False
        pts = theta[:, [h, v]]
        pts = pts[np.isfinite(pts).all(axis=1)]
        if not len(pts):
            return False
        g = self.grid
        x0, x1 = g.w_values[0], g.w_values[-1]
        y0, y1 = g.b_values[0], g.b_values[-1]
        sx, sy = REFIT_SLACK * (x1 - x0), REFIT_SLACK * (y1 - y0)
        return bool((pts[:, 0] < x0 - sx).any() or (pts[:, 0] > x1 + sx).any()
                    or (pts[:, 1] < y0 - sy).any() or (pts[:, 1] > y1 + sy).any())

    # ---- clicks ------------------------------------------------------------------------------

    def _on_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        p = vb.mapSceneToView(event.scenePos())
        self.click_at(p.x(), p.y())
        event.accept()

    def click_at(self, x: float, y: float) -> bool:
        """Choose the start at map coordinates (x, y); False when not allowed here."""
        if not self._editable or self.grid is None or not self._rect.contains(QPointF(x, y)):
            return False
        h, v = self.axes()
        k = self._k()
        if self._current is not None:
            theta = self._to_space(self._current[0].reshape(1, -1),
                                   np.array([self._current[1]]))[0]
        else:
            theta = np.array([*self.grid.fixed_weight, self.grid.fixed_bias])
        theta[h], theta[v] = x, y
        w, b = theta[:k], float(theta[k])
        if self._st is not None:
            w, b = self._st.to_data(w, b)
        if not (np.isfinite(w).all() and math.isfinite(b)):
            return False
        self.start_chosen.emit(tuple(float(t) for t in w), float(b))
        return True

    # ---- helpers -----------------------------------------------------------------------------

    def _k(self) -> int:
        return self._dataset.n_features if self._dataset is not None else 1

    def _space(self) -> str:
        return "standardized" if self._st is not None else "data"

    def _to_space(self, weights: np.ndarray, biases: np.ndarray) -> np.ndarray:
        k = self._k()
        w = np.asarray(weights, dtype=np.float64)
        b = np.asarray(biases, dtype=np.float64).reshape(-1)
        if w.size == 0 or (w.ndim == 2 and w.shape[1] != k):
            return np.empty((0, k + 1))
        w = w.reshape(len(b), k)
        if self._st is not None:
            with np.errstate(over="ignore", invalid="ignore"):
                w, b = self._st.to_standardized(w, b)
        return _space_theta(w, np.asarray(b).reshape(-1))

    def _fill_combos(self, dataset: Dataset | None) -> None:
        names = list(dataset.feature_names) if dataset is not None else []
        for box in (self.h_box, self.v_box):
            box.blockSignals(True)
            box.clear()
        for i, name in enumerate(names):
            self.h_box.addItem(self.tr("weight ({0})").format(name), i)
        self.v_box.addItem(self.tr("bias"), len(names))
        for i, name in enumerate(names):
            self.v_box.addItem(self.tr("weight ({0})").format(name), i)
        for box in (self.h_box, self.v_box):
            box.blockSignals(False)
        single = len(names) <= 1
        for w in (self.h_box, self.v_box, self.h_label, self.v_label):
            w.setVisible(not single)

    def _on_slice_changed(self, *_args) -> None:
        if self._dataset is not None:
            self.fit_view()

    def _axis_name(self, i: int) -> str:
        k = self._k()
        if i == k:
            name = self.tr("bias")
        else:
            name = self.tr("weight ({0})").format(self._dataset.feature_names[i])
        if self._st is not None:
            name += " " + self.tr("[standardized]")
        return name

    def _update_texts(self) -> None:
        if self._dataset is None:
            self.note.setText(self.tr("No data to draw the loss landscape of."))
            return
        h, v = self.axes()
        item = self.plot.getPlotItem()
        colour = self._fg.name() if hasattr(self, "_fg") else None
        item.setLabel("bottom", self._axis_name(h), color=colour)
        item.setLabel("left", self._axis_name(v), color=colour)
        parts = [self.tr("Colour: log₁₀ of the loss; ★ the least-squares optimum; the red "
                         "line is the path since the last reset.")]
        if self._run_paths:
            parts.append(self.tr("Dashed lines: the paths of earlier runs kept in Compare "
                                 "runs, each in its colour there."))
        if self._st is not None:
            parts.append(self.tr("Training is standardized: this is the landscape the "
                                 "optimizer walks, in standardized units."))
        if self._k() > 1:
            parts.append(self.tr("A slice: the other parameters are held at their current "
                                 "values."))
        if self._config.loss != "mse" and self.grid is not None and not self.grid.exact:
            parts.append(self.tr("Computed on a sample of {0} rows.").format(
                self.grid.rows_used))
        parts.append(self.tr("Click the map to start from there.") if self._editable
                     else self.tr("Stop the run to choose a new start."))
        self.note.setText(" ".join(parts))
