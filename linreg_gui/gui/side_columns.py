"""The window's columns follow the screen: on a wide window the data (table and settings) on
the left, the plots in the middle and the Model readouts on the right; on a narrow one
(a 1024 x 768 projector) the readouts become a tab beside the data, so the plots keep their
width. While a model trains, the narrow layout shows the Model tab (the settings are locked
then anyway)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QTabWidget, QWidget

from linreg_gui.gui.controller import TRAINING

# Below this window width the readouts move into a tab: 1280 px at the usual font (a line
# 17 px high), wider in proportion with a larger font (zoom, presentation mode).
COMPACT_WIDTH_PX = 1280
USUAL_LINE_PX = 17.0


class SideColumns(QObject):
    def __init__(self, window: QMainWindow, splitter: QSplitter, left: QWidget,
                 right: QWidget, state_changed: SignalInstance) -> None:
        super().__init__(window)
        state_changed.connect(lambda state: state == TRAINING and self.show_model())
        self.window, self.splitter, self.left, self.right = window, splitter, left, right
        self.tabs = QTabWidget(window)
        self.tabs.setObjectName("side_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.hide()
        self.compact = False
        self.hidden = False  # presentation mode: only the plots
        self.retranslate()
        window.installEventFilter(self)
        # The first start fits the window to the screen (restore_layout): on a small screen
        # the narrow layout from the start, or the wide one's minimum width would not fit.
        screen = window.screen().availableGeometry().width() if window.screen() else 10_000
        self.update_layout(min(window.width(), int(screen * 0.92)))

    def retranslate(self) -> None:
        self._titles = (self.tr("Data"), self.tr("Model"))
        for i, title in enumerate(self._titles[: self.tabs.count()]):
            self.tabs.setTabText(i, title)

    def compact_width(self) -> int:
        scale = max(1.0, self.window.fontMetrics().height() / USUAL_LINE_PX)
        return round(COMPACT_WIDTH_PX * scale)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self.update_layout()
            elif kind == QEvent.Type.LanguageChange:
                self.retranslate()
        return False

    def room(self) -> int:
        """The width the columns have: the window's, less a dock beside them (a student's
        worksheet)."""
        w = self.window
        beside = sum(d.width() for d in w.findChildren(QDockWidget)
                     if d.parent() is w and d.isVisible() and not d.isFloating()
                     and w.dockWidgetArea(d) in (Qt.DockWidgetArea.LeftDockWidgetArea,
                                                 Qt.DockWidgetArea.RightDockWidgetArea))
        return w.width() - beside

    def update_layout(self, width: int | None = None) -> None:
        """The narrow or the wide layout for columns ``width`` px wide (default: room())."""
        compact = (self.room() if width is None else width) < self.compact_width()
        if compact == self.compact:
            return
        self.compact = compact
        splitter = self.splitter
        sizes = splitter.sizes()
        if compact:
            splitter.replaceWidget(splitter.indexOf(self.left), self.tabs)
            self.tabs.addTab(self.left, self._titles[0])
            self.tabs.addTab(self.right, self._titles[1])
            self.tabs.setCurrentIndex(0)
            self.left.show()
            splitter.setSizes([sizes[0], sum(sizes[1:])])
        else:
            current = self.tabs.currentIndex()
            splitter.replaceWidget(splitter.indexOf(self.tabs), self.left)
            splitter.addWidget(self.right)
            self.tabs.setParent(self.window)  # kept for the next narrow window
            self.tabs.hide()
            if current:
                self.right.setFocus()
            width = max(self.right.sizeHint().width(), 1)
            splitter.setSizes([sizes[0], max(sizes[1] - width, 1), width])
        self._show_columns()
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        if not compact:
            splitter.setStretchFactor(2, 0)

    def set_hidden(self, hidden: bool) -> None:
        """Hide the side columns (the plots take the whole width), or show them again."""
        self.hidden = bool(hidden)
        self._show_columns()

    def _show_columns(self) -> None:
        for widget in ((self.tabs,) if self.compact else (self.left, self.right)):
            widget.setVisible(not self.hidden)
        if not self.hidden:
            QTimer.singleShot(0, self._give_widths)

    def _give_widths(self) -> None:
        """A column that was hidden (or moved while hidden) comes back at its own width,
        not at the 0 px the splitter kept for it."""
        sizes = self.splitter.sizes()
        if self.hidden or all(sizes):
            return
        for i, size in enumerate(sizes):
            widget = self.splitter.widget(i)
            if size == 0 and widget is not self.window.plots_area:
                want = max(widget.minimumSizeHint().width(), widget.sizeHint().width())
                sizes[i] = want
                sizes[1] = max(1, sizes[1] - want)  # from the plots column
        self.splitter.setSizes(sizes)

    def show_model(self) -> None:
        """While training on a narrow window: the Model tab, with W, b and the loss."""
        if self.compact:
            self.tabs.setCurrentWidget(self.right)
