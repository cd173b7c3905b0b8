"""The plots column: the live plots, and below them the teaching view a student opened (step
inspector, loss landscape, compare runs) as tabbed docks that span the plots only, not the
table and the readouts. A view opened by its key comes to the front; when the column is too
short for the three plots and a view, the loss and parameter plots give the view their room
and the fit plot stays, so the student sees the line and the view at once."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from linreg_gui.gui.plots import MIN_PLOT_HEIGHT_PX, PlotsPanel

# Height (px at the default font) a teaching view needs below the plots to be readable.
VIEW_HEIGHT_PX = 320
# Share of the column a view takes: beside only the fit plot, or beside all three plots.
VIEW_SHARE_ALONE, VIEW_SHARE_WITH_HISTORY = 0.58, 0.4
SETTINGS_KEY = "window/teaching_area"
_BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


class TeachingArea(QMainWindow):
    def __init__(self, plots: PlotsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teaching_area")
        self.setWindowFlags(Qt.WindowType.Widget)  # a part of the window, not a window
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)
        self.setCentralWidget(plots)
        self.plots = plots
        self._docks: list[QDockWidget] = []
        self._default_state: QByteArray | None = None

    # ---- docks -------------------------------------------------------------------------------

    def add_view(self, dock: QDockWidget) -> QAction:
        """Dock ``dock`` below the plots, tabbed with the other views; returns a checkable
        action that opens it in front (or closes it when it already is in front)."""
        dock.setParent(self)
        dock.setAllowedAreas(_BOTTOM | Qt.DockWidgetArea.TopDockWidgetArea)
        self.addDockWidget(_BOTTOM, dock)
        if self._docks:
            self.tabifyDockWidget(self._docks[-1], dock)
        self._docks.append(dock)
        dock.hide()
        action = QAction(self)
        action.setObjectName(f"show_{dock.objectName()}")
        action.setCheckable(True)
        action.triggered.connect(lambda _checked=False, d=dock: self.toggle_view(d))
        dock.visibilityChanged.connect(lambda _v, d=dock, a=action: a.setChecked(not d.isHidden()))
        dock.visibilityChanged.connect(lambda _v: QTimer.singleShot(0, self.fit_plots))
        dock.topLevelChanged.connect(lambda _v: QTimer.singleShot(0, self.fit_plots))
        return action

    def toggle_view(self, dock: QDockWidget) -> None:
        """F6 / F7 / F8: a closed view opens in front; an open one behind another tab comes
        to the front; the one in front closes."""
        if not dock.isHidden() and self.in_front(dock):
            dock.hide()
            return
        dock.show()
        dock.raise_()  # the tab in front
        QTimer.singleShot(0, self.fit_plots)
        QTimer.singleShot(0, lambda: self._give_height(dock))  # opened: at its share

    def in_front(self, dock: QDockWidget) -> bool:
        """Whether the dock is open and not hidden behind another view's tab."""
        return dock.isVisible() and not dock.visibleRegion().isEmpty()

    def open_views(self) -> list[QDockWidget]:
        return [d for d in self._docks if not d.isHidden() and not d.isFloating()]

    def _give_height(self, dock: QDockWidget) -> None:
        if dock.isHidden() or dock.isFloating():
            return
        # Settle a pending resize of the window first: laid out later, it would share the
        # height out again in the old proportions, undoing this.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.window().layout().activate()
        self.layout().activate()
        history = self.plots.history_shown()
        share = VIEW_SHARE_WITH_HISTORY if history else VIEW_SHARE_ALONE
        scale = self._scale()
        # The view gets its share, at least the height it needs, and leaves the plots theirs.
        plots = self.plots.export_widgets() if history else (self.plots.fit_plot,)
        plots_min = sum(max(MIN_PLOT_HEIGHT_PX, pw.minimumHeight()) + 8 for pw in plots)
        height = max(self.height() * share, VIEW_HEIGHT_PX * scale)
        height = min(height, self.height() - plots_min)
        self.resizeDocks([dock], [int(height)], Qt.Orientation.Vertical)
        QTimer.singleShot(0, self.plots.keep_plots_readable)

    # ---- room --------------------------------------------------------------------------------

    def _view_height(self) -> float:
        return VIEW_HEIGHT_PX * self._scale()

    def _scale(self) -> float:
        return max(1.0, self.fontMetrics().height() / 17.0)

    def fit_plots(self) -> None:
        """The loss and parameter plots stay while the column holds them and a view."""
        views = self.open_views()
        scale = self._scale()
        plots_need = sum(max(MIN_PLOT_HEIGHT_PX, pw.minimumHeight()) + 8
                         for pw in self.plots.export_widgets())
        needed = plots_need + (VIEW_HEIGHT_PX + 40) * scale if views else plots_need
        shown = self.height() >= needed
        if shown != self.plots.history_shown():
            self.plots.set_history_shown(shown)
            for dock in views:
                if self.in_front(dock):
                    self._give_height(dock)
        for dock in views:  # a shrunken window: the view in front gets its height back
            if self.in_front(dock) and dock.height() < self._view_height() - 8:
                self._give_height(dock)
        if shown:
            QTimer.singleShot(0, self.plots.keep_plots_readable)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit_plots()

    # ---- remembered between sessions -----------------------------------------------------------

    def mark_default(self) -> None:
        self._default_state = self.saveState()

    def save(self, settings: QSettings) -> None:
        settings.setValue(SETTINGS_KEY, self.saveState())

    def restore(self, settings: QSettings) -> None:
        if self._default_state is None:
            self.mark_default()
        state = settings.value(SETTINGS_KEY)
        if state is not None:
            self.restoreState(state)
        self.fit_plots()

    def reset(self) -> None:
        if self._default_state is not None:
            self.restoreState(self._default_state)
        self.fit_plots()
