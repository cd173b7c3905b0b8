"""Compare runs: the finished runs kept side by side, their loss curves overlaid on one log
plot and a table of how each ended, with the verdict a student can act on. Runs can be
removed and cleared; they travel in session files (core.session.SessionRun)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.session import MAX_RUNS, SessionRun
from linreg_gui.gui.plot_history import Log10Curve
from linreg_gui.gui.plot_layout import (
    LogAxis,
    SideLegend,
    WrappedText,
    follow_font,
    point_size,
)

# Run colours that read on white and on dark grey, in the order runs get them.
RUN_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b",
               "#e377c2", "#7f7f7f", "#bcbd22")
# Losses are drawn no lower than this on the log axis (an exact fit would be -inf).
LOSS_FLOOR = 1e-12

OPTIMIZER_NAMES = {"sgd": "SGD", "momentum": "Momentum", "adam": "Adam", "rmsprop": "RMSprop"}
LOSS_NAMES = {"mse": "MSE", "mae": "MAE", "huber": "Huber"}

_Index = QModelIndex | QPersistentModelIndex


def settings_label(config: TrainConfig, steps: int) -> str:
    """"SGD lr 0.001, 100 steps" (with what differs from the lesson's defaults)."""
    parts = [f"{OPTIMIZER_NAMES[config.optimizer]} lr {config.lr:g}"]
    if config.loss != "mse":
        parts.append(LOSS_NAMES[config.loss])
    if config.batch_size:
        parts.append(f"batch {config.batch_size}")
    if config.normalize:
        parts.append("std")
    if config.seed:
        parts.append(f"seed {config.seed}")
    if steps == 1:
        count = QCoreApplication.translate("RunsModel", "1 step")
    else:
        count = QCoreApplication.translate("RunsModel", "{0} steps").format(f"{steps:,}")
    return f"{', '.join(parts)}, {count}"


class RunsModel(QAbstractTableModel):
    """The kept runs (SessionRun), one row each, with a colour of their own."""

    runs_changed = Signal()  # runs were added, removed, replaced or restored

    COLUMNS = ("run", "steps", "loss", "ending", "verdict")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._runs: list[SessionRun] = []
        self._colours: list[str] = []
        self._next_colour = 0

    # ---- the store ---------------------------------------------------------------------------

    def runs(self) -> tuple[SessionRun, ...]:
        return tuple(self._runs)

    def colour(self, row: int) -> QColor:
        return QColor(self._colours[row])

    def add(self, run: SessionRun, *, replace_last: bool = False) -> None:
        """Keep ``run``; ``replace_last`` puts it in the place of the newest run (the same
        curve, continued)."""
        if replace_last and self._runs:
            row = len(self._runs) - 1
            self._runs[row] = run
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        else:
            if len(self._runs) >= MAX_RUNS:
                self.remove_rows([0])
            row = len(self._runs)
            self.beginInsertRows(QModelIndex(), row, row)
            self._runs.append(run)
            self._colours.append(RUN_COLOURS[self._next_colour % len(RUN_COLOURS)])
            self._next_colour += 1
            self.endInsertRows()
        self.runs_changed.emit()

    def remove_rows(self, rows) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._runs):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._runs[row]
                del self._colours[row]
                self.endRemoveRows()
        self.runs_changed.emit()

    def set_runs(self, runs) -> None:
        self.beginResetModel()
        self._runs = list(runs)
        self._colours = [RUN_COLOURS[i % len(RUN_COLOURS)] for i in range(len(self._runs))]
        self._next_colour = len(self._runs)
        self.endResetModel()
        self.runs_changed.emit()

    def clear(self) -> None:
        self.set_runs([])

    # ---- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._runs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Run"), self.tr("Steps"), self.tr("Final loss"), self.tr("Ending"),
                self.tr("Verdict"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._runs):
            return None
        run = self._runs[index.row()]
        col = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == "run":
                return run.label
            if col == "steps":
                return f"{run.end_step:,}"
            if col == "loss":
                return "—" if run.loss is None else f"{run.loss:,.4f}"
            if col == "ending":
                return self._ending(run.status)
            return run.message
        if role == Qt.ItemDataRole.DecorationRole and col == "run":
            return self.colour(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and col == "ending":
            return QColor({"converged": "#1a7f37", "diverged": "#cf222e"}.get(run.status,
                                                                             "#9a6700"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # At the top of the row: a long verdict wrapped in a narrow column makes the row
            # taller than the table, and centred text was then out of sight.
            side = Qt.AlignmentFlag.AlignRight if col in ("steps", "loss") \
                else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignTop)
        return None

    def _ending(self, status: str) -> str:
        return {"converged": self.tr("converged"), "stopped": self.tr("stopped"),
                "diverged": self.tr("diverged")}.get(status, status)


# The loss plot is never narrower or lower than this (px); a view less wide than TALL_RATIO
# times its height puts the table under the plot instead of beside it.
PLOT_MIN_PX = (200, 150)
TALL_RATIO = 1.2


class RunsView(QWidget):
    """The overlay plot of the kept runs' loss curves and their table."""

    remove_requested = Signal(list)  # rows the user asked to remove (the owner removes them)
    clear_requested = Signal()

    def __init__(self, model: RunsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        # Labels that fit (1-2-5, decades ...); the legend under the step axis, off the curves.
        self.plot = pg.PlotWidget(axisItems={"left": LogAxis("left")})
        self.plot.setLogMode(y=True)  # the curves are given log10(loss): labels 10^n
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setMenuEnabled(False)
        self.legend = SideLegend(self.plot.getPlotItem(), below=True, labelTextSize="9pt")
        self.plot.getPlotItem().legend = self.legend  # PlotItem.addItem adds named curves
        item = self.plot.getPlotItem()
        self._title_wrap = WrappedText(item, item.titleLabel, 0)  # wraps, never cut
        self._curves: list[pg.PlotDataItem] = []
        self._drawn: list[tuple] = []  # (run, colour, row) of each curve, in order

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col in range(model.columnCount() - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.remove_button = QPushButton()
        self.clear_button = QPushButton()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)

        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.plot)
        self.splitter.addWidget(table_box)
        self.splitter.setStretchFactor(0, 1)  # the plot and the table share the width
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([500, 500])
        self.plot.setMinimumSize(PLOT_MIN_PX[0], PLOT_MIN_PX[1])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.remove_button.clicked.connect(self._remove_selected)
        self.clear_button.clicked.connect(self.clear_requested)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        model.runs_changed.connect(self.redraw)
        model.modelReset.connect(self._update_buttons)
        self.retranslate()
        self.apply_palette()
        self.redraw()
        self._follow_font()

    def retranslate(self) -> None:
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected runs from the comparison"))
        self.clear_button.setText(self.tr("Clear all"))
        self.clear_button.setToolTip(self.tr("Remove every kept run"))
        self.hint.setText(self.tr(
            "Every finished run is kept here. Reset, change one setting (e.g. the learning "
            "rate 0.001, 0.01, 0.1) and train again to compare."))
        self.table.setAccessibleName(self.tr("Kept runs"))
        self.plot.setAccessibleName(self.tr("Loss of each run (log scale)"))
        item = self.plot.getPlotItem()
        item.setLabel("bottom", self.tr("step"))
        item.setLabel("left", self.tr("loss"))
        if hasattr(self, "_fg"):
            self.apply_palette()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)

    def apply_palette(self) -> None:
        palette = self.palette()
        bg = palette.color(QPalette.ColorRole.Base)
        fg = palette.color(QPalette.ColorRole.Text)
        self._fg = fg
        self.plot.setBackground(bg)
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTextPen(fg)
            axis.setPen(fg)
            axis.setLabel(axis.labelText, color=fg.name())
        item.setTitle(self.tr("Loss of each run (log scale)"),
                      size=f"{point_size(self.font()):.3g}pt", color=fg.name())
        self._title_wrap.fit()
        self.legend.setLabelTextColor(fg)
        fill = QColor(bg)
        fill.setAlpha(220)
        self.legend.setBrush(fill)
        self.legend.setPen(pg.mkPen(fg, width=1))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Wide (below the plots): the plot beside the table; tall and narrow (beside the
        plots, presenting): the plot above the table, both at full width."""
        super().resizeEvent(event)
        tall = self.width() < TALL_RATIO * self.height()
        want = Qt.Orientation.Vertical if tall else Qt.Orientation.Horizontal
        if self.splitter.orientation() != want:
            self.splitter.setOrientation(want)
            half = (self.height() if tall else self.width()) // 2
            self.splitter.setSizes([half, half])

    def _follow_font(self) -> None:
        """Ticks, axis titles, the title and the legend at the window's text size (View ▸
        Zoom, presentation mode); new legend entries take it too."""
        follow_font(self.plot.getPlotItem(), self.font(), self.legend)
        if hasattr(self, "_fg"):
            self.apply_palette()  # the title's size

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()
        elif event.type() == QEvent.Type.FontChange:
            self._follow_font()
        super().changeEvent(event)

    def redraw(self) -> None:
        """Draw every kept run's loss curve in its colour. Curves already drawn for the same
        runs in the same places stay: a run that ends adds one curve (building all of them
        again took ~20 ms at the end of every run once a dozen runs were kept)."""
        runs = self.model.runs()
        wanted = [(run, self.model.colour(row).name(), row) for row, run in enumerate(runs)]
        same = 0
        for have, want in zip(self._drawn, wanted):
            if have[0] is not want[0] or have[1:] != want[1:]:
                break
            same += 1
        for curve in self._curves[same:]:
            self.plot.removeItem(curve)  # and its legend entry
        del self._curves[same:]
        del self._drawn[same:]
        for run, colour, row in wanted[same:]:
            h = run.history
            with np.errstate(divide="ignore", invalid="ignore"):
                y = np.log10(np.maximum(h.loss, LOSS_FLOOR))
            keep = np.isfinite(y)
            curve = Log10Curve(h.steps[keep].astype(np.float64), y[keep],
                               pen=pg.mkPen(QColor(colour), width=2),
                               name=f"{row + 1}. {run.label}")
            self.plot.addItem(curve)
            self._curves.append(curve)
            self._drawn.append((run, colour, row))
        self._update_buttons()

    def curve_count(self) -> int:
        return len(self._curves)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _remove_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.remove_requested.emit(rows)

    def _update_buttons(self, *_args) -> None:
        has = self.model.rowCount() > 0
        self.clear_button.setEnabled(has)
        self.remove_button.setEnabled(has and bool(self.selected_rows()))

