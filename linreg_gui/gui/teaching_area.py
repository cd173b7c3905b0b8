"""The plots column: the live plots, and below them the teaching view a student opened (step
inspector, loss landscape, compare runs) as tabbed docks that span the plots only, not the
table and the readouts. A view opened by its key comes to the front; when the column is too
short for the three plots and a view, the loss and parameter plots give the view their room
and the fit plot stays, so the student sees the line and the view at once."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

from linreg_gui.gui.plots import PlotsPanel

# Height (px at the default font) a teaching view needs below the plots to be readable.
VIEW_HEIGHT_PX = 320
# Share of the column a view takes: beside only the fit plot, or beside all three plots.
VIEW_SHARE_ALONE, VIEW_SHARE_WITH_HISTORY = 0.58, 0.4
SETTINGS_KEY = "window/teaching_area"
# Beside a view below the plots, the fit plot's view box keeps at least this height.
FIT_VIEW_PX = 120
_BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
_BESIDE = Qt.DockWidgetArea.RightDockWidgetArea
# Presenting, the views go beside the plots when the column is this many times wider than tall.
BESIDE_RATIO = 1.75
# Beside a view, the fit plot keeps at least this width (px at the usual font).
BESIDE_FIT_MIN_PX = 440
# Beside the plots, a view takes this share of the column's width.
VIEW_SHARE_BESIDE = 0.45


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
        self._actions: dict[QDockWidget, QAction] = {}
        self._default_state: QByteArray | None = None
        self._area = _BOTTOM  # where the views are docked now
        self.beside_allowed = False  # presentation mode: a wide, short column puts them beside

    # ---- docks -------------------------------------------------------------------------------

    def add_view(self, dock: QDockWidget) -> QAction:
        """Dock ``dock`` below the plots, tabbed with the other views; returns a checkable
        action that opens it in front (or closes it when it already is in front). The action
        reads checked while its view is the one in front: what a student sees."""
        dock.setParent(self)
        dock.setAllowedAreas(_BOTTOM | _BESIDE | Qt.DockWidgetArea.TopDockWidgetArea)
        self.addDockWidget(self._area, dock)
        if self._docks:
            self.tabifyDockWidget(self._docks[0], dock)
        self._docks.append(dock)
        dock.hide()
        action = QAction(self)
        action.setObjectName(f"show_{dock.objectName()}")
        action.setCheckable(True)
        action.triggered.connect(lambda _checked=False, d=dock: self.toggle_view(d))
        self._actions[dock] = action
        # A tab raised or closed changes which view is in front: every action follows.
        dock.visibilityChanged.connect(lambda _v: QTimer.singleShot(0, self._sync_actions))
        dock.visibilityChanged.connect(lambda _v: QTimer.singleShot(0, self.fit_plots))
        dock.topLevelChanged.connect(lambda _v: QTimer.singleShot(0, self.fit_plots))
        return action

    def _sync_actions(self) -> None:
        for dock, action in self._actions.items():
            action.setChecked(self.in_front(dock))

    def toggle_view(self, dock: QDockWidget) -> None:
        """F6 / F7 / F8: a closed view opens in front; an open one behind another tab comes
        to the front; the one in front closes."""
        if not dock.isHidden() and self.in_front(dock):
            dock.hide()
            self._sync_actions()
            return
        if dock.widget() is None:
            dock.show()  # its view is built when it first opens: then its width is known
        self._place(dock)
        dock.show()
        dock.raise_()  # the tab in front
        for other, action in self._actions.items():  # at once, not only once Qt has painted
            action.setChecked(other is dock or (other.isFloating() and not other.isHidden()))
        QTimer.singleShot(0, self.fit_plots)
        QTimer.singleShot(0, lambda: self._give_height(dock))  # opened: at its share

    # ---- below the plots, or beside them ------------------------------------------------------

    def set_beside_allowed(self, allowed: bool) -> None:
        """Presentation mode: where the plots column is wide and short (a 720-line
        projector), the views go beside the plots, each with the column's full height."""
        self.beside_allowed = bool(allowed)
        self._place()
        for dock in self.open_views():
            if self.in_front(dock):
                QTimer.singleShot(0, lambda d=dock: self._give_height(d))

    def beside(self) -> bool:
        return self._area == _BESIDE

    def _wanted_area(self, opening: QDockWidget | None = None) -> Qt.DockWidgetArea:
        """Beside the plots when presenting on a column much wider than tall, and only if
        every open view (and ``opening``) fits beside a fit plot of readable width."""
        if not self.beside_allowed or self.width() < BESIDE_RATIO * self._column_height():
            return _BOTTOM
        room = self.width() - BESIDE_FIT_MIN_PX * self._scale()
        views = {*self.open_views(), *((opening,) if opening is not None else ())}
        if any(d.minimumSizeHint().width() > room for d in views):
            return _BOTTOM  # (compare runs' table and plot need more than the rest)
        return _BESIDE

    def _place(self, opening: QDockWidget | None = None) -> None:
        """Dock the views where _wanted_area says, still tabbed, the one in front kept."""
        area = self._wanted_area(opening)
        docked = [d for d in self._docks if not d.isFloating()]
        if area == self._area and all(self.dockWidgetArea(d) == area for d in docked):
            return
        self._area = area
        front = [d for d in docked if not d.isHidden() and self.in_front(d)]
        for dock in docked:
            self.addDockWidget(area, dock)
        for dock in docked[1:]:
            self.tabifyDockWidget(docked[0], dock)
        for dock in front:
            dock.raise_()

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
        if self.beside():  # half the width, the full height; the plots keep what they need
            width = min(self.width() * VIEW_SHARE_BESIDE,
                        self.width() - self.plots.minimumSizeHint().width() - 8)
            self.resizeDocks([dock], [int(width)], Qt.Orientation.Horizontal)
            QTimer.singleShot(0, self.plots.keep_plots_readable)
            return
        history = self.plots.history_shown()
        share = VIEW_SHARE_WITH_HISTORY if history else VIEW_SHARE_ALONE
        scale = self._scale()
        # The view gets its share, at least the height it needs, and leaves the plots theirs.
        plots = self.plots.export_widgets() if history else (self.plots.fit_plot,)
        plots_min = sum(self.plots.readable_height(pw) + 8 for pw in plots)
        if not history:  # alone beside the view, the fit plot keeps a view box worth a look
            plots_min = max(plots_min, self._fit_with_view() + 8)
        column = self._column_height()
        height = max(column * share, VIEW_HEIGHT_PX * scale)
        height = min(height, column - plots_min)
        self.resizeDocks([dock], [int(height)], Qt.Orientation.Vertical)
        QTimer.singleShot(0, self.plots.keep_plots_readable)

    # ---- room --------------------------------------------------------------------------------

    def _column_height(self) -> int:
        """The height the plots and the views share: the area's, less a toolbar above the
        plots (presentation mode's big W, b and loss)."""
        return self.height() - max(0, self.centralWidget().y())

    def _fit_with_view(self) -> int:
        """The fit plot's height with its title and axes as they are now and a view box of
        FIT_VIEW_PX (large text makes the title and axes taller, not the view
        smaller: presenting at 1280 x 720 it was left an 80 px strip)."""
        fit = self.plots.fit_plot
        box = fit.getPlotItem().getViewBox().sceneBoundingRect().height()
        texts = max(0.0, fit.height() - box)
        return int(texts + FIT_VIEW_PX)

    def _view_height(self) -> float:
        return VIEW_HEIGHT_PX * self._scale()

    def _scale(self) -> float:
        return max(1.0, self.fontMetrics().height() / 17.0)

    def fit_plots(self) -> None:
        """The loss and parameter plots stay while the column holds them and a view."""
        self._place()
        views = self.open_views()
        scale = self._scale()
        self.plots.keep_plots_readable()  # (the fit plot's minimum follows its texts first)
        # What the three need, and the splitter's two handles between them (counting 8 px a
        # plot hid the loss and parameter plots at 1280 x 720 with no view open).
        widgets = self.plots.export_widgets()
        handles = self.plots.findChild(QSplitter).handleWidth() * (len(widgets) - 1)
        plots_need = sum(self.plots.readable_height(pw) for pw in widgets) + handles
        below = views and not self.beside()
        needed = plots_need + (VIEW_HEIGHT_PX + 40) * scale if below else plots_need
        shown = self._column_height() >= needed
        if shown != self.plots.history_shown():
            self.plots.set_history_shown(shown)
            for dock in views:
                if self.in_front(dock):
                    self._give_height(dock)
        for dock in views if below else ():  # a shrunken window: the view's height back
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
        self._area = None  # wherever the saved state put them, _place decides again
        self.fit_plots()

    def reset(self) -> None:
        if self._default_state is not None:
            self.restoreState(self._default_state)
        self._area = None
        self.fit_plots()
