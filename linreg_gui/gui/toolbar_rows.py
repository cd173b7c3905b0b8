"""The window's top toolbars take a second row when one row cannot hold all their buttons
(a 1024 px projector, presentation mode's large text, zoom): Qt would otherwise hide the last
buttons in a "»" menu, where a class never finds them. Wide again, they share one row."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QToolBar

_TOP = Qt.ToolBarArea.TopToolBarArea
# Room a toolbar row needs besides its toolbars' own widths (the layout's margins).
ROW_MARGIN_PX = 8


class ToolbarRows(QObject):
    def __init__(self, window: QMainWindow, second: QToolBar) -> None:
        """``second``: the toolbar that starts the second row when one row is too narrow."""
        super().__init__(window)
        self.window, self.second = window, second
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.update)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() in (
                QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.LanguageChange,
                QEvent.Type.Show):
            self._timer.start()  # once the new texts and sizes are in
        return False

    def _top_bars(self) -> list[QToolBar]:
        w = self.window
        return [b for b in w.findChildren(QToolBar)
                if b.parent() is w and not b.isHidden() and not b.isFloating()
                and w.toolBarArea(b) == _TOP]

    def one_row_width(self) -> int:
        """The width one row would need for every top toolbar's buttons."""
        return sum(b.sizeHint().width() for b in self._top_bars()) + ROW_MARGIN_PX

    def wrapped(self) -> bool:
        return self.window.toolBarBreak(self.second)

    def update(self) -> None:
        w = self.window
        if self.second not in self._top_bars():
            return  # moved or hidden by the user: theirs to place
        want = self.one_row_width() > w.width()
        if want == self.wrapped():
            return
        if want:
            w.insertToolBarBreak(self.second)
        else:
            w.removeToolBarBreak(self.second)
